"""The package's own page wording in other languages: gettext catalogues read with Babel.

Public API:

    DOMAIN, LOCALE_DIR, TEMPLATE      plainsight, generator/locale/, its plainsight.pot
    package_catalogue(language) -> Path | None   generator/locale/<lang>/LC_MESSAGES/plainsight.po
    site_catalogue(content_dir, language) -> Path    content/translations/interface/<code>.po
    translations(language, catalogues=()) -> (Translations | None, key)
        the package's catalogue for the language, then each of `catalogues` (a site's own:
        its entries win); None when there is none; `key` names what was read, for cache keys
    unusable(path) -> list[str]       the messages of a catalogue that would break a page
    Marking(found)                    gettext and ngettext that give a message with no
                                      translation marked as the original (translation/marks)
    missing(language, catalogues=()) -> list[str]
                                      the template's messages with no usable translation
    check_wording(root, content_dir, languages, problems)
                                      a `complete` language's missing messages, as problems
    messages() -> int                 how many messages the template has
    prepare(path, language) -> (messages, translated)
                                      a site's catalogue made, or brought up to date, from
                                      the template (`plainsight translate wording`)

Catalogues are kept as .po files and compiled in memory when a site is built (no .mo files in
the repository or the wheel: a compiled file could silently fall out of step with its .po,
and a site's own catalogue is edited in a PO editor and used as it is saved). Fuzzy entries
are left out, as msgfmt leaves them out. A translation whose placeholders (`%(name)s`) are
not the message's would stop the page it is on, so it is left out too (`unusable` names it).

In another language a message with no translation is shown as written, marked (`Marking`):
the page then says which of its words are still English, as it does for the content.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Sequence
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from babel.support import Translations

from ..core.problems import Problem, Problems
from ..translation import marks
from ..translation.languages import Language

DOMAIN = "plainsight"
LOCALE_DIR = Path(__file__).resolve().parents[1] / "locale"
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"
SITE_FOLDER = Path("translations") / "interface"
_PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")
_COMPILED: dict[tuple[str, int, int], tuple[Catalog, bytes]] = {}


def package_catalogue(language: str) -> Path | None:
    """The package's catalogue for `language` (cy, pt-BR: pt_BR, then pt), if it ships one."""
    code = language.replace("-", "_")
    for name in dict.fromkeys((code, code.split("_")[0])):
        path = LOCALE_DIR / name / "LC_MESSAGES" / f"{DOMAIN}.po"
        if path.is_file():
            return path
    return None


def site_catalogue(content_dir: Path, language: str) -> Path:
    """Where a site keeps its own translations of the package's wording for `language`."""
    return content_dir / SITE_FOLDER / f"{language}.po"


def translations(language: str | None,
                 catalogues: Sequence[Path] = ()) -> tuple[Translations | None, str]:
    """The package's catalogue for the language, then the given ones, later entries winning."""
    if language is None:
        return None, ""
    ours = package_catalogue(language)
    found = [p for p in ([ours] if ours else []) + list(catalogues) if p.is_file()]
    if not found:
        return None, language
    merged: Translations | None = None
    digest = hashlib.sha256(language.encode())
    for path in found:
        catalog, data = _read(path)
        digest.update(data)
        buffer = io.BytesIO()
        write_mo(buffer, _usable(catalog))
        buffer.seek(0)
        loaded = Translations(buffer, domain=DOMAIN)
        merged = loaded if merged is None else merged.merge(loaded)
    return merged, f"{language}:{digest.hexdigest()[:16]}"


