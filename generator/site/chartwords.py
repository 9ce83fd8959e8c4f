"""The words of the consultation charts, from the theme's template _chart_words.md (one macro a
caption, description or note): this module picks which to say and passes the numbers, labels
and flags; every word is in the template, so a site can reword it (`plainsight customise
_chart_words`), and the pages' `too_few` (theme/plainsight/_figures.md) is the same macro.

Public API:

    ChartWords(env)   the words as the site's templates say them (env: templating.environment)
    ChartWords.packaged()   the package's own wording (charts drawn outside a site build)
    words.source      the template's text, for cache keys: changed words, charts redrawn
    words.say(macro, *args)   any other macro (the simple bar charts' captions and notes);
    words.label(name)         a fixed label ({% set %} in the template); both from words.Words
    words.ranking_caption(ranked, few, min_base), ranking_description(ranked, every),
    ranking_notes(every, few)
    words.distribution_caption(questions, min_base), distribution_description(questions,
    in_people), distribution_notes(questions, in_people)
    words.hidden_notes(cells)                  why cells of a table are not shown
    words.cell(cell)                           a count, or "fewer than 5" / "not shown"
    words.base_definition(question)            what its percentages are of
    words.too_few(n, min_base, about=""), words.no_percentages(n, min_base),
    words.people(n), words.answered(n)
        what is said instead of a percentage when the base is under min_base_for_percent
    words.headers(keys, options=())            a table's headers, by its columns' keys
    words.column_description(key, header)      what a chart's CSV column holds
    OPTION    the key of a column headed by an option of the question's scale

A chart's columns have keys (Chart.column_keys) as well as headers: the headers are words
and may be reworded; the keys say which column is which, for the CSVs' documentation.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..consultation.results import AgreementResult, Cell
from .words import Words

OPTION = "option"  # a column headed by one of the scale's options (their labels vary)


class ChartWords(Words):
    TEMPLATE = "_chart_words.md"

    def headers(self, keys: Sequence[str], options: Sequence[str] = ()) -> tuple[str, ...]:
        """The headers of columns by key; each OPTION column is headed by the next of
        `options`, the labels of the question's scale."""
        named, labels = self.label("column_headers"), iter(options)
        return tuple(next(labels) if key == OPTION else named[key] for key in keys)

    def column_description(self, key: str, header: str) -> str:
        """What the chart CSV's column `key` (headed `header`) holds."""
        if key == OPTION:
            return self.say("option_column", header)
        return str(self.label("column_descriptions")[key])

    def people(self, n: int) -> str:
        return self.say("people", n)

    def too_few(self, n: int, min_base: int | None, about: str = "") -> str:
        return self.say("too_few", n, min_base, about)

    def answered(self, n: int) -> str:
        return self.say("answered", n)

    def no_percentages(self, n: int, min_base: int | None) -> str:
        """The note under a table whose base is too small for any percentage."""
        return self.say("no_percentages", n, min_base)

    def ranking_description(self, ranked: Sequence[AgreementResult],
                            every: Sequence[AgreementResult]) -> str:
        return self.say("ranking_description", ranked, [q for q in every if q not in ranked])

    def ranking_caption(self, ranked: Sequence[AgreementResult],
                        few: Sequence[AgreementResult] = (), min_base: int | None = None) -> str:
        """The ranking's finding; then the questions too `few` answered for a percentage."""
        top, bottom = (ranked[0], ranked[-1]) if ranked else (None, None)
        return self.say("ranking_caption", top, bottom, few, min_base)

    def base_definition(self, question: AgreementResult) -> str:
        """What the question's percentages are of (its scale's agree and don't know options)."""
        return self.say("base_definition", question)

    def cell(self, cell: Cell) -> str:
        """A published count, or why it is hidden ("fewer than 5", "not shown")."""
        return self.say("cell", cell)

    def ranking_notes(self, every: Sequence[AgreementResult],
                      few: Sequence[AgreementResult]) -> tuple[str, ...]:
        """Under the ranking's table: the base, and which questions are not drawn, and why."""
        notes = (self.base_definition(every[0]),) if every else ()
        return notes + ((self.say("ranking_few_note", few),) if few else ())

    def distribution_description(self, questions: Sequence[AgreementResult],
                                 in_people: bool = False) -> str:
        return self.say("distribution_description", questions, in_people)

    def distribution_caption(self, questions: Sequence[AgreementResult],
                             min_base: int | None = None) -> str:
        if len(questions) == 1:
            return self.say("distribution_caption_one", questions[0], min_base)
        shown = [q for q in questions if q.disagree_pct is not None]
        few = [q for q in questions if q.disagree_pct is None]
        if not shown:
            return self.say("distribution_caption", None, None, None, None, few, min_base)
        low = min(q.disagree_whole_pct or 0 for q in shown)
        high = max(q.disagree_whole_pct or 0 for q in shown)
        least = min(shown, key=lambda q: q.agree_whole_pct or 0)
        most = max(shown, key=lambda q: q.agree_whole_pct or 0)
        return self.say("distribution_caption", least, most, low, high, few, min_base)

    def distribution_notes(self, questions: Sequence[AgreementResult],
                           in_people: bool) -> tuple[str, ...]:
        few = [] if in_people else [q.label for q in questions if q.agree_pct is None]
        return (self.say("distribution_note", in_people, few),)

    def hidden_notes(self, cells: Sequence[Cell]) -> tuple[str, ...]:
        notes = []
        if small := [c.label for c in cells if c.suppressed]:
            notes.append(self.say("hidden_small_note", small, cells[0].min_count))
        if more := [c.label for c in cells if c.secondary]:
            notes.append(self.say("hidden_more_note", more))
        return tuple(notes)
