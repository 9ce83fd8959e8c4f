"""The whole pipeline, orchestration only: read (load and check everything) -> generate.

Public API:

    Project(content_dir, data_dir, theme_dir, site_url="", cache_dir=None,
            primary="custom", primary_colour="", overrides_dir=None, root=None,
            site_name="", language="en", languages=(), settings_problems=())
            .translation_site  (what `plainsight translate` works on)
    packaged_theme() -> Path              (the theme shipped in the package: overrides,
                                           page templates, pictograms)
    read(project, cache) -> Inputs        (raises ContentError with every problem found)
    check(project) -> list[Problem]       (read, nothing more; returns the notes: things to
                                           change that do not stop the build)
    generate(project, meanwhile=False, language=None) -> Bundle   (read, then render; with
                                          `meanwhile`, charts are drawn while the caller goes
                                          on and the pages hold placeholders until
                                          Bundle.fill; `language`: the package's wording in
                                          that language, with project.interface_catalogues)
    generate_edition(project, language, meanwhile=False) -> Translated
                                          (the site in one of its other languages: the
                                          content read with its translations in place,
                                          rendered with the templates in that language)
    error_bundle(error) -> Bundle         (one page listing the problems: `serve` shows it)

Every step adds its problems to one `Problems`; this is the only module that raises
ContentError, once the read step has found everything there is to find.
"""

from __future__ import annotations

import html
import re
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from .consultation.load import check_agreement_blocks, load_consultation
from .consultation.report import load_report
from .content.easyread import check_twins, in_reading_order, load_easy_read, load_pictograms
from .content.load import load_statement, load_strategy
from .core import urls
from .core.cache import Cache
from .core.colour import check_primary
from .core.history import History
from .core.problems import ContentError, Problem, Problems
from .core.yamlfile import Parsed
from .indicators.load import load_indicators
from .progress.load import load_progress
from .site import pagemeta, pictures, twins
from .site.bundle import Asset, Bundle, Page
from .site.catalogues import check_wording, site_catalogue
from .site.drawing import BackgroundDrawer, Drawer
from .site.inputs import Inputs
from .site.render import render
from .site.templating import environment
from .site.templating import packaged_theme as packaged_theme  # public here: cli, plugin, tests
from .translation import marks
from .translation.exchange import Site
from .translation.languages import Language, known_to_babel, language_name
from .translation.overlay import relabel, translated_content
from .translation.segments import Segment, extract
from .translation.status import check_translations
from .translation.store import read_store, store_path

PICTOGRAMS = Path("easy-read") / "pictograms.yaml"  # in the theme: the generator's, not readers'


@dataclass(frozen=True)
class Project:
    content_dir: Path
    data_dir: Path
    theme_dir: Path           # Material custom_dir: overrides, page templates, pictograms
    site_url: str = ""
    cache_dir: Path | None = None  # rendered charts and analyses; None: no cache
    primary: str = "custom"        # mkdocs.yml theme.palette.primary
    primary_colour: str = ""       # the plugin's primary_colour, used when primary is custom
    overrides_dir: Path | None = None  # the site's own theme.custom_dir: its files win
    root: Path | None = None  # the project folder (mkdocs.yml's); None: content_dir's parent
    site_name: str = ""            # mkdocs.yml site_name
    copyright: str = ""            # mkdocs.yml copyright (the footer's line)
    language: str = "en"           # the site's own language: theme.language (en-GB)
    languages: tuple[Language, ...] = ()  # the plugin's `languages:`, checked
    # Mistakes in the settings (such as `languages:`), reported with the content's problems.
    settings_problems: tuple[Problem, ...] = ()

    @property
    def folder(self) -> Path:
        """The project folder: sources of pages are named relative to it, as git names them."""
        return self.root if self.root is not None else self.content_dir.parent

    @property
    def templates_dirs(self) -> list[Path]:
        """Where page templates are looked for, first match wins: the site's own, then ours."""
        return [d / "plainsight" for d in self._theme_dirs()]

    @property
    def pictograms_file(self) -> Path:
        """The site's own list of pictograms if it has one, else the packaged list."""
        found = [d / PICTOGRAMS for d in self._theme_dirs() if (d / PICTOGRAMS).is_file()]
        return found[0] if found else self.theme_dir / PICTOGRAMS

    def interface_catalogues(self, language: str) -> tuple[Path, ...]:
        """The site's own translations of the package's wording into `language`, if any
        (content/translations/interface/<code>.po; its entries win over the package's)."""
        path = site_catalogue(self.content_dir, language)
        return (path,) if path.is_file() else ()

    def own_words(self, title: str = "") -> tuple[str, ...]:
        """The words of mkdocs.yml a reader sees, which each language translates in the
        site's catalogue: the site's name (unless it is the strategy's `title`, translated
        with the content) and the copyright line."""
        return tuple(w for w in (self.site_name if self.site_name != title else "",
                                 self.copyright) if w.strip())

    @property
    def translation_site(self) -> Site:
        """The site as the translation commands see it: its XLIFF `original` is its address,
        or its name when it has none."""
        return Site(self.folder, self.content_dir, self.site_url or self.site_name,
                    self.language, self.languages)

    def _theme_dirs(self) -> list[Path]:
        return [*([self.overrides_dir] if self.overrides_dir else []), self.theme_dir]


