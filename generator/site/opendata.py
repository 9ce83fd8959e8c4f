"""Machine-readable downloads for partners, and the list the open-data page shows.

Public API:

    delivery_plan(strategy, site_url) -> dict;  delivery_plan_json(strategy, site_url) -> Asset
    downloads(has_consultation, chart_ids_titles) -> [(source path, what it holds)]
    Column, CsvTable       one definition of a CSV's columns: name, datatype, meaning
    csv_files(table, rows) -> [Asset]   the CSV (header from the definition) and, next to it,
                                        its CSV on the Web metadata (columns described)
    dictionary(assets) -> [dict]        the data dictionary the open-data page shows, read
                                        back from those metadata files (one source for both)

A CSV's header and its documentation come from the same CsvTable, so they cannot drift.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..content.strategy import Strategy
from ..core import refs
from ..core import urls as paths
from ..core.csvfile import Cell, to_csv
from .bundle import Asset

CSVW_CONTEXT = "http://www.w3.org/ns/csvw"


@dataclass(frozen=True)
class Column:
    """One CSV column: its header, its CSV on the Web datatype (string, integer, decimal,
    boolean) and what it holds, in words a reuser understands."""

    title: str
    datatype: str
    description: str

    @property
    def name(self) -> str:
        """A name CSV on the Web accepts (letters, digits, underscores)."""
        return re.sub(r"[^A-Za-z0-9]+", "_", self.title).strip("_").lower() or "column"


@dataclass(frozen=True)
class CsvTable:
    src: str                       # where the CSV is published, e.g. open-data/x.csv
    title: str
    description: str
    columns: tuple[Column, ...]

    @property
    def header(self) -> tuple[str, ...]:
        return tuple(c.title for c in self.columns)


def csv_files(table: CsvTable, rows: Iterable[Sequence[Cell]]) -> list[Asset]:
    """The CSV and its metadata file (CSV on the Web, W3C 2015) describing every column."""
    names: list[str] = []
    columns = []
    for column in table.columns:
        name = column.name
        while name in names:
            name += "_"
        names.append(name)
        columns.append({"name": name, "titles": column.title, "datatype": column.datatype,
                        "dc:description": column.description})
    metadata = {"@context": CSVW_CONTEXT, "url": table.src.rsplit("/", 1)[-1],
                "dc:title": table.title, "dc:description": table.description,
                "tableSchema": {"columns": columns}}
    text = json.dumps(metadata, ensure_ascii=False, indent=2) + "\n"
    return [Asset(table.src, to_csv(table.header, rows).encode("utf-8")),
            Asset(paths.csv_metadata(table.src), text.encode("utf-8"))]


def dictionary(assets: Iterable[Asset]) -> list[dict[str, Any]]:
    """Every published CSV with a metadata file: its path, title, description, metadata path
    and columns (title, datatype, description), in the order the files were made."""
    found = []
    for asset in assets:
        if not asset.src.endswith(".csv-metadata.json"):
            continue
        metadata = json.loads(asset.content)
        src = asset.src.removesuffix("-metadata.json")
        found.append({"src": src, "metadata": asset.src, "title": metadata["dc:title"],
                      "description": metadata["dc:description"],
                      "columns": [(c["titles"], c["datatype"], c["dc:description"])
                                  for c in metadata["tableSchema"]["columns"]]})
    return found


def _address(site_url: str, src: str) -> str:
    return site_url + paths.url(src)


def delivery_plan(strategy: Strategy, site_url: str = "") -> dict[str, Any]:
    """Every commitment and action with its ref, text, URL and sub-priority."""
    commitments = []
    for placed in strategy.commitments():
        page = paths.commitment(placed.ref)
        commitments.append({
            "ref": placed.ref,
            "title": placed.text,
            "url": _address(site_url, page),
            "sub_priority": {
                "id": placed.section.id,
                "letter": placed.section.letter,
                "title": placed.section.title,
                "url": _address(site_url, paths.section(placed.group, placed.section)),
            },
            "stage": {"id": placed.group.id, "title": placed.group.title},
            "actions": [{"ref": a.ref, "title": a.text,
                         "url": _address(site_url, page) + "#" + refs.slug(a.ref)}
                        for a in placed.actions],
            "notes": list(placed.notes),
            "previous_refs": list(placed.previous_refs),
        })
    return {"strategy": strategy.document.title, "commitments": commitments}


def delivery_plan_json(strategy: Strategy, site_url: str = "") -> Asset:
    text = json.dumps(delivery_plan(strategy, site_url), ensure_ascii=False, indent=2)
    return Asset(paths.DELIVERY_PLAN_JSON, (text + "\n").encode("utf-8"))


def downloads(consultation: bool, charts: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Every download the open-data page lists: (source path, what it holds), in the order
    shown. `charts` are (chart id, title) of the consultation's charts."""
    found = [(paths.DELIVERY_PLAN_JSON, "The delivery plan: every commitment and action with "
              "its ref, text, web address and sub-priority")]
    if consultation:
        found += [
            (paths.AGREEMENT_CSV, "Agreement with each question: base, agreeing, disagreeing, "
             "neither, don't know and not answered"),
            (paths.ANSWERS_CSV, "Every answer to each scale question: one row per question and "
             "option, each question under its own scale"),
            (paths.CONSULTATION_JSON, "All the consultation totals published on this site")]
        found += [(paths.chart_csv(chart_id), f"Consultation: {title}")
                  for chart_id, title in charts]
    return found
