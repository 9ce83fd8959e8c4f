"""Chart colours and sizes, and what makes vl-convert's SVG accessible.

Public API:

    contrast_ratio(colour, other) -> float      WCAG 2 contrast of two #RRGGBB colours
    text_colour_on(background) -> str           black or white, whichever reads better
    edge_colour(fill) -> str                    a segment's border (WCAG 1.4.11)
    outermost_first(kinds) -> (agree positions, disagree positions), strongest first
    scale_colours(kinds) -> [colour]            a colour for each option of a scale
    accessible_svg(svg, chart_id, title, description, css_class="") -> str  (on one line)
    config() -> dict                            fonts, colours and sizes shared by all charts
    the palette constants (DARK_BLUE ... WHITE) and FONT, FONT_SIZE

vl-convert draws each chart (drawing.py); the SVG then gets role="img", a <title> and a <desc>
(vl-convert drops the description), loses its fixed size (its viewBox scales it, and an inline
max-width keeps it from growing past the size it was drawn at, so its text is never drawn
larger or smaller than planned except when the column is narrower) and any scripts or inner
roles, and is put on one line (a blank line inside raw HTML would end Markdown's HTML block).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Any

# Government Analysis Function palette, and GOV.UK greys and text colour.
DARK_BLUE, TURQUOISE, DARK_PINK, ORANGE = "#12436D", "#28A197", "#801650", "#F46A25"
LIGHT_BLUE, LIGHT_ORANGE = "#6BACE6", "#F8B48C"
MID_GREY, DARK_GREY, TEXT, WHITE = "#B1B4B6", "#505A5F", "#0B0C0C", "#FFFFFF"
AGREE_COLOURS = (DARK_BLUE, TURQUOISE, LIGHT_BLUE)  # strongest first
DISAGREE_COLOURS = (DARK_PINK, ORANGE, LIGHT_ORANGE)  # strongest first
OTHER_COLOURS = {"neutral": MID_GREY, "dont_know": DARK_GREY}

FONT = "Arial, Helvetica, sans-serif"
FONT_SIZE = 14  # every piece of chart text, at the size the chart is drawn
SVG_NS = "http://www.w3.org/2000/svg"


# Colour -----------------------------------------------------------------------------------

def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(colour: str, other: str) -> float:
    """WCAG 2 contrast ratio between two #RRGGBB colours (1 to 21)."""
    light, dark = sorted((_luminance(colour), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_colour_on(background: str) -> str:
    """Black or white, whichever reads better on the background."""
    return max((TEXT, WHITE), key=lambda c: contrast_ratio(c, background))


def edge_colour(fill: str) -> str:
    """A segment's border: white between strong colours; dark grey round a light one, whose
    fill alone would be under 3:1 against the white page (WCAG 1.4.11)."""
    return WHITE if contrast_ratio(fill, WHITE) >= 3 else DARK_GREY


def outermost_first(kinds: Sequence[str]) -> tuple[list[int], list[int]]:
    """Positions of the agree and of the disagree options, strongest (outermost) first,
    whichever end of the scale the survey starts at."""
    agree = [i for i, kind in enumerate(kinds) if kind == "agree"]
    disagree = [i for i, kind in enumerate(kinds) if kind == "disagree"]
    agree_first = not disagree or not agree or agree[0] < disagree[0]
    return (agree if agree_first else agree[::-1]), (disagree[::-1] if agree_first else disagree)


def scale_colours(kinds: Sequence[str]) -> list[str]:
    """A colour for each option of a scale: the strongest agree option darkest blue, the
    strongest disagree option darkest pink, neutral and don't know grey."""
    colours = [OTHER_COLOURS.get(kind, MID_GREY) for kind in kinds]
    for positions, palette in zip(outermost_first(kinds), (AGREE_COLOURS, DISAGREE_COLOURS),
                                  strict=True):
        for rank, i in enumerate(positions):
            colours[i] = palette[min(rank, len(palette) - 1)]
    return colours


# SVG --------------------------------------------------------------------------------------

ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")


def accessible_svg(svg: str, chart_id: str, title: str, description: str,
                   css_class: str = "") -> str:
    """role="img" labelled by a <title> and <desc> whose ids start with `chart_id`; no fixed
    size (the viewBox scales, up to the drawn width); no scripts, event handlers or inner
    ARIA roles (the image is one thing to a reader); on one line."""
    root = ET.fromstring(svg)
    width = root.attrib.pop("width", None)
    root.attrib.pop("height", None)
    if width:
        root.set("style", f"max-width: {float(width):g}px")
    if css_class:
        root.set("class", f"{root.get('class', '')} {css_class}".strip())
    root.set("role", "img")
    root.set("aria-labelledby", f"{chart_id}-title {chart_id}-desc")
    root.set("focusable", "false")
    for parent in list(root.iter()):
        for child in list(parent):
            if child.tag in (f"{{{SVG_NS}}}script", f"{{{SVG_NS}}}foreignObject"):
                parent.remove(child)
    for element in root.iter():
        if element is root:
            continue
        for name in [a for a in element.attrib
                     if a.startswith("on") or a in ("role", "aria-roledescription", "aria-label")]:
            del element.attrib[name]
    desc = ET.Element(f"{{{SVG_NS}}}desc", {"id": f"{chart_id}-desc"})
    desc.text = description
    heading = ET.Element(f"{{{SVG_NS}}}title", {"id": f"{chart_id}-title"})
    heading.text = title
    root.insert(0, desc)
    root.insert(0, heading)
    return " ".join(ET.tostring(root, encoding="unicode").split())


def config(font_size: int = FONT_SIZE) -> dict[str, Any]:
    """Fonts, colours and sizes shared by every chart, as a Vega-Lite `config` (set on the
    spec itself: Altair's configure_* would copy the whole chart once for each call)."""
    text = {"labelFontSize": font_size, "titleFontSize": font_size, "labelColor": TEXT,
            "titleColor": TEXT, "labelLimit": 260}
    return {"font": FONT, "background": WHITE, "view": {"stroke": None},
            "axis": {**text, "domainColor": DARK_GREY, "tickColor": DARK_GREY,
                     "gridColor": "#E5E6E7"},
            "legend": {**text, "orient": "top", "symbolStrokeWidth": 1,
                       "symbolStrokeColor": DARK_GREY}}
