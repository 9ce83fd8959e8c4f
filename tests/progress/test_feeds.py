"""The progress feeds read back as a feed reader reads them: the Atom with feedparser (no
error, every entry's id, dates, link and categories) and with ElementTree against RFC 4287's
required elements; the JSON Feed against the 1.1 specification's rules (as a JSON Schema,
with the jsonschema that altair brings). Expected entries are counted by hand from the two
reports in tests/progress/two_reports.py."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

import feedparser
import jsonschema
import pytest

from plainsight_strategy.core import urls
from plainsight_strategy.site.bundle import Bundle
from plainsight_strategy.site.part import SiteWords
from tests.progress.helpers import report
from tests.progress.two_reports import SITE_URL, TITLE, asset, bundle_of, make_project

A = "{http://www.w3.org/2005/Atom}"
TAG = "tag:example.org,{}:strategy/progress/{}"
FEB, MAY = "2022-02-24", "2022-05-26"
# The site's feed: newest report first, the plan's order within a report.
SITE_ENTRIES = [(MAY, "A.1"), (MAY, "A.1.9"), (MAY, "healthy-babies"), (MAY, "B.1"),
                (FEB, "A.1"), (FEB, "B.1")]
SECTION_ENTRIES = {"healthy-babies": [(MAY, "A.1"), (MAY, "A.1.9"), (MAY, "healthy-babies"),
                                      (FEB, "A.1")],
                   "ready-for-school": [(MAY, "B.1"), (FEB, "B.1")]}
LINKS = {"A.1": "delivery-plan/a-1/#update-a-1-", "A.1.9": "delivery-plan/a-1/#update-a-1-9-",
         "B.1": "delivery-plan/b-1/#update-b-1-",
         "healthy-babies": "early-years/healthy-babies/#update-healthy-babies-"}
STAGE = {("A.1", MAY): "In progress", ("A.1.9", MAY): "In progress",
         ("healthy-babies", MAY): "In progress", ("B.1", MAY): "Complete",
         ("A.1", FEB): "In progress", ("B.1", FEB): "In progress"}
SECTION = {"A.1": "Healthy Babies", "A.1.9": "Healthy Babies",
           "healthy-babies": "Healthy Babies", "B.1": "Ready for School"}

# JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): what it requires and the types it
# gives, written as a JSON Schema; dates are RFC 3339.
RFC3339 = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"
JSON_FEED_1_1 = {
    "type": "object",
    "required": ["version", "title", "items"],
    "properties": {
        "version": {"const": "https://jsonfeed.org/version/1.1"},
        "title": {"type": "string", "minLength": 1},
        "home_page_url": {"type": "string"}, "feed_url": {"type": "string"},
        "authors": {"type": "array", "items": {
            "type": "object", "anyOf": [{"required": ["name"]}, {"required": ["url"]}]}},
        "items": {"type": "array", "items": {
            "type": "object", "required": ["id"],
            "anyOf": [{"required": ["content_html"]}, {"required": ["content_text"]}],
            "properties": {
                "id": {"type": "string", "minLength": 1}, "url": {"type": "string"},
                "title": {"type": "string"}, "content_html": {"type": "string"},
                "content_text": {"type": "string"},
                "date_published": {"type": "string", "pattern": RFC3339},
                "date_modified": {"type": "string", "pattern": RFC3339},
                "tags": {"type": "array", "items": {"type": "string"}}}}},
    },
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    return bundle_of(make_project(tmp_path_factory.mktemp("feeds") / "project"))


def _expected_ids(entries: list[tuple[str, str]]) -> list[str]:
    return [TAG.format(day, ref) for day, ref in entries]


@pytest.mark.parametrize("src, entries", [
    (urls.PROGRESS_ATOM, SITE_ENTRIES),
    (urls.progress_feed("healthy-babies", "xml"), SECTION_ENTRIES["healthy-babies"]),
    (urls.progress_feed("ready-for-school", "xml"), SECTION_ENTRIES["ready-for-school"])])
def test_atom_reads_in_feedparser(built: Bundle, src: str,
                                  entries: list[tuple[str, str]]) -> None:
    parsed = feedparser.parse(asset(built, src))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.id == SITE_URL + src
    assert parsed.feed.author == TITLE  # no organisation in the strategy: its title
    assert parsed.feed.updated_parsed[:3] == (2022, 5, 26)
    links = {link.rel: link.href for link in parsed.feed.links}
    assert links["self"] == SITE_URL + src
    assert [e.id for e in parsed.entries] == _expected_ids(entries)
    for entry, (day, ref) in zip(parsed.entries, entries, strict=True):
        date = dt.date.fromisoformat(day)
        assert entry.published_parsed[:6] == entry.updated_parsed[:6] == (
            date.year, date.month, date.day, 0, 0, 0)
        assert entry.link == SITE_URL + LINKS[ref] + day
        assert [t.term for t in entry.tags] == [SECTION[ref], STAGE[(ref, day)]]
        assert entry.author == TITLE
        assert entry.content[0].type == "text/html"


def test_site_feed_links_to_the_progress_page_and_a_section_feed_to_its_page(
        built: Bundle) -> None:
    site = feedparser.parse(asset(built, urls.PROGRESS_ATOM)).feed
    section = feedparser.parse(asset(built, urls.progress_feed("healthy-babies", "xml"))).feed
    assert {k.rel: k.href for k in site.links}["alternate"] == SITE_URL + "progress/"
    assert {k.rel: k.href for k in section.links}["alternate"] == (
        SITE_URL + "early-years/healthy-babies/")
    assert site.title == "Progress: " + TITLE
    assert section.title == f"Progress on Healthy Babies: {TITLE}"


def test_only_sections_with_updates_have_feeds(built: Bundle) -> None:
    feeds = sorted(a.src for a in built.assets if a.src.startswith("progress/feeds/"))
    assert feeds == ["progress/feeds/healthy-babies.json", "progress/feeds/healthy-babies.xml",
                     "progress/feeds/ready-for-school.json",
                     "progress/feeds/ready-for-school.xml"]
    ready = feedparser.parse(asset(built, urls.progress_feed("ready-for-school", "xml")))
    assert ready.feed.updated_parsed[:3] == (2022, 5, 26)


def test_atom_has_what_rfc_4287_requires(built: Bundle) -> None:
    root = ET.fromstring(asset(built, urls.PROGRESS_ATOM))
    assert root.tag == A + "feed"
    for name in ("id", "title", "updated"):  # 4.1.1: exactly one each
        assert len(root.findall(A + name)) == 1, name
    assert root.find(f"{A}author/{A}name").text == TITLE  # type: ignore[union-attr]
    assert root.find(f"{A}link[@rel='self']") is not None  # 4.1.1: SHOULD
    entries = root.findall(A + "entry")
    assert len(entries) == 6
    for entry in entries:
        for name in ("id", "title", "updated", "published", "content"):
            assert len(entry.findall(A + name)) == 1, name
        assert entry.find(f"{A}link[@rel='alternate']") is not None  # 4.1.2: no content src
        assert entry.find(A + "content").get("type") == "html"  # type: ignore[union-attr]
        assert entry.find(A + "updated").text.endswith("T00:00:00Z")  # type: ignore[union-attr]


def test_the_update_text_is_escaped_html(built: Bundle) -> None:
    root = ET.fromstring(asset(built, urls.PROGRESS_ATOM))
    entries = {e.find(A + "id").text: e for e in root.findall(A + "entry")}  # type: ignore[union-attr]
    february = entries[TAG.format(FEB, "A.1")].find(A + "content").text  # type: ignore[union-attr]
    assert february is not None
    # The HTML, read back from its escaped form: Markdown made HTML, "&" escaped once in it.
    assert "<strong>In progress; confidence: Amber</strong>. Due 31 March 2022." in february
    assert "<p>Begun <strong>well</strong>.</p>" in february
    assert "Hire staff &amp; train them." in february
    may = entries[TAG.format(MAY, "A.1")].find(A + "content").text  # type: ignore[union-attr]
    assert '<a href="https://example.org/plan">the plan</a>' in may  # type: ignore[operator]
    raw = asset(built, urls.PROGRESS_ATOM).decode()
    assert "Hire staff &amp;amp; train them." in raw  # escaped again as Atom text
    parsed = feedparser.parse(raw)
    first = next(e for e in parsed.entries if e.id == TAG.format(FEB, "A.1"))
    assert "Begun <strong>well</strong>" in first.content[0].value


@pytest.mark.parametrize("src, entries", [
    (urls.PROGRESS_JSON_FEED, SITE_ENTRIES),
    (urls.progress_feed("healthy-babies", "json"), SECTION_ENTRIES["healthy-babies"])])
def test_json_feed_1_1(built: Bundle, src: str, entries: list[tuple[str, str]]) -> None:
    feed = json.loads(asset(built, src))
    jsonschema.validate(feed, JSON_FEED_1_1)
    assert feed["feed_url"] == SITE_URL + src
    assert feed["authors"] == [{"name": TITLE}]
    assert [i["id"] for i in feed["items"]] == _expected_ids(entries)
    for item, (day, ref) in zip(feed["items"], entries, strict=True):
        assert item["url"] == SITE_URL + LINKS[ref] + day
        assert item["date_published"] == item["date_modified"] == f"{day}T00:00:00Z"
        assert item["tags"] == [SECTION[ref], STAGE[(ref, day)]]
        assert item["content_html"].startswith("<p><strong>")


def test_the_two_formats_and_the_two_feeds_agree(built: Bundle) -> None:
    atom = feedparser.parse(asset(built, urls.PROGRESS_ATOM))
    items = json.loads(asset(built, urls.PROGRESS_JSON_FEED))["items"]
    assert [e.id for e in atom.entries] == [i["id"] for i in items]
    assert [e.title for e in atom.entries] == [i["title"] for i in items]
    assert [e.content[0].value for e in atom.entries] == [i["content_html"] for i in items]
    assert atom.entries[0].title == "A.1: We will support breastfeeding. (in progress)"
    section = feedparser.parse(asset(built, urls.progress_feed("healthy-babies", "xml")))
    whole = {e.id: e for e in atom.entries}
    for entry in section.entries:  # the same entry in both feeds: the same id and words
        assert whole[entry.id].title == entry.title


def test_ids_do_not_depend_on_titles(tmp_path: Path) -> None:
    content = make_project(tmp_path / "project")
    report = content / "progress" / "reports" / "2022-05-26.yaml"
    report.write_text(report.read_text().replace("title: May", "title: A new title"))
    section = content / "sections" / "healthy-babies.yaml"
    section.write_text(section.read_text().replace("title: Healthy Babies", "title: Babies"))
    parsed = feedparser.parse(asset(bundle_of(content), urls.PROGRESS_ATOM))
    assert [e.id for e in parsed.entries] == _expected_ids(SITE_ENTRIES)
    assert parsed.entries[0].tags[0].term == "Babies"


def test_same_input_same_bytes(built: Bundle, tmp_path: Path) -> None:
    again = bundle_of(make_project(tmp_path / "project"))
    names = [a.src for a in built.assets if a.src.startswith("progress/")]
    assert len(names) == 6
    for src in names:
        assert asset(again, src) == asset(built, src), src


def test_without_a_site_url_links_are_relative_to_the_feed(tmp_path: Path) -> None:
    """Feeds need absolute ids: a site with no site_url gets urn:uuid ids, and links that
    resolve against the feed's own address, as a feed reader resolves them."""
    bundle = bundle_of(make_project(tmp_path / "project"), site_url="")
    for src in (urls.PROGRESS_ATOM, urls.progress_feed("healthy-babies", "xml")):
        where = SITE_URL + src  # wherever the site is published
        parsed = feedparser.parse(asset(bundle, src))
        assert not parsed.bozo
        assert all(e.id.startswith("urn:uuid:") for e in parsed.entries)
        first = parsed.entries[0]
        assert urljoin(where, first.link) == SITE_URL + LINKS["A.1"] + MAY
        self_link = next(k.href for k in parsed.feed.links if k.rel == "self")
        assert urljoin(where, self_link) == where
    items = json.loads(asset(bundle, urls.PROGRESS_JSON_FEED))["items"]
    assert urljoin(SITE_URL + urls.PROGRESS_JSON_FEED, items[0]["url"]) == (
        SITE_URL + LINKS["A.1"] + MAY)
    again = bundle_of(make_project(tmp_path / "again"), site_url="")
    assert asset(again, urls.PROGRESS_ATOM) == asset(bundle, urls.PROGRESS_ATOM)


