"""Charts: static, accessible SVG with the same numbers in a table and a CSV, same bytes
for the same input."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import altair as alt
import pytest

from plainsight_strategy.consultation.results import (
    AgreementResult,
    BreakdownResult,
    Cell,
    ConsultationResults,
    ScaleCount,
)
from plainsight_strategy.core.colour import contrast
from plainsight_strategy.site import charts, chartspec, indicator_charts
from plainsight_strategy.site.charts import scale_colours, text_colour_on
from plainsight_strategy.site.drawing import Drawer, Job
from plainsight_strategy.site.figure import Figure

ROOT = Path(__file__).resolve().parents[2]
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def every_chart(results: ConsultationResults) -> list[Figure]:
    assert results.comments is not None
    return [
        charts.agreement_ranking(results),
        charts.agreement_distribution(results.agreement),
        charts.agreement_distribution(results.agreement[:1], chart_id="vision-answers"),
        charts.breakdown_chart(results.breakdown("district")),
        charts.choice_chart(results.choice("role")),
        charts.comments_chart(results.comments),
    ]


def test_svg_is_an_image_with_title_and_description(every_chart: list[Figure]) -> None:
    for chart in every_chart:
        root = ET.fromstring(chart.svg)
        assert root.tag == f"{SVG}svg"
        assert root.get("role") == "img"
        labelled_by = (root.get("aria-labelledby") or "").split()
        assert labelled_by == [f"{chart.id}-title", f"{chart.id}-desc"]
        title, desc = root[0], root[1]
        assert (title.tag, title.get("id"), title.text) == (
            f"{SVG}title", f"{chart.id}-title", chart.title)
        assert (desc.tag, desc.get("id"), desc.text) == (
            f"{SVG}desc", f"{chart.id}-desc", chart.description)


def test_svg_scales_and_has_no_script(every_chart: list[Figure]) -> None:
    for chart in every_chart:
        root = ET.fromstring(chart.svg)
        assert "width" not in root.attrib and "height" not in root.attrib
        assert re.fullmatch(r"0 0 \d+(\.\d+)? \d+(\.\d+)?", root.get("viewBox") or "")
        tags = {element.tag for element in root.iter()}
        assert f"{SVG}script" not in tags and f"{SVG}foreignObject" not in tags
        assert "<script" not in chart.svg.lower()
        for element in root.iter():
            assert not [a for a in element.attrib if a.lower().startswith("on")]
            if element is not root:
                assert "role" not in element.attrib


def test_same_input_same_bytes(results: ConsultationResults, every_chart: list[Figure]) -> None:
    again = [
        charts.agreement_ranking(results),
        charts.agreement_distribution(results.agreement),
    ]
    assert [c.svg for c in again] == [c.svg for c in every_chart[:2]]
    assert again == every_chart[:2]


def test_text_is_black_or_white_with_enough_contrast(every_chart: list[Figure]) -> None:
    for colour in [*charts.AGREE_COLOURS, *charts.DISAGREE_COLOURS, charts.MID_GREY,
                   charts.DARK_GREY, "#FFFFFF"]:
        assert contrast(text_colour_on(colour), colour) >= 4.5, colour
    for chart in every_chart:
        fills = set(re.findall(r'<text[^>]*fill="([^"]+)"', chart.svg))
        assert fills <= {charts.TEXT, charts.WHITE}, (chart.id, fills)


def test_segment_edges_meet_3_to_1_against_the_page(every_chart: list[Figure]) -> None:
    """Strong colours are parted by white borders; light ones (under 3:1 on white) get a dark
    border, so every segment's outline meets 3:1 (WCAG 1.4.11)."""
    colours = scale_colours(["agree", "agree", "neutral", "disagree", "disagree",
                             "dont_know"])
    assert colours[0] == "#12436D" and colours[4] == "#801650"
    distribution = every_chart[1].svg
    for colour in colours:
        edge = charts.WHITE if contrast(colour, charts.WHITE) >= 3 else charts.DARK_GREY
        assert contrast(colour, charts.WHITE) >= 3 or contrast(edge, "#FFFFFF") >= 3
        assert re.search(f'fill="{colour}" stroke="{edge}"', distribution), colour


