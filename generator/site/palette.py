"""The chart palette, for the consultation and the indicator charts alike.

Public API:

    the colours: DARK_BLUE, TURQUOISE, DARK_PINK, ORANGE, LIGHT_BLUE, LIGHT_ORANGE (Government
        Analysis Function palette); MID_GREY, DARK_GREY, TEXT, WHITE (GOV.UK); RANGE_GREY (an
        indicator's range of similar areas), GRID_GREY (axis grid lines)
    AGREE_COLOURS, DISAGREE_COLOURS       strongest first
    OTHER_COLOURS                         neutral and don't know
    SERIES_COLOURS                        the area (dark blue), then the comparisons (text colour)
    text_colour_on(background) -> str     black or white, whichever reads better
    edge_colour(fill) -> str              a bar's or segment's border (WCAG 1.4.11)
    outermost_first(kinds) -> (agree positions, disagree positions), strongest first
    scale_colours(kinds) -> [colour]      a colour for each option of an agreement scale

Contrast is core.colour.contrast, the one WCAG 2.2 contrast function (the header colour check
uses it too).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..core.colour import contrast

# Government Analysis Function palette, and GOV.UK greys and text colour.
DARK_BLUE, TURQUOISE, DARK_PINK, ORANGE = "#12436D", "#28A197", "#801650", "#F46A25"
LIGHT_BLUE, LIGHT_ORANGE = "#6BACE6", "#F8B48C"
MID_GREY, DARK_GREY, TEXT, WHITE = "#B1B4B6", "#505A5F", "#0B0C0C", "#FFFFFF"
RANGE_GREY, GRID_GREY = "#DEE0E2", "#E5E6E7"
AGREE_COLOURS = (DARK_BLUE, TURQUOISE, LIGHT_BLUE)  # strongest first
DISAGREE_COLOURS = (DARK_PINK, ORANGE, LIGHT_ORANGE)  # strongest first
OTHER_COLOURS = {"neutral": MID_GREY, "dont_know": DARK_GREY}
SERIES_COLOURS = (DARK_BLUE, TEXT, TEXT, TEXT)  # the area, then England or a target


def text_colour_on(background: str) -> str:
    """Black or white, whichever reads better on the background."""
    return max((TEXT, WHITE), key=lambda c: contrast(c, background))


def edge_colour(fill: str) -> str:
    """A segment's border: white between strong colours; dark grey round a light one, whose
    fill alone would be under 3:1 against the white page (WCAG 1.4.11)."""
    return WHITE if contrast(fill, WHITE) >= 3 else DARK_GREY


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
