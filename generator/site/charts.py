"""Consultation charts: Altair specs rendered at build time to static, accessible SVG.

Public API:

    agreement_ranking(results, chart_id=..., title=..., cache=NO_CACHE) -> Chart
    agreement_distribution(questions, chart_id=..., title=..., cache=NO_CACHE) -> Chart
    breakdown_chart(breakdown, cache=NO_CACHE) -> Chart
    choice_chart(choice, cache=NO_CACHE) -> Chart
    comments_chart(comments, chart_id=..., title=..., cache=NO_CACHE) -> Chart
    accessible_svg(svg: str, chart_id: str, title: str, description: str) -> str
    contrast_ratio(colour: str, other: str) -> float
    (Chart, the frozen dataclass each returns, is defined in consultation/results.py)

No JavaScript: vl-convert renders each chart to SVG, which is then given role="img", a <title>
and a <desc> (vl-convert drops the description) and made to scale with its viewBox. Values are
written on the bars, so colour is never the only cue; segments have white borders and text
takes black or white, whichever has the higher contrast. The same results give the same bytes.
"""

from __future__ import annotations

import json
import math
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Any

import altair as alt
import vl_convert as vlc

from ..consultation.results import (
    AgreementResult,
    BreakdownResult,
    Cell,
    Chart,
    ChoiceResult,
    CommentResult,
    ConsultationResults,
    Row,
    whole_percent,
)
from ..core.cache import NO_CACHE, Cache
from ..core.csvfile import to_csv

# Government Analysis Function palette, and GOV.UK greys and text colour.
DARK_BLUE, TURQUOISE, DARK_PINK, ORANGE = "#12436D", "#28A197", "#801650", "#F46A25"
LIGHT_BLUE, LIGHT_ORANGE = "#6BACE6", "#F8B48C"
MID_GREY, DARK_GREY, TEXT, WHITE = "#B1B4B6", "#505A5F", "#0B0C0C", "#FFFFFF"
AGREE_COLOURS = (DARK_BLUE, TURQUOISE, LIGHT_BLUE)  # strongest first
DISAGREE_COLOURS = (DARK_PINK, ORANGE, LIGHT_ORANGE)  # strongest first
OTHER_COLOURS = {"neutral": MID_GREY, "dont_know": DARK_GREY}

FONT = "Arial, Helvetica, sans-serif"
FONT_SIZE = 13
ROW_HEIGHT = 34
MIN_LABEL_PX = 30  # a segment narrower than this has no room for its label
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


def accessible_svg(svg: str, chart_id: str, title: str, description: str) -> str:
    """role="img" labelled by a <title> and <desc>; no fixed size (the viewBox scales);
    no scripts, event handlers or inner ARIA roles (the image is one thing to a reader)."""
    root = ET.fromstring(svg)
    for attribute in ("width", "height"):
        root.attrib.pop(attribute, None)
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
    return ET.tostring(root, encoding="unicode")


def _render(chart: alt.TopLevelMixin, chart_id: str, title: str, description: str,
            cache: Cache) -> str:
    """SVG of a chart, from the disk cache when the same spec and data were drawn before."""
    spec = chart.to_dict()
    key = [json.dumps(spec, sort_keys=True), chart_id, title, description]
    return cache.pickled("chart", key, lambda: accessible_svg(
        vlc.vegalite_to_svg(spec), chart_id, title, description))


def _config(chart: Any) -> Any:
    return (chart.configure(font=FONT, background=WHITE)
            .configure_axis(labelFontSize=FONT_SIZE, titleFontSize=FONT_SIZE, labelColor=TEXT,
                            titleColor=TEXT, labelLimit=260, domainColor=DARK_GREY,
                            tickColor=DARK_GREY, gridColor="#E5E6E7")
            .configure_legend(labelFontSize=FONT_SIZE, titleFontSize=FONT_SIZE, labelColor=TEXT,
                              titleColor=TEXT, orient="top", labelLimit=260, symbolStrokeWidth=0)
            .configure_view(stroke=None))


# Ranked agreement -------------------------------------------------------------------------

