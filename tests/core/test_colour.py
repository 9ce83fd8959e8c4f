"""One WCAG 2.2 luminance and contrast function (core/colour.py), for the header colour check
and the charts alike; no other module computes luminance."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plainsight_strategy.core.colour import contrast, luminance
from plainsight_strategy.site import palette

PACKAGE = Path(__file__).resolve().parents[2] / "generator"


@pytest.mark.parametrize(("foreground", "background", "ratio"), [
    ("#000000", "#FFFFFF", 21.0),
    ("#FFFFFF", "#000000", 21.0),     # the order does not matter
    ("#767676", "#FFFFFF", 4.54),     # the lightest grey that passes 4.5:1 on white
    ("#777777", "#FFFFFF", 4.48),     # and the next one, which fails
    ("#595959", "#FFFFFF", 7.0),      # AAA body text on white
    ("#FF0000", "#FFFFFF", 4.0),
    ("#0000FF", "#FFFFFF", 8.59),
    ("#0B0C0C", "#FFFFFF", 19.59),    # GOV.UK text
    ("#12436D", "#FFFFFF", 10.25),    # the chart's dark blue
    ("#fff", "#000", 21.0),           # short hex, lower case
])
def test_contrast_against_known_wcag_values(foreground: str, background: str,
                                            ratio: float) -> None:
    assert contrast(foreground, background) == pytest.approx(ratio, abs=0.01)


def test_luminance_ends_and_translucent_text() -> None:
    assert luminance("#000000") == 0 and luminance("#FFFFFF") == pytest.approx(1)
    assert luminance("#808080") == pytest.approx(0.2159, abs=1e-4)
    # black at 87 % over white is #212121 blended
    assert contrast("#000000de", "#ffffff") == pytest.approx(contrast("#212121", "#ffffff"),
                                                             abs=0.01)


def test_the_threshold_is_wcag_2_2s_and_agrees_with_the_old_one_for_8_bit_colours() -> None:
    """WCAG 2.2's 0.04045 and WCAG 2.0's 0.03928 linearise every 8-bit channel the same way,
    so the chart colours' contrast decisions did not change when the two functions became one."""
    assert not [v for v in range(256) if (v / 255 <= 0.03928) != (v / 255 <= 0.04045)]
    assert luminance("#0A0A0A") == pytest.approx(10 / 255 / 12.92)
    assert luminance("#0B0B0B") == pytest.approx(((11 / 255 + 0.055) / 1.055) ** 2.4)


def test_chart_text_and_edges_use_the_one_contrast() -> None:
    for colour in (*palette.AGREE_COLOURS, *palette.DISAGREE_COLOURS, palette.MID_GREY,
                   palette.DARK_GREY, palette.WHITE):
        text = palette.text_colour_on(colour)
        assert text in (palette.TEXT, palette.WHITE) and contrast(text, colour) >= 4.5
        edge = palette.edge_colour(colour)
        assert edge == (palette.WHITE if contrast(colour, palette.WHITE) >= 3
                        else palette.DARK_GREY)


def test_no_other_module_computes_luminance() -> None:
    pattern = re.compile(r"def _?luminance\b|0\.03928|\b0\.2126\b|12\.92")
    found = [str(path.relative_to(PACKAGE)) for path in sorted(PACKAGE.rglob("*.py"))
             if pattern.search(path.read_text(encoding="utf-8"))]
    assert found == ["core/colour.py"]
