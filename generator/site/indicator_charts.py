"""Indicator charts: a spine chart per section, and the trend over time where a file has
several periods. Altair specs rendered at build time to static, accessible SVG.

Public API:

    spine_chart(chart_id, title, rows, area, drawer, words) -> (svg, narrow_svg, description)
    trend_chart(chart_id, title, series, area, drawer, words) -> (svg, narrow_svg, description)
    (words: indicator_words.IndicatorWords, the package's own by default)
    SpineRow, TrendSeries           what each chart is drawn from
    wrap(text, width, lines) -> str  (a label over several lines, "\n" between them)

The spine chart has a row per indicator. Each row has its own scale, so indicators in
different units share one chart: the grey bar runs from the best (or lowest) value among
similar areas on the left to the worst (or highest) on the right, and the area's value
(a circle) and England's (a diamond) are placed on it. Values are written next to their
marks, and the shapes differ, so colour is never the only cue. Reuses the consultation
charts' Altair building blocks (chartspec.py), drawer (drawing.py), colours (palette.py)
and label wrapping (chartnarrow.py). Like
the consultation charts, each chart is drawn twice: wide, and narrow for a phone
(indicator_narrow.py); the narrow one's ids end in drawing.NARROW_SUFFIX, and the stylesheet
shows one of the two. Their words (axis titles, descriptions) are the theme's
_indicator_words.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import altair as alt

from .chartnarrow import wrapped
from .chartspec import layered, no_grid, rows_of, text_marks
from .chartsvg import FONT_SIZE
from .drawing import Drawer
from .indicator_narrow import SHAPES, narrow_spine, narrow_trend
from .indicator_words import IndicatorWords
from .palette import DARK_BLUE, DARK_GREY, RANGE_GREY, SERIES_COLOURS, TEXT, WHITE

SPINE_WIDTH = 300
LABEL_WIDTH = 230
STEP = 66
EDGE = 0.15  # how far past the best or worst a mark may sit before it is drawn at the edge


@dataclass(frozen=True)
class SpineRow:
    label: str            # the indicator, as the row's axis label
    value: float
    shown: str
    comparator: float | None
    comparator_shown: str
    comparator_label: str  # "England", or "Target" where the benchmark is a target
    best: float | None
    worst: float | None
    lower: float | None = None   # the 95% confidence interval of the area's value, where the
    upper: float | None = None   # source gives one (drawn as a line through the circle)


@dataclass(frozen=True)
class TrendSeries:
    label: str
    periods: tuple[str, ...]
    values: tuple[float, ...]
    comparator: tuple[float | None, ...]
    comparator_label: str


def wrap(text: str, width: int = 30, lines: int = 3) -> str:
    parts = wrapped(text, width)
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: width - 1].rstrip() + "…"
    return "\n".join(parts)


def _positions(row: SpineRow) -> tuple[float, float | None, bool]:
    """(area, comparator) positions from 0 (best or lowest) to 100 (worst or highest) and
    whether the row has a range of similar areas."""
    if row.best is not None and row.worst is not None and row.best != row.worst:
        def place(x: float) -> float:
            p = (x - row.best) / (row.worst - row.best)  # type: ignore[operator]
            return 100 * min(max(p, -EDGE), 1 + EDGE)
        return place(row.value), (place(row.comparator) if row.comparator is not None
                                  else None), True
    if row.comparator is None or row.comparator == row.value:
        return 50.0, (50.0 if row.comparator is not None else None), False
    low = row.value < row.comparator
    return (25.0, 75.0, False) if low else (75.0, 25.0, False)


def _interval_at(row: SpineRow) -> tuple[float, float] | None:
    """Where the ends of the area's confidence interval sit on the row's scale; None without
    an interval, or without a range of similar areas to place it on."""
    if row.lower is None or row.upper is None or row.best is None or row.worst is None \
            or row.best == row.worst:
        return None
    low, high = (_positions(SpineRow(row.label, end, "", None, "", "", row.best, row.worst))[0]
                 for end in (row.lower, row.upper))
    return (min(low, high), max(low, high))


def spine_chart(chart_id: str, title: str, rows: Sequence[SpineRow], area: str,
                drawer: Drawer, words: IndicatorWords | None = None) -> tuple[str, str, str]:
    words = words or IndicatorWords.packaged()
    marks, ranges, intervals = [], [], []
    placed = [_positions(row) for row in rows]
    for row, (value_at, comparator_at, ranged) in zip(rows, placed, strict=True):
        label = wrap(row.label)
        if ranged:
            ranges.append({"label": label, "x": 0, "x2": 100})
        if (ends := _interval_at(row)) is not None:
            intervals.append({"label": label, "x": ends[0], "x2": ends[1]})
        marks.append({"label": label, "x": value_at, "series": area,
                      "text": f"{area} {row.shown}", "dy": -16})
        if comparator_at is not None:
            marks.append({"label": label, "x": comparator_at, "series": row.comparator_label,
                          "text": f"{row.comparator_label} {row.comparator_shown}", "dy": 17})
    order = [m["label"] for m in marks if m["series"] == area]
    series = [area, *sorted({m["series"] for m in marks} - {area})]
    y = alt.Y("label:N", sort=order, title=None, scale=alt.Scale(paddingInner=0.2),
              axis=alt.Axis(labelExpr="split(datum.value, '\\n')", labelLimit=LABEL_WIDTH,
                            ticks=False, domain=False, labelFontSize=FONT_SIZE,
                            labelLineHeight=16))
    axis_title, left, right = words.spine_axis(bool(ranges))
    x = alt.X("x:Q", scale=alt.Scale(domain=[-100 * EDGE - 12, 112 + 100 * EDGE], nice=False),
              title=axis_title,
              axis=no_grid(values=[0, 100], labelExpr=f"datum.value == 0 ? {_quoted(left)} "
                           f": {_quoted(right)}", labelFlush=True))
    layers: list[alt.Chart] = []
    if ranges:  # no placeholder data: an empty row would show as "undefined"
        layers.append(alt.Chart(rows_of(ranges)).mark_bar(
            height=10, color=RANGE_GREY, stroke=DARK_GREY, strokeWidth=1).encode(
            x=x, x2=alt.X2("x2:Q"), y=y))
    if intervals:  # under the circle, in its colour
        layers.append(alt.Chart(rows_of(intervals)).mark_rule(
            color=DARK_BLUE, strokeWidth=3).encode(x=x, x2=alt.X2("x2:Q"), y=y))
    shapes = list(SHAPES[: len(series)])
    colours = list(SERIES_COLOURS[: len(series)])
    points = alt.Chart(rows_of(marks)).mark_point(
        filled=True, size=150, stroke=WHITE, strokeWidth=1, opacity=1).encode(
        x=x, y=y,
        shape=alt.Shape("series:N", title=None, scale=alt.Scale(domain=series, range=shapes)),
        color=alt.Color("series:N", title=None, scale=alt.Scale(domain=series, range=colours)))
    layers.append(points)
    layers += [text_marks(alt.Chart(rows_of(mine)), dy=dy).encode(x=x, y=y, text=alt.Text("text:N"))
               for dy in (-16, 17) if (mine := [m for m in marks if m["dy"] == dy])]
    chart = layered(*layers, width=SPINE_WIDTH, height=STEP * max(len(rows), 1))
    spans = [_interval_at(row) for row in rows]
    narrow = narrow_spine(rows, area, placed, EDGE, spans, words)
    description = words.spine_description(rows, area, any(spans))
    return (*drawer.renditions(chart, narrow, chart_id, title, description), description)


def _quoted(label: str) -> str:
    """A label as a Vega expression's string (a reworded end may hold an apostrophe)."""
    return "'" + label.replace("\\", "\\\\").replace("'", "\\'") + "'"