def agreement_ranking(results: ConsultationResults, chart_id: str = "agreement-ranking",
                      title: str = "How many people agreed with each part",
                      cache: Cache = NO_CACHE) -> Chart:
    """One bar a question, highest agreement first, each labelled with its %."""
    shown = [q for q in results.agreement if q.agree_pct is not None]
    ranked = sorted(shown, key=lambda q: (-(q.agree_pct or 0), results.agreement.index(q)))
    values = [{"label": q.label, "pct": q.agree_pct, "text": f"{q.agree_whole_pct}%"}
              for q in ranked]
    sort = [q.label for q in ranked]
    base = alt.Chart(alt.InlineData(values=values))
    bars = base.mark_bar(color=DARK_BLUE).encode(
        x=alt.X("pct:Q", title="Agreed (%)", scale=alt.Scale(domain=[0, 100]),
                axis=alt.Axis(grid=False, values=[0, 25, 50, 75, 100])),
        y=alt.Y("label:N", sort=sort, title=None))
    labels = base.mark_text(align="left", dx=4, fontSize=FONT_SIZE, color=TEXT).encode(
        x="pct:Q", y=alt.Y("label:N", sort=sort), text="text:N")
    chart = _config(alt.layer(bars, labels).properties(
        width=320, height=ROW_HEIGHT * max(len(ranked), 1)))
    description = _ranking_description(ranked, results.agreement)
    caption = _ranking_caption(ranked)
    columns = ("Question", "Agreed", "Base (people who answered)", "Agreed (%)")
    rows = tuple((q.label, q.agree_n, q.base_n, q.agree_pct) for q in ranked)
    notes = (ranked[0].base_definition,) if ranked else ()
    return Chart(chart_id, _render(chart, chart_id, title, description, cache), title, description,
                 caption, columns, rows, to_csv(columns, rows), notes)


def _ranking_description(ranked: Sequence[AgreementResult],
                         every: Sequence[AgreementResult]) -> str:
    parts = [f"{q.label}: {q.agree_whole_pct}% ({q.agree_n} of {q.base_n})" for q in ranked]
    text = "Bar chart of the share of people who agreed, highest first. " + "; ".join(parts) + "."
    if missing := [q.label for q in every if q not in ranked]:
        text += " Not shown, too few answers for a percentage: " + ", ".join(missing) + "."
    return text


def _ranking_caption(ranked: Sequence[AgreementResult]) -> str:
    if not ranked:
        return "Too few people answered to show percentages."
    top, bottom = ranked[0], ranked[-1]
    if top is bottom:
        return f"{top.agree_whole_pct}% of {top.base_n} people agreed with {top.label}."
    if top.agree_whole_pct == bottom.agree_whole_pct:
        return (f"{top.agree_whole_pct}% of the people who answered agreed with each part.")
    return (f"Between {bottom.agree_whole_pct}% ({bottom.label}) and {top.agree_whole_pct}% "
            f"({top.label}) of the people who answered agreed.")


# Diverging distribution -------------------------------------------------------------------

def _segments(question: AgreementResult, colours: Sequence[str]) -> list[dict[str, Any]]:
    """Bar pieces in % of everyone who chose an option: disagree left of 0 (strongest
    outermost), agree right of 0, neutral and don't know in their own panel."""
    total = question.answered_n or 1
    agree, disagree = outermost_first([o.kind for o in question.options])
    other = [i for i, o in enumerate(question.options) if o.kind in ("neutral", "dont_know")]
    pieces: list[dict[str, Any]] = []
    for panel, positions, sign in (("right", agree[::-1], 1), ("left", disagree[::-1], -1),
                                   ("other", other, 1)):
        edge = 0.0
        for i in positions:  # from the centre line outwards
            option = question.options[i]
            share = 100 * option.n / total
            start, edge = edge, edge + sign * share
            pieces.append({
                "question": question.label, "option": option.label, "panel": panel,
                "x": round(start, 4), "x2": round(edge, 4), "mid": round((start + edge) / 2, 4),
                "share": share, "text": f"{whole_percent(option.n, total)}%",
                "ink": text_colour_on(colours[i]), "edge": edge_colour(colours[i])})
    return pieces


def edge_colour(fill: str) -> str:
    """A segment's border: white between strong colours; dark grey round a light one, whose
    fill alone would be under 3:1 against the white page (WCAG 1.4.11)."""
    return WHITE if contrast_ratio(fill, WHITE) >= 3 else DARK_GREY


def _reach(values: list[dict[str, Any]], panels: tuple[str, ...]) -> int:
    """How far the bars in these panels reach, rounded up to 25 %, at least 25 %."""
    widest = max([abs(v["x2"]) for v in values if v["panel"] in panels] or [0])
    return max(25, 25 * math.ceil(widest / 25 - 1e-9))


