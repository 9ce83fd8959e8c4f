"""Read a survey tool's export (CSV or .xlsx) into a typed, checked table of responses.

Public API:

    read_export(path, name, problems, header_rows=None) -> Responses | None
    Responses                    (an Arrow table, every column as text, rows numbered as in the
                                  spreadsheet; .counts(column), .blank_rows(column),
                                  .texts(column), .frame (pandas, on demand))

Checking an export against survey.yaml is checking.py's.

Rows are numbered as a spreadsheet user sees them: the header is row 1 (rows 1-3 where the
tool writes several header rows, see header.py), the first answer the next. Every problem
names the file, the row(s), the column and the value; bad input never raises. CSV files may
be UTF-8 (with or without BOM), UTF-16 with BOM or Windows-1252 (Excel's "CSV" on Windows);
the separator may be a comma, semicolon or tab. Workbooks: .xlsx, and the old .xls through
calamine.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from ..core.problems import Problem, Problems
from ..core.sheets import ENCODING_NAMES, WORKBOOKS
from ..core.sheets import encodings as sheet_encodings
from ..core.sheets import separator as sheet_separator
from .arrowops import mask, strings, true, value_counts
from .header import Header, make_header, recognise

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Responses", "read_export"]

HEAD_BYTES = 1 << 20  # enough of the file to read the header row
BLOCK_BYTES = 1 << 20  # pyarrow parses in blocks; a cell larger than one needs a retry
ROWS_LISTED = 10  # rows named in one message before "and N more"
T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class Responses:
    """An export: every column as text (blank cells are missing), each row numbered as the
    spreadsheet numbers it. Held as an Arrow table: counting answers, the only thing a
    scale question needs, runs in Arrow's C++ without making Python or pandas objects, so
    analysing a million rows costs less than pandas takes to read them. `frame`, a pandas
    copy indexed by spreadsheet row, is made only when something asks for it (free text,
    quotes, comments, problem reports). pandas itself is imported only then."""

    name: str
    table: pa.Table
    # Spreadsheet row of each table row where rows were left out; None: rows in order from
    # the row after the header rows
    numbered: np.ndarray | None = None
    # The header rows and what each column was called there; a table made without one (in
    # tests, say) gets one header row of its column names, so every Responses has one.
    header: Header = None  # type: ignore[assignment]
    _counts: dict[str, dict[str, int]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.header is None:
            object.__setattr__(self, "header",
                               make_header([self.table.column_names], 1, None))

    @property
    def n(self) -> int:
        return self.table.num_rows

    @cached_property
    def row_numbers(self) -> np.ndarray:
        """The spreadsheet row of each table row (the header is row 1, or rows 1-3); made when
        a problem or a quote needs it, which a clean export of a million rows never does."""
        if self.numbered is not None:
            return self.numbered
        first = self.header.rows + 1
        return np.arange(first, self.n + first)

    @cached_property
    def frame(self) -> pd.DataFrame:
        """Every column as text, missing where blank, indexed by spreadsheet row."""
        import pandas as pd  # only for problem reports and tests: the analysis needs none

        frame = self.table.to_pandas()
        frame.index = pd.Index(self.row_numbers)
        return frame

    def counts(self, column: str) -> dict[str, int]:
        """{raw value: rows} for each distinct value in a column (blanks left out), in order
        of first appearance, computed once: the analysis mostly needs only these, which
        keeps a million rows fast."""
        if column not in self._counts:
            self._counts[column] = value_counts(self.table.column(column))
        return self._counts[column]

    def count_all(self, columns: Sequence[str], *also: Callable[[], T]) -> list[T]:
        """Compute counts() for many columns at once, in threads (Arrow releases the GIL),
        with other work run alongside; returns the results of that other work."""
        todo = [c for c in dict.fromkeys(columns) if c not in self._counts]
        workers = max(1, min(4, os.cpu_count() or 1))
        with ThreadPoolExecutor(workers) as pool:
            extra = [pool.submit(task) for task in also]
            counted = pool.map(lambda c: value_counts(self.table.column(c)), todo)
            self._counts.update(zip(todo, counted, strict=True))
            return [future.result() for future in extra]

    def has(self, column: str, values: Iterable[str]) -> np.ndarray:
        """A boolean per row: does the column hold one of these raw values?"""
        wanted = strings(list(values))
        return true(pc.is_in(self.table.column(column), value_set=wanted))

    def rows_with(self, column: str, values: Iterable[str]) -> list[int]:
        return self.row_numbers[self.has(column, values)].tolist()

    def blank_rows(self, column: str) -> list[int]:
        """Rows with nothing but spaces, or nothing at all, in the column, in order."""
        spaces = [v for v in self.counts(column) if not v.split()]
        blank = true(self.table.column(column).is_null()) | self.has(column, spaces)
        return self.row_numbers[blank].tolist()

    def texts(self, column: str, rows: np.ndarray) -> list[tuple[int, str | None]]:
        """(spreadsheet row, cell or None) for the rows a boolean mask picks."""
        picked = self.table.column(column).filter(mask(rows))
        return list(zip(self.row_numbers[rows].tolist(), picked.to_pylist(), strict=True))

    def renamed(self, names: dict[str, str]) -> Responses:
        columns = [names.get(c, c) for c in self.table.column_names]
        return Responses(self.name, self.table.rename_columns(columns), self.numbered,
                         self.header)

    def problem(self, message: str, rows: Sequence[int] = (), **extra: str) -> Problem:
        """A problem in this file; the first row is the Problem's row, all are in the text."""
        if len(rows) > 1:
            message += f" ({_rows_text(rows)})"
        return Problem(self.name, message, row=rows[0] if rows else None, **extra)


