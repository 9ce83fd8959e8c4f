"""Random YAML and CSV never make a traceback escape the loaders: only listed problems."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plainsight_strategy.core.problems import ContentError
from tests import helpers as exports
from tests.helpers import load, load_survey

ROOT = Path(__file__).resolve().parents[2]
MINIMAL = ROOT / "tests" / "fixtures" / "minimal"
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=30))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)),
    max_leaves=12)
# Real field names mixed with random ones, so the fuzzing reaches deeper than the first check.
fields = st.sampled_from(["id", "letter", "number", "title", "intro", "where_are_we_now",
                          "success_measures", "commitments", "ref", "text", "previous_ids"])
documents = st.dictionaries(st.one_of(fields, st.text(max_size=8)), values, max_size=8)


def _with_file(relative: str, data: bytes) -> Path:
    folder = Path(tempfile.mkdtemp())
    shutil.copytree(MINIMAL / "content", folder / "content")
    (folder / "content" / relative).write_bytes(data)
    return folder


def _load_only_reports_problems(folder: Path) -> None:
    try:
        load(folder / "content")
    except ContentError as err:
        assert err.problems  # a report, not a crash
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes_as_a_section_file(data: bytes) -> None:
    _load_only_reports_problems(_with_file("sections/mental-health.yaml", data))


@FUZZ
@given(documents)
def test_random_yaml_documents_as_section_and_plan_files(document: dict) -> None:
    text = yaml.safe_dump(document, allow_unicode=True).encode()
    _load_only_reports_problems(_with_file("sections/mental-health.yaml", text))
    _load_only_reports_problems(_with_file("delivery-plan/a.yaml", text))


@FUZZ
@given(st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=6), max_size=8),
       st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
def test_random_csv_exports(rows: list[list[str]], encoding: str) -> None:
    survey = load_survey(MINIMAL / "content" / "consultation" / "survey.yaml", "survey.yaml")
    assert not isinstance(survey, list)
    text = "\n".join(",".join('"' + c.replace('"', '""') + '"' for c in row) for row in rows)
    folder = Path(tempfile.mkdtemp())
    try:
        path = folder / "export.csv"
        path.write_bytes(text.encode(encoding, errors="replace"))
        result = exports.load_responses(path, "export.csv", survey)
        if isinstance(result, list):
            assert all(p.file == "export.csv" and p.message for p in result)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
