"""Performance indicators on the site: each section's figure, table and CSV, the /indicators/
page, the open-data CSV, and the delivery plan's indicator names linked to their values.

Public API:

    build(indicators, strategy, drawer) -> {section id: SectionFigures}
    SectionFigures (spine, trend, columns, rows, csv_rows, notes, csv_src)
    page_groups(indicators, strategy) -> [{group, sections: [{section, rows}]}]
    plan_links(indicators, strategy) -> {section id: [(name, indicator id | None)]}
    compared(value, indicator) -> str          (words comparing a value with England)
    downloads(indicators, strategy, figures) -> [Asset]
    COLUMNS, csv_rows(...)

Wording: no significance is claimed unless the file carries a test (Fingertips' comparison,
with 95% confidence intervals), which is shown as Fingertips' own. Otherwise values are
"higher" or "lower" than England; polarity adds which way is better, as a comparison of
values. A benchmark that is not England (a target) is never called England.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from typing import Any

from ..content.strategy import Strategy
from ..core import urls
from ..indicators.links import match
from ..indicators.model import Indicator, Indicators, Value
from . import csvtables
from .bundle import Asset
from .drawing import Drawer

_INTEGER = {"rank", "rank_of"}
_DECIMAL = {"value", "comparator_value", "best", "worst", "lower_ci_95", "upper_ci_95",
            "count", "denominator"}
# One row per value; the same columns for every indicator CSV (all, and each section's).
COLUMNS = tuple(csvtables.Column(name, "integer" if name in _INTEGER else
                                 "decimal" if name in _DECIMAL else "string", meaning)
                for name, meaning in (
    ("indicator_id", "The indicator's stable id; its web address is /indicators/ followed by "
     "# and the id."),
    ("code", "The indicator's code as printed on the dashboard (empty if none)."),
    ("indicator", "The indicator's name."),
    ("section_id", "The id of the sub-priority or theme."),
    ("section", "Its title."),
    ("sex", "Persons, Female or Male."),
    ("age", "The age group."),
    ("period", "The time period, as the source writes it."),
    ("value", "The area's value."),
    ("unit", "The unit, where given."),
    ("polarity", "High or Low: which way is better, where given; N/a where neither."),
    ("comparator", "What the value is compared with: England, or a target."),
    ("comparator_value", "The value of England (or the target) for the same period."),
    ("compared", "The comparison in words, as the site shows it."),
    ("rank", "The area's rank among similar areas (1 is the best, or the lowest)."),
    ("rank_of", "How many areas are ranked."),
    ("best", "The best (or lowest) similar area's value."),
    ("worst", "The worst (or highest) similar area's value."),
    ("printed_comparison", "A comparison printed in the source, such as Higher than national."),
    ("fingertips_compared_to_england", "Fingertips' own test against England, where the "
     "source is a Fingertips download."),
    ("trend", "The direction of travel, where the source gives it."),
    ("lower_ci_95", "Lower 95% confidence limit, where given."),
    ("upper_ci_95", "Upper 95% confidence limit, where given."),
    ("count", "The count behind the value, where given."),
    ("denominator", "The denominator, where given."),
    ("comment", "A comment printed with the value."),
    ("source_file", "The file the value was read from."),
))


@dataclass(frozen=True)
class Figure:
    id: str
    svg: str
    title: str
    caption: str
    description: str
    narrow_svg: str = ""


@dataclass(frozen=True)
class SectionFigures:
    spine: Figure
    trend: Figure | None
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    csv_rows: tuple[tuple[Any, ...], ...]
    csv_src: str
    notes: tuple[str, ...]


def compared(value: Value, indicator: Indicator) -> str:
    """How a value compares with England (or the benchmark), in words that claim no test."""
    if value.fingertips and value.fingertips.lower() not in ("not compared", ""):
        return f"{value.fingertips} (Fingertips' comparison with England, 95% confidence)"
    label = indicator.comparator_label
    if value.comparison:
        return value.comparison
    if value.comparator is None:
        return ""
    the = label if label[:1].isupper() and label.lower() in ("england", "national") \
        else f"the {label.lower()}"
    if value.value == value.comparator:
        return f"The same as {the}"
    higher = value.value > value.comparator
    words = f"{'Higher' if higher else 'Lower'} than {the}"
    if value.polarity in ("High", "Low"):
        better = higher == (value.polarity == "High")
        words += f": a {'better' if better else 'worse'} value, as " \
                 f"{value.polarity.lower()}er is better (a comparison of values, not a test)"
    return words


def _ordered(indicators: Indicators, strategy: Strategy) -> list[tuple[Any, Any, list[Indicator]]]:
    """(group, section, its indicators) in the strategy's order, sections with none left out;
    a flat plan's sections (group None) included, as the read step accepts them."""
    return [(group, section, found) for group, section in strategy.all_sections()
            if (found := indicators.of_section(section.id))]


