"""The progress reports as the pages see them: typed, checked, no pandas, picklable.

Public API:

    STAGES          the delivery stages, in order: not_started, in_progress, complete,
                    paused, stopped
    FINISHED        the stages that end the work: complete, stopped
    Confidence      one confidence rating (id, name, definition, needs_text)
    Metric          one metric line of an update
    Update          one update in one report (ref, kind, section, stage, confidence, text,
                    next_steps, due, metrics, source, line, row)
    NewAction       an action a report introduces under a commitment of the plan
    Report          one report (date, title, paper, updates, new_actions, source, sources)
    Progress        every report, oldest first, with the confidence vocabulary
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

STAGES = ("not_started", "in_progress", "complete", "paused", "stopped")
FINISHED = frozenset({"complete", "stopped"})
# What an update is about: a section (sub-priority or theme), a commitment (A.1), an action
# of the plan (A.1.1), or an action a report introduced
KINDS = ("section", "commitment", "action", "new_action")


@dataclass(frozen=True)
class Confidence:
    """One rating of the confidence vocabulary (RAG unless settings.yaml says otherwise);
    `needs_text`: an update with this rating must say why (by default the last, worst)."""

    id: str
    name: str
    definition: str
    needs_text: bool = False


@dataclass(frozen=True)
class Metric:
    """A measure reported against its target: actual or forecast, with a rating (an id of
    the confidence vocabulary) and a commentary (Markdown); all but `measure` optional."""

    measure: str
    target: str | None = None
    actual: str | None = None
    forecast: str | None = None
    rating: str | None = None
    commentary: str | None = None


@dataclass(frozen=True)
class Update:
    """The position of one item in one report. `ref` is a section id, a commitment or
    action ref (normalised: A.1, A.1.1) or a new action's ref; `kind` says which (KINDS);
    `section` is the id of the section it belongs to. `text` and `next_steps` are
    Markdown ("" / None when not given); `confidence` an id of the vocabulary or None.
    `source` is the file it was read from (a report's YAML, or its tracker), at `line`
    (YAML) or `row` (spreadsheet)."""

    ref: str
    kind: str
    section: str
    stage: str
    confidence: str | None
    text: str
    next_steps: str | None
    due: dt.date | None
    metrics: tuple[Metric, ...]
    source: Path
    line: int | None = None
    row: int | None = None


@dataclass(frozen=True)
class NewAction:
    """An action a report introduces (not in the delivery plan): its ref, the commitment it
    belongs to (`under`), its section and its title, as the report gave them."""

    ref: str
    under: str
    section: str
    title: str
    source: Path
    line: int | None = None


@dataclass(frozen=True)
class Report:
    """One progress report, such as a report to the board on a date. `sources` are the
    files it was read from: its YAML and, if it has one, its tracker spreadsheet."""

    date: dt.date
    title: str
    paper: str | None
    updates: tuple[Update, ...]
    new_actions: tuple[NewAction, ...]
    source: Path
    sources: tuple[Path, ...]

    @property
    def id(self) -> str:
        """The report's stable id, its ISO date (2022-02-24): /progress/<id>/."""
        return self.date.isoformat()

    def update_for(self, ref: str) -> Update | None:
        return next((u for u in self.updates if u.ref == ref), None)

    @property
    def refs(self) -> frozenset[str]:
        return frozenset(u.ref for u in self.updates)


@dataclass(frozen=True)
class Progress:
    """Every report, oldest first (no two on one date); the confidence vocabulary in its
    order (best first, worst last); the stage ids; `sources`, every file read, for "Last
    updated" (settings.yaml when there is one, each report's files)."""

    reports: tuple[Report, ...]
    confidence: tuple[Confidence, ...]
    stages: tuple[str, ...] = STAGES
    sources: tuple[Path, ...] = ()
    # the package's ratings (no settings.yaml): the site names them in its words
    packaged_ratings: bool = False

    @property
    def latest(self) -> Report:
        return self.reports[-1]

    @property
    def previous(self) -> Report | None:
        return self.reports[-2] if len(self.reports) > 1 else None

    def report(self, report_id: str) -> Report | None:
        """The report of a date written as its id (2022-02-24)."""
        return next((r for r in self.reports if r.id == report_id), None)

    def confidence_level(self, confidence_id: str | None) -> Confidence | None:
        return next((c for c in self.confidence if c.id == confidence_id), None)

    @property
    def new_actions(self) -> tuple[NewAction, ...]:
        """Every action the reports introduced, oldest report first."""
        return tuple(a for r in self.reports for a in r.new_actions)
