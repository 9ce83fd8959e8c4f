"""Indicator charts in Chromium: text at least 12px on screen from 320px to 1280px wide (a
narrow rendition on a phone, the wide one from a 560px column), the chart inside the viewport
with no sideways scrolling, and the anchors partners link to on /indicators/. Every chart on
every page is measured the same way in test_chart_text.py."""

from __future__ import annotations

import pytest

SECTION = "/best-start-for-life/first-1001-critical-days/"
SMALLEST_TEXT = """() => Math.min(...[...document.querySelectorAll(
    'figure.ps-indicator-chart svg text')].filter(t => t.textContent.trim()
      && getComputedStyle(t.closest('svg')).display !== 'none')
    .map(t => t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize)))"""
SHOWN = """() => [...document.querySelectorAll('figure.ps-indicator-chart svg')]
    .filter(s => getComputedStyle(s).display !== 'none').map(s => s.getAttribute('class'))"""
RIGHT_EDGE = """() => Math.max(...[...document.querySelectorAll('figure.ps-indicator-chart')]
    .map(f => f.getBoundingClientRect().right))"""


@pytest.mark.parametrize("width", [320, 768, 1280])
def test_chart_text_is_at_least_12px_on_screen(browser, site_url: str, width: int) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto(site_url + SECTION)
        assert page.evaluate("document.querySelectorAll('figure.ps-indicator-chart').length") == 1
        assert page.evaluate(SMALLEST_TEXT) >= 12
        rendition = "ps-chart-narrow" if width < 600 else "ps-chart-wide"
        assert [c.split()[-1] for c in page.evaluate(SHOWN)] == [rendition]
        assert page.evaluate(RIGHT_EDGE) <= width
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert page.locator("figure.ps-indicator-chart [role=region]").count() == 0
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
