"""The strategy as the rest of the pipeline sees it: every file loaded, checked and joined.

Public API: Strategy (names, groups, flat_sections, all_sections, sections_of, group_of,
lists, list_pages, has_delivery_plan, commitments, placed, referred_by, item_page,
accountability_levels, accountability_level), Placed (a commitment in its place, with its
accountability), IdeaList (a named list as shown), FreePage, StrategyFiles (the
files it was read from).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..core import refs, urls
from .models import (
    Accountability,
    AccountabilityLevel,
    Action,
    Group,
    LevelNames,
    PageEntry,
    PlanCommitment,
    Principle,
    Section,
    StrategyDocument,
    Term,
)


@dataclass(frozen=True)
class FreePage:
    entry: PageEntry
    markdown: str
    path: Path | None = None  # the Markdown file it was read from


@dataclass(frozen=True)
class StrategyFiles:
    """The files the strategy was read from, as its loader found them (for "Last updated")."""

    document: Path | None = None               # strategy.yaml
    sections: dict[str, Path] = field(default_factory=dict)  # section id -> its file
    plans: dict[str, Path] = field(default_factory=dict)     # letter -> delivery-plan file
    glossary: Path | None = None

    def of_section(self, section: Section) -> tuple[Path, ...]:
        """A section's own file and, if it has one, its delivery-plan file."""
        found = [self.sections.get(section.id),
                 self.plans.get(section.letter) if section.letter else None]
        return tuple(p for p in found if p is not None)


@dataclass(frozen=True)
class IdeaList:
    """A named list of ideas with an intro, as the site shows it: on its own page (`src`), or,
    for principles and enablers, under the heading `id` of their shared page."""

    id: str
    title: str
    intro: str | None
    items: tuple[Principle, ...]
    src: str
    previous_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Placed:
    """A commitment in its place: its section, its group (None in a flat plan) and its
    delivery-plan entry."""

    group: Group | None
    section: Section
    ref: str
    text: str
    actions: tuple[Action, ...]
    notes: tuple[str, ...]
    previous_refs: tuple[str, ...]
    # From the delivery plan's entry, or the section file's commitment (only one may say)
    accountability: Accountability | None = None


