"""The narrow rendition of the indicator charts, for phones: each indicator's name on its own
lines above its row, values written out, the legend above.

Public API:

    narrow_spine(rows, area, placed, edge, spans, words) -> Vega-Lite spec (dict)   about
                                                        300 px wide, text 15 px
    narrow_trend(series, area, words) -> Vega-Lite spec (dict)
    (rows are indicator_charts.SpineRow, already placed: see `placed`; series TrendSeries;
    words: indicator_words.IndicatorWords, the package's own by default)

Like chartnarrow (the consultation charts' narrow rendition), positions are worked out here
in pixels and handed to Vega-Lite without scales, so the layout does not depend on the data's
range and nothing sits beside a label. The wide chart's marks are kept: a circle for the area,
a diamond for England (or the target), a grey bar for the range of similar areas, so the two
renditions read the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .chartnarrow import CHARS_PER_LINE, LINE, POSITION, WIDTH, spec, text_layers, text_lines
from .indicator_words import IndicatorWords
from .palette import DARK_BLUE, DARK_GREY, RANGE_GREY, TEXT, WHITE
from .palette import SERIES_COLOURS as COLOURS

SHAPES = ("circle", "diamond", "square", "triangle-up")
LEFT, RIGHT = 10, WIDTH - 10       # where a spine row's -EDGE and 100 + EDGE sit
BAR = 10
ROW = 26                           # a spine row: its bar and marks
PLOT = 136                         # a trend panel: values by their points, periods below
GAP = 14


def _legend(series: Sequence[str], y: float, texts: list[dict[str, Any]],
            points: list[dict[str, Any]], note: str = "") -> float:
    for i, name in enumerate(series):
        points.append({"x": 8, "y": y + LINE / 2, "shape": SHAPES[i], "fill": COLOURS[i]})
        y = text_lines(name, y, texts, x=22, width=CHARS_PER_LINE - 3)
    if note:
        y = text_lines(note, y, texts)
    return y + GAP


def _point_layers(points: list[dict[str, Any]]) -> list[dict[str, Any]]:
    layers = []
    for shape, colour in dict.fromkeys((p["shape"], p["fill"]) for p in points):
        mine = [p for p in points if p["shape"] == shape]
        layers.append({"data": {"values": mine},
                       "mark": {"type": "point", "shape": shape, "filled": True, "size": 150,
                                "color": colour, "stroke": WHITE, "strokeWidth": 1,
                                "opacity": 1},
                       "encoding": dict(POSITION)})
    return layers


def _x(position: float, edge: float) -> float:
    """A spine position (0 best or lowest, 100 worst or highest, up to `edge` past either
    end) in pixels."""
    return round(LEFT + (RIGHT - LEFT) * (position + 100 * edge) / (100 + 200 * edge), 2)


def narrow_spine(rows: Sequence[Any], area: str, placed: Sequence[tuple[float, float | None,
                 bool]], edge: float,
                 spans: Sequence[tuple[float, float] | None] = (),
                 words: IndicatorWords | None = None) -> dict[str, Any]:
    """One block per indicator, top to bottom: its name, its row (grey bar, circle for the
    area, diamond for the comparison), then the values in words."""
    words = words or IndicatorWords.packaged()
    texts: list[dict[str, Any]] = []
    points: list[dict[str, Any]] = []
    bars: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    series = [area, *sorted({r.comparator_label for r in rows if r.comparator is not None})]
    ranged = any(r for _, _, r in placed)
    spans = list(spans) or [None] * len(rows)
    y = _legend(series, 0, texts, points, words.narrow_note(ranged, any(spans)))
    for row, (value_at, comparator_at, has_range), ends in zip(rows, placed, spans, strict=True):
        y = text_lines(row.label, y, texts, "bold")
        middle = y + ROW / 2
        if has_range:
            bars.append({"x": _x(0, edge), "x2": _x(100, edge), "y": middle - BAR / 2,
                         "y2": middle + BAR / 2})
        if ends is not None:
            lines.append({"x": _x(ends[0], edge), "x2": _x(ends[1], edge), "y": middle})
        if comparator_at is not None:
            i = series.index(row.comparator_label)
            points.append({"x": _x(comparator_at, edge), "y": middle, "shape": SHAPES[i],
                           "fill": COLOURS[i]})
        points.append({"x": _x(value_at, edge), "y": middle, "shape": SHAPES[0],
                       "fill": COLOURS[0]})
        y += ROW
        y = text_lines(words.narrow_values(row, area, has_range), y, texts) + GAP
    layers: list[dict[str, Any]] = []
    if bars:
        layers.append({"data": {"values": bars},
                       "mark": {"type": "rect", "color": RANGE_GREY, "stroke": DARK_GREY,
                                "strokeWidth": 1},
                       "encoding": {**POSITION, "x2": {"field": "x2"}, "y2": {"field": "y2"}}})
    if lines:  # under the circle, in its colour
        layers.append({"data": {"values": lines},
                       "mark": {"type": "rule", "color": DARK_BLUE, "strokeWidth": 3},
                       "encoding": {**POSITION, "x2": {"field": "x2"}}})
    return spec(y, layers + _point_layers(points) + text_layers(texts))


CHAR = 8.5  # Arial at 15px: an average character's width, generously


def _spaced(lengths: Sequence[int], spacing: float) -> set[int]:
    """Which of evenly spaced labels to write so that none overlaps the next: every k-th,
    and always the first and the last."""
    if not lengths:
        return set()
    step = 1
    while step * spacing < max(lengths) * CHAR + 8 and step < len(lengths):
        step += 1
    chosen = set(range(0, len(lengths), step))
    last = len(lengths) - 1
    if last not in chosen:
        chosen.discard(max(chosen))  # too close to the last, which is always written
        chosen |= {0, last}
    return chosen


def _inside(x: float, text: str) -> float:
    """A centred label's x, moved in so that it stays inside the chart."""
    half = len(text) * CHAR / 2
    return round(min(max(x, half), WIDTH - half), 2)


