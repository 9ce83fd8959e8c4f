"""Progress on the plan as the pages show it: each report's page (the latest at /progress/,
each one also kept at /progress/<date>/), the status and dated updates on commitment and
section pages, and what the feeds, the CSV and the easy-read page are made from.

Python works out which updates, counts and changes go where; the templates and the theme's
_progress_words.md say them (stage names included).

Public API:

    ProgressWords(env)                           _progress_words.md (.stage(id): its name)
    About(ref, kind, label, text, src, anchor)   what an update is about, and where it shows
    about(strategy, progress, ref, kind, report_id) -> About
    ReportView                                   one report's page, "as of" that report
    report_view(progress, strategy, report) -> ReportView
    expected_level(strategy) -> AccountabilityLevel | None  the level whose items are
                                                 expected in every report (the first)
    Histories(progress)                          every ref's updates, gathered once
    commitment_progress(histories, placed), section_progress(histories, strategy, section)
        -> PageProgress | None                   what a commitment's or section's page shows
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..content.strategy import Strategy
from ..core import urls
from ..progress.history import (
    NO_UPDATE,
    Changes,
    Dated,
    Item,
    RollUp,
    at_level,
    changes,
    not_updated,
    overdue,
    rollup,
)
from ..progress.model import Progress, Report, Update
from .words import Words

__all__ = ["NO_UPDATE", "About", "Histories", "ItemProgress", "PageProgress", "ProgressWords",
           "ReportView", "about", "commitment_progress", "expected_level", "report_view",
           "section_progress"]


class ProgressWords(Words):
    """The stage names and the sentences of progress (theme/plainsight/_progress_words.md)."""

    TEMPLATE = "_progress_words.md"

    def stage(self, stage: str) -> str:
        return str(self.label("stages")[stage])


@dataclass(frozen=True)
class About:
    """What an update is about: its ref, kind, a short label and its text or title, and the
    page (src) where its dated updates are shown, with the anchor of one of them."""

    ref: str
    kind: str
    label: str
    text: str
    src: str
    anchor: str

    @property
    def target(self) -> str:
        return f"{self.src}#{self.anchor}"


def about(strategy: Strategy, progress: Progress, ref: str, kind: str,
          report_id: str) -> About:
    anchor = urls.update_anchor(ref, report_id)
    if kind == "section":
        group, section = next((g, s) for g, s in strategy.all_sections() if s.id == ref)
        return About(ref, kind, section.title, section.title, urls.section(group, section),
                     anchor)
    if kind == "new_action":
        added = next(a for a in progress.new_actions if a.ref == ref)
        return About(ref, kind, ref, added.title, urls.commitment(added.under), anchor)
    if kind == "commitment":
        return About(ref, kind, ref, strategy.placed(ref).text, urls.commitment(ref), anchor)
    placed = strategy.placed(ref.rsplit(".", 1)[0])
    action = next(a for a in placed.actions if a.ref == ref)
    return About(ref, kind, ref, action.text, urls.commitment(placed.ref), anchor)


def expected_level(strategy: Strategy) -> Any:
    """The accountability level whose items the board hears about in every report: the
    first in the strategy's list (Do, in Do / Sponsor / Watch)."""
    levels = strategy.accountability_levels
    return levels[0] if levels else None


@dataclass(frozen=True)
class ReportView:
    """One report's page: the report, the plan's commitments rolled up by stage (with "no
    update this time"), what changed since the report before, what is overdue and which
    items at the expected level had no update, then every update by section."""

    report: Report
    latest: bool
    rollup: RollUp
    sections: tuple[tuple[Any, Any, Any], ...]  # (group, section, its Tally), in order
    changes: Changes
    overdue: tuple[tuple[Dated, About], ...]
    level: Any                                 # the expected level, or None
    expected: int                              # how many items are at that level
    missing: tuple[About, ...]                 # its items with no update in this report
    updates: tuple[tuple[Any, tuple[tuple[Update, About], ...]], ...]  # (section, updates)
    reports: tuple[Report, ...]                # every report, newest first
    named: dict[str, About]                    # what each ref in `changes` is about


