"""The Children and Families example built by MkDocs: every page announces the site's feeds
in its head (<link rel="alternate">, read with the standard library's HTML parser), a
section's page and its commitments' pages announce the section's own, every announced
address is a file of the site, and the feeds and the CSV hold the report's 15 updates
(counted by hand in examples/children-and-families/content/progress/reports/2022-02-24.yaml:
A 4 (A.1, A.2, A.3, the new action A.3.2), B 1, C 4, D 2, E 4 (with the new action E.4.2)).
A second build gives the same bytes."""

from __future__ import annotations

import csv
import hashlib
import io
import posixpath
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pytest

from plainsight_strategy.build import build
from tests.conftest import ROOT

EXAMPLE = ROOT / "examples" / "children-and-families"
ATOM, JSON = "application/atom+xml", "application/feed+json"
PER_SECTION = {"best-start-for-life": 4, "safe-and-free-from-harm": 1,
               "self-sufficient-and-resilient": 4, "personalised-integrated-care": 2,
               "physical-and-mental-health": 4}


class _Heads(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "link" and found.get("rel") == "alternate":
            self.links.append(found)


def _alternates(page: Path) -> list[tuple[str | None, str | None]]:
    parser = _Heads()
    parser.feed(page.read_text(encoding="utf-8"))
    return [(k["type"], k["href"]) for k in parser.links]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(EXAMPLE / "mkdocs.yml", tmp_path_factory.mktemp("cf") / "site")


def _resolves(site: Path, page: Path, href: str | None) -> Path:
    assert href is not None
    return site / posixpath.normpath(posixpath.join(page.parent.relative_to(site).as_posix(),
                                                    href))


def test_every_page_announces_the_sites_feeds(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 30
    for page in pages:
        if page.name == "404.html":  # its links are from the site's root (MkDocs' 404)
            hrefs = [h for _, h in _alternates(page)]
            assert hrefs[:2] == ["/children-and-families/progress/feed.xml",
                                 "/children-and-families/progress/feed.json"]
            continue
        found = _alternates(page)
        assert [t for t, _ in found[:2]] == [ATOM, JSON], page
        assert [_resolves(site, page, h) for _, h in found[:2]] == [
            site / "progress" / "feed.xml", site / "progress" / "feed.json"], page


def test_section_and_commitment_pages_announce_the_sections_feeds(site: Path) -> None:
    section = site / "best-start-for-life" / "index.html"
    own = _alternates(section)[2:]
    assert own == [(ATOM, "../progress/feeds/best-start-for-life.xml"),
                   (JSON, "../progress/feeds/best-start-for-life.json")]
    for page in ("a-1", "a-3"):
        found = _alternates(site / "delivery-plan" / page / "index.html")[2:]
        assert [_resolves(site, site / "delivery-plan" / page / "index.html", h)
                for _, h in found] == [site / "progress" / "feeds" / "best-start-for-life.xml",
                                       site / "progress" / "feeds" / "best-start-for-life.json"]
    other = _alternates(site / "delivery-plan" / "b-1" / "index.html")
    assert all("best-start-for-life" not in (h or "") for _, h in other)
    assert any("safe-and-free-from-harm.xml" in (h or "") for _, h in other)
    assert len(_alternates(site / "index.html")) == 2  # the home page: the site's only


def test_every_announced_feed_exists(site: Path) -> None:
    for page in sorted(site.rglob("*.html")):
        if page.name == "404.html":
            continue
        for _, href in _alternates(page):
            assert _resolves(site, page, href).is_file(), (page, href)


def test_the_feeds_hold_every_update(site: Path) -> None:
    whole = feedparser.parse((site / "progress" / "feed.xml").read_bytes())
    assert not whole.bozo
    assert len(whole.entries) == 15 == len({e.id for e in whole.entries})
    assert whole.feed.author == "Leicestershire Children and Families Partnership"
    assert all(e.published_parsed[:3] == (2022, 2, 24) for e in whole.entries)
    for section, count in PER_SECTION.items():
        parsed = feedparser.parse((site / "progress" / "feeds" / f"{section}.xml").read_bytes())
        assert not parsed.bozo, section
        assert len(parsed.entries) == count, section
    rows = list(csv.DictReader(io.StringIO(
        (site / "open-data" / "progress.csv").read_text(encoding="utf-8"))))
    assert len(rows) == 15
    assert sum(r["kind"] == "new_action" for r in rows) == 2
    assert {r["confidence"] for r in rows} == {""}  # the report gives no ratings


def test_a_second_build_gives_the_same_bytes(site: Path, tmp_path: Path) -> None:
    again = build(EXAMPLE / "mkdocs.yml", tmp_path / "site")
    for folder in ("progress", "open-data"):
        first = {p.relative_to(site): hashlib.sha256(p.read_bytes()).hexdigest()
                 for p in (site / folder).rglob("*") if p.is_file()}
        second = {p.relative_to(again): hashlib.sha256(p.read_bytes()).hexdigest()
                  for p in (again / folder).rglob("*") if p.is_file()}
        assert first == second, folder
