"""Plans of other shapes, built by MkDocs and crawled in Chromium like the bundled example:
the flat-plan fixture (named lists, own level names, three levels, no delivery plan,
consultation or easy read) and the bare fixture (only a title, a vision and sections)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plainsight_strategy.build import build
from tests.browser import crawl

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module", params=["flat-plan", "bare"])
def shaped_site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
                ) -> tuple[str, Path]:
    name = request.param
    return name, build(FIXTURES / name / "mkdocs.yml", tmp_path_factory.mktemp(name) / "site")


def test_every_page_has_no_axe_violation_and_no_empty_part(browser, shaped_site) -> None:  # noqa: ANN001
    name, site = shaped_site
    paths = crawl.pages(site)
    assert "/accessibility/" in paths and "/" in paths
    with crawl.serve(site) as base:
        failures = crawl.check_in_browser(browser, base, paths)
    assert not failures, f"{name}: {len(failures)} failures:\n" + "\n".join(failures[:40])


def test_every_internal_link_resolves(shaped_site) -> None:  # noqa: ANN001
    name, site = shaped_site
    broken = crawl.broken_links(site)
    assert not broken, f"{name}: {len(broken)} broken links:\n" + "\n".join(broken[:40])


def test_the_crawl_sees_an_empty_part(browser, tmp_path: Path) -> None:  # noqa: ANN001
    """The empty-part check can fail: a heading with nothing under it is reported."""
    page = tmp_path / "index.html"
    page.write_text('<!doctype html><html lang="en-GB"><head><title>t</title></head><body>'
                    "<main><article><h1>Plan</h1><h2>Our aims</h2><h2>Next</h2><p>x</p>"
                    "</article></main></body></html>")
    with crawl.serve(tmp_path) as base:
        context = browser.new_context()
        try:
            tab = context.new_page()
            tab.goto(base + "/")
            found = tab.evaluate(crawl.EMPTY_PARTS)
        finally:
            context.close()
    assert found == ['nothing under heading "Our aims"']
