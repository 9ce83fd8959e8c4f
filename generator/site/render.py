"""Render checked inputs into a Bundle of Markdown pages, files and navigation.

Public API: render(inputs, templates_dirs, site_url="", drawer=NOW, language=None,
catalogues=()) -> Bundle (templates_dirs: where the page templates are looked for, first match
wins; language: None for the site's own, else the package's wording in that language, with
a site's own catalogues of it: templating.environment).

Each feature of the site is a part (site/parts/, the protocol in site/part.py) that declares
its pages, files, downloads, navigation entries and footer links; this module loops over the
parts, renders their pages with the templates and builds the navigation, the footer and the
open-data page from what they declare.

Python decides what goes on each page (the data); the Jinja2 templates in the theme decide
how it reads. Rendering is a function of its inputs: the read step has checked everything,
so nothing here reports a content problem.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..core import urls as paths
from . import contexts, csvtables
from .bundle import Bundle, Link, Page
from .drawing import NOW, Drawer
from .inputs import Inputs
from .part import FooterLink, NavEntry, PageSpec, Part, Site
from .parts import PARTS
from .templating import environment
from .twins import Twins

# Where each part's declarations go, in order: the slots a NavEntry or FooterLink names, and
# the parts (by name) whose downloads the open-data page lists first.
NAV_ORDER = ("home", "about", "plan", "after", "consultation", "delivery_plan", "progress",
             "indicators", "glossary", "open_data", "easy_read")
FOOTER_ORDER = ("accessibility", "easy_read", "print", "open_data")
OPEN_DATA_ORDER = ("delivery_plan", "progress", "indicators", "consultation")


class Renderer:
    """Renders every part of the site into one Bundle."""

    def __init__(self, inputs: Inputs, templates_dirs: Sequence[Path], site_url: str,
                 drawer: Drawer, language: str | None = None, catalogues: Sequence[Path] = ()):
        strategy = inputs.strategy
        self.strategy = strategy
        self.twins = Twins(inputs)
        self.env = environment(templates_dirs, language, catalogues)
        self.site = Site(inputs, self.env, site_url.rstrip("/"), drawer)
        self.strategy = strategy = self.site.strategy  # with the level names in the language
        self.parts: list[Part] = [make(self.site) for make in PARTS if make.shows(self.site)]
        self.bundle = Bundle(fill=drawer.fill)
        self.terms = [(re.compile(rf"(?<!\w){re.escape(t.term)}(?!\w)"),
                       f"*[{t.term}]: {t.definition}") for t in strategy.glossary]
        # Open data: only what the site has; no open-data page when there is nothing.
        # (parts not named in OPEN_DATA_ORDER list theirs after those named, in PARTS order)
        self.downloads = [d for part in sorted(self.parts, key=_open_data_place)
                          for d in part.downloads()]
        self.has_open_data = bool(self.downloads)
        self.known_refs = frozenset({p.ref for p in strategy.commitments()} | {
            a.ref for p in strategy.commitments() for a in p.actions})

    def render(self) -> Bundle:
        for part in self.parts:
            for spec in part.pages():
                self._page(spec)
            self.bundle.assets.extend(part.assets())
        nav = [e for part in self.parts for e in part.nav()]
        footer = [link for part in self.parts for link in part.footer()]
        if self.has_open_data:
            page = self._open_data()
            self._page(page)
            nav.append(NavEntry("open_data", page.link()))
            footer.append(FooterLink("open_data", page.title, page.src))
        self.bundle.nav = [e.entry for e in _slotted(nav, NAV_ORDER)]
        self.bundle.footer = [(link.text, paths.url(link.src).lstrip("/"))
                              for link in _slotted(footer, FOOTER_ORDER)]
        self._announce()
        return self.bundle

    def _announce(self) -> None:
        """The parts' feeds: the site's in every page's head, the others in their pages'."""
        own: dict[str, list[Link]] = {}
        for part in self.parts:
            for feed in part.alternates():
                link = Link(feed.type, feed.title, paths.url(feed.src).lstrip("/"))
                if not feed.on:
                    self.bundle.links.append(link)
                for src in feed.on:
                    own.setdefault(src, []).append(link)
        if own:
            self.bundle.pages = [replace(p, links=tuple(own[p.src])) if p.src in own else p
                                 for p in self.bundle.pages]

    def _open_data(self) -> PageSpec:
        """Every download the parts declare, and the data dictionary of their CSVs."""
        here = paths.OPEN_DATA
        return PageSpec(here, self.site.words.title("open_data"), contexts.OpenData(
            downloads=[(paths.relative(here, d.src), d.src.rsplit(".", 1)[1].upper(), d.text)
                       for d in self.downloads],
            dictionary=[dict(d, href=paths.relative(here, d["src"]),
                             metadata_href=paths.relative(here, d["metadata"]))
                        for d in csvtables.dictionary(self.bundle.assets)]))

    def _page(self, spec: PageSpec) -> None:
        src = spec.src
        twin = self.twins.link_for(src)
        every = contexts.EveryPage(
            src=src, title=spec.title, strategy=self.strategy, names=self.strategy.names,
            known_refs=self.known_refs, has_open_data=self.has_open_data,
            twin=paths.relative(src, twin) if twin else None,
            easy=src.startswith(paths.EASY_READ_DIR))
        markdown = self.env.get_template(spec.template).render(
            **vars(every), **spec.context.names())
        if spec.abbreviations:
            markdown += self._abbreviations(markdown)
        self.bundle.pages.append(Page(src, spec.title, markdown, spec.in_nav,
                                      made_from=spec.sources))

    def _abbreviations(self, markdown: str) -> str:
        """Definitions for Markdown's abbr extension: each glossary term used gets <abbr>."""
        lines = [definition for pattern, definition in self.terms if pattern.search(markdown)]
        return "\n\n" + "\n".join(lines) + "\n" if lines else ""


def render(inputs: Inputs, templates_dirs: Sequence[Path], site_url: str = "",
           drawer: Drawer = NOW, language: str | None = None,
           catalogues: Sequence[Path] = ()) -> Bundle:
    """Every page, file and navigation entry of the site (charts that the drawer is still
    drawing are placeholders until Bundle.fill), in the site's own language or `language`."""
    return Renderer(inputs, templates_dirs, site_url, drawer, language, catalogues).render()


def _slotted(items: list[Any], order: Sequence[str]) -> list[Any]:
    """Items in the order of their slots, in the order given within a slot (a slot missing
    from `order` is a ValueError: a new part's entries must be given a place)."""
    return sorted(items, key=lambda item: order.index(item.slot))


def _open_data_place(part: Part) -> int:
    return OPEN_DATA_ORDER.index(part.name) if part.name in OPEN_DATA_ORDER \
        else len(OPEN_DATA_ORDER)
