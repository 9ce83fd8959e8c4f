"""Which export column survey.yaml means by each name it writes.

Public API:

    match_columns(columns, wanted, file, problems) -> {export name: survey name} | None

A name matches the column of the same name (trimmed); else the only column equal to it when
case, repeated spaces, non-breaking spaces and curly quotes are ignored; else the only column
with that Qualtrics export tag (Q5_1). So two columns that differ only by such a character are
still told apart, and a name several columns really share is a problem that says how to name
each ("Smartsheet (column F)").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..core.problems import Problem, Problems
from .header import ExportColumn
from .survey import normalise_label


def match_columns(columns: Sequence[ExportColumn], wanted: list[str], file: str,
                  problems: Problems) -> dict[str, str] | None:
    """{export column: name survey.yaml writes} for every wanted name; None when one cannot
    be matched (each such name is a problem)."""
    renames: dict[str, str] = {}
    for name in wanted:
        found = _find_column(name, columns, file)
        if isinstance(found, Problem):
            problems.append(found)
        else:
            renames[found] = name
    return renames if len(renames) == len(wanted) else None


def _find_column(name: str, columns: Sequence[ExportColumn], file: str) -> str | Problem:
    """The export column survey.yaml means by `name`: the same name (trimmed); else the only
    one equal when case, repeated spaces, non-breaking spaces and curly quotes are ignored;
    else the only one with that Qualtrics export tag. A name several columns share is a
    problem saying how to name each."""
    name = name.strip()
    if any(c.name == name for c in columns):
        return name
    key = normalise_label(name)
    alike = [c for c in columns if normalise_label(c.name) == key]
    if len(alike) == 1:
        return alike[0].name
    if not alike:
        alike = [c for c in columns if c.tag and normalise_label(c.tag) == key]
        if len(alike) == 1:
            return alike[0].name
    shared = alike or [c for c in columns
                       if normalise_label(c.name) == f"{key} (column {c.letter.casefold()})"]
    if shared:
        where = " and ".join(c.letter for c in shared)
        each = " or ".join(f"'{c.name}'" for c in shared)
        return Problem(file, f"the column '{name}' is in the header more than once (columns "
                       f"{where})", row=1, hint=f"write {each} to say which one")
    have = ", ".join(f"'{c.name}'" for c in columns[:40])
    more = f" and {len(columns) - 40} more" if len(columns) > 40 else ""
    return Problem(file, f"the column '{name}' is missing", row=1,
                   expected="a column with that name in the header row",
                   hint=f"the columns found are {have}{more}; `plainsight survey columns "
                        "EXPORT` lists them with their answers")
