"""The strategy as the rest of the pipeline sees it: every file loaded, checked and joined.

Public API: Strategy (groups, sections_of, group_of, commitments, placed, referred_by,
item_page), Placed (a commitment in its place), FreePage.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from ..core import refs, urls
from .models import Action, Group, PageEntry, PlanCommitment, Section, StrategyDocument, Term


@dataclass(frozen=True)
class FreePage:
    entry: PageEntry
    markdown: str


@dataclass(frozen=True)
class Placed:
    """A commitment in its place: its section, its group and its delivery-plan entry."""

    group: Group
    section: Section
    ref: str
    text: str
    actions: tuple[Action, ...]
    notes: tuple[str, ...]
    previous_refs: tuple[str, ...]


@dataclass(frozen=True)
class Strategy:
    document: StrategyDocument
    sections: dict[str, Section]
    plan: dict[str, PlanCommitment]
    indicators: dict[str, tuple[str, ...]]
    glossary: tuple[Term, ...]
    pages: tuple[FreePage, ...]
    _placed: dict[str, Placed] = field(default_factory=dict, repr=False)

    @property
    def groups(self) -> list[Group]:
        """Life-course stages then the cross-cutting themes, in the strategy's order."""
        themes = [self.document.themes] if self.document.themes else []
        return [*self.document.stages, *themes]

    def is_themes(self, group: Group) -> bool:
        return group is self.document.themes

    def sections_of(self, group: Group) -> list[Section]:
        return [self.sections[section_id] for section_id in group.sections]

    def group_of(self, section: Section) -> Group:
        return next(g for g in self.groups if section.id in g.sections)

    def commitments(self) -> Iterator[Placed]:
        for group in self.groups:
            for section in self.sections_of(group):
                for commitment in section.commitments:
                    yield self.placed(commitment.ref)

    def placed(self, ref: str) -> Placed:
        if ref not in self._placed:
            self._placed.update({p.ref: p for p in self._place_all()})
        return self._placed[ref]

    def _place_all(self) -> Iterator[Placed]:
        for group in self.groups:
            for section in self.sections_of(group):
                for c in section.commitments:
                    entry = self.plan.get(c.ref)
                    yield Placed(group, section, c.ref, c.text,
                                 tuple(entry.actions) if entry else (),
                                 tuple(entry.notes) if entry else (), tuple(c.previous_refs))

    def item_page(self, item_id: str) -> tuple[str, str] | None:
        """(title, source path) of a strategy item named by id: "vision", a stage or theme
        group id, a section id or a commitment ref; None when nothing has that id."""
        if item_id == "vision":
            return "the vision", urls.HOME + "#vision"
        ref = refs.normalise(item_id)
        if refs.COMMITMENT.match(ref) and ref in self.plan_refs():
            return f"Commitment {ref}", urls.commitment(ref)
        for group in self.groups:
            if group.id == item_id:
                return group.title, urls.group(group)
        if item_id in self.sections:
            section = self.sections[item_id]
            return section.title, urls.section(self.group_of(section), section)
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
