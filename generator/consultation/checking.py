"""Check an export against the survey definition: its columns, its respondent ids.

Public API:

    check_export(responses, survey, problems) -> Responses | None
    load_responses(path, name, survey, problems) -> Responses | None   (read, then check)
    identical_rows(responses) -> [Problem]   (notes: rows the same in every column)
"""

from __future__ import annotations

from pathlib import Path

from ..core.problems import Problem, Problems
from .arrowops import all_distinct, true
from .matching import match_columns
from .responses import ROWS_LISTED, Responses, read_export
from .survey import Survey

__all__ = ["check_export", "identical_rows", "load_responses"]


def check_export(responses: Responses, survey: Survey,
                 problems: Problems) -> Responses | None:
    """Columns named as in the survey, respondent ids (when the survey has them) present and
    unique. Returns the responses with their columns spelled as the survey spells them."""
    renames = match_columns(responses.header.columns, survey.columns(), responses.name,
                            problems)
    if renames is None:
        return None
    aligned = responses.renamed(renames)
    # Counting the answers now, beside the id check, keeps a million rows fast.
    checks = [lambda: _id_problems(aligned, survey.respondent_id)] if survey.respondent_id \
        else []
    found = [p for listed in aligned.count_all(survey.counted_columns(), *checks)
             for p in listed]
    problems.extend(found)
    return None if found else aligned


def load_responses(path: Path, name: str, survey: Survey,
                   problems: Problems) -> Responses | None:
    """read_export, then check_export."""
    responses = read_export(path, name, problems, survey.header_rows)
    return None if responses is None else check_export(responses, survey, problems)


def identical_rows(responses: Responses) -> list[Problem]:
    """Notes (not errors) for rows that are the same in every column: with no respondent id,
    one response sent twice cannot be told from two people answering alike."""
    frame = responses.frame
    repeated = frame[frame.duplicated(keep=False).to_numpy(dtype=bool)]
    if repeated.empty:
        return []
    groups = repeated.groupby(list(repeated.columns), dropna=False, sort=False).groups
    notes = [responses.problem("these rows are the same in every column; each is counted as "
                               "a response", sorted(int(r) for r in rows),
                               hint="if one person sent the same answers twice, delete the "
                                    "repeats from the export")
             for rows in groups.values()]
    return sorted(notes, key=lambda p: p.row or 0)


def _id_problems(responses: Responses, column: str) -> Problems:
    """Blank and repeated respondent ids. Runs in a thread beside the counting, so it
    collects into its own Problems, which the caller adds to the build's."""
    problems = Problems()
    column_ids = responses.table.column(column)
    if column_ids.null_count:
        blank_rows = responses.row_numbers[true(column_ids.is_null())]
        problems.append(responses.problem(f"column '{column}': the respondent id is blank",
                                          blank_rows.tolist()))
    if all_distinct(column_ids):
        return problems  # the usual case; listing repeats needs pandas
    ids = responses.frame[column]
    blank = ids.isna().to_numpy(dtype=bool)
    repeated = ids[ids.duplicated(keep=False).to_numpy(dtype=bool) & ~blank]
    groups = list(repeated.groupby(repeated, sort=True).groups.items())
    for value, rows in groups[:ROWS_LISTED]:
        problems.append(responses.problem(
            f"column '{column}': the respondent id '{value}' is used more than once",
            list(rows), hint="each response needs its own id; remove the repeated rows"))
    if len(groups) > ROWS_LISTED:
        problems.append(Problem(responses.name, f"column '{column}': {len(groups) - ROWS_LISTED}"
                                " more respondent ids are used more than once"))
    return problems
