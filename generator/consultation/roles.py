"""What an export's columns are, apart from questions: the tool's own columns, personal data,
the respondent id, timestamps, and which tool the export looks like (for `survey draft` and
`survey columns`).

Public API:

    guess_tool(columns, layout) -> str            "SurveyMonkey", ..., or "unknown"
    is_personal(column) -> bool                   e-mail, IP address, names, phone, address...
    personal_columns(columns, counts) -> [names]
    plain_key(text) -> str                        'Start Date' -> 'startdate'
    is_tool_column(column) -> bool                start date, status, collector id, ...
    respondent_id(columns, counts, rows) -> name | None
    timestamp_columns(columns) -> [names]
    date_range(table, names) -> (start, end, note) | None
    answer_counts(responses, columns) -> {name: {answer: rows}}   (Unique for a column of ids)

`columns` are the reader's ExportColumn objects (name, letter, question, detail, tag).
Names are compared without case, spaces or punctuation, so "StartDate", "Start Date" and
"start_date" are one name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc

from .arrowops import all_distinct

if TYPE_CHECKING:
    from .header import ExportColumn
    from .responses import Responses

__all__ = ["BRACKETS", "Unique", "answer_counts", "date_range", "guess_tool", "is_personal",
           "is_tool_column", "personal_columns", "plain_key", "respondent_id",
           "timestamp_columns"]

TOOLS = {  # the columns each tool adds by itself (as compared by plain_key)
    "SurveyMonkey": {"respondentid", "collectorid", "startdate", "enddate", "ipaddress",
                     "emailaddress", "firstname", "lastname", "customdata1"},
    "Qualtrics": {"responseid", "recordeddate", "distributionchannel", "userlanguage",
                  "durationinseconds", "finished", "progress", "status", "responsetype",
                  "externalreference", "externaldatareference", "locationlatitude"},
    "Google Forms": {"timestamp"},
    "Microsoft Forms": {"id", "starttime", "completiontime", "email", "name",
                        "lastmodifiedtime"},
    "LimeSurvey": {"submitdate", "lastpage", "startlanguage", "seed", "datestamp", "refurl",
                   "datesubmitted", "datestarted", "datelastaction",
                   "referrerurl", "ipaddr", "token"},
    "Typeform": {"#", "submittedat", "submitdateutc", "startdateutc", "networkid", "tags",
                 "stagedateutc"},
}
TOOL_COLUMNS = set().union(*TOOLS.values()) | {"endtime", "durationseconds", "collectorname",
                                               "language", "source", "referrer", "useragent"}
TIMESTAMPS = ("startdate", "startdateutc", "starttime", "datestarted", "timestamp",
              "submittedat", "submitdateutc", "submitdate", "datesubmitted", "completiontime",
              "enddate", "endtime", "recordeddate", "datestamp")
IDS = ("respondentid", "responseid", "id", "#", "submissionid", "responsenumber", "entryid")

# Personal data: the whole (short) name, or a phrase inside a question of a few words.
PERSONAL_KEYS = re.compile(
    r"^(?:ip|ipaddress|ipaddr|e?mail|emailaddress|recipientemail|recipient(?:first|last)name"
    r"|(?:first|last|full|given|family|sur|your)?name|customdata\d*|customvariable\d*"
    r"|externalreference|externaldatareference|networkid|location(?:latitude|longitude)"
    r"|latitude|longitude|(?:tele)?phone(?:number)?|mobile(?:number)?|(?:home|postal|street)?"
    r"address(?:line)?\d*|postcode|zip|zipcode|zippostalcode|postalcode|citytown)$")
PERSONAL_WORDS = re.compile(
    r"\b(?:e-?mail|ip address|(?:tele)?phone(?: number)?|mobile number|post ?code|zip code"
    r"|(?:home|postal|street) address|(?:first|last|full|given|family) name|surname"
    r"|your name|your address|custom data)\b")
PERSONAL_WORDS_MAX = 8  # a longer text is a question that mentions e-mail, not an address


def plain_key(text: str | None) -> str:
    """A name without case, spaces or punctuation."""
    return re.sub(r"[^0-9a-z#]", "", (text or "").casefold())


def _keys(column: ExportColumn) -> set[str]:
    return {plain_key(text) for text in (column.name, column.detail, column.tag) if text}


def guess_tool(columns: Sequence[ExportColumn], layout: str | None) -> str:
    """The tool whose own columns the export has most of; the header layout decides first."""
    if layout:
        return layout
    keys = set().union(*(_keys(c) for c in columns)) if columns else set()
    scores = {tool: len(keys & names) for tool, names in TOOLS.items()}
    if any(BRACKETS.match(c.name) for c in columns):
        scores["Google Forms"] += 1
    best = max(scores, key=lambda tool: scores[tool])
    # one column called "ID" is not enough to call an export Microsoft Forms
    return best if scores[best] >= (1 if best == "Google Forms" else 2) else "unknown"


BRACKETS = re.compile(r"^(.*\S)\s*\[([^\]]+)\]$")  # Google Forms: "Question [Statement]"


def is_personal(column: ExportColumn, values: Mapping[str, int] | None = None) -> bool:
    """Named like personal data, unless it only ever holds its own name (a ticked option
    "Email" of "How should we contact you?" is not an address)."""
    if values and len(values) == 1 and plain_key(next(iter(values))) in _keys(column):
        return False
    if any(PERSONAL_KEYS.match(key) for key in _keys(column)):
        return True
    texts = (column.name, column.detail)
    return any(text and len(text.split()) <= PERSONAL_WORDS_MAX
               and PERSONAL_WORDS.search(text.casefold()) for text in texts)


def personal_columns(columns: Sequence[ExportColumn],
                     counts: Mapping[str, Mapping[str, int]]) -> list[str]:
    return [c.name for c in columns if is_personal(c, counts.get(c.name))]


def is_tool_column(column: ExportColumn) -> bool:
    return bool(_keys(column) & TOOL_COLUMNS)


def respondent_id(columns: Sequence[ExportColumn], counts: Mapping[str, Mapping[str, int]],
                  rows: int) -> str | None:
    """The first column named like an id whose values are all there and all different."""
    named = [c.name for key in IDS for c in columns if key in _keys(c)]
    for name in dict.fromkeys(named):
        values = counts.get(name, {})
        if len(values) == rows and rows:
            return name
    return None


def timestamp_columns(columns: Sequence[ExportColumn]) -> list[str]:
    order = {key: i for i, key in enumerate(TIMESTAMPS)}
    found = [(min(order[k] for k in _keys(c) & order.keys()), c.name)
             for c in columns if _keys(c) & order.keys()]
    return [name for _, name in sorted(found)]


# Dates ------------------------------------------------------------------------------------

DATE = r"^\s*(?P<date>\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})"


def date_range(table: pa.Table, names: Sequence[str]) -> tuple[date, date, str] | None:
    """The first and last dates in these columns, and how they were read. Only the distinct
    dates (without times) reach Python: Arrow cuts them out of a million timestamps."""
    texts: set[str] = set()
    for name in names:
        parts = pc.extract_regex(table.column(name), DATE)
        texts.update(t for t in pc.unique(parts.combine_chunks().field("date")).to_pylist() if t)
    split = [tuple(int(n) for n in re.split(r"[-/.]", t)) for t in sorted(texts)]
    if not split:
        return None
    order, how = _order(split)
    dates = sorted(d for parts in split if (d := _date(parts, order)) is not None)
    if not dates:
        return None
    return dates[0], dates[-1], f"the first and last dates in '{names[0]}'" + (
        f" and {len(names) - 1} more column(s)" if len(names) > 1 else "") + f", {how}"


def _order(split: list[tuple[int, ...]]) -> tuple[str, str]:
    """'ymd', 'dmy' or 'mdy', and how it was decided."""
    if all(p[0] > 31 for p in split):
        return "ymd", "read as year-month-day"
    if any(p[0] > 12 for p in split if p[0] <= 31):
        return "dmy", "read as day/month/year"
    if any(p[1] > 12 for p in split):
        return "mdy", "read as month/day/year (a US export)"
    return "dmy", "read as day/month/year: no date told day and month apart"


def _date(parts: tuple[int, ...], order: str) -> date | None:
    if len(parts) != 3:
        return None
    if order == "ymd":
        year, month, day = parts
    else:
        first, second, year = parts
        day, month = (first, second) if order == "dmy" else (second, first)
        year += 2000 if year < 100 else 0
    try:
        return date(year, month, day)
    except ValueError:
        return None


# Counting --------------------------------------------------------------------------------

class Unique(Mapping[str, int]):
    """The counts of a column in which every row holds a different value (ids), without
    making them: a million ones would cost more than reading the export."""

    def __init__(self, column: pa.ChunkedArray) -> None:
        self.column = column

    def __len__(self) -> int:
        return len(self.column)

    def __iter__(self) -> Iterator[str]:
        for start in range(0, len(self.column), 1000):
            yield from self.column.slice(start, 1000).to_pylist()

    def __getitem__(self, value: str) -> int:
        return 1  # only asked for values it holds


def answer_counts(responses: Responses,
                  columns: Sequence[ExportColumn]) -> dict[str, Mapping[str, int]]:
    """{column: {answer: rows}} by Arrow's value counts, in threads. A column named like an
    id with no blanks and no repeats (checked by hashing, arrowops.all_distinct) is Unique."""
    table = responses.table
    ids = {c.name for c in columns if _keys(c) & set(IDS)
           and table.column(c.name).null_count == 0 and all_distinct(table.column(c.name))}
    responses.count_all([c.name for c in columns if c.name not in ids])
    return {c.name: Unique(table.column(c.name)) if c.name in ids else responses.counts(c.name)
            for c in columns}