def read(project: Project, cache: Cache, problems: Problems | None = None,
         strict: bool = True) -> Inputs:
    """Load and check everything; raises ContentError listing every problem found (not
    strict: only when the strategy cannot be read; the others stay in `problems`)."""
    problems = Problems() if problems is None else problems
    problems.extend(project.settings_problems)
    check_primary(project.primary, project.primary_colour, problems)
    strategy = load_strategy(project.content_dir, problems)
    pictograms = load_pictograms(project.pictograms_file, pictures.ICONS, problems)
    easy = load_easy_read(project.content_dir, pictograms, problems)
    statement = load_statement(project.content_dir, problems)
    results = load_consultation(project.content_dir, project.data_dir, cache, problems)
    report = load_report(project.content_dir, strategy, problems)
    check_agreement_blocks(easy, results, problems)
    indicators = load_indicators(project.data_dir, project.content_dir,
                                 set(strategy.sections) if strategy else None, problems)
    if strategy is None:  # progress is checked against the plan: it needs the strategy
        problems.raise_if_any()
        raise AssertionError("a strategy that cannot be read always comes with its problems")
    order = urls.twin_reading_order([*strategy.document.sections,
                                     *(g.id for g in strategy.groups)])
    progress = load_progress(project.content_dir, project.data_dir, strategy, problems)
    inputs = Inputs(strategy, in_reading_order(easy, order), pictograms, statement, results,
                    report, indicators, progress)
    check_twins(inputs.easy_read, twins.available(inputs), problems)
    if project.languages:  # a `complete` language needs every text translated, and current
        check_translations(project.folder, project.content_dir, project.languages, problems)
        check_wording(project.folder, project.content_dir, project.languages, problems,
                      project.own_words(strategy.document.title))
    if strict:
        problems.raise_if_any()
    return inputs


def check(project: Project) -> list[Problem]:
    """Validate content and data without rendering; raises ContentError. Returns the notes."""
    problems = Problems()
    read(project, Cache(project.cache_dir), problems)
    return problems.notes + unused_templates(project)


def unused_templates(project: Project) -> list[Problem]:
    """A site's own copy of a page template the package no longer has: nothing reads it, so
    its wording would be lost without a word (templates are replaced, never merged)."""
    if project.overrides_dir is None:
        return []
    ours = {p.name for p in (project.theme_dir / "plainsight").glob("*")}
    theirs = project.overrides_dir / "plainsight"
    return [Problem(str(p.relative_to(project.folder) if p.is_relative_to(project.folder)
                        else p),
                    "Plainsight no longer uses this template, so its wording is not shown",
                    hint="see CHANGELOG.md for where its words went, move your changes "
                         "there and delete this file")
            for p in sorted(theirs.glob("*")) if p.suffix in (".md", ".html")
            and p.name not in ours]


def generate(project: Project, meanwhile: bool = False, language: str | None = None) -> Bundle:
    """Read and check, then render the whole site into a Bundle. With `meanwhile`, charts
    that are not in the cache are drawn in the background while the caller goes on (the
    plugin: MkDocs converts the other pages meanwhile), and pages hold placeholders until
    Bundle.fill; without it, every page is final. `language`: None for the site's own,
    else the package's wording in that language (the content stays as it is)."""
    cache = Cache(project.cache_dir)
    inputs = read(project, cache)
    drawer = BackgroundDrawer(cache) if meanwhile else Drawer(cache)
    try:
        bundle = render(inputs, project.templates_dirs, project.site_url, drawer, language,
                        project.interface_catalogues(language) if language else ())
    finally:
        drawer.close()
    return pagemeta.describe(bundle, project.folder)


@dataclass(frozen=True)
class Translated:
    """The site in one of its other languages: its pages, with the texts still in the
    original language marked (translation/marks.py), and which pages hold any."""

    language: Language
    bundle: Bundle
    marks: tuple[marks.Mark, ...]
    untranslated: frozenset[str]  # sources of pages (delivery-plan/a-1.md) with marked text
    # What the checks found in the translated text (an easy-read sentence of 17 words):
    # the original passed them, so these are for the translator, not a reason to stop.
    warnings: tuple[Problem, ...] = ()
    # The strategy's title in the original, and in the language (marked if untranslated):
    # the site's name in the header is the title's, in the language, when they are the same.
    original_title: str = ""
    title: str = ""