def _breakdown(value: Value) -> str:
    return ", ".join(part for part in (value.sex, value.age) if part)


def _value_cell(value: Value) -> str:
    if value.lower_ci is not None and value.upper_ci is not None:
        return f"{value.shown} ({value.lower_ci:g} to {value.upper_ci:g})"
    return value.shown


def _rank(value: Value) -> str:
    return f"{value.rank} of {value.rank_of}" if value.rank is not None and value.rank_of \
        else ""


def _comparator_cell(value: Value, indicator: Indicator, label: str) -> str:
    if not value.comparator_shown:
        return ""
    if indicator.comparator_label != label:
        return f"{value.comparator_shown} ({indicator.comparator_label.lower()})"
    return value.comparator_shown


def _table(found: list[Indicator], comparator: str) -> tuple[tuple[str, ...],
                                                             tuple[tuple[str, ...], ...]]:
    intervals = any(v.lower_ci is not None for i in found for v in i.values)
    trends = any(v.trend for i in found for v in i.values)
    columns = ("Indicator", "Breakdown", "Period",
               "Value (95% interval)" if intervals else "Value", "Unit", comparator,
               f"Compared with {comparator}", "Rank among similar areas", "Best or lowest",
               "Worst or highest") + (("Recent trend (Fingertips)",) if trends else ())
    rows = tuple((item.label, *_cells(v, item, comparator), v.best_shown, v.worst_shown,
                  *((v.trend,) if trends else ()))
                 for item in found for v in item.in_order())
    return columns, rows


def _cells(value: Value, item: Indicator, comparator: str) -> tuple[str, ...]:
    """A value's cells as a section's table and /indicators/ show them: breakdown, period,
    value, unit, the comparator's value, the comparison in words, rank."""
    return (_breakdown(value), value.period, _value_cell(value), value.unit,
            _comparator_cell(value, item, comparator), compared(value, item), _rank(value))


def csv_rows(item: Indicator, section_title: str) -> list[tuple[Any, ...]]:
    def n(x: float | None) -> float | int | None:
        return int(x) if x is not None and x == int(x) and abs(x) >= 1e6 else x
    return [(item.id, item.code, item.name, item.section, section_title, v.sex, v.age, v.period,
             v.shown, v.unit, v.polarity, item.comparator_label, v.comparator_shown,
             compared(v, item), v.rank, v.rank_of, v.best_shown, v.worst_shown, v.comparison,
             v.fingertips, v.trend, n(v.lower_ci), n(v.upper_ci), n(v.count),
             n(v.denominator), v.comment, item.file)
            for v in item.in_order()]


def build(indicators: Indicators, strategy: Strategy,
          drawer: Drawer) -> dict[str, SectionFigures]:
    """Every section's figures, from the disk cache while the indicators are the same."""
    titles = [(s.id, s.title) for _, s in strategy.all_sections()]
    key = [pickle.dumps((indicators, titles), protocol=pickle.HIGHEST_PROTOCOL)] \
        if drawer.cache.folder else []
    return drawer.kept("indicator-figures", key, lambda: _draw(indicators, strategy, drawer))


