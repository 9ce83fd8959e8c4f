"""The Altair building blocks of the wide charts, shared by the consultation charts (charts.py)
and the indicator charts (indicator_charts.py), so both write their specs the same way.

Public API:

    rows_of(values) -> alt.InlineData       a layer's (or chart's) rows, written into the spec
    text_marks(chart, ink=TEXT, **mark) -> alt.Chart
                                            the chart's rows as text in the charts' type size
                                            (ink=None: coloured by an encoding instead)
    no_grid(**axis) -> alt.Axis             an axis without grid lines
    layered(*layers, width, height, data=None) -> alt.LayerChart
                                            layers drawn over each other, at a size in pixels
    labelled_bars(values, sort, field, text, height, **x) -> alt.LayerChart
                                            dark blue bars, one a label, each with its value
                                            written after it (consultation, progress)

Altair is imported here, so only a module that draws a chart imports this one. The fonts,
colours and sizes every chart shares (chartsvg.config) are set on the spec when it is drawn
(drawing.py, which turns these charts into Vega-Lite, in one place); the narrow renditions
for phones are written as Vega-Lite directly (chartnarrow.py, indicator_narrow.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import altair as alt

from .chartsvg import FONT_SIZE
from .palette import DARK_BLUE, TEXT

__all__ = ["labelled_bars", "layered", "no_grid", "rows_of", "text_marks"]


def rows_of(values: Sequence[dict[str, Any]]) -> alt.InlineData:
    """Rows written into the spec (Altair gathers them under `datasets`, by a hash)."""
    return alt.InlineData(values=list(values))


def text_marks(chart: alt.Chart, ink: str | None = TEXT, **mark: Any) -> alt.Chart:
    """The chart's rows written as text in the charts' type size, in the text colour, or
    (`ink` None) in the colour an encoding gives each."""
    return chart.mark_text(fontSize=FONT_SIZE, **({"color": ink} if ink else {}), **mark)


def no_grid(**axis: Any) -> alt.Axis:
    """An axis with no grid lines: the values are written on the chart."""
    return alt.Axis(grid=False, **axis)


def layered(*layers: alt.Chart, width: int, height: int,
            data: alt.InlineData | None = None) -> alt.LayerChart:
    """Layers over each other (sharing `data`, where given), the plot `width` x `height` px."""
    both = alt.layer(*layers, **({"data": data} if data is not None else {}))
    return both.properties(width=width, height=height)


def labelled_bars(values: list[dict[str, Any]], sort: list[str], field: str, text: alt.Text,
                  height: int, **x: Any) -> alt.LayerChart:
    """Dark blue bars, one a label, as long as their `field` (an x axis made with `x`), each
    with its value written after it (`text`)."""
    bars = alt.Chart().mark_bar(color=DARK_BLUE).encode(
        x=alt.X(f"{field}:Q", **x), y=alt.Y("label:N", sort=sort, title=None))
    labels = text_marks(alt.Chart(), align="left", dx=4).encode(
        x=alt.X(f"{field}:Q"), y=alt.Y("label:N", sort=sort), text=text)
    return layered(bars, labels, width=300, height=height, data=rows_of(values))
