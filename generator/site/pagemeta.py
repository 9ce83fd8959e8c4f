"""What each page says about itself: a short description, and the files it is made from.

The description (for search results and link previews) is the page's first paragraph of
prose, without Markdown, cut at a word near 160 characters. The sources are the content and
data files the page is built from, as the loaders recorded them when they read each file
(wherever content_dir, the survey's `export:` or indicators.yaml put them) and as each part
declared them for its pages (`PageSpec.sources`, in `Page.made_from`), relative to the
project folder; the engine edge dates "Last updated" from their git history. A page with no
known sources gets no date.

Public API: describe(bundle, root) -> Bundle; description(markdown) -> str.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from .bundle import Bundle

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


def describe(bundle: Bundle, root: Path) -> Bundle:
    """The bundle with each page's description and sources filled in where still empty;
    `root` is the project folder (mkdocs.yml's), which the sources are relative to."""
    bundle.pages = [replace(page, description=page.description or description(page.markdown),
                            sources=page.sources or tuple(_relative(p, root)
                                                          for p in page.made_from))
                    for page in bundle.pages]
    return bundle
