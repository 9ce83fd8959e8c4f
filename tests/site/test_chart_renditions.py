"""Two renditions of every chart (wide, and narrow for phones), each a complete accessible
image with its own ids; the legend lists options in the order the segments are drawn."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from plainsight_strategy.consultation.results import ConsultationResults
from plainsight_strategy.site import charts
from plainsight_strategy.site.chartnarrow import FONT_SIZE as NARROW_FONT
from plainsight_strategy.site.chartnarrow import WIDTH as NARROW_WIDTH
from plainsight_strategy.site.charts import reading_order

SVG = "{http://www.w3.org/2000/svg}"
SCALE = ["agree", "agree", "neutral", "disagree", "disagree", "dont_know"]


def test_legend_reads_in_the_order_the_segments_are_drawn(results: ConsultationResults) -> None:
    labels = [o.label for o in results.agreement[0].options]
    assert [labels[i] for i in reading_order(SCALE)] == [
        "Strongly disagree", "Tend to disagree", "Tend to agree", "Strongly agree",
        "Neither agree nor disagree", "Don't know"]
    # a scale listed from the negative end reads the same way
    assert reading_order(["disagree", "disagree", "agree", "agree", "dont_know"]) == [
        0, 1, 2, 3, 4]  # not at all, not very | fairly, very; not sure
    chart = charts.agreement_distribution(results.agreement[:1], chart_id="v")
    root = ET.fromstring(chart.svg)
    legend = [t.text for g in root.iter(f"{SVG}g") if "role-legend-label" in g.get("class", "")
              for t in g.iter(f"{SVG}text")]
    assert legend == [labels[i] for i in reading_order(SCALE)]


def test_each_rendition_is_an_image_with_its_own_ids(results: ConsultationResults) -> None:
    chart = charts.agreement_ranking(results)
    wide, narrow = ET.fromstring(chart.svg), ET.fromstring(chart.narrow_svg)
    assert "ps-chart-wide" in wide.get("class", "")
    assert "ps-chart-narrow" in narrow.get("class", "")
    for root, prefix in ((wide, chart.id), (narrow, chart.id + charts.NARROW_SUFFIX)):
        assert root.get("role") == "img"
        assert root.get("aria-labelledby") == f"{prefix}-title {prefix}-desc"
        assert (root[0].text, root[1].text) == (chart.title, chart.description)
    ids = re.findall(r' id="([^"]+)"', chart.svg + chart.narrow_svg)
    assert len(ids) == len(set(ids)) == 4


def test_narrow_rendition_fits_a_phone_and_writes_every_value(
        results: ConsultationResults) -> None:
    chart = charts.agreement_distribution(results.agreement[:1], chart_id="v")
    root = ET.fromstring(chart.narrow_svg)
    width = float(root.get("viewBox", "").split()[2])
    assert width <= NARROW_WIDTH + 20  # the plot plus Vega's padding
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts[:2] == ["Strongly agree: 56%", "Tend to agree: 36%"]
    sizes = {float(t.get("font-size", "0").rstrip("px")) for t in root.iter(f"{SVG}text")}
    assert sizes == {NARROW_FONT}
    assert root.get("style") == f"max-width: {width:g}px"  # never drawn larger than planned
