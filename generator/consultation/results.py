"""What the consultation analysis produces: typed, frozen results, with no pandas inside.

Public API: ConsultationResults, AgreementResult, GridResult, ScaleCount, ChoiceResult,
FreeTextResult, Cell, BreakdownResult, CommentResult, CommentCount, Quote, ChannelCount,
percent(n, base), whole_percent(n, base).

Kept apart from analysis.py so that pages (and a cached analysis) can be used without
importing pandas: a warm rebuild never loads it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..core.problems import Problem

# Results ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ScaleCount:
    """One option of a scale question: its count and % of the base (None if not in it)."""

    label: str
    kind: str
    n: int
    pct: float | None


@dataclass(frozen=True)
class AgreementResult:
    id: str
    wording: str
    label: str  # short name for charts and tables
    about: str | None  # the strategy item it asks about
    options: tuple[ScaleCount, ...]  # in scale order
    base_n: int
    agree_n: int
    agree_pct: float | None
    disagree_n: int
    disagree_pct: float | None
    neutral_n: int
    dont_know_n: int
    not_answered_n: int
    dont_know_in_base: bool
    grid: str | None = None  # the grid question this is a statement of

    @property
    def answered_n(self) -> int:
        """Everyone who chose any option, "don't know" included."""
        return self.base_n + (0 if self.dont_know_in_base else self.dont_know_n)

    @property
    def agree_whole_pct(self) -> int | None:
        return whole_percent(self.agree_n, self.base_n) if self.agree_pct is not None else None

    @property
    def out_of_ten(self) -> int:
        """For easy read: "9 out of 10 people agreed" (rounded to the nearest person in 10)."""
        return int(self.agree_n * 10 / self.base_n + 0.5) if self.base_n else 0

    @property
    def disagree_whole_pct(self) -> int | None:
        if self.disagree_pct is None:
            return None
        return whole_percent(self.disagree_n, self.base_n)


@dataclass(frozen=True)
class GridResult:
    """A grid (matrix) question: its statements' results are AgreementResults, in order."""

    id: str
    wording: str
    label: str
    about: str | None
    statements: tuple[str, ...]  # AgreementResult ids


@dataclass(frozen=True)
class Cell:
    """A count in a table that is published, with its disclosure flags.

    `n` and `pct` are the true values (pct None when the base is too small for percentages);
    pages show `shown_n` and `shown_pct`, which respect suppression (and, for a hidden
    cell, the site's words for why: "fewer than 5", "not shown").
    """

    label: str
    n: int
    pct: float | None
    suppressed: bool = False  # 1 to min_count - 1: "fewer than 5"
    secondary: bool = False  # hidden so that a suppressed cell cannot be worked out
    min_count: int = 5

    @property
    def hidden(self) -> bool:
        return self.suppressed or self.secondary

    @property
    def shown_n(self) -> int | None:
        return None if self.hidden else self.n

    @property
    def shown_pct(self) -> float | None:
        return None if self.hidden else self.pct



@dataclass(frozen=True)
class ChoiceResult:
    """A single-choice or multi-select question; % are of the respondents who answered."""

    id: str
    wording: str
    label: str
    about: str | None
    multiple: bool
    respondents_n: int
    not_answered_n: int
    cells: tuple[Cell, ...]

    def cell(self, label: str) -> Cell:
        return _find(self.cells, label)


@dataclass(frozen=True)
class FreeTextResult:
    id: str
    wording: str
    label: str
    about: str | None
    comments_n: int
    not_answered_n: int


@dataclass(frozen=True)
class BreakdownResult:
    """Respondents counted by one column (district...), blanks as the breakdown's
    missing label; cells in the configured order, then by size."""

    id: str
    label: str
    total_n: int
    cells: tuple[Cell, ...]
    missing_label: str | None = None  # the last cell's label when some rows were blank

    @property
    def any_suppressed(self) -> bool:
        return any(c.suppressed for c in self.cells)

    @property
    def any_secondary(self) -> bool:
        return any(c.secondary for c in self.cells)

    def cell(self, label: str) -> Cell:
        return _find(self.cells, label)


