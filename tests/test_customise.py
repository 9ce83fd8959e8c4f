"""`plainsight customise`: a comms officer copies a page template (or the pictogram list) into
the site's own theme folder to reword it, without hunting for the installed package."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plainsight_strategy.cli import main
from plainsight_strategy.pipeline import packaged_theme
from tests.conftest import MINIMAL


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    project = tmp_path / "project"
    shutil.copytree(MINIMAL, project)
    monkeypatch.chdir(project)
    return project


def test_without_a_name_it_lists_what_can_be_copied(site: Path, capsys) -> None:  # noqa: ANN001
    assert main(["customise"]) == 0
    listed = capsys.readouterr().out.split()
    assert "home" in listed and "section" in listed and "pictograms" in listed
    assert not (site / "overrides").exists()


def test_a_template_is_copied_once_and_the_build_setting_is_named(site: Path,
                                                                  capsys) -> None:  # noqa: ANN001
    assert main(["customise", "home"]) == 0
    copied = site / "overrides" / "plainsight" / "home.md"
    assert copied.read_text() == (packaged_theme() / "plainsight" / "home.md").read_text()
    assert "custom_dir: overrides" in capsys.readouterr().out  # not set yet in mkdocs.yml

    copied.write_text("My own wording\n")
    assert main(["customise", "home.md"]) == 1
    assert "already there" in capsys.readouterr().err
    assert copied.read_text() == "My own wording\n"  # never overwritten


def test_the_pictogram_list_goes_where_the_build_reads_it(site: Path) -> None:
    config = site / "mkdocs.yml"
    config.write_text(config.read_text().replace("  font: false\n",
                                                 "  font: false\n  custom_dir: mine\n"))
    (site / "mine").mkdir()  # MkDocs wants the folder it names to exist
    assert main(["customise", "pictograms"]) == 0
    assert (site / "mine" / "easy-read" / "pictograms.yaml").is_file()
    assert not (site / "overrides").exists()


def test_an_unknown_name_lists_the_names(site: Path, capsys) -> None:  # noqa: ANN001
    assert main(["customise", "homepage"]) == 1
    error = capsys.readouterr().err
    assert "no template called 'homepage'" in error and "home, " in error


def test_check_warns_of_a_copy_of_a_template_no_longer_used(site: Path,
                                                             capsys) -> None:  # noqa: ANN001
    """_indicators.md was a template until its figure became _figures.md's: a site's old copy
    would be ignored in silence, so check names it."""
    config = site / "mkdocs.yml"
    config.write_text(config.read_text().replace("  font: false\n",
                                                 "  font: false\n  custom_dir: overrides\n"))
    (site / "overrides" / "plainsight").mkdir(parents=True)
    (site / "overrides" / "plainsight" / "_indicators.md").write_text("{# mine #}\n")
    (site / "overrides" / "plainsight" / "home.md").write_text("# {{ title }}\n")
    assert main(["check"]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines()
                if line.startswith("warning:")]
    assert warnings == ["warning: overrides/plainsight/_indicators.md: Plainsight no longer "
                        "uses this template, so its wording is not shown"]
