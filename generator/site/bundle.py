"""What the render step produces: pages as Markdown, other files as bytes, and the navigation.

The bundle knows nothing of MkDocs; plugin.py hands it over, and tests read it directly.

Public API: Bundle (.pages, .assets, .nav, .footer, .page(src), .srcs()), Page, Asset.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Page:
    src: str          # MkDocs source path, e.g. "delivery-plan/a-1.md"
    title: str
    markdown: str
    in_nav: bool = True
    # Filled by site/pagemeta.py after rendering (optional, so any renderer may leave them):
    description: str = ""           # one sentence or two for search results and link previews
    sources: tuple[str, ...] = ()   # files or folders it is made from, relative to the project


@dataclass(frozen=True)
class Asset:
    """A file copied as it is: open data, redirect pages."""

    src: str
    content: bytes


@dataclass
class Bundle:
    pages: list[Page] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    nav: list[Any] = field(default_factory=list)
    footer: list[tuple[str, str]] = field(default_factory=list)  # (text, URL from site root)

    def page(self, src: str) -> Page:
        return next(p for p in self.pages if p.src == src)

    def srcs(self) -> list[str]:
        return [p.src for p in self.pages] + [a.src for a in self.assets]