def test_ranking(every_chart: list[Figure]) -> None:
    ranking = every_chart[0]
    assert ranking.rows[0] == ("Vision", 91, 99, 91.9)
    assert [r[0] for r in ranking.rows][-1] == "Cross-cutting themes"
    assert ranking.caption == ("Between 85% (Cross-cutting themes) and 92% (Vision) of the "
                               "people who answered agreed.")
    assert "Vision: 92% (91 of 99)" in ranking.description
    assert ">92%<" in ranking.svg  # the value is written on the chart, not only coloured
    assert ranking.csv.splitlines()[1] == "Vision,91,99,91.9"
    assert "included" in ranking.notes[0]


def test_distribution(every_chart: list[Figure]) -> None:
    single = every_chart[2]
    assert single.caption == "92% of 99 people agreed with Vision."
    assert single.rows == (("Vision", 55, 36, 4, 1, 1, 2, 0, 99),)
    assert single.columns[1] == "Strongly agree" and single.columns[-1].startswith("Base")
    assert ">56%<" in single.svg and ">36%<" in single.svg
    assert "Strongly agree 55" in single.description
    everything = every_chart[1]
    assert everything.caption == "Most people agreed with each part; between 1% and 5% disagreed."
    assert len(everything.rows) == 6


def test_breakdown_leaves_out_hidden_cells_and_says_so(every_chart: list[Figure]) -> None:
    district = every_chart[3]
    drawn = " ".join(e.text or "" for e in ET.fromstring(district.svg).iter(f"{SVG}text"))
    assert "Blaby" in drawn
    for hidden in ("Oadby", "Outside of LLR", "Hinckley"):
        assert hidden not in drawn
    assert "Oadby & Wigston, Outside of LLR" in district.notes[0]
    assert "Hinckley & Bosworth" in district.notes[1]
    assert district.notes[2] == "Percentages are of all 99 responses."
    assert ("Oadby & Wigston", "fewer than 5", None) in district.rows
    assert ("Hinckley & Bosworth", "not shown", None) in district.rows
    assert ("Blaby", "25", 25.3) in district.rows
    assert district.rows[-1] == ("All responses", "99", None)
    assert district.caption == "The most responses came from Blaby: 25 of 99."
    assert "Oadby & Wigston,fewer than 5," in district.csv


def test_choice_and_comments(every_chart: list[Figure]) -> None:
    role, comments = every_chart[4], every_chart[5]
    assert role.caption == ("80% of the 99 people who answered chose "
                            "'Resident of Leicestershire'.")
    assert any("more than one answer" in n for n in role.notes)
    assert comments.rows[0] == ("Supportive or confirmative", 121)
    assert sum(n for _, n in comments.rows) == 328  # type: ignore[misc]
    assert comments.caption == "Most comments were supportive or confirmative (121)."


def _question(options: list[tuple[str, str, int]], base: int) -> AgreementResult:
    counts = tuple(ScaleCount(label, kind, n, None) for label, kind, n in options)
    agree = sum(n for _, kind, n in options if kind == "agree")
    return AgreementResult("q", "Wording", "Importance", None, counts, base, agree, None, 0,
                           None, 0, 0, 0, True, "Base definition")


def test_a_scale_listed_from_the_negative_end() -> None:
    question = _question([("Not at all important", "disagree", 2),
                          ("Not very important", "disagree", 3),
                          ("Fairly important", "agree", 6), ("Very important", "agree", 9),
                          ("Not sure", "dont_know", 5)], 25)
    assert scale_colours([o.kind for o in question.options]) == [
        "#801650", "#F46A25", "#28A197", "#12436D", "#505A5F"]
    chart = charts.agreement_distribution([question], chart_id="importance")
    # _question gives no percentages, as for a base under min_base_for_percent
    assert chart.caption == ("25 people answered; that is too few to give a percentage. "
                             "15 of them agreed with Importance.")
    assert ET.fromstring(chart.svg).get("role") == "img"


