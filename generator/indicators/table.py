"""Reading a CSV of figures as a spreadsheet user sees it: the header is row 1.

Public API:

    read_rows(path, name, problems) -> (header, [(row number, {column: text})]) | None
    missing_columns(header, required, name, problems) -> bool   (True: all there)
    number(text, column, name, row, problems) -> (float | None, ok)
    whole(text, column, name, row, problems) -> (int | None, ok)
    period_order(text) -> tuple[int, ...] | None
    slug(text) -> str

Files are UTF-8 (with or without the BOM Excel writes) or Windows-1252.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path

from ..core.problems import Problems

Rows = list[tuple[int, dict[str, str]]]


def read_rows(path: Path, name: str, problems: Problems) -> tuple[list[str], Rows] | None:
    try:
        data = path.read_bytes()
    except OSError as err:
        problems.add(name, f"cannot read the file: {err.strerror}")
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if not text.strip():
        problems.add(name, "the file is empty", expected="a header row and rows of figures")
        return None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [cell.strip() for cell in next(reader)]
    rows: Rows = []
    for number, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(header):
            problems.add(name, f"the row has {len(cells)} cells but the header has "
                         f"{len(header)} columns", row=number,
                         hint="a value with a comma in it needs quotes around it")
            continue
        rows.append((number, {column: (cells[i].strip() if i < len(cells) else "")
                              for i, column in enumerate(header)}))
    return header, rows


def missing_columns(header: Sequence[str], required: Sequence[str], name: str,
                    problems: Problems) -> bool:
    missing = [c for c in required if c not in header]
    if missing:
        problems.add(name, "missing column" + ("s" if len(missing) > 1 else "") + ": " +
                     ", ".join(missing), row=1, expected="a header row with " +
                     ", ".join(required))
    return not missing


_NUMBER = re.compile(r"^[-+]?(\d+|\d{1,3}(,\d{3})+)?(\.\d+)?$")


def number(text: str, column: str, name: str, row: int,
           problems: Problems) -> tuple[float | None, bool]:
    """A plain number ("1162.1", "1,162.1", "-3"); empty is None. Anything else is a problem."""
    if not text:
        return None, True
    if not _NUMBER.match(text) or text in ("+", "-", "."):
        problems.add(name, f"'{column}' is not a number: '{text}'", row=row,
                     expected="a number such as 3.9, with no % sign or words")
        return None, False
    return float(text.replace(",", "")), True


def whole(text: str, column: str, name: str, row: int,
          problems: Problems) -> tuple[int | None, bool]:
    if not text:
        return None, True
    if not text.isdigit():
        problems.add(name, f"'{column}' is not a whole number: '{text}'", row=row,
                     expected="a whole number such as 6")
        return None, False
    return int(text), True


_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    start=1)}
_YEAR4 = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SPLIT = re.compile(r"(?<!\d)(\d\d)/(\d\d)(?!\d)")             # 19/20
_MONTH_YEAR = re.compile(r"(?i)\b([a-z]{3})[a-z]*[- ](\d\d)(?!\d)")  # Jan-22, Nov 20
_QUARTER = re.compile(r"(?i)\b(?:Q(\d)|week (\d+))")


def period_order(text: str) -> tuple[int, ...] | None:
    """A key that sorts periods in time by the last year they mention ("2018 - 20" is 2020,
    "2019/20" and "19/20" 2020, "Jan-22" January 2022); None when no year can be read."""
    if not text.strip():
        return None
    years = [int(y) for y in _YEAR4.findall(text)]
    tail = re.search(r"(?<!\d)(?:19|20)\d\d\s*[-/]\s*(\d\d)(?!\d)", text)
    if tail:
        years.append(2000 + int(tail.group(1)))
    years += [2000 + int(b) for _, b in _SPLIT.findall(text)]
    month = 0
    for word, yy in _MONTH_YEAR.findall(text):
        if word.lower() in _MONTHS:
            years.append(2000 + int(yy))
            month = _MONTHS[word.lower()]
    if not years:
        return None
    part = _QUARTER.search(text)
    step = int(part.group(1) or part.group(2)) if part else 0
    return (max(years), month, step)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
