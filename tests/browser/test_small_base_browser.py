"""A small survey (8 answers, under min_base_for_percent) in Chromium: every page passes axe
with no empty part, and the charts drawn in people keep their text at least 12px on screen,
one rendition shown, inside the viewport, at 320 and 1280px."""

from __future__ import annotations

from pathlib import Path

import pytest

from plainsight_strategy.build import build
from tests.browser import crawl
from tests.browser.test_chart_text import MEASURE, unreadable
from tests.site.test_small_base import small_project

CHART_PAGES = ["/consultation/", "/consultation/results/"]


@pytest.fixture(scope="module")
def small_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = small_project(tmp_path_factory.mktemp("small-browser") / "project")
    return build(root / "mkdocs.yml", root / "site")


def test_every_page_of_a_small_survey_passes_axe(browser, small_site: Path) -> None:  # noqa: ANN001
    paths = crawl.pages(small_site)
    assert set(CHART_PAGES) <= set(paths)
    with crawl.serve(small_site) as base:
        failures = crawl.check_in_browser(browser, base, paths)
    assert not failures, "\n".join(failures[:40])


@pytest.mark.parametrize("width", [320, 1280])
def test_charts_in_people_are_readable(browser, small_site: Path, width: int) -> None:  # noqa: ANN001
    failures: list[str] = []
    with crawl.serve(small_site) as base:
        page = browser.new_page(viewport={"width": width, "height": 900})
        try:
            for path in CHART_PAGES:
                page.goto(base + path)
                found = page.evaluate(MEASURE)
                assert found["charts"], path
                failures += unreadable(found, path, width)
                for chart in found["charts"]:
                    if chart["id"].startswith("answers-"):
                        where = f"{path}#{chart['id']} at {width}px"
                        assert not [t for t, _ in chart["texts"] if "%" in t], where
        finally:
            page.close()
    assert not failures, "\n".join(failures)
