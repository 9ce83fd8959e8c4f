"""The strategy's own pages: home, free pages, named lists, stages and sections, glossary.

Public API: StrategyPages(site).
"""

from __future__ import annotations

from typing import Any

from ...core import urls as paths
from .. import contexts
from ..part import NavEntry, PageSpec, Part, Site, made_from
from ..progress import section_progress


class StrategyPages(Part):
    name = "strategy"

    def __init__(self, site: Site):
        self.site = site
        s = site.strategy
        files = s.files
        self.document = (files.document,)
        self.home = PageSpec(paths.HOME, s.document.title, contexts.Home(
            groups=s.groups, before=site.before, after=site.after, list_pages=site.list_pages,
            has_indicators=bool(site.measures), agreement=site.agreement("vision"),
            min_base=site.min_base), nav_label=site.words.nav("home"),
            sources=made_from(self.document))
        self.free = [PageSpec(paths.page(free.entry), free.entry.title,
                              contexts.FreePage(page=free),
                              sources=made_from(self.document, (free.path,)))
                     for free in s.pages]
        self.lists = [PageSpec(src, title, contexts.Lists(lists=lists),
                               sources=made_from(self.document))
                      for src, title, lists in site.list_pages]
        self.flat = [self._section(None, section) for section in s.flat_sections]
        self.groups = [(self._group(group), [self._section(group, section)
                                             for section in s.sections_of(group)])
                       for group in s.groups]
        self.glossary = PageSpec(paths.GLOSSARY, site.words.title("glossary"),
                                 contexts.Glossary(), abbreviations=False,
                                 sources=made_from((files.glossary,))) if s.glossary else None

    def _group(self, group: Any) -> PageSpec:
        s, site = self.site.strategy, self.site
        sections = s.sections_of(group)
        return PageSpec(paths.group(group), group.title, contexts.Group(
            group=group, sections=sections, themes=s.is_themes(group),
            agreement=site.agreement(group.id), min_base=site.min_base),
            sources=made_from(self.document, *(s.files.of_section(x) for x in sections)))

    def _section(self, group: Any, section: Any) -> PageSpec:
        """A section's page: under its stage, or at the top level of a flat plan."""
        site = self.site
        found = site.inputs.indicators
        shown = section_progress(site.histories, site.strategy, section)
        return PageSpec(paths.section(group, section), section.title, contexts.Section(
            group=group, section=section, indicators=site.plan_links.get(section.id, []),
            measures=site.measures.get(section.id), progress=shown),
            sources=made_from(self.document, site.strategy.files.of_section(section),
                              found.sources_of(section.id) if found else (),
                              shown.sources() if shown else ()))

    def _free(self, position: str) -> list[PageSpec]:
        """The free pages placed before or after the stages."""
        return [spec for free, spec in zip(self.site.strategy.pages, self.free, strict=True)
                if free.entry.position == position]

    def pages(self) -> list[PageSpec]:
        found = [self.home, *self.free, *self.lists, *self.flat]
        for group, sections in self.groups:
            found += [group, *sections]
        return found + ([self.glossary] if self.glossary else [])

    def nav(self) -> list[NavEntry]:
        site = self.site
        about = [p.link() for p in self._free("before_stages")] + [p.link() for p in self.lists]
        found = [NavEntry("home", self.home.link())]
        if about:
            heading = site.words.say("about_nav", site.strategy.names.strategy.singular)
            found.append(NavEntry("about", {heading: about}))
        found += [NavEntry("plan", section.link()) for section in self.flat]
        found += [NavEntry("plan", {group.title: [group.src, *(s.link() for s in sections)]})
                  for group, sections in self.groups]
        found += [NavEntry("after", p.link()) for p in self._free("after_stages")]
        if self.glossary:
            found.append(NavEntry("glossary", self.glossary.link()))
        return found
