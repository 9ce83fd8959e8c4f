"""Both examples built with a language that has nothing translated at all: no content, no
catalogue of the package's words, and one Babel does not know (Scots, `sco`: dates and names
fall back to English). Every page must then read exactly as the original does, word for word
(marking the original's text must not change it: a capital, a full stop, a line of a list,
a heading's id), apart from the language links and the notice; and in the example without
indicator data, no text may be shown without saying it is English."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from plainsight_strategy.build import build
from tests.conftest import CHILDREN_AND_FAMILIES, ROOT

from .sites import with_languages
from .test_pages import _Unmarked

SCOTS = "{code: sco, name: Scots, mode: partial}"
_INLINE = re.compile(r"</?(?:span|a|abbr|strong|em|small|code|time|b|i|sup|sub)\b[^>]*>")
_LEFT_OUT = re.compile(r'<ul class="ps-languages">.*?</ul>|<style>.*?</style>|<svg.*?</svg>'
                       r'|<div class="ps-untranslated-notice">.*?</div>', re.S)


def built(source: Path, folder: Path) -> Path:
    config = with_languages(source, folder, SCOTS)
    text = config.read_text(encoding="utf-8")  # the example's theme, wherever the copy is
    config.write_text(text.replace("custom_dir: ../../theme", f"custom_dir: {ROOT / 'theme'}"),
                      encoding="utf-8")
    return build(config, folder / "site")


_BUILT: dict[str, Path] = {}


def site_of(name: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example built with Scots, once per run."""
    if name not in _BUILT:
        source = ROOT if name == "bundled" else CHILDREN_AND_FAMILIES
        _BUILT[name] = built(source, tmp_path_factory.mktemp("sco") / "project")
    return _BUILT[name]


def text(page: str) -> str:
    """What a reader reads in the page's content, words and spaces only."""
    found = re.search(r"<article.*?</article>", page, re.S)
    if not found:
        return ""
    said = _LEFT_OUT.sub(" ", found.group(0))
    said = re.sub(r"<[^>]+>", " ", _INLINE.sub("", said))
    return " ".join(html.unescape(said).split())


@pytest.mark.parametrize("name", ["bundled", "children-and-families"])
def test_every_page_reads_as_the_original(name: str,
                                          tmp_path_factory: pytest.TempPathFactory) -> None:
    site = site_of(name, tmp_path_factory)
    pages = sorted(p for p in site.rglob("index.html") if p.relative_to(site).parts[0] != "sco")
    assert len(pages) > 30
    differ = {}
    for page in pages:
        own = page.read_text(encoding="utf-8")
        scots = (site / "sco" / page.relative_to(site)).read_text(encoding="utf-8")
        assert 'class="ps-untranslated' in scots, page
        if text(own) != text(scots):
            differ[page.relative_to(site).as_posix()] = (text(own), text(scots))
    assert not differ, next(iter(differ.items()))


def test_no_text_without_its_language(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The example with progress reports and no indicator data (the bundled example's
    indicator names and areas are data, shown as the data has them)."""
    site = site_of("children-and-families", tmp_path_factory)
    leaks = {}
    for page in sorted((site / "sco").rglob("*.html")):
        parser = _Unmarked()
        parser.feed(page.read_text(encoding="utf-8").split("<body", 1)[1].split(">", 1)[1])
        left = [t for t in parser.found if t not in ("Scots", "Material for MkDocs", "CSV",
                                                      "JSON", "XML")
                and not re.fullmatch(r"[\w./-]*\.(csv|json|xml)|https?://\S+", t)]
        if left:
            leaks[page.relative_to(site).as_posix()] = left
    assert not leaks
