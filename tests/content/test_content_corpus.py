"""Bad content gives a clear message naming the file, the line and what is wrong.

Each folder in tests/corpus/content/ holds the files that differ from the minimal fixture,
an `expected.txt` with the message(s) it must produce, and optionally `delete.txt`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from plainsight_strategy.core.problems import ContentError
from tests.helpers import load

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "content"
CASES = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())


def _prepare(case: str, content: Path) -> list[str]:
    folder = CORPUS / case
    for path in folder.rglob("*"):
        if path.is_file() and path.name not in ("expected.txt", "delete.txt"):
            target = content / path.relative_to(folder)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    deleted = folder / "delete.txt"
    for name in deleted.read_text().split() if deleted.exists() else []:
        (content / name).unlink()
    return (folder / "expected.txt").read_text().strip().splitlines()


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 12


@pytest.mark.parametrize("case", CASES)
def test_bad_content_is_reported_with_file_and_line(case: str, minimal_content: Path) -> None:
    expected = _prepare(case, minimal_content)
    with pytest.raises(ContentError) as caught:
        load(minimal_content)
    report = caught.value.report()
    for line in expected:
        assert line in report, f"{case}: expected {line!r} in\n{report}"


def test_check_command_lists_every_problem_without_traceback(minimal_content: Path) -> None:
    _prepare("unknown-field", minimal_content)
    _prepare("dangling-see", minimal_content)
    result = subprocess.run(
        [sys.executable, "-m", "plainsight_strategy", "--content", str(minimal_content), "check"],
        capture_output=True, text=True)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "unknown field 'titel'" in result.stderr
    assert "problems found" in result.stderr


def test_check_command_passes_on_the_bundled_example() -> None:
    result = subprocess.run([sys.executable, "-m", "plainsight_strategy", "check"],
                            capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    assert "No problems found" in result.stdout
