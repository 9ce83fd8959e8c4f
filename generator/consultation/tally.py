"""Answers in an export's columns counted against the labels the survey configures.

Public API:

    tally_labels(responses, column, labels, what, problems) -> Tally    (one answer a row)
    tally_joined(responses, column, labels, separator, what, problems) -> Tally  ("A;B")
    split_joined(cell, spellings, separator, most) -> (labels found, parts matching none)
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
                 what: str, problems: Problems, other: int | None = None) -> Tally:
    """Count one answer a row: labels[i] lists the spellings of the i-th label (first is the
    label shown). A value matching none counts as labels[other] when `other` is given, else
    it is a Problem naming column, value and rows."""
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
        elif other is not None:
            counts[other] += n
        else:
            unknown.append(str(raw))
    answered = int(counts.sum())
    problems.extend(_unknown(responses, column, value, [value], labels, what)
                    for value in sorted(unknown))
    return Tally(tuple(int(c) for c in counts), answered, blank)


def tally_joined(responses: Responses, column: str, labels: Sequence[Sequence[str]],
                 separator: str, what: str, problems: Problems,
                 other: int | None = None) -> Tally:
    """Count answers joined in one cell ("A;B"): each label once a row, several a row. The
    cell is split by the known labels, longest first, so a label that contains the separator
    ("Yes, sometimes" joined with ", ") counts once; a trailing separator is ignored. A part
    matching no label counts as labels[other] when `other` is given, else it is a Problem."""
    spellings = {_squeezed(s): i for i, names in enumerate(labels) for s in names}
    core = separator.strip() or separator
    most = max((len(s.split(core)) for names in labels for s in names), default=1)
    counts = np.zeros(len(labels), dtype=np.int64)
    answered = blank = 0
    unknown: dict[str, list[str]] = {}
    for raw, n in responses.counts(column).items():
        found, left = split_joined(str(raw), spellings, separator, most)
        if not found and not left:
            blank += n
            continue
        for part in left:
            if other is None:
                unknown.setdefault(part, []).append(str(raw))
        if left and other is not None:
            found.add(other)
        counts[sorted(found)] += n
        answered += n if found else 0
    blank += responses.n - sum(responses.counts(column).values())
    problems.extend(_unknown(responses, column, value, raws, labels, what)
                    for value, raws in sorted(unknown.items()))
    return Tally(tuple(int(c) for c in counts), answered, blank)


def _squeezed(text: str) -> str:
    """A label with no spaces at all, so that "A,B" and "A, B" are one spelling whichever
    way the parts were joined again."""
    return "".join(normalise_label(text).split())


def split_joined(cell: str, spellings: dict[str, int], separator: str,
                 most: int) -> tuple[set[int], list[str]]:
    """(labels found, parts matching none) in one joined cell. From each part, the longest
    run of parts that, joined again, spells a label is taken; no run of more parts than the
    label with the most (`most`) is tried, so a long comment costs little."""
    core = separator.strip() or separator
    parts = [p.strip() for p in cell.split(core)]
    found: set[int] = set()
    left: list[str] = []
    start = 0
    while start < len(parts):
        if not parts[start]:
            start += 1  # a trailing or doubled separator
            continue
        for end in range(min(len(parts), start + most), start, -1):
            key = _squeezed(core.join(parts[start:end]))
            if key in spellings:
                found.add(spellings[key])
                start = end
                break
        else:
            left.append(parts[start])
            start += 1
    return found, left


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