def test_ranking_leaves_out_questions_without_a_percentage(
        results: ConsultationResults) -> None:
    small = _question([("Yes", "agree", 3), ("No", "disagree", 1)], 4)
    thin = ConsultationResults(**{**results.__dict__, "agreement": (*results.agreement, small)})
    chart = charts.agreement_ranking(thin)
    assert len(chart.rows) == 7 and chart.rows[-1] == ("Importance", 3, 4, None)
    assert "too few answers for a percentage: Importance (4 people answered)" in \
        chart.description
    assert chart.caption.endswith(" 4 people answered the question about Importance; that is "
                                  "too few to give a percentage (we give percentages when at "
                                  "least 10 answer).")
    assert ">Importance<" not in chart.svg  # not drawn as a 0% bar


def test_breakdown_with_nothing_hidden() -> None:
    cells = (Cell("North", 30, 60.0), Cell("South", 20, 40.0))
    chart = charts.breakdown_chart(BreakdownResult("area", "Area", 50, cells))
    assert chart.notes == ("Percentages are of all 50 responses.",)
    assert chart.caption == "The most responses came from North: 30 of 50."
    assert ">North<" in chart.svg and ">South<" in chart.svg


def test_questions_on_different_scales_need_their_own_chart(
        results: ConsultationResults) -> None:
    other = _question([("Yes", "agree", 30), ("No", "disagree", 10)], 40)
    with pytest.raises(ValueError, match="different scales"):
        charts.agreement_distribution([results.agreement[0], other])


def test_ranking_with_no_percentages_still_renders(results: ConsultationResults) -> None:
    small = _question([("Yes", "agree", 3), ("No", "disagree", 1)], 4)
    empty = ConsultationResults(**{**results.__dict__, "agreement": (small,)})
    chart = charts.agreement_ranking(empty)
    assert chart.rows == (("Importance", 3, 4, None),)
    assert chart.caption == ("4 people answered the question about Importance; that is too "
                             "few to give a percentage (we give percentages when at least 10 "
                             "answer).")
    assert ET.fromstring(chart.svg).get("role") == "img"


class _Kept(Drawer):
    """A drawer that keeps every wide chart it is given and draws none."""

    def __init__(self) -> None:
        super().__init__()
        self.wide: list[object] = []

    def svg(self, chart, chart_id: str, title: str, description: str,  # noqa: ANN001
            css_class: str = "") -> str:
        self.wide.append(chart)
        return super().svg(chart, chart_id, title, description, css_class)

    def _drawn(self, parts: object, job: Job) -> str:
        return ""


def test_every_wide_chart_is_written_with_altair_through_the_shared_blocks(
        results: ConsultationResults) -> None:
    """One way to write a chart: both chart modules hand the drawer Altair charts built with
    chartspec's blocks, and the drawer refuses a plain Vega-Lite dict."""
    drawer = _Kept()
    assert results.comments is not None
    charts.agreement_ranking(results, drawer=drawer)
    charts.agreement_distribution(results.agreement, drawer=drawer)
    charts.breakdown_chart(results.breakdown("district"), drawer)
    charts.choice_chart(results.choice("role"), drawer)
    charts.comments_chart(results.comments, drawer=drawer)
    row = indicator_charts.SpineRow("Infant mortality", 3.3, "3.3", 3.9, "3.9", "England",
                                    2.0, 5.0)
    indicator_charts.spine_chart("s", "Spine", [row], "Shire", drawer)
    series = indicator_charts.TrendSeries("Infant mortality", ("2018", "2019"), (3.3, 3.1),
                                          (3.9, None), "England")
    indicator_charts.trend_chart("t", "Trend", [series], "Shire", drawer)
    assert len(drawer.wide) == 7
    assert all(isinstance(chart, alt.TopLevelMixin) for chart in drawer.wide)
    for module in (charts, indicator_charts):
        for block in ("layered", "no_grid", "rows_of", "text_marks"):
            assert getattr(module, block) is getattr(chartspec, block), (module, block)
    plain = drawer.wide[0].to_dict(validate=False)  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="must be an Altair chart, not dict"):
        Drawer().svg(plain, "plain", "A plain dict", "Refused.")
