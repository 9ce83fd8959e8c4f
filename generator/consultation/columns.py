"""List an export's columns under the names survey.yaml uses (`plainsight survey columns`).

Public API:

    list_columns(responses, shown_name) -> str     the listing, one block a column
    TOP = 5                                         most frequent answers shown

For each column: its spreadsheet letter, its name, how many left it blank, how many
different answers it holds and the most frequent ones with their counts (long answers
shortened). Personal-data columns are listed, but their values are never shown. The counts
are Arrow's value counts (`Responses.count_all`, in threads), never a loop over the rows.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from itertools import islice
from typing import TYPE_CHECKING

from . import roles
from .draftyaml import scalar

if TYPE_CHECKING:
    from .responses import Responses

__all__ = ["TOP", "list_columns"]

TOP = 5
SHOWN_CHARS = 60


def list_columns(responses: Responses, shown_name: str) -> str:
    header = responses.header
    names = [c.name for c in header.columns]
    counts = roles.answer_counts(responses, header.columns)
    personal = set(roles.personal_columns(header.columns, counts))
    tool = roles.guess_tool(header.columns, header.layout)
    lines = [f"{shown_name}: {responses.n:,} rows, {len(names)} columns, {header.rows} header "
             f"row{'s' if header.rows != 1 else ''}"
             + (f"; it looks like a {tool} export" if tool != "unknown" else ""),
             "Each column under the name survey.yaml uses for it (its letter first):", ""]
    for column in header.columns:
        lines.append(f"{column.letter:>3}  {scalar(column.name)}")
        if column.name in personal:
            lines.append("     personal data: values not shown")
        else:
            lines += _answers(counts[column.name], responses.n)
    return "\n".join(lines) + "\n"


def _answers(values: Mapping[str, int], rows: int) -> list[str]:
    answered = len(values) if isinstance(values, roles.Unique) else sum(values.values())
    lines = [f"     {rows - answered:,} blank, {len(values):,} different "
             f"answer{'s' if len(values) != 1 else ''}"]
    width = len(f"{max(n for _, n in _top(values)) if values else 0:,}")
    lines += [f"     {n:>{width},}  {_shortened(value)}" for value, n in _top(values)]
    return lines


def _top(values: Mapping[str, int]) -> list[tuple[str, int]]:
    """The most frequent answers, ties in alphabetical order. In a column of ids or
    comments every answer is given once: then the first in the file are shown, without
    sorting a million of them."""
    if not values:
        return []
    if isinstance(values, roles.Unique) or max(values.values()) == 1:
        return list(islice(values.items(), TOP))
    cut = heapq.nlargest(TOP, values.values())[-1]
    tied = sorted(((v, n) for v, n in values.items() if n >= cut), key=lambda p: (-p[1], p[0]))
    return tied[:TOP]


def _shortened(value: str) -> str:
    text = " ".join(value.split())
    if len(text) > SHOWN_CHARS:
        text = text[: SHOWN_CHARS - 1].rstrip() + "\u2026"
    return scalar(text) if text else scalar(value)
