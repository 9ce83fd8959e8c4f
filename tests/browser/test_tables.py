"""Data tables in real Chromium, every table on every page with one, at 320, 768 and 1280px,
measured against the GOV.UK Design System's table: the caption above the table and left
aligned; the header row told apart by weight and a rule under it; numbers right aligned in
tabular figures; no line break inside a number, a percentage or a period; a table wider than
its column scrolls inside its own labelled, keyboard-focusable region and the page never
scrolls sideways. The header rule is still drawn in forced colours (Windows High Contrast)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

WIDTHS = (320, 768, 1280)

# Cells are told apart by their text, not by the classes the templates give them, so a
# table that forgets its classes fails: a number or percentage (1162.1, 1,001, 36%), and a
# period (2019, 2018/19, 2018 - 20, 2017-19, 19/20, Jan-22).
MEASURE = r"""() => {
  const NUMBER = /^[−-]?\d[\d,]*(\.\d+)?%?$/;
  const PERIOD = /^(\d{4}|\d{2})(\s?[\/-]\s?\d{2,4})?$|^[A-Z][a-z]{2}-\d{2}$/;
  const lines = el => {
    // the number of lines the cell's text takes: distinct tops of its text's line boxes
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops = new Set([...range.getClientRects()].filter(r => r.width > 0)
                         .map(r => Math.round(r.top)));
    return tops.size;
  };
  const nameOf = el => {
    if (!el) return '';
    const label = el.getAttribute('aria-label');
    if (label && label.trim()) return label.trim();
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
    return ids.map(id => (document.getElementById(id) || {}).textContent || '').join(' ').trim();
  };
  const weight = el => parseInt(getComputedStyle(el).fontWeight, 10);
  const tables = [];
  const main = document.querySelector('article') || document.body;
  main.querySelectorAll('table').forEach((table, index) => {
    const caption = table.caption;
    const head = [...table.querySelectorAll('thead th')];
    const firstTd = table.querySelector('tbody td');
    const box = table.getBoundingClientRect();
    const out = {index, problems: [], numbers: 0, captioned: !!caption};
    const where = caption ? caption.textContent.trim().slice(0, 60) : `table ${index + 1}`;
    out.where = where;
    if (caption) {
      const cs = getComputedStyle(caption);
      if (cs.textAlign !== 'left') out.problems.push(`caption text-align ${cs.textAlign}`);
      const firstRow = table.rows[0].getBoundingClientRect();
      if (caption.getBoundingClientRect().bottom > firstRow.top + 0.5)
        out.problems.push('caption is not above the table');
      const cbox = caption.getBoundingClientRect();
      const clip = (table.closest('.ps-table-wrap') || main).getBoundingClientRect();
      if (cbox.left < clip.left - 0.5 || cbox.right > Math.min(clip.right, window.innerWidth) + 0.5)
        out.problems.push('caption is cut off');
    }
    if (!head.length) out.problems.push('no header row');
    for (const th of head) {
      const cs = getComputedStyle(th);
      if (firstTd && weight(th) <= weight(firstTd))
        out.problems.push(`header "${th.textContent.trim()}" weight ${weight(th)}`
                          + ` <= cell weight ${weight(firstTd)}`);
      if (cs.borderBottomStyle === 'none' || parseFloat(cs.borderBottomWidth) < 1)
        out.problems.push(`header "${th.textContent.trim()}" has no rule under it`);
      if (out.problems.length > 4) break;
    }
    // numeric columns: every filled body cell a number or percentage
    const columns = {};
    for (const row of table.tBodies[0] ? table.tBodies[0].rows : []) {
      [...row.cells].forEach((cell, i) => {
        const text = cell.textContent.trim();
        (columns[i] = columns[i] || []).push([cell, text]);
        if (cell.tagName !== 'TD' || !text) return;
        if ((NUMBER.test(text) || PERIOD.test(text)) && lines(cell) !== 1)
          out.problems.push(`"${text}" is broken over ${lines(cell)} lines`);
      });
    }
    // a column of numbers (every filled body cell a number or percentage; a column of
    // periods such as 2019, 2019/20 is not one): right aligned, tabular figures, header too
    for (const [i, cells] of Object.entries(columns)) {
      const filled = cells.filter(([cell, text]) => text && cell.tagName === 'TD');
      if (!filled.length || !filled.every(([, text]) => NUMBER.test(text))) continue;
      for (const [cell, text] of filled) {
        const cs = getComputedStyle(cell);
        out.numbers += 1;
        if (cs.textAlign !== 'right')
          out.problems.push(`number ${text} text-align ${cs.textAlign}`);
        if (!cs.fontVariantNumeric.includes('tabular-nums'))
          out.problems.push(`number ${text} font-variant-numeric ${cs.fontVariantNumeric}`);
      }
      const th = head[Number(i)];
      if (th && getComputedStyle(th).textAlign !== 'right')
        out.problems.push(`header of a column of numbers "${th.textContent.trim()}"`
                          + ` text-align ${getComputedStyle(th).textAlign}`);
    }
    // wider than its column: it scrolls inside a labelled, focusable region on the page
    const region = table.closest('[role="region"]');
    let scroller = table.parentElement;
    while (scroller && scroller !== main &&
           !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX))
      scroller = scroller.parentElement;
    const room = main.getBoundingClientRect();
    out.wide = box.width > room.width + 0.5;
    if (out.wide) {
      if (!scroller || scroller === main || scroller.scrollWidth <= scroller.clientWidth)
        out.problems.push(`${Math.round(box.width)}px wide in ${Math.round(room.width)}px,`
                          + ' not in a scrolling region');
      else {
        if (scroller.tabIndex < 0 || scroller.getAttribute('tabindex') === null)
          out.problems.push('its scrolling region is not focusable');
        if (scroller.getAttribute('role') !== 'region' || !nameOf(scroller))
          out.problems.push('its scrolling region is not a labelled region');
        const sbox = scroller.getBoundingClientRect();
        if (sbox.left < -0.5 || sbox.right > window.innerWidth + 0.5)
          out.problems.push('its scrolling region reaches outside the viewport');
      }
    } else if (box.left < -0.5 || box.right > window.innerWidth + 0.5) {
      out.problems.push('reaches outside the viewport');
    }
    if (region && !nameOf(region)) out.problems.push('its region has no name');
    if (!caption && !nameOf(region)) out.problems.push('neither a caption nor a labelled region');
    tables.push(out);
  });
  return {tables, scroll: document.documentElement.scrollWidth, width: window.innerWidth};
}"""


def _pages_with_tables(built_site: Path) -> list[str]:
    found = []
    for html in sorted(built_site.rglob("index.html")):
        if "<table" in html.read_text(encoding="utf-8"):
            found.append(("/" + html.parent.relative_to(built_site).as_posix() + "/")
                         .replace("/./", "/").replace("//", "/"))
    return found


@pytest.fixture(scope="module")
def table_pages(built_site: Path) -> list[str]:
    pages = _pages_with_tables(built_site)
    # the consultation pages, the indicators page and the sections with indicators, the
    # delivery plan, the open data page, and a free page (the introduction) and the print
    # edition that hold a Markdown table
    for must in ("/consultation/results/", "/indicators/", "/open-data/", "/delivery-plan/",
                 "/introduction/", "/print/"):
        assert must in pages, (must, pages)
    assert len(pages) >= 15, pages
    return pages


@pytest.mark.parametrize("width", WIDTHS)
def test_tables_read_well(browser, site_url: str, table_pages: list[str], width: int) -> None:
    failures: list[str] = []
    counted = numbers = 0
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        for path in table_pages:
            page.goto(site_url + path)
            found = page.evaluate(MEASURE)
            assert found["tables"], path
            if found["scroll"] > found["width"]:
                failures.append(f"{path} at {width}px: the page scrolls sideways "
                                f"({found['scroll']}px)")
            for table in found["tables"]:
                counted += 1
                numbers += table["numbers"]
                if table["problems"]:
                    failures.append(f"{path} [{table['where']}] at {width}px: "
                                    + "; ".join(dict.fromkeys(table["problems"][:6])))
    finally:
        page.close()
    print(f"{width}px: {counted} tables on {len(table_pages)} pages, {numbers} numbers")
    assert counted >= 100 and numbers >= 200, (counted, numbers)
    assert not failures, f"{len(failures)} tables:\n" + "\n".join(failures[:40])


FORCED = """() => [...document.querySelectorAll('article table')].map(table => {
  const th = table.querySelector('thead th');
  const cs = getComputedStyle(th);
  return [cs.borderBottomStyle, parseFloat(cs.borderBottomWidth), cs.borderBottomColor,
          getComputedStyle(document.body).backgroundColor];
})"""


@pytest.mark.parametrize("path", ["/consultation/results/", "/indicators/", "/open-data/"])
def test_header_rule_shows_in_forced_colours(browser, site_url: str, path: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.emulate_media(forced_colors="active")
        page.goto(site_url + path)
        rules = page.evaluate(FORCED)
        assert rules, path
        for style, width, colour, background in rules:
            assert style == "solid" and width >= 2 and colour != background, (
                path, style, width, colour, background)
    finally:
        page.close()


def test_numbers_are_marked_where_the_table_is_made(built_site: Path) -> None:
    """Numeric cells carry class="ps-num" in the HTML itself (JavaScript or not), headers of
    columns of numbers too."""
    results = (built_site / "consultation" / "results" / "index.html").read_text("utf-8")
    assert re.search(r'<td class="ps-num">\d+</td>', results)
    assert re.search(r'<th scope="col" class="ps-num">', results)
    indicators = (built_site / "indicators" / "index.html").read_text("utf-8")
    assert '<td class="ps-num">1162.1</td>' in indicators
    assert re.search(r'<td class="ps-nowrap">2018/19</td>', indicators)
