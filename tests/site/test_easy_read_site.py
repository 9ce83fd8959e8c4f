"""The bundled easy-read pages as built: rules hold on the published text; twins link both ways."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path
from urllib.parse import urljoin

from plainsight_strategy.content import easyread

EXPECTED = ["about", "vision", "best-start-for-life", "staying-healthy-safe-and-well",
            "living-and-supported-well", "dying-well", "cross-cutting-themes",
            "what-people-told-us", "what-we-changed", "other-formats", "hard-words"]


def _easy_pages(site: Path) -> dict[str, Path]:
    pages = {p.parent.name: p for p in (site / "easy-read").glob("*/index.html")}
    pages["about"] = site / "easy-read" / "index.html"
    return pages


def test_easy_read_has_every_page(built_site: Path) -> None:
    assert set(EXPECTED) <= set(_easy_pages(built_site))


def test_no_published_sentence_breaks_the_rules(built_site: Path) -> None:
    checked = 0
    for name, page in _easy_pages(built_site).items():
        html = page.read_text()
        for paragraph in re.findall(r'<div class="ps-er-text">(.*?)</div>', html, re.S):
            for line in re.findall(r"<p>(.*?)</p>", paragraph, re.S):
                text = unescape(re.sub(r"<[^>]+>", "", line))
                checked += 1
                assert "%" not in text, (name, text)
                assert len(easyread.words(text)) <= easyread.MAX_WORDS, (name, text)
    assert checked > 150


def _href(html: str, text: str) -> str | None:
    match = re.search(rf'<a href="([^"]+)"[^>]*>{re.escape(text)}', html)
    return match.group(1) if match else None


def test_twins_link_both_ways(built_site: Path) -> None:
    for name, page in _easy_pages(built_site).items():
        html = page.read_text()
        full = _href(html, "Full version")
        assert full, f"{name} has no link to its full version"
        url = urljoin("/" + page.relative_to(built_site).as_posix(), full)
        target = built_site / url.lstrip("/") / "index.html" if url.endswith("/") else \
            built_site / url.lstrip("/")
        back = _href(target.read_text(), "Easy read version")
        assert back and "easy-read/" in urljoin(url, back), f"{url} does not link back"


def test_every_full_page_links_to_easy_read_near_the_top(built_site: Path) -> None:
    for page in built_site.rglob("index.html"):
        relative = page.relative_to(built_site).as_posix()
        html = page.read_text()
        if relative.startswith(("easy-read/", "print/")) or "http-equiv" in html[:2000]:
            continue
        article = html[html.find("<article"):]
        first_heading = article.find("</h1>")
        link = article.find('class="ps-twin"')
        assert 0 < first_heading < link < first_heading + 400, relative


def test_easy_read_navigation_follows_the_strategy(bundle) -> None:
    easy = next(item["Easy read"] for item in bundle.nav if "Easy read" in item)
    order = [easy[0]] + [next(iter(entry.values())) for entry in easy[1:]]
    assert order[:3] == ["easy-read/index.md", "easy-read/vision.md",
                         "easy-read/best-start-for-life.md"]
    assert order.index("easy-read/dying-well.md") < order.index(
        "easy-read/cross-cutting-themes.md") < order.index("easy-read/what-people-told-us.md")
    assert order[-1] == "easy-read/hard-words.md"
