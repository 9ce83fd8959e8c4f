"""Load a site's consultation: its survey definition, its export, and the analysis of both.

Light on purpose: pandas (through analysis.py) is imported only when the analysis has to
run, so a rebuild whose export and survey are unchanged takes the results from the cache.
"""

from __future__ import annotations

from pathlib import Path

from . import cache
from .problems import ContentError, Problem
from .results import ConsultationResults
from .survey import Survey, load_survey

SURVEY_FILE = Path("consultation") / "survey.yaml"


def _name(content_dir: Path, path: Path) -> str:
    try:
        return str(path.relative_to(content_dir.parent))
    except ValueError:
        return str(path)


def load_consultation(content_dir: Path, data_dir: Path) -> ConsultationResults | None:
    """Read the survey definition and its export and analyse them; raises ContentError with
    every problem found. None when content/ has no consultation/survey.yaml."""
    path = content_dir / SURVEY_FILE
    if not path.exists():
        return None
    survey = load_survey(path, _name(content_dir, path))
    if isinstance(survey, list):
        raise ContentError(survey)
    export = data_dir / survey.export
    if not export.exists():
        raise ContentError([Problem(_name(content_dir, path), f"the export '{survey.export}' "
                                    f"named in 'export' is not in {_name(content_dir, data_dir)}")])
    name = _name(content_dir, export)
    if cache.active.folder is None:
        return _analyse(survey, export, name)
    # Keyed by the survey definition and the export: a change to either analyses again.
    key = [path.read_bytes(), cache.file_digest(export), name]
    return cache.active.pickled("analysis", key, lambda: _analyse(survey, export, name))


def _analyse(survey: Survey, export: Path, name: str) -> ConsultationResults:
    from .analysis import analyse_files  # pandas: only when the analysis really runs
    return analyse_files(survey, export, name)
