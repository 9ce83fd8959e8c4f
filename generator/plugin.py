"""The thin MkDocs plugin: MkDocs is only the last step of the pipeline.

One handler per MkDocs event, each saying what it adds. The generator's stages (content,
consultation, site) know nothing of MkDocs; this file only hands the rendered Bundle over.
It runs unchanged under ProperDocs, which maps `mkdocs.*` imports onto its own modules.

The theme ships inside the package: the plugin puts it in front of Material's templates and
behind the site's own `theme.custom_dir`, so a site needs no theme folder and may still
override any template.

Public API: PlainsightPlugin (registered as the `plainsight` MkDocs plugin), valid_html().
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from .core.history import History, shown
from .core.problems import ContentError, Problems
from .pipeline import PICTOGRAMS, Project, error_bundle, generate, packaged_theme
from .site.bundle import Bundle, Page
from .site.drawing import DrawingFailed
from .site.tables import TablesExtension
from .site.templating import install_translations
from .translation.languages import parse_languages

_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input [^>]*type="checkbox"[^>]*?) autocomplete="off"')
_TOC_LABEL = re.compile(r'<label class="md-nav__title" for="__toc">(.*?)</label>', re.S)


def valid_html(output: str) -> str:
    """Two fixes to Material's markup that the Nu HTML Checker reports as errors:
    its hidden checkbox toggles carry autocomplete="off" (allowed only on text-like inputs),
    and on pages without a "__toc" toggle the contents title is a <label> for nothing."""
    output = _CHECKBOX_AUTOCOMPLETE.sub(r"\1", output)
    if 'id="__toc"' not in output:
        output = _TOC_LABEL.sub(r'<div class="md-nav__title">\1</div>', output)
    return output

# Markdown features the generated pages rely on.
REQUIRED_EXTENSIONS = ("abbr", "attr_list", "def_list", "md_in_html", "tables", "toc")


class PlainsightConfig(base.Config):
    content_dir = c.Type(str, default="content")
    data_dir = c.Type(str, default="data")
    # Rendered charts and analyses, reused while their inputs are unchanged; "" turns it off.
    cache_dir = c.Type(str, default=".cache/plainsight")
    # Branding: the header colour when theme.palette.primary is "custom" (a hex colour), and
    # the picture shown when a page is shared (a file in docs_dir, e.g. images/share.png).
    primary_colour = c.Type(str, default="")
    image = c.Type(str, default="")
    # Other languages: [{code: cy, name: Cymraeg, mode: complete}, ...] (translation/).
    # Checked in project_of, so that a mistake is listed with the content's problems.
    languages = c.Type(list, default=[])


def primary_of(config: MkDocsConfig) -> str:
    """theme.palette.primary: Material takes one palette or a list of them (scheme toggle)."""
    palette = config.theme.get("palette") or {}
    first = palette[0] if isinstance(palette, list) and palette else palette
    return str(first.get("primary", "custom")) if isinstance(first, dict) else "custom"


def project_of(config: MkDocsConfig, options: PlainsightConfig) -> Project:
    """The project a MkDocs configuration describes (also used by `plainsight check`)."""
    root = Path(config.config_file_path).parent
    language = str(config.theme.get("language") or "en")
    problems = Problems()
    languages = parse_languages(options.languages, language, problems,
                                Path(config.config_file_path).name)
    return Project(root / options.content_dir, root / options.data_dir, packaged_theme(),
                   config.site_url or "",
                   root / options.cache_dir if options.cache_dir else None,
                   primary=primary_of(config), primary_colour=options.primary_colour,
                   overrides_dir=Path(config.theme.custom_dir) if config.theme.custom_dir
                   else None, root=root, site_name=config.site_name or "", language=language,
                   languages=languages, settings_problems=tuple(problems))


def layer_theme(config: MkDocsConfig) -> None:
    """Packaged theme after the site's custom_dir (its overrides win), before Material."""
    theme = str(packaged_theme())
    dirs = config.theme.dirs
    if theme in dirs or any(Path(d).resolve() == Path(theme) for d in dirs):
        return
    dirs.insert(1 if config.theme.custom_dir else 0, theme)