def narrow_trend(series: Sequence[Any], area: str,
                 words: IndicatorWords | None = None) -> dict[str, Any]:
    """A panel per indicator: its name, then its values over time (a solid line with circles,
    each value written above its point; the comparison dashed with diamonds), periods below."""
    words = words or IndicatorWords.packaged()
    texts: list[dict[str, Any]] = []
    points: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    names = [area, *sorted({s.comparator_label for s in series
                            if any(c is not None for c in s.comparator)})]
    y = _legend(words.trend_legend(names), 0, texts, points)
    for number, s in enumerate(series):
        y = text_lines(s.label, y, texts, "bold")
        known = [v for v in (*s.values, *s.comparator) if v is not None]
        low, high = min(known), max(known)
        top, bottom = y + LINE + 8, y + PLOT - 2 * LINE - 10

        def place(v: float, low: float = low, high: float = high, top: float = top,
                  bottom: float = bottom) -> float:
            share = 0.5 if high == low else (v - low) / (high - low)
            return round(bottom - share * (bottom - top), 2)
        count = len(s.periods)
        xs = [round(40 + (WIDTH - 80) * (i / (count - 1) if count > 1 else 0.5), 2)
              for i in range(count)]
        spacing = xs[1] - xs[0] if count > 1 else WIDTH
        periods = _spaced([len(t) for t in s.periods], spacing)
        values = _spaced([len(f"{v:g}") for v in s.values], spacing)
        for i, (period, value, other) in enumerate(zip(s.periods, s.values, s.comparator,
                                                       strict=True)):
            points.append({"x": xs[i], "y": place(value), "shape": SHAPES[0],
                           "fill": COLOURS[0]})
            lines.append({"x": xs[i], "y": place(value), "line": f"{number}-a", "dash": 0})
            if other is not None:
                j = names.index(s.comparator_label)
                points.append({"x": xs[i], "y": place(other), "shape": SHAPES[j],
                               "fill": COLOURS[j]})
                lines.append({"x": xs[i], "y": place(other), "line": f"{number}-c",
                              "dash": 1})
            if i in values:  # above its point, or below where the comparison is higher
                below = other is not None and other > value
                texts.append({"x": _inside(xs[i], f"{value:g}"),
                              "y": place(value) + (8 if below else -LINE - 6),
                              "text": f"{value:g}", "weight": "normal", "align": "center"})
            if i in periods:
                texts.append({"x": _inside(xs[i], period), "y": y + PLOT - LINE,
                              "text": period, "weight": "normal", "align": "center"})
        y += PLOT + GAP
    layers = [{"data": {"values": [p for p in lines if p["dash"] == dash]},
               "mark": {"type": "line", "color": colour, "strokeWidth": 2,
                        **({"strokeDash": [5, 3]} if dash else {})},
               "encoding": {**POSITION, "detail": {"field": "line", "type": "nominal"}}}
              for dash, colour in ((0, DARK_BLUE), (1, TEXT))
              if any(p["dash"] == dash for p in lines)]
    return spec(y, layers + _point_layers(points) + text_layers(texts))
