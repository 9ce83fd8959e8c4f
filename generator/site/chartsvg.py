"""Chart fonts and sizes, and what makes vl-convert's SVG accessible.

Public API:

    accessible_svg(svg, chart_id, title, description, css_class="") -> str  (on one line)
    config() -> dict                            fonts, colours and sizes shared by all charts
    FONT, FONT_SIZE
    (the colours, and the choice of text and edge colours, are palette.py's)

vl-convert draws each chart (drawing.py); the SVG then gets role="img", a <title> and a <desc>
(vl-convert drops the description), loses its fixed size (its viewBox scales it, and an inline
max-width keeps it from growing past the size it was drawn at, so its text is never drawn
larger or smaller than planned except when the column is narrower) and any scripts or inner
roles, and is put on one line (a blank line inside raw HTML would end Markdown's HTML block).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from ..core import xmltext
from .palette import DARK_GREY, GRID_GREY, TEXT, WHITE

FONT = "Arial, Helvetica, sans-serif"
FONT_SIZE = 14  # every piece of chart text, at the size the chart is drawn
SVG_NS = "http://www.w3.org/2000/svg"


# SVG --------------------------------------------------------------------------------------

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
    return " ".join(xmltext.tostring(root, SVG_NS).split())  # core/xmltext.py says why


def config(font_size: int = FONT_SIZE) -> dict[str, Any]:
    """Fonts, colours and sizes shared by every chart, as a Vega-Lite `config` (set on the
    spec itself: Altair's configure_* would copy the whole chart once for each call)."""
    text = {"labelFontSize": font_size, "titleFontSize": font_size, "labelColor": TEXT,
            "titleColor": TEXT, "labelLimit": 260}
    return {"font": FONT, "background": WHITE, "view": {"stroke": None},
            "axis": {**text, "domainColor": DARK_GREY, "tickColor": DARK_GREY,
                     "gridColor": GRID_GREY},
            "legend": {**text, "orient": "top", "symbolStrokeWidth": 1,
                       "symbolStrokeColor": DARK_GREY}}