def generate_edition(project: Project, language: Language,
                     meanwhile: bool = False) -> Translated:
    """The content read again with each current translation in place (a copy of content/
    made by translation/overlay.py, checked by the same loaders), rendered with the
    templates in `language`. Texts without a current translation keep the original, marked;
    each page holding one starts with a notice in the reader's language (_language_words)."""
    problems = Problems()
    documents: dict[str, Parsed] = {}
    segments = extract(project.folder, project.content_dir, problems, documents)
    path = store_path(project.content_dir, language.code)
    entries = read_store(path, _shown(path, project.folder), problems)
    problems.raise_if_any()
    catalogues = project.interface_catalogues(language.code)
    words = environment(project.templates_dirs, language.code, catalogues).get_template(
        "_language_words.md").module
    original = language_name(project.language, language.code)
    if not known_to_babel(language.code):  # the name is the original language's own, marked
        original = marks.original(original)
    history = History.read(project.folder)

    def note(segment: Segment) -> str:
        day = history.updated([segment.file])
        return str(words.stale(original, day) if day else words.stale_undated(original))

    cache = Cache(project.cache_dir)
    folder = Path(tempfile.mkdtemp(prefix=f"plainsight-{language.code}-"))
    found = Problems()
    try:
        overlay = translated_content(project.folder, project.content_dir, folder, segments,
                                     entries, note, documents)
        inputs = read(replace(project, content_dir=overlay.content_dir, languages=(),
                              settings_problems=()), cache, found, strict=False)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    inputs = replace(inputs, results=relabel(inputs.results, overlay.labels))
    drawer = BackgroundDrawer(cache) if meanwhile else Drawer(cache)
    try:
        bundle = render(inputs, project.templates_dirs, project.site_url, drawer,
                        language.code, catalogues)
    finally:
        drawer.close()

    def real(made: Path) -> Path:  # the copy's files stand for the content's own
        return project.content_dir / made.relative_to(overlay.content_dir) \
            if made.is_relative_to(overlay.content_dir) else made

    bundle.pages = [replace(p, made_from=tuple(real(m) for m in p.made_from))
                    for p in bundle.pages]
    bundle = pagemeta.describe(bundle, project.folder)
    contact = inputs.statement.contact if inputs.statement else None
    untranslated = frozenset(p.src for p in bundle.pages if marks.has_marks(p.markdown))
    notice = {src: str(words.notice(language.name, original, contact,
                                    urls.relative(src, urls.ACCESSIBILITY)))
              for src in untranslated}
    bundle.pages = [replace(p, title=marks.strip(p.title),
                            description=marks.strip(p.description),
                            markdown=_with_notice(p.markdown, notice.get(p.src)))
                    for p in bundle.pages]
    bundle.assets = [Asset(a.src, marks.strip(a.content.decode("utf-8")).encode("utf-8"))
                     if marks.START.encode("utf-8") in a.content else a for a in bundle.assets]
    name = f"{language.name} ({language.code})"
    warnings = tuple(replace(w, message=f"in {name}: {marks.strip(w.message)}")
                     for w in found.items)
    title_id = f"{_shown(project.content_dir / 'strategy.yaml', project.folder)}#/title"
    original_title = next((s.source for s in segments if s.id == title_id), "")
    return Translated(language, bundle, overlay.marks, untranslated, warnings, original_title,
                      inputs.strategy.document.title)


_H1 = re.compile(r"^# .*$", re.M)


def _with_notice(markdown: str, notice: str | None) -> str:
    """The notice after the page's title (at its top when it has no `# ` title)."""
    if not notice:
        return markdown
    title = _H1.search(markdown)
    at = title.end() if title else 0
    return f"{markdown[:at]}\n\n{notice}\n\n{markdown[at:].lstrip(chr(10))}"


def _shown(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)


def error_bundle(error: ContentError) -> Bundle:
    """The site while content has problems (during `serve`): one page that lists them."""
    items = "\n".join(
        f'<li><strong>{html.escape(p.where())}</strong>: {html.escape(p.message)}'
        + (f" (expected {html.escape(p.expected)})" if p.expected else "")
        + (f"<br>Hint: {html.escape(p.hint)}" if p.hint else "") + "</li>"
        for p in error.problems)
    count = len(error.problems)
    markdown = (f"# The site cannot be built\n\n<p>{count} problem{'s' if count != 1 else ''} "
                "found. Fix the files below and save: this page updates by itself.</p>\n\n"
                f'<ul class="ps-problems">\n{items}\n</ul>\n')
    return Bundle(pages=[Page(urls.HOME, "The site cannot be built", markdown)],
                  nav=[{"Problems": urls.HOME}])
