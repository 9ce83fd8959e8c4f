"""Test shorthands over the generator's one error protocol (a Problems collector passed in):
each calls the real function with a fresh collector and gives the tests what they assert on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from plainsight_strategy.consultation.analysis import analyse as _analyse
from plainsight_strategy.consultation.checking import load_responses as _load_responses
from plainsight_strategy.consultation.load import load_consultation as _load_consultation
from plainsight_strategy.consultation.responses import read_export as _read_export
from plainsight_strategy.consultation.results import ConsultationResults
from plainsight_strategy.consultation.survey import Survey
from plainsight_strategy.consultation.survey import load_survey as _load_survey
from plainsight_strategy.content.load import load_strategy
from plainsight_strategy.content.strategy import Strategy
from plainsight_strategy.core.cache import NO_CACHE, Cache
from plainsight_strategy.core.problems import Problem, Problems
from plainsight_strategy.core.yamlfile import read_model as _read_model


def load(content_dir: Path) -> Strategy:
    """The strategy, or ContentError with every problem."""
    problems = Problems()
    strategy = load_strategy(content_dir, problems)
    problems.raise_if_any()
    assert strategy is not None
    return strategy


def load_consultation(content_dir: Path, data_dir: Path,
                      cache: Cache = NO_CACHE) -> ConsultationResults | None:
    """The analysed consultation, or ContentError with every problem."""
    problems = Problems()
    results = _load_consultation(content_dir, data_dir, cache, problems)
    problems.raise_if_any()
    return results


def load_survey(path: Path, name: str) -> Survey | list[Problem]:
    problems = Problems()
    survey = _load_survey(path, name, problems)
    return survey if survey is not None and not problems else problems.items


def read_export(path: Path, name: str):  # type: ignore[no-untyped-def]
    problems = Problems()
    responses = _read_export(path, name, problems)
    return responses if responses is not None and not problems else problems.items


def load_responses(path: Path, name: str, survey: Survey):  # type: ignore[no-untyped-def]
    problems = Problems()
    responses = _load_responses(path, name, survey, problems)
    return responses if responses is not None and not problems else problems.items


def analyse(survey: Survey, responses) -> ConsultationResults | list[Problem]:  # type: ignore[no-untyped-def]
    problems = Problems()
    results = _analyse(survey, responses, problems)
    return results if results is not None and not problems else problems.items


def read_model(path: Path, name: str, model):  # type: ignore[no-untyped-def]
    """(model, parsed, problems), as the tests read it."""
    problems = Problems()
    value, parsed = _read_model(path, name, model, problems)
    return value, parsed, problems.items


def minimal_project(tmp_path: Path, **plugin_options: str) -> Path:
    """A copy of tests/fixtures/minimal with these plainsight plugin options; its mkdocs.yml."""
    import shutil
    project = tmp_path / "project"
    shutil.copytree(Path(__file__).resolve().parent / "fixtures" / "minimal", project)
    config = project / "mkdocs.yml"
    if plugin_options:
        options = "".join(f'      {key}: "{value}"\n' for key, value in plugin_options.items())
        text = config.read_text()
        assert "  - plainsight\n" in text
        config.write_text(text.replace("  - plainsight\n", f"  - plainsight:\n{options}"))
    return config


def nav_labels(nav: list[Any]) -> list[str]:
    """Every label of an MkDocs nav (menu headings and page names), depth first."""
    found = []
    for entry in nav:
        if isinstance(entry, dict):
            for label, value in entry.items():
                found.append(label)
                found += nav_labels(value if isinstance(value, list) else [value])
    return found
