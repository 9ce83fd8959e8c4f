"""Progress as feeds: an Atom feed (RFC 4287) and a JSON Feed 1.1 of every update, for the
whole site (progress/feed.xml, progress/feed.json) and for each section with updates
(progress/feeds/<section id>.xml and .json), and the <link rel="alternate"> each page
announces them with.

One entry per update of the latest REPORTS (4) reports, newest report first and in the
plan's order within a report. An
entry's id is a tag URI (RFC 4151) made of the site's host and path, the report's date and
the ref (tag:example.org,2022-02-24:strategy/progress/A.1): the same on every build, in both
formats and in the site's feed and its section's, whatever the titles or page addresses
become. `published` and `updated` are both the report's date (midnight UTC), so the same
reports give the same bytes: no clock is read. Titles and content are the theme's words
(_progress_words.md: `entry_title`, `entry_content`, `feed_title`, `section_feed_title`);
an update's Markdown becomes HTML with the `markdown` library.

Links are absolute, from the site's site_url. A site without one still gets its feeds: each
link is then relative to the feed's own address (RFC 4287 resolves it against the document's
address, which is what feed readers do), and each id, which must be absolute, is a name-based
urn:uuid of the strategy's title, the ref and the report's date.

The Atom is written with the standard library's ElementTree rather than a feed library:
the one well-known Python library (feedgen) adds lxml and dateutil to the site's
dependencies, has had no release since 2023, stamps its own generator and version in the
output and writes no JSON Feed; ElementTree escapes text and attributes itself, and the
feed is a dozen elements, each chosen here in a fixed order, so the bytes are ours.

Public API:

    FEED_TYPES                      {"xml": Atom's media type, "json": JSON Feed's}
    REPORTS                         how many of the latest reports the feeds hold (4)
    Feed(src, title, id, home, entries, updated, section)   one feed, made by `feeds`
    Entry                           one update as a feed entry
    feeds(progress, strategy, words, site_url) -> [Feed]   the site's, then each section's
    atom(feed, author, site_url) -> bytes, json_feed(feed, author, site_url) -> bytes
    feed_assets(feeds, author, site_url) -> [Asset]        both files of each feed
    section_pages(strategy, section_id) -> (src, ...)       the pages a section's feeds are
                                                            announced on (its page and its
                                                            commitments')
"""

from __future__ import annotations

import datetime as dt
import json
import posixpath
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import markdown

from ..content.strategy import Strategy
from ..core import urls
from ..progress.model import Progress, Report, Update
from .bundle import Asset
from .progress import ProgressWords, about

ATOM_NS = "http://www.w3.org/2005/Atom"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
FEED_TYPES = {"xml": "application/atom+xml", "json": "application/feed+json"}
# The reports a feed holds: the latest four (a year of quarterly reports). Readers poll a feed
# often and keep what they have seen; every report stays on its page and in progress.csv,
# and a feed of ten years' reports of a large plan would be megabytes long.
REPORTS = 4
# Characters XML 1.0 cannot hold (C0 controls other than tab, newline and carriage return).
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class Entry:
    """One update as a feed entry: `link` the site path (src#anchor) of the update on its
    page; `content` HTML (with no link of the site's, so it reads the same in every feed);
    `tags` the section's title and the stage's name."""

    id: str
    title: str
    date: dt.date
    link: str
    content: str
    tags: tuple[str, ...]
    section: str


@dataclass(frozen=True)
class Feed:
    """One feed: `src` its Atom file (the JSON Feed is next to it, .json), `home` the page
    it is the feed of (the progress page, or the section's page), `section` the section's
    id (None: the site's feed)."""

    src: str
    title: str
    id: str
    home: str
    entries: tuple[Entry, ...]
    updated: dt.date       # the latest report's date (the section's latest, for a section)
    section: str | None = None

    @property
    def json_src(self) -> str:
        return self.src.removesuffix(".xml") + ".json"


class _Html:
    """Updates' Markdown as HTML, with one Markdown converter for them all (made once per
    update: the site's feed and its section's share the entry)."""

    def __init__(self) -> None:
        self.md = markdown.Markdown(extensions=["tables", "def_list", "attr_list"])

    def __call__(self, text: str) -> str:
        return self.md.reset().convert(text) if text.strip() else ""


def _tag(site_url: str, day: dt.date, specific: str) -> str:
    """A tag URI (RFC 4151) under the site's host and path, dated `day`."""
    parts = urlsplit(site_url)
    path = parts.path.strip("/")
    return f"tag:{parts.hostname},{day.isoformat()}:{path + '/' if path else ''}{specific}"


def _uuid(strategy: Strategy, name: str) -> str:
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL,
                                        f"plainsight:{strategy.document.title}:{name}"))


def address(site_url: str, src: str, feed_src: str) -> str:
    """A site path (a page's src, with #anchor if any) as a feed links to it: absolute from
    the site_url, or without one relative to the feed's own address."""
    target, _, anchor = src.partition("#")
    path = urls.url(target)
    if site_url:
        found = site_url + path
    else:
        base = posixpath.dirname(urls.url(feed_src))
        found = posixpath.relpath(path, base) + ("/" if path.endswith("/") else "")
    return found + ("#" + anchor if anchor else "")


def _date_time(day: dt.date) -> str:
    """A report's date as an RFC 3339 date-time, midnight UTC."""
    return f"{day.isoformat()}T00:00:00Z"


