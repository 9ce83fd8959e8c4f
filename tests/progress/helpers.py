"""Shorthands for the progress tests: write report files into a copy of the minimal fixture
and load them with a fresh Problems collector."""

from __future__ import annotations

import textwrap
from pathlib import Path

from plainsight_strategy.core.problems import Problems
from plainsight_strategy.progress.load import load_progress
from plainsight_strategy.progress.model import Progress
from tests.helpers import load


def write(content: Path, relative: str, text: str) -> Path:
    """A file under the project folder (the parent of content/), dedented."""
    path = content.parent / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def report(content: Path, name: str, text: str) -> Path:
    return write(content, f"content/progress/reports/{name}", text)


def progress(content: Path) -> tuple[Progress | None, list[str]]:
    """(progress, every problem as the check command prints it)."""
    problems = Problems()
    found = load_progress(content, content.parent / "data", load(content), problems)
    return found, [str(p) for p in problems]


def loaded(content: Path) -> Progress:
    found, problems = progress(content)
    assert problems == []
    assert found is not None
    return found