def test_feeds_are_announced_in_the_bundle(built: Bundle) -> None:
    assert [(k.type, k.href) for k in built.links] == [
        ("application/atom+xml", "progress/feed.xml"),
        ("application/feed+json", "progress/feed.json")]
    own = {p.src: [k.href for k in p.links] for p in built.pages if p.links}
    babies = ["progress/feeds/healthy-babies.xml", "progress/feeds/healthy-babies.json"]
    school = ["progress/feeds/ready-for-school.xml", "progress/feeds/ready-for-school.json"]
    assert own == {"early-years/healthy-babies.md": babies, "delivery-plan/a-1.md": babies,
                   "delivery-plan/a-2.md": babies, "early-years/ready-for-school.md": school,
                   "delivery-plan/b-1.md": school}


def test_open_data_page_lists_the_csv_and_the_feeds(built: Bundle) -> None:
    page = built.page(urls.OPEN_DATA).markdown
    assert "../progress/feed.xml" in page and "../progress/feed.json" in page
    words = SiteWords.packaged()  # the texts of _site_words.md's `downloads`
    for key in ("progress_csv", "progress_atom", "progress_json_feed"):
        assert words.download(key) in page, key


def test_the_feeds_hold_the_latest_four_reports(tmp_path: Path) -> None:
    """Three more reports (A.1 only): the February report leaves the feeds, not the CSV."""
    content = make_project(tmp_path / "project")
    later = ("2022-08-25", "2022-11-24", "2023-02-23")
    for day in later:
        report(content, f"{day}.yaml", f"""
            date: {day}
            title: Later
            updates: [{{ref: A.1, stage: in_progress, update: Still going.}}]
            """)
    bundle = bundle_of(content)
    parsed = feedparser.parse(asset(bundle, urls.PROGRESS_ATOM))
    assert [e.id for e in parsed.entries] == _expected_ids(
        [(day, "A.1") for day in reversed(later)] + SITE_ENTRIES[:4])
    assert parsed.feed.updated_parsed[:3] == (2023, 2, 23)
    school = feedparser.parse(asset(bundle, urls.progress_feed("ready-for-school", "xml")))
    assert [e.id for e in school.entries] == _expected_ids([(MAY, "B.1")])
    assert school.feed.updated_parsed[:3] == (2022, 5, 26)  # the section's latest update
    rows = asset(bundle, urls.PROGRESS_CSV).decode().count("\n2022-02-24,")
    assert rows == 2
