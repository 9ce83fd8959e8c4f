"""Each page says what it is and when it changed: a description, Open Graph tags for link
previews, and "Last updated" from the git history of its source files (none without history),
the same bytes for the same commit."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from plainsight_strategy.build import build
from plainsight_strategy.core.history import History, shown
from plainsight_strategy.site.pagemeta import description
from tests.conftest import MINIMAL
from tests.helpers import minimal_project


def test_the_description_is_the_first_paragraph_of_prose() -> None:
    markdown = ("# Title\n\n[Easy read version](x.md)\n{: .ps-twin }\n\n"
                "We will **support** [parents](a.md) in every district of the county.\n")
    assert description(markdown) == "We will support parents in every district of the county."
    long = "# T\n\n" + "word " * 100
    assert len(description(long)) <= 161 and description(long).endswith("…")
    assert description("# Only a title\n\n- a list\n") == ""


def test_every_bundled_page_with_prose_has_a_description(bundle) -> None:  # type: ignore[no-untyped-def]
    assert bundle.page("delivery-plan/a-1.md").description
    assert bundle.page("index.md").description.startswith("Giving everyone")
    assert bundle.page("index.md").sources == ("content/strategy.yaml",)


def _git(root: Path, *args: str, day: str = "2024-03-05T10:00:00+00:00") -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": day, "GIT_COMMITTER_DATE": day,
           "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", "-C", str(root), *args], check=True, env=env, capture_output=True)


@pytest.fixture
def committed(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    shutil.copytree(MINIMAL, project)
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "commit", "-qm", "first")
    section = project / "content" / "sections" / "healthy-babies.yaml"
    section.write_text(section.read_text().replace("Most babies", "Nearly all babies"))
    _git(project, "commit", "-qam", "second", day="2024-06-01T09:00:00+01:00")
    return project


def test_history_dates_files_and_folders_by_their_last_commit(committed: Path) -> None:
    history = History.read(committed)
    assert history.updated(["content/strategy.yaml"]) == date(2024, 3, 5)
    assert history.updated(["content/sections"]) == date(2024, 6, 1)
    assert history.updated(["content/sections/ready-for-school.yaml"]) == date(2024, 3, 5)
    # A file named by convention that is not there stands for its folder.
    assert history.updated(["content/sections/named-otherwise.yaml"]) == date(2024, 6, 1)
    assert history.updated(["nothing/here.yaml"]) is None
    assert shown(date(2024, 6, 1)) == "1 June 2024"


def test_no_git_history_no_date(tmp_path: Path) -> None:
    assert History.read(tmp_path).updated(["content"]) is None


def test_built_pages_carry_open_graph_tags_and_last_updated(
        committed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = build(committed / "mkdocs.yml", committed / "site")
    section = (first / "early-years" / "healthy-babies" / "index.html").read_text()
    assert '<meta property="og:title" content="Healthy Babies">' in section
    assert '<meta property="og:type" content="website">' in section
    assert ('<meta property="og:site_name" content="Exampleshire Health Strategy">'
            in section)
    assert ('<meta property="og:url" content="https://example.org/early-years/healthy-babies/">'
            in section)
    assert '<meta property="og:description" content="Babies need a healthy start.">' in section
    assert '<meta name="description" content="Babies need a healthy start.">' in section
    assert 'og:image' not in section  # no image configured
    assert ('Last updated: <time datetime="2024-06-01">1 June 2024</time>' in section)
    other = (first / "early-years" / "ready-for-school" / "index.html").read_text()
    assert 'Last updated: <time datetime="2024-03-05">5 March 2024</time>' in other
    glossary = (first / "glossary" / "index.html").read_text()
    assert 'Last updated: <time datetime="2024-03-05">5 March 2024</time>' in glossary

    # Same commit, same bytes, whatever the clock or the files' times say.
    snapshot = {p.relative_to(first): p.read_bytes() for p in first.rglob("*") if p.is_file()}
    os.utime(committed / "content" / "strategy.yaml", (2_000_000_000, 2_000_000_000))
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    again = build(committed / "mkdocs.yml", committed / "site2")
    assert {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()} \
        == snapshot


def test_a_configured_image_is_shared_and_no_history_means_no_date(tmp_path: Path) -> None:
    config = minimal_project(tmp_path, image="images/share.png")
    site = build(config, config.parent / "site")
    home = (site / "index.html").read_text()
    assert '<meta property="og:image" content="https://example.org/images/share.png">' in home
    assert "Last updated" not in home
