"""The whole pipeline in one call: load and validate -> render -> Bundle."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .bundle import Bundle
from .loader import load
from .render import render


@dataclass(frozen=True)
class Project:
    content_dir: Path
    data_dir: Path
    templates_dir: Path
    site_url: str = ""


def check(project: Project) -> None:
    """Validate content and data without rendering; raises ContentError."""
    load(project.content_dir)


def generate(project: Project) -> Bundle:
    strategy = load(project.content_dir)
    return render(strategy, project.templates_dir, project.site_url)
