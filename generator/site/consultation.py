"""The consultation's charts and downloads, for the results pages and the open data.

Public API:

    build_charts(results, drawer, words) -> ConsultationCharts   (words: chartwords.ChartWords)
    downloads(results, figures) -> list[Asset]   (agreement and answers CSVs, chart CSVs, each
                                                  with CSV on the Web metadata; the JSON)
    AGREEMENT, ANSWERS, chart_table(chart)       the column definitions of those CSVs
    ConsultationCharts

Python picks the numbers and charts; the templates in theme/plainsight/ lay them out.
"""

from __future__ import annotations

import json
import pickle
from dataclasses import asdict, dataclass
from typing import Any

from ..consultation.results import Chart, ConsultationResults
from ..core import urls
from ..core.csvfile import Cell
from .bundle import Asset
from .chartwords import ChartWords
from .csvtables import Column, CsvTable, csv_files, metadata_file
from .drawing import Drawer

PCT = "decimal"
# The two columns every consultation CSV about a question starts with.
QUESTION_ID = Column("question_id", "string", "The question's id in the survey definition.")
QUESTION = Column("question", "string", "The question as it was asked.")
AGREEMENT = CsvTable(
    urls.AGREEMENT_CSV, "Agreement with each question",
    "One row per scale question: how many agreed, disagreed or neither, as counts that do "
    "not depend on any scale's labels (the answers file has each option's count).", (
        QUESTION_ID, QUESTION,
        Column("base_n", "integer", "The base: people who chose an option on the scale "
               "(\"don't know\" included when dont_know_in_base is true)."),
        Column("agree_n", "integer", "People who chose an option that counts as agreement."),
        Column("agree_pct", PCT, "agree_n as a percentage of base_n, one decimal place; empty "
               "when the base is too small for a percentage."),
        Column("disagree_n", "integer", "People who chose an option that counts as "
               "disagreement."),
        Column("disagree_pct", PCT, "disagree_n as a percentage of base_n, one decimal place; "
               "empty when the base is too small."),
        Column("neutral_n", "integer", "People who chose the neutral option (neither)."),
        Column("dont_know_n", "integer", "People who chose \"don't know\" (or the scale's "
               "equivalent)."),
        Column("not_answered_n", "integer", "People who left the question blank; never in "
               "the base."),
        Column("dont_know_in_base", "boolean", "true when \"don't know\" answers are counted "
               "in base_n.")))
ANSWERS = CsvTable(
    urls.ANSWERS_CSV, "Every answer to each scale question",
    "One row per question and option, in the order of that question's own scale, so "
    "questions on different scales each keep their own labels.", (
        QUESTION_ID, QUESTION,
        Column("option_order", "integer", "The option's position on the question's scale, "
               "from 1."),
        Column("option", "string", "The option's label on the question's own scale."),
        Column("kind", "string", "How the option counts: agree, neutral, disagree or "
               "dont_know."),
        Column("n", "integer", "People who chose this option."),
        Column("pct", PCT, "n as a percentage of base_n, one decimal place; empty when the "
               "base is too small or the option is not in the base."),
        Column("base_n", "integer", "The question's base (see consultation-agreement.csv)."),
        Column("not_answered_n", "integer", "People who left the question blank.")))

# What each column of a chart's CSV holds, by its header (the chart builders name them).
CHART_COLUMNS = {
    "Question": ("string", "The question (its short name)."),
    "Agreed": ("integer", "People who chose an option that counts as agreement."),
    "Base (people who answered)": ("integer", "The base: people who chose an option on the "
                                   "scale."),
    "Agreed (%)": (PCT, "Agreed as a percentage of the base, one decimal place."),
    "Not answered": ("integer", "People who left the question blank."),
    "Base (chose an option)": ("integer", "People who chose any option on the scale."),
    "Answer": ("string", "The answer, or the total on the last row."),
    "Number": ("string", "People who gave the answer; \"fewer than N\" or empty where the "
               "number is hidden so that nobody can be identified."),
    "Per cent": (PCT, "Number as a percentage (see the notes on the page for the base); "
                 "empty where hidden or the base is too small."),
    "Category": ("string", "The comment category."),
    "Comments": ("integer", "Comments in the category; a comment can be in several."),
}


