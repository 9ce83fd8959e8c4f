"""An export's header rows: how many there are, and the name each column goes by.

Public API:

    Header(rows, layout, columns)       .names(), .column(name)
    ExportColumn(name, letter, question, detail, tag)
    recognise(records) -> (rows, layout)   how many of the first records are header rows
    make_header(records, rows, layout) -> Header
    letters(number) -> str                 spreadsheet column letters: 1 -> A, 28 -> AB
    GENERIC_DETAILS                        second-row words that name no statement or option

Survey tools write one, two or three header rows:

- one (Google Forms, Microsoft Forms, LimeSurvey, Typeform): the name is the cell, trimmed;
- two (SurveyMonkey): row 1 holds the question text over a question's first column only,
  row 2 "Response", "Open-Ended Response", an option or a grid's statement. The name is the
  question text, carried right across the blank cells of row 1, joined to the second row's
  text with " - "; when the second row is blank or one of GENERIC_DETAILS, the question
  text alone;
- three (Qualtrics): row 1 export tags (Q5_1), row 2 the question text already joined to
  the statement with " - ", row 3 {"ImportId": ...}. The name is the row-2 text; the tag is
  kept, and survey.yaml may use either.

A name that two columns share once trimmed becomes "Name (column F)" for each of them, so
every column has a name a person can write and none is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# What SurveyMonkey writes in row 2 over a question with one column: no statement or option.
GENERIC_DETAILS = frozenset({"response", "open-ended response"})
QUALTRICS_ROW3 = '{"importid"'  # how every Qualtrics third-row cell starts (2016: '-quoted)


@dataclass(frozen=True)
class ExportColumn:
    """One column of an export: the name survey.yaml uses, and what its header rows said."""

    name: str
    letter: str  # A, B, ..., AB: where a spreadsheet shows it
    question: str | None = None  # the question text over it (several header rows only)
    detail: str | None = None  # the statement or option from the next row, if any
    tag: str | None = None  # Qualtrics' export tag (Q5_1)


@dataclass(frozen=True)
class Header:
    rows: int  # how many header rows the export has; answers start on row rows + 1
    layout: str | None  # the tool whose layout the header rows have, when recognised
    columns: tuple[ExportColumn, ...]

    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def letters(number: int) -> str:
    """Spreadsheet column letters: 1 -> A, 28 -> AB."""
    text = ""
    while number:
        number, rest = divmod(number - 1, 26)
        text = chr(65 + rest) + text
    return text


def _clean(cell: object) -> str:
    return "" if cell is None else str(cell).strip().lstrip("\ufeff").strip()


def _folded(cell: str) -> str:
    return " ".join(cell.split()).casefold()


def recognise(records: list[list[str]]) -> tuple[int, str | None]:
    """(header rows, layout) from the first few records of an export.

    Qualtrics: a third row of {"ImportId": ...} cells. SurveyMonkey: a second row with
    "Response" or "Open-Ended Response" over single-column questions. Any other export whose
    first row has gaps that the second row fills (a grid's statements under its question)
    has two header rows too; everything else has one.
    """
    third = records[2] if len(records) > 2 else []
    filled = [c for c in map(_clean, third) if c]
    if filled and all(_folded(c).replace("'", '"').startswith(QUALTRICS_ROW3) for c in filled):
        return 3, "Qualtrics"
    if len(records) < 2:
        return 1, None
    first, second = [_clean(c) for c in records[0]], [_clean(c) for c in records[1]]
    if any(_folded(c) in GENERIC_DETAILS for c in second):
        return 2, "SurveyMonkey"
    gaps = _gaps(first)
    if gaps and all(i < len(second) and second[i] for i in gaps) \
            and not any(second[i] for i, c in enumerate(first) if c and i < len(second)
                        and i not in gaps and _is_answer_like(second[i])):
        return 2, None
    return 1, None


def _gaps(first: list[str]) -> list[int]:
    """Blank cells of row 1 that have a name to their left and to their right (trailing
    blanks are only empty columns)."""
    named = [i for i, c in enumerate(first) if c]
    if not named:
        return []
    return [i for i in range(named[0], named[-1]) if not first[i]]


ANSWER_LIKE = re.compile(r"[\d/: -]*\.?[\d/: -]*")  # digits, date and time marks


def _is_answer_like(cell: str) -> bool:
    """A number or a date: what an answer row holds under a metadata column, never a header."""
    return bool(ANSWER_LIKE.fullmatch(cell)) and any(c.isdigit() for c in cell)


def make_header(records: list[list[str]], rows: int, layout: str | None) -> Header:
    """Name every column from the first `rows` records (see the module's docstring)."""
    width = max((len(r) for r in records[:rows]), default=0)
    cells = [[_clean(r[i]) if i < len(r) else "" for i in range(width)] for r in records[:rows]]
    if rows >= 3 and layout == "Qualtrics":
        columns = [_qualtrics(i, cells) for i in range(width)]
    elif rows >= 2:
        columns = _carried(cells)
    else:
        columns = [ExportColumn(cells[0][i] if cells else "", letters(i + 1))
                   for i in range(width)]
    return Header(rows, layout, tuple(_unique(columns)))


def _qualtrics(index: int, cells: list[list[str]]) -> ExportColumn:
    tag, text = cells[0][index], cells[1][index]
    question, _, detail = text.rpartition(" - ")
    return ExportColumn(text or tag, letters(index + 1), question or text or None,
                        detail if question else None, tag or None)


def _carried(cells: list[list[str]]) -> list[ExportColumn]:
    """Row 1 carried right across its blanks; later rows joined to it with " - "."""
    columns, question = [], ""
    for index in range(len(cells[0])):
        question = cells[0][index] or question
        details = [row[index] for row in cells[1:]
                   if row[index] and _folded(row[index]) not in GENERIC_DETAILS]
        detail = " - ".join(details) or None
        parts = [p for p in (question, detail) if p]
        columns.append(ExportColumn(" - ".join(parts), letters(index + 1), question or None,
                                    detail))
    return columns


def _unique(columns: list[ExportColumn]) -> list[ExportColumn]:
    """Names two columns share (once trimmed, which takes non-breaking spaces too) get the
    column letter; a blank name is the letter alone."""
    seen: dict[str, int] = {}
    for column in columns:
        seen[column.name] = seen.get(column.name, 0) + 1
    named = []
    for column in columns:
        if not column.name:
            name = f"(column {column.letter})"
        elif seen[column.name] > 1:
            name = f"{column.name} (column {column.letter})"
        else:
            name = column.name
        named.append(ExportColumn(name, column.letter, column.question, column.detail,
                                  column.tag))
    return named
