"""Answers in an export's columns counted against the labels the survey configures.

Public API:

    tally_labels(responses, column, labels, what, problems) -> Tally    (one answer a row)
    tally_joined(responses, column, labels, separator, what, problems) -> Tally  ("A;B")
    tally_ticks(responses, columns, unticked) -> Tally                   (a column per option)
    Tally (counts, answered, blank), spellings_of(labels)

An answer that matches no label is a problem naming the column, the value and the rows;
nothing is silently dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..core.problems import Problem, Problems
from .responses import Responses
from .survey import normalise_label


@dataclass(frozen=True)
class Tally:
    """Answers in one column counted against the configured labels (in their order)."""

    counts: tuple[int, ...]
    answered: int  # rows with at least one recognised answer
    blank: int  # rows with nothing in the column: "not answered"


def spellings_of(labels: Sequence[Sequence[str]]) -> dict[str, int]:
    """{normalised spelling: label position} from each label's accepted spellings."""
    return {normalise_label(s): i for i, names in enumerate(labels) for s in names}


def tally_labels(responses: Responses, column: str, labels: Sequence[Sequence[str]],
                 what: str, problems: Problems) -> Tally:
    """Count one answer a row: labels[i] lists the spellings of the i-th label (first is the
    label shown). A value matching none is a Problem naming column, value and rows."""
    spellings = spellings_of(labels)
    counts = np.zeros(len(labels), dtype=np.int64)
    unknown: list[str] = []
    blank = responses.n
    for raw, n in responses.counts(column).items():
        key = normalise_label(str(raw))
        if not key:
            continue  # only spaces: not answered
        blank -= n
        if key in spellings:
            counts[spellings[key]] += n
        else:
            unknown.append(str(raw))
    answered = int(counts.sum())
    problems.extend(_unknown(responses, column, value, [value], labels, what)
                    for value in sorted(unknown))
    return Tally(tuple(int(c) for c in counts), answered, blank)


def tally_joined(responses: Responses, column: str, labels: Sequence[Sequence[str]],
                 separator: str, what: str, problems: Problems) -> Tally:
    """Count answers joined in one cell ("A;B"): each label once a row, several a row."""
    spellings = spellings_of(labels)
    counts = np.zeros(len(labels), dtype=np.int64)
    answered = blank = 0
    unknown: dict[str, list[str]] = {}
    for raw, n in responses.counts(column).items():
        keys = {normalise_label(p): p.strip() for p in str(raw).split(separator)}
        keys.pop("", None)
        if not keys:
            blank += n
            continue
        for key, part in keys.items():
            if key not in spellings:
                unknown.setdefault(part, []).append(str(raw))
        found = sorted({spellings[key] for key in keys if key in spellings})
        counts[found] += n
        answered += n if found else 0
    blank += responses.n - sum(responses.counts(column).values())
    problems.extend(_unknown(responses, column, value, raws, labels, what)
                    for value, raws in sorted(unknown.items()))
    return Tally(tuple(int(c) for c in counts), answered, blank)


def tally_ticks(responses: Responses, columns: Sequence[str], unticked: Sequence[str]) -> Tally:
    """A column per option: a cell counts as ticked unless blank or an 'unticked' value."""
    off = {normalise_label(v) for v in unticked}
    ticked = []
    for column in columns:
        values = responses.counts(column)
        keep = [v for v in values if normalise_label(v) not in off and normalise_label(v)]
        ticked.append(responses.has(column, keep))
    matrix = np.column_stack(ticked)
    answered = int(matrix.any(axis=1).sum())
    return Tally(tuple(int(c) for c in matrix.sum(axis=0)), answered, responses.n - answered)


def _unknown(responses: Responses, column: str, value: str, raws: Sequence[str],
             labels: Sequence[Sequence[str]], what: str) -> Problem:
    allowed = ", ".join(f"'{names[0]}'" for names in labels)
    return responses.problem(f"column '{column}': '{value}' is not one of the {what}",
                             responses.rows_with(column, raws),
                             expected=f"one of {allowed} (or blank if not answered)")
