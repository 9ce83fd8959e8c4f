"""The accessibility statement, the footer link to it, and the printable editions."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader


def test_statement_has_the_gov_uk_model_sections(built_site: Path) -> None:
    page = (built_site / "accessibility" / "index.html").read_text()
    for heading in ("How accessible this website is", "Feedback and contact information",
                    "Reporting accessibility problems with this website", "Enforcement procedure",
                    "Compliance status", "Preparation of this accessibility statement"):
        assert heading in page, heading
    assert "large print" in page and "easy read" in page and "another language" in page
    assert "It was last reviewed on" in page
    assert 'href="../easy-read/other-formats/"' in page  # its easy-read twin


def test_every_page_links_to_the_statement_in_its_footer(built_site: Path) -> None:
    for html in built_site.rglob("*.html"):
        text = html.read_text()
        if 'http-equiv="refresh"' in text:
            continue
        footer = text[text.find('class="ps-footer-links"'):]
        link = r'href="[^"]*(accessibility/|\./)">Accessibility statement</a>'
        assert re.search(link, footer), html


def _pdf(browser, url: str) -> PdfReader:
    page = browser.new_page()
    try:
        page.goto(url)
        page.emulate_media(media="print")
        hidden = page.evaluate(
            "() => ['.md-header', '.md-sidebar--primary', '.md-footer'].map("
            "s => getComputedStyle(document.querySelector(s)).display)")
        assert hidden == ["none", "none", "none"]
        shown_url = page.evaluate(
            "() => getComputedStyle(document.querySelector('.md-content a[href^=\"http\"]'),"
            " '::after').content")
        assert "http" in shown_url  # link addresses are printed
        return PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    finally:
        page.close()


def test_print_edition_prints_the_whole_strategy(browser, site_url: str, strategy) -> None:
    reader = _pdf(browser, site_url + "/print/")
    assert 30 <= len(reader.pages) <= 200
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert strategy.document.vision.statement[:40] in text
    for section in strategy.sections.values():
        assert section.title in text, section.title
    refs = set(re.findall(r"\b[A-M]\.\d+\b", text))
    assert len({p.ref for p in strategy.commitments()} - refs) == 0


def test_easy_read_edition_prints(browser, site_url: str) -> None:
    page = browser.new_page()
    try:
        page.goto(site_url + "/print/easy-read/")
        reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    finally:
        page.close()
    assert 8 <= len(reader.pages) <= 120
    text = " ".join(p.extract_text() or "" for p in reader.pages)
    assert "out of 10 people agreed" in text
    assert "Hard words" in text
