"""Reading a file in Plainsight's own indicator columns (see the README, "Performance
indicators"): one row per indicator, breakdown and period.

Public API:

    COLUMNS, REQUIRED
    read_plainsight(path, name, problems) -> [Found] | None
    Found (file, row, id, code, name, section, dashboard, value)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core.problems import Problems
from .model import Value
from .table import missing_columns, number, period_order, read_rows, whole

COLUMNS = ("indicator_id", "code", "indicator", "section", "dashboard", "sex", "age", "period",
           "value", "unit", "polarity", "england_value", "rank", "rank_of", "best", "worst",
           "comparison", "trend", "comment")
REQUIRED = ("indicator_id", "indicator", "section", "period", "value")
POLARITIES = {"high": "High", "low": "Low", "n/a": "N/a", "": ""}


@dataclass(frozen=True)
class Found:
    """One row read from a file, before the rows are grouped into indicators."""

    file: str
    row: int
    id: str
    code: str
    name: str
    section: str
    dashboard: str
    value: Value
    section_in_row: bool = True  # False: the mapping YAML names the section (checked there)


def period_problem(text: str, name: str, row: int, problems: Problems) -> tuple[int, ...] | None:
    order = period_order(text)
    if order is None:
        problems.add(name, f"the period '{text}' cannot be read", row=row,
                     expected="a period with a year, such as 2020/21, 2018 - 20 or Jan-22")
    return order


def read_plainsight(path: Path, name: str, problems: Problems) -> list[Found] | None:
    table = read_rows(path, name, problems)
    if table is None:
        return None
    header, rows = table
    if not missing_columns(header, REQUIRED, name, problems):
        return None
    found: list[Found] = []
    for row, cells in rows:
        item = _row(cells, name, row, problems)
        if item is not None:
            found.append(item)
    return found


def _row(cells: dict[str, str], name: str, row: int, problems: Problems) -> Found | None:
    def get(column: str) -> str:
        return cells.get(column, "")

    ok = True
    for column in ("indicator_id", "indicator", "section"):
        if not get(column):
            problems.add(name, f"'{column}' is empty", row=row, expected="a value in every row")
            ok = False
    numbers = {}
    for column in ("value", "england_value", "best", "worst"):
        numbers[column], good = number(get(column), column, name, row, problems)
        ok = ok and good
    if get("value") == "":
        problems.add(name, "'value' is empty", row=row, expected="the indicator's value")
        ok = False
    ranks = {}
    for column in ("rank", "rank_of"):
        ranks[column], good = whole(get(column), column, name, row, problems)
        ok = ok and good
    polarity = POLARITIES.get(get("polarity").lower())
    if polarity is None:
        problems.add(name, f"'polarity' is '{get('polarity')}'", row=row,
                     expected="High, Low, N/a or empty")
        ok = False
    order = period_problem(get("period"), name, row, problems)
    if not ok or order is None or numbers["value"] is None:
        return None
    value = Value(
        sex=get("sex") or "Persons", age=get("age"), period=get("period"), order=order,
        value=numbers["value"], shown=get("value"), unit=get("unit"), polarity=polarity or "",
        comparator=numbers["england_value"], comparator_shown=get("england_value"),
        rank=ranks["rank"], rank_of=ranks["rank_of"], best=numbers["best"],
        best_shown=get("best"), worst=numbers["worst"], worst_shown=get("worst"),
        comparison=get("comparison"), trend=get("trend"), comment=get("comment"))
    return Found(name, row, get("indicator_id"), get("code"), get("indicator"), get("section"),
                 get("dashboard"), value)
