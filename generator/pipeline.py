"""The whole pipeline in one call: load and validate -> analyse -> render -> Bundle.

Every step's problems are gathered before stopping, so one run lists them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import cache, easyread, paths
from .bundle import Bundle
from .consultation import load_consultation
from .content import Strategy
from .loader import load
from .models import AccessibilityStatement
from .problems import ContentError, Problem
from .readers import read_model
from .render import render
from .report import Report, load_report
from .results import ConsultationResults


@dataclass(frozen=True)
class Project:
    content_dir: Path
    data_dir: Path
    theme_dir: Path           # Material custom_dir: overrides, page templates, pictograms
    site_url: str = ""
    cache_dir: Path | None = None  # rendered charts and analyses; None: no cache

    @property
    def templates_dir(self) -> Path:
        return self.theme_dir / "plainsight"

    @property
    def pictograms_file(self) -> Path:
        return self.theme_dir / "easy-read" / "pictograms.yaml"


@dataclass(frozen=True)
class Inputs:
    """Everything read from content/ and data/, checked."""

    strategy: Strategy
    easy_read: easyread.EasyRead
    pictograms: dict[str, easyread.Pictogram]
    statement: AccessibilityStatement | None = None
    results: ConsultationResults | None = None
    report: Report | None = None


def read(project: Project) -> Inputs:
    """Load and check everything; raises ContentError listing every problem found."""
    problems: list[Problem] = []
    strategy = None
    try:
        strategy = load(project.content_dir)
    except ContentError as err:
        problems += err.problems
    pictograms, found = easyread.load_pictograms(project.pictograms_file)
    problems += found
    easy, found = easyread.load(project.content_dir, pictograms)
    problems += found
    statement = None
    statement_file = project.content_dir / "accessibility.yaml"
    if statement_file.exists():
        name = str(statement_file.relative_to(project.content_dir.parent))
        statement, _, found = read_model(statement_file, name, AccessibilityStatement)
        problems += found
    results = None
    try:
        results = load_consultation(project.content_dir, project.data_dir)
    except ContentError as err:
        problems += err.problems
    report, found = load_report(project.content_dir, strategy)
    problems += found
    if problems or strategy is None:
        raise ContentError(problems)
    twins = ["home", *(g.id for g in strategy.groups), *list(paths.TWIN_PAGES)[1:]]
    easy = easyread.in_reading_order(easy, twins)
    return Inputs(strategy, easy, pictograms, statement, results, report)


def check(project: Project) -> None:
    """Validate content and data without rendering; raises ContentError."""
    with cache.using(project.cache_dir):
        read(project)


def generate(project: Project) -> Bundle:
    with cache.using(project.cache_dir):
        inputs = read(project)
        return render(inputs, project.templates_dir, project.site_url)
