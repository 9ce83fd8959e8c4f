"""CSV files the site publishes, safe to open in a spreadsheet.

Public API:

    neutralise_formula(text: str) -> str
    to_csv(columns: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str

Text that starts like a formula (= + - @ tab, carriage return) is run by Excel when the file
is opened ("CSV injection"); a leading apostrophe makes it plain text. Numbers are written
as they are, so a negative number stays a number.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

Cell = str | int | float | None

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(text: str) -> str:
    """`=HYPERLINK(...)` -> `'=HYPERLINK(...)`; other text unchanged."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _cell(value: Cell) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise_formula(value)
    return value


def to_csv(columns: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    """A UTF-8 CSV text with Unix line ends (the same input gives the same bytes)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([_cell(c) for c in columns])
    writer.writerows([_cell(v) for v in row] for row in rows)
    return out.getvalue()
