"""The same page in each language: links between them, hreflang clusters, the sitemap.

Public API:

    Edition(code, name, dir, prefix, untranslated)   one language of the site as published:
                                 prefix "" for the original, "cy/" for Welsh; `untranslated`
                                 the pages (by their address) that hold untranslated text
    language_links(url, here, editions) -> [(name, code, href)]   the page in the others
    cluster(url, editions, site_url) -> [(hreflang, href)]    x-default first; only the
                                 editions where the page is wholly translated; [] when no
                                 other language has it
    sitemap(entries, editions, site_url) -> bytes    urlset with xhtml:link alternates
    same_anchors(html, ours, theirs) -> (html, {ours: theirs})
    relative(here, there) -> str                    an address relative to another

`url` is a page's address within its edition, as MkDocs gives it ("" for the home page,
"delivery-plan/a-1/"). A page with untranslated text in a language is not in that language's
cluster nor in the sitemap: search engines are never told it is in that language.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..core import xmltext

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


@dataclass(frozen=True)
class Edition:
    code: str                 # BCP 47: en-GB, cy
    name: str                 # in itself: English, Cymraeg
    dir: str = "ltr"
    prefix: str = ""          # "" for the original, "cy/" for a language
    untranslated: frozenset[str] = field(default_factory=frozenset)

    def has(self, url: str) -> bool:
        """Whether the page is published in this language as wholly in it."""
        return url not in self.untranslated


def relative(here: str, there: str) -> str:
    """`there` relative to the page at `here` (both from the site's root, "" for the home
    page, folders ending in "/")."""
    base = posixpath.dirname(here.rstrip("/") + "/x") if here else ""
    out = posixpath.relpath(there or ".", base or ".")
    if out == ".":
        return "./"
    return out + "/" if there.endswith("/") or not there else out


def language_links(url: str, here: Edition,
                   editions: Sequence[Edition]) -> list[tuple[str, str, str]]:
    return [(e.name, e.code, relative(here.prefix + url, e.prefix + url))
            for e in editions if e.code != here.code]


def _absolute(site_url: str, path: str) -> str:
    return (site_url.rstrip("/") + "/" + path) if site_url else "/" + path


def cluster(url: str, editions: Sequence[Edition], site_url: str) -> list[tuple[str, str]]:
    members = [e for e in editions if e.has(url)]
    if len(members) < 2:
        return []
    original = editions[0]
    return [("x-default", _absolute(site_url, original.prefix + url)),
            *((e.code, _absolute(site_url, e.prefix + url)) for e in members)]


def sitemap(entries: Sequence[tuple[str, str | None]], editions: Sequence[Edition],
            site_url: str) -> bytes:
    """`entries`: each page of the original (its address, its lastmod or None), in order;
    each language's wholly translated pages follow, language by language."""
    ET.register_namespace("xhtml", XHTML)
    root = ET.Element(f"{{{SITEMAP}}}urlset")
    for edition in editions:
        for url, lastmod in entries:
            if not edition.has(url):
                continue
            item = ET.SubElement(root, f"{{{SITEMAP}}}url")
            ET.SubElement(item, f"{{{SITEMAP}}}loc").text = _absolute(site_url,
                                                                      edition.prefix + url)
            if lastmod:
                ET.SubElement(item, f"{{{SITEMAP}}}lastmod").text = lastmod
            for hreflang, href in cluster(url, editions, site_url):
                ET.SubElement(item, f"{{{XHTML}}}link",
                              {"rel": "alternate", "hreflang": hreflang, "href": href})
    ET.indent(root, space="  ")
    body = xmltext.tostring(root, SITEMAP)  # core/xmltext.py says why
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'.encode()


_ID = re.compile(r'(<h[1-6][^>]*\sid=")([^"]+)(")')


def same_anchors(html: str, ours: Sequence[str],
                 theirs: Sequence[str]) -> tuple[str, dict[str, str]]:
    """The headings' ids of a translated page made the original's, heading by heading (the
    same templates and blocks give the same headings in the same order): partners' links
    to `#an-anchor` work in every language. Nothing changes when the counts differ."""
    if len(ours) != len(theirs) or list(ours) == list(theirs):
        return html, {}
    renamed = {a: b for a, b in zip(ours, theirs, strict=True) if a != b}
    if not renamed:
        return html, {}

    def rename(found: re.Match[str]) -> str:
        return found.group(1) + renamed.get(found.group(2), found.group(2)) + found.group(3)

    html = _ID.sub(rename, html)
    html = re.sub(r'href="#([^"]+)"',
                  lambda m: f'href="#{renamed.get(m.group(1), m.group(1))}"', html)
    return html, renamed
