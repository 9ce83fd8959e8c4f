"""Which fields of which content files are text a reader sees, and so are translated.

Public API:

    READER_TEXT: {file pattern (relative to the content folder): field patterns}
    PAGES_LIST = "pages/*/file"       (in strategy.yaml: the Markdown pages, split in blocks)
    text_fields(data, patterns) -> [(loc, text)]    every string the patterns reach, in file
                                                    order

A field pattern is a path of keys with `*` for any list index or mapping key, and `{key}`
for the mapping's keys themselves (a multi-select question's option labels are the keys of
`option_columns`). Identifiers, refs, file and column names, contact details other than a
postal address, and the spellings an export may hold are not reader text and are not listed;
`tests/translation/test_fields.py` checks every text field of every content model is either
here or named there as not shown to readers.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Loc = tuple[str | int, ...]

_ACCOUNTABLE = ("accountability/accountable",)

READER_TEXT: dict[str, tuple[str, ...]] = {
    "strategy.yaml": (
        "title", "short_title", "organisation", "contact/address",
        "vision/statement", "vision/body", "level_names/*", "level_names/*/singular",
        "level_names/*/plural", "parts_intro", "principles_intro", "principles/*/title",
        "principles/*/body", "enablers_intro", "enablers/*/title", "enablers/*/body",
        "lists/*/title", "lists/*/intro", "lists/*/items/*/title", "lists/*/items/*/body",
        "stages/*/title", "stages/*/intro", "themes/title", "themes/intro", "pages/*/title",
        "accountability_levels/*/name", "accountability_levels/*/definition"),
    "sections/*.yaml": (
        "title", "former_titles/*", "intro", "where_are_we_now", "success_measures/*",
        "items/*/title",
        "items/*/body", "items/*/actions/*/text", "commitments/*/text",
        "commitments/*/accountability/accountable", *_ACCOUNTABLE),
    "delivery-plan/*.yaml": (
        "indicators/*", "commitments/*/actions/*/text",
        "commitments/*/actions/*/accountability/accountable", "commitments/*/notes/*",
        "commitments/*/accountability/accountable"),
    "glossary.yaml": ("terms/*/term", "terms/*/definition"),
    "accessibility.yaml": (
        "organisation", "known_problems/*/text", "known_problems/*/criterion",
        "known_problems/*/fix_by", "disproportionate_burden/*", "not_in_scope/*", "formats/*",
        "contact/address", "testing", "prepared", "last_reviewed"),
    "easy-read/hard-words.yaml": ("hard_words/*/word", "hard_words/*/meaning"),
    "easy-read/*.yaml": ("title", "blocks/*/text"),
    "consultation/survey.yaml": (
        "title", "notice", "channels/*/label", "scale/options/*/label", "questions/*/wording",
        "questions/*/label", "questions/*/options/*", "questions/*/option_columns/{key}",
        "questions/*/scale/options/*/label", "questions/*/statements/*/label",
        "breakdowns/*/label", "breakdowns/*/labels/*", "breakdowns/*/missing_label",
        "comments/codes/*/label"),
    "consultation/report.yaml": (
        "summary", "how_we_consulted/*/text", "themes/*/title", "themes/*/said",
        "themes/*/changes/*/text", "disagreements/*/text", "other_changes/*/text",
        "next_steps"),
    "progress/settings.yaml": ("confidence/*/name", "confidence/*/definition"),
    "progress/reports/*.yaml": (
        "title", "new_actions/*/title", "updates/*/update", "updates/*/next_steps",
        "updates/*/metrics/*/measure", "updates/*/metrics/*/commentary"),
}

# A file is read by the first pattern it matches (hard-words.yaml before easy-read/*.yaml).
PAGES_LIST = "pages/*/file"


def text_fields(data: Any, patterns: tuple[str, ...]) -> list[tuple[Loc, str]]:
    """Every string the patterns reach, in the order the file gives them."""
    found: dict[Loc, str] = {}
    for pattern in patterns:
        for loc, value in _reach(data, tuple(pattern.split("/")), ()):
            if isinstance(value, str):
                found[loc] = value
    order = {loc: index for index, loc in enumerate(_order(data, ()))}
    return sorted(found.items(), key=lambda item: order.get(item[0], len(order)))


def _reach(node: Any, steps: tuple[str, ...], loc: Loc) -> Iterator[tuple[Loc, Any]]:
    if not steps:
        yield loc, node
        return
    step, rest = steps[0], steps[1:]
    if step == "{key}" and isinstance(node, dict) and not rest:
        for key in node:
            if isinstance(key, str):
                yield (*loc, key), key
    elif step == "*" and isinstance(node, list):
        for index, child in enumerate(node):
            yield from _reach(child, rest, (*loc, index))
    elif step == "*" and isinstance(node, dict):
        for key, child in node.items():
            yield from _reach(child, rest, (*loc, str(key)))
    elif isinstance(node, dict) and step in node:
        yield from _reach(node[step], rest, (*loc, step))


def _order(node: Any, loc: Loc) -> Iterator[Loc]:
    """Every path in the document, depth first, as written."""
    yield loc
    if isinstance(node, dict):
        for key, child in node.items():
            yield from _order(child, (*loc, str(key)))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _order(child, (*loc, index))
