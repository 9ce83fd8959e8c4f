"""axe-core in real headless Chromium finds no violations on the main kinds of page."""

from __future__ import annotations

import pytest

from tests.conftest import describe, run_axe

PAGES = ["/", "/best-start-for-life/first-1001-critical-days/", "/delivery-plan/a-1/",
         "/delivery-plan/", "/glossary/", "/consultation/", "/consultation/results/",
         "/consultation/what-people-said/", "/consultation/you-said-we-did/"]


@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(browser, site_url: str, path: str) -> None:
    page = browser.new_page()
    try:
        page.goto(site_url + path)
        violations = run_axe(page)
        assert not violations, f"{path}:\n{describe(violations)}"
    finally:
        page.close()
