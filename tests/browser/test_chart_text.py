"""Charts in real Chromium, every chart on every page with one (the consultation charts and the
indicator charts of the sub-priority and theme pages): text at least 12px on screen at 320,
768 and 1280px, each chart's box inside the viewport (no sideways scrolling, no scrolling
region), one rendition exposed at a time; and readable in forced colours (Windows High
Contrast) with marks told apart by more than colour."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

WIDTHS = (320, 768, 1280)
MIN_PX = 12

MEASURE = """() => {
  const charts = [];
  for (const figure of document.querySelectorAll('figure.ps-chart')) {
    const svgs = [...figure.querySelectorAll('svg')];
    const shown = svgs.filter(s => getComputedStyle(s).display !== 'none');
    const texts = [];
    for (const svg of shown) {
      // the SVG's scale on screen: its drawn width over its viewBox width (and the
      // transform Chromium uses, which must agree); a chart with no width fails
      const drawn = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const text of svg.querySelectorAll('text')) {
        if (!text.textContent.trim()) continue;
        const m = text.getScreenCTM();
        const scale = Math.min(drawn, Math.hypot(m.a, m.b));
        const px = parseFloat(getComputedStyle(text).fontSize) * scale;
        texts.push([text.textContent.trim(), Math.round(px * 100) / 100]);
      }
    }
    const box = figure.getBoundingClientRect();
    const widest = Math.max(0, ...shown.map(s => s.getBoundingClientRect().right));
    const scrolls = [...figure.querySelectorAll('*')].some(e =>
      ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth);
    charts.push({id: figure.id, renditions: svgs.length, shown: shown.length, texts,
                 overflow: widest > box.right + 0.5, scrolls,
                 outside: box.left < -0.5 || box.right > window.innerWidth + 0.5,
                 indicator: figure.classList.contains('ps-indicator-chart')});
  }
  return {charts, scroll: document.documentElement.scrollWidth, width: window.innerWidth};
}"""


def _pages_with_charts(built_site: Path) -> list[str]:
    return sorted("/" + p.parent.relative_to(built_site).as_posix().removeprefix(".") + "/"
                  for p in built_site.rglob("index.html")
                  if re.search(r'<figure class="ps-chart[ "]', p.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def chart_pages(built_site: Path) -> list[str]:
    pages = [p.replace("//", "/") for p in _pages_with_charts(built_site)]
    indicator_pages = [p for p in pages if 'ps-indicator-chart' in (
        built_site / p.strip("/") / "index.html").read_text(encoding="utf-8")]
    # consultation, results, what people said; and every section with indicators
    assert len(pages) - len(indicator_pages) >= 3, pages
    assert len(indicator_pages) >= 10, indicator_pages
    return pages


def unreadable(found: dict, path: str, width: int) -> list[str]:
    """What MEASURE found wrong on one page, for the tests of other sites' charts: the page
    scrolls sideways; a chart shows other than one rendition, is wider than its column or
    reaches outside the viewport; text under MIN_PX."""
    failures = [f"{path} at {width}px: scrolls sideways"] if found["scroll"] > found["width"] \
        else []
    for chart in found["charts"]:
        where = f"{path}#{chart['id']} at {width}px"
        if chart["shown"] != 1 or chart["overflow"] or chart["outside"]:
            failures.append(f"{where}: {chart}")
        if small := [(t, px) for t, px in chart["texts"] if px < MIN_PX]:
            failures.append(f"{where}: texts under {MIN_PX}px: {small[:3]}")
    return failures


@pytest.mark.parametrize("width", WIDTHS)
def test_chart_text_is_at_least_12px_on_screen(browser, site_url: str, chart_pages: list[str],
                                                width: int) -> None:
    failures: list[str] = []
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        for path in chart_pages:
            page.goto(site_url + path)
            found = page.evaluate(MEASURE)
            assert found["charts"], path
            if found["scroll"] > found["width"]:
                failures.append(f"{path} at {width}px: scrolls sideways ({found['scroll']}px)")
            for chart in found["charts"]:
                where = f"{path}#{chart['id']} at {width}px"
                if chart["shown"] != 1:
                    failures.append(f"{where}: {chart['shown']} renditions shown, want 1")
                if chart["overflow"]:
                    failures.append(f"{where}: wider than its column")
                if chart["outside"]:
                    failures.append(f"{where}: the figure reaches outside the viewport")
                if chart["scrolls"]:
                    failures.append(f"{where}: scrolls sideways inside the figure")
                if not chart["texts"]:
                    failures.append(f"{where}: no text drawn")
                small = [(t, px) for t, px in chart["texts"] if px < MIN_PX]
                if small:
                    failures.append(f"{where}: {len(small)} texts under {MIN_PX}px, "
                                    f"e.g. {small[:3]}")
    finally:
        page.close()
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("kind", ["consultation", "indicators"])
def test_the_hidden_rendition_is_out_of_the_accessibility_tree(browser, site_url: str,
                                                               chart_pages: list[str],
                                                               built_site: Path,
                                                               kind: str) -> None:
    path = next(p for p in chart_pages if (kind == "indicators") == (
        "ps-indicator-chart" in (built_site / p.strip("/") / "index.html").read_text("utf-8")))
    for width, shown_class in ((320, "ps-chart-narrow"), (1280, "ps-chart-wide")):
        page = browser.new_page(viewport={"width": width, "height": 900})
        try:
            page.goto(site_url + path)
            images = page.get_by_role("img").all()
            labels = [i.get_attribute("class") or "" for i in images
                      if "marks" in (i.get_attribute("class") or "")]
            assert labels and all(shown_class in c for c in labels), (width, labels)
        finally:
            page.close()


FORCED = """() => {
  const probe = document.createElement('span');
  probe.style.color = 'CanvasText';
  probe.style.backgroundColor = 'Canvas';
  document.body.append(probe);
  const canvasText = getComputedStyle(probe).color;
  const canvas = getComputedStyle(probe).backgroundColor;
  probe.remove();
  const out = [];
  for (const svg of document.querySelectorAll('figure.ps-chart svg')) {
    if (getComputedStyle(svg).display === 'none') continue;
    const texts = [...svg.querySelectorAll('text')].map(t => getComputedStyle(t).fill);
    const marks = [...svg.querySelectorAll('.role-mark path, .role-mark rect')]
      .map(m => { const s = getComputedStyle(m);
                  const line = !!m.closest('.mark-line');
                  return [line ? 'line' : 'shape', s.fill, s.stroke, parseFloat(s.strokeWidth)]; });
    const legend = [...svg.querySelectorAll('.role-legend-symbol path')]
      .map(m => getComputedStyle(m).stroke);
    out.push({texts, marks, legend});
  }
  return {canvasText, canvas, charts: out};
}"""


@pytest.mark.parametrize("width", [320, 1280])
def test_charts_follow_forced_colours(browser, site_url: str, chart_pages: list[str],
                                      width: int) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.emulate_media(forced_colors="active")
        for path in chart_pages:
            page.goto(site_url + path)
            found = page.evaluate(FORCED)
            assert found["charts"], path
            canvas_text, canvas = found["canvasText"], found["canvas"]
            assert canvas_text != canvas
            for chart in found["charts"]:
                assert chart["texts"] and set(chart["texts"]) == {canvas_text}, (path, chart)
                assert chart["marks"], path
                for kind, fill, stroke, stroke_width in chart["marks"]:
                    # every segment or point is an outline in the text colour on the page
                    # colour: told apart by its edge, shape, written value and place in the
                    # order; a line (a trend) stays an unfilled line in the text colour
                    want = (canvas, canvas_text) if kind == "shape" else ("none", canvas_text)
                    assert (fill, stroke) == want, (path, kind, fill, stroke)
                    assert stroke_width >= 1, path
                assert set(chart["legend"]) <= {canvas_text}, path
    finally:
        page.close()
