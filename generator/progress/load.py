"""Load the progress reports from content/progress/, checking them against the plan.

Public API:

    load_progress(content_dir, data_dir, strategy, problems) -> Progress | None

None when there is no content/progress/ folder, or no report in it: a plan with no
published report shows no progress. Every problem of every report is added to `problems`,
each naming the file and the line (or the tracker's row).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..content.strategy import Strategy
from ..core import refs
from ..core.problems import Problems, shown_name
from ..core.yamlfile import Parsed, read_model
from .files import DEFAULT_SETTINGS, ReportFile, SettingsFile
from .model import STAGES, Confidence, NewAction, Progress, Report
from .tracker import tracker_entries
from .updates import Entry, Known, Words, check_entries
from .values import Vocabulary, parse_date

FOLDER = "progress"
SETTINGS = "settings.yaml"
REPORTS = "reports"
STAGE_NAMES = {stage: stage.replace("_", " ") for stage in STAGES}


@dataclass(frozen=True)
class _Read:
    """A report file, parsed and validated, with its date when it could be read."""

    path: Path
    file: ReportFile
    parsed: Parsed
    date: dt.date | None


def load_progress(content_dir: Path, data_dir: Path, strategy: Strategy,
                  problems: Problems) -> Progress | None:
    folder = content_dir / FOLDER
    if not folder.is_dir():
        return None
    before = len(problems)
    confidence, settings = _confidence(content_dir, folder / SETTINGS, problems)
    read = sorted(_read_reports(content_dir, folder / REPORTS, problems),
                  key=lambda r: (r.date or dt.date.max, r.parsed.name))
    _check_dates(read, problems)
    known = Known.of(strategy)
    reports = [_report(one, known, confidence, content_dir, data_dir, problems)
               for one in read]
    if len(problems) > before or not reports:
        return None
    sources = ([settings] if settings else []) + [p for r in reports for p in r.sources]
    return Progress(tuple(reports), confidence, STAGES, tuple(sources),
                    packaged_ratings=settings is None)


def _confidence(content_dir: Path, path: Path,
                problems: Problems) -> tuple[tuple[Confidence, ...], Path | None]:
    """The confidence ratings of settings.yaml, or the packaged Green, Amber and Red."""
    if not path.exists():
        return _read_ratings(DEFAULT_SETTINGS, DEFAULT_SETTINGS.name, problems), None
    # A settings file with problems: they are reported, and the reports are checked
    # against the packaged ratings meanwhile (not against none, which would flag them all).
    return (_read_ratings(path, shown_name(content_dir, path), problems)
            or _read_ratings(DEFAULT_SETTINGS, DEFAULT_SETTINGS.name, problems)), path


def _read_ratings(path: Path, shown: str, problems: Problems) -> tuple[Confidence, ...]:
    settings, parsed = read_model(path, shown, SettingsFile, problems)
    if settings is None or parsed is None:
        return ()
    seen: set[str] = set()
    for index, entry in enumerate(settings.confidence):
        if entry.id in seen:
            problems.append(parsed.problem(f"the rating '{entry.id}' is defined twice",
                                           ["confidence", index, "id"]))
        seen.add(entry.id)
    last = len(settings.confidence) - 1
    return tuple(Confidence(e.id, e.name, e.definition,
                            e.needs_text if e.needs_text is not None else i == last)
                 for i, e in enumerate(settings.confidence))


def _read_reports(content_dir: Path, folder: Path, problems: Problems) -> Iterator[_Read]:
    paths = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]) if folder.is_dir() else []
    for path in paths:
        report, parsed = read_model(path, shown_name(content_dir, path), ReportFile, problems)
        if report is None or parsed is None:
            continue
        date = parse_date(report.date)
        if date is None:
            problems.append(parsed.problem(
                f"the report's date '{report.date}' cannot be read as a date", ["date"],
                expected="a date written like 2022-02-24"))
        if report.paper and not report.paper.startswith(("https://", "http://", "/")):
            problems.append(parsed.problem(
                f"the paper '{report.paper}' is not a web address", ["paper"],
                expected="the address of the published paper, starting https://"))
        yield _Read(path, report, parsed, date)


def _check_dates(read: list[_Read], problems: Problems) -> None:
    """One report a date: the date is its address (/progress/2022-02-24/)."""
    first: dict[dt.date, _Read] = {}
    for one in read:
        if one.date is None:
            continue
        if one.date in first:
            problems.append(one.parsed.problem(
                f"two reports have the date {one.date.isoformat()}: this one and "
                f"{first[one.date].parsed.name}", ["date"],
                hint="put both reports' updates in one file, or correct the date"))
        first.setdefault(one.date, one)


def _report(one: _Read, known: Known, confidence: tuple[Confidence, ...], content_dir: Path,
            data_dir: Path, problems: Problems) -> Report:
    file, parsed = one.file, one.parsed
    new_actions = _new_actions(one, known, problems)
    entries = [_yaml_entry(one, index) for index in range(len(file.updates))]
    sources = [one.path]
    stages, ratings = Vocabulary(STAGES, STAGE_NAMES), _ratings(confidence, {})
    if file.tracker is not None:
        stages = Vocabulary(STAGES, STAGE_NAMES, _mapping(parsed, "stages", file.tracker.stages,
                                                          stages, problems))
        ratings = _ratings(confidence, _mapping(parsed, "ratings", file.tracker.ratings,
                                                ratings, problems))
        rows, tracker_path = tracker_entries(file.tracker, parsed, data_dir, content_dir,
                                             problems)
        entries += rows
        sources.append(tracker_path)
    updates = check_entries(entries, known, Words(stages, ratings, confidence), problems)
    return Report(one.date or dt.date.max, file.title, file.paper, tuple(updates),
                  tuple(new_actions), one.path, tuple(sources))


def _ratings(confidence: tuple[Confidence, ...], mapped: dict[str, str]) -> Vocabulary:
    return Vocabulary([c.id for c in confidence], {c.id: c.name for c in confidence}, mapped)


def _mapping(parsed: Parsed, key: str, mapping: dict[str, str], vocabulary: Vocabulary,
             problems: Problems) -> dict[str, str]:
    """A tracker's words -> our ids; a word mapped to something we do not know is a problem."""
    checked = {}
    for word, target in mapping.items():
        found = vocabulary.match(target)
        if found is None:
            problems.append(parsed.problem(
                f"'{word}' is mapped to '{target}', which is not one of the {key}",
                ["tracker", key, word], expected="one of " + vocabulary.allowed()))
        else:
            checked[word] = found
    return checked


