"""The thin MkDocs plugin: MkDocs is only the last step of the pipeline.

One handler per MkDocs event, each saying what it adds. The generator's stages (content,
consultation, site) know nothing of MkDocs; this file only hands the rendered Bundle over.

Public API: PlainsightPlugin (registered as the `plainsight` MkDocs plugin), valid_html().
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from .core.problems import ContentError
from .pipeline import Project, generate
from .site.bundle import Bundle

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


class PlainsightPlugin(BasePlugin[PlainsightConfig]):
    bundle: Bundle | None = None

    def _project(self, config: MkDocsConfig) -> Project:
        root = Path(config.config_file_path).parent
        custom_dir = config.theme.custom_dir
        if not custom_dir:
            raise PluginError("plainsight: set theme.custom_dir to the project's theme/ folder")
        return Project(root / self.config.content_dir, root / self.config.data_dir,
                       Path(custom_dir), config.site_url or "",
                       root / self.config.cache_dir if self.config.cache_dir else None)

    # on_config: load, check and render everything; a content problem stops the build with
    # the list of problems (no traceback), before MkDocs writes anything.
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        try:
            self.bundle = generate(self._project(config))
        except ContentError as err:
            raise PluginError(err.report()) from None
        config.nav = self.bundle.nav
        config.extra["plainsight_footer"] = self.bundle.footer  # read by partials/copyright.html
        for name in REQUIRED_EXTENSIONS:
            if name not in config.markdown_extensions:
                config.markdown_extensions.append(name)
        return config

    # on_files: add the generated pages and files as if they were in docs_dir.
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        assert self.bundle is not None
        for page in self.bundle.pages:
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, page.src, content=page.markdown,
                                        inclusion=inclusion))
        for asset in self.bundle.assets:
            files.append(File.generated(config, asset.src, content=asset.content))
        return files

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