@dataclass(frozen=True)
class CommentCount:
    code: str
    label: str
    n: int


@dataclass(frozen=True)
class CommentResult:
    """Codes given to comments (a comment may have several), or an analyst's totals."""

    source: str  # "coded" or "analyst"
    counts: tuple[CommentCount, ...]
    coded_comments_n: int | None  # comments with at least one code (None for analyst totals)
    uncoded_comments_n: int | None  # comments with text but no code yet

    def count(self, code: str) -> int:
        return next(c.n for c in self.counts if c.code == code)


@dataclass(frozen=True)
class Quote:
    """A comment a person approved for publication; text exactly as written (escape it)."""

    row: int
    column: str
    question: str | None
    about: str | None
    text: str


@dataclass(frozen=True)
class ChannelCount:
    id: str
    label: str
    n: int
    survey_rows: bool  # False for channels given as a count (facilitated conversations)


@dataclass(frozen=True)
class ConsultationResults:
    title: str
    start: date | None  # None when the survey definition has no dates yet
    end: date | None
    synthetic: bool
    notice: str | None
    responses_n: int  # rows in the export
    participants_n: int  # rows plus channels given as counts
    channels: tuple[ChannelCount, ...]
    agreement: tuple[AgreementResult, ...]
    choices: tuple[ChoiceResult, ...]
    free_text: tuple[FreeTextResult, ...]
    breakdowns: tuple[BreakdownResult, ...]
    comments: CommentResult | None
    quotes: tuple[Quote, ...]
    min_count: int
    min_base_for_percent: int
    grids: tuple[GridResult, ...] = ()
    # Things worth a look that do not stop the build (rows the same in every column);
    # kept with the results so that a cached analysis still reports them.
    notes: tuple[Problem, ...] = ()
    # The files the results were read from (the survey definition and its export), set by
    # the loader after the analysis: not part of the cached analysis.
    sources: tuple[Path, ...] = ()

    def about(self, item_id: str) -> AgreementResult | None:
        """The agreement question that asks about a strategy item, if there is one."""
        return next((q for q in self.agreement if q.about == item_id), None)

    def agreement_groups(self) -> list[tuple[GridResult | None, tuple[AgreementResult, ...]]]:
        """The agreement results as asked: a question alone (None, (result,)), or a grid
        with its statements' results in order."""
        grids = {g.id: g for g in self.grids}
        groups: list[tuple[GridResult | None, tuple[AgreementResult, ...]]] = []
        for result in self.agreement:
            if result.grid and groups and groups[-1][0] and groups[-1][0].id == result.grid:
                groups[-1] = (groups[-1][0], (*groups[-1][1], result))
            else:
                groups.append((grids[result.grid] if result.grid else None, (result,)))
        return groups

    def agreement_for(self, question_id: str) -> AgreementResult:
        return next(q for q in self.agreement if q.id == question_id)

    def choice(self, question_id: str) -> ChoiceResult:
        return next(q for q in self.choices if q.id == question_id)

    def breakdown(self, breakdown_id: str) -> BreakdownResult:
        return next(b for b in self.breakdowns if b.id == breakdown_id)


def _find(cells: Sequence[Cell], label: str) -> Cell:
    return next(c for c in cells if c.label == label)


# Arithmetic -------------------------------------------------------------------------------

def percent(n: int, base: int) -> float:
    """n / base as a percentage with one decimal, halves rounded up, in exact integer
    arithmetic (float rounding would turn 12.25 into 12.2)."""
    return ((2000 * n + base) // (2 * base)) / 10


def whole_percent(n: int, base: int) -> int:
    """n / base as a whole percentage, halves rounded up (from the counts, not from the
    one-decimal value, so 84.45 never becomes 85 by rounding twice)."""
    return (200 * n + base) // (2 * base)