def _yaml_entry(one: _Read, index: int) -> Entry:
    entry = one.file.updates[index]
    lines = one.parsed.lines
    return Entry(ref=entry.ref, stage=entry.stage, confidence=entry.confidence,
                 text=entry.update, next_steps=entry.next_steps, due=entry.due,
                 metrics=tuple(entry.metrics), source=one.path, name=one.parsed.name,
                 line_of=lambda loc: lines.of(["updates", index, *loc]))


def _new_actions(one: _Read, known: Known, problems: Problems) -> list[NewAction]:
    """Actions the report introduces: under a commitment of the plan, with a ref of their own
    (A.1.9 under A.1). Once introduced, later reports may update them too."""
    found = []
    for index, entry in enumerate(one.file.new_actions):
        loc: list[str | int] = ["new_actions", index]
        under, ref = refs.normalise(entry.under), refs.normalise(entry.ref)
        owner = known.find(under)
        if owner is None or owner[1] != "commitment":
            problems.append(one.parsed.problem(
                f"new action {entry.ref} is under '{entry.under}', which is not a commitment "
                "of the plan", [*loc, "under"], expected="a commitment ref such as A.1"))
            continue
        if known.find(ref) is not None:
            problems.append(one.parsed.problem(
                f"new action {ref} already exists (in the plan or an earlier report)",
                [*loc, "ref"], expected=f"a ref under {under} that is not used yet"))
            continue
        if not refs.ACTION.match(ref) or refs.commitment_of(ref) != under:
            problems.append(one.parsed.problem(
                f"new action '{entry.ref}' does not belong to commitment {under}", [*loc, "ref"],
                expected=f"an action ref starting {under}., such as {under}.9"))
            continue
        known.items[ref] = ("new_action", owner[2])
        found.append(NewAction(ref, under, owner[2], entry.title, one.path,
                               one.parsed.lines.of([*loc, "ref"])))
    return found
