"""Sites drafted from real exports (tests/corpus/real) in Chromium: the Star Wars
favourability grid (SurveyMonkey, 14 statements in one chart) and the Spack survey (Google
Forms: importance and quality grids, checkboxes) pass axe on every page, and their charts keep
their text at least 12px on screen, one rendition shown, at 320 and 1280px."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plainsight_strategy.build import build
from plainsight_strategy.cli import main
from plainsight_strategy.starter import create
from tests.browser import crawl
from tests.browser.test_chart_text import MEASURE, unreadable

REAL = Path(__file__).resolve().parents[1] / "corpus" / "real"
EXPORTS = ["surveymonkey-starwars.csv", "googleforms-spack.csv"]


@pytest.fixture(scope="module", params=EXPORTS)
def real_site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("real-browser") / "site"
    create(root)
    (root / "data" / "consultation").mkdir(parents=True)
    shutil.copy(REAL / request.param, root / "data" / "consultation" / request.param)
    # Served from the root here: the starter's address has a path, which 404.html links under.
    config = root / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("https://www.example.org/strategy/",
                                                        "https://www.example.org/"), "utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        assert main(["survey", "draft", f"data/consultation/{request.param}"]) == 0
    return build(root / "mkdocs.yml", root / "site")


def test_every_page_passes_axe(browser, real_site: Path) -> None:  # noqa: ANN001
    paths = crawl.pages(real_site)
    assert "/consultation/results/" in paths
    with crawl.serve(real_site) as base:
        failures = crawl.check_in_browser(browser, base, paths)
    assert not failures, "\n".join(failures[:40])


@pytest.mark.parametrize("width", [320, 1280])
def test_grid_charts_are_readable(browser, real_site: Path, width: int) -> None:  # noqa: ANN001
    failures: list[str] = []
    with crawl.serve(real_site) as base:
        page = browser.new_page(viewport={"width": width, "height": 900})
        try:
            page.goto(base + "/consultation/results/")
            found = page.evaluate(MEASURE)
            assert found["charts"]
            failures += unreadable(found, "/consultation/results/", width)
        finally:
            page.close()
    assert not failures, "\n".join(failures)
