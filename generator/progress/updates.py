"""Updates as written (a report's YAML or a row of its tracker) checked into Updates.

Public API:

    Entry               one update as written, with where it was written
    Known               what an update may be about: the plan's sections, commitments and
                        actions (Known.of(strategy)), plus new actions of the reports
    Words               the vocabularies an entry is checked against
    check_entries(entries, known, words, problems) -> [Update]

Each mistake is one problem naming the file and the line (YAML) or row (tracker).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..content.strategy import Strategy
from ..core import refs
from ..core.problems import Problem, Problems
from .files import MetricEntry
from .model import Confidence, Metric, Update
from .values import Vocabulary, parse_date

Loc = Sequence[str | int]


@dataclass(frozen=True)
class Entry:
    """One update before checking. `line_of` finds the line of a field in its YAML file
    (None for a tracker row, which has `row`)."""

    ref: str
    stage: str | None
    confidence: str | None
    text: str | None
    next_steps: str | None
    due: object
    metrics: tuple[MetricEntry, ...]
    source: Path
    name: str  # the file as messages show it
    line_of: Callable[[Loc], int | None] | None = None
    row: int | None = None
    tracker: bool = False  # words may be mapped under the report's stages: / ratings:

    def problem(self, loc: Loc, message: str, **extra: str) -> Problem:
        if self.line_of is not None:
            return Problem(self.name, message, line=self.line_of(loc), **extra)
        return Problem(self.name, message, row=self.row, **extra)

    @property
    def line(self) -> int | None:
        return self.line_of(()) if self.line_of is not None else None


@dataclass
class Known:
    """ref or section id -> (kind, section id) of everything an update may be about."""

    items: dict[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def of(cls, strategy: Strategy) -> Known:
        items = {section_id: ("section", section_id) for section_id in strategy.sections}
        for placed in strategy.commitments():
            items[placed.ref] = ("commitment", placed.section.id)
            items.update({a.ref: ("action", placed.section.id) for a in placed.actions})
        return cls(items)

    def find(self, written: str) -> tuple[str, str, str] | None:
        """(ref as stored, kind, section) of a ref or id as written; None if unknown."""
        for ref in dict.fromkeys([written.strip(), refs.normalise(written)]):
            if ref in self.items:
                return (ref, *self.items[ref])
        return None

    def nearest(self, written: str) -> str | None:
        close = difflib.get_close_matches(refs.normalise(written), list(self.items), n=1,
                                          cutoff=0.75)
        return close[0] if close else None


@dataclass(frozen=True)
class Words:
    """The stage and rating vocabularies (a tracker adds its own words to them)."""

    stages: Vocabulary
    ratings: Vocabulary
    confidence: tuple[Confidence, ...]

    def needs_text(self, rating: str | None) -> Confidence | None:
        return next((c for c in self.confidence if c.id == rating and c.needs_text), None)


def check_entries(entries: Iterable[Entry], known: Known, words: Words,
                  problems: Problems) -> list[Update]:
    """Every entry checked; the ones without problems become Updates."""
    updates: list[Update] = []
    first: dict[str, Entry] = {}
    for entry in entries:
        update = _update(entry, known, words, problems)
        if update is None:
            continue
        if update.ref in first:
            other = first[update.ref]
            where = f"line {other.line}" if other.line is not None else f"row {other.row}"
            problems.append(entry.problem(["ref"], (
                f"there are two updates for {update.ref} in this report (the other is at "
                f"{where}{'' if other.name == entry.name else ' of ' + other.name})"),
                hint="give each item one update a report"))
            continue
        first[update.ref] = entry
        updates.append(update)
    return updates


def _update(entry: Entry, known: Known, words: Words, problems: Problems) -> Update | None:
    before = len(problems)
    found = known.find(entry.ref)
    if found is None:
        _unknown_ref(entry, known, problems)
    stage = _word(entry, ["stage"], entry.stage, words.stages, "stage", "stages", problems)
    rating = (None if entry.confidence is None else _word(
        entry, ["confidence"], entry.confidence, words.ratings, "confidence rating",
        "ratings", problems))
    due = _date(entry, entry.due, problems)
    metrics = tuple(_metric(entry, i, m, words, problems) for i, m in enumerate(entry.metrics))
    text = (entry.text or "").strip()
    worst = words.needs_text(rating)
    if worst is not None and not text:
        problems.append(entry.problem(["update"], (
            f"the update for {entry.ref} is rated {worst.name} but has no update text"),
            expected=f"a few words on what is wrong and what is being done: a {worst.name} "
                     "rating needs them"))
    if len(problems) > before or found is None or stage is None:
        return None
    ref, kind, section = found
    return Update(ref, kind, section, stage, rating, text, _markdown(entry.next_steps), due,
                  metrics, entry.source, entry.line, entry.row)


def _markdown(text: str | None) -> str | None:
    return text.strip() if text and text.strip() else None


def _unknown_ref(entry: Entry, known: Known, problems: Problems) -> None:
    nearest = known.nearest(entry.ref)
    problems.append(entry.problem(["ref"], (
        f"the update is for '{entry.ref}', which is not a section, commitment or action of "
        "the plan, nor a new action of a report"),
        expected="a section id (such as a file name in content/sections/), a commitment "
                 "ref such as A.1 or an action ref such as A.1.1",
        **({"hint": f"did you mean {nearest}?"} if nearest else {})))


def _word(entry: Entry, loc: Loc, word: str | None, vocabulary: Vocabulary, what: str,
          mapping: str, problems: Problems) -> str | None:
    if word is None or not word.strip():
        problems.append(entry.problem(loc, f"the {what} is empty",
                                      expected="one of " + vocabulary.allowed()))
        return None
    found = vocabulary.match(word)
    if found is None:
        problems.append(entry.problem(loc, f"{what} '{word}' is not one of the {mapping}",
                                      expected="one of " + vocabulary.allowed(), **(
            {"hint": f"or say which {what} it means under '{mapping}:' in the report's "
                     "YAML file"} if entry.tracker else {})))
    return found


def _date(entry: Entry, value: object, problems: Problems) -> object:
    if value is None or value == "":
        return None
    found = parse_date(value)
    if found is None:
        problems.append(entry.problem(["due"], f"the due date '{value}' cannot be read as a "
                                      "date", expected="a date written like 2022-09-30"))
    return found


def _metric(entry: Entry, index: int, metric: MetricEntry, words: Words,
            problems: Problems) -> Metric:
    rating = metric.rating
    if rating is not None:
        rating = words.ratings.match(rating) or rating
        if rating not in words.ratings.ids:
            problems.append(entry.problem(
                ["metrics", index, "rating"],
                f"the rating '{metric.rating}' of metric '{metric.measure}' is not one of the "
                "ratings", expected="one of " + words.ratings.allowed()))
    return Metric(metric.measure, metric.target, metric.actual, metric.forecast, rating,
                  _markdown(metric.commentary))