def _entry(progress: Progress, strategy: Strategy, words: ProgressWords, site_url: str,
           update: Update, report: Report, titles: dict[str, str], html: _Html) -> Entry:
    it = about(strategy, progress, update.ref, update.kind, report.id)
    day = report.date
    ident = _tag(site_url, day, f"progress/{update.ref}") if site_url \
        else _uuid(strategy, f"{update.ref}@{day.isoformat()}")
    content = words.say("entry_content", update, progress.confidence_level(update.confidence),
                        html(update.text), html(update.next_steps or ""), report)
    return Entry(ident, words.say("entry_title", it, update), day, it.target, content,
                 (titles[update.section], words.stage(update.stage)), update.section)


def feeds(progress: Progress, strategy: Strategy, words: ProgressWords,
          site_url: str = "") -> list[Feed]:
    """The site's feed, then one for each section with updates in the latest REPORTS
    reports, in the strategy's order."""
    site_url = site_url.rstrip("/")
    order = {s.id: i for i, (_, s) in enumerate(strategy.all_sections())}
    titles = {s.id: s.title for _, s in strategy.all_sections()}
    html = _Html()
    entries = tuple(
        _entry(progress, strategy, words, site_url, u, r, titles, html)
        for r in reversed(progress.reports[-REPORTS:])
        for u in sorted(r.updates, key=lambda u: order[u.section]))  # stable: report order
    name = strategy.document.title

    def feed_id(src: str) -> str:
        return site_url + urls.url(src) if site_url else _uuid(strategy, src)

    found = [Feed(urls.PROGRESS_ATOM, words.say("feed_title", name),
                  feed_id(urls.PROGRESS_ATOM), urls.PROGRESS, entries, progress.latest.date)]
    pages = {s.id: urls.section(g, s) for g, s in strategy.all_sections()}
    for section_id in sorted({e.section for e in entries}, key=order.__getitem__):
        src = urls.progress_feed(section_id, "xml")
        mine = tuple(e for e in entries if e.section == section_id)
        found.append(Feed(src, words.say("section_feed_title", name, titles[section_id]),
                          feed_id(src), pages[section_id], mine, mine[0].date, section_id))
    return found


def section_pages(strategy: Strategy, section_id: str) -> tuple[str, ...]:
    """The section's page and its commitments' pages: where its own feeds are announced."""
    group, section = next((g, s) for g, s in strategy.all_sections() if s.id == section_id)
    return (urls.section(group, section),
            *(urls.commitment(c.ref) for c in section.commitments))


def _text(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = _NOT_XML.sub("", text)
    return element


def _author(parent: ET.Element, author: str) -> None:
    _text(ET.SubElement(parent, "author"), "name", author)


def atom(feed: Feed, author: str, site_url: str = "") -> bytes:
    """The feed as Atom (RFC 4287): feed id, title, updated, author, self and alternate
    links; each entry's id, title, updated, published, author, link, categories, content."""
    site_url = site_url.rstrip("/")
    here = feed.src
    root = ET.Element("feed", {"xmlns": ATOM_NS})  # the default namespace, unprefixed
    _text(root, "id", feed.id)
    _text(root, "title", feed.title)
    _text(root, "updated", _date_time(feed.updated))
    _author(root, author)
    ET.SubElement(root, "link", {"rel": "self", "type": FEED_TYPES["xml"],
                                 "href": address(site_url, here, here)})
    ET.SubElement(root, "link", {"rel": "alternate", "type": "text/html",
                                 "href": address(site_url, feed.home, here)})
    for e in feed.entries:
        entry = ET.SubElement(root, "entry")
        _text(entry, "id", e.id)
        _text(entry, "title", e.title)
        _text(entry, "updated", _date_time(e.date))
        _text(entry, "published", _date_time(e.date))
        _author(entry, author)
        ET.SubElement(entry, "link", {"rel": "alternate", "type": "text/html",
                                      "href": address(site_url, e.link, here)})
        for tag in e.tags:
            ET.SubElement(entry, "category", {"term": _NOT_XML.sub("", tag)})
        _text(entry, "content", e.content, type="html")  # escaped HTML, as RFC 4287 3.1.1.2
    ET.indent(root)
    return (b'<?xml version="1.0" encoding="utf-8"?>\n'
            + ET.tostring(root, encoding="utf-8", xml_declaration=False) + b"\n")


def json_feed(feed: Feed, author: str, site_url: str = "") -> bytes:
    """The feed as JSON Feed 1.1 (keys in a fixed order, so the same feed, the same bytes)."""
    site_url = site_url.rstrip("/")
    here = feed.json_src
    body = {
        "version": JSON_FEED_VERSION,
        "title": feed.title,
        "home_page_url": address(site_url, feed.home, here),
        "feed_url": address(site_url, here, here),
        "authors": [{"name": author}],
        "items": [{
            "id": e.id,
            "url": address(site_url, e.link, here),
            "title": e.title,
            "content_html": e.content,
            "date_published": _date_time(e.date),
            "date_modified": _date_time(e.date),
            "tags": list(e.tags),
        } for e in feed.entries],
    }
    return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def feed_assets(found: Sequence[Feed], author: str, site_url: str = "") -> list[Asset]:
    """Each feed's Atom file and JSON Feed."""
    return [asset for feed in found for asset in (
        Asset(feed.src, atom(feed, author, site_url)),
        Asset(feed.json_src, json_feed(feed, author, site_url)))]
