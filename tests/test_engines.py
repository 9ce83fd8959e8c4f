"""Two engines, one site: MkDocs 1.6 and ProperDocs 1.6 build the bundled example into the same
pages, apart from the `generator` meta tag. (Slow: two full builds; runs with the browser
tests, so `pytest -m "not browser"` leaves it out.)"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.browser
_GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')
EPOCH = "1700000000"  # both engines date the sitemap alike


def engine(name: str, bin_dir: Path | None = None) -> Path:
    path = (bin_dir or Path(sys.executable).parent) / name
    if not path.exists():
        message = f"{name} is not installed next to {sys.executable}: run `make test`"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def build_with(command: Path, project: Path, out: Path, env: dict[str, str]) -> Path:
    result = subprocess.run([str(command), "build", "--strict", "-f", "mkdocs.yml", "-d", str(out)],
                            cwd=project, capture_output=True, text=True,
                            env={**env, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1",
                                 "DISABLE_MKDOCS_2_WARNING": "true"})
    assert result.returncode == 0, f"{command.name} build failed:\n{result.stderr[-3000:]}"
    return out


def differences(a: Path, b: Path) -> list[str]:
    """Files that differ between two builds, ignoring the generator meta tag."""
    files_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    found = [f"only in one build: {p}" for p in sorted(files_a ^ files_b)]
    for path in sorted(files_a & files_b):
        one, two = (a / path).read_bytes(), (b / path).read_bytes()
        if path.suffix == ".html":
            one, two = _GENERATOR.sub(b"", one), _GENERATOR.sub(b"", two)
        if one != two:
            found.append(f"differs: {path}")
    return found


def test_mkdocs_and_properdocs_build_the_same_bundled_example(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    mk = build_with(engine("mkdocs"), ROOT, tmp_path / "mkdocs", env)
    pd = build_with(engine("properdocs"), ROOT, tmp_path / "properdocs", env)
    assert (mk / "delivery-plan" / "a-1" / "index.html").exists()
    assert differences(mk, pd) == []
    assert b"ProperDocs" in (pd / "index.html").read_bytes()  # it really was the other engine


def test_the_comparison_can_fail(tmp_path: Path) -> None:
    for name, text in (("a", "<p>one</p>"), ("b", "<p>two</p>")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "index.html").write_text(text)
    assert differences(tmp_path / "a", tmp_path / "b") == ["differs: index.html"]
