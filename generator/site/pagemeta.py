"""What each page says about itself: a short description, and the files it is made from.

The description (for search results and link previews) is the page's first paragraph of
prose, without Markdown, cut at a word near 160 characters. The sources are the content and
data files (or folders) the page is built from, relative to the project folder; the engine
edge dates "Last updated" from their git history. A page with no known sources gets no date.

Public API: describe(bundle, inputs) -> Bundle; description(markdown) -> str;
source_map(inputs) -> {src: sources}, sources(src, inputs, known=None) -> tuple[str, ...].
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..core import urls as paths
from .bundle import Bundle
from .inputs import Inputs

LIMIT = 160
_SKIP = re.compile(r"^\s*(?:[#{|>!*:\-+]|<(?!p[ >])|\d+\.|\[[^\]]*\]:|\*\[|Part of )")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"\{[:#.][^}]*\}|[*_`]+|<[^>]+>")

STRATEGY = "content/strategy.yaml"
PLAN = "content/delivery-plan"


def description(markdown: str) -> str:
    """The first paragraph of plain prose, as plain text of at most about 160 characters."""
    for block in re.split(r"\n\s*\n", markdown):
        lines = [line for line in block.strip().splitlines() if line.strip()]
        if not lines or _SKIP.match(lines[0]) or any(line.startswith("{:") for line in lines):
            continue
        text = " ".join(_MARKS.sub("", _LINK.sub(r"\1", line)).strip() for line in lines)
        text = re.sub(r"\s+", " ", text).strip()
        if len(text) < 20:
            continue
        if len(text) > LIMIT:
            text = text[:LIMIT].rsplit(" ", 1)[0].rstrip(",;:") + "…"
        return text
    return ""


def _section_files(section: Any) -> tuple[str, ...]:
    """A section's own file and its delivery-plan letter's file (files are named by id and
    letter by convention; the engine edge falls back to the folder when one is not there)."""
    own = f"content/sections/{section.id}.yaml"
    return (own, f"{PLAN}/{section.letter.lower()}.yaml") if section.letter else (own,)


def source_map(inputs: Inputs) -> dict[str, tuple[str, ...]]:
    """The files each page is made from (folders where a page draws on a whole folder), by
    the page's source path; worked out once for the whole site."""
    strategy = inputs.strategy
    found: dict[str, tuple[str, ...]] = {
        paths.HOME: (STRATEGY,), paths.PRINCIPLES: (STRATEGY,),
        paths.GLOSSARY: ("content/glossary.yaml",),
        paths.ACCESSIBILITY: ("content/accessibility.yaml",),
        paths.DELIVERY_PLAN: (STRATEGY, "content/sections", PLAN),
        paths.EASY_READ_HARD_WORDS: ("content/easy-read/hard-words.yaml",)}
    for placed in strategy.commitments():
        found.setdefault(paths.commitment(placed.ref), _section_files(placed.section))
    for page in inputs.easy_read.pages:
        found.setdefault(paths.easy_read(page.id), (f"content/easy-read/{page.id}.yaml",))
    for free in strategy.pages:
        found.setdefault(paths.page(free.entry), (STRATEGY, f"content/{free.entry.file}"))
    for group in strategy.groups:
        found.setdefault(paths.group(group), (STRATEGY, *(
            f for s in strategy.sections_of(group) for f in _section_files(s))))
        for section in strategy.sections_of(group):
            found.setdefault(paths.section(group, section), (STRATEGY, *_section_files(section)))
    return found


def sources(src: str, inputs: Inputs, known: dict[str, tuple[str, ...]] | None = None
            ) -> tuple[str, ...]:
    """The files one page is made from; `known` is source_map(inputs), when already made."""
    if src.startswith("consultation/"):
        return ("content/consultation", "data/consultation")
    return (known if known is not None else source_map(inputs)).get(src, ())


def describe(bundle: Bundle, inputs: Inputs) -> Bundle:
    """The bundle with each page's description and sources filled in where still empty."""
    known = source_map(inputs)
    bundle.pages = [replace(page, description=page.description or description(page.markdown),
                            sources=page.sources or sources(page.src, inputs, known))
                    for page in bundle.pages]
    return bundle
