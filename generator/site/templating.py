"""The Jinja2 environment the page templates (theme/plainsight/) are rendered in.

Public API:

    environment(templates_dirs, language=None, catalogues=()) -> Environment
    install_translations(env, language, catalogues=())   (also for MkDocs' own environment)
    easy_html(sentence) -> str

`language`: None for the site's own language; another language's code translates the
package's wording (gettext) and formats dates and numbers as Babel (CLDR) writes them in it.

Templates write Markdown for MkDocs; the filters here are the only helpers they have:
links relative to the page, "See D.4.1" turned into links, table cells, numbers, and
the class of each column of a data table (column_classes: numbers, short figures).

The package's own wording in the templates is gettext messages (jinja2.ext.i18n, newstyle:
`_("%(n)s people", n=n)`, `ngettext`, `{% trans %}`), extracted into
generator/locale/plainsight.pot (`make pot`). `language` None is the site's own language:
the templates' words as written. Any other language reads the package's catalogue for it and
then a site's own (site/catalogues.py); what neither translates stays as written.
`env.plainsight_translations` names the catalogues read (empty for none), for cache keys.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from babel.core import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_decimal
from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context
from slugify import slugify

from ..content.easyread import sentences
from ..core import refs, urls
from ..translation import marks
from . import catalogues as catalogues_
from .tables import column_classes


def packaged_theme() -> Path:
    """The theme installed inside the package (plainsight_strategy/theme in a wheel); in a
    source checkout or an editable install, theme/ beside the package."""
    here = Path(__file__).resolve().parents[1]
    installed = here / "theme"
    return installed if (installed / "main.html").exists() else here.parent / "theme"


def environment(templates_dirs: Sequence[Path], language: str | None = None,
                catalogues: Sequence[Path] = ()) -> Environment:
    """Templates write Markdown, so no HTML autoescaping; templates escape HTML with |e. A
    template is taken from the first folder that has it (a site's own, then the package's).
    `language`: None for the site's own; else the wording is translated (`catalogues`: a
    site's own .po files for it) and dates and numbers are written in it."""
    env = Environment(loader=FileSystemLoader(list(templates_dirs)), autoescape=False,
                      undefined=StrictUndefined, keep_trailing_newline=True,
                      trim_blocks=True, lstrip_blocks=True, extensions=["jinja2.ext.i18n"])
    install_translations(env, language, catalogues)
    env.globals.update(paths=urls, link=_link, href=_href, slug=refs.slug,
                       column_classes=column_classes)
    env.filters.update(longdate=_longdate(language), month=_month(language),
                       linkrefs=_link_refs,
                       cell=_table_cell, term_id=_term_id,
                       sentences=sentences, demote=_demote,
                       number=_number(language), upfirst=lambda t: marks.upfirst(str(t)),
                       plain=lambda t: marks.strip(str(t)))  # without marks: its last letter
    return env


def install_translations(env: Environment, language: str | None,
                         catalogues: Sequence[Path] = ()) -> None:
    """gettext in `env` for `language` (newstyle; None: the words as written)."""
    env.add_extension("jinja2.ext.i18n")
    found, key = catalogues_.translations(language, catalogues)
    if language is None:
        env.install_null_translations(newstyle=True)  # type: ignore[attr-defined]
    else:  # a message with no translation is marked as the original's words
        marking = catalogues_.Marking(found)
        env.install_gettext_callables(  # type: ignore[attr-defined]
            marking.gettext, marking.ngettext, newstyle=True)
    env.plainsight_translations = key  # type: ignore[attr-defined]


def _month(language: str | None) -> Any:
    """A date's month on its own ("February"), as the language names it (easy read says no
    year: no big numbers in digits)."""
    locale = _locale(language)
    if locale is None:
        mark = marks.original if language else str
        return lambda d: mark(f"{d:%B}")
    return lambda d: format_date(d, "LLLL", locale=locale)


@pass_context
def _link(context: Any, target: str) -> str:
    return urls.relative(context["src"], target)


@pass_context
def _href(context: Any, target: str) -> str:
    """A URL relative to the current page, for raw HTML (where MkDocs rewrites no links)."""
    target_path, _, anchor = target.partition("#")
    here, there = urls.url(context["src"]), urls.url(target_path)
    relative = posixpath.relpath(there, here)
    if relative == ".":
        relative = "./"
    elif there.endswith("/"):
        relative += "/"
    return relative + (f"#{anchor}" if anchor else "")


def _locale(language: str | None) -> Locale | None:
    try:
        return Locale.parse(language.replace("-", "_")) if language else None
    except (ValueError, UnknownLocaleError):
        return None


def _longdate(language: str | None) -> Any:
    """"24 February 2022"; in another language as Babel (CLDR) writes it, where it can."""
    locale = _locale(language)
    if locale is None:  # in a language Babel does not know, the original's, marked so
        mark = marks.original if language else str
        return lambda d: mark(f"{d.day} {d:%B %Y}")
    return lambda d: format_date(d, "d MMMM y", locale=locale)


def long_date(day: date, language: str | None) -> str:
    """One date as `longdate` writes it in the language ("Last updated", in the theme)."""
    return str(_longdate(language)(day))


def _number(language: str | None) -> Any:
    """Table cells: counts as they are, percentages with one decimal, nothing for None; in
    another language with its decimal sign (Babel)."""
    locale = _locale(language)

    def number(value: object) -> str:
        if value is None:
            return ""
        if locale is not None and isinstance(value, (int, float)) and not isinstance(value,
                                                                                      bool):
            return format_decimal(value, "0.0" if isinstance(value, float) else "0",
                                  locale=locale)
        if isinstance(value, float):
            return f"{value:.1f}"
        return html.escape(str(value))
    return number


@pass_context
def _link_refs(context: Any, text: str) -> str:
    """'See D.4.1' -> 'See [D.4.1](d-4.md#d-4-1)': cross references become links."""
    def replace(match: re.Match[str]) -> str:
        ref = match.group(1)
        if ref not in context["known_refs"]:
            return ref
        return f"[{ref}]({urls.relative(context['src'], urls.ref_target(ref))})"
    return refs.IN_TEXT.sub(replace, text)


def _demote(markdown: str, levels: int) -> str:
    """Push Markdown headings down, so free text nests under the print edition's headings."""
    return re.sub(r"^(#{1,6}) ", lambda m: "#" * min(6, len(m.group(1)) + levels) + " ",
                  markdown, flags=re.MULTILINE)


def _table_cell(text: str) -> str:
    """Text safe inside a Markdown table cell: one line, pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def _term_id(term: str) -> str:
    return slugify(term)


def easy_html(sentence: str) -> str:
    """Escape a sentence and show its **hard words** in bold (the only markup easy read uses)."""
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", html.escape(sentence))
