"""Small spreadsheets as a spreadsheet user sees them: a header row, then numbered rows.

Public API:

    read_sheet(path, name, problems, sheet=None) -> Sheet | None
    Sheet (.name, .columns, .rows: ((row number, {column: text}), ...))
    encodings(head) -> [encoding, ...]    ENCODING_NAMES    SEPARATORS    separator(line)

For files people keep by hand and save from Excel (a board's tracker, say): CSV in UTF-8
with or without BOM, UTF-16 or Windows-1252, separated by commas, semicolons or tabs (the
same rules as survey exports, which share `encodings` and `separator`); or a workbook
(.xlsx through openpyxl, the old .xls through calamine), any sheet by name. The header is
row 1; a cell with nothing but spaces is absent; rows with nothing in them are left out but
the others keep their spreadsheet numbers. Survey exports, which can hold a million rows and
several header rows, have their own reader (consultation/responses.py).
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path

from .problems import Problems

ENCODING_NAMES = {"utf-8": "UTF-8", "utf-16": "UTF-16", "cp1252": "Windows-1252"}
SEPARATORS = (",", ";", "\t")
WORKBOOKS = {".xlsx": "openpyxl", ".xlsm": "openpyxl", ".xls": "calamine"}

Row = tuple[int, dict[str, str]]


def encodings(head: bytes) -> list[str]:
    """Encodings to try, in order: a BOM decides; otherwise UTF-8, then Windows-1252."""
    if head.startswith(codecs.BOM_UTF8):
        return ["utf-8"]  # readers skip the BOM themselves (pyarrow), or are told to
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ["utf-16"]
    return ["utf-8", "cp1252"]


def separator(first_line: str) -> str:
    """The separator the header row uses most: comma, semicolon or tab."""
    return max(SEPARATORS, key=first_line.count)


@dataclass(frozen=True)
class Sheet:
    """The header's column names (trimmed) and each row that has something in it."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]


def read_sheet(path: Path, name: str, problems: Problems, sheet: str | None = None
               ) -> Sheet | None:
    """A CSV file or one sheet of a workbook (the first, unless `sheet` names one); None
    when it cannot be read (the problems say why)."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".txt", *WORKBOOKS):
        problems.add(name, f"cannot read '{path.suffix}' files",
                     expected="a .csv or .xlsx file")
        return None
    if not path.is_file():
        problems.add(name, "the file is missing",
                     hint="check the file name and that the file is in the data folder")
        return None
    try:
        if suffix in WORKBOOKS:
            records = _workbook(path, name, WORKBOOKS[suffix], sheet, problems)
        else:
            records = _csv(path.read_bytes(), name, problems)
    except OSError as err:
        problems.add(name, f"cannot read the file: {err.strerror or err}")
        return None
    return _sheet(name, records, problems) if records is not None else None


def _csv(data: bytes, name: str, problems: Problems) -> list[list[str]] | None:
    tried = encodings(data[:4])
    for encoding in tried:
        try:
            text = data.decode("utf-8-sig" if encoding == "utf-8" else encoding)
        except UnicodeDecodeError:
            continue
        first = text.split("\n", 1)[0]
        try:
            return list(csv.reader(io.StringIO(text, newline=""), delimiter=separator(first)))
        except csv.Error as err:
            problems.add(name, f"the file cannot be read as CSV: {err}")
            return None
    problems.add(name, "cannot read the file: it is not "
                 + " or ".join(ENCODING_NAMES[e] for e in tried) + " text",
                 hint="save it again from Excel as 'CSV UTF-8'")
    return None


def _workbook(path: Path, name: str, engine: str, sheet: str | None,
              problems: Problems) -> list[list[str]] | None:
    import pandas as pd  # only for workbooks

    try:
        with pd.ExcelFile(path, engine=engine) as book:
            names = [str(n) for n in book.sheet_names]
            if sheet is not None and sheet not in names:
                problems.add(name, f"the workbook has no sheet called '{sheet}'",
                             expected="one of its sheets: " + ", ".join(names))
                return None
            raw = pd.read_excel(book, sheet if sheet is not None else 0, header=None,
                                dtype=str, keep_default_na=False, na_values=[""])
    except OSError:
        raise
    except Exception as err:  # openpyxl and calamine raise many kinds of error on a broken file
        problems.add(name, f"cannot read the file as an Excel workbook: {err}",
                     hint="open it in Excel and save it as 'Excel Workbook (.xlsx)', "
                          "or save the sheet as CSV")
        return None
    return [["" if pd.isna(v) else str(v) for v in row]
            for row in raw.itertuples(index=False)]


def _sheet(name: str, records: list[list[str]], problems: Problems) -> Sheet | None:
    if not records or not any(cell.strip() for cell in records[0]):
        problems.add(name, "the first row is empty", row=1,
                     expected="the column names in the first row")
        return None
    columns = tuple(cell.strip() for cell in records[0])
    rows = []
    for number, cells in enumerate(records[1:], start=2):
        values = {column: cells[i].strip() for i, column in enumerate(columns)
                  if column and i < len(cells) and cells[i].strip()}
        if values:
            rows.append((number, values))
    return Sheet(name, columns, tuple(rows))
