"""Read a survey tool's export (CSV or .xlsx) into a typed, checked table of responses.

Public API:

    read_export(path, name, problems) -> Responses | None
    check_export(responses, survey, problems) -> Responses | None
    load_responses(path, name, survey, problems) -> Responses | None
    Responses                    (an Arrow table, every column as text, rows numbered as in the
                                  spreadsheet; .counts(column), .blank_rows(column),
                                  .texts(column), .frame (pandas, on demand))

Rows are numbered as a spreadsheet user sees them: the header is row 1, the first answer
row 2. Every problem names the file, the row(s), the column and the value; bad input never
raises. CSV files may be UTF-8 (with or without BOM), UTF-16 with BOM or Windows-1252 (Excel's
"CSV" on Windows); the separator may be a comma, semicolon or tab.
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
from .arrowops import all_distinct, mask, strings, true, value_counts
from .survey import Survey, normalise_label

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Responses", "check_export", "load_responses", "read_export"]

HEAD_BYTES = 1 << 20  # enough of the file to read the header row
BLOCK_BYTES = 1 << 20  # pyarrow parses in blocks; a cell larger than one needs a retry
ROWS_LISTED = 10  # rows named in one message before "and N more"
SEPARATORS = (",", ";", "\t")
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
    # Spreadsheet row of each table row where rows were left out; None: rows 2, 3, 4, ...
    numbered: np.ndarray | None = None
    _counts: dict[str, dict[str, int]] = field(default_factory=dict, repr=False)

    @property
    def n(self) -> int:
        return self.table.num_rows

    @cached_property
    def row_numbers(self) -> np.ndarray:
        """The spreadsheet row of each table row (the header is row 1); made when a problem
        or a quote needs it, which a clean export of a million rows never does."""
        return np.arange(2, self.n + 2) if self.numbered is None else self.numbered

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
        return Responses(self.name, self.table.rename_columns(columns), self.numbered)

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

def read_export(path: Path, name: str, problems: Problems) -> Responses | None:
    """Read a .csv or .xlsx export; None when it cannot be read (the problems say why)."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".txt", ".xlsx", ".xlsm"):
        problems.add(name, f"cannot read '{path.suffix}' files",
                     expected="a .csv or .xlsx export")
        return None
    try:
        if suffix in (".xlsx", ".xlsm"):
            return _read_xlsx(path, name, problems)
        return _read_csv(path, name, problems)
    except OSError as err:
        problems.add(name, f"cannot read the file: {err.strerror or err}")
        return None


ENCODING_NAMES = {"utf-8": "UTF-8", "utf-16": "UTF-16", "cp1252": "Windows-1252"}


def _encodings(head: bytes) -> list[str]:
    """Encodings to try, in order: a BOM decides; otherwise UTF-8, then Windows-1252."""
    if head.startswith(codecs.BOM_UTF8):
        return ["utf-8"]  # pyarrow skips the BOM itself; naming "utf-8-sig" would be slower
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ["utf-16"]
    return ["utf-8", "cp1252"]


def _header(head: bytes, encoding: str) -> tuple[list[str], str] | None:
    """The header row and the separator, or None if this encoding cannot read the start."""
    try:
        text = codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except UnicodeDecodeError:
        return None
    first_line = text.split("\n", 1)[0]
    separator = max(SEPARATORS, key=first_line.count)
    # newline="" semantics: a lone carriage return is a line end, not a broken field
    lines = io.StringIO(text, newline="")
    try:
        record = next(csv.reader(lines, delimiter=separator), [])
    except csv.Error:
        record = first_line.replace("\r", "").split(separator)
    return [cell.strip().lstrip("\ufeff") for cell in record], separator


def _read_csv(path: Path, name: str, problems: Problems) -> Responses | None:
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    if not head.strip():
        problems.add(name, "the file is empty", expected="a header row and answer rows")
        return None
    encodings = _encodings(head)
    for encoding in encodings:
        found = _header(head, encoding)
        if found is None:
            continue
        header, separator = found
        if not _header_is_sound(name, header, problems):
            return None
        result = _parse_csv(path, name, header, separator, encoding, problems)
        if result is not _WRONG_ENCODING:
            return result
    tried = " or ".join(ENCODING_NAMES[e] for e in encodings)
    problems.add(name, f"cannot read the file: it is not {tried} text",
                 hint="save it again from the survey tool or Excel as 'CSV UTF-8'")
    return None