def as_of(progress: Progress, report: Report) -> Progress:
    """The reports up to this one: each report's page is worked out as it stood then."""
    return replace(progress, reports=tuple(r for r in progress.reports
                                           if r.date <= report.date))


def report_view(progress: Progress, strategy: Strategy, report: Report) -> ReportView:
    then = as_of(progress, report)
    level = expected_level(strategy)
    missing: Sequence[Item] = not_updated(then, strategy, level.id) if level else ()
    by_id = {s.id: (g, s) for g, s in strategy.all_sections()}
    rolled = rollup(then, strategy, "commitment")
    changed = changes(then)
    refs = {(c.ref, c.kind) for c in (*changed.stages, *changed.ratings)}
    refs |= {(u.ref, u.kind) for u in (*changed.first, *changed.finished)}
    refs |= {(a.ref, "new_action") for a in changed.new_actions}
    named = {ref: about(strategy, then, ref, kind, report.id) for ref, kind in refs}
    updates = []
    for _, section in strategy.all_sections():
        mine = [(u, about(strategy, then, u.ref, u.kind, report.id))
                for u in report.updates if u.section == section.id]
        if mine:
            updates.append((section, tuple(mine)))
    return ReportView(
        report, report is progress.latest, rolled,
        tuple((*by_id[s], tally) for s, tally in rolled.by_section),
        changed,
        tuple((d, about(strategy, then, d.update.ref, d.update.kind, d.report.id))
              for d in overdue(then)),
        level, len(at_level(strategy, level.id)) if level else 0,
        tuple(about(strategy, then, i.ref, i.kind, report.id) for i in missing),
        tuple(updates), tuple(reversed(progress.reports)), named)


@dataclass(frozen=True)
class ItemProgress:
    """One section's, commitment's or action's progress: its latest update (status, with the
    report it came in) and every update, newest first."""

    status: Dated | None
    updates: tuple[Dated, ...]


@dataclass(frozen=True)
class PageProgress:
    """What a commitment or section page shows of progress: its own, each action's (plan
    actions and those reports added, by ref), each commitment's status (on a section page),
    and a way to name a rating."""

    own: ItemProgress
    actions: dict[str, ItemProgress]
    added: tuple[tuple[Any, ItemProgress], ...]     # (NewAction, its progress)
    commitments: tuple[tuple[Any, Dated | None], ...]  # (Placed, its status)
    rating: Any                                      # id -> Confidence | None

    def sources(self) -> tuple[Path, ...]:
        """The report files its updates were read from (the page's "Last updated")."""
        every = [*self.own.updates, *(d for p in self.actions.values() for d in p.updates),
                 *(d for _, p in self.added for d in p.updates)]
        return tuple(dict.fromkeys(path for d in every for path in d.report.sources))


class Histories:
    """Every ref's updates, newest first, gathered in one pass over the reports (a page per
    commitment asking `history` for each of its refs would scan every report each time)."""

    def __init__(self, progress: Progress):
        self.progress = progress
        found: dict[str, list[Dated]] = {}
        for report in reversed(progress.reports):
            for update in report.updates:
                found.setdefault(update.ref, []).append(Dated(report, update))
        self._found = {ref: tuple(dated) for ref, dated in found.items()}

    def item(self, ref: str) -> ItemProgress:
        found = self._found.get(ref, ())
        return ItemProgress(found[0] if found else None, found)


def commitment_progress(histories: Histories | None, placed: Any) -> PageProgress | None:
    if histories is None:
        return None
    progress = histories.progress
    added = tuple((a, histories.item(a.ref)) for a in progress.new_actions
                  if a.under == placed.ref)
    return PageProgress(histories.item(placed.ref),
                        {a.ref: histories.item(a.ref) for a in placed.actions}, added, (),
                        progress.confidence_level)


def section_progress(histories: Histories | None, strategy: Strategy,
                     section: Any) -> PageProgress | None:
    if histories is None:
        return None
    commitments = tuple((placed, histories.item(placed.ref).status)
                        for placed in (strategy.placed(c.ref) for c in section.commitments))
    return PageProgress(histories.item(section.id), {}, (), commitments,
                        histories.progress.confidence_level)