def _rows_text(rows: Sequence[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:ROWS_LISTED])
    more = len(rows) - ROWS_LISTED
    word = "row" if len(rows) == 1 else "rows"
    return f"{word} {shown}" + (f" and {more} more" if more > 0 else "")


# Reading ----------------------------------------------------------------------------------

HEADER_RECORDS = 4  # records looked at to recognise the header rows


def read_export(path: Path, name: str, problems: Problems,
                header_rows: int | None = None) -> Responses | None:
    """Read a .csv, .xlsx or old .xls export with one to three header rows (`header_rows`,
    recognised when None); None when it cannot be read (the problems say why)."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".txt", *WORKBOOKS):
        problems.add(name, f"cannot read '{path.suffix}' files",
                     expected="a .csv, .xlsx or .xls export")
        return None
    try:
        if suffix in WORKBOOKS:
            return _read_workbook(path, name, WORKBOOKS[suffix], header_rows, problems)
        return _read_csv(path, name, header_rows, problems)
    except OSError as err:
        problems.add(name, f"cannot read the file: {err.strerror or err}")
        return None


@dataclass(frozen=True)
class _Start:
    """The first records of a CSV file: enough to recognise and name its header rows."""

    records: list[list[str]]
    separator: str
    lines: list[int]  # the physical line each record ends on (a cell may hold line breaks)


def _start(head: bytes, encoding: str) -> _Start | None:
    """The first records and the separator, or None if this encoding cannot read them."""
    try:
        text = codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except UnicodeDecodeError:
        return None
    first_line = text.split("\n", 1)[0]
    separator = sheet_separator(first_line)
    # newline="" semantics: a lone carriage return is a line end, not a broken field
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    records: list[list[str]] = []
    lines: list[int] = []
    try:
        for record in reader:
            records.append(record)
            lines.append(reader.line_num)
            if len(records) == HEADER_RECORDS:
                break
    except csv.Error:  # quotes that never close: pyarrow will say where
        pass
    if not records:
        records, lines = [first_line.replace("\r", "").split(separator)], [1]
    return _Start(records, separator, lines)


def _read_csv(path: Path, name: str, declared: int | None,
              problems: Problems) -> Responses | None:
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    if not head.strip():
        problems.add(name, "the file is empty", expected="a header row and answer rows")
        return None
    encodings = sheet_encodings(head)
    for encoding in encodings:
        start = _start(head, encoding)
        if start is None:
            continue
        header = _header(name, start.records, declared, problems)
        if header is None:
            return None
        skip = start.lines[header.rows - 1] if header.rows <= len(start.lines) else header.rows
        result = _parse_csv(path, name, header, start.separator, encoding, skip, problems)
        if result is not _WRONG_ENCODING:
            return result
    tried = " or ".join(ENCODING_NAMES[e] for e in encodings)
    problems.add(name, f"cannot read the file: it is not {tried} text",
                 hint="save it again from the survey tool or Excel as 'CSV UTF-8'")
    return None


ORDINALS = {2: "second", 3: "third"}


def _header(name: str, records: list[list[str]], declared: int | None,
            problems: Problems) -> Header | None:
    """The header rows as declared (or recognised); a header row that was not declared is
    a problem saying which row and what to set."""
    if not records or not any(str(c).strip() for c in records[0]):
        problems.add(name, "the first row is empty", row=1,
                     expected="the column names in the first row")
        return None
    found, layout = recognise(records)
    if declared is not None and declared < found:
        extra = list(range(declared + 1, found + 1))
        like = f"{layout} exports have" if layout else "exports with grid questions have"
        if len(extra) == 1:
            what = f"row {extra[0]} looks like a {ORDINALS[extra[0]]} header row"
        else:
            what = f"rows {' and '.join(map(str, extra))} look like header rows"
        problems.add(name, f"{what}, as {like}: set header_rows: {found}", row=extra[0],
                     hint="header_rows goes at the top level of survey.yaml; leave it out "
                          "and the header rows are recognised")
        return None
    rows = found if declared is None else declared
    return make_header(records, rows, layout if rows == found else None)


BadRow = tuple[int | None, int, int]  # (spreadsheet row, values expected, values found)


def _arrow_read(path: Path, names: list[str], separator: str, encoding: str, skip: int,
                block: int, newlines: bool, bad_rows: list[BadRow] | None = None) -> pa.Table:
    """Every column as text, blank cells missing, after `skip` physical lines of header.
    With `bad_rows`, rows with the wrong number of values are collected there (in one
    thread, so they are numbered)."""

    def on_bad_row(row: pacsv.InvalidRow) -> str:
        assert bad_rows is not None
        bad_rows.append((row.number, row.expected_columns, row.actual_columns))
        return "skip"

    collect = bad_rows is not None
    return pacsv.read_csv(
        path,
        read_options=pacsv.ReadOptions(column_names=names, skip_rows=skip, encoding=encoding,
                                       block_size=block, use_threads=not collect),
        parse_options=pacsv.ParseOptions(delimiter=separator, newlines_in_values=newlines,
                                         invalid_row_handler=on_bad_row if collect else None),
        convert_options=pacsv.ConvertOptions(
            column_types={n: pa.string() for n in names}, null_values=[""],
            strings_can_be_null=True, quoted_strings_can_be_null=True))


# What _parse_csv returns when the file is not in the encoding it tried.
_WRONG_ENCODING = object()


def _parse_csv(path: Path, name: str, header: Header, separator: str, encoding: str,
               skip: int, problems: Problems) -> Responses | None | object:
    """Parse with pyarrow, multi-threaded; _WRONG_ENCODING means "not in this encoding".

    The fast first try assumes no line breaks inside cells; pyarrow notices when one falls
    on a block edge ("out of sync") or makes a row look short, and the slower, careful read
    follows. A cell bigger than a block gets a block as big as the file.
    """
    names = header.names()
    block, newlines, size = BLOCK_BYTES, False, path.stat().st_size + 1
    while True:
        try:
            table = _arrow_read(path, names, separator, encoding, skip, block, newlines)
            break
        except (pa.ArrowException, UnicodeError) as err:
            message = str(err)
            if isinstance(err, UnicodeError) or "UTF8" in message or "decode" in message:
                return _WRONG_ENCODING
            if not newlines and ("out of sync" in message or "straddling" in message
                                 or "columns, got" in message):
                newlines = True  # a line break inside a quoted comment can look like a row end
            elif "straddling" in message and block < size:
                block = size
            elif "columns, got" in message:
                return _bad_rows(path, name, names, separator, encoding, skip, size, problems)
            else:
                problems.add(name, f"the file cannot be read as CSV: {_first_line(message)}")
                return None
    return _finish(name, table, header, problems)


def _bad_rows(path: Path, name: str, names: list[str], separator: str, encoding: str,
              skip: int, size: int, problems: Problems) -> None | object:
    """Rows with too many or too few values, found in a careful second read."""
    try:
        # pyarrow shows a bad row's text as UTF-8; check the encoding before it does.
        with path.open(encoding=encoding) as text:
            while text.read(HEAD_BYTES):
                pass
    except UnicodeDecodeError:
        return _WRONG_ENCODING
    bad_rows: list[BadRow] = []
    try:
        _arrow_read(path, names, separator, encoding, skip, size, True, bad_rows)
    except pa.ArrowException as err:  # e.g. a header whose quotes never close
        problems.add(name, f"the file cannot be read as CSV: {_first_line(str(err))}")
        return None
    rows = sorted({number for number, _, _ in bad_rows if number is not None})
    expected = bad_rows[0][1] if bad_rows else len(names)
    problems.add(name, f"some rows do not have {expected} values like the header "
                 f"({_rows_text(rows)})", row=rows[0] if rows else None,
                 hint="a comment with a comma or line break must be in double quotes")
    return None


def _first_line(message: str) -> str:
    return message.strip().splitlines()[0] if message.strip() else "unknown error"


def _read_workbook(path: Path, name: str, engine: str, declared: int | None,
                   problems: Problems) -> Responses | None:
    """The first sheet of a workbook: openpyxl for .xlsx, calamine for the old .xls format."""
    import pandas as pd  # only for workbooks

    try:
        raw = pd.read_excel(path, sheet_name=0, header=None, dtype=str, engine=engine,
                            keep_default_na=False, na_values=[""])
    except OSError:
        raise  # read_export reports the file as unreadable
    except Exception as err:  # openpyxl and calamine raise many kinds of error on a broken file
        problems.add(name, _workbook_error(engine, err), hint=(
            "open it in Excel and save it as 'Excel Workbook (.xlsx)', or export it as CSV"))
        return None
    if raw.empty:
        problems.add(name, "the file is empty", expected="a header row and answer rows")
        return None
    records = [["" if pd.isna(v) else str(v) for v in row]
               for row in raw.iloc[:HEADER_RECORDS].itertuples(index=False)]
    header = _header(name, records, declared, problems)
    if header is None:
        return None
    frame = raw.iloc[header.rows:].copy()
    frame.columns = header.names()
    frame = frame.astype("str").where(frame.notna())  # numbers typed in cells become text
    table = pa.Table.from_pandas(frame, preserve_index=False).cast(
        pa.schema([(c, pa.string()) for c in frame.columns]))
    return _finish(name, table, header, problems)


def _workbook_error(engine: str, err: Exception) -> str:
    if engine == "calamine":
        return f"cannot read the file as an old Excel (.xls) workbook: {err}"
    return f"cannot read the file as an Excel workbook: {err}"


def _finish(name: str, table: pa.Table, header: Header, problems: Problems) -> Responses | None:
    """Rows with nothing in any cell left out (Excel leaves rows with only commas or
    formatting, Qualtrics empty records at the end); the others keep their spreadsheet
    numbers."""
    row_numbers = None
    filled = None
    for column in table.columns:
        if column.null_count:
            valid = column.is_valid()
            filled = valid if filled is None else pc.or_(filled, valid)
        else:
            filled = None  # a column with no blank cell: no row is empty
            break
    else:
        if filled is not None and not pc.all(filled).as_py():
            first = header.rows + 1
            row_numbers = np.arange(first, table.num_rows + first)[true(filled)]
            table = table.filter(filled)
    if table.num_rows == 0:
        problems.add(name, "the file has a header row but no answers",
                     expected="one row per response under the header")
        return None
    return Responses(name, table, row_numbers, header)