class PlainsightPlugin(BasePlugin[PlainsightConfig]):
    def __init__(self) -> None:
        super().__init__()
        self.bundle: Bundle | None = None
        self.serving = False
        self.history = History()
        self.pages: dict[str, Page] = {}

    # on_startup: remember `serve`, where a content problem becomes a page, not a stop.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    # on_config: load, check and render everything; a content problem stops the build with
    # the list of problems (no traceback), before MkDocs writes anything. During `serve` the
    # site becomes one page listing the problems, until the files are fixed. It runs before
    # the other plugins' on_config (Material's search reads the theme's templates there).
    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        layer_theme(config)
        project = project_of(config, self.config)
        try:
            self.bundle = generate(project, meanwhile=True)
        except ContentError as err:
            if not self.serving:
                raise PluginError(err.report()) from None
            self.bundle = error_bundle(err)
            config.extra["plainsight_problems"] = [(p.where(), p.message) for p in err.problems]
        self.pages = {page.src: page for page in self.bundle.pages}
        self.history = History.read(Path(config.config_file_path).parent)
        config.nav = self.bundle.nav
        config.extra["plainsight_footer"] = self.bundle.footer  # read by partials/copyright.html
        if project.primary == "custom" and project.primary_colour:
            config.extra["plainsight_primary"] = project.primary_colour  # read by main.html
        if self.bundle.links:  # the site's feeds, announced in every page's head by main.html
            config.extra["plainsight_links"] = [(k.type, k.title, k.href)
                                                for k in self.bundle.links]
        if self.config.image and config.site_url:
            config.extra["plainsight_image"] = urljoin(config.site_url, self.config.image)
        for name in REQUIRED_EXTENSIONS:
            if name not in config.markdown_extensions:
                config.markdown_extensions.append(name)
        # Markdown tables marked up like the templates' tables (site/tables.py)
        if not any(isinstance(e, TablesExtension) for e in config.markdown_extensions):
            config.markdown_extensions.append(TablesExtension())
        return config

    # on_env: the theme's own words (main.html, 404.html, partials/) are gettext messages like
    # the page templates'; MkDocs' environment gets the same translations (here the site's
    # own language: the words as written).
    def on_env(self, env, config: MkDocsConfig, files: Files):  # type: ignore[no-untyped-def]
        install_translations(env, None)
        return env

    # on_files: add the generated pages and files as if they were in docs_dir, and leave out
    # the theme's list of pictograms (read by the generator; MkDocs would publish it).
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        assert self.bundle is not None
        pictograms = files.get_file_from_path(PICTOGRAMS.as_posix())
        if pictograms is not None and pictograms.src_dir in config.theme.dirs:
            files.remove(pictograms)
        for page in self.bundle.pages:
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, page.src, content=page.markdown,
                                        inclusion=inclusion))
        for asset in self.bundle.assets:
            files.append(File.generated(config, asset.src, content=asset.content))
        return files

    # on_page_markdown: the page's charts (drawn while MkDocs read the pages before it; see
    # site/drawing.py), its description, "Last updated" from git and the feeds of what it is
    # about (both read by main.html).
    def on_page_markdown(self, markdown: str, page, config: MkDocsConfig, files: Files) -> str:  # type: ignore[no-untyped-def]
        made = self.pages.get(page.file.src_uri)
        if made is not None:
            assert self.bundle is not None
            try:
                markdown = self.bundle.fill(markdown)
            except DrawingFailed as err:  # the build stops with the reason, not a traceback
                raise PluginError(f"{page.file.src_uri}: {err}") from None
            if made.description and not page.meta.get("description"):
                page.meta["description"] = html.escape(html.unescape(made.description))
            day = self.history.updated(made.sources)
            if day is not None:
                page.meta["plainsight_updated"] = (day.isoformat(), shown(day))
            if made.links:
                page.meta["plainsight_links"] = [(k.type, k.title, k.href) for k in made.links]
        return markdown

    # on_post_page and on_post_template (404.html): keep every page valid HTML; see valid_html.
    def on_post_page(self, output: str, page, config: MkDocsConfig) -> str:  # type: ignore[no-untyped-def]
        return valid_html(output)

    def on_post_template(self, output: str, template_name: str, config: MkDocsConfig) -> str:
        return valid_html(output)

    # on_serve: `mkdocs serve` also rebuilds when content/ or data/ change.
    def on_serve(self, server, config: MkDocsConfig, builder):  # type: ignore[no-untyped-def]
        for folder in (self.config.content_dir, self.config.data_dir):
            path = Path(config.config_file_path).parent / folder
            if path.exists():
                server.watch(str(path))
        return server
