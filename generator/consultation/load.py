"""Load a site's consultation: its survey definition, its export, and the analysis of both.

Public API:

    load_consultation(content_dir, data_dir, cache, problems) -> ConsultationResults | None
        (its `sources`: survey.yaml and the export file named by `export:`)
    check_agreement_blocks(easy, results, problems)
        (every easy-read "agreement:" block names an item a question asks about, and one
        that enough people answered for "N out of 10 people agreed")

Light on purpose: pyarrow (through analysis.py) is imported only when the analysis has to
run, so a rebuild whose export and survey are unchanged takes the results from the cache.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..content.easyread import EasyRead
from ..core.cache import Cache, file_digest
from ..core.problems import Problems, shown_name
from .results import ConsultationResults
from .survey import Survey, load_survey

SURVEY_FILE = Path("consultation") / "survey.yaml"


def load_consultation(content_dir: Path, data_dir: Path, cache: Cache,
                      problems: Problems) -> ConsultationResults | None:
    """Read the survey definition and its export and analyse them. None when content/ has
    no consultation/survey.yaml, or when there are problems (added to `problems`)."""
    path = content_dir / SURVEY_FILE
    if not path.exists():
        return None
    survey = load_survey(path, shown_name(content_dir, path), problems)
    if survey is None:
        return None
    export = data_dir / survey.export
    if not export.exists():
        problems.add(shown_name(content_dir, path), f"the export '{survey.export}' named in "
                     f"'export' is not in {shown_name(content_dir, data_dir)}")
        return None
    name = shown_name(content_dir, export)
    # Keyed by the survey definition and the export: a change to either analyses again.
    key = [path.read_bytes(), file_digest(export), name] if cache.folder else []
    results = cache.pickled("analysis", key, lambda: _analyse(survey, export, name, problems))
    if results is None:
        return None
    for note in results.notes:
        problems.note(note)
    return replace(results, sources=(path, export))


def _analyse(survey: Survey, export: Path, name: str,
             problems: Problems) -> ConsultationResults | None:
    from .analysis import analyse_files  # pyarrow: only when the analysis really runs
    return analyse_files(survey, export, name, problems)


def check_agreement_blocks(easy: EasyRead, results: ConsultationResults | None,
                           problems: Problems) -> None:
    """An easy-read `agreement: <item>` block needs a question that asks about that item, with
    a base of at least `min_base_for_percent` ("9 out of 10" is a percentage in other words);
    every such block is checked, so one run lists them all."""
    for page in easy.pages:
        for index, block in enumerate(page.blocks):
            if block.agreement is None:
                continue
            question = results.about(block.agreement) if results else None
            if results is None or question is None:
                problems.append(easy.problem(
                    page, f"block {index + 1}: 'agreement: {block.agreement}' - no "
                    "consultation question asks about this item", ["blocks", index, "agreement"]))
            elif question.base_n < results.min_base_for_percent:
                problems.append(easy.problem(
                    page, f"block {index + 1}: 'agreement: {block.agreement}' - only "
                    f"{question.base_n} {'person' if question.base_n == 1 else 'people'} "
                    f"answered the question '{question.id}', too few "
                    "to say how many out of 10 agreed (it needs at least "
                    f"{results.min_base_for_percent}, the survey's min_base_for_percent)",
                    ["blocks", index, "agreement"],
                    hint="remove the block, or say in words how many people answered"))
