"""A report's updates kept in the board's tracker spreadsheet, one row per update, mapped by
column names in the report's YAML (as survey.yaml maps a survey export).

Public API:

    tracker_entries(tracker, parsed, data_dir, content_dir, problems) -> ([Entry], path)

CSV (any common encoding) or a workbook, through core/sheets.py. Empty cells are absent
values; rows with an empty ref are skipped; metric lines are YAML only. Rows keep their
spreadsheet numbers for messages.
"""

from __future__ import annotations

from pathlib import Path

from ..core.problems import Problems, shown_name
from ..core.sheets import Sheet, read_sheet
from ..core.yamlfile import Parsed
from .files import TrackerColumns, TrackerEntry
from .updates import Entry

FIELDS = tuple(TrackerColumns.model_fields)


def tracker_entries(tracker: TrackerEntry, parsed: Parsed, data_dir: Path, content_dir: Path,
                    problems: Problems) -> tuple[list[Entry], Path]:
    """The tracker's rows as entries (none when it cannot be read), and its path."""
    path = data_dir / tracker.file
    name = shown_name(content_dir, path)
    if not path.is_file():
        problems.append(parsed.problem(
            f"the tracker file '{tracker.file}' is missing", ["tracker", "file"],
            hint=f"the file should be at {name} (tracker files are in the data folder)"))
        return [], path
    sheet = read_sheet(path, name, problems, tracker.sheet)
    if sheet is None or not _has_columns(sheet, tracker.columns, parsed, problems):
        return [], path
    return [_entry(sheet, path, number, cells, tracker.columns)
            for number, cells in sheet.rows if cells.get(tracker.columns.ref)], path


def _has_columns(sheet: Sheet, columns: TrackerColumns, parsed: Parsed,
                 problems: Problems) -> bool:
    """Every column the YAML names is in the file; each one missing is a problem."""
    ok = True
    for field in FIELDS:
        header = getattr(columns, field)
        if header is not None and header not in sheet.columns:
            ok = False
            problems.append(parsed.problem(
                f"the tracker {sheet.name} has no column '{header}' (for {field})",
                ["tracker", "columns", field],
                expected="one of its columns: " + ", ".join(c for c in sheet.columns if c)))
    return ok


def _entry(sheet: Sheet, path: Path, row: int, cells: dict[str, str],
           columns: TrackerColumns) -> Entry:
    def cell(field: str) -> str | None:
        header = getattr(columns, field)
        return cells.get(header) if header is not None else None

    return Entry(ref=cell("ref") or "", stage=cell("stage"), confidence=cell("confidence"),
                 text=cell("update"), next_steps=cell("next_steps"), due=cell("due"),
                 metrics=(), source=path, name=sheet.name, row=row, tracker=True)
