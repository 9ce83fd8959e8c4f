"""Consultation charts: Altair specs rendered at build time to static, accessible SVG.

Public API:

    agreement_ranking(results, chart_id=..., title=None, drawer=NOW, words=None) -> Figure
    agreement_distribution(questions, chart_id=..., title=None, drawer=NOW, min_base=None,
                           words=None) -> Figure
    breakdown_chart(breakdown, drawer=NOW, min_base=None, words=None) -> Figure
    choice_chart(choice, drawer=NOW, min_base=None, words=None) -> Figure
    comments_chart(comments, chart_id=..., title=None, drawer=NOW, words=None) -> Figure
    NARROW_SUFFIX    the narrow rendition's ids are the chart's id + this (from drawing.py)
    (colours are palette.py's, re-exported here; drawing, now or in the background, is
    drawing.py's; Figure, the frozen dataclass each returns, is in figure.py)

The wide charts are Altair charts, built from chartspec.py's blocks as the indicator
charts are; Altair is imported with this module, which the site imports only when a chart
must be drawn (a rebuild takes the charts from the cache). Every chart is drawn twice:
`Figure.svg` for a wide column and `Figure.narrow_svg` for a phone's (chartnarrow: labels
above bars, larger type, written as Vega-Lite directly). The page's stylesheet shows one of
them, by the width of the chart's column, and hides the other with display: none, so only
one is ever in the accessibility tree; their <title>/<desc> ids differ, so both can be on
the page. No JavaScript. Values are written on or beside the bars, so colour is never the
only cue; segments have borders, and the legend lists the options in the order their
segments are drawn, left to right. The same results give the same bytes.

Where a base is under the survey's `min_base_for_percent` (`min_base` here) no percentage
is shown: the caption and notes say how many answered and that this is too few, a ranked
bar is left out rather than drawn at 0%, and a question's answers are drawn in people.
Every word (titles, axis titles, captions, descriptions, notes, the tables' headers) is
chartwords.py's, from the theme's _chart_words.md; `words` defaults to the packaged wording
(a site build passes its own); a title given overrides the template's. The headers are also
the CSVs' headers, so each Figure carries its columns' keys too (`column_keys`): the CSVs'
documentation (site/consultation.py) is looked up by key, whatever the headers say.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import altair as alt

from ..consultation.results import (
    AgreementResult,
    BreakdownResult,
    Cell,
    ChoiceResult,
    CommentResult,
    ConsultationResults,
    whole_percent,
)
from ..core.csvfile import to_csv
from .chartnarrow import Bar, Heading, narrow_chart
from .chartspec import labelled_bars, layered, no_grid, rows_of, text_marks
from .chartwords import OPTION, ChartWords
from .drawing import NARROW_SUFFIX, NOW, Drawer
from .figure import Figure, Row
from .palette import (
    AGREE_COLOURS,
    DARK_BLUE,
    DARK_GREY,
    DISAGREE_COLOURS,
    MID_GREY,
    TEXT,
    WHITE,
    edge_colour,
    outermost_first,
    scale_colours,
    text_colour_on,
)

__all__ = ["AGREE_COLOURS", "DARK_GREY", "DISAGREE_COLOURS", "MID_GREY", "NARROW_SUFFIX",
           "TEXT", "WHITE", "agreement_distribution", "agreement_ranking", "breakdown_chart",
           "choice_chart", "comments_chart", "edge_colour", "scale_colours", "text_colour_on"]

ROW_HEIGHT = 36
MIN_LABEL_PX = 34  # a segment narrower than this has no room for its label


# Ranked agreement -------------------------------------------------------------------------

def agreement_ranking(results: ConsultationResults, chart_id: str = "agreement-ranking",
                      title: str | None = None, drawer: Drawer = NOW,
                      words: ChartWords | None = None) -> Figure:
    """One bar a question, highest agreement first, each labelled with its %."""
    words = words or ChartWords.packaged()
    title = words.label("ranking_title") if title is None else title
    keys = ("question", "agreed", "base_answered", "agreed_pct")
    columns = words.headers(keys)
    shown = [q for q in results.agreement if q.agree_pct is not None]
    ranked = sorted(shown, key=lambda q: (-(q.agree_pct or 0), results.agreement.index(q)))
    values = [{"label": q.label, "pct": q.agree_pct, "text": f"{q.agree_whole_pct}%"}
              for q in ranked]
    sort = [q.label for q in ranked]
    chart = labelled_bars(values, sort, "pct", alt.Text("text:N"),
                           ROW_HEIGHT * max(len(ranked), 1), title=columns[-1],  # Agreed (%)
                           scale=alt.Scale(domain=[0, 100]),
                           axis=no_grid(values=[0, 25, 50, 75, 100]))
    narrow = narrow_chart([Bar(q.label, q.agree_pct or 0, f"{q.agree_whole_pct}%", DARK_BLUE)
                           for q in ranked], 100)
    description = words.ranking_description(ranked, results.agreement)
    few = [q for q in results.agreement if q not in ranked]  # too few for a %: not drawn
    caption = words.ranking_caption(ranked, few, results.min_base_for_percent)
    rows = tuple((q.label, q.agree_n, q.base_n, q.agree_pct) for q in (*ranked, *few))
    notes = words.ranking_notes(results.agreement, few)
    svg, narrow_svg = drawer.renditions(chart, narrow, chart_id, title, description)
    return Figure(chart_id, svg, title, description, caption, columns, rows,
                 to_csv(columns, rows), notes, narrow_svg, keys)


# Diverging distribution -------------------------------------------------------------------

def _segments(question: AgreementResult, colours: Sequence[str],
              in_people: bool) -> list[dict[str, Any]]:
    """Bar pieces in % of everyone who chose an option (in people, when `in_people`):
    disagree left of 0 (strongest outermost), agree right of 0, neutral and don't know in
    their own panel. A question too few answered for a percentage is labelled in people."""
    total = question.answered_n or 1
    agree, disagree = outermost_first([o.kind for o in question.options])
    other = [i for i, o in enumerate(question.options) if o.kind in ("neutral", "dont_know")]
    pieces: list[dict[str, Any]] = []
    for panel, positions, sign in (("right", agree[::-1], 1), ("left", disagree[::-1], -1),
                                   ("other", other, 1)):
        edge = 0.0
        for i in positions:  # from the centre line outwards
            option = question.options[i]
            share = option.n if in_people else 100 * option.n / total
            start, edge = edge, edge + sign * share
            pieces.append({
                "question": question.label, "option": option.label, "panel": panel,
                "x": round(start, 4), "x2": round(edge, 4), "mid": round((start + edge) / 2, 4),
                "share": share, "text": _segment_text(question, option.n),
                "ink": text_colour_on(colours[i]), "edge": edge_colour(colours[i])})
    return pieces


def _segment_text(question: AgreementResult, n: int) -> str:
    """An option's % of everyone who chose one; its count where the base is too small."""
    if question.agree_pct is None:
        return str(n)
    return f"{whole_percent(n, question.answered_n or 1)}%"


