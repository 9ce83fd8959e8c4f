"""Pictures for easy read: pictograms from the icon sets shipped with Material for MkDocs,
and the "9 out of 10 people" picture drawn here as plain SVG.

Public API: ICONS (the icon folder; the read step checks each pictogram's icon is in it),
pictogram(icon, alt) -> svg, people(agreed, label, total=10) -> svg.
"""

from __future__ import annotations

from functools import cache
from html import escape
from importlib.resources import files
from pathlib import Path

from .palette import DARK_BLUE, DARK_GREY, WHITE

ICONS = Path(str(files("material") / "templates" / ".icons"))

# One person: a head and a body, on a 24 x 24 grid (drawn here: it is the unit of the picture).
_PERSON = ("<circle cx='{x}' cy='6' r='4'/>"
           "<path d='M{l} 24v-7a7 7 0 0 1 14 0v7z'/>")
# The chart palette's colours (in lower case, as this picture has always written them).
_AGREED = f"fill='{DARK_BLUE.lower()}' stroke='{DARK_BLUE.lower()}'"
_OTHER = f"fill='{WHITE.lower()}' stroke='{DARK_GREY.lower()}'"


@cache
def _icon_source(icon: str) -> str:
    return (ICONS / f"{icon}.svg").read_text(encoding="utf-8")


def pictogram(icon: str, alt: str) -> str:
    """An icon as inline SVG with its text alternative."""
    svg = _icon_source(icon).strip()
    return svg.replace("<svg ", f'<svg role="img" aria-label="{escape(alt)}" focusable="false" ',
                       1)


def people(agreed: int, label: str, total: int = 10) -> str:
    """`agreed` of `total` people filled in dark, the rest outlined: colour is not the only cue;
    `label` says so in words (the site's words: "9 out of 10 people")."""
    shapes = []
    for i in range(total):
        x = 12 + i * 26
        fill = _AGREED if i < agreed else _OTHER
        shapes.append(f"<g {fill} stroke-width='1.5'>" +
                      _PERSON.format(x=x, l=x - 7) + "</g>")
    return (f'<svg role="img" aria-label="{escape(label)}" viewBox="0 -1 {total * 26} 26" '
            f'xmlns="http://www.w3.org/2000/svg" class="ps-people">{"".join(shapes)}</svg>')