class Marking:
    """gettext for a language: a message's translation, or the message marked as the
    original's words when the catalogues have none (fuzzy and unusable ones are left out)."""

    def __init__(self, found: Translations | None):
        self._found = found
        self._catalog: dict[object, str] = getattr(found, "_catalog", {})

    def gettext(self, message: str) -> str:
        if message in self._catalog:
            return self._found.gettext(message)  # type: ignore[union-attr]
        return marks.words(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        if (singular, 0) in self._catalog:
            return self._found.ngettext(singular, plural, count)  # type: ignore[union-attr]
        return marks.words(singular if count == 1 else plural)


def missing(language: str, catalogues: Sequence[Path] = (), own: Sequence[str] = ()) -> list[str]:
    """The messages of the shipped template, and the site's `own` words (mkdocs.yml's), that
    the language's catalogues do not translate (a `complete` language may show no English)."""
    found, _ = translations(language, catalogues)
    known: dict[object, str] = getattr(found, "_catalog", {})
    template, _ = _read(TEMPLATE)
    return [_msgid(m) for m in template
            if m.id and (m.id if isinstance(m.id, str) else (m.id[0], 0)) not in known] + [
        words for words in own if words not in known]


def check_wording(root: Path, content_dir: Path, languages: Sequence[Language],
                  problems: Problems, own: Sequence[str] = ()) -> None:
    """Each message of the package's wording, and of the site's `own` words in mkdocs.yml,
    that a `complete` language has no translation of, named, then what to do."""
    for language in languages:
        if not language.complete:
            continue
        path = site_catalogue(content_dir, language.code)
        left = missing(language.code, (path,) if path.is_file() else (), own)
        if not left:
            continue
        shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        name = f"{language.name} ({language.code})"
        for message in left:
            whose = "mkdocs.yml's" if message in own else "the package's wording"
            problems.append(Problem(shown, f"{whose} “{message}” has no {name} translation"))
        problems.append(Problem(
            shown, f"{name} is complete, so the words Plainsight puts on every page need a "
                   f"translation too: {len(left)} of {messages() + len(own)} have none",
            hint=f"plainsight translate wording --lang {language.code} writes {shown} to send "
                 "to the translator; keep what comes back in its place"))


def prepare(path: Path, language: str, own: Sequence[str] = ()) -> tuple[int, int]:
    """The site's catalogue for `language` made from the template and the site's `own` words
    (mkdocs.yml's site_name and copyright), or brought up to date with them (Babel's update:
    translations kept, new messages added empty, changed ones fuzzy for the translator to
    check, old ones kept as obsolete). Returns (messages, translated)."""
    template = read_po(io.BytesIO(TEMPLATE.read_bytes()), domain=DOMAIN)
    for words in own:
        template.add(words, locations=[("mkdocs.yml", 0)],
                     auto_comments=["The site's own words, from mkdocs.yml."])
    if path.is_file():  # read afresh: update() changes it, and _read's copy is shared
        catalog = read_po(io.BytesIO(path.read_bytes()), domain=DOMAIN)
    else:
        catalog = Catalog(locale=_locale(language), domain=DOMAIN, charset="utf-8",
                          project="Plainsight")
    catalog.update(template)
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=90, omit_header=False)
    path.write_bytes(buffer.getvalue())
    messages = [m for m in catalog if m.id]
    return len(messages), sum(1 for m in messages if _translated(m))


def _locale(language: str) -> str | None:
    from babel.core import Locale, UnknownLocaleError
    try:
        return str(Locale.parse(language.replace("-", "_")))
    except (ValueError, UnknownLocaleError):
        return None  # a language Babel does not know: the catalogue still works


def messages() -> int:
    """How many messages the package's wording has (its template's)."""
    return len(_read(TEMPLATE)[0])


def _translated(message) -> bool:  # type: ignore[no-untyped-def]
    """Translated, every plural form too, and not marked fuzzy (for review)."""
    strings = message.string if isinstance(message.string, (tuple, list)) else [message.string]
    return bool(strings) and all(strings) and not message.fuzzy


def _msgid(message) -> str:  # type: ignore[no-untyped-def]
    return str(message.id if isinstance(message.id, str) else message.id[0])


def unusable(path: Path) -> list[str]:
    """The msgids whose translation would break the page: unknown placeholders, a lone %."""
    catalog, _ = _read(path)
    return [_msgid(m) for m in catalog if m.id and m.string and not _fits(m)]


def _read(path: Path) -> tuple[Catalog, bytes]:
    stat = path.stat()
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    if key not in _COMPILED:
        data = path.read_bytes()
        _COMPILED[key] = (read_po(io.BytesIO(data), domain=DOMAIN), data)
    return _COMPILED[key]


def _usable(catalog: Catalog) -> Catalog:
    """The catalogue without the translations that do not fit their message."""
    kept = Catalog(locale=None, domain=DOMAIN, charset="utf-8", fuzzy=False)
    kept.mime_headers = catalog.mime_headers
    for message in catalog:
        if message.id and _translated(message) and _fits(message):
            kept[message.id] = message
    return kept


def _fits(message) -> bool:  # type: ignore[no-untyped-def]
    """Each translation formats with the message's own placeholders (and count, `num`)."""
    ids = [message.id] if isinstance(message.id, str) else list(message.id)
    names = {name: 1 for text in ids for name in _PLACEHOLDER.findall(text)} | {"num": 1}
    strings = [message.string] if isinstance(message.string, str) else list(message.string)
    try:
        for text in strings:
            if text:
                text % names
    except (KeyError, ValueError, TypeError):
        return False
    return True
