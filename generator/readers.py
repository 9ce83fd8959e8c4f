"""Read YAML files into typed models, keeping line numbers for error messages.

ruamel.yaml keeps the line of every key and list item, which pydantic's error
locations are mapped back to, so each problem names the line to fix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from .problems import Problem

M = TypeVar("M", bound=BaseModel)
Loc = Sequence[str | int]


@dataclass(frozen=True)
class Lines:
    """Finds the line of a value in a parsed YAML document from its path of keys and indexes."""

    root: Any

    def of(self, loc: Loc) -> int | None:
        node, line = self.root, _own_line(self.root)
        for key in loc:
            if isinstance(node, CommentedMap) and key in node:
                line = node.lc.key(key)[0] + 1
                node = node[key]
            elif isinstance(node, CommentedSeq) and isinstance(key, int) and key < len(node):
                line = node.lc.item(key)[0] + 1
                node = node[key]
            else:
                break  # a missing key: point at the mapping that should hold it
        return line


def _own_line(node: Any) -> int | None:
    lc = getattr(node, "lc", None)
    return lc.line + 1 if lc is not None and lc.line is not None else None


@dataclass(frozen=True)
class Parsed:
    """A YAML document with its file name for messages and its line finder."""

    name: str
    data: Any
    lines: Lines

    def problem(self, message: str, loc: Loc = (), **extra: Any) -> Problem:
        return Problem(self.name, message, line=self.lines.of(loc), **extra)


def parse_yaml(path: Path, name: str) -> Parsed | Problem:
    """Parse one YAML file; a syntax error, wrong encoding or empty file is a Problem."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        return Problem(name, f"the file is not UTF-8 text (byte {err.start} cannot be read)",
                       hint="save it again as UTF-8 from your editor")
    except OSError as err:
        return Problem(name, f"cannot read the file: {err.strerror}")
    if not text.strip():
        return Problem(name, "the file is empty", expected="YAML content")
    try:
        data = YAML(typ="rt", pure=True).load(text)
    except MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        what = (err.problem or err.context or "broken YAML").strip()
        line = mark.line + 1 if mark is not None else None
        hint = ("each field may appear only once in a block" if "duplicate key" in what else
                "check the indentation and that text with ':' or '#' is in quotes")
        return Problem(name, f"the YAML cannot be read: {what}", line=line, hint=hint)
    except YAMLError as err:
        return Problem(name, f"the YAML cannot be read: {err}")
    return Parsed(name, data, Lines(data))


def validate(parsed: Parsed, model: type[M]) -> M | list[Problem]:
    """Check a parsed document against its model; every mistake becomes a Problem with a line."""
    try:
        return model.model_validate(parsed.data)
    except ValidationError as err:
        return [_problem(parsed, error) for error in err.errors()]


def read_model(path: Path, name: str, model: type[M]) -> tuple[M | None, Parsed | None,
                                                                 list[Problem]]:
    """Parse and validate in one step: (model, parsed, problems)."""
    parsed = parse_yaml(path, name)
    if isinstance(parsed, Problem):
        return None, None, [parsed]
    result = validate(parsed, model)
    if isinstance(result, list):
        return None, parsed, result
    return result, parsed, []


# Pydantic's wording for the mistakes people make most, in plainer words.
_FRIENDLY = {
    "list_type": "should be a list, one item per line starting with '- '",
    "string_type": "should be text",
    "dict_type": "should be a block of fields (name: value lines, indented)",
    "model_type": "should be a block of fields (name: value lines, indented)",
    "too_short": "should not be empty",
    "string_too_short": "should not be empty",
    "literal_error": None,
    "string_pattern_mismatch": "should be lowercase letters, digits and hyphens (early-years)",
}


def _problem(parsed: Parsed, error: dict[str, Any]) -> Problem:
    loc = [part for part in error["loc"] if not str(part).startswith("function-")]
    field = ".".join(str(part) for part in loc) or "the file"
    kind = error["type"]
    if kind == "missing":
        return parsed.problem(f"'{field}' is missing", loc, expected="a value for it")
    if kind == "extra_forbidden":
        return parsed.problem(f"unknown field '{loc[-1]}'", loc,
                              hint="check the spelling; see the README for the fields allowed")
    message = _FRIENDLY.get(kind) or error["msg"].removeprefix("Value error, ")
    return parsed.problem(f"'{field}': {message}", loc)
