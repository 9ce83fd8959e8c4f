"""The consultation's charts and downloads, for the results pages and the open data.

Public API:

    build_charts(results, drawer, words) -> ConsultationCharts   (words: chartwords.ChartWords)
    downloads(results, figures, words=None) -> list[Asset]   (agreement and answers CSVs,
        chart CSVs, each with CSV on the Web metadata; the JSON)
    agreement_table(words), answers_table(words), chart_table(chart, words) -> CsvTable
        the column definitions of those CSVs, described in the words
    AGREEMENT_COLUMNS, ANSWERS_COLUMNS   their columns' names and datatypes
    CHART_COLUMNS                        a chart CSV's datatypes, by its columns' keys
    ConsultationCharts

Python picks the numbers and charts; the templates in theme/plainsight/ lay them out, and
the words (titles, headers, what each CSV column holds) are _chart_words.md's.
"""

from __future__ import annotations

import json
import pickle
from dataclasses import asdict, dataclass
from typing import Any

from ..consultation.results import AgreementResult, ConsultationResults
from ..core import urls
from ..core.csvfile import Cell
from .bundle import Asset
from .chartwords import OPTION, ChartWords
from .csvtables import Column, CsvTable, csv_files, metadata_file
from .drawing import Drawer
from .figure import Figure

PCT = "decimal"
# The columns of the agreement and answers CSVs: names and datatypes (data, so in Python);
# what each holds is in the theme's _chart_words.md, like the files' titles.
QUESTION_COLUMNS = (("question_id", "string"), ("question", "string"))
AGREEMENT_COLUMNS = (*QUESTION_COLUMNS, ("base_n", "integer"), ("agree_n", "integer"),
                     ("agree_pct", PCT), ("disagree_n", "integer"), ("disagree_pct", PCT),
                     ("neutral_n", "integer"), ("dont_know_n", "integer"),
                     ("not_answered_n", "integer"), ("dont_know_in_base", "boolean"))
ANSWERS_COLUMNS = (*QUESTION_COLUMNS, ("option_order", "integer"), ("option", "string"),
                   ("kind", "string"), ("n", "integer"), ("pct", PCT), ("base_n", "integer"),
                   ("not_answered_n", "integer"))

# The datatype of each column of a chart's CSV, by the key the chart builders give it (its
# header and what it holds are words); OPTION columns are a scale's options, in people.
CHART_COLUMNS = {
    "question": "string", "agreed": "integer", "base_answered": "integer",
    "agreed_pct": PCT, "not_answered": "integer", "base_chose": "integer",
    "answer": "string", "number": "string", "per_cent": PCT,
    "category": "string", "comments": "integer", OPTION: "integer",
}


def agreement_table(words: ChartWords) -> CsvTable:
    """The agreement CSV's columns, described in these words."""
    return _table(words, urls.AGREEMENT_CSV, "agreement", AGREEMENT_COLUMNS)


def answers_table(words: ChartWords) -> CsvTable:
    """The answers CSV's columns, described in these words."""
    return _table(words, urls.ANSWERS_CSV, "answers", ANSWERS_COLUMNS)


def _table(words: ChartWords, src: str, name: str,
           columns: tuple[tuple[str, str], ...]) -> CsvTable:
    """A CSV whose title, description and columns' descriptions are the template's
    `{name}_csv`, `{name}_csv_description` and `{name}_columns` (with question_columns)."""
    described = {**words.label("question_columns"), **words.label(f"{name}_columns")}
    return CsvTable(src, words.label(f"{name}_csv"), words.label(f"{name}_csv_description"),
                    tuple(Column(column, datatype, described[column])
                          for column, datatype in columns))


def chart_table(chart: Figure, words: ChartWords) -> CsvTable:
    """A chart's CSV described, each column by its key (see CHART_COLUMNS)."""
    columns = tuple(Column(title, CHART_COLUMNS[key], words.column_description(key, title))
                    for key, title in zip(chart.column_keys, chart.columns, strict=True))
    return CsvTable(urls.chart_csv(chart.id), chart.title, words.say("chart_csv", chart.title),
                    columns)


@dataclass(frozen=True)
class ConsultationCharts:
    ranking: Figure
    who: tuple[Figure, ...]
    questions: tuple[Figure, ...]
    comments: Figure | None

    def all(self) -> list[Figure]:
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
            title=words.say("answers_title", (grid or members[0]).label), drawer=drawer,
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


def downloads(results: ConsultationResults, figures: ConsultationCharts,
              words: ChartWords | None = None) -> list[Asset]:
    """Every chart's numbers as CSV (after disclosure control), the agreement and answers
    tables, each with its columns described (in the site's words), and the JSON."""
    words = words or ChartWords.packaged()
    assets = csv_files(agreement_table(words), agreement_rows(results))
    assets += csv_files(answers_table(words), answer_rows(results))
    for chart in figures.all():
        table = chart_table(chart, words)
        assets += [Asset(table.src, chart.csv.encode("utf-8")), metadata_file(table)]
    assets.append(Asset(urls.CONSULTATION_JSON, _json(results, figures, words)))
    return assets


def _agreement(question: AgreementResult, words: ChartWords) -> dict[str, Any]:
    """A question's result, with what its base is in the site's words (after
    dont_know_in_base, where reusers have always found it)."""
    found = asdict(question)
    grid = found.pop("grid")
    return {**found, "base_definition": words.base_definition(question), "grid": grid}


def _json(results: ConsultationResults, figures: ConsultationCharts,
          words: ChartWords) -> bytes:
    """Aggregates only: the agreement results and every published table as shown on the site."""
    data: dict[str, Any] = {
        "title": results.title,
        "start": results.start.isoformat() if results.start else None,  # null: no dates yet
        "end": results.end.isoformat() if results.end else None, "synthetic": results.synthetic,
        "responses": results.responses_n, "participants": results.participants_n,
        "channels": [asdict(c) for c in results.channels],
        "agreement": [_agreement(q, words) for q in results.agreement],
        "tables": [{"id": c.id, "title": c.title, "columns": list(c.columns),
                    "rows": [list(r) for r in c.rows], "notes": list(c.notes)}
                   for c in figures.all() if c.id != figures.ranking.id],
        "disclosure": {"min_count": results.min_count,
                       "min_base_for_percent": results.min_base_for_percent},
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

