"""Indicator charts in Chromium: text at least 12px on screen from 320px to 1280px wide (the
chart scrolls in its own region rather than shrinking), no sideways page scroll, and the
anchors partners link to on /indicators/."""

from __future__ import annotations

import pytest

SECTION = "/best-start-for-life/first-1001-critical-days/"
SMALLEST_TEXT = """() => Math.min(...[...document.querySelectorAll(
    'figure.ps-indicator-chart svg text')].filter(t => t.textContent.trim())
    .map(t => t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize)))"""


@pytest.mark.parametrize("width", [320, 768, 1280])
def test_chart_text_is_at_least_12px_on_screen(browser, site_url: str, width: int) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto(site_url + SECTION)
        assert page.evaluate("document.querySelectorAll('figure.ps-indicator-chart').length") == 1
        assert page.evaluate(SMALLEST_TEXT) >= 12
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    finally:
        page.close()


def test_partner_anchor_lands_on_the_indicator(browser, site_url: str) -> None:
    page = browser.new_page()
    try:
        page.goto(site_url + "/indicators/#e01-infant-mortality-rate")
        heading = page.evaluate("document.getElementById('e01-infant-mortality-rate')"
                                ".querySelector('h4').textContent")
        assert heading == "E01 Infant mortality rate"
        page.goto(site_url + SECTION)
        page.click('a:has-text("Smoking status at time of delivery")')
        assert page.url.endswith("/indicators/#c06-smoking-at-time-of-delivery")
    finally:
        page.close()
