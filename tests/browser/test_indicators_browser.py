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


def test_trend_charts_fit_read_at_12px_and_follow_forced_colours(browser, tmp_path) -> None:  # noqa: ANN001
    """The bundled dashboards have one period each; a Fingertips download (fictional, three
    periods) adds the trend chart, measured here like every chart in test_chart_text.py."""
    import shutil
    from pathlib import Path

    from plainsight_strategy.build import build
    from tests.browser import crawl
    from tests.browser.test_chart_text import FORCED, MEASURE

    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    shutil.copytree(fixtures / "minimal", tmp_path / "project")
    shutil.copytree(fixtures / "fingertips" / "indicators",
                    tmp_path / "project" / "data" / "indicators")
    site = build(tmp_path / "project" / "mkdocs.yml", tmp_path / "site")
    failures = []
    with crawl.serve(site) as base:
        for width in (320, 768, 1280):
            page = browser.new_page(viewport={"width": width, "height": 900})
            try:
                page.goto(base + "/early-years/healthy-babies/")
                found = page.evaluate(MEASURE)
                ids = [c["id"] for c in found["charts"]]
                assert "indicators-healthy-babies-trend" in ids, ids
                for chart in found["charts"]:
                    where = f"{chart['id']} at {width}px"
                    small = [(t, px) for t, px in chart["texts"] if px < 12]
                    if small or not chart["texts"]:
                        failures.append(f"{where}: texts under 12px {small[:3]}")
                    if chart["shown"] != 1 or chart["overflow"] or chart["outside"] \
                            or chart["scrolls"]:
                        failures.append(f"{where}: {chart}")
                page.emulate_media(forced_colors="active")
                page.reload()
                forced = page.evaluate(FORCED)
                for chart in forced["charts"]:
                    assert set(chart["texts"]) == {forced["canvasText"]}, width
                    lines = [m for m in chart["marks"] if m[0] == "line"]
                    shapes = [m for m in chart["marks"] if m[0] == "shape"]
                    assert shapes and all(m[1:3] == [forced["canvas"], forced["canvasText"]]
                                          for m in shapes), (width, shapes[:3])
                    assert all(m[1:3] == ["none", forced["canvasText"]] for m in lines), width
                # the trend's lines are not hidden behind an inner background in forced
                # colours: somewhere along each line (a dashed one has gaps) the topmost
                # element is the line itself
                hidden = page.evaluate("""() => [...document.querySelectorAll(
                    'figure.ps-chart svg .mark-line path')].filter(p =>
                    getComputedStyle(p.closest('svg')).display !== 'none').filter(p => {
                      p.scrollIntoView({block: 'center'});
                      const len = p.getTotalLength(), m = p.getScreenCTM();
                      return ![...Array(19).keys()].some(i => {
                        const at = p.getPointAtLength(len * (i + 1) / 20);
                        return document.elementFromPoint(m.a * at.x + m.c * at.y + m.e,
                                                         m.b * at.x + m.d * at.y + m.f) === p;
                      });
                    }).length""")
                assert hidden == 0, width
            finally:
                page.close()
    assert not failures, "\n".join(failures)
