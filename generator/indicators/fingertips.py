"""Reading a data download from OHID Fingertips (the website's "Export" CSV, or the API's
`/all_data/csv/...`, whose headers are the same words with or without spaces).

Public API: read_fingertips(path, name, entry, (yaml name, line), problems) -> [Found] | None

Only the indicators that `entry.sections` maps are used. The area's rows (`entry.area_code`)
give the values; the comparator's rows (England, E92000001, unless set) give the England
value of the same indicator, sex, age and period. With `entry.neighbours`, the rank, best and
worst among those areas are worked out as the dashboards print them (1 is the best where the
polarity is set, else the lowest). Rows for a category (deprivation deciles and the like) and
rows with no value (Fingertips leaves suppressed figures blank) are left out. The export's
"Compared to England" and "Recent trend" columns are kept as Fingertips wrote them: they are
its own tests, with 95% confidence intervals.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from ..core.problems import Problems
from .model import FileEntry, Value
from .plainsight import Found, period_problem
from .table import number, read_rows, slug

REQUIRED = {"indicatorid": "IndicatorID", "indicatorname": "IndicatorName",
            "areacode": "AreaCode", "sex": "Sex", "age": "Age", "timeperiod": "Timeperiod",
            "value": "Value"}
LOWER, UPPER = "lowerci950limit", "upperci950limit"
COMPARED = "comparedtoenglandvalueorpercentiles"


def _key(column: str) -> str:
    return re.sub(r"[^a-z0-9]", "", column.lower())


def read_fingertips(path: Path, name: str, entry: FileEntry, where: tuple[str, int | None],
                    problems: Problems) -> list[Found] | None:
    yaml_name, line = where
    if entry.area_code is None:
        problems.add(yaml_name, f"'{entry.file}': 'area_code' is missing", line=line,
                     expected="the code of the area to show, such as E10000018")
        return None
    table = read_rows(path, name, problems)
    if table is None:
        return None
    header, raw = table
    missing = [shown for key, shown in REQUIRED.items() if key not in {_key(c) for c in header}]
    if missing:
        problems.add(name, "missing columns: " + ", ".join(missing), row=1,
                     expected="a Fingertips data download with " + ", ".join(REQUIRED.values()))
        return None
    rows = [(n, {_key(c): v for c, v in cells.items()}) for n, cells in raw]
    wanted = {str(k) for k in entry.sections}
    codes = {entry.area_code, entry.comparator_code, *entry.neighbours}
    by_key: dict[tuple[str, str, str, str], dict[str, tuple[int, dict[str, str], float]]] = \
        defaultdict(dict)
    seen_ids: set[str] = set()
    for row, cells in rows:
        if cells["indicatorid"] not in wanted or cells["areacode"] not in codes:
            continue
        if cells.get("category", "") or cells.get("categorytype", ""):
            continue
        seen_ids.add(cells["indicatorid"])
        value, good = number(cells["value"], "Value", name, row, problems)
        if not good or value is None:
            continue
        key = (cells["indicatorid"], cells["sex"], cells["age"], cells["timeperiod"])
        earlier = by_key[key].get(cells["areacode"])
        if earlier is not None and earlier[2] != value:
            problems.add(name, f"this row repeats row {earlier[0]} (same indicator, area, "
                         "sex, age and period) with a different value", row=row)
            continue
        by_key[key].setdefault(cells["areacode"], (row, cells, value))
    for indicator_id in sorted(wanted - seen_ids, key=int):
        problems.add(yaml_name, f"indicator {indicator_id} is mapped to a section but has no "
                     f"rows in {entry.file}", line=line)
    found: list[Found] = []
    for key in sorted(by_key):
        areas = by_key[key]
        if entry.area_code not in areas:
            continue
        item = _found(entry, name, key, areas, problems)
        if item is not None:
            found.extend(item)
    return found


def _found(entry: FileEntry, name: str, key: tuple[str, str, str, str],
           areas: dict[str, tuple[int, dict[str, str], float]],
           problems: Problems) -> list[Found] | None:
    row, cells, value = areas[entry.area_code]
    order = period_problem(key[3], name, row, problems)
    lower, good_lower = number(cells.get(LOWER, ""), "LowerCI95.0limit", name, row, problems)
    upper, good_upper = number(cells.get(UPPER, ""), "UpperCI95.0limit", name, row, problems)
    count, _ = number(cells.get("count", ""), "Count", name, row, problems)
    denominator, _ = number(cells.get("denominator", ""), "Denominator", name, row, problems)
    if order is None or not (good_lower and good_upper):
        return None
    england = areas.get(entry.comparator_code)
    polarity = entry.polarity.get(int(key[0]), "")
    rank = rank_of = best = worst = None
    if entry.neighbours:
        peers = sorted((v for code, (_, _, v) in areas.items()
                        if code == entry.area_code or code in entry.neighbours),
                       reverse=polarity == "High")
        rank, rank_of, best, worst = peers.index(value) + 1, len(peers), peers[0], peers[-1]
    value_obj = Value(
        sex=key[1], age=key[2], period=key[3], order=order, value=value, shown=_shown(value),
        polarity=polarity, comparator=england[2] if england else None,
        comparator_shown=_shown(england[2]) if england else "", rank=rank, rank_of=rank_of,
        best=best, best_shown=_shown(best), worst=worst, worst_shown=_shown(worst),
        fingertips=cells.get(COMPARED, ""), trend=cells.get("recenttrend", ""),
        lower_ci=lower, upper_ci=upper, count=count, denominator=denominator)
    sections = entry.sections[int(key[0])]
    ids = [sections] if isinstance(sections, str) else sections
    indicator_id = f"{key[0]}-{slug(cells['indicatorname'])}"[:60].rstrip("-")
    return [Found(name, row, indicator_id, "", cells["indicatorname"], section, "Fingertips",
                  value_obj, section_in_row=False) for section in ids]


def _shown(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.0f}" if value == int(value) and abs(value) >= 100 else f"{value:.1f}"
