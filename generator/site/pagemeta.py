"""What each page says about itself: a short description, and the files it is made from.

The description (for search results and link previews) is the page's first paragraph of
prose, without Markdown, cut at a word near 160 characters. The sources are the content and
data files the page is built from, as the loaders recorded them when they read each file
(wherever content_dir, the survey's `export:` or indicators.yaml put them), relative to the
project folder; the engine edge dates "Last updated" from their git history. A page with no
known sources gets no date.

Public API: describe(bundle, inputs, root) -> Bundle; description(markdown) -> str;
source_map(inputs, root) -> {src: sources}.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from ..core import urls as paths
from .bundle import Bundle
from .inputs import Inputs

LIMIT = 160
_SKIP = re.compile(r"^\s*(?:[#{|>!*:\-+]|<(?!p[ >])|\d+\.|\[[^\]]*\]:|\*\[|Part of )")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"\{[:#.][^}]*\}|[*_`]+|<[^>]+>")

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


def _relative(path: Path, root: Path) -> str:
    """A file's name relative to the project folder, as git names it (or as it is, outside)."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _files(*groups: Iterable[Path | None]) -> tuple[Path, ...]:
    """The files given, once each, in the order given."""
    return tuple(dict.fromkeys(p for group in groups for p in group if p is not None))


def _files_by_page(inputs: Inputs) -> dict[str, tuple[Path, ...]]:
    """The files each page is made from, by the page's source path, as the loaders recorded
    them when they read each file."""
    strategy, easy = inputs.strategy, inputs.easy_read
    files = strategy.files
    document = (files.document,)
    found: dict[str, tuple[Path, ...]] = {
        paths.HOME: _files(document), paths.PRINCIPLES: _files(document),
        paths.GLOSSARY: _files((files.glossary,)),
        paths.DELIVERY_PLAN: _files(document, files.sections.values(), files.plans.values()),
        paths.EASY_READ_HARD_WORDS: _files((easy.hard_words_file,))}
    if inputs.statement is not None:
        found[paths.ACCESSIBILITY] = _files((inputs.statement.source,))
    for placed in strategy.commitments():
        found.setdefault(paths.commitment(placed.ref), files.of_section(placed.section))
    for page in easy.pages:
        found.setdefault(paths.easy_read(page.id), _files((easy.paths.get(page.id),)))
    for src, _, _ in strategy.list_pages():
        found.setdefault(src, _files(document))
    for free in strategy.pages:
        found.setdefault(paths.page(free.entry), _files(document, (free.path,)))
    for group in strategy.groups:
        found.setdefault(paths.group(group), _files(document, *(
            files.of_section(s) for s in strategy.sections_of(group))))
    indicators = inputs.indicators
    for group, section in strategy.all_sections():
        found.setdefault(paths.section(group, section), _files(
            document, files.of_section(section),
            indicators.sources_of(section.id) if indicators else ()))
    if indicators is not None:
        found[paths.INDICATORS] = _files(indicators.sources)
    consultation = _files(inputs.results.sources if inputs.results else (),
                          (inputs.report.source if inputs.report else None,))
    for src in (paths.CONSULTATION, paths.CONSULTATION_RESULTS, paths.WHAT_PEOPLE_SAID,
                paths.YOU_SAID_WE_DID):
        found[src] = consultation
    return {src: made for src, made in found.items() if made}


def source_map(inputs: Inputs, root: Path) -> dict[str, tuple[str, ...]]:
    """The files each page is made from, relative to the project folder `root`, by the
    page's source path; worked out once for the whole site."""
    return {src: tuple(_relative(p, root) for p in made)
            for src, made in _files_by_page(inputs).items()}


def describe(bundle: Bundle, inputs: Inputs, root: Path) -> Bundle:
    """The bundle with each page's description and sources filled in where still empty;
    `root` is the project folder (mkdocs.yml's), which the sources are relative to."""
    known = source_map(inputs, root)
    bundle.pages = [replace(page, description=page.description or description(page.markdown),
                            sources=page.sources or known.get(page.src, ()))
                    for page in bundle.pages]
    return bundle
