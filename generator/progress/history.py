"""What the progress pages need, worked out from the reports alone: never from today's date,
always "as of" the latest report's date, so the same reports build the same site.

Public API:

    Dated(report, update)               an update with the report it came in (.date)
    history(progress, ref) -> (Dated, ...)          newest first
    current(progress, ref) -> Dated | None          the latest update for ref, any report
    current_states(progress, before=None) -> {ref: Dated}   every ref's latest update (in
                                                    the reports before `before`, if given)
    changes(progress) -> Changes        the latest report against the position before it
    overdue(progress) -> (Dated, ...)   due before the latest report's date, not finished
    Item(ref, kind, section)            something the plan (or a report) says will be done
    plan_items(progress, strategy, kind) -> (Item, ...)     in the strategy's order
    at_level(strategy, level) -> (Item, ...)    at an accountability level (its id, e.g. "do")
    not_updated(progress, strategy, level) -> (Item, ...)   those with no update in the
                                        latest report
    rollup(progress, strategy, kind="commitment") -> RollUp  the latest report by stage and
                                        by section; NO_UPDATE counted as its own stage
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from ..content.strategy import Strategy
from .model import FINISHED, KINDS, STAGES, NewAction, Progress, Report, Update

NO_UPDATE = "no_update"  # an item the latest report says nothing about: never "not started"


@dataclass(frozen=True)
class Dated:
    report: Report
    update: Update

    @property
    def date(self) -> dt.date:
        return self.report.date


def history(progress: Progress, ref: str) -> tuple[Dated, ...]:
    """Every update for a ref, newest report first."""
    return tuple(Dated(r, u) for r in reversed(progress.reports)
                 for u in r.updates if u.ref == ref)


def current(progress: Progress, ref: str) -> Dated | None:
    found = history(progress, ref)
    return found[0] if found else None


def current_states(progress: Progress, before: Report | None = None) -> dict[str, Dated]:
    """Each ref's latest update, in every report or only in those dated before `before`."""
    states: dict[str, Dated] = {}
    for report in progress.reports:
        if before is not None and report.date >= before.date:
            break
        states.update({u.ref: Dated(report, u) for u in report.updates})
    return states


@dataclass(frozen=True)
class Change:
    """A ref whose stage (or rating) in the latest report differs from its position before
    it; `before` is None for a rating given for the first time."""

    ref: str
    kind: str
    section: str
    before: str | None
    after: str | None
    since: dt.date | None  # the date of the report `before` comes from


@dataclass(frozen=True)
class Changes:
    """The latest report against each ref's position before it (its latest earlier update,
    whichever report that was in)."""

    report: Report
    previous: Report | None
    stages: tuple[Change, ...]            # stage changed
    ratings: tuple[Change, ...]           # confidence changed (or given for the first time)
    first: tuple[Update, ...]             # refs reported on for the first time
    new_actions: tuple[NewAction, ...]    # actions the latest report introduced
    finished: tuple[Update, ...]          # complete now, not complete before (any kind:
                                          # filter on .kind for actions)


def changes(progress: Progress) -> Changes:
    latest = progress.latest
    before = current_states(progress, latest)
    stages, ratings, first, finished = [], [], [], []
    for update in latest.updates:
        old = before.get(update.ref)
        if old is None:
            first.append(update)
        elif old.update.stage != update.stage:
            stages.append(_change(update, old.update.stage, update.stage, old.date))
        if update.confidence is not None and (old is None or
                                              old.update.confidence != update.confidence):
            ratings.append(_change(update, old.update.confidence if old else None,
                                   update.confidence, old.date if old else None))
        if update.stage == "complete" and (old is None or old.update.stage != "complete"):
            finished.append(update)
    return Changes(latest, progress.previous, tuple(stages), tuple(ratings), tuple(first),
                   latest.new_actions, tuple(finished))


def _change(update: Update, before: str | None, after: str | None,
            since: dt.date | None) -> Change:
    return Change(update.ref, update.kind, update.section, before, after, since)


