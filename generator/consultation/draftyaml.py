"""Write a drafted survey definition as survey.yaml text, with `# check:` comments.

Public API:

    draft_yaml(draft) -> str          the text of content/consultation/survey.yaml
    scalar(text) -> str               a YAML scalar that reads back as exactly `text`

Written line by line rather than with yaml.safe_dump because PyYAML cannot write comments,
and the comments are the point: they say what was guessed. Every string goes through
`scalar`: plain where that reads back the same under YAML 1.1 and 1.2 ("Agree" but not
"Yes", "2" or "a: b"), double-quoted with escapes otherwise.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable

import yaml

from .draft import Draft, DraftQuestion
from .scales import FoundScale, Point

__all__ = ["draft_yaml", "scalar"]

PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9 '\u2019/?.()&-]*[A-Za-z0-9'\u2019?.)]$|^[A-Za-z]$")


def scalar(text: str) -> str:
    """Plain if it reads back as the same string in block and flow context; else quoted."""
    if PLAIN.match(text) and "  " not in text and _reads_back(text):
        return text
    return "".join(_escaped(ch) for ch in json.dumps(text, ensure_ascii=False))


def _reads_back(text: str) -> bool:
    try:
        return yaml.safe_load(f"[{text}]") == [text] and yaml.safe_load(f"k: {text}") == {
            "k": text}
    except yaml.YAMLError:
        return False


def _escaped(ch: str) -> str:
    """Invisible characters (a non-breaking space, a line separator) as escapes."""
    if ch != " " and unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl", "Zp"):
        return f"\\u{ord(ch):04x}"
    return ch


def _comment(note: str, indent: str = "") -> str:
    return f"{indent}# check: {' '.join(note.split())}"


def _names(names: Iterable[str]) -> str:
    return ", ".join(scalar(n) for n in names)


def draft_yaml(draft: Draft) -> str:
    lines = [
        f"# A first survey definition drafted by `plainsight survey draft` from {draft.export}.",
        "# Read every '# check:' comment, put right what is wrong, delete the comment, then run",
        "# `plainsight check`. Answers are matched to labels ignoring capitals and spaces.",
    ]
    if draft.personal:
        lines += ["#", "# Personal data, never read into results (its values are not shown "
                  "here either):", *_wrapped(draft.personal)]
    if draft.left_out:
        lines += ["#", "# The survey tool's own columns, left out:", *_wrapped(draft.left_out)]
    lines += ["", _comment(draft.checks["title"]), f"title: {scalar(draft.title)}"]
    lines += _dates(draft)
    lines += [f"export: {scalar(draft.export)}", _comment(draft.checks["tool"]),
              f"header_rows: {draft.header_rows}", _comment(draft.checks["respondent_id"])]
    lines.append(f"respondent_id: {scalar(draft.respondent_id)}" if draft.respondent_id
                 else "# respondent_id: (none)")
    lines += [_comment(draft.checks["channels"]), "channels:",
              "  - {id: online, label: Online survey}", ""]
    if draft.scale is not None:
        lines += ["scale:", *_scale(draft.scale, "  "), ""]
    lines.append("questions:")
    for question in draft.questions:
        lines += _question(question)
    return "\n".join(lines) + "\n"


def _wrapped(names: Iterable[str]) -> list[str]:
    lines, line = [], "#  "
    for name in names:
        piece = f" {' '.join(scalar(name).split())},"
        if len(line) + len(piece) > 96 and line != "#  ":
            lines.append(line)
            line = "#  "
        line += piece
    return [*lines, line.rstrip(",")]


def _dates(draft: Draft) -> list[str]:
    if draft.dates is None:
        return ["# dates: no date column was found; add {start: YYYY-MM-DD, end: YYYY-MM-DD}"]
    start, end = draft.dates
    return [_comment(draft.checks["dates"]),
            f"dates: {{start: {start.isoformat()}, end: {end.isoformat()}}}"]


def _scale(scale: FoundScale, indent: str) -> list[str]:
    lines = [_comment(note, indent) for note in scale.notes]
    lines.append(f"{indent}options:")
    lines += [f"{indent}  - {_point(p)}" for p in scale.points]
    return [*lines, f"{indent}dont_know_in_base: true"]


def _point(point: Point) -> str:
    text = f"{{label: {scalar(point.label)}, kind: {point.kind}"
    if point.aliases:
        text += f", aliases: [{_names(point.aliases)}]"
    text += "}"
    return text if point.found else text + "  # check: not found in the export"


def _question(question: DraftQuestion) -> list[str]:
    lines = [f"  - id: {question.id}"]
    lines += [_comment(note, "    ") for note in question.checks]
    lines += [f"    wording: {scalar(question.wording)}", f"    type: {question.type}"]
    if question.column:
        lines.append(f"    column: {scalar(question.column)}")
    if question.statements:
        lines.append("    statements:")
        lines += [f"      - {{id: {s.id}, label: {scalar(s.label)}, column: {scalar(s.column)}}}"
                  for s in question.statements]
    if question.option_columns:
        lines.append("    option_columns:")
        lines += [f"      {scalar(label)}: {scalar(column)}"
                  for label, column in question.option_columns]
    if question.separator:
        lines.append(f"    separator: {scalar(question.separator)}")
    if question.options:
        lines.append("    options:")
        lines += [f"      - {scalar(option)}" for option in question.options]
    if question.other:
        lines.append(f"    other: {scalar(question.other)}")
    if question.scale is not None:
        lines += ["    scale:", *_scale(question.scale, "      ")]
    return lines
