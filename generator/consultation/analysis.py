"""Consultation statistics from a checked export: typed results the pages are rendered from.

Public API:

    analyse(survey, responses, problems) -> ConsultationResults | None
    analyse_files(survey, export, name, problems) -> ConsultationResults | None
        (reads and checks the export, then analyses it)
    personal_data(text) -> [(what, found)]        (what stops a quote being published)

The results are the frozen dataclasses of `results`; disclosure control is in `disclosure`.

Definitions (PRODUCT.md, "Consultation statistics"):

- Agreement rate = answers of kind `agree` / base. The base is everyone who chose an option
  on the scale, "don't know" included unless the scale says `dont_know_in_base: false`.
  Blank cells are "not answered": never in the base, reported separately.
- Choice questions: % of the respondents who answered the question (ticked anything).
- Percentages are None where the base is under `disclosure.min_base_for_percent`.
- Breakdowns and choice answers carry disclosure flags (see `disclosure.protect`); the raw
  `n` is kept for open checks and tests, pages show `Cell.display` / `shown_n` / `shown_pct`.

Only whole-column counts are computed (value_counts of the few distinct raw values, then
matched to labels), so a million rows cost little more than reading them.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow.compute as pc

from ..core.personal import PERSONAL_DATA, personal_data
from ..core.problems import Problems
from .checking import identical_rows, load_responses
from .disclosure import cells, shown_percent
from .responses import Responses
from .results import (
    AgreementResult,
    BreakdownResult,
    ChannelCount,
    ChoiceResult,
    CommentCount,
    CommentResult,
    ConsultationResults,
    FreeTextResult,
    GridResult,
    Quote,
    ScaleCount,
)
from .survey import (
    Breakdown,
    Comments,
    Question,
    QuoteSource,
    Statement,
    Survey,
    normalise_label,
)
from .tally import Tally, tally_joined, tally_labels, tally_ticks

# Questions --------------------------------------------------------------------------------

def _agreements(survey: Survey, responses: Responses, question: Question,
                problems: Problems) -> list[AgreementResult]:
    """One result for a question; for a grid, one for each statement, in order."""
    if not question.statements:
        return [_agreement(survey, responses, question, question.column or "", problems)]
    return [_agreement(survey, responses, question, s.column, problems, statement=s)
            for s in question.statements]


def _agreement(survey: Survey, responses: Responses, question: Question, column: str,
               problems: Problems, statement: Statement | None = None) -> AgreementResult:
    scale = survey.scale_of(question)
    tally = tally_labels(responses, column,
                         [[o.label, *o.aliases] for o in scale.options], "scale labels", problems)
    by_kind = {kind: sum(n for o, n in zip(scale.options, tally.counts, strict=True)
                         if o.kind == kind)
               for kind in ("agree", "neutral", "disagree", "dont_know")}
    base = tally.answered - (0 if scale.dont_know_in_base else by_kind["dont_know"])
    min_base = survey.disclosure.min_base_for_percent
    options = tuple(
        ScaleCount(o.label, o.kind, n,
                   None if o.kind == "dont_know" and not scale.dont_know_in_base
                   else shown_percent(n, base, min_base))
        for o, n in zip(scale.options, tally.counts, strict=True))
    named = statement or question
    return AgreementResult(
        id=named.id, wording=question.wording,
        label=statement.label if statement else question.short, about=named.about,
        options=options, base_n=base,
        agree_n=by_kind["agree"], agree_pct=shown_percent(by_kind["agree"], base, min_base),
        disagree_n=by_kind["disagree"],
        disagree_pct=shown_percent(by_kind["disagree"], base, min_base),
        neutral_n=by_kind["neutral"], dont_know_n=by_kind["dont_know"],
        not_answered_n=tally.blank, dont_know_in_base=scale.dont_know_in_base,
        grid=question.id if statement else None)


def _choice(survey: Survey, responses: Responses, question: Question,
            problems: Problems) -> ChoiceResult:
    labels = question.choices()
    other = _position(labels, question.other)
    tally: Tally
    if question.option_columns:
        tally = tally_ticks(responses, question.columns(), question.unticked_values)
    elif question.type == "multi_select":
        tally = tally_joined(responses, question.column or "", [[o] for o in labels],
                             question.separator, f"options of '{question.id}'", problems, other)
    else:
        tally = tally_labels(responses, question.column or "", [[o] for o in labels],
                             f"options of '{question.id}'", problems, other)
    multiple = question.type == "multi_select"
    return ChoiceResult(question.id, question.wording, question.short, question.about, multiple,
                        tally.answered, tally.blank,
                        cells(labels, tally.counts, tally.answered, survey, not multiple))


def _position(labels: list[str], label: str | None) -> int | None:
    """Where `label` is among the labels (compared as answers are), None if not given."""
    if label is None:
        return None
    keys = [normalise_label(o) for o in labels]
    return keys.index(normalise_label(label))


def _grids(survey: Survey) -> tuple[GridResult, ...]:
    return tuple(GridResult(q.id, q.wording, q.short, q.about,
                            tuple(s.id for s in q.statements))
                 for q in survey.of_type("agreement") if q.statements)


def _free_text(responses: Responses, question: Question) -> FreeTextResult:
    column = question.column or ""
    blank = responses.table.column(column).null_count + sum(
        n for value, n in responses.counts(column).items() if value.isspace())
    written = responses.n - blank
    return FreeTextResult(question.id, question.wording, question.short, question.about,
                          written, responses.n - written)


# Breakdowns, channels, comments, quotes ---------------------------------------------------

def _breakdown(survey: Survey, responses: Responses, breakdown: Breakdown,
               problems: Problems) -> BreakdownResult:
    if breakdown.labels:
        labels = list(breakdown.labels)
        tally = tally_labels(responses, breakdown.column, [[label] for label in labels],
                             f"labels of the breakdown '{breakdown.id}'", problems)
        counts = list(tally.counts)
    else:
        labels, counts = _as_found(responses, breakdown.column)
    blank = responses.n - sum(counts)
    if blank:
        labels, counts = [*labels, breakdown.missing_label], [*counts, blank]
    return BreakdownResult(breakdown.id, breakdown.label, responses.n,
                           cells(labels, counts, responses.n, survey, partition=True),
                           breakdown.missing_label if blank else None)


def _as_found(responses: Responses, column: str) -> tuple[list[str], list[int]]:
    """Values as written (spacing tidied, first spelling kept), largest first, then A-Z."""
    merged: dict[str, tuple[str, int]] = {}
    for raw, n in responses.counts(column).items():
        key = normalise_label(str(raw))
        if key:
            shown, before = merged.get(key, (" ".join(str(raw).split()), 0))
            merged[key] = (shown, before + int(n))
    ordered = sorted(merged.values(), key=lambda item: (-item[1], item[0].casefold()))
    return [label for label, _ in ordered], [n for _, n in ordered]


def _channels(survey: Survey, responses: Responses,
              problems: Problems) -> tuple[ChannelCount, ...]:
    rows = [c for c in survey.channels if c.is_rows]
    if survey.channel_column:
        tally = tally_labels(responses, survey.channel_column, [c.spellings() for c in rows],
                             "channels", problems)
        if tally.blank:
            problems.append(responses.problem(
                f"column '{survey.channel_column}': the channel is blank",
                responses.blank_rows(survey.channel_column)))
        per_channel = dict(zip([c.id for c in rows], tally.counts, strict=True))
    else:
        per_channel = {rows[0].id: responses.n}
    return tuple(ChannelCount(c.id, c.label, per_channel[c.id] if c.is_rows else c.count or 0,
                              c.is_rows) for c in survey.channels)


def _comments(comments: Comments, responses: Responses,
              problems: Problems) -> CommentResult:
    codes = comments.codes
    if comments.totals:
        return CommentResult("analyst", tuple(CommentCount(c.id, c.label, comments.totals.get(
            c.id, 0)) for c in codes), None, None)
    totals = np.zeros(len(codes), dtype=np.int64)
    coded = uncoded = 0
    for column in comments.columns:
        tally = tally_joined(responses, column.codes, [[c.id, c.label] for c in codes],
                             column.separator, "comment codes", problems)
        totals += np.asarray(tally.counts, dtype=np.int64)
        coded += tally.answered
        if column.text:
            table = responses.table
            uncoded += pc.sum(pc.and_(table.column(column.text).is_valid(),
                                      table.column(column.codes).is_null())).as_py() or 0
    return CommentResult("coded", tuple(CommentCount(c.id, c.label, int(n))
                                        for c, n in zip(codes, totals, strict=True)),
                         coded, uncoded)


def _quotes(source: QuoteSource, responses: Responses,
            problems: Problems) -> list[Quote]:
    wanted = {normalise_label(v) for v in source.approved_values}
    approved = [raw for raw in responses.counts(source.approved)
                if normalise_label(raw) in wanted]
    chosen = responses.texts(source.text, responses.has(source.approved, approved))
    quotes = []
    for row, text in chosen:
        where = f"column '{source.text}'"
        if not isinstance(text, str) or not text.strip():
            problems.append(responses.problem(
                f"{where}: the comment is marked for publication but is empty", [int(row)]))
            continue
        found = personal_data(text)
        for what, value in found:
            problems.append(responses.problem(
                f"{where}: the quote marked for publication contains {what} ('{value}')",
                [int(row)], hint="redact it in the export, or remove the approval"))
        if not found:
            quotes.append(Quote(int(row), source.text, source.question, source.about, text))
    return quotes


# The whole analysis -----------------------------------------------------------------------

def analyse(survey: Survey, responses: Responses,
            problems: Problems) -> ConsultationResults | None:
    """Every statistic the pages show; None when answers are unknown or quotes unsafe (the
    problems say which)."""
    found_before = len(problems)
    channels = _channels(survey, responses, problems)
    agreement = tuple(result for q in survey.of_type("agreement")
                      for result in _agreements(survey, responses, q, problems))
    choices = tuple(_choice(survey, responses, q, problems) for q in survey.questions
                    if q.type in ("single_choice", "multi_select"))
    free_text = tuple(_free_text(responses, q) for q in survey.of_type("free_text"))
    breakdowns = tuple(_breakdown(survey, responses, b, problems) for b in survey.breakdowns)
    comments = _comments(survey.comments, responses, problems) if survey.comments else None
    quotes = tuple(q for source in survey.quotes for q in _quotes(source, responses, problems))
    if len(problems) > found_before:
        return None
    return ConsultationResults(
        title=survey.title, start=survey.dates.start if survey.dates else None,
        end=survey.dates.end if survey.dates else None,
        synthetic=survey.synthetic, notice=survey.notice, responses_n=responses.n,
        participants_n=sum(c.n for c in channels), channels=channels, agreement=agreement,
        choices=choices, free_text=free_text, breakdowns=breakdowns, comments=comments,
        quotes=quotes, min_count=survey.disclosure.min_count,
        min_base_for_percent=survey.disclosure.min_base_for_percent, grids=_grids(survey),
        notes=tuple(identical_rows(responses)) if survey.respondent_id is None else ())


def analyse_files(survey: Survey, export: Path, name: str,
                  problems: Problems) -> ConsultationResults | None:
    """Read and check an export, then analyse it; None when either finds problems."""
    responses = load_responses(export, name, survey, problems)
    return None if responses is None else analyse(survey, responses, problems)


__all__ = ["PERSONAL_DATA", "analyse", "analyse_files", "personal_data"]
