"""Consultation statistics from a checked export: typed results the pages are rendered from.

Public API:

    analyse(survey: Survey, responses: Responses) -> ConsultationResults | list[Problem]
    load_consultation(content_dir: Path, data_dir: Path) -> ConsultationResults | None
        (reads content/consultation/survey.yaml and its export; raises ContentError with
        every problem; None when the site has no survey)
    percent(n: int, base: int) -> float           (one decimal, halves rounded up: 91.9)
    whole_percent(n: int, base: int) -> int       (for captions: 92)
    protect(counts, min_count, partition) -> (suppressed, secondary)   (disclosure control)
    ConsultationResults, AgreementResult, ScaleCount, ChoiceResult, FreeTextResult, Cell,
    BreakdownResult, CommentResult, CommentCount, Quote, ChannelCount   (frozen dataclasses)

Definitions (PRODUCT.md, "Consultation statistics"):

- Agreement rate = answers of kind `agree` / base. The base is everyone who chose an option
  on the scale, "don't know" included unless the scale says `dont_know_in_base: false`.
  Blank cells are "not answered": never in the base, reported separately.
- Choice questions: % of the respondents who answered the question (ticked anything).
- Percentages are None where the base is under `disclosure.min_base_for_percent`.
- Breakdowns and choice answers carry disclosure flags (see `protect`); the raw `n` is kept
  for open checks and tests, pages show `Cell.display` / `shown_n` / `shown_pct`.

Only whole-column counts are computed (value_counts of the few distinct raw values, then
matched to labels), so a million rows cost little more than reading them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .consultation import load_consultation
from .exports import (
    Responses,
    Tally,
    load_responses,
    tally_joined,
    tally_labels,
    tally_ticks,
)
from .problems import ContentError, Problem
from .results import (
    AgreementResult,
    BreakdownResult,
    Cell,
    ChannelCount,
    ChoiceResult,
    CommentCount,
    CommentResult,
    ConsultationResults,
    FreeTextResult,
    Quote,
    ScaleCount,
    percent,
    whole_percent,
)
from .survey import (
    Breakdown,
    Comments,
    Question,
    QuoteSource,
    Survey,
    normalise_label,
)

SURVEY_FILE = Path("consultation") / "survey.yaml"




def _pct(n: int, base: int, min_base: int) -> float | None:
    return percent(n, base) if base >= min_base and base > 0 else None


def protect(counts: Sequence[int], min_count: int,
            partition: bool) -> tuple[list[bool], list[bool]]:
    """Disclosure control for one table: (suppressed, secondary) flags per cell.

    Primary: a count from 1 to min_count - 1 is suppressed (0 is shown: nobody is in it).
    Secondary, when the cells add up to a total that is published (`partition`, as in a
    breakdown or a single-choice question): if the hidden cells together come to fewer than
    min_count, their sum (total minus the shown cells) would give them away - always so when
    exactly one cell is hidden. Then the next-smallest shown cell is hidden too (the earliest
    in the table's order on a tie), and again until the hidden cells add up to min_count or
    more. Multi-select answers do not add up to the total, so they get primary only.
    """
    suppressed = [0 < n < min_count for n in counts]
    secondary = [False] * len(counts)
    if not partition:
        return suppressed, secondary

    def hidden_sum() -> int:
        return sum(n for n, a, b in zip(counts, suppressed, secondary, strict=True) if a or b)

    while 0 < hidden_sum() < min_count:
        shown = [(n, i) for i, n in enumerate(counts)
                 if n > 0 and not (suppressed[i] or secondary[i])]
        if not shown:
            break
        secondary[min(shown)[1]] = True
    return suppressed, secondary


def _cells(labels: Sequence[str], counts: Sequence[int], base: int, survey: Survey,
           partition: bool) -> tuple[Cell, ...]:
    rules = survey.disclosure
    suppressed, secondary = protect(counts, rules.min_count, partition)
    return tuple(Cell(label, n, _pct(n, base, rules.min_base_for_percent), s, h, rules.min_count)
                 for label, n, s, h in zip(labels, counts, suppressed, secondary, strict=True))


# Questions --------------------------------------------------------------------------------

def _agreement(survey: Survey, responses: Responses, question: Question,
               problems: list[Problem]) -> AgreementResult:
    scale = survey.scale_of(question)
    tally = tally_labels(responses, question.column or "",
                         [[o.label, *o.aliases] for o in scale.options], "scale labels")
    problems.extend(tally.problems)
    by_kind = {kind: sum(n for o, n in zip(scale.options, tally.counts, strict=True)
                         if o.kind == kind)
               for kind in ("agree", "neutral", "disagree", "dont_know")}
    base = tally.answered - (0 if scale.dont_know_in_base else by_kind["dont_know"])
    min_base = survey.disclosure.min_base_for_percent
    options = tuple(
        ScaleCount(o.label, o.kind, n,
                   None if o.kind == "dont_know" and not scale.dont_know_in_base
                   else _pct(n, base, min_base))
        for o, n in zip(scale.options, tally.counts, strict=True))
    return AgreementResult(
        id=question.id, wording=question.wording, label=question.short, about=question.about,
        options=options, base_n=base,
        agree_n=by_kind["agree"], agree_pct=_pct(by_kind["agree"], base, min_base),
        disagree_n=by_kind["disagree"], disagree_pct=_pct(by_kind["disagree"], base, min_base),
        neutral_n=by_kind["neutral"], dont_know_n=by_kind["dont_know"],
        not_answered_n=tally.blank, dont_know_in_base=scale.dont_know_in_base,
        base_definition=_base_definition(survey, question))


def _base_definition(survey: Survey, question: Question) -> str:
    scale = survey.scale_of(question)
    agree = " and ".join(f'"{o.label}"' for o in scale.options if o.kind == "agree")
    unsure = " or ".join(f'"{o.label}"' for o in scale.options if o.kind == "dont_know")
    text = f"Agreement is {agree} as a share of everyone who chose an answer"
    if unsure:
        text += f", {unsure} included" if scale.dont_know_in_base else f", not counting {unsure}"
    return text + "; people who left the question blank are not counted."


def _choice(survey: Survey, responses: Responses, question: Question,
            problems: list[Problem]) -> ChoiceResult:
    labels = question.choices()
    tally: Tally
    if question.option_columns:
        tally = tally_ticks(responses, question.columns(), question.unticked_values)
    elif question.type == "multi_select":
        tally = tally_joined(responses, question.column or "", [[o] for o in labels],
                             question.separator, f"options of '{question.id}'")
    else:
        tally = tally_labels(responses, question.column or "", [[o] for o in labels],
                             f"options of '{question.id}'")
    problems.extend(tally.problems)
    multiple = question.type == "multi_select"
    return ChoiceResult(question.id, question.wording, question.short, question.about, multiple,
                        tally.answered, tally.blank,
                        _cells(labels, tally.counts, tally.answered, survey, not multiple))


def _free_text(responses: Responses, question: Question) -> FreeTextResult:
    text = responses.frame[question.column or ""]
    written = int((text.notna() & ~text.str.isspace().fillna(True)).sum())
    return FreeTextResult(question.id, question.wording, question.short, question.about,
                          written, responses.n - written)


# Breakdowns, channels, comments, quotes ---------------------------------------------------

def _breakdown(survey: Survey, responses: Responses, breakdown: Breakdown,
               problems: list[Problem]) -> BreakdownResult:
    if breakdown.labels:
        labels = list(breakdown.labels)
        tally = tally_labels(responses, breakdown.column, [[label] for label in labels],
                             f"labels of the breakdown '{breakdown.id}'")
        problems.extend(tally.problems)
        counts = list(tally.counts)
    else:
        labels, counts = _as_found(responses, breakdown.column)
    blank = responses.n - sum(counts)
    if blank:
        labels, counts = [*labels, breakdown.missing_label], [*counts, blank]
    return BreakdownResult(breakdown.id, breakdown.label, responses.n,
                           _cells(labels, counts, responses.n, survey, partition=True),
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
              problems: list[Problem]) -> tuple[ChannelCount, ...]:
    rows = [c for c in survey.channels if c.is_rows]
    if survey.channel_column:
        tally = tally_labels(responses, survey.channel_column, [c.spellings() for c in rows],
                             "channels")
        problems.extend(tally.problems)
        if tally.blank:
            channel = responses.frame[survey.channel_column]
            blank = channel.isna() | channel.str.isspace().fillna(False)
            blank_rows = responses.frame.index[blank.to_numpy(dtype=bool)].tolist()
            problems.append(responses.problem(
                f"column '{survey.channel_column}': the channel is blank", blank_rows))
        per_channel = dict(zip([c.id for c in rows], tally.counts, strict=True))
    else:
        per_channel = {rows[0].id: responses.n}
    return tuple(ChannelCount(c.id, c.label, per_channel[c.id] if c.is_rows else c.count or 0,
                              c.is_rows) for c in survey.channels)


def _comments(comments: Comments, responses: Responses,
              problems: list[Problem]) -> CommentResult:
    codes = comments.codes
    if comments.totals:
        return CommentResult("analyst", tuple(CommentCount(c.id, c.label, comments.totals.get(
            c.id, 0)) for c in codes), None, None)
    totals = np.zeros(len(codes), dtype=np.int64)
    coded = uncoded = 0
    for column in comments.columns:
        tally = tally_joined(responses, column.codes, [[c.id, c.label] for c in codes],
                             column.separator, "comment codes")
        problems.extend(tally.problems)
        totals += np.asarray(tally.counts, dtype=np.int64)
        coded += tally.answered
        if column.text:
            frame = responses.frame
            uncoded += int((frame[column.text].notna() & frame[column.codes].isna()).sum())
    return CommentResult("coded", tuple(CommentCount(c.id, c.label, int(n))
                                        for c, n in zip(codes, totals, strict=True)),
                         coded, uncoded)


# What a quote must not contain before it is published. Deliberately broad: a false alarm
# costs an edit, a missed phone number costs someone's privacy.
PERSONAL_DATA = {
    "an e-mail address": re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"),
    "a URL": re.compile(
        r"(?:https?://|www\.)\S+"
        r"|(?<![@\w.-])[\w-]+(?:\.[\w-]+)*"
        r"\.(?:co\.uk|org\.uk|gov\.uk|nhs\.uk|ac\.uk|com|org|net|uk|io)\b(?:/\S*)?",
        re.IGNORECASE),
    "a phone number": re.compile(
        r"(?<![\w+])(?:\+\s?44\s?(?:\(0\)\s?)?|\(?0)(?:[\s\-()]*\d){9,10}(?![\d])"),
    "a full postcode": re.compile(
        r"\b(?:GIR\s?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2})\b",
        re.IGNORECASE),
}


def personal_data(text: str) -> list[tuple[str, str]]:
    """(what, matched text) for each e-mail address, URL, phone number or postcode found."""
    return [(what, match.group(0).strip()) for what, pattern in PERSONAL_DATA.items()
            for match in pattern.finditer(text)]


def _quotes(source: QuoteSource, responses: Responses,
            problems: list[Problem]) -> list[Quote]:
    wanted = {normalise_label(v) for v in source.approved_values}
    approved = [str(raw) for raw in responses.counts(source.approved).index
                if normalise_label(str(raw)) in wanted]
    frame = responses.frame
    chosen = frame.loc[frame[source.approved].isin(approved).to_numpy(dtype=bool), source.text]
    quotes = []
    for row, text in chosen.items():
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

def analyse(survey: Survey, responses: Responses) -> ConsultationResults | list[Problem]:
    """Every statistic the pages show; unknown answers and unsafe quotes are Problems."""
    problems: list[Problem] = []
    channels = _channels(survey, responses, problems)
    agreement = tuple(_agreement(survey, responses, q, problems)
                      for q in survey.of_type("agreement"))
    choices = tuple(_choice(survey, responses, q, problems) for q in survey.questions
                    if q.type in ("single_choice", "multi_select"))
    free_text = tuple(_free_text(responses, q) for q in survey.of_type("free_text"))
    breakdowns = tuple(_breakdown(survey, responses, b, problems) for b in survey.breakdowns)
    comments = _comments(survey.comments, responses, problems) if survey.comments else None
    quotes = tuple(q for source in survey.quotes for q in _quotes(source, responses, problems))
    if problems:
        return problems
    return ConsultationResults(
        title=survey.title, start=survey.dates.start, end=survey.dates.end,
        synthetic=survey.synthetic, notice=survey.notice, responses_n=responses.n,
        participants_n=sum(c.n for c in channels), channels=channels, agreement=agreement,
        choices=choices, free_text=free_text, breakdowns=breakdowns, comments=comments,
        quotes=quotes, min_count=survey.disclosure.min_count,
        min_base_for_percent=survey.disclosure.min_base_for_percent)


def analyse_files(survey: Survey, export: Path, name: str) -> ConsultationResults:
    """Read and check an export, then analyse it; raises ContentError with every problem."""
    responses = load_responses(export, name, survey)
    if isinstance(responses, list):
        raise ContentError(responses)
    results = analyse(survey, responses)
    if isinstance(results, list):
        raise ContentError(results)
    return results



# The results and arithmetic live in results.py; they are re-exported for callers of analysis.
__all__ = [
    "AgreementResult", "BreakdownResult", "Cell", "ChannelCount", "ChoiceResult",
    "CommentCount", "CommentResult", "ConsultationResults", "FreeTextResult", "PERSONAL_DATA",
    "Quote", "ScaleCount", "analyse", "analyse_files", "load_consultation", "percent",
    "personal_data", "protect", "whole_percent",
]