def _reach(values: list[dict[str, Any]], panels: tuple[str, ...], step: int = 25) -> int:
    """How far the bars in these panels reach, rounded up to a step (25 %), at least one."""
    widest = max([abs(v["x2"]) for v in values if v["panel"] in panels] or [0])
    return max(step, step * math.ceil(widest / step - 1e-9))


def _people_step(questions: Sequence[AgreementResult]) -> int:
    """The axis step of a chart drawn in people: about four steps to the largest total."""
    return max(1, math.ceil(max(q.answered_n for q in questions) / 4))


def agreement_distribution(questions: Sequence[AgreementResult],
                           chart_id: str = "agreement-distribution",
                           title: str | None = None,
                           drawer: Drawer = NOW, min_base: int | None = None,
                           words: ChartWords | None = None) -> Figure:
    """Diverging stacked bars: the full scale for each question, disagree to the left of the
    centre line and agree to the right; neutral and don't know in a panel of their own.
    When too few answered every question for a percentage, the bars are numbers of people."""
    if not questions:
        raise ValueError("no agreement questions to chart")
    options = questions[0].options
    labels = [o.label for o in options]
    if any([o.label for o in q.options] != labels for q in questions):
        raise ValueError("questions on different scales need a chart each")
    words = words or ChartWords.packaged()
    title = words.label("distribution_title") if title is None else title
    colours = scale_colours([o.kind for o in options])
    in_people = all(q.agree_pct is None for q in questions)
    step = _people_step(questions) if in_people else 25
    values = [piece for q in questions for piece in _segments(q, colours, in_people)]
    order = [q.label for q in questions]
    reading = reading_order([o.kind for o in options])
    in_order = [labels[i] for i in reading]
    colour = alt.Color("option:N", title=None, sort=in_order,
                       scale=alt.Scale(domain=in_order, range=[colours[i] for i in reading]),
                       legend=alt.Legend(orient="top", columns=3, symbolType="square",
                                         direction="horizontal"))
    main = _panel(values, ("left", "right"), order, colour,
                  [-_reach(values, ("left",), step), _reach(values, ("right",), step)], 380,
                  words.say("agree_axis", in_people), step, in_people)
    side = _panel(values, ("other",), order, colour, [0, _reach(values, ("other",), step)], 100,
                  words.say("other_axis", in_people), step, in_people)
    chart = alt.hconcat(main, side, spacing=16).resolve_scale(color="shared")
    narrow: list[Bar | Heading] = []
    for q in questions:
        if len(questions) > 1:
            narrow.append(Heading(q.label))
        total = q.answered_n or 1
        narrow += [Bar(o.label, o.n if in_people else 100 * o.n / total,
                       _segment_text(q, o.n), colours[i]) for i, o in enumerate(q.options)]
    description = words.distribution_description(questions, in_people)
    caption = words.distribution_caption(questions, min_base)
    keys = ("question", *(OPTION for _ in labels), "not_answered", "base_chose")
    columns = words.headers(keys, labels)
    rows = tuple((q.label, *(o.n for o in q.options), q.not_answered_n, q.answered_n)
                 for q in questions)
    notes = words.distribution_notes(questions, in_people)
    widest = max(q.answered_n for q in questions) if in_people else 100
    svg, narrow_svg = drawer.renditions(chart, narrow_chart(narrow, widest), chart_id, title,
                                        description)
    return Figure(chart_id, svg, title, description, caption, columns, rows,
                 to_csv(columns, rows), notes, narrow_svg, keys)


