"""The words of the consultation charts: captions that state the finding, descriptions for
the SVG's <desc>, and the notes under each table.

Public API:

    ranking_caption(ranked, few, min_base), ranking_description(ranked, every),
    ranking_notes(every, few)
    distribution_caption(questions, min_base), distribution_description(questions, in_people),
    distribution_notes(questions, in_people)
    hidden_notes(cells)                        why cells of a table are not shown
    too_few(n, min_base, about=""), too_few_for(questions, min_base), people(n)
        what is said instead of a percentage when the base is under min_base_for_percent

Kept apart from charts.py (the specs), which calls these; the same words as the page
templates' `too_few` macro (theme/plainsight/_figures.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..consultation.results import AgreementResult, Cell


def ranking_description(ranked: Sequence[AgreementResult],
                         every: Sequence[AgreementResult]) -> str:
    parts = [f"{q.label}: {q.agree_whole_pct}% ({q.agree_n} of {q.base_n})" for q in ranked]
    text = "Bar chart of the share of people who agreed, highest first. " + "; ".join(parts) + "."
    if missing := [q for q in every if q not in ranked]:
        text += " Not shown, too few answers for a percentage: " + ", ".join(
            f"{q.label} ({people(q.base_n)} answered)" for q in missing) + "."
    return text


def people(n: int) -> str:
    return "1 person" if n == 1 else f"{n} people"


def too_few(n: int, min_base: int | None, about: str = "") -> str:
    """What is said instead of a percentage when the base is too small for one (the same
    words as the pages' `too_few` macro in theme/plainsight/_figures.md)."""
    if n == 0:
        return f"Nobody answered{about}, so there is no percentage to give."
    rule = f" (we give percentages when at least {min_base} answer)" if min_base else ""
    return f"{people(n)} answered{about}; that is too few to give a percentage{rule}."


def too_few_for(questions: Sequence[AgreementResult], min_base: int | None) -> str:
    """The questions too few answered for a percentage, with how many answered each."""
    if len(questions) == 1:
        return too_few(questions[0].base_n, min_base, f" the question about {questions[0].label}")
    rule = f" (we give percentages when at least {min_base} answer)" if min_base else ""
    counts = "; ".join(f"{q.label}, {people(q.base_n)}" for q in questions)
    return (f"Too few people answered these questions to give a percentage{rule}. How many "
            f"answered: {counts}.")


def ranking_caption(ranked: Sequence[AgreementResult], few: Sequence[AgreementResult] = (),
                    min_base: int | None = None) -> str:
    """The ranking's finding; then the questions too `few` answered for a percentage."""
    said = too_few_for(few, min_base) if few else ""
    if not ranked:
        return said or "There are no questions to rank."
    top, bottom = ranked[0], ranked[-1]
    if top is bottom:
        caption = f"{top.agree_whole_pct}% of {top.base_n} people agreed with {top.label}."
    elif top.agree_whole_pct == bottom.agree_whole_pct:
        caption = f"{top.agree_whole_pct}% of the people who answered agreed with each part."
    else:
        caption = (f"Between {bottom.agree_whole_pct}% ({bottom.label}) and "
                   f"{top.agree_whole_pct}% ({top.label}) of the people who answered agreed.")
    return f"{caption} {said}" if said else caption


def ranking_notes(every: Sequence[AgreementResult],
                  few: Sequence[AgreementResult]) -> tuple[str, ...]:
    """Under the ranking's table: the base, and which questions are not drawn, and why."""
    notes = (every[0].base_definition,) if every else ()
    if few:
        notes += ("Not in the chart and no percentage in the table, because too few people "
                  "answered to give one: "
                  + ", ".join(f"{q.label} ({people(q.base_n)} answered)" for q in few) + ".",)
    return notes


def distribution_description(questions: Sequence[AgreementResult],
                              in_people: bool = False) -> str:
    parts = []
    for q in questions:
        answers = ", ".join(f"{o.label} {o.n}" for o in q.options)
        parts.append(f"{q.label} ({q.answered_n} answered): {answers}")
    what = "number of people" if in_people else "share"
    return (f"Diverging bar chart: for each question, the {what} who disagreed extends left of "
            f"the centre line and the {what} who agreed extends right; neither and don't know "
            "are shown separately. Counts: " + "; ".join(parts) + ".")


def distribution_caption(questions: Sequence[AgreementResult],
                          min_base: int | None = None) -> str:
    if len(questions) == 1:
        q = questions[0]
        if q.agree_pct is None:
            agreed = f" {q.agree_n} of them agreed with {q.label}." if q.base_n else ""
            return too_few(q.base_n, min_base) + agreed
        return f"{q.agree_whole_pct}% of {q.base_n} people agreed with {q.label}."
    shown = [q for q in questions if q.disagree_pct is not None]
    few = [q for q in questions if q.disagree_pct is None]
    if not shown:
        return too_few_for(few, min_base)
    low = min(q.disagree_whole_pct or 0 for q in shown)
    high = max(q.disagree_whole_pct or 0 for q in shown)
    span = f"{low}%" if low == high else f"between {low}% and {high}%"
    least = min(shown, key=lambda q: q.agree_whole_pct or 0)
    most = max(shown, key=lambda q: q.agree_whole_pct or 0)
    if (least.agree_whole_pct or 0) > 50:
        caption = f"Most people agreed with each part; {span} disagreed."
    else:  # a grid where some parts found little agreement: say which, never "most"
        caption = (f"Between {least.agree_whole_pct}% ({least.label}) and "
                   f"{most.agree_whole_pct}% ({most.label}) agreed; {span} disagreed.")
    return f"{caption} {too_few_for(few, min_base)}" if few else caption


def distribution_notes(questions: Sequence[AgreementResult],
                        in_people: bool) -> tuple[str, ...]:
    if in_people:
        return ("The numbers on the bars are people, not percentages: too few answered to "
                "give a percentage.",)
    note = "Percentages on the bars are of everyone who chose an option on the scale."
    if few := [q.label for q in questions if q.agree_pct is None]:
        note += (" For " + ", ".join(few) + " the numbers are people: too few answered to give "
                 "a percentage.")
    return (note,)


def hidden_notes(cells: Sequence[Cell]) -> tuple[str, ...]:
    notes = []
    if small := [c.label for c in cells if c.suppressed]:
        notes.append(f"Not shown because fewer than {cells[0].min_count} people are in them, so "
                     f"they might be identified: {', '.join(small)}.")
    if more := [c.label for c in cells if c.secondary]:
        notes.append("Also not shown, so the hidden numbers cannot be worked out from the "
                     f"total: {', '.join(more)}.")
    return tuple(notes)
