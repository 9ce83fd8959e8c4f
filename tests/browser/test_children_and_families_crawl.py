"""The children-and-families example (a plan and its 24 February 2022 progress update),
built by MkDocs and crawled in Chromium like the bundled example: every page, at 320 and at
1280 CSS px, through axe-core (WCAG 2.2 AA and best practice), the empty-part check, and at
320 px no horizontal scrolling of the page.

The example's site_url has a path (/children-and-families/), which its 404 page uses for its
links, so the site is served under that path.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser import crawl
from tests.conftest import run_axe

BASE = "/children-and-families"
# the pages of the progress update that must be among those crawled
PROGRESS_PAGES = ["/progress/", "/progress/2022-02-24/", "/delivery-plan/a-3/",
                  "/best-start-for-life/", "/easy-read/how-are-we-doing/"]


@pytest.fixture(scope="module")
def served(children_and_families_site: Path, tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    root = tmp_path_factory.mktemp("served")
    (root / BASE.strip("/")).symlink_to(children_and_families_site, target_is_directory=True)
    with crawl.serve(root) as base:
        yield base + BASE


@pytest.fixture(scope="module")
def paths(children_and_families_site: Path) -> list[str]:
    found = crawl.pages(children_and_families_site)
    assert set(PROGRESS_PAGES) <= set(found)
    assert len(found) >= 30
    return found


@pytest.mark.parametrize("width", [320, 1280])
def test_every_page_passes_axe_with_no_empty_part(browser, served: str, paths: list[str],  # noqa: ANN001
                                                   width: int) -> None:
    failures: list[str] = []
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    try:
        for path in paths:
            response = page.goto(served + path)
            if response is None or (response.status != 200 and path != "/404.html"):
                failures.append(f"{path}: HTTP {response.status if response else 'none'}")
                continue
            for v in run_axe(page):
                for node in v["nodes"][:3]:
                    failures.append(f"{path} at {width}px: axe {v['id']} on {node['target']}: "
                                    f"{v['help']}")
            failures += [f"{path} at {width}px: {found}"
                         for found in page.evaluate(crawl.EMPTY_PARTS)]
            if width == 320:
                scroll = page.evaluate("document.documentElement.scrollWidth")
                if scroll > width:
                    failures.append(f"{path}: horizontal scrolling at 320px ({scroll}px)")
    finally:
        context.close()
    assert not failures, f"{len(failures)} failures:\n" + "\n".join(failures[:60])


def test_the_crawl_reaches_the_progress_pages_with_their_styles(browser, served: str) -> None:  # noqa: ANN001
    """The pages the crawl checks are the styled pages (the theme's CSS is served)."""
    context = browser.new_context(viewport={"width": 320, "height": 800})
    page = context.new_page()
    try:
        for path in PROGRESS_PAGES:
            page.goto(served + path)
            styled = page.evaluate("""() => [...document.styleSheets].some(
                s => (s.href || '').endsWith('plainsight.css') && s.cssRules.length > 0)""")
            assert styled, path
            assert page.locator("h1").count() == 1, path
    finally:
        context.close()