def _header_is_sound(name: str, header: list[str], problems: Problems) -> bool:
    """A header row with names, none twice; what is wrong goes to `problems`."""
    if not any(header):
        problems.add(name, "the first row is empty", row=1,
                     expected="the column names in the first row")
        return False
    seen: dict[str, int] = {}
    sound = True
    for number, column in enumerate(header, start=1):
        key = normalise_label(column)
        if key and key in seen:
            problems.add(name, f"the column '{column}' appears twice in the header (columns "
                         f"{_letters(seen[key])} and {_letters(number)})", row=1)
            sound = False
        seen.setdefault(key, number)
    return sound


def _letters(number: int) -> str:
    """Spreadsheet column letters: 1 -> A, 28 -> AB."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


BadRow = tuple[int | None, int, int]  # (spreadsheet row, values expected, values found)


def _arrow_read(path: Path, names: list[str], separator: str, encoding: str, block: int,
                newlines: bool, bad_rows: list[BadRow] | None = None) -> pa.Table:
    """Every column as text, blank cells missing. With `bad_rows`, rows with the wrong
    number of values are collected there (in one thread, so they are numbered)."""

    def on_bad_row(row: pacsv.InvalidRow) -> str:
        assert bad_rows is not None
        bad_rows.append((row.number, row.expected_columns, row.actual_columns))
        return "skip"

    collect = bad_rows is not None
    return pacsv.read_csv(
        path,
        read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, encoding=encoding,
                                       block_size=block, use_threads=not collect),
        parse_options=pacsv.ParseOptions(delimiter=separator, newlines_in_values=newlines,
                                         invalid_row_handler=on_bad_row if collect else None),
        convert_options=pacsv.ConvertOptions(
            column_types={n: pa.string() for n in names}, null_values=[""],
            strings_can_be_null=True, quoted_strings_can_be_null=True))


# What _parse_csv returns when the file is not in the encoding it tried.
_WRONG_ENCODING = object()


def _parse_csv(path: Path, name: str, header: list[str], separator: str, encoding: str,
               problems: Problems) -> Responses | None | object:
    """Parse with pyarrow, multi-threaded; _WRONG_ENCODING means "not in this encoding".

    The fast first try assumes no line breaks inside cells; pyarrow notices when one falls
    on a block edge ("out of sync") or makes a row look short, and the slower, careful read
    follows. A cell bigger than a block gets a block as big as the file.
    """
    names = [column or f"(column {_letters(i)})" for i, column in enumerate(header, start=1)]
    block, newlines, size = BLOCK_BYTES, False, path.stat().st_size + 1
    while True:
        try:
            table = _arrow_read(path, names, separator, encoding, block, newlines)
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
                return _bad_rows(path, name, names, separator, encoding, size, problems)
            else:
                problems.add(name, f"the file cannot be read as CSV: {_first_line(message)}")
                return None
    return _finish(name, table, None, problems)


def _bad_rows(path: Path, name: str, names: list[str], separator: str, encoding: str,
              size: int, problems: Problems) -> None | object:
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
        _arrow_read(path, names, separator, encoding, size, True, bad_rows)
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


def _read_xlsx(path: Path, name: str, problems: Problems) -> Responses | None:
    import pandas as pd  # openpyxl through pandas: only for workbooks

    try:
        raw = pd.read_excel(path, sheet_name=0, header=None, dtype=str, engine="openpyxl",
                            keep_default_na=False, na_values=[""])
    except OSError:
        raise  # read_export reports the file as unreadable
    except Exception as err:  # openpyxl raises many kinds of error on a broken file
        problems.add(name, f"cannot read the file as an Excel workbook: {err}",
                     hint="save it again from Excel as .xlsx or export it as CSV")
        return None
    if raw.empty:
        problems.add(name, "the file is empty", expected="a header row and answer rows")
        return None
    header = ["" if pd.isna(v) else str(v).strip() for v in raw.iloc[0]]
    if not _header_is_sound(name, header, problems):
        return None
    frame = raw.iloc[1:].copy()
    frame.columns = [c or f"(column {_letters(i)})" for i, c in enumerate(header, start=1)]
    frame = frame.astype("str").where(frame.notna())  # numbers typed in cells become text
    table = pa.Table.from_pandas(frame, preserve_index=False).cast(
        pa.schema([(c, pa.string()) for c in frame.columns]))
    return _finish(name, table, None, problems)


def _finish(name: str, table: pa.Table, row_numbers: np.ndarray | None,
            problems: Problems) -> Responses | None:
    """Rows with nothing in any cell left out (Excel leaves rows with only commas or
    formatting); the others keep their spreadsheet numbers."""
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
            if row_numbers is None:
                row_numbers = np.arange(2, table.num_rows + 2)
            table, row_numbers = table.filter(filled), row_numbers[true(filled)]
    if table.num_rows == 0:
        problems.add(name, "the file has a header row but no answers",
                     expected="one row per response under the header")
        return None
    return Responses(name, table, row_numbers)


# Checking against the survey ---------------------------------------------------------------

def check_export(responses: Responses, survey: Survey,
                 problems: Problems) -> Responses | None:
    """Columns named as in the survey (case and spaces aside), respondent ids present and
    unique. Returns the responses with their columns spelled as the survey spells them."""
    aligned = _align_columns(responses, survey.columns(), problems)
    if aligned is None:
        return None
    # Counting the answers now, beside the id check, keeps a million rows fast.
    [found] = aligned.count_all(survey.counted_columns(),
                                lambda: _id_problems(aligned, survey.respondent_id))
    problems.extend(found)
    return None if found else aligned


def load_responses(path: Path, name: str, survey: Survey,
                   problems: Problems) -> Responses | None:
    """read_export, then check_export."""
    responses = read_export(path, name, problems)
    return None if responses is None else check_export(responses, survey, problems)


def _align_columns(responses: Responses, wanted: list[str],
                   problems: Problems) -> Responses | None:
    found = {normalise_label(c): c for c in responses.table.column_names}
    missing = [c for c in wanted if normalise_label(c) not in found]
    if missing:
        have = ", ".join(f"'{c}'" for c in responses.table.column_names)
        problems.extend(Problem(responses.name, f"the column '{c}' is missing", row=1,
                                expected="a column with that name in the header row",
                                hint=f"the columns found are {have}") for c in missing)
        return None
    renames = {found[normalise_label(c)]: c for c in wanted}
    return responses.renamed(renames)


def _id_problems(responses: Responses, column: str) -> Problems:
    """Blank and repeated respondent ids. Runs in a thread beside the counting, so it
    collects into its own Problems, which the caller adds to the build's."""
    problems = Problems()
    column_ids = responses.table.column(column)
    if column_ids.null_count:
        blank_rows = responses.row_numbers[true(column_ids.is_null())]
        problems.append(responses.problem(f"column '{column}': the respondent id is blank",
                                          blank_rows.tolist()))
    if all_distinct(column_ids):
        return problems  # the usual case; listing repeats needs pandas
    ids = responses.frame[column]
    blank = ids.isna().to_numpy(dtype=bool)
    repeated = ids[ids.duplicated(keep=False).to_numpy(dtype=bool) & ~blank]
    groups = list(repeated.groupby(repeated, sort=True).groups.items())
    for value, rows in groups[:ROWS_LISTED]:
        problems.append(responses.problem(
            f"column '{column}': the respondent id '{value}' is used more than once",
            list(rows), hint="each response needs its own id; remove the repeated rows"))
    if len(groups) > ROWS_LISTED:
        problems.append(Problem(responses.name, f"column '{column}': {len(groups) - ROWS_LISTED}"
                                " more respondent ids are used more than once"))
    return problems
