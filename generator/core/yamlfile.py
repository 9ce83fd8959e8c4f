"""Read YAML files into typed models, keeping line numbers for error messages.

Public API:

    parse_yaml(path, name, problems) -> Parsed | None
    validate(parsed, model, problems) -> model | None
    read_model(path, name, model, problems) -> (model | None, Parsed | None)
    Parsed (.name, .data, .lines, .problem(message, loc)), Lines (.of(loc) -> line)

PyYAML's C parser composes each file into nodes that carry their line; the data is built
from those nodes and pydantic's error locations are mapped back to them, so each problem
names the line to fix. (The C parser reads a large strategy several times faster than a
pure-Python round-trip parser, which keeps `generator check` and rebuilds quick.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .formats import RENAMED, upgrade
from .problems import Problem, Problems

M = TypeVar("M", bound=BaseModel)
Loc = Sequence[str | int]
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """YAML 1.2 booleans: only true/false. Under YAML 1.1 an answer label such as "yes",
    "no" or "on" would silently turn into a boolean."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"))


def _timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> object:
    """A date that looks like one but is not (2022-02-30) stays text, for the model or
    check that reads it to report in words; PyYAML would raise ValueError."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


@dataclass(frozen=True)
class Lines:
    """Finds the line of a value in a parsed YAML document from its path of keys and indexes."""

    root: yaml.Node | None

    def of(self, loc: Loc) -> int | None:
        node = self.root
        line = node.start_mark.line + 1 if node is not None else None
        for key in loc:
            child = _child(node, key)
            if child is None:
                break  # a missing key: point at the mapping that should hold it
            line, node = child[0].start_mark.line + 1, child[1]
        return line


def _child(node: yaml.Node | None, key: str | int) -> tuple[yaml.Node, yaml.Node] | None:
    """(node naming the child, child node) for a mapping key or a sequence index."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(key):
                return key_node, value_node
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        return node.value[key], node.value[key]
    return None


@dataclass(frozen=True)
class Parsed:
    """A YAML document with its file name for messages and its line finder."""

    name: str
    data: Any
    lines: Lines

    def problem(self, message: str, loc: Loc = (), **extra: Any) -> Problem:
        return Problem(self.name, message, line=self.lines.of(loc), **extra)


def parse_yaml(path: Path, name: str, problems: Problems) -> Parsed | None:
    """Parse one YAML file; a syntax error, wrong encoding or empty file is a problem."""
    parsed = _parse(path, name)
    if isinstance(parsed, Problem):
        problems.append(parsed)
        return None
    return parsed


def _parse(path: Path, name: str) -> Parsed | Problem:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        return Problem(name, f"the file is not UTF-8 text (byte {err.start} cannot be read)",
                       hint="save it again as UTF-8 from your editor")
    except OSError as err:
        return Problem(name, f"cannot read the file: {err.strerror}")
    if not text.strip():
        return Problem(name, "the file is empty", expected="YAML content")
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        duplicate = _duplicate_key(node)
        if duplicate is not None:
            return duplicate_problem(name, duplicate)
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        what = (err.problem or err.context or "broken YAML").strip()
        line = mark.line + 1 if mark is not None else None
        return Problem(name, f"the YAML cannot be read: {what}", line=line,
                       hint="check the indentation and that text with ':' or '#' is in quotes")
    except yaml.YAMLError as err:
        return Problem(name, f"the YAML cannot be read: {err}")
    finally:
        loader.dispose()
    if data is None:
        return Problem(name, "the file is empty", expected="YAML content")
    return Parsed(name, data, Lines(node))


def _duplicate_key(node: yaml.Node | None) -> tuple[yaml.Node, str] | None:
    """A key written twice in one block; YAML loaders silently keep the last, we refuse it."""
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in current.value:
                if isinstance(key_node, yaml.ScalarNode):
                    if key_node.value in seen:
                        return key_node, key_node.value
                    seen.add(key_node.value)
                stack.append(value_node)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
    return None


def duplicate_problem(name: str, duplicate: tuple[yaml.Node, str]) -> Problem:
    key_node, key = duplicate
    return Problem(name, f'the YAML cannot be read: found duplicate key "{key}"',
                   line=key_node.start_mark.line + 1,
                   hint="each field may appear only once in a block")


def validate(parsed: Parsed, model: type[M], problems: Problems) -> M | None:
    """Check a parsed document against its model; every mistake becomes a problem with a line.
    Fields renamed since an older content format are read under their new name, with a note
    saying what to rename (core/formats.py)."""
    data, renamed = upgrade(parsed.data)
    for loc, old, new, version in renamed:
        problems.note(parsed.problem(
            f"'{old}' was renamed in Plainsight {version}: rename '{old}' to '{new}'", loc,
            hint="the old name still works for now, but a later version will refuse it"))
    try:
        return model.model_validate(data)
    except ValidationError as err:
        problems.extend(_problem(parsed, error) for error in err.errors())
        return None


def read_model(path: Path, name: str, model: type[M],
               problems: Problems) -> tuple[M | None, Parsed | None]:
    """Parse and validate in one step: (model, parsed); None where it could not be read."""
    parsed = parse_yaml(path, name, problems)
    if parsed is None:
        return None, None
    return validate(parsed, model, problems), parsed


# Pydantic's wording for the mistakes people make most, in plainer words.
_FRIENDLY = {
    "list_type": "should be a list, one item per line starting with '- '",
    "string_type": "should be text",
    "dict_type": "should be a block of fields (name: value lines, indented)",
    "model_type": "should be a block of fields (name: value lines, indented)",
    "too_short": "should not be empty",
    "string_too_short": "should not be empty",
    "string_pattern_mismatch": "should be lowercase letters, digits and hyphens (early-years)",
}


def _problem(parsed: Parsed, error: dict[str, Any]) -> Problem:
    loc = [part for part in error["loc"] if not str(part).startswith("function-")]
    field = ".".join(str(part) for part in loc) or "the file"
    kind = error["type"]
    if kind == "missing":
        return parsed.problem(f"'{field}' is missing", loc, expected="a value for it")
    if kind == "extra_forbidden" and str(loc[-1]) in RENAMED:
        new, version = RENAMED[str(loc[-1])]
        return parsed.problem(f"'{loc[-1]}' was renamed in Plainsight {version} and '{new}' is "
                              f"also there: remove '{loc[-1]}'", loc)
    if kind == "extra_forbidden":
        return parsed.problem(f"unknown field '{loc[-1]}'", loc,
                              hint="check the spelling; see the README for the fields allowed")
    message = _FRIENDLY.get(kind) or error["msg"].removeprefix("Value error, ")
    return parsed.problem(f"'{field}': {message}", loc)
