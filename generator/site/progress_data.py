"""Progress as open data: open-data/progress.csv, one row per update in every report, and
each commitment's and action's latest position for delivery-plan.json.

The CSV's columns are defined once (a `csvtables.CsvTable`), so its header, its CSV on the
Web metadata and the open-data page's data dictionary agree; what each column holds is said
in the theme's _progress_words.md (`progress_csv`, `csv_columns`).

Public API:

    COLUMNS                                   the CSV's column names, in order
    progress_table(words) -> CsvTable
    progress_rows(progress, strategy, site_url) -> [[cell, ...]]   oldest report first, in the
                                              plan's order within a report
    progress_csv(progress, strategy, words, site_url) -> [Asset]    the CSV and its metadata
    latest(progress) -> {ref: {"report_date", "stage", "confidence"}}   each ref's latest
                                              update, for delivery-plan.json
"""

from __future__ import annotations

from typing import Any

from ..content.strategy import Strategy
from ..core import urls
from ..core.csvfile import Cell
from ..progress.history import current_states
from ..progress.model import Progress
from . import csvtables
from .bundle import Asset
from .progress import ProgressWords, about

COLUMNS = ("report_date", "report_title", "report_paper", "ref", "kind", "section_id",
           "title", "stage", "confidence", "update", "next_steps", "due_date", "url")


def progress_table(words: ProgressWords) -> csvtables.CsvTable:
    described = words.label("csv_columns")
    table = words.label("progress_csv")
    return csvtables.CsvTable(
        urls.PROGRESS_CSV, table["title"], table["description"],
        tuple(csvtables.Column(name, "date" if name in ("report_date", "due_date")
                               else "string", described[name]) for name in COLUMNS))


def progress_rows(progress: Progress, strategy: Strategy,
                  site_url: str = "") -> list[list[Cell]]:
    """Every update of every report; `url` is absolute when the site has a site_url (as in
    delivery-plan.json: from the site's root otherwise)."""
    site_url = site_url.rstrip("/")
    order = {s.id: i for i, (_, s) in enumerate(strategy.all_sections())}
    rows: list[list[Cell]] = []
    for report in progress.reports:
        for u in sorted(report.updates, key=lambda u: order[u.section]):
            it = about(strategy, progress, u.ref, u.kind, report.id)
            rows.append([report.id, report.title, report.paper or "", u.ref, u.kind,
                         u.section, it.text, u.stage, u.confidence or "", u.text,
                         u.next_steps or "", u.due.isoformat() if u.due else "",
                         site_url + urls.url(it.src) + "#" + it.anchor])
    return rows


def progress_csv(progress: Progress, strategy: Strategy, words: ProgressWords,
                 site_url: str = "") -> list[Asset]:
    return csvtables.csv_files(progress_table(words),
                               progress_rows(progress, strategy, site_url))


def latest(progress: Progress) -> dict[str, dict[str, Any]]:
    """Each ref's latest position in the reports: {ref: {"report_date", "stage",
    "confidence"}} (a ref no report mentions is not there)."""
    return {ref: {"report_date": d.report.id, "stage": d.update.stage,
                  "confidence": d.update.confidence}
            for ref, d in current_states(progress).items()}
