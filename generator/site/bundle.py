"""What the render step produces: pages as Markdown, other files as bytes, and the navigation.

The bundle knows nothing of MkDocs; plugin.py hands it over, and tests read it directly.

Public API: Bundle (.pages, .assets, .nav, .footer, .links, .fill, .finished(), .page(src),
.srcs()), Page, Asset, Link.

Charts may still be drawing when the bundle is handed over (site/drawing.py): a page then
holds a placeholder for each of them, and `fill(markdown)` puts the drawings in, waiting for
them if need be. `finished()` is the bundle with every drawing in place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Link:
    """A <link rel="alternate"> in a page's head: a feed of the site, or of what the page is
    about. `href` is the file's path from the site root (progress/feed.xml)."""

    type: str   # its media type: application/atom+xml, application/feed+json
    title: str
    href: str


@dataclass(frozen=True)
class Page:
    src: str          # MkDocs source path, e.g. "delivery-plan/a-1.md"
    title: str
    markdown: str
    in_nav: bool = True
    made_from: tuple[Path, ...] = ()  # the files it is made from, as the loaders read them
    # Filled by site/pagemeta.py after rendering (optional, so any renderer may leave them):
    description: str = ""           # one sentence or two for search results and link previews
    sources: tuple[str, ...] = ()   # files or folders it is made from, relative to the project
    links: tuple[Link, ...] = ()    # the feeds of what it is about (the site's are Bundle.links)


@dataclass(frozen=True)
class Asset:
    """A file copied as it is: open data, redirect pages."""

    src: str
    content: bytes


def _as_drawn(markdown: str) -> str:
    return markdown


@dataclass
class Bundle:
    pages: list[Page] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    nav: list[Any] = field(default_factory=list)
    footer: list[tuple[str, str]] = field(default_factory=list)  # (text, URL from site root)
    links: list[Link] = field(default_factory=list)  # announced in every page's head
    fill: Callable[[str], str] = _as_drawn  # a page's markdown with its drawings in place

    def finished(self) -> Bundle:
        """Every page with its drawings in place (waits for any still being drawn)."""
        pages = [replace(page, markdown=self.fill(page.markdown)) for page in self.pages]
        return replace(self, pages=pages, fill=_as_drawn)

    def page(self, src: str) -> Page:
        return next(p for p in self.pages if p.src == src)

    def srcs(self) -> list[str]:
        return [p.src for p in self.pages] + [a.src for a in self.assets]