def chart_table(chart: Chart) -> CsvTable:
    """A chart's CSV described: known headers from CHART_COLUMNS, the others are the options
    of the question's scale."""
    columns = tuple(Column(title, *CHART_COLUMNS.get(
        title, ("integer", f"People who answered \"{title}\".")))
        for title in chart.columns)
    return CsvTable(urls.chart_csv(chart.id), chart.title,
                    f"The numbers behind the chart \"{chart.title}\", as shown on the site.",
                    columns)


@dataclass(frozen=True)
class ConsultationCharts:
    ranking: Chart
    who: tuple[Chart, ...]
    questions: tuple[Chart, ...]
    comments: Chart | None

    def all(self) -> list[Chart]:
        return [self.ranking, *self.who, *self.questions,
                *([self.comments] if self.comments else [])]


def build_charts(results: ConsultationResults, drawer: Drawer,
                 words: ChartWords | None = None) -> ConsultationCharts:
    """Every chart of the consultation pages, from the disk cache while the results and the
    charts' words (the site's _chart_words.md) are the same (so a rebuild neither makes specs
    nor loads vl-convert)."""
    words = words or ChartWords.packaged()
    key = ([pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL), words.source.encode()]
           if drawer.cache.folder else [])
    return drawer.kept("charts", key, lambda: _draw(results, drawer, words))


def _draw(results: ConsultationResults, drawer: Drawer, words: ChartWords) -> ConsultationCharts:
    from . import charts  # the chart specs: only when a chart must be drawn
    min_base = results.min_base_for_percent  # below it, the captions say so in words
    return ConsultationCharts(
        ranking=charts.agreement_ranking(results, drawer=drawer, words=words),
        who=(*(charts.choice_chart(c, drawer, min_base, words) for c in results.choices),
             *(charts.breakdown_chart(b, drawer, min_base, words) for b in results.breakdowns)),
        # One chart a question; a grid's statements share one.
        questions=tuple(charts.agreement_distribution(
            list(members), chart_id=f"answers-{(grid or members[0]).id}",
            title=f"Answers about {(grid or members[0]).label}", drawer=drawer,
            min_base=min_base, words=words)
            for grid, members in results.agreement_groups()),
        comments=charts.comments_chart(results.comments, drawer=drawer, words=words)
        if results.comments else None)


def agreement_rows(results: ConsultationResults) -> list[tuple[Cell, ...]]:
    return [(q.id, q.wording, q.base_n, q.agree_n, q.agree_pct, q.disagree_n, q.disagree_pct,
             q.neutral_n, q.dont_know_n, q.not_answered_n, str(q.dont_know_in_base).lower())
            for q in results.agreement]


def answer_rows(results: ConsultationResults) -> list[tuple[Cell, ...]]:
    """One row per question and option, each under the labels of its own scale."""
    return [(q.id, q.wording, order, o.label, o.kind, o.n, o.pct, q.base_n, q.not_answered_n)
            for q in results.agreement for order, o in enumerate(q.options, start=1)]


def downloads(results: ConsultationResults, figures: ConsultationCharts) -> list[Asset]:
    """Every chart's numbers as CSV (after disclosure control), the agreement and answers
    tables, each with its columns described, and the JSON."""
    assets = csv_files(AGREEMENT, agreement_rows(results))
    assets += csv_files(ANSWERS, answer_rows(results))
    for chart in figures.all():
        table = chart_table(chart)
        assets += [Asset(table.src, chart.csv.encode("utf-8")), metadata_file(table)]
    assets.append(Asset(urls.CONSULTATION_JSON, _json(results, figures)))
    return assets


def _json(results: ConsultationResults, figures: ConsultationCharts) -> bytes:
    """Aggregates only: the agreement results and every published table as shown on the site."""
    data: dict[str, Any] = {
        "title": results.title,
        "start": results.start.isoformat() if results.start else None,  # null: no dates yet
        "end": results.end.isoformat() if results.end else None, "synthetic": results.synthetic,
        "responses": results.responses_n, "participants": results.participants_n,
        "channels": [asdict(c) for c in results.channels],
        "agreement": [asdict(q) for q in results.agreement],
        "tables": [{"id": c.id, "title": c.title, "columns": list(c.columns),
                    "rows": [list(r) for r in c.rows], "notes": list(c.notes)}
                   for c in figures.all() if c.id != figures.ranking.id],
        "disclosure": {"min_count": results.min_count,
                       "min_base_for_percent": results.min_base_for_percent},
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

