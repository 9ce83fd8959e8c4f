"""Indicator charts come in two renditions, like the consultation charts: wide, and narrow for
a phone (each indicator's name on its own lines, values written out, legend above), each a
complete accessible image with its own ids, both kept in the Cache passed in."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from plainsight_strategy.core.cache import Cache
from plainsight_strategy.site import indicator_charts as charts
from plainsight_strategy.site.chartnarrow import FONT_SIZE as NARROW_FONT
from plainsight_strategy.site.chartnarrow import WIDTH as NARROW_WIDTH
from plainsight_strategy.site.charts import NARROW_SUFFIX
from plainsight_strategy.site.drawing import NOW, Drawer

SVG = "{http://www.w3.org/2000/svg}"
ROWS = [charts.SpineRow("E01 Infant mortality rate", 3.3, "3.3", 3.9, "3.9", "England",
                        1.9, 5.1),
        charts.SpineRow("C07 Proportion of New Birth Visits (NBVs) completed within 14 days",
                        86.8, "86.8", 80.0, "80.0", "Target", None, None)]
SERIES = [charts.TrendSeries("Infant mortality rate", ("2017/18", "2018/19", "2019/20"),
                             (4.6, 4.1, 3.3), (3.9, 3.9, 3.8), "England")]


def _texts(svg: str) -> list[str]:
    return [t.text or "" for t in ET.fromstring(svg).iter(f"{SVG}text")]


@pytest.mark.parametrize("kind", ["spine", "trend"])
def test_each_rendition_is_an_image_with_its_own_ids(kind: str) -> None:
    wide, narrow, description = (
        charts.spine_chart("s", "Title", ROWS, "Shire", NOW) if kind == "spine"
        else charts.trend_chart("s", "Title", SERIES, "Shire", NOW))
    for svg, prefix, css in ((wide, "s", "ps-chart-wide"),
                             (narrow, "s" + NARROW_SUFFIX, "ps-chart-narrow")):
        root = ET.fromstring(svg)
        assert css in root.get("class", "")
        assert root.get("role") == "img"
        assert root.get("aria-labelledby") == f"{prefix}-title {prefix}-desc"
        assert (root[0].text, root[1].text) == ("Title", description)
    ids = re.findall(r' id="([^"]+)"', wide + narrow)
    assert len(ids) == len(set(ids)) == 4


def test_narrow_spine_fits_a_phone_names_each_indicator_and_writes_its_values() -> None:
    _, narrow, _ = charts.spine_chart("s", "Title", ROWS, "Shire", NOW)
    root = ET.fromstring(narrow)
    assert float(root.get("viewBox", "").split()[2]) <= NARROW_WIDTH + 20
    sizes = {float(t.get("font-size", "0").rstrip("px")) for t in root.iter(f"{SVG}text")}
    assert sizes == {NARROW_FONT}
    text = " ".join(_texts(narrow))
    assert text.startswith("Shire England Target")  # the legend comes first
    assert "E01 Infant mortality rate" in text
    assert "C07 Proportion of New Birth Visits (NBVs) completed within 14 days" in text
    assert "Shire 3.3; England 3.9; similar areas from 1.9 (left) to 5.1 (right)" in text
    assert "Shire 86.8; Target 80.0" in text


def test_narrow_trend_writes_every_value_and_period() -> None:
    _, narrow, _ = charts.trend_chart("s", "Title", SERIES, "Shire", NOW)
    texts = _texts(narrow)
    for written in ("Infant mortality rate", "4.6", "4.1", "3.3", "2017/18", "2019/20",
                    "Shire (solid line)", "England (dashed line)"):
        assert written in texts
    assert float(ET.fromstring(narrow).get("viewBox", "").split()[2]) <= NARROW_WIDTH + 20


def test_both_renditions_are_kept_in_the_cache(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    import vl_convert
    calls: list[int] = []
    original = vl_convert.vegalite_to_svg
    monkeypatch.setattr(vl_convert, "vegalite_to_svg",
                        lambda spec: calls.append(1) or original(spec))
    first = charts.spine_chart("s", "Title", ROWS, "Shire", Drawer(Cache(tmp_path)))
    assert len(calls) == 2
    assert charts.spine_chart("s", "Title", ROWS, "Shire", Drawer(Cache(tmp_path))) == first
    assert len(calls) == 2


def test_narrow_trend_writes_only_the_labels_that_fit_first_and_last_always() -> None:
    periods = tuple(f"{2010 + i}/{11 + i}" for i in range(8))
    long = [charts.TrendSeries("Many periods", periods, tuple(float(i) for i in range(8)),
                               (None,) * 8, "England")]
    _, narrow, _ = charts.trend_chart("s", "Title", long, "Shire", NOW)
    root = ET.fromstring(narrow)
    shown = [t for t in root.iter(f"{SVG}text") if t.text in periods]
    assert shown[0].text == periods[0] and shown[-1].text == periods[-1]
    assert 2 <= len(shown) < len(periods)
    # none of them overlaps the next (centred labels, about 8.5px a character at 15px)
    xs = sorted(float(re.search(r"translate\(([-\d.]+)", t.get("transform", "")).group(1))
                for t in shown)
    assert all(b - a >= 7 * 8.5 for a, b in zip(xs, xs[1:], strict=False))


def test_a_confidence_interval_is_a_line_through_the_circle_in_both_renditions() -> None:
    from dataclasses import replace
    # the second row has an interval too, but no range of similar areas to place it on
    rows = [replace(ROWS[0], lower=2.9, upper=3.8), replace(ROWS[1], lower=80.1, upper=90.2)]
    wide, narrow, description = charts.spine_chart("s", "Title", rows, "Shire", NOW)
    assert wide.count("mark-rule role-mark") == narrow.count("mark-rule role-mark") == 1
    words = " ".join(_texts(narrow))
    assert "Shire 3.3 (95% interval 2.9 to 3.8); England 3.9" in words
    assert "The line through the circle: its 95% confidence interval." in words
    assert "Shire 3.3 (95% interval 2.9 to 3.8), England 3.9" in description
    assert "with a line through it for its 95% confidence interval" in description
    low, high = charts._interval_at(rows[0])
    assert low < charts._positions(rows[0])[0] < high  # the circle sits on its line

    plain_wide, plain_narrow, plain_description = charts.spine_chart("s", "Title", ROWS,
                                                                     "Shire", NOW)
    assert "mark-rule role-mark" not in plain_wide + plain_narrow
    assert "interval" not in plain_description