def trend_chart(chart_id: str, title: str, series: Sequence[TrendSeries], area: str,
                drawer: Drawer, words: IndicatorWords | None = None) -> tuple[str, str, str]:
    """A small line chart per indicator (its own scale): the area as a solid line with circles,
    the comparison as a dashed line with diamonds, each point labelled with its value."""
    words = words or IndicatorWords.packaged()
    values = []
    for s in series:
        label = wrap(s.label, 60, 2)
        for period, value, other in zip(s.periods, s.values, s.comparator, strict=True):
            values.append({"indicator": label, "period": period, "series": area, "v": value,
                           "text": f"{value:g}"})
            if other is not None:
                values.append({"indicator": label, "period": period,
                               "series": s.comparator_label, "v": other, "text": ""})
    names = [area, *sorted({v["series"] for v in values} - {area})]
    base = alt.Chart().encode(
        x=alt.X("period:O", title=words.trend_axis("period"), sort=None,
                axis=alt.Axis(labelAngle=0)),
        y=alt.Y("v:Q", title=words.trend_axis("value"), scale=alt.Scale(zero=False)),
        color=alt.Color("series:N", title=None,
                        scale=alt.Scale(domain=names, range=list(SERIES_COLOURS[:len(names)]))),
        shape=alt.Shape("series:N", title=None,
                        scale=alt.Scale(domain=names,
                                        range=list(SHAPES[:len(names)]))),
        strokeDash=alt.StrokeDash("series:N", title=None, scale=alt.Scale(
            domain=names, range=[[1, 0], [5, 3], [2, 2]][:len(names)])))
    layer = layered(base.mark_line(), base.mark_point(filled=True, size=80, opacity=1),
                    text_marks(base, dy=-12).encode(text=alt.Text("text:N")),
                    width=360, height=130, data=rows_of(values))
    chart = (layer.facet(row=alt.Row(
        "indicator:N", title=None, sort=[wrap(s.label, 60, 2) for s in series],
        header=alt.Header(labelExpr="split(datum.value, '\\n')", labelAngle=0,
                          labelAlign="left", labelAnchor="start", labelOrient="top",
                          labelFontSize=FONT_SIZE, labelColor=TEXT)))
        .resolve_scale(y="independent"))
    description = words.trend_description(series, area)
    return (*drawer.renditions(chart, narrow_trend(series, area, words), chart_id, title,
                               description), description)
