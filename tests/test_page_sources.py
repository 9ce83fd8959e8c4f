"""A page's sources are the files its loaders read, wherever they are: a content folder not
called content/, a survey export anywhere under data/ (named by `export:`), and the indicator
files that data/indicators/indicators.yaml lists. "Last updated" is the newest git date of
exactly those files."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from plainsight_strategy.build import build
from plainsight_strategy.pipeline import Project, generate, packaged_theme
from tests.conftest import MINIMAL, ROOT

FINGERTIPS = ROOT / "tests" / "fixtures" / "fingertips" / "indicators"
SURVEY = "words/consultation/survey.yaml"
EXPORT = "data/exports/2024/answers.csv"
REPORT = "words/consultation/report.yaml"
MAPPING = "data/indicators/indicators.yaml"
BABIES = "data/indicators/fingertips-export.csv"   # 90001 and 90003
SCHOOL = "data/indicators/school/ready.csv"        # 90002 only


def _git(root: Path, *args: str, day: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": day, "GIT_COMMITTER_DATE": day,
           "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", "-C", str(root), *args], check=True, env=env, capture_output=True)


def _split_indicators(folder: Path) -> None:
    """The Fingertips fixture as two files: indicator 90002 in a subfolder of its own."""
    export = folder / "fingertips-export.csv"
    with export.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    (folder / "school").mkdir()
    for path, keep in ((export, lambda r: r[0] != "90002"),
                       (folder / "school" / "ready.csv", lambda r: r[0] == "90002")):
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows([header, *[r for r in body if keep(r)]])
    mapping = folder / "indicators.yaml"
    text = mapping.read_text()
    entry = text[text.index("  - file: fingertips-export.csv"):text.index("    polarity:")]
    mapping.write_text(text.replace(entry, entry.replace("      90002: ready-for-school\n", "")
                                    + entry.replace("fingertips-export.csv", "school/ready.csv")
                                    .replace("      90001: healthy-babies\n", "")
                                    .replace("      90003: [mental-health, healthy-babies]\n",
                                             "")))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The minimal project with its content in words/, its export in data/exports/2024/ and
    indicators in data/indicators/, committed on 5 March 2024."""
    root = tmp_path / "project"
    shutil.copytree(MINIMAL, root)
    (root / "content").rename(root / "words")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace("docs_dir: content/static",
                                                 "docs_dir: words/static")
                      .replace("  - plainsight\n", "  - plainsight:\n      content_dir: words\n"))
    (root / "data" / "exports" / "2024").mkdir(parents=True)
    (root / "data" / "consultation" / "responses.csv").rename(root / EXPORT)
    (root / "data" / "consultation").rmdir()
    survey = root / SURVEY
    survey.write_text(survey.read_text().replace("export: consultation/responses.csv",
                                                 "export: exports/2024/answers.csv"))
    (root / REPORT).write_text("summary: |\n  People told us what matters to them.\n")
    shutil.copytree(FINGERTIPS, root / "data" / "indicators")
    _split_indicators(root / "data" / "indicators")
    _git(root, "init", "-q", day="2024-03-05T10:00:00+00:00")
    _git(root, "add", "-A", day="2024-03-05T10:00:00+00:00")
    _git(root, "commit", "-qm", "first", day="2024-03-05T10:00:00+00:00")
    return root


def _sources(root: Path) -> dict[str, tuple[str, ...]]:
    bundle = generate(Project(root / "words", root / "data", packaged_theme()))
    return {page.src: page.sources for page in bundle.pages}


def test_sources_are_the_files_the_loaders_read(project: Path) -> None:
    found = _sources(project)
    consultation = (SURVEY, EXPORT, REPORT)
    for src in ("consultation/index.md", "consultation/results.md",
                "consultation/what-people-said.md", "consultation/you-said-we-did.md"):
        assert found[src] == consultation, src
    assert found["indicators/index.md"] == (MAPPING, BABIES, SCHOOL)
    strategy, babies = "words/strategy.yaml", "words/sections/healthy-babies.yaml"
    assert found["early-years/healthy-babies.md"] == (
        strategy, babies, "words/delivery-plan/a.yaml", MAPPING, BABIES)
    assert set(found["early-years/ready-for-school.md"]) & {MAPPING, BABIES, SCHOOL} == {
        MAPPING, SCHOOL}
    assert set(found["themes/mental-health.md"]) & {MAPPING, BABIES, SCHOOL} == {
        MAPPING, BABIES}
    assert found["index.md"] == (strategy,)
    assert found["glossary.md"] == ("words/glossary.yaml",)
    assert found["easy-read/hard-words.md"] == ("words/easy-read/hard-words.yaml",)
    assert found["easy-read/index.md"] == ("words/easy-read/about.yaml",)
    assert found["foreword.md"] == (strategy, "words/pages/foreword.md")
    every = {f for made in found.values() for f in made}
    assert every <= {p.relative_to(project).as_posix() for p in project.rglob("*")
                     if p.is_file()}  # every source is a file that is there


def _updated(site: Path, page: str) -> str:
    text = (site / page / "index.html").read_text() if page else \
        (site / "index.html").read_text()
    start = text.index('Last updated: <time datetime="') + len('Last updated: <time datetime="')
    return text[start:start + 10]


def test_last_updated_follows_the_export_and_the_indicator_files(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    answers = project / EXPORT
    answers.write_text(answers.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    _git(project, "commit", "-qam", "export", day="2024-04-10T09:00:00+00:00")
    school = project / SCHOOL
    school.write_text(school.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    _git(project, "commit", "-qam", "school figures", day="2024-05-20T09:00:00+00:00")
    site = build(project / "mkdocs.yml", project / "site")
    for page in ("consultation", "consultation/results", "consultation/what-people-said"):
        assert _updated(site, page) == "2024-04-10", page
    assert _updated(site, "indicators") == "2024-05-20"
    assert _updated(site, "early-years/ready-for-school") == "2024-05-20"
    assert _updated(site, "early-years/healthy-babies") == "2024-03-05"
    assert _updated(site, "") == "2024-03-05"


def test_a_flat_plan_s_sections_and_named_lists_have_their_sources() -> None:
    """Sections in no stage, and named lists on pages of their own, were left with no date."""
    flat = ROOT / "tests" / "fixtures" / "flat-plan"
    bundle = generate(Project(flat / "content", flat / "data", packaged_theme()))
    found = {page.src: page.sources for page in bundle.pages}
    assert found["young-carers.md"] == ("content/strategy.yaml",
                                        "content/sections/young-carers.yaml")
    assert found["aims.md"] == found["values.md"] == ("content/strategy.yaml",)
    assert found["accessibility.md"] == ()  # the packaged statement: no file of the site's
