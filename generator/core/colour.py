"""Colour contrast (WCAG 2.2 relative luminance) and the branding check on the header colour.

Public API:

    luminance(colour) -> float                      WCAG relative luminance, 0 to 1 ("#rgb"
                                                      or "#rrggbb", either case)
    contrast(foreground, background) -> float        ("#rrggbb" or "#rrggbbaa"; alpha is
                                                      blended over the background)
    MATERIAL_PRIMARY: Material's named primary colours -> (header colour, header text colour)
    header_colours(primary, custom) -> (name shown, colour, text colour) | None
    check_primary(primary, custom, problems, file="mkdocs.yml") -> None
"""

from __future__ import annotations

import re

from .problems import Problems

MINIMUM = 4.5
WHITE = "#ffffff"
_DARK_TEXT = "#000000de"  # Material's text on light header colours: black at 87 %
_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")

# Material for MkDocs 9.x, palette.css: --md-primary-fg-color and --md-primary-bg-color.
MATERIAL_PRIMARY = {
    "red": ("#ef5552", WHITE), "pink": ("#e92063", WHITE), "purple": ("#ab47bd", WHITE),
    "deep-purple": ("#7e56c2", WHITE), "indigo": ("#4051b5", WHITE), "blue": ("#2094f3", WHITE),
    "light-blue": ("#02a6f2", WHITE), "cyan": ("#00bdd6", WHITE), "teal": ("#009485", WHITE),
    "green": ("#4cae4f", WHITE), "light-green": ("#8bc34b", WHITE),
    "lime": ("#cbdc38", _DARK_TEXT), "yellow": ("#ffec3d", _DARK_TEXT),
    "amber": ("#ffc105", _DARK_TEXT), "orange": ("#ffa724", _DARK_TEXT),
    "deep-orange": ("#ff6e42", WHITE), "brown": ("#795649", WHITE), "grey": ("#757575", WHITE),
    "blue-grey": ("#546d78", WHITE), "black": ("#000000", WHITE), "white": ("#ffffff", _DARK_TEXT),
}
DEFAULT_CUSTOM = "#12436d"  # theme/assets/stylesheets/plainsight.css


def _rgba(colour: str) -> tuple[float, float, float, float]:
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    values = [int(digits[i:i + 2], 16) / 255 for i in range(0, len(digits), 2)]
    return (values[0], values[1], values[2], values[3] if len(values) == 4 else 1.0)


def _linear(c: float) -> float:
    """An sRGB channel (0 to 1) made linear. The threshold is WCAG 2.2's 0.04045 (the sRGB
    standard's), not the 0.03928 that WCAG 2.0 printed; no 8-bit channel value lies between
    the two (10/255 = 0.0392 is under both, 11/255 = 0.0431 over both), so for "#rrggbb"
    colours they agree; only a colour blended from a translucent one can fall between."""
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _relative(rgb: tuple[float, float, float]) -> float:
    r, g, b = (_linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def luminance(colour: str) -> float:
    """WCAG 2.2 relative luminance of an opaque colour, from 0 (black) to 1 (white)."""
    r, g, b, _ = _rgba(colour)
    return _relative((r, g, b))


def contrast(foreground: str, background: str) -> float:
    """WCAG 2.2 contrast ratio, from 1 to 21: the one contrast function, used by the header
    colour check here and by the chart palette (site/palette.py)."""
    br, bg, bb, _ = _rgba(background)
    fr, fg, fb, alpha = _rgba(foreground)
    blended = (alpha * fr + (1 - alpha) * br, alpha * fg + (1 - alpha) * bg,
               alpha * fb + (1 - alpha) * bb)
    light, dark = sorted((_relative(blended), _relative((br, bg, bb))), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def header_colours(primary: str, custom: str) -> tuple[str, str, str] | None:
    """The header's colour and text colour for `theme.palette.primary` (a Material name, or
    "custom" with the colour from the plugin's `primary_colour`); None for an unknown name."""
    name = (primary or "custom").strip().lower().replace(" ", "-")
    if name == "custom":
        colour = custom or DEFAULT_CUSTOM
        return colour, colour, WHITE
    if name in MATERIAL_PRIMARY:
        return name, *MATERIAL_PRIMARY[name]
    return None


def check_primary(primary: str, custom: str, problems: Problems, file: str = "mkdocs.yml") -> None:
    """The header text must meet 4.5:1 on the primary colour: an error names both and the ratio."""
    if custom and not _HEX.match(custom):
        problems.add(file, f"primary_colour '{custom}' is not a colour",
                     expected="a hex colour such as #12436d")
        return
    found = header_colours(primary, custom)
    if found is None:
        problems.add(file, f"theme.palette.primary '{primary}' is not a Material colour",
                     expected=f"custom or one of {', '.join(MATERIAL_PRIMARY)}")
        return
    shown, colour, text = found
    ratio = contrast(text, colour)
    if ratio < MINIMUM:
        named = shown if shown == colour else f"{shown} ({colour})"
        problems.add(file, f"primary colour {named} has a contrast of {ratio:.2f}:1 with the "
                     f"header text ({text[:7]}); it needs at least {MINIMUM}:1",
                     hint="choose a darker primary colour, for example #12436d")
