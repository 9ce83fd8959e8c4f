"""A first survey definition worked out from an export (`plainsight survey draft EXPORT`).

Public API:

    draft_survey(responses, export, title) -> Draft      (draftyaml.draft_yaml writes it)
    Draft, DraftQuestion, Statement                      (frozen dataclasses)

From the export alone: the tool it looks like, the respondent id, the dates, and one
question per column or per grid, with its type, options and scale. Personal-data columns are
never mapped. Every guess a person should look at carries a note (`checks`), which the YAML
writer turns into `# check:` comments. Only the distinct answers of each column are looked at
(counted by Arrow, in threads), so a million rows cost little more than reading them; the
same export always gives the same draft.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from slugify import slugify

from . import roles
from .choices import joined_options, single_options
from .scales import FoundScale, recognise

if TYPE_CHECKING:
    from .header import ExportColumn
    from .responses import Responses

__all__ = ["Draft", "DraftQuestion", "Statement", "draft_survey"]

SEPARATORS = {"Google Forms": (";", ", "), "Microsoft Forms": (";",), "Qualtrics": (",",),
              "SurveyMonkey": (), "LimeSurvey": (), "Typeform": (", ",), "unknown": (";", ", ")}
TICKED = {"1", "yes", "y", "true", "x", "selected", "checked"}
MAX_SHARED_POINTS = 7  # a survey-wide scale with more points mixes two scales


@dataclass(frozen=True)
class Statement:
    id: str
    label: str
    column: str


@dataclass(frozen=True)
class DraftQuestion:
    id: str
    wording: str
    type: str  # agreement | single_choice | multi_select | free_text
    column: str | None = None
    statements: tuple[Statement, ...] = ()
    options: tuple[str, ...] = ()
    option_columns: tuple[tuple[str, str], ...] = ()
    separator: str | None = None
    other: str | None = None
    scale: FoundScale | None = None  # its own scale; None: the survey's
    checks: tuple[str, ...] = ()

    def columns(self) -> list[str]:
        return ([self.column] if self.column else []) + [s.column for s in self.statements] \
            + [column for _, column in self.option_columns]


@dataclass(frozen=True)
class Draft:
    title: str
    export: str
    tool: str
    header_rows: int
    respondent_id: str | None
    dates: tuple[date, date] | None
    scale: FoundScale | None
    questions: tuple[DraftQuestion, ...]
    personal: tuple[str, ...]  # never mapped
    left_out: tuple[str, ...]  # the tool's own columns (dates, status, ...)
    checks: dict[str, str] = field(default_factory=dict)  # top-level field -> what to check


# The units of an export: a column, or the columns of one grid -----------------------------

@dataclass(frozen=True)
class _Unit:
    wording: str
    columns: tuple[ExportColumn, ...]
    labels: tuple[str, ...]  # each column's statement or option; empty for one column
    note: str | None = None


def _units(columns: Sequence[ExportColumn], tool: str,
           counts: Mapping[str, Mapping[str, int]]) -> list[_Unit]:
    units: list[_Unit] = []
    i = 0
    while i < len(columns):
        unit = _grid(columns, i, tool, counts) or _Unit(columns[i].name, (columns[i],), ())
        units.append(unit)
        i += len(unit.columns)
    return units


def _grid(columns: Sequence[ExportColumn], start: int, tool: str,
          counts: Mapping[str, Mapping[str, int]]) -> _Unit | None:
    """The grid starting at this column, if one does: statements under one question
    (SurveyMonkey, Qualtrics), `Question [Statement]` (Google Forms), statement-only columns
    on one scale (Microsoft Forms), or a column per ticked option (Typeform and others)."""
    first = columns[start]
    if first.question and first.detail is not None and not _is_text_entry(first):
        return _run(columns, start, lambda c: (c.question if c.detail is not None
                                                and not _is_text_entry(c) else None),
                    lambda c: c.detail or c.name, first.question)
    if match := roles.BRACKETS.match(first.name):
        return _run(columns, start, lambda c: _bracket(c.name)[0], lambda c: _bracket(c.name)[1],
                    match.group(1))
    if tool == "Microsoft Forms":
        return _forms_grid(columns, start, counts)
    if _ticks(first, counts.get(first.name, {})):
        return _run(columns, start, lambda c: bool(_ticks(c, counts.get(c.name, {}))) or None,
                    lambda c: c.name, "", "the question is not in the export: these columns "
                    "each hold one ticked option; write the question's wording")
    return None


def _run(columns: Sequence[ExportColumn], start: int, key, label, wording: str,
         note: str | None = None) -> _Unit | None:
    """Consecutive columns with the same key (two or more), with their labels."""
    found = [columns[start]]
    for column in columns[start + 1:]:
        if key(column) != key(columns[start]) or label(column) in map(label, found):
            break
        found.append(column)
    if len(found) < 2:
        return None
    return _Unit(wording or _wording_of(found), tuple(found),
                 tuple(_statement_label(label(c)) for c in found), note)


def _wording_of(found: list[ExportColumn]) -> str:
    return "Question about " + ", ".join(_statement_label(c.name) for c in found[:3]) + (
        " and others" if len(found) > 3 else "")


def _bracket(name: str) -> tuple[str | None, str]:
    match = roles.BRACKETS.match(name)
    return (match.group(1), match.group(2).strip()) if match else (None, name)


def _is_text_entry(column: ExportColumn) -> bool:
    return bool(column.tag and column.tag.upper().endswith("_TEXT"))


def _statement_label(name: str) -> str:
    """'Asana2' and 'Asana (column F)' (a repeated Microsoft Forms statement) are 'Asana'."""
    return re.sub(r"\s*\(column [A-Z]+\)$", "", name).strip()


def _forms_grid(columns: Sequence[ExportColumn], start: int,
                counts: Mapping[str, Mapping[str, int]]) -> _Unit | None:
    """Microsoft Forms writes a grid's statements only: consecutive columns on one scale.
    A statement seen before starts the next grid (Forms writes 'Asana2' the second time)."""
    scale = recognise(counts.get(columns[start].name, {}))
    if scale is None:
        return None
    found = [columns[start]]
    seen = {_forms_label(columns[start].name, set())}
    for column in columns[start + 1:]:
        other = recognise(counts.get(column.name, {}))
        label = _forms_label(column.name, seen)
        if other is None or other.family != scale.family or label in seen:
            break
        found.append(column)
        seen.add(label)
    if len(found) < 2:
        return None
    labels = tuple(_forms_label(c.name, set()) for c in found)
    return _Unit(_wording_of(found), tuple(found), labels,
                 "Microsoft Forms does not export a grid's question: write its wording")


def _forms_label(name: str, seen: set[str]) -> str:
    label = _statement_label(name)
    base = re.sub(r"\d+$", "", label).strip()
    return base if base and base != label and (base in seen or not seen) else label


def _ticks(column: ExportColumn, values: Mapping[str, int]) -> bool:
    """A column per option: it only ever holds its own name, or 'yes'."""
    names = {roles.plain_key(column.name), roles.plain_key(column.detail)} | TICKED
    return len(values) == 1 and roles.plain_key(next(iter(values))) in names


# Questions --------------------------------------------------------------------------------

def _question(unit: _Unit, tool: str, counts: Mapping[str, Mapping[str, int]],
              ids: _Ids) -> list[DraftQuestion]:
    if not unit.labels:
        return [_single(unit.columns[0], tool, counts[unit.columns[0].name], ids)]
    values = [counts[c.name] for c in unit.columns]
    notes = (unit.note,) if unit.note else ("wording taken from the export's header",)
    ticked = [_ticks(c, v) for c, v in zip(unit.columns, values, strict=True)]
    if sum(ticked) >= len(ticked) - 1 and sum(ticked) >= 1:
        return [_option_columns(unit, ticked, notes, ids)]
    union: Counter[str] = Counter()
    for found in values:
        union.update(found)
    scale = recognise(union)
    if scale is None:
        return [_single(c, tool, v, ids) for c, v in zip(unit.columns, values, strict=True)]
    qid = ids.new(_tag_id(unit.columns[0]) or unit.wording)
    statements = tuple(Statement(ids.new(f"{qid} {label}", 4), label, c.name)
                       for label, c in zip(unit.labels, unit.columns, strict=True))
    return [DraftQuestion(qid, unit.wording, "agreement", statements=statements, scale=scale,
                          checks=(*notes, "a grid: one statement a column"))]


def _option_columns(unit: _Unit, ticked: list[bool], notes: tuple[str, ...],
                    ids: _Ids) -> DraftQuestion:
    pairs = tuple((label, c.name) for label, c in zip(unit.labels, unit.columns, strict=True))
    typed = [label for label, tick in zip(unit.labels, ticked, strict=True) if not tick]
    checks = [*notes, "multi-select: a column per option, ticked when not blank"]
    checks += [f"'{label}' holds typed answers: it counts as ticked when not blank"
               for label in typed]
    return DraftQuestion(ids.new(_tag_id(unit.columns[0]) or unit.wording), unit.wording,
                         "multi_select", option_columns=pairs, checks=tuple(checks))


def _single(column: ExportColumn, tool: str, values: Mapping[str, int],
            ids: _Ids) -> DraftQuestion:
    qid = ids.new(_tag_id(column) or column.name)
    base = DraftQuestion(qid, column.name, "free_text", column=column.name,
                         checks=("wording taken from the column name",))
    if not values:
        return replace(base, checks=(*base.checks, "no answers in the export: free text"))
    if (scale := recognise(values)) is not None:
        return replace(base, type="agreement", scale=scale)
    if (joined := joined_options(values, SEPARATORS.get(tool, (";",)))) is not None:
        return replace(base, type="multi_select", options=joined.options,
                       separator=joined.separator, other=joined.other,
                       checks=(*base.checks, f"multi-select: answers joined with "
                               f"'{joined.separator}'", *joined.notes))
    if (single := single_options(values)) is not None:
        return replace(base, type="single_choice", options=single.options, other=single.other,
                       checks=(*base.checks, "single choice: options in the order found "
                               "sensible; put them in the questionnaire's order", *single.notes))
    return replace(base, checks=(*base.checks, "free text: the answers are too varied to be "
                                 "options"))


def _tag_id(column: ExportColumn) -> str | None:
    """Qualtrics' export tag (Q5_1 -> q5) or a leading question number (Q2 Vision -> q2)."""
    if column.tag:
        return re.sub(r"_\d+$", "", column.tag)
    match = re.match(r"^(Q\d+)\b", column.name, re.IGNORECASE)
    return match.group(1) if match else None