@dataclass(frozen=True)
class Strategy:
    document: StrategyDocument
    sections: dict[str, Section]
    plan: dict[str, PlanCommitment]
    indicators: dict[str, tuple[str, ...]]
    glossary: tuple[Term, ...]
    pages: tuple[FreePage, ...]
    files: StrategyFiles = field(default_factory=StrategyFiles)
    _placed: dict[str, Placed] = field(default_factory=dict, repr=False)
    # The words for the levels the content does not name (the site's word template's, in
    # the page's language); None: LevelNames' own defaults.
    default_names: LevelNames | None = None

    @functools.cached_property
    def names(self) -> LevelNames:
        """What the site calls each level (stage, sub-priority, commitment, ...)."""
        own = self.document.level_names
        if self.default_names is None:
            return own
        return LevelNames.model_construct(**{
            level: getattr(own if level in own.model_fields_set else self.default_names, level)
            for level in LevelNames.model_fields})

    @property
    def accountability_levels(self) -> tuple[AccountabilityLevel, ...]:
        """The accountability vocabulary (Do, Sponsor, Watch...), in order; empty when the
        strategy does not use accountability."""
        return tuple(self.document.accountability_levels)

    def accountability_level(self, level_id: str) -> AccountabilityLevel | None:
        return next((one for one in self.document.accountability_levels
                     if one.id == level_id), None)

    @property
    def flat_sections(self) -> list[Section]:
        """The sections a flat plan lists directly, each at /<section-id>/."""
        return [self.sections[section_id] for section_id in self.document.sections]

    def all_sections(self) -> list[tuple[Group | None, Section]]:
        """Every section with its group (None when listed directly), in the strategy's order."""
        return [(None, s) for s in self.flat_sections] + [
            (g, s) for g in self.groups for s in self.sections_of(g)]

    @property
    def lists(self) -> list[IdeaList]:
        """Principles, enablers and every other named list, in the order written."""
        d = self.document
        legacy = [IdeaList(kind, kind.capitalize(), intro, tuple(items), urls.PRINCIPLES)
                  for kind, intro, items in (("principles", d.principles_intro, d.principles),
                                             ("enablers", d.enablers_intro, d.enablers))
                  if items]
        return legacy + [IdeaList(n.id, n.title, n.intro, tuple(n.items), urls.page(n.id),
                                  tuple(n.previous_ids)) for n in d.lists]

    def list_pages(self) -> list[tuple[str, str, list[IdeaList]]]:
        """(source path, title, lists) of each page of named lists, in the order written."""
        pages: dict[str, list[IdeaList]] = {}
        for one in self.lists:
            pages.setdefault(one.src, []).append(one)
        return [(src, _list_page_title(src, shown), shown) for src, shown in pages.items()]

    @property
    def has_delivery_plan(self) -> bool:
        """A delivery plan exists where the strategy has commitments."""
        return any(s.commitments for s in self.sections.values())

    @property
    def groups(self) -> list[Group]:
        """Life-course stages then the cross-cutting themes, in the strategy's order."""
        themes = [self.document.themes] if self.document.themes else []
        return [*self.document.stages, *themes]

    def is_themes(self, group: Group) -> bool:
        return group is self.document.themes

    def sections_of(self, group: Group) -> list[Section]:
        return [self.sections[section_id] for section_id in group.sections]

    def group_of(self, section: Section) -> Group | None:
        return next((g for g in self.groups if section.id in g.sections), None)

    def commitments(self) -> Iterator[Placed]:
        for _, section in self.all_sections():
            for commitment in section.commitments:
                yield self.placed(commitment.ref)

    def placed(self, ref: str) -> Placed:
        if ref not in self._placed:
            self._placed.update({p.ref: p for p in self._place_all()})
        return self._placed[ref]

    def _place_all(self) -> Iterator[Placed]:
        for group, section in self.all_sections():
            for c in section.commitments:
                entry = self.plan.get(c.ref)
                yield Placed(group, section, c.ref, c.text,
                             tuple(entry.actions) if entry else (),
                             tuple(entry.notes) if entry else (), tuple(c.previous_refs),
                             (entry.accountability if entry else None) or c.accountability)

    def item_page(self, item_id: str) -> tuple[str, str] | None:
        """(title, source path) of a strategy item named by id: "vision", a stage or theme
        group id, a section id or a commitment ref; None when nothing has that id."""
        if item_id == "vision":
            return "the vision", urls.HOME + "#vision"
        ref = refs.normalise(item_id)
        if refs.COMMITMENT.match(ref) and ref in self.plan_refs():
            return f"{self.names.commitment.singular.capitalize()} {ref}", urls.commitment(ref)
        for group in self.groups:
            if group.id == item_id:
                return group.title, urls.group(group)
        if item_id in self.sections:
            section = self.sections[item_id]
            return section.title, urls.section(self.group_of(section), section)
        for one in self.document.lists:
            if one.id == item_id:
                return one.title, urls.page(one.id)
        return None

    def plan_refs(self) -> set[str]:
        """The refs of every commitment in the strategy."""
        return {c.ref for section in self.sections.values() for c in section.commitments}

    def referred_by(self) -> dict[str, list[str]]:
        """For each commitment ref, the commitments whose actions or notes point at it."""
        found: dict[str, list[str]] = {}
        for placed in self.commitments():
            texts = [a.text for a in placed.actions] + list(placed.notes)
            for ref in refs.mentioned(" ".join(texts)):
                target = refs.commitment_of(ref)
                if target != placed.ref and placed.ref not in found.setdefault(target, []):
                    found[target].append(placed.ref)
        return found


def _list_page_title(src: str, lists: list[IdeaList]) -> str:
    """A named list's page is called after it; the shared page after the lists it holds."""
    if src != urls.PRINCIPLES:
        return lists[0].title
    return " and ".join(one.title for one in lists).capitalize()
