"""The narrow rendition of a chart, for phones: every label written above its bar.

Public API:

    Bar(label, value, text, fill)          one bar: its label, length, value as shown, colour
    Heading(text)                          a line of bold text above a group of bars
    narrow_chart(items, domain_max) -> Vega-Lite spec (dict)   about 300 px wide, text 15 px
    POSITION, spec(height, layers)         x and y in pixels, no scales or axes; the whole
                                           spec (shared with indicator_narrow)
    wrapped(text, width) -> [line]         a label's lines (one empty line for no text)
    text_lines(text, y, out, ...) -> y     a label's lines appended to `out`, LINE apart
    text_layers(texts, order=None) -> [layer]  a text layer for each weight and alignment
    (these three are shared with indicator_narrow and indicator_charts)

A wide chart shrinks with its column, and its text with it: 13 px type in a 600 px chart is
6 px on a 320 px phone. This rendition is drawn at the width of a phone's column, so its text
stays at least 12 px on screen down to a 320 px screen. Nothing sits beside a label: each bar
has its own line of text above it ("Strongly agree: 56%"), so the value is written, not only
coloured, and long labels wrap instead of being cut. Positions are worked out here, in pixels,
and handed to Vega-Lite without scales, so the layout does not depend on the data's range.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .palette import TEXT, edge_colour

WIDTH = 288          # the plot: a 320 px screen's column, less the page's margins
FONT_SIZE = 15
LINE = 20            # a line of text
BAR = 20             # a bar's thickness
GAP = 12             # between one bar and the next label
CHARS_PER_LINE = 32  # Arial at 15 px averages under 9 px a character
SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
POSITION = {"x": {"field": "x", "type": "quantitative", "scale": None, "axis": None},
            "y": {"field": "y", "type": "quantitative", "scale": None, "axis": None}}


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str        # the value as the page shows it, e.g. "56%" or "25"
    fill: str


@dataclass(frozen=True)
class Heading:
    text: str


def narrow_chart(items: Sequence[Bar | Heading], domain_max: float) -> dict[str, Any]:
    """Labels above bars, top to bottom in the order given; bars scaled to `domain_max`.
    A Vega-Lite spec written out directly: with no scales to infer there is nothing for
    Altair to do, and building Altair objects costs more than drawing them."""
    texts: list[dict[str, Any]] = []
    bars: list[dict[str, Any]] = []
    y = 0
    for item in items:
        words = item.text if isinstance(item, Heading) else f"{item.label}: {item.text}"
        y = text_lines(words, y, texts, "bold" if isinstance(item, Heading) else "normal")
        if isinstance(item, Bar):
            length = WIDTH * item.value / domain_max if domain_max else 0
            bars.append({"x": 0, "x2": round(max(length, 0), 2), "y": y + 2,
                         "y2": y + 2 + BAR, "fill": item.fill, "edge": edge_colour(item.fill)})
            y += BAR + GAP
    layers: list[dict[str, Any]] = []
    if bars:
        layers.append({"data": {"values": bars}, "mark": {"type": "rect", "strokeWidth": 1.5},
                       "encoding": {**POSITION, "x2": {"field": "x2"}, "y2": {"field": "y2"},
                                    "color": {"field": "fill", "type": "nominal",
                                              "scale": None},
                                    "stroke": {"field": "edge", "type": "nominal",
                                               "scale": None}}})
    return spec(y, layers + text_layers(texts, (("normal", "left"), ("bold", "left"))))


def wrapped(text: str, width: int = CHARS_PER_LINE) -> list[str]:
    """A label's lines, at most `width` characters each (a longer word stands alone)."""
    return textwrap.wrap(text, width) or [""]


def text_lines(text: str, y: float, out: list[dict[str, Any]], weight: str = "normal",
               x: float = 0, align: str = "left", width: int = CHARS_PER_LINE) -> float:
    """A label's lines appended to `out` from `y` down, a LINE apart; where the next begins."""
    for line in wrapped(text, width):
        out.append({"x": x, "y": y, "text": line, "weight": weight, "align": align})
        y += LINE
    return y


def text_layers(texts: Sequence[dict[str, Any]],
                order: Sequence[tuple[str, str]] | None = None) -> list[dict[str, Any]]:
    """A text layer for each (weight, align) in `order` that has text (by default, in the
    order they first appear), in the narrow renditions' type."""
    layers = []
    for weight, align in order or dict.fromkeys((t["weight"], t["align"]) for t in texts):
        mine = [t for t in texts if (t["weight"], t["align"]) == (weight, align)]
        if mine:
            layers.append({"data": {"values": mine},
                           "mark": {"type": "text", "align": align, "baseline": "top",
                                    "color": TEXT, "fontSize": FONT_SIZE, "fontWeight": weight},
                           "encoding": {**POSITION, "text": {"field": "text",
                                                             "type": "nominal"}}})
    return layers


def spec(height: float, layers: list[dict[str, Any]]) -> dict[str, Any]:
    """A narrow rendition's whole spec: the phone column's width, at least a line high."""
    return {"$schema": SCHEMA, "width": WIDTH, "height": max(height, LINE), "layer": layers}
