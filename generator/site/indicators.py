"""Performance indicators on the site: each section's figure, table and CSV, the /indicators/
page, the open-data CSV, and the delivery plan's indicator names linked to their values.

Public API:

    build(indicators, strategy, drawer, words) -> {section id: Figure}   (figure.py's: the
        spine chart, the trend over time as a further drawing where there are several
        periods, the table, and the CSV of every value shown)
    page_groups(indicators, strategy, words) -> [{group, sections: [{section, rows}]}]
    plan_links(indicators, strategy) -> {section id: [(name, indicator id | None)]}
    compared(value, indicator, words) -> str   (words comparing a value with England)
    downloads(indicators, strategy, figures, words) -> [Asset]
    NAMES, columns(words), csv_rows(item, section_title, words)
    IndicatorWords                             (from indicator_words, for the parts)

`words` (indicator_words.IndicatorWords, the site's _indicator_words.md) defaults to the
package's own. Every word a reader sees is there; this module passes numbers and flags.
Wording: no significance is claimed unless the file carries a test (Fingertips' comparison,
with 95% confidence intervals), which is shown as Fingertips' own. Otherwise values are
"higher" or "lower" than England; polarity adds which way is better, as a comparison of
values. A benchmark that is not England (a target) is never called England.
"""

from __future__ import annotations

import pickle
from typing import Any

from ..content.strategy import Strategy
from ..core import urls
from ..core.csvfile import to_csv
from ..indicators.links import match
from ..indicators.model import Indicator, Indicators, Value
from . import csvtables
from .bundle import Asset
from .drawing import Drawer
from .figure import Drawing, Figure
from .indicator_words import IndicatorWords

_INTEGER = {"rank", "rank_of"}
_DECIMAL = {"value", "comparator_value", "best", "worst", "lower_ci_95", "upper_ci_95",
            "count", "denominator"}
# One row per value; the same columns for every indicator CSV (all, and each section's). The
# names are the data's; what each holds is said in the words (_indicator_words.md).
NAMES = ("indicator_id", "code", "indicator", "section_id", "section", "sex", "age", "period",
         "value", "unit", "polarity", "comparator", "comparator_value", "compared", "rank",
         "rank_of", "best", "worst", "printed_comparison", "fingertips_compared_to_england",
         "trend", "lower_ci_95", "upper_ci_95", "count", "denominator", "comment",
         "source_file")


def columns(words: IndicatorWords | None = None) -> tuple[csvtables.Column, ...]:
    """The indicator CSVs' columns, each described in the words."""
    words = words or IndicatorWords.packaged()
    return tuple(csvtables.Column(name, "integer" if name in _INTEGER else
                                  "decimal" if name in _DECIMAL else "string",
                                  words.column_description(name)) for name in NAMES)


def compared(value: Value, indicator: Indicator, words: IndicatorWords | None = None) -> str:
    """How a value compares with England (or the benchmark), in words that claim no test."""
    return (words or IndicatorWords.packaged()).compared(value, indicator)


def _ordered(indicators: Indicators, strategy: Strategy) -> list[tuple[Any, Any, list[Indicator]]]:
    """(group, section, its indicators) in the strategy's order, sections with none left out;
    a flat plan's sections (group None) included, as the read step accepts them."""
    return [(group, section, found) for group, section in strategy.all_sections()
            if (found := indicators.of_section(section.id))]


def _breakdown(value: Value) -> str:
    return ", ".join(part for part in (value.sex, value.age) if part)


def _table(found: list[Indicator], comparator: str, words: IndicatorWords
           ) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    intervals = any(v.lower_ci is not None for i in found for v in i.values)
    trends = any(v.trend for i in found for v in i.values)
    columns = words.columns(comparator, intervals, trends)
    rows = tuple((item.label, *_cells(v, item, comparator, words), v.best_shown, v.worst_shown,
                  *((v.trend,) if trends else ()))
                 for item in found for v in item.in_order())
    return columns, rows


def _cells(value: Value, item: Indicator, comparator: str,
           words: IndicatorWords) -> tuple[str, ...]:
    """A value's cells as a section's table and /indicators/ show them: breakdown, period,
    value, unit, the comparator's value, the comparison in words, rank."""
    return (_breakdown(value), value.period, words.value_cell(value), value.unit,
            words.comparator_cell(value, item, comparator), words.compared(value, item),
            words.rank_cell(value))


def csv_rows(item: Indicator, section_title: str,
             words: IndicatorWords | None = None) -> list[tuple[Any, ...]]:
    def n(x: float | None) -> float | int | None:
        return int(x) if x is not None and x == int(x) and abs(x) >= 1e6 else x
    words = words or IndicatorWords.packaged()
    return [(item.id, item.code, item.name, item.section, section_title, v.sex, v.age, v.period,
             v.shown, v.unit, v.polarity, item.comparator_label, v.comparator_shown,
             words.compared(v, item), v.rank, v.rank_of, v.best_shown, v.worst_shown,
             v.comparison, v.fingertips, v.trend, n(v.lower_ci), n(v.upper_ci), n(v.count),
             n(v.denominator), v.comment, item.file)
            for v in item.in_order()]


