"""Easy-read layout in real Chromium: big text, picture on the left, at desktop and phone widths."""

from __future__ import annotations

import pytest

from tests.conftest import describe, run_axe

PAGE = "/easy-read/best-start-for-life/"


@pytest.mark.parametrize("width", [1280, 320])
def test_text_is_big_and_pictures_sit_left_of_their_words(browser, site_url: str,
                                                          width: int) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto(site_url + PAGE)
        blocks = page.locator(".ps-er-block")
        assert blocks.count() >= 3
        for i in range(blocks.count()):
            picture = blocks.nth(i).locator(".ps-er-picture").bounding_box()
            words = blocks.nth(i).locator(".ps-er-text").bounding_box()
            assert picture and words
            assert picture["x"] + picture["width"] <= words["x"] + 0.5, f"block {i + 1}"
            assert picture["y"] < words["y"] + words["height"], f"block {i + 1} side by side"
        size = page.locator(".ps-er-text p").first.evaluate(
            "e => parseFloat(getComputedStyle(e).fontSize)")
        line_height = page.locator(".ps-er-text p").first.evaluate(
            "e => { const s = getComputedStyle(e);"
            " return parseFloat(s.lineHeight) / parseFloat(s.fontSize); }")
        assert size >= 18.6
        assert line_height >= 1.45
        scroll = page.evaluate("document.documentElement.scrollWidth")
        assert scroll <= width, f"horizontal scrolling at {width}px"
    finally:
        page.close()


def test_easy_read_pages_have_no_axe_violations(browser, site_url: str, built_site) -> None:
    pages = sorted(p.parent.relative_to(built_site).as_posix()
                   for p in (built_site / "easy-read").rglob("index.html"))
    assert len(pages) >= 8
    failures = []
    page = browser.new_page()
    try:
        for path in pages:
            page.goto(f"{site_url}/{path}/".replace("//easy", "/easy"))
            violations = run_axe(page)
            if violations:
                failures.append(f"/{path}/:\n{describe(violations)}")
    finally:
        page.close()
    assert not failures, "\n".join(failures)
