"""One definition of each published CSV's columns, for the file and for its documentation.

Public API:

    Column(title, datatype, description), CsvTable(src, title, description, columns)
    csv_files(table, rows) -> [Asset]   the CSV (header from the definition) and, next to it,
                                        its CSV on the Web metadata (columns described)
    metadata_file(table) -> Asset       that metadata alone (for a CSV written elsewhere)
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

from ..core import urls
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
    """The CSV and its metadata file describing every column."""
    return [Asset(table.src, to_csv(table.header, rows).encode("utf-8")), metadata_file(table)]


def metadata_file(table: CsvTable) -> Asset:
    """The CSV on the Web metadata (W3C 2015) next to a CSV: its title and every column."""
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
    return Asset(urls.csv_metadata(table.src), text.encode("utf-8"))


def dictionary(assets: Iterable[Asset]) -> list[dict[str, Any]]:
    """Every published CSV with a metadata file: its path, title, description, metadata path
    and columns (title, datatype, description), in the order the files were made."""
    found: list[dict[str, Any]] = []
    for asset in assets:
        if not asset.src.endswith(".csv-metadata.json"):
            continue
        metadata = json.loads(asset.content)
        src = asset.src.removesuffix("-metadata.json")
        columns = [(c["titles"], c["datatype"], c["dc:description"])
                   for c in metadata["tableSchema"]["columns"]]
        # A file with the same columns as one above points there rather than repeating them.
        same = next((t for t in found if t["columns"] == columns and not t["same_as"]), None)
        found.append({"src": src, "metadata": asset.src, "title": metadata["dc:title"],
                      "description": metadata["dc:description"], "columns": columns,
                      "same_as": same["title"] if same else None})
    return found
