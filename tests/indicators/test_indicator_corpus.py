"""Bad indicator files give clear messages naming the file and the row (a spreadsheet's row:
the header is row 1) or the YAML line, every problem in one run, and nothing is built.

Each folder in tests/corpus/indicators/ holds the files of a data/indicators/ folder put into
the minimal fixture project, and an `expected.txt` with the messages the check must print.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from plainsight_strategy.core.problems import ContentError
from plainsight_strategy.pipeline import Project, check

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus" / "indicators"
CASES = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())


def _prepare(case: str, content: Path) -> list[str]:
    target = content.parent / "data" / "indicators"
    shutil.copytree(CORPUS / case, target, ignore=shutil.ignore_patterns("expected.txt"))
    return (CORPUS / case / "expected.txt").read_text(encoding="utf-8").strip().splitlines()


def test_corpus_covers_the_kinds_of_mistake() -> None:
    assert len(CASES) >= 10


@pytest.mark.parametrize("case", CASES)
def test_bad_indicators_are_reported_with_file_and_row(case: str, minimal_content: Path) -> None:
    expected = _prepare(case, minimal_content)
    with pytest.raises(ContentError) as caught:
        check(Project(minimal_content, minimal_content.parent / "data", ROOT / "theme"))
    report = caught.value.report()
    for line in expected:
        assert line in report, f"{case}: expected {line!r} in\n{report}"


def test_build_stops_with_the_messages_and_writes_nothing(minimal_content: Path,
                                                          tmp_path: Path) -> None:
    _prepare("every-problem-at-once", minimal_content)
    config = minimal_content.parent / "mkdocs.yml"
    config.write_text(config.read_text().replace("../../../theme", str(ROOT / "theme")))
    site = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "plainsight_strategy", "--theme", str(ROOT / "theme"), "build",
         "--site-dir", str(site)], capture_output=True, text=True, cwd=minimal_content.parent)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "row 3: the period 'soon' cannot be read" in result.stderr
    assert not site.exists()