def reading_order(kinds: Sequence[str]) -> list[int]:
    """Option positions in the order their segments are drawn, left to right: disagree
    (strongest, outermost, first), then agree from the centre line out, then neutral and
    don't know in their own panel. The legend lists them in this order too."""
    agree, disagree = outermost_first(kinds)
    other = [i for i, kind in enumerate(kinds) if kind in ("neutral", "dont_know")]
    rest = [i for i in range(len(kinds)) if i not in (*agree, *disagree, *other)]
    return [*disagree, *agree[::-1], *other, *rest]


def _panel(values: list[dict[str, Any]], panels: tuple[str, ...], order: list[str],
           colour: alt.Color, domain: list[int], width: int, x_title: str,
           step: int = 25, in_people: bool = False) -> alt.LayerChart:
    """One side of the diverging chart (in % or, `in_people`, in people), its axis titled
    `x_title`; a segment is labelled only if its label fits."""
    mine = [v for v in values if v["panel"] in panels]
    px_per_pct = width / (domain[1] - domain[0])
    labelled = [v for v in mine if v["share"] * px_per_pct >= MIN_LABEL_PX]
    is_main = "right" in panels
    named = is_main and len(order) > 1  # one question: its name is in the title already
    x_axis = no_grid(labelExpr="abs(datum.value)" if in_people else "abs(datum.value) + '%'",
                     values=list(range(domain[0], domain[1] + 1, step)))
    bars = alt.Chart(rows_of(mine)).mark_bar(strokeWidth=1.5).encode(
        x=alt.X("x:Q", title=x_title, scale=alt.Scale(domain=domain, nice=False),
                axis=x_axis),
        x2=alt.X2("x2"),
        y=alt.Y("question:N", sort=order, title=None,
                axis=alt.Axis(labels=named, ticks=named, domain=False, labelLimit=180)),
        color=colour,
        stroke=alt.Stroke("edge:N", scale=None))
    text = text_marks(alt.Chart(rows_of(labelled or [{}])), ink=None).encode(
        x=alt.X("mid:Q"), y=alt.Y("question:N", sort=order), text=alt.Text("text:N"),
        color=alt.Color("ink:N", scale=None))
    layers = [bars, text]
    if is_main:
        layers.append(alt.Chart(rows_of([{"x": 0}])).mark_rule(
            color=TEXT, strokeWidth=1.5).encode(x=alt.X("x:Q")))
    return layered(*layers, width=width, height=ROW_HEIGHT * len(order))


# Simple bars ------------------------------------------------------------------------------