class _Ids:
    """Lower-case slugs, unique across questions and statements."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def new(self, text: str, words: int = 5) -> str:
        short = " ".join(text.split()[:words])
        base = slugify(short, max_length=40, word_boundary=True) or "q"
        found, n = base, 1
        while found in self.used:
            n += 1
            found = f"{base}-{n}"
        self.used.add(found)
        return found


# The whole draft --------------------------------------------------------------------------

def draft_survey(responses: Responses, export: str, title: str) -> Draft:
    """The draft for an export (`export` as survey.yaml names it, relative to data/)."""
    header = responses.header
    columns = header.columns
    counts = roles.answer_counts(responses, columns)
    tool = roles.guess_tool(columns, header.layout)
    personal = roles.personal_columns(columns, counts)
    open_columns = [c for c in columns if c.name not in personal]
    rid = roles.respondent_id(open_columns, counts, responses.n)
    stamps = [n for n in roles.timestamp_columns(open_columns)]
    found_dates = roles.date_range(responses.table, stamps) if stamps else None
    left_out = [c.name for c in open_columns if c.name != rid and roles.is_tool_column(c)]
    asked = [c for c in open_columns if c.name != rid and c.name not in left_out]
    ids = _Ids()
    questions = [q for unit in _units(asked, tool, counts) for q in _question(unit, tool,
                                                                                counts, ids)]
    questions, scale = _shared_scale(questions, counts)
    checks = {"title": "made from the file name: write the consultation's title",
              "tool": f"the export looks like {tool}" if tool != "unknown" else
              "the export does not look like any tool we know",
              "channels": "every row is taken as one online response; add other channels"}
    checks["respondent_id"] = "each row has its own value" if rid else \
        "no column holds a different id on every row: each row counts as one response"
    if found_dates:
        checks["dates"] = found_dates[2]
    return Draft(title, export, tool, header.rows, rid,
                 found_dates[:2] if found_dates else None, scale, tuple(questions),
                 tuple(personal), tuple(left_out), checks)


def _shared_scale(questions: list[DraftQuestion], counts: Mapping[str, Mapping[str, int]],
                  ) -> tuple[list[DraftQuestion], FoundScale | None]:
    """One scale for the agreement questions of each family where the answers of all of
    them make one scale (every point found somewhere); the most used becomes the survey's
    `scale`, the others stay with their questions."""
    agreement = [q for q in questions if q.type == "agreement" and q.scale is not None]
    families: dict[str, list[DraftQuestion]] = {}
    for question in agreement:
        assert question.scale is not None
        families.setdefault(question.scale.family, []).append(question)
    shared: dict[str, FoundScale] = {}
    for family, members in families.items():
        union: Counter[str] = Counter()
        for question in members:
            for column in question.columns():
                union.update(counts[column])
        scale = recognise(union)
        points = [p for p in scale.points if p.kind != "dont_know"] if scale else []
        if scale is not None and scale.family == family and len(points) <= MAX_SHARED_POINTS:
            shared[family] = scale
    with_scales = [replace(q, scale=shared.get(q.scale.family, q.scale))
                   if q.type == "agreement" and q.scale else q for q in questions]
    uses = Counter(q.scale.key() for q in with_scales if q.scale for _ in q.columns())
    if not uses:
        return with_scales, None
    main_key = max(uses, key=lambda key: uses[key])  # the first most used, in export order
    main = next(q.scale for q in with_scales if q.scale and q.scale.key() == main_key)
    return [replace(q, scale=None) if q.scale and q.scale.key() == main_key else q
            for q in with_scales], main
