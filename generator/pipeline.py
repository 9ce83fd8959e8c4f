"""The whole pipeline, orchestration only: read (load and check everything) -> generate.

Public API:

    Project(content_dir, data_dir, theme_dir, site_url="", cache_dir=None)
    read(project, cache) -> Inputs        (raises ContentError with every problem found)
    check(project) -> None                (read, nothing more)
    generate(project) -> Bundle           (read, then render)

Every step adds its problems to one `Problems`; this is the only module that raises
ContentError, once the read step has found everything there is to find.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .consultation.load import check_agreement_blocks, load_consultation
from .consultation.report import load_report
from .content.easyread import check_twins, in_reading_order, load_easy_read, load_pictograms
from .content.load import load_statement, load_strategy
from .core import urls
from .core.cache import Cache
from .core.problems import Problems
from .indicators.load import load_indicators
from .site import twins
from .site.bundle import Bundle
from .site.inputs import Inputs
from .site.render import render


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


def read(project: Project, cache: Cache) -> Inputs:
    """Load and check everything; raises ContentError listing every problem found."""
    problems = Problems()
    strategy = load_strategy(project.content_dir, problems)
    pictograms = load_pictograms(project.pictograms_file, problems)
    easy = load_easy_read(project.content_dir, pictograms, problems)
    statement = load_statement(project.content_dir, problems)
    results = load_consultation(project.content_dir, project.data_dir, cache, problems)
    report = load_report(project.content_dir, strategy, problems)
    check_agreement_blocks(easy, results, problems)
    indicators = load_indicators(project.data_dir, project.content_dir,
                                 set(strategy.sections) if strategy else None, problems)
    if strategy is None:
        problems.raise_if_any()
        raise AssertionError("a strategy that cannot be read always comes with its problems")
    inputs = Inputs(strategy, easy, pictograms, statement, results, report, indicators)
    check_twins(easy, twins.available(inputs), problems)
    problems.raise_if_any()
    order = urls.twin_reading_order([g.id for g in strategy.groups])
    return Inputs(strategy, in_reading_order(easy, order), pictograms, statement, results, report,
                  indicators)


def check(project: Project) -> None:
    """Validate content and data without rendering; raises ContentError."""
    read(project, Cache(project.cache_dir))


def generate(project: Project) -> Bundle:
    """Read and check, then render the whole site into a Bundle."""
    cache = Cache(project.cache_dir)
    inputs = read(project, cache)
    return render(inputs, project.templates_dir, project.site_url, cache)
