"""The consultation's charts and downloads, for the results pages and the open data.

Public API:

    build_charts(results, cache) -> ConsultationCharts
    downloads(results, figures) -> list[Asset]       (agreement CSV, chart CSVs, JSON)
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
from ..core.cache import Cache
from ..core.csvfile import to_csv
from .bundle import Asset

AGREEMENT_COLUMNS = ("question_id", "question", "base_n", "agree_n", "agree_pct",
                     "disagree_n", "disagree_pct", "neutral_n", "dont_know_n",
                     "not_answered_n", "dont_know_in_base")


@dataclass(frozen=True)
class ConsultationCharts:
    ranking: Chart
    who: tuple[Chart, ...]
    questions: tuple[Chart, ...]
    comments: Chart | None

    def all(self) -> list[Chart]:
        return [self.ranking, *self.who, *self.questions,
                *([self.comments] if self.comments else [])]


def build_charts(results: ConsultationResults, cache: Cache) -> ConsultationCharts:
    """Every chart of the consultation pages, from the disk cache while the results are the
    same (so a rebuild neither builds Altair specs nor imports Altair)."""
    key = [pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)] if cache.folder else []
    return cache.pickled("charts", key, lambda: _draw(results, cache))


def _draw(results: ConsultationResults, cache: Cache) -> ConsultationCharts:
    from . import charts  # Altair and vl-convert: only when a chart must be drawn
    return ConsultationCharts(
        ranking=charts.agreement_ranking(results, cache=cache),
        who=tuple([charts.choice_chart(c, cache) for c in results.choices] +
                  [charts.breakdown_chart(b, cache) for b in results.breakdowns]),
        questions=tuple(charts.agreement_distribution(
            [q], chart_id=f"answers-{q.id}", title=f"Answers about {q.label}", cache=cache)
            for q in results.agreement),
        comments=charts.comments_chart(results.comments, cache=cache)
        if results.comments else None)


def agreement_csv(results: ConsultationResults) -> Asset:
    rows = [(q.id, q.wording, q.base_n, q.agree_n, q.agree_pct, q.disagree_n, q.disagree_pct,
             q.neutral_n, q.dont_know_n, q.not_answered_n, str(q.dont_know_in_base).lower())
            for q in results.agreement]
    labels = [o.label for o in results.agreement[0].options] if results.agreement else []
    columns = AGREEMENT_COLUMNS + tuple(f"n_{label}" for label in labels)
    rows = [row + tuple(o.n for o in q.options) for row, q in zip(rows, results.agreement,
                                                                   strict=True)]
    return Asset(urls.AGREEMENT_CSV, to_csv(columns, rows).encode("utf-8"))


def downloads(results: ConsultationResults, figures: ConsultationCharts) -> list[Asset]:
    """Every chart's numbers as CSV (after disclosure control), the agreement table, and JSON."""
    assets = [agreement_csv(results)]
    assets += [Asset(urls.chart_csv(c.id), c.csv.encode("utf-8")) for c in figures.all()]
    assets.append(Asset(urls.CONSULTATION_JSON, _json(results, figures)))
    return assets


def _json(results: ConsultationResults, figures: ConsultationCharts) -> bytes:
    """Aggregates only: the agreement results and every published table as shown on the site."""
    data: dict[str, Any] = {
        "title": results.title, "start": results.start.isoformat(),
        "end": results.end.isoformat(), "synthetic": results.synthetic,
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

