"""What a part of the site declares, and the figures and facts every part may use.

Each feature of the site (strategy pages, delivery plan, consultation, indicators, easy read,
accessibility statement, print editions) is one module in `site/parts/`: a `Part` made from
the `Site` that declares

- its pages: `PageSpec` (path from core/urls.py, title, nav label, the typed context its
  template receives (contexts.py, which names the template), and the files the page is
  made from, as the loaders recorded them);
- its files: `Asset`s copied as they are (the `CsvTable` CSVs and their metadata included);
- its downloads: what the open-data page lists (`Download`);
- its navigation entries and footer links (`NavEntry`, `FooterLink`), each in a named slot;
- its feeds, announced in the head of every page or of the pages named (`Alternate`).

render.py loops over the parts; it renders the pages and builds the navigation, the footer
and the open-data page from what they declare. Nothing else needs to know a part exists.

Titles, menu labels, footer texts and download descriptions are the theme's words
(_site_words.md, read through `Site.words`); a part passes names and numbers.

Public API: Site, Part, PageSpec, NavEntry, FooterLink, Download, Alternate, SiteWords,
made_from(...).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment

from ..content.models import LevelName, LevelNames
from ..content.strategy import IdeaList, Strategy
from ..core import refs
from ..core import urls as paths
from ..progress.model import Progress
from . import consultation
from . import indicators as measures
from .bundle import Asset
from .chartwords import ChartWords
from .contexts import PageContext
from .drawing import Drawer
from .inputs import Inputs
from .progress import Histories, ProgressWords
from .words import Words


@dataclass(frozen=True)
class PageSpec:
    """One page: where it is, what it is called, which template writes it with what."""

    src: str                         # MkDocs source path, from core/urls.py
    title: str
    context: PageContext             # what its template receives (contexts.py names which)
    nav_label: str | None = None     # the navigation's name for it, when not the title
    in_nav: bool = True
    abbreviations: bool = True       # glossary terms used get <abbr> definitions
    sources: tuple[Path, ...] = ()   # the files it is made from (for "Last updated")

    @property
    def template(self) -> str:
        """Its template in theme/plainsight/."""
        return self.context.TEMPLATE

    def link(self) -> dict[str, str]:
        """The page as a navigation entry."""
        return {self.nav_label or self.title: self.src}


@dataclass(frozen=True)
class NavEntry:
    slot: str   # where it goes: one of render.NAV_ORDER
    entry: Any  # an MkDocs nav item: {label: src} or {label: [src, {label: src}, ...]}


@dataclass(frozen=True)
class FooterLink:
    slot: str   # one of render.FOOTER_ORDER
    text: str
    src: str


@dataclass(frozen=True)
class Download:
    """A file the open-data page lists (the file itself is one of a part's assets)."""

    src: str
    text: str  # what it holds


@dataclass(frozen=True)
class Alternate:
    """A feed (one of the part's assets) that pages announce with <link rel="alternate">:
    every page when `on` is empty, else only the pages named there (their srcs)."""

    type: str   # its media type
    title: str
    src: str
    on: tuple[str, ...] = ()


class SiteWords(Words):
    """The site's names for its pages, menus, footer links and downloads (_site_words.md):
    `title(key)`, `nav(key)`, `footer(key)`, `download(key)`, and macros through `say`."""

    TEMPLATE = "_site_words.md"

    def title(self, key: str) -> str:
        return str(self.label("titles")[key])

    def nav(self, key: str) -> str:
        return str(self.label("nav")[key])

    def footer(self, key: str) -> str:
        return str(self.label("footer")[key])

    def download(self, key: str) -> str:
        return str(self.label("downloads")[key])

    def level_names(self) -> LevelNames | None:
        """The words for the plan's levels where its content names none (a site's copy of
        the template from before they were words has none: LevelNames' defaults)."""
        found = self.label("level_names", {})
        if not found:
            return None
        return LevelNames.model_construct(**{
            level: LevelName.model_construct(singular=str(one), plural=str(many))
            for level, (one, many) in found.items()})


class Part:
    """A feature of the site (made only when `shows` says the site has it)."""

    name = ""  # its name; its downloads come in the order of render.OPEN_DATA_ORDER

    @classmethod
    def shows(cls, site: Site) -> bool:
        """Whether the site has anything of this part: one that has nothing is not made, so
        its methods need not ask."""
        return True

    def pages(self) -> list[PageSpec]:
        return []

    def assets(self) -> list[Asset]:
        return []

    def downloads(self) -> list[Download]:
        return []

    def nav(self) -> list[NavEntry]:
        return []

    def footer(self) -> list[FooterLink]:
        return []

    def alternates(self) -> list[Alternate]:
        return []


def made_from(*groups: Iterable[Path | None]) -> tuple[Path, ...]:
    """The files given, once each, in the order given."""
    return tuple(dict.fromkeys(p for group in groups for p in group if p is not None))


class Site:
    """The checked inputs and what several parts show: the indicator figures (on section
    pages and /indicators/), the consultation's charts and agreement (on the home and stage
    pages, the consultation and easy read)."""

    def __init__(self, inputs: Inputs, env: Environment, site_url: str, drawer: Drawer):
        self.words = SiteWords(env)
        # the levels the content does not name are called what the word template says
        strategy = dataclasses.replace(inputs.strategy, default_names=self.words.level_names())
        inputs = dataclasses.replace(inputs, strategy=strategy)
        self.inputs = inputs
        self.strategy: Strategy = strategy
        self.env = env
        self.drawer = drawer  # for the parts that draw their own figures (progress)
        self.site_url = site_url
        # Indicator figures first: they go on the section pages, which MkDocs reads before
        # the consultation's, so a drawer working meanwhile draws them first.
        found = inputs.indicators
        # The site's own words: its indicator figures, tables and CSVs are made in them.
        self.indicator_words = measures.IndicatorWords(env)
        self.measures = (measures.build(found, strategy, drawer, self.indicator_words)
                         if found else {})
        results = inputs.results
        # Below this base the pages say how many answered instead of a percentage.
        self.min_base = results.min_base_for_percent if results else None
        self.chart_words = ChartWords(env)  # the site's: its charts and their CSVs' words
        self.figures = (consultation.build_charts(results, drawer, self.chart_words)
                        if results else None)
        self.plan_links = measures.plan_links(found, strategy)
        # Every ref's progress updates, gathered once for the commitment and section pages;
        # the site's words of progress (stage names, the easy-read page's sentences).
        self.progress_words = ProgressWords(env)
        if inputs.progress is not None and inputs.progress.packaged_ratings:
            inputs = dataclasses.replace(inputs, progress=self._named_ratings(inputs.progress))
            self.inputs = inputs
        self.histories = Histories(inputs.progress) if inputs.progress is not None else None
        self.list_pages = self._list_pages()
        self.before = [p for p in strategy.pages if p.entry.position == "before_stages"]
        self.after = [p for p in strategy.pages if p.entry.position == "after_stages"]

    def _named_ratings(self, progress: Progress) -> Progress:
        """The package's confidence ratings named and defined in the site's words."""
        named = self.progress_words.label("packaged_ratings", {})
        return dataclasses.replace(progress, confidence=tuple(
            dataclasses.replace(c, name=str(named[c.id][0]), definition=str(named[c.id][1]))
            if c.id in named else c for c in progress.confidence))

    def _list_pages(self) -> list[tuple[str, str, list[IdeaList]]]:
        """(source path, title, lists) of each page of named lists: the strategy's, with the
        `principles` and `enablers` lists and their shared page named in the site's words."""
        named = self.words.label("principles_and_enablers", {})
        if not named:
            return self.strategy.list_pages()
        out = []
        for src, title, lists in self.strategy.list_pages():
            if src == paths.PRINCIPLES:
                lists = [dataclasses.replace(one, title=str(named[one.id])) for one in lists]
                title = str(named["both"]) if len(lists) > 1 else lists[0].title
            out.append((src, title, lists))
        return out

    def agreement(self, item_id: str) -> Any:
        return self.inputs.results.about(item_id) if self.inputs.results else None

    def about(self, item_id: str | None) -> tuple[str, str] | None:
        """(title, page) of the strategy item a question asks about."""
        found = self.strategy.item_page(item_id) if item_id else None
        if found is None or item_id is None:
            return found
        # the vision and a commitment are named in the site's words (and language)
        ref = refs.normalise(item_id)
        if item_id == "vision":
            return str(self.words.label("the_vision", "") or found[0]), found[1]
        if ref in self.strategy.plan_refs():
            return self.words.say("commitment_title", self.strategy.names.commitment.singular,
                                  ref), found[1]
        return found