def _draw(indicators: Indicators, strategy: Strategy,
          drawer: Drawer) -> dict[str, SectionFigures]:
    from . import indicator_charts as charts  # Altair: only when a chart must be drawn
    area, comparator = indicators.area, indicators.comparator
    figures = {}
    for _, section, found in _ordered(indicators, strategy):
        chart_id = f"indicators-{section.id}"
        title = f"{section.title}: indicators compared with {comparator} and similar areas"
        rows = [charts.SpineRow(i.label, h.value, h.shown, h.comparator, h.comparator_shown,
                                i.comparator_label, h.best, h.worst, h.lower_ci, h.upper_ci)
                for i in found for h in [i.headline()]]
        svg, narrow, description = charts.spine_chart(chart_id, title, rows, area, drawer)
        spine = Figure(chart_id, svg, title, _caption(found, area, comparator), description,
                       narrow)
        trend = None
        over_time = [i for i in found if len(i.history()) > 1]
        if over_time:
            series = [charts.TrendSeries(i.label, tuple(v.period for v in i.history()),
                                         tuple(v.value for v in i.history()),
                                         tuple(v.comparator for v in i.history()),
                                         i.comparator_label) for i in over_time]
            trend_title = f"{section.title}: indicators over time"
            svg, narrow, description = charts.trend_chart(f"{chart_id}-trend", trend_title,
                                                          series, area, drawer)
            trend = Figure(f"{chart_id}-trend", svg, trend_title,
                           _trend_caption(over_time, area), description, narrow)
        columns, table = _table(found, comparator)
        csv = tuple(r for i in found for r in csv_rows(i, section.title))
        notes = (f"Figures from {indicators.producer}, updated {indicators.updated}. "
                 f"Source: {indicators.source}.",
                 "Rank, best and worst compare with similar areas only; rank 1 is the best, "
                 "or the lowest where no direction is better.")
        figures[section.id] = SectionFigures(spine, trend, title, columns, table, csv,
                                             urls.chart_csv(chart_id), notes)
    return figures


def _caption(found: list[Indicator], area: str, comparator: str) -> str:
    heads = [(i, i.headline()) for i in found]
    against = [(i, h) for i, h in heads if h.comparator is not None
               and i.comparator_label == comparator]
    lower = sum(1 for _, h in against if h.value < (h.comparator or 0))
    higher = sum(1 for _, h in against if h.value > (h.comparator or 0))
    count = f"{len(found)} indicator{'s' if len(found) != 1 else ''}"
    if not against:
        return f"{count} for {area}, with their latest values."
    if len(against) == len(found):
        text = (f"{area}'s latest value is lower than {comparator}'s for {lower} and higher "
                f"for {higher} of these {count}")
    else:
        text = (f"Of the {len(against)} of these {count} with a value for {comparator}, "
                f"{area}'s latest value is lower for {lower} and higher for {higher}")
    others = sorted({i.comparator_label for i, h in heads if h.comparator is not None
                     and i.comparator_label != comparator})
    if others:
        text += "; the others are compared with a " + " or ".join(o.lower() for o in others)
    ranged = any(h.best is not None and h.worst is not None for _, h in heads)
    return text + ("; the chart also shows where it lies between the best and worst of "
                   "similar areas." if ranged else ".")


def _trend_caption(found: list[Indicator], area: str) -> str:
    parts = []
    for item in found:
        history = item.history()
        first, last = history[0], history[-1]
        way = "rose" if last.value > first.value else "fell" if last.value < first.value \
            else "stayed the same"
        parts.append(f"{item.label} {way} from {first.shown} ({first.period}) to "
                     f"{last.shown} ({last.period})")
    return f"In {area}: " + "; ".join(parts) + "."


def page_groups(indicators: Indicators, strategy: Strategy) -> list[dict[str, Any]]:
    """/indicators/: groups (None for a flat plan's sections), their sections and each
    indicator's rows; the anchor (the indicator id) on an indicator's first appearance in the
    strategy's order."""
    groups: list[dict[str, Any]] = []
    anchored: set[str] = set()
    for group, section, found in _ordered(indicators, strategy):
        if not groups or groups[-1]["group"] is not group:
            groups.append({"group": group, "sections": []})
        items = []
        for item in found:
            first = item.id not in anchored
            anchored.add(item.id)
            rows = [_cells(v, item, indicators.comparator) for v in item.in_order()]
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


def downloads(indicators: Indicators, strategy: Strategy,
              figures: dict[str, SectionFigures]) -> list[Asset]:
    """indicators.csv with every value, and each section's CSV, each with its metadata."""
    rows = [r for _, section, found in _ordered(indicators, strategy)
            for i in found for r in csv_rows(i, section.title)]
    every = csvtables.CsvTable(urls.INDICATORS_CSV, "Performance indicators",
                               "Every performance indicator value: one row per indicator, "
                               "breakdown and period.", COLUMNS)
    assets = csvtables.csv_files(every, rows)
    for figure in figures.values():
        table = csvtables.CsvTable(figure.csv_src, f"Indicators: {figure.title}",
                                   f"The indicator values shown for {figure.title}: one row "
                                   "per indicator, breakdown and period.", COLUMNS)
        assets += csvtables.csv_files(table, figure.csv_rows)
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
