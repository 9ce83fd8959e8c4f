"""The package's own page wording in other languages: gettext catalogues read with Babel.

Public API:

    DOMAIN, LOCALE_DIR, TEMPLATE      plainsight, generator/locale/, its plainsight.pot
    package_catalogue(language) -> Path | None   generator/locale/<lang>/LC_MESSAGES/plainsight.po
    site_catalogue(content_dir, language) -> Path    content/translations/interface/<code>.po
    translations(language, catalogues=()) -> (Translations | None, key)
        the package's catalogue for the language, then each of `catalogues` (a site's own:
        its entries win); None when there is none; `key` names what was read, for cache keys
    unusable(path) -> list[str]       the messages of a catalogue that would break a page

Catalogues are kept as .po files and compiled in memory when a site is built (no .mo files in
the repository or the wheel: a compiled file could silently fall out of step with its .po,
and a site's own catalogue is edited in a PO editor and used as it is saved). Fuzzy entries
are left out, as msgfmt leaves them out. A translation whose placeholders (`%(name)s`) are
not the message's would stop the page it is on, so it is left out too (`unusable` names it).
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Sequence
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

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


def unusable(path: Path) -> list[str]:
    """The msgids whose translation would break the page: unknown placeholders, a lone %."""
    catalog, _ = _read(path)
    return [str(m.id if isinstance(m.id, str) else m.id[0])
            for m in catalog if m.id and m.string and not _fits(m)]


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
        if message.id and message.string and _fits(message) and not message.fuzzy:
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
