"""A report kept in the board's tracker spreadsheet (CSV or XLSX), mapped by column names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from tests.progress.helpers import loaded, progress, report

MAPPING = """
  columns:
    ref: Ref
    stage: Status
    confidence: RAG
    update: Progress this period
    next_steps: Next steps
    due: Due date
  stages:
    "Not started": not_started
    "On track": in_progress
    "Done": complete
  ratings:
    G: green
    A: amber
    R: red
"""

HEADER = ["Ref", "Area of work", "Status", "RAG", "Progress this period", "Next steps",
          "Due date"]
ROWS = [
    ["A.1", "Breastfeeding", "On track", "A", "Peer supporters trained.", "", "30/09/2022"],
    ["", "A note row with no ref", "", "", "Skipped.", "", ""],
    ["A1.2", "Baby cafes", "Done", "", "Three cafes open.", "", ""],
    ["B.1", "Library cards", "In progress", "Red", "No cards printed yet.", "Order them.",
     "2022-04-01"],
    ["", "", "", "", "", "", ""],
    ["mental-health", "Theme", "not started", "", "", "", ""],
]


def _tracker_report(content: Path, file: str, sheet: str | None = None) -> Path:
    head = ("date: 2022-05-26\ntitle: Report to the board, 26 May 2022\n"
            f"tracker:\n  file: {file}\n")
    return report(content, "may.yaml",
                  head + (f"  sheet: {sheet}\n" if sheet else "") + MAPPING.lstrip("\n"))


def _check_rows(content: Path, tracker: Path, due_a1: dt.date) -> None:
    found = loaded(content)
    updates = found.latest.updates
    assert [(u.ref, u.stage, u.confidence, u.row) for u in updates] == [
        ("A.1", "in_progress", "amber", 2),
        ("A.1.2", "complete", None, 4),
        ("B.1", "in_progress", "red", 5),
        ("mental-health", "not_started", None, 7)]
    assert [u.due for u in updates] == [due_a1, None, dt.date(2022, 4, 1), None]
    assert updates[2].next_steps == "Order them." and updates[0].next_steps is None
    assert updates[3].text == ""
    assert all(u.source == tracker and u.line is None for u in updates)
    assert found.latest.sources == (content / "progress" / "reports" / "may.yaml", tracker)


@pytest.mark.parametrize(("encoding", "separator"), [("utf-8-sig", ","), ("cp1252", ";"),
                                                     ("utf-16", "\t")])
def test_a_csv_tracker_in_any_common_encoding(minimal_content: Path, encoding: str,
                                              separator: str) -> None:
    tracker = minimal_content.parent / "data" / "progress" / "tracker.csv"
    tracker.parent.mkdir(parents=True, exist_ok=True)
    lines = [separator.join(f'"{c}"' if separator in c else c for c in row)
             for row in [HEADER, *ROWS]]
    text = "\r\n".join(lines).replace("Three cafes", "Three caf\u00e9s")
    tracker.write_bytes(text.encode(encoding))
    _tracker_report(minimal_content, "progress/tracker.csv")
    _check_rows(minimal_content, tracker, dt.date(2022, 9, 30))
    assert loaded(minimal_content).latest.updates[1].text == "Three caf\u00e9s open."


def test_an_xlsx_tracker_with_a_named_sheet_and_date_cells(minimal_content: Path) -> None:
    tracker = minimal_content.parent / "data" / "progress" / "tracker-2022-05.xlsx"
    tracker.parent.mkdir(parents=True, exist_ok=True)
    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Cover"
    cover.append(["This sheet is not the tracker"])
    sheet = book.create_sheet("Updates")
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append([None if cell == "" else cell for cell in row])
    sheet["G2"] = dt.datetime(2022, 9, 30)  # a date cell, as Excel keeps it
    book.save(tracker)
    _tracker_report(minimal_content, "progress/tracker-2022-05.xlsx", sheet="Updates")
    _check_rows(minimal_content, tracker, dt.date(2022, 9, 30))


def test_a_missing_sheet_lists_the_workbooks_sheets(minimal_content: Path) -> None:
    tracker = minimal_content.parent / "data" / "tracker.xlsx"
    tracker.parent.mkdir(parents=True, exist_ok=True)
    book = openpyxl.Workbook()
    book.active.title = "Sheet1"
    book.save(tracker)
    _tracker_report(minimal_content, "tracker.xlsx", sheet="Updates")
    assert progress(minimal_content)[1] == [
        "data/tracker.xlsx: the workbook has no sheet called 'Updates' "
        "(expected one of its sheets: Sheet1)"]


def test_yaml_updates_may_sit_beside_a_tracker_but_not_for_the_same_ref(
        minimal_content: Path) -> None:
    tracker = minimal_content.parent / "data" / "tracker.csv"
    tracker.parent.mkdir(parents=True, exist_ok=True)
    tracker.write_text("Ref,Status\nA.1,On track\n")
    report(minimal_content, "may.yaml", """
        date: 2022-05-26
        title: Report
        updates:
          - ref: A.2
            stage: complete
            metrics:
              - {measure: Families supported, target: "100", actual: "104"}
          - ref: A.1
            stage: complete
        tracker:
          file: tracker.csv
          columns: {ref: Ref, stage: Status}
          stages: {On track: in_progress}
        """)
    assert progress(minimal_content)[1] == [
        "data/tracker.csv, row 2: there are two updates for A.1 in this report (the other is "
        "at line 8 of content/progress/reports/may.yaml)\n"
        "    hint: give each item one update a report"]
