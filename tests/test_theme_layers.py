"""The packaged theme needs no custom_dir; a site's own custom_dir overrides it file by file,
and Material's templates come last."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plainsight_strategy.build import BuildFailed, build
from plainsight_strategy.pipeline import packaged_theme
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


def test_a_site_can_reword_a_page_template_and_the_pictograms(tmp_path: Path) -> None:
    """A page template (theme/plainsight/*.md) or the pictogram list copied into the site's
    custom_dir and edited wins over the packaged one; the other templates still apply."""
    project = tmp_path / "project"
    shutil.copytree(MINIMAL, project)
    own = project / "overrides" / "plainsight"
    own.mkdir(parents=True)
    home = (packaged_theme() / "plainsight" / "home.md").read_text()
    (own / "home.md").write_text(home + "\nOur own closing words on the home page.\n")
    pictograms = project / "overrides" / "easy-read" / "pictograms.yaml"
    pictograms.parent.mkdir()
    # only a book: the fixture's easy read also shows a baby, which is now unknown
    pictograms.write_text("pictograms:\n"
                          '  book: {icon: material/book-open-variant, alt: "A book"}\n')
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("  font: false\n",
                                                 "  font: false\n  custom_dir: overrides\n"))
    with pytest.raises(BuildFailed, match="unknown picture 'baby'"):
        build(config, project / "site")

    pictograms.unlink()
    site = build(config, project / "site")
    assert "Our own closing words on the home page." in (site / "index.html").read_text()
    assert "Exampleshire" in (site / "index.html").read_text()  # the packaged home.md's data
    assert (site / "glossary" / "index.html").exists()  # a template the site did not copy
    assert not list(site.rglob("*.yaml")) and not (site / "plainsight").exists()