def _bar_chart(chart_id: str, title: str, cells: Sequence[Cell], count_title: str,
               notes: Sequence[str], drawer: Drawer, words: ChartWords) -> tuple[str, str, str]:
    shown = [c for c in cells if not c.hidden]
    values = [{"label": c.label, "n": c.n} for c in shown]
    sort = [c.label for c in shown]
    chart = labelled_bars(values, sort, "n", alt.Text("n:Q"), ROW_HEIGHT * max(len(shown), 1),
                           title=count_title, axis=no_grid())
    narrow = narrow_chart([Bar(c.label, c.n, str(c.n), DARK_BLUE) for c in shown],
                          max([c.n for c in shown] or [0]))
    description = words.say("bar_description", count_title, shown, notes)
    svg, narrow_svg = drawer.renditions(chart, narrow, chart_id, title, description)
    return svg, narrow_svg, description


def _cells_chart(chart_id: str, title: str, cells: Sequence[Cell], total: int,
                 total_label: str, caption: str, base: str, drawer: Drawer,
                 words: ChartWords, min_base: int | None = None) -> Figure:
    if all(c.pct is None for c in cells):
        base = words.no_percentages(total, min_base)
    notes = (*words.hidden_notes(cells), base)
    svg, narrow_svg, description = _bar_chart(chart_id, title, cells,
                                              words.label("people_axis"), notes, drawer, words)
    keys = ("answer", "number", "per_cent")
    columns = words.headers(keys)
    rows: tuple[Row, ...] = tuple((c.label, words.cell(c), c.shown_pct) for c in cells)
    rows += ((total_label, str(total), None),)
    return Figure(chart_id, svg, title, description, caption, columns, rows,
                 to_csv(columns, rows), notes, narrow_svg, keys)


def breakdown_chart(breakdown: BreakdownResult, drawer: Drawer = NOW,
                    min_base: int | None = None, words: ChartWords | None = None) -> Figure:
    """Respondents by one breakdown column; cells under the disclosure threshold omitted."""
    words = words or ChartWords.packaged()
    title = words.say("breakdown_title", breakdown.label)
    shown = [c for c in breakdown.cells if not c.hidden and c.label != breakdown.missing_label]
    top = max(shown, key=lambda c: c.n) if shown else None
    caption = words.say("breakdown_caption", top, breakdown.total_n)
    return _cells_chart(f"breakdown-{breakdown.id}", title, breakdown.cells, breakdown.total_n,
                        words.label("all_responses"), caption,
                        words.say("breakdown_base", breakdown.total_n), drawer, words, min_base)


def choice_chart(choice: ChoiceResult, drawer: Drawer = NOW,
                 min_base: int | None = None, words: ChartWords | None = None) -> Figure:
    """Answers to a single-choice or multi-select question, as numbers of people."""
    shown = [c for c in choice.cells if not c.hidden]
    top = max(shown, key=lambda c: c.n) if shown else None
    words = words or ChartWords.packaged()
    caption = words.answered(choice.respondents_n)
    if all(c.pct is None for c in choice.cells):
        caption = words.too_few(choice.respondents_n, min_base)
    if top is not None and top.pct is not None:
        caption = words.say("choice_caption", whole_percent(top.n, choice.respondents_n),
                            choice.respondents_n, top.label)
    chart = _cells_chart(f"question-{choice.id}", choice.wording, choice.cells,
                         choice.respondents_n, words.label("people_who_answered"), caption,
                         words.say("choice_base", choice.respondents_n),
                         drawer, words, min_base)
    if choice.multiple:
        return replace(chart, notes=(*chart.notes, words.say("choice_multiple_note")))
    return chart


def comments_chart(comments: CommentResult, chart_id: str = "comment-categories",
                   title: str | None = None, drawer: Drawer = NOW,
                   words: ChartWords | None = None) -> Figure:
    """Comment categories by number of comments (a comment can be in several)."""
    words = words or ChartWords.packaged()
    title = words.label("comments_title") if title is None else title
    ranked = sorted(comments.counts, key=lambda c: -c.n)
    cells = [Cell(c.label, c.n, None) for c in ranked]
    top = ranked[0] if ranked else None
    caption = words.say("comments_caption", top)
    svg, narrow_svg, description = _bar_chart(chart_id, title, cells,
                                              words.label("comments_axis"), (), drawer, words)
    keys = ("category", "comments")
    columns = words.headers(keys)
    rows: tuple[Row, ...] = tuple((c.label, c.n) for c in ranked)
    notes = (words.say("comments_note"),)
    return Figure(chart_id, svg, title, description, caption, columns, rows,
                 to_csv(columns, rows), notes, narrow_svg, keys)
