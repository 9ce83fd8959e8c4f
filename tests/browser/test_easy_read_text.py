"""Easy read at 14pt or more: every visible piece of text on every easy-read page, the site's
header, navigation, footer and the link to the full version included, at 1280 and 320px."""

from __future__ import annotations

from pathlib import Path

import pytest

MIN_PX = 14 * 96 / 72 - 0.01  # 14pt = 18.67 CSS px

TEXT_SIZES = """() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    const text = node.textContent.trim();
    const element = node.parentElement;
    if (!text || !element || element.closest('svg, script, style')) continue;
    if (!element.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    if (![...range.getClientRects()].some(r => r.width > 0 && r.height > 0)) continue;
    out.push([text.slice(0, 50), parseFloat(getComputedStyle(element).fontSize),
              element.tagName.toLowerCase() + '.' + element.className]);
  }
  return out;
}"""


@pytest.fixture(scope="module")
def easy_read_pages(built_site: Path) -> list[str]:
    folder = built_site / "easy-read"
    pages = sorted("/" + p.parent.relative_to(built_site).as_posix() + "/"
                   for p in folder.rglob("index.html")
                   if "http-equiv=\"refresh\"" not in p.read_text(encoding="utf-8"))
    assert len(pages) >= 5, pages
    return pages


@pytest.mark.parametrize("width", [1280, 320])
def test_every_text_on_easy_read_pages_is_at_least_14pt(browser, site_url: str,
                                                        easy_read_pages: list[str],
                                                        width: int) -> None:
    failures: list[str] = []
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        for path in easy_read_pages:
            page.goto(site_url + path)
            texts = page.evaluate(TEXT_SIZES)
            assert any("Full version" in t for t, _, _ in texts), path
            small = [(t, size, where) for t, size, where in texts if size < MIN_PX]
            failures += [f"{path} at {width}px: {size}px {where} {t!r}"
                         for t, size, where in small[:5]]
            if page.evaluate("document.documentElement.scrollWidth") > width:
                failures.append(f"{path} at {width}px: scrolls sideways")
    finally:
        page.close()
    assert not failures, "\n".join(failures)
