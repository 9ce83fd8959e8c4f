"""The translations of one language: content/translations/<code>.po, a gettext PO file.

Public API:

    Entry(source, target)              what was translated (msgid) and its translation
    store_path(content_dir, code) -> Path
    read_store(path, name, problems) -> dict[segment id, Entry]    ({} when there is none)
    write_store(path, entries, language)   (sorted by id; the same entries give the same bytes)

Each message: `msgctxt` the segment id, `msgid` the source text that was translated,
`msgstr` the translation, and an automatic comment `source-hash: <hash of msgid>`. Read and
written with Babel; any PO editor (Poedit, Weblate) can open the file.
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileError, read_po, write_po

from ..core.problems import Problems
from .languages import Language
from .segments import id_order, source_hash

FOLDER = "translations"


@dataclass(frozen=True)
class Entry:
    source: str   # the source text that was translated
    target: str   # its translation


def store_path(content_dir: Path, code: str) -> Path:
    return content_dir / FOLDER / f"{code}.po"


def read_store(path: Path, name: str, problems: Problems) -> dict[str, Entry]:
    """The stored translations by segment id; a file that cannot be read is a problem."""
    if not path.is_file():
        return {}
    try:
        catalog = read_po(io.BytesIO(path.read_bytes()), abort_invalid=True)
    except (PoFileError, UnicodeDecodeError, ValueError) as err:
        problems.add(name, f"the translations file cannot be read: {err}",
                     hint="restore it from version control, or fix it in a PO editor")
        return {}
    entries: dict[str, Entry] = {}
    for message in catalog:
        if not message.id or not message.context or not isinstance(message.id, str):
            continue
        target = message.string if isinstance(message.string, str) else ""
        if target and not message.fuzzy:
            entries[message.context] = Entry(message.id, target)
    return entries


def _header(language: Language) -> bytes:
    return (f"# Translations of the site's content into {language.name} ({language.code}).\n"
            "# Written by `plainsight translate import`; one message per segment:\n"
            "# msgctxt is the segment id (file#/field), msgid the source text translated.\n"
            'msgid ""\nmsgstr ""\n'
            f'"Language: {language.code}\\n"\n'
            '"MIME-Version: 1.0\\n"\n'
            '"Content-Type: text/plain; charset=UTF-8\\n"\n'
            '"Content-Transfer-Encoding: 8bit\\n"\n\n').encode()


def render_store(entries: dict[str, Entry], language: Language) -> bytes:
    catalog = Catalog(fuzzy=False)
    for segment in sorted(entries, key=id_order):
        entry = entries[segment]
        message = catalog.add(entry.source, entry.target, context=segment,
                              auto_comments=[f"source-hash: {source_hash(entry.source)}"])
        if message is not None:
            message.flags.discard("python-format")  # "80% of" is text, not a format
    out = io.BytesIO()
    write_po(out, catalog, width=76, omit_header=True)
    return _header(language) + out.getvalue().lstrip(b"\n")


def write_store(path: Path, entries: dict[str, Entry], language: Language) -> None:
    """Write all at once: a reader never sees half a file."""
    data = render_store(entries, language)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
