"""Bad progress reports give clear messages naming the file and the line (or row), all at once.

Each folder in tests/corpus/progress/ holds files laid over a copy of the minimal fixture
project (content/progress/..., data/...) and an `expected.txt`: lines that must appear in the
report, in order of the problems (a line starting with spaces continues the one above it,
as a hint does).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plainsight_strategy.core.cache import Cache
from plainsight_strategy.core.problems import ContentError
from plainsight_strategy.pipeline import Project, read

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "progress"
CASES = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())
THEME = Path(__file__).resolve().parents[2] / "theme"


def _expected(case: str) -> list[str]:
    """Each message with its continuation lines joined on, as the report prints them."""
    found: list[str] = []
    for line in (CORPUS / case / "expected.txt").read_text().rstrip().splitlines():
        if line.startswith(" ") and found:
            found[-1] += "\n" + line
        else:
            found.append(line)
    return found


def _report(case: str, content: Path) -> str:
    root = content.parent
    for path in (CORPUS / case).rglob("*"):
        if path.is_file() and path.name != "expected.txt":
            target = root / path.relative_to(CORPUS / case)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    with pytest.raises(ContentError) as caught:
        read(Project(root / "content", root / "data", THEME), Cache(None))
    return caught.value.report()


def test_corpus_covers_every_check() -> None:
    assert len(CASES) >= 12


@pytest.mark.parametrize("case", CASES)
def test_bad_progress_is_reported_with_file_and_line(case: str, minimal_content: Path) -> None:
    report = _report(case, minimal_content)
    for message in _expected(case):
        assert message in report, f"{case}: expected\n{message}\nin\n{report}"
