"""The pages in each language (issue 20, part 2b): the minimal fixture built with Welsh
(`partial`, a PO store written here with Babel: every text pseudo-translated but one missing
and one out of date; the package's wording pseudo-translated in the site's own catalogue but
for the glossary's introduction) and Urdu (`partial`, nothing translated, not even the
package's wording: right to left, every text marked as the original's); then Welsh as
`complete` with one translation missing, and with one message of the wording missing."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from plainsight_strategy.build import BuildFailed, build
from plainsight_strategy.core.problems import Problems
from plainsight_strategy.core.refs import IN_TEXT
from plainsight_strategy.site.templating import environment
from plainsight_strategy.translation.segments import extract

from .sites import MINIMAL, pseudo, with_languages, wording

UNTRANSLATED = "content/pages/foreword.md#0"
STALE = "content/sections/healthy-babies.yaml#/title"
# a message of the package's wording only the glossary page has, left untranslated in Welsh
GLOSSARY_INTRO = ("Abbreviations and terms used in the strategy. Where they appear in the text "
                  "they are marked, and their meaning shows when you point at them.")
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def translate(text: str) -> str:
    """The pseudo-translation, with refs (A.2) kept as a translator keeps them."""
    parts = IN_TEXT.split(text)
    return "".join(part if index % 2 else pseudo(part).strip("[]") if part.strip() else part
                   for index, part in enumerate(parts))


def write_store(project: Path, code: str, skip: set[str], stale: set[str] = frozenset()) -> int:
    """content/translations/<code>.po with Babel: each segment pseudo-translated, except
    `skip`; those in `stale` translate a source that has changed since."""
    catalog = Catalog(locale=None, fuzzy=False)
    segments = extract(project, project / "content", Problems())
    for segment in segments:
        if segment.id in skip:
            continue
        source = segment.source + " (old)" if segment.id in stale else segment.source
        catalog.add(source, translate(segment.source), context=segment.id)
    out = io.BytesIO()
    write_po(out, catalog)
    path = project / "content" / "translations" / f"{code}.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())
    return len(segments)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("languages") / "project"
    config = with_languages(MINIMAL, project, """
{code: cy, name: Cymraeg, mode: partial}
{code: ur, name: اردو, mode: partial}
{code: so, name: Soomaali, mode: partial}""")
    write_store(project, "cy", skip={UNTRANSLATED}, stale={STALE})
    wording(project, "cy", leave_out=frozenset({GLOSSARY_INTRO}))
    return build(config, project / "site")


def pages(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("index.html")
            if p.relative_to(root).parts[0] not in ("cy", "ur", "so")}


def headings(html: str) -> list[str]:
    return re.findall(r'<h[1-6][^>]*\sid="([^"]+)"', html)


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_every_page_in_every_language_with_the_same_paths_and_anchors(site: Path) -> None:
    original = pages(site)
    assert len(original) > 15
    for code in ("cy", "ur", "so"):
        assert pages(site / code) == original
        for path in original:
            assert headings(read(site, f"{code}/{path}")) == headings(read(site, path)), path


def test_translated_text_appears_and_untranslated_text_is_marked(site: Path) -> None:
    home = read(site, "cy/index.html")
    assert translate("Exampleshire Health Strategy 2030") in home
    assert 'class="ps-untranslated-notice"' in home  # the stale section title is on it
    page = read(site, "cy/delivery-plan/c-1/index.html")
    article = page.split("<article", 1)[1].split("</article>", 1)[0]
    assert 'class="ps-untranslated' not in article
    # the menu's label of the stale section is marked on every page, not only its own
    assert '<span lang="en-GB" dir="ltr" class="ps-untranslated">Healthy Babies</span>' in page
    foreword = read(site, "cy/foreword/index.html").split("<article", 1)[1]
    marked = re.search(r'<p lang="en-GB" dir="ltr" class="ps-untranslated">([^<]*)', foreword)
    assert marked and marked.group(1).startswith("This strategy was written with residents")
    notice = foreword.split('class="ps-untranslated-notice"', 1)[1].split("</div>", 1)[0]
    assert "Cymraeg" in notice and "ps-untranslated" not in notice  # in the reader's words
    assert "\ue000" not in foreword and "\ue001" not in foreword


def test_the_package_s_words_without_a_translation_are_marked(site: Path) -> None:
    """Welsh lacks one message (the glossary's introduction): shown in English, marked, and
    its page counts as untranslated. Urdu has no catalogue: every word of the package on its
    pages is marked, the notice included, and so is the 404 page's."""
    glossary = read(site, "cy/glossary/index.html").split("<article", 1)[1]
    assert f'<p lang="en-GB" dir="ltr" class="ps-untranslated">{GLOSSARY_INTRO}</p>' in glossary
    assert 'class="ps-untranslated-notice"' in glossary
    assert 'class="ps-untranslated' not in read(site, "cy/delivery-plan/c-1/index.html").split(
        "<article", 1)[1].split("</article>", 1)[0]
    urdu = read(site, "ur/delivery-plan/index.html").split("<article", 1)[1]
    words = re.findall(r'<span lang="en-GB"(?: dir="ltr")? class="ps-untranslated">([^<]*)'
                       r'</span>', urdu)
    # with the plan's words for its levels in it, themselves untranslated: one run
    assert any(w.startswith("The delivery plan lists every commitment of the") for w in words)
    assert "Some of this page is not yet translated into" in words  # the notice itself
    missing = read(site, "ur/404.html")
    assert '<h1 id="page-not-found" lang="en-GB" dir="ltr" class="ps-untranslated">Page not ' \
           'found</h1>' in missing
    assert '<html lang="ur" dir="rtl"' in missing
    for path in ("ur/404.html", "ur/search/search_index.json", "ur/glossary/index.html",
                 "cy/glossary/index.html"):
        text = read(site, path)
        assert "\ue000" not in text and "\ue001" not in text, path


def test_a_stale_translation_shows_the_original_with_a_note(site: Path) -> None:
    page = read(site, "cy/early-years/healthy-babies/index.html")
    assert re.search(r'<span lang="en-GB" dir="ltr" class="ps-untranslated">Healthy Babies'
                     r'</span> <small class="ps-untranslated-note">⟦\(Saesneg ûþďàţéď', page)


def test_html_lang_and_dir(site: Path) -> None:
    assert '<html lang="en-GB" dir="ltr"' in read(site, "index.html")
    assert '<html lang="cy" dir="ltr"' in read(site, "cy/delivery-plan/a-1/index.html")
    urdu = read(site, "ur/delivery-plan/a-1/index.html")
    assert '<html lang="ur" dir="rtl"' in urdu and '<body dir="rtl"' in urdu
    assert '<span lang="en-GB" dir="ltr" class="ps-untranslated">' in urdu


def test_a_language_material_has_no_strings_for(site: Path) -> None:
    """Somali: Material has no partial for it, nor does the package: the build makes one
    (its lang and dir, English words) instead of failing."""
    page = read(site, "so/glossary/index.html")
    assert '<html lang="so" dir="ltr"' in page
    assert "Skip to content" in page
    assert not (site / "partials").exists() and not (site / "so" / "partials").exists()


def test_language_links_both_ways(site: Path) -> None:
    original = read(site, "delivery-plan/a-1/index.html")
    assert ('<a href="../../cy/delivery-plan/a-1/" lang="cy" hreflang="cy" dir="ltr" '
            'rel="alternate">Cymraeg</a>') in original
    assert 'hreflang="ur" dir="rtl" rel="alternate">اردو</a>' in original
    welsh = read(site, "cy/delivery-plan/a-1/index.html")
    assert ('<a href="../../../delivery-plan/a-1/" lang="en-GB" hreflang="en-GB" dir="ltr" '
            'rel="alternate">English</a>') in welsh
    assert '<a href="../../../ur/delivery-plan/a-1/"' in welsh


def cluster(html: str) -> set[tuple[str, str]]:
    return set(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def test_hreflang_clusters_are_reciprocal_with_x_default(site: Path) -> None:
    expected = {("x-default", "https://example.org/delivery-plan/c-1/"),
                ("en-GB", "https://example.org/delivery-plan/c-1/"),
                ("cy", "https://example.org/cy/delivery-plan/c-1/")}
    assert cluster(read(site, "delivery-plan/c-1/index.html")) == expected
    assert cluster(read(site, "cy/delivery-plan/c-1/index.html")) == expected
    # Urdu has nothing translated; Welsh lacks the foreword: neither is in a cluster
    assert cluster(read(site, "ur/delivery-plan/c-1/index.html")) == set()
    assert cluster(read(site, "foreword/index.html")) == set()
    assert cluster(read(site, "cy/foreword/index.html")) == set()
    assert cluster(read(site, "cy/glossary/index.html")) == set()  # its wording is English


def test_the_sitemap_lists_only_wholly_translated_pages_with_alternates(site: Path) -> None:
    root = ET.parse(site / "sitemap.xml").getroot()
    assert root.tag == f"{SITEMAP}urlset"
    entries = {u.findtext(f"{SITEMAP}loc"): u for u in root.iter(f"{SITEMAP}url")}
    assert "https://example.org/foreword/" in entries
    assert "https://example.org/cy/delivery-plan/c-1/" in entries
    assert "https://example.org/cy/foreword/" not in entries
    assert "https://example.org/cy/glossary/" not in entries
    assert not any(loc.startswith("https://example.org/ur/") for loc in entries)
    links = {(x.get("hreflang"), x.get("href"))
             for x in entries["https://example.org/cy/delivery-plan/c-1/"].iter(f"{XHTML}link")}
    assert links == {("x-default", "https://example.org/delivery-plan/c-1/"),
                     ("en-GB", "https://example.org/delivery-plan/c-1/"),
                     ("cy", "https://example.org/cy/delivery-plan/c-1/")}
    assert not (site / "cy" / "sitemap.xml").exists()


def test_search_leaves_out_pages_with_untranslated_text(site: Path) -> None:
    import json
    welsh = json.loads(read(site, "cy/search/search_index.json"))
    locations = {d["location"].split("#")[0] for d in welsh["docs"]}
    assert "delivery-plan/c-1/" in locations and "foreword/" not in locations
    assert "glossary/" not in locations
    assert "\ue000" not in json.dumps(welsh, ensure_ascii=False)
    assert welsh["config"]["pipeline"] == []  # lunr has no Welsh stemmer: none at all
    urdu = json.loads(read(site, "ur/search/search_index.json"))
    assert urdu["docs"] == []


def test_complete_mode_fails_naming_the_missing_text_and_keeps_the_site(
        tmp_path: Path) -> None:
    project = tmp_path / "project"
    config = with_languages(MINIMAL, project, "{code: cy, name: Cymraeg, mode: complete}")
    write_store(project, "cy", skip=set())
    catalogue = wording(project, "cy")
    site = build(config, project / "site")
    assert (site / "cy" / "index.html").exists()
    assert cluster(read(site, "foreword/index.html"))  # wholly translated: in the cluster
    before = read(site, "cy/index.html")
    write_store(project, "cy", skip={UNTRANSLATED})
    with pytest.raises(BuildFailed) as failed:
        build(config, project / "site")
    assert "content/pages/foreword.md" in str(failed.value)
    assert "'block 0' has no Cymraeg (cy) translation" in str(failed.value)
    assert read(site, "cy/index.html") == before
    # the package's wording is text too: one message without a translation stops the build
    write_store(project, "cy", skip=set())
    wording(project, "cy", leave_out=frozenset({GLOSSARY_INTRO}))
    with pytest.raises(BuildFailed) as failed:
        build(config, project / "site")
    message = str(failed.value)
    assert f"content/translations/interface/cy.po: the package's wording “{GLOSSARY_INTRO}” " \
           "has no Cymraeg (cy) translation" in message
    assert "1 of " in message and "plainsight translate wording --lang cy" in message
    assert read(site, "cy/index.html") == before
    assert catalogue.is_file()


def test_dates_and_numbers_in_the_language() -> None:
    welsh = environment([MINIMAL], "cy")
    assert welsh.filters["longdate"](date(2022, 2, 24)) == "24 Chwefror 2022"
    polish = environment([MINIMAL], "pl")
    assert polish.filters["number"](12.5) == "12,5"
    assert polish.filters["number"](1234) == "1234"
    own = environment([MINIMAL])
    assert own.filters["longdate"](date(2022, 2, 24)) == "24 February 2022"
    assert own.filters["number"](12.5) == "12.5"


class _Unmarked(HTMLParser):
    """The text a reader meets outside any element that says its language: in a language
    with nothing translated, all of it is the original's, so all of it must say so."""

    SKIP = frozenset({"script", "style", "svg", "title", "code"})  # code: file, column names

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, bool]] = []
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.stack.append((tag, tag in self.SKIP or any(k == "lang" for k, _ in attrs)))

    def handle_endtag(self, tag: str) -> None:
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        if re.search(r"[A-Za-z]{2}", data) and not any(said for _, said in self.stack):
            self.found.append(" ".join(data.split()))


VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "source", "track", "wbr"})
# What the minimal fixture shows from its data, not its content: the survey export's areas
# and a respondent's words; and names of formats.
DATA = {"North", "South", "East", "West", "East, West.", "South.", "North: 9", "CSV", "JSON",
        "Material for MkDocs",  # the theme, by name (Made with ...)
        # a hard word itself: the easy-read check finds it in the text, so it is never marked
        # (translation/overlay.py); its meaning is
        "GP",
        "More play parks please <script>alert(1)</script> & thanks"}


def test_nothing_is_shown_in_the_original_without_saying_so(site: Path) -> None:
    """Urdu has nothing translated, not even the package's words: every piece of text in
    every page's content, menus and footer carries the original's language."""
    leaks: dict[str, list[str]] = {}
    for page in sorted((site / "ur").rglob("*.html")):
        parser = _Unmarked()
        body = read(site, page.relative_to(site).as_posix()).split("<body", 1)[1]
        parser.feed(body.split(">", 1)[1])
        left = [text for text in parser.found if text not in DATA
                and not re.fullmatch(r"[\w.-]+\.(csv|json)|https?://\S+", text)]
        if left:
            leaks[page.relative_to(site).as_posix()] = left
    assert not leaks


def test_english_reads_in_order_on_a_right_to_left_page(site: Path) -> None:
    """Urdu, nothing translated: a block that is mostly English reads left to right (its
    words are not isolated one by one, which the page's direction would reorder: "A.1
    Commitment", the notice's sentences out of order); two marked runs with only a space or
    punctuation between are one run; the menus stay on the page's side."""
    page = read(site, "ur/delivery-plan/a-1/index.html")
    article = page.split("<article", 1)[1]
    heading = re.search(r"<h1 [^>]*>.*?</h1>", article, re.S)
    assert heading and 'dir="ltr"' in heading.group(0) and "A.1" in heading.group(0)
    notice = re.search(r'<div class="ps-untranslated-notice">\s*<p dir="ltr">(.*?)</p>',
                       article, re.S)
    assert notice and 'lang="en-GB" class="ps-untranslated">Some of this page' in notice.group(1)
    assert ' dir="ltr" class="ps-untranslated"' not in notice.group(1)
    assert "اردو" in notice.group(1)
    nav = page.split('<nav class="md-nav md-nav--primary"', 1)[1].split("</nav>", 1)[0]
    assert '<li class="md-nav__item" dir=' not in nav
    english = read(site, "cy/delivery-plan/a-1/index.html")  # left to right: nothing added
    assert '<p dir="ltr">' not in english
