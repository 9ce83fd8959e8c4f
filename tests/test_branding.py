"""Branding from mkdocs.yml: a primary colour the header text cannot be read on is an error
that names the colour and the ratio; a readable custom colour reaches the pages."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from plainsight_strategy.core.colour import check_primary, contrast
from plainsight_strategy.core.problems import ContentError, Problems
from plainsight_strategy.pipeline import check
from tests.conftest import MINIMAL, ROOT, example_project
from tests.helpers import minimal_project


def test_contrast_matches_wcag() -> None:
    assert contrast("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#ffffff", "#12436d") == pytest.approx(10.25, abs=0.01)
    assert contrast("#ffffff", "#009485") == pytest.approx(3.77, abs=0.01)


def _problems(primary: str, custom: str = "") -> list[str]:
    problems = Problems()
    check_primary(primary, custom, problems)
    return [str(p) for p in problems]


def test_readable_colours_pass() -> None:
    assert _problems("custom", "#12436d") == []
    assert _problems("custom", "") == []      # the theme's own dark blue
    assert _problems("indigo") == []
    assert _problems("amber") == []           # Material puts dark text on light colours


def test_a_light_custom_colour_is_an_error_naming_colour_and_ratio() -> None:
    [message] = _problems("custom", "#7fbfff")
    assert message.startswith("mkdocs.yml: primary colour #7fbfff has a contrast of 1.9")
    assert "with the header text (#ffffff)" in message and "at least 4.5:1" in message


def test_a_material_colour_that_fails_is_named_with_its_value() -> None:
    [message] = _problems("teal")
    assert "primary colour teal (#009485) has a contrast of 3.77:1" in message


def test_not_a_colour_and_unknown_names_are_errors() -> None:
    assert "primary_colour 'blue-ish' is not a colour" in _problems("custom", "blue-ish")[0]
    assert "'tangerine' is not a Material colour" in _problems("tangerine")[0]


def test_check_stops_on_a_failing_colour() -> None:
    from dataclasses import replace
    with pytest.raises(ContentError) as caught:
        check(replace(example_project(), primary="custom", primary_colour="#7fbfff"))
    assert "primary colour #7fbfff" in caught.value.report()


def test_the_command_reads_the_colour_from_mkdocs_yml(tmp_path: Path) -> None:
    config = minimal_project(tmp_path, primary_colour="#7fbfff")
    result = subprocess.run([sys.executable, "-m", "plainsight_strategy", "check"],
                            cwd=config.parent, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 1, result.stdout
    assert "primary colour #7fbfff has a contrast of 1.9" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_custom_colour_reaches_every_page(tmp_path: Path) -> None:
    from plainsight_strategy.build import build
    config = minimal_project(tmp_path, primary_colour="#5a1846")
    site = build(config, config.parent / "site")
    assert ":root{--md-primary-fg-color:#5a1846;" in (site / "index.html").read_text()


def test_logo_favicon_and_organisation_come_from_materials_own_settings(tmp_path: Path) -> None:
    from plainsight_strategy.build import build
    project = tmp_path / "project"
    shutil.copytree(MINIMAL, project)
    images = project / "content" / "static" / "images"
    images.mkdir(parents=True)
    (images / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="1" '
                                     'height="1"/>')
    (images / "favicon.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace(
        "  font: false\n", "  font: false\n  logo: images/logo.svg\n"
        "  favicon: images/favicon.png\n") + "site_author: Exampleshire Council\n")
    home = (build(config, project / "site") / "index.html").read_text()
    assert '<img src="images/logo.svg"' in home
    assert '<link rel="icon" href="images/favicon.png">' in home
    assert '<meta name="author" content="Exampleshire Council">' in home
