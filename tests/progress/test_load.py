"""Progress reports written in YAML, read into the typed models."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

from plainsight_strategy.core.cache import Cache
from plainsight_strategy.pipeline import Project, read
from plainsight_strategy.progress.model import STAGES, Metric, Progress
from tests.progress.helpers import loaded, progress, report, write

FEBRUARY = """
date: 2022-02-24
title: Report to the Health and Wellbeing Board, 24 February 2022
paper: https://example.org/paper.pdf
new_actions:
  - ref: A.1.9
    under: A.1
    title: Develop support for early years professionals and parents.
updates:
  - ref: A.1
    stage: in_progress
    confidence: amber
    update: |
      What has been done.
    next_steps: |
      What happens next.
    due: 2022-09-30
    metrics:
      - measure: Children accessing their free early education entitlement
        target: "75%"
        actual: 68%
        rating: amber
        commentary: Text.
      - measure: Breastfeeding at 6-8 weeks
        target: 50
        forecast: 48.5
  - ref: a1.1
    stage: In progress
    confidence: Green
    update: Started.
  - ref: healthy-babies
    stage: not_started
  - ref: A.1.9
    stage: complete
    update: Done.
"""

MAY = """
date: "2022-05-26"
title: Report to the Health and Wellbeing Board, 26 May 2022
updates:
  - ref: A.1.9
    stage: complete
  - ref: C.1
    stage: paused
    update: Waiting for funding.
"""


def test_no_progress_folder_means_no_progress(minimal_content: Path) -> None:
    assert progress(minimal_content) == (None, [])


def test_a_folder_with_no_report_means_no_progress(minimal_content: Path) -> None:
    write(minimal_content, "content/progress/settings.yaml",
          "confidence:\n  - {id: on-track, name: On track, definition: Fine.}\n")
    assert progress(minimal_content) == (None, [])


def test_a_yaml_report_is_read_with_every_field(minimal_content: Path) -> None:
    path = report(minimal_content, "2022-02.yaml", FEBRUARY)
    found = loaded(minimal_content)
    assert len(found.reports) == 1
    one = found.latest
    assert (one.date, one.id, one.paper) == (dt.date(2022, 2, 24), "2022-02-24",
                                             "https://example.org/paper.pdf")
    assert one.title == "Report to the Health and Wellbeing Board, 24 February 2022"
    assert one.source == path and one.sources == (path,)
    assert [(u.ref, u.kind, u.section, u.stage, u.confidence) for u in one.updates] == [
        ("A.1", "commitment", "healthy-babies", "in_progress", "amber"),
        ("A.1.1", "action", "healthy-babies", "in_progress", "green"),
        ("healthy-babies", "section", "healthy-babies", "not_started", None),
        ("A.1.9", "new_action", "healthy-babies", "complete", None)]
    first = one.updates[0]
    assert (first.text, first.next_steps, first.due) == (
        "What has been done.", "What happens next.", dt.date(2022, 9, 30))
    assert (first.source, first.line, first.row) == (path, 9, None)
    assert first.metrics == (
        Metric("Children accessing their free early education entitlement", "75%", "68%",
               None, "amber", "Text."),
        Metric("Breastfeeding at 6-8 weeks", "50", None, "48.5"))
    assert one.updates[2].text == "" and one.updates[2].next_steps is None
    [new] = one.new_actions
    assert (new.ref, new.under, new.section, new.line) == ("A.1.9", "A.1", "healthy-babies", 5)


def test_reports_are_sorted_by_date_and_later_ones_may_update_new_actions(
        minimal_content: Path) -> None:
    report(minimal_content, "a-may.yaml", MAY)
    report(minimal_content, "b-feb.yaml", FEBRUARY)
    found = loaded(minimal_content)
    assert [r.id for r in found.reports] == ["2022-02-24", "2022-05-26"]
    assert found.previous is not None and found.previous.id == "2022-02-24"
    assert found.latest.update_for("A.1.9").kind == "new_action"  # type: ignore[union-attr]
    assert [a.ref for a in found.new_actions] == ["A.1.9"]
    assert found.report("2022-05-26") is found.latest


def test_default_confidence_is_rag_and_red_needs_text(minimal_content: Path) -> None:
    report(minimal_content, "feb.yaml", FEBRUARY)
    found = loaded(minimal_content)
    assert [(c.id, c.name, c.needs_text) for c in found.confidence] == [
        ("green", "Green", False), ("amber", "Amber", False), ("red", "Red", True)]
    assert found.confidence_level("amber").definition.startswith("Some risk")  # type: ignore[union-attr]
    assert found.stages == STAGES


def test_settings_give_the_confidence_words_and_are_a_source(minimal_content: Path) -> None:
    settings = write(minimal_content, "content/progress/settings.yaml", """
        confidence:
          - {id: high, name: High, definition: We are confident.}
          - {id: low, name: Low, definition: We are worried., needs_text: false}
          - {id: very-low, name: Very low, definition: We need help.}
        """)
    path = report(minimal_content, "feb.yaml", """
        date: 2022-02-24
        title: Report
        updates:
          - {ref: A.2, stage: in_progress, confidence: Low}
          - {ref: B.1, stage: in_progress, confidence: high}
        """)
    found = loaded(minimal_content)
    assert [(c.id, c.needs_text) for c in found.confidence] == [
        ("high", False), ("low", False), ("very-low", True)]
    assert [u.confidence for u in found.latest.updates] == ["low", "high"]
    assert found.sources == (settings, path)


def test_the_models_pickle(minimal_content: Path) -> None:
    report(minimal_content, "feb.yaml", FEBRUARY)
    found = loaded(minimal_content)
    assert pickle.loads(pickle.dumps(found)) == found


def test_the_pipeline_reads_progress_after_the_strategy(minimal_content: Path) -> None:
    def inputs_progress() -> Progress | None:
        root = minimal_content.parent
        project = Project(root / "content", root / "data",
                          Path(__file__).resolve().parents[2] / "theme")
        return read(project, Cache(None)).progress

    assert inputs_progress() is None
    report(minimal_content, "feb.yaml", FEBRUARY)
    found = inputs_progress()
    assert found is not None and found.latest.id == "2022-02-24"
