"""What the pages need, worked out from three small hand-made reports; every expected figure
below is counted by hand from the reports written here, not by the code under test.

    2022-02-24  A.1 in_progress amber (due 2022-03-31); A.1.1 not_started (due 2022-06-30);
                B.1 in_progress green; C.1 complete
    2022-05-26  new action A.1.9 under A.1; A.1 in_progress red; A.1.9 in_progress green
                (due 2022-04-30); B.1 complete; A.2 paused (due 2022-01-01)
    2022-08-25  A.1 complete; A.1.1 in_progress amber (due 2022-07-31); A.1.9 stopped;
                healthy-babies in_progress

Accountability: "do" for the section healthy-babies, commitments A.1 and B.1 and action
A.1.1; "watch" for C.1.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from plainsight_strategy.content.strategy import Strategy
from plainsight_strategy.progress import history as h
from plainsight_strategy.progress.model import Progress
from tests.helpers import load
from tests.progress.helpers import loaded, report, write

LEVELS = """
accountability_levels:
  - {id: do, name: Do, definition: Every meeting.}
  - {id: watch, name: Watch, definition: When needed.}
"""
D = dt.date


@pytest.fixture
def plan(minimal_content: Path) -> tuple[Progress, Strategy]:
    content = minimal_content
    (content / "strategy.yaml").write_text((content / "strategy.yaml").read_text() + LEVELS)
    section = content / "sections" / "healthy-babies.yaml"
    section.write_text(section.read_text() + "accountability: {level: do}\n")
    write(content, "content/delivery-plan/a.yaml", """
        letter: A
        commitments:
          - ref: A.1
            accountability: {level: do, accountable: Director of Public Health}
            actions:
              - {ref: A.1.1, text: Train peer supporters., accountability: {level: do}}
              - {ref: A.1.2, text: Open baby cafes.}
          - ref: A.2
        """)
    write(content, "content/delivery-plan/b.yaml", """
        letter: B
        commitments:
          - ref: B.1
            accountability: {level: do}
            actions: [{ref: B.1.1, text: Give every family a library card.}]
        """)
    write(content, "content/delivery-plan/c.yaml", """
        letter: C
        commitments:
          - ref: C.1
            accountability: {level: watch}
            actions: [{ref: C.1.1, text: Recruit mental health workers.}]
        """)
    report(content, "1.yaml", """
        date: 2022-02-24
        title: February
        updates:
          - {ref: A.1, stage: in_progress, confidence: amber, update: Begun., due: 2022-03-31}
          - {ref: A.1.1, stage: not_started, due: 2022-06-30}
          - {ref: B.1, stage: in_progress, confidence: green}
          - {ref: C.1, stage: complete}
        """)
    report(content, "2.yaml", """
        date: 2022-05-26
        title: May
        new_actions:
          - {ref: A.1.9, under: A.1, title: Support for early years professionals.}
        updates:
          - {ref: A.1, stage: in_progress, confidence: red, update: Behind.}
          - {ref: A.1.9, stage: in_progress, confidence: green, due: 2022-04-30}
          - {ref: B.1, stage: complete}
          - {ref: A.2, stage: paused, due: 2022-01-01}
        """)
    report(content, "3.yaml", """
        date: 2022-08-25
        title: August
        updates:
          - {ref: A.1, stage: complete}
          - {ref: A.1.1, stage: in_progress, confidence: amber, due: 2022-07-31}
          - {ref: A.1.9, stage: stopped}
          - {ref: healthy-babies, stage: in_progress}
        """)
    return loaded(content), load(content)


def test_latest_and_previous(plan: tuple[Progress, Strategy]) -> None:
    progress, _ = plan
    assert (progress.latest.date, progress.previous.date) == (  # type: ignore[union-attr]
        D(2022, 8, 25), D(2022, 5, 26))


def test_history_is_newest_first_and_current_is_the_latest_update(
        plan: tuple[Progress, Strategy]) -> None:
    progress, _ = plan
    assert [(d.date, d.update.stage) for d in h.history(progress, "A.1")] == [
        (D(2022, 8, 25), "complete"), (D(2022, 5, 26), "in_progress"),
        (D(2022, 2, 24), "in_progress")]
    assert h.history(progress, "A.1.2") == ()
    assert h.current(progress, "A.1.2") is None
    a2 = h.current(progress, "A.2")
    assert a2 is not None and (a2.date, a2.update.stage) == (D(2022, 5, 26), "paused")
    states = h.current_states(progress)
    assert {ref: d.date.month for ref, d in states.items()} == {
        "A.1": 8, "A.1.1": 8, "A.1.9": 8, "healthy-babies": 8, "B.1": 5, "A.2": 5, "C.1": 2}
    before_may = h.current_states(progress, progress.reports[1])
    assert set(before_may) == {"A.1", "A.1.1", "B.1", "C.1"}


def test_changes_since_the_previous_report(plan: tuple[Progress, Strategy]) -> None:
    progress, _ = plan
    found = h.changes(progress)
    assert found.report.title == "August" and found.previous.title == "May"  # type: ignore[union-attr]
    assert [(c.ref, c.before, c.after, c.since) for c in found.stages] == [
        ("A.1", "in_progress", "complete", D(2022, 5, 26)),
        ("A.1.1", "not_started", "in_progress", D(2022, 2, 24)),
        ("A.1.9", "in_progress", "stopped", D(2022, 5, 26))]
    assert [(c.ref, c.before, c.after) for c in found.ratings] == [("A.1.1", None, "amber")]
    assert [u.ref for u in found.first] == ["healthy-babies"]
    assert found.new_actions == ()
    assert [u.ref for u in found.finished] == ["A.1"]


def test_changes_in_the_middle_report(plan: tuple[Progress, Strategy]) -> None:
    progress, _ = plan
    may = Progress(progress.reports[:2], progress.confidence)
    found = h.changes(may)
    assert [(c.ref, c.before, c.after) for c in found.stages] == [
        ("B.1", "in_progress", "complete")]
    assert [(c.ref, c.before, c.after) for c in found.ratings] == [
        ("A.1", "amber", "red"), ("A.1.9", None, "green")]
    assert [u.ref for u in found.first] == ["A.1.9", "A.2"]
    assert [a.ref for a in found.new_actions] == ["A.1.9"]
    assert [u.ref for u in found.finished] == ["B.1"]


def test_overdue_as_of_the_latest_report(plan: tuple[Progress, Strategy]) -> None:
    progress, _ = plan
    # A.1 (due March) is complete and A.1.9 (due April) stopped: neither is overdue.
    assert [(d.update.ref, d.update.due) for d in h.overdue(progress)] == [
        ("A.2", D(2022, 1, 1)), ("A.1.1", D(2022, 7, 31))]
    february = Progress(progress.reports[:1], progress.confidence)
    assert h.overdue(february) == ()  # nothing was due before 24 February


def test_do_items_with_no_update_in_the_latest_report(plan: tuple[Progress, Strategy]) -> None:
    progress, strategy = plan
    assert [(i.ref, i.kind) for i in h.not_updated(progress, strategy, "do")] == [
        ("B.1", "commitment")]
    assert [i.ref for i in h.not_updated(progress, strategy, "watch")] == ["C.1"]
    may = Progress(progress.reports[:2], progress.confidence)
    assert [i.ref for i in h.not_updated(may, strategy, "do")] == ["healthy-babies", "A.1.1"]


def test_rollup_counts_no_update_as_its_own_figure(plan: tuple[Progress, Strategy]) -> None:
    progress, strategy = plan
    commitments = h.rollup(progress, strategy)
    assert commitments.all.total == 4
    assert commitments.all.by_stage == (
        ("not_started", 0), ("in_progress", 0), ("complete", 1), ("paused", 0),
        ("stopped", 0), ("no_update", 3))
    assert [(s, t.total, t.count("complete"), t.count(h.NO_UPDATE))
            for s, t in commitments.by_section] == [
        ("healthy-babies", 2, 1, 1), ("ready-for-school", 1, 0, 1), ("mental-health", 1, 0, 1)]
    actions = h.rollup(progress, strategy, "action")
    assert [i.ref for i in h.plan_items(progress, strategy, "action")] == [
        "A.1.1", "A.1.2", "A.1.9", "B.1.1", "C.1.1"]
    assert (actions.all.total, actions.all.count("in_progress"), actions.all.count("stopped"),
            actions.all.count(h.NO_UPDATE)) == (5, 1, 1, 3)
    assert dict(actions.by_section)["healthy-babies"].total == 3
    sections = h.rollup(progress, strategy, "section")
    assert (sections.all.total, sections.all.count("in_progress"),
            sections.all.count(h.NO_UPDATE)) == (3, 1, 2)
