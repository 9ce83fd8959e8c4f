"""What each page says about itself: a short description, and the files it is made from.

The description (for search results and link previews) is the page's first paragraph of
prose, without Markdown, cut at a word near 160 characters. The sources are the content and
data files (or folders) the page is built from, relative to the project folder; the engine
edge dates "Last updated" from their git history. A page with no known sources gets no date.

Public API: describe(bundle, inputs) -> Bundle; description(markdown) -> str;
sources(src, inputs) -> tuple[str, ...].
"""

from __future__ import annotations

import re
from dataclasses import replace

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


def sources(src: str, inputs: Inputs) -> tuple[str, ...]:
    """The files a page is made from (folders where a page draws on many files)."""
    strategy = inputs.strategy
    fixed = {paths.HOME: (STRATEGY,), paths.PRINCIPLES: (STRATEGY,),
             paths.GLOSSARY: ("content/glossary.yaml",),
             paths.ACCESSIBILITY: ("content/accessibility.yaml",)}
    if src in fixed:
        return fixed[src]
    if src.startswith("delivery-plan/"):
        return (PLAN,)
    if src.startswith("consultation/"):
        return ("content/consultation", "data/consultation")
    if src.startswith(paths.EASY_READ_DIR):
        return ("content/easy-read",)
    for free in strategy.pages:
        if src == paths.page(free.entry):
            return (STRATEGY, f"content/pages/{free.entry.file}")
    for group in strategy.groups:
        if src == paths.group(group):
            return (STRATEGY, "content/sections")
        if any(src == paths.section(group, s) for s in group.sections):
            return (STRATEGY, "content/sections", PLAN)
    return ()


def describe(bundle: Bundle, inputs: Inputs) -> Bundle:
    """The bundle with each page's description and sources filled in where still empty."""
    bundle.pages = [replace(page, description=page.description or description(page.markdown),
                            sources=page.sources or sources(page.src, inputs))
                    for page in bundle.pages]
    return bundle