def build(indicators: Indicators, strategy: Strategy, drawer: Drawer,
          words: IndicatorWords | None = None) -> dict[str, Figure]:
    """Every section's figures, from the disk cache while the indicators and their words (the
    site's _indicator_words.md) are the same."""
    words = words or IndicatorWords.packaged()
    titles = [(s.id, s.title) for _, s in strategy.all_sections()]
    key = [pickle.dumps((indicators, titles), protocol=pickle.HIGHEST_PROTOCOL),
           words.source.encode()] if drawer.cache.folder else []
    return drawer.kept("indicator-figures", key,
                       lambda: _draw(indicators, strategy, drawer, words))


def _draw(indicators: Indicators, strategy: Strategy, drawer: Drawer,
          words: IndicatorWords) -> dict[str, Figure]:
    from . import indicator_charts as charts  # Altair: only when a chart must be drawn
    area, comparator = indicators.area, indicators.comparator
    figures = {}
    for _, section, found in _ordered(indicators, strategy):
        chart_id = f"indicators-{section.id}"
        title = words.spine_title(section.title, comparator)
        rows = [charts.SpineRow(i.label, h.value, h.shown, h.comparator, h.comparator_shown,
                                i.comparator_label, h.best, h.worst, h.lower_ci, h.upper_ci)
                for i in found for h in [i.headline()]]
        svg, spine_narrow, description = charts.spine_chart(chart_id, title, rows, area, drawer,
                                                            words)
        spine = (chart_id, svg, title, description, words.spine_caption(found, area, comparator))
        trend: tuple[Drawing, ...] = ()
        over_time = [i for i in found if len(i.history()) > 1]
        if over_time:
            series = [charts.TrendSeries(i.label, tuple(v.period for v in i.history()),
                                         tuple(v.value for v in i.history()),
                                         tuple(v.comparator for v in i.history()),
                                         i.comparator_label) for i in over_time]
            trend_title = words.trend_title(section.title)
            svg, narrow, description = charts.trend_chart(f"{chart_id}-trend", trend_title,
                                                          series, area, drawer, words)
            trend = (Drawing(f"{chart_id}-trend", svg, trend_title, description,
                             words.trend_caption(over_time, area), narrow),)
        columns, table = _table(found, comparator, words)
        csv = to_csv(NAMES, [r for i in found for r in csv_rows(i, section.title, words)])
        figures[section.id] = Figure(*spine, columns, table, csv, words.notes(indicators),
                                     spine_narrow, more=trend)
    return figures


def page_groups(indicators: Indicators, strategy: Strategy,
                words: IndicatorWords | None = None) -> list[dict[str, Any]]:
    """/indicators/: groups (None for a flat plan's sections), their sections and each
    indicator's rows; the anchor (the indicator id) on an indicator's first appearance in the
    strategy's order."""
    words = words or IndicatorWords.packaged()
    groups: list[dict[str, Any]] = []
    anchored: set[str] = set()
    for group, section, found in _ordered(indicators, strategy):
        if not groups or groups[-1]["group"] is not group:
            groups.append({"group": group, "sections": []})
        items = []
        for item in found:
            first = item.id not in anchored
            anchored.add(item.id)
            rows = [_cells(v, item, indicators.comparator, words) for v in item.in_order()]
            items.append({"item": item, "anchor": item.id if first else None, "rows": rows})
        groups[-1]["sections"].append({"section": section, "entries": items})
    return groups


def plan_links(indicators: Indicators | None, strategy: Strategy) -> dict[str, list[Any]]:
    """Each section's delivery-plan indicator names, with the id of the one they name."""
    found = {}
    for section in strategy.sections.values():
        names = strategy.indicators.get(section.letter, ())
        mine = indicators.of_section(section.id) if indicators else []
        found[section.id] = match(names, mine) if names else []
    return found


def downloads(indicators: Indicators, strategy: Strategy, figures: dict[str, Figure],
              words: IndicatorWords | None = None) -> list[Asset]:
    """indicators.csv with every value, and each section's CSV, each with its metadata."""
    words = words or IndicatorWords.packaged()
    described = columns(words)
    rows = [r for _, section, found in _ordered(indicators, strategy)
            for i in found for r in csv_rows(i, section.title, words)]
    every = csvtables.CsvTable(urls.INDICATORS_CSV, *words.every_csv(), described)
    assets = csvtables.csv_files(every, rows)
    for figure in figures.values():
        table = csvtables.CsvTable(figure.csv_src, *words.section_csv(figure.title), described)
        assets += [Asset(table.src, figure.csv.encode("utf-8")), csvtables.metadata_file(table)]
    return assets


def summary(indicators: Indicators | None, section_id: str, site_url: str) -> list[dict[str, Any]]:
    """A section's indicators for the delivery-plan JSON: id, name, web address, latest value."""
    if indicators is None:
        return []
    found = []
    for item in indicators.of_section(section_id):
        head = item.headline()
        found.append({"id": item.id, "code": item.code, "name": item.name,
                      "url": f"{site_url}{urls.url(urls.INDICATORS)}#{item.id}",
                      "latest": {"sex": head.sex, "age": head.age, "period": head.period,
                                 "value": head.shown, "unit": head.unit,
                                 "comparator": item.comparator_label,
                                 "comparator_value": head.comparator_shown}})
    return found
