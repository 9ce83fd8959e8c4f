"""The packaged theme needs no custom_dir; a site's own custom_dir overrides it file by file,
and Material's templates come last."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.build import build
from generator.pipeline import packaged_theme
from tests.conftest import MINIMAL, ROOT


def test_in_a_checkout_the_packaged_theme_is_theme() -> None:
    assert packaged_theme() == ROOT / "theme"


def test_a_site_override_wins_and_the_packaged_theme_still_applies(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(MINIMAL, project)
    overrides = project / "overrides" / "partials"
    overrides.mkdir(parents=True)
    (overrides / "copyright.html").write_text(
        '<div class="md-copyright">Our own footer text</div>\n')
    config = project / "mkdocs.yml"
    assert "custom_dir" not in config.read_text()
    without = (build(config, project / "site-plain") / "index.html").read_text()
    assert "plainsight.css" in without and "Our own footer text" not in without

    config.write_text(config.read_text().replace("  font: false\n",
                                                 "  font: false\n  custom_dir: overrides\n"))
    home = (build(config, project / "site") / "index.html").read_text()
    assert "Our own footer text" in home            # the site's override
    assert "plainsight.css" in home                  # the packaged main.html
    assert 'property="og:site_name"' in home