def agreement_distribution(questions: Sequence[AgreementResult],
                           chart_id: str = "agreement-distribution",
                           title: str = "Answers to each question",
                           cache: Cache = NO_CACHE) -> Chart:
    """Diverging stacked bars: the full scale for each question, disagree to the left of the
    centre line and agree to the right; neutral and don't know in a panel of their own."""
    if not questions:
        raise ValueError("no agreement questions to chart")
    options = questions[0].options
    labels = [o.label for o in options]
    if any([o.label for o in q.options] != labels for q in questions):
        raise ValueError("questions on different scales need a chart each")
    colours = scale_colours([o.kind for o in options])
    values = [piece for q in questions for piece in _segments(q, colours)]
    order = [q.label for q in questions]
    colour = alt.Color("option:N", title=None, sort=labels,
                       scale=alt.Scale(domain=labels, range=colours),
                       legend=alt.Legend(orient="top", columns=3, symbolType="square"))
    main = _panel(values, ("left", "right"), order, colour,
                  [-_reach(values, ("left",)), _reach(values, ("right",))], 400)
    side = _panel(values, ("other",), order, colour, [0, _reach(values, ("other",))], 110)
    chart = _config(alt.hconcat(main, side, spacing=16).resolve_scale(color="shared"))
    description = _distribution_description(questions)
    caption = _distribution_caption(questions)
    columns = ("Question", *labels, "Not answered", "Base (chose an option)")
    rows = tuple((q.label, *(o.n for o in q.options), q.not_answered_n, q.answered_n)
                 for q in questions)
    notes = ("Percentages on the bars are of everyone who chose an option on the scale.",)
    return Chart(chart_id, _render(chart, chart_id, title, description, cache), title, description,
                 caption, columns, rows, to_csv(columns, rows), notes)


def _panel(values: list[dict[str, Any]], panels: tuple[str, ...], order: list[str],
           colour: alt.Color, domain: list[int], width: int) -> alt.LayerChart:
    """One side of the diverging chart; a segment is labelled only if its label fits."""
    mine = [v for v in values if v["panel"] in panels]
    px_per_pct = width / (domain[1] - domain[0])
    labelled = [v for v in mine if v["share"] * px_per_pct >= MIN_LABEL_PX]
    is_main = "right" in panels
    y = alt.Y("question:N", sort=order, title=None,
              axis=alt.Axis(labels=is_main, ticks=is_main, domain=False))
    x_axis = alt.Axis(labelExpr="abs(datum.value) + '%'", grid=False,
                      values=list(range(domain[0], domain[1] + 1, 25)))
    x_title = "Disagreed (%) | Agreed (%)" if is_main else "Neither / don't know (%)"
    bars = alt.Chart(alt.InlineData(values=mine)).mark_bar(strokeWidth=1.5).encode(
        x=alt.X("x:Q", title=x_title, scale=alt.Scale(domain=domain, nice=False), axis=x_axis),
        x2="x2:Q", y=y, color=colour, stroke=alt.Stroke("edge:N", scale=None))
    text = alt.Chart(alt.InlineData(values=labelled or [{}])).mark_text(
        fontSize=FONT_SIZE - 1).encode(
        x="mid:Q", y=alt.Y("question:N", sort=order), text="text:N",
        color=alt.Color("ink:N", scale=None))
    layers: list[Any] = [bars, text]
    if is_main:
        layers.append(alt.Chart(alt.InlineData(values=[{"x": 0}])).mark_rule(
            color=TEXT, strokeWidth=1.5).encode(x="x:Q"))
    return alt.layer(*layers).properties(width=width, height=ROW_HEIGHT * len(order))


def _distribution_description(questions: Sequence[AgreementResult]) -> str:
    parts = []
    for q in questions:
        answers = ", ".join(f"{o.label} {o.n}" for o in q.options)
        parts.append(f"{q.label} ({q.answered_n} answered): {answers}")
    return ("Diverging bar chart: for each question, the share who disagreed extends left of "
            "the centre line and the share who agreed extends right; neither and don't know "
            "are shown separately. Counts: " + "; ".join(parts) + ".")


def _distribution_caption(questions: Sequence[AgreementResult]) -> str:
    if len(questions) == 1:
        q = questions[0]
        if q.agree_pct is None:
            return f"{q.agree_n} of {q.base_n} people agreed with {q.label}."
        return f"{q.agree_whole_pct}% of {q.base_n} people agreed with {q.label}."
    shown = [q for q in questions if q.disagree_pct is not None]
    if not shown:
        return "Most people who answered agreed; few disagreed."
    low = min(q.disagree_whole_pct or 0 for q in shown)
    high = max(q.disagree_whole_pct or 0 for q in shown)
    span = f"{low}%" if low == high else f"between {low}% and {high}%"
    return f"Most people agreed with each part; {span} disagreed."


# Simple bars ------------------------------------------------------------------------------