def overdue(progress: Progress) -> tuple[Dated, ...]:
    """Refs whose latest update has a due date before the latest report's date and a stage
    that is not complete or stopped; earliest due first."""
    as_of = progress.latest.date
    late = [d for d in current_states(progress).values()
            if d.update.due is not None and d.update.due < as_of
            and d.update.stage not in FINISHED]
    return tuple(sorted(late, key=lambda d: (d.update.due, d.update.ref)))


@dataclass(frozen=True)
class Item:
    ref: str      # a section id, commitment ref or action ref
    kind: str     # KINDS
    section: str  # its section's id


def plan_items(progress: Progress | None, strategy: Strategy,
               kind: str = "commitment") -> tuple[Item, ...]:
    """The plan's items of one kind in the strategy's order: "section", "commitment", or
    "action" (with the actions reports introduced, up to the latest, after their
    commitment's own)."""
    if kind not in KINDS[:3]:
        raise ValueError(f"kind is one of section, commitment, action; not {kind!r}")
    return tuple(_items(progress, strategy, kind))


def _items(progress: Progress | None, strategy: Strategy, kind: str) -> Iterator[Item]:
    added = progress.new_actions if progress is not None else ()
    for _, section in strategy.all_sections():
        if kind == "section":
            yield Item(section.id, "section", section.id)
            continue
        for commitment in section.commitments:
            placed = strategy.placed(commitment.ref)
            if kind == "commitment":
                yield Item(placed.ref, "commitment", section.id)
                continue
            yield from (Item(a.ref, "action", section.id) for a in placed.actions)
            yield from (Item(a.ref, "new_action", section.id) for a in added
                        if a.under == placed.ref)


def not_updated(progress: Progress, strategy: Strategy, level: str) -> tuple[Item, ...]:
    """Sections, commitments and actions at an accountability level (its id) that the
    latest report has no update for, in the strategy's order."""
    reported = progress.latest.refs
    return tuple(item for item in at_level(strategy, level) if item.ref not in reported)


def at_level(strategy: Strategy, level: str) -> tuple[Item, ...]:
    """Sections, commitments and actions at an accountability level (its id), in order."""
    found = []
    for _, section in strategy.all_sections():
        if section.accountability and section.accountability.level == level:
            found.append(Item(section.id, "section", section.id))
        for commitment in section.commitments:
            placed = strategy.placed(commitment.ref)
            if placed.accountability and placed.accountability.level == level:
                found.append(Item(placed.ref, "commitment", section.id))
            found += [Item(a.ref, "action", section.id) for a in placed.actions
                      if a.accountability and a.accountability.level == level]
    return tuple(found)


@dataclass(frozen=True)
class Tally:
    """How many items are at each stage (every stage listed, in order, zeros included, then
    NO_UPDATE), out of `total`."""

    total: int
    by_stage: tuple[tuple[str, int], ...]

    def count(self, stage: str) -> int:
        return dict(self.by_stage)[stage]


@dataclass(frozen=True)
class RollUp:
    """The latest report over the plan's items of one kind: all of them, and per section
    (sections with none of that kind left out), in the strategy's order."""

    report: Report
    kind: str
    all: Tally
    by_section: tuple[tuple[str, Tally], ...]  # (section id, its tally)


def rollup(progress: Progress, strategy: Strategy, kind: str = "commitment") -> RollUp:
    latest = progress.latest
    stage_of = {u.ref: u.stage for u in latest.updates}
    items = plan_items(progress, strategy, kind)
    sections: dict[str, list[str]] = {}
    for item in items:
        sections.setdefault(item.section, []).append(stage_of.get(item.ref, NO_UPDATE))
    every = [stage for stages in sections.values() for stage in stages]
    return RollUp(latest, kind, _tally(every),
                  tuple((section, _tally(stages)) for section, stages in sections.items()))


def _tally(stages: list[str]) -> Tally:
    counted = Counter(stages)
    return Tally(len(stages), tuple((s, counted[s]) for s in (*STAGES, NO_UPDATE)))