def _bar_chart(chart_id: str, title: str, cells: Sequence[Cell], count_title: str,
               notes: Sequence[str], cache: Cache) -> tuple[str, str]:
    shown = [c for c in cells if not c.hidden]
    values = [{"label": c.label, "n": c.n} for c in shown]
    sort = [c.label for c in shown]
    base = alt.Chart(alt.InlineData(values=values))
    bars = base.mark_bar(color=DARK_BLUE).encode(
        x=alt.X("n:Q", title=count_title, axis=alt.Axis(grid=False)),
        y=alt.Y("label:N", sort=sort, title=None))
    text = base.mark_text(align="left", dx=4, fontSize=FONT_SIZE, color=TEXT).encode(
        x="n:Q", y=alt.Y("label:N", sort=sort), text="n:Q")
    chart = _config(alt.layer(bars, text).properties(width=320,
                                                     height=ROW_HEIGHT * max(len(shown), 1)))
    parts = "; ".join(f"{c.label} {c.n}" for c in shown)
    description = f"Bar chart of {count_title.lower()}: {parts}." + "".join(f" {n}" for n in notes)
    return _render(chart, chart_id, title, description, cache), description


def _hidden_notes(cells: Sequence[Cell]) -> tuple[str, ...]:
    notes = []
    if small := [c.label for c in cells if c.suppressed]:
        notes.append(f"Not shown because fewer than {cells[0].min_count} people are in them, so "
                     f"they might be identified: {', '.join(small)}.")
    if more := [c.label for c in cells if c.secondary]:
        notes.append("Also not shown, so the hidden numbers cannot be worked out from the "
                     f"total: {', '.join(more)}.")
    return tuple(notes)


def _cells_chart(chart_id: str, title: str, cells: Sequence[Cell], total: int,
                 total_label: str, caption: str, base: str, cache: Cache) -> Chart:
    if all(c.pct is None for c in cells):
        base = "Percentages are not shown: too few people for them to be meaningful."
    notes = (*_hidden_notes(cells), base)
    count_title = "Number of people"
    svg, description = _bar_chart(chart_id, title, cells, count_title, notes, cache)
    columns = ("Answer", "Number", "Per cent")
    rows: tuple[Row, ...] = tuple((c.label, c.display, c.shown_pct) for c in cells)
    rows += ((total_label, str(total), None),)
    return Chart(chart_id, svg, title, description, caption, columns, rows,
                 to_csv(columns, rows), notes)


def breakdown_chart(breakdown: BreakdownResult, cache: Cache = NO_CACHE) -> Chart:
    """Respondents by one breakdown column; cells under the disclosure threshold omitted."""
    title = f"People who responded, by {breakdown.label.lower()}"
    shown = [c for c in breakdown.cells if not c.hidden and c.label != breakdown.missing_label]
    top = max(shown, key=lambda c: c.n) if shown else None
    caption = (f"The most responses came from {top.label}: {top.n} of {breakdown.total_n}."
               if top else f"{breakdown.total_n} people responded.")
    return _cells_chart(f"breakdown-{breakdown.id}", title, breakdown.cells, breakdown.total_n,
                        "All responses", caption,
                        f"Percentages are of all {breakdown.total_n} responses.", cache)


def choice_chart(choice: ChoiceResult, cache: Cache = NO_CACHE) -> Chart:
    """Answers to a single-choice or multi-select question, as numbers of people."""
    shown = [c for c in choice.cells if not c.hidden]
    top = max(shown, key=lambda c: c.n) if shown else None
    caption = f"{choice.respondents_n} people answered."
    if top is not None and top.pct is not None:
        caption = (f"{whole_percent(top.n, choice.respondents_n)}% of the "
                   f"{choice.respondents_n} people who answered chose '{top.label}'.")
    chart = _cells_chart(f"question-{choice.id}", choice.wording, choice.cells,
                         choice.respondents_n, "People who answered", caption,
                         f"Percentages are of the {choice.respondents_n} people who answered.",
                         cache)
    if choice.multiple:
        note = "People could choose more than one answer, so the numbers add up to more."
        return Chart(chart.id, chart.svg, chart.title, chart.description, chart.caption,
                     chart.columns, chart.rows, chart.csv, (*chart.notes, note))
    return chart


def comments_chart(comments: CommentResult, chart_id: str = "comment-categories",
                   title: str = "What the comments said", cache: Cache = NO_CACHE) -> Chart:
    """Comment categories by number of comments (a comment can be in several)."""
    ranked = sorted(comments.counts, key=lambda c: -c.n)
    cells = [Cell(c.label, c.n, None) for c in ranked]
    top = ranked[0] if ranked else None
    caption = (f"Most comments were {top.label.lower()} ({top.n})." if top
               else "No comments were coded.")
    svg, description = _bar_chart(chart_id, title, cells, "Number of comments", (), cache)
    columns = ("Category", "Comments")
    rows: tuple[Row, ...] = tuple((c.label, c.n) for c in ranked)
    notes = ("A comment can be in more than one category.",)
    return Chart(chart_id, svg, title, description, caption, columns, rows,
                 to_csv(columns, rows), notes)
