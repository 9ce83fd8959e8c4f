"""A pseudo-language for the package's own wording: every message of the shipped catalogue
template (generator/locale/plainsight.pot) accented and in ⟦brackets⟧, its placeholders and
markup kept. `pseudo_catalogue(path)` writes it as a .po file, for the package's catalogue of a
test language (tests/site/test_pseudo_language.py) or a site's own catalogue,
content/translations/interface/<code>.po (tests/browser/test_languages_crawl.py)."""

from __future__ import annotations

import io
import re
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from plainsight_strategy.site.catalogues import TEMPLATE

OPEN, CLOSE = "⟦", "⟧"
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "àƀçďéƒĝĥîĵķĺɱñöþʠŕšţûʋŵхýžÀƁÇĎÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴХÝŽ"
_PSEUDO = str.maketrans(_LETTERS, _ACCENTED)
# What a pseudo-translation keeps as it is: placeholders, HTML tags and entities, Markdown
# link targets and code, addresses.
_KEEP = re.compile(r"%\(\w+\)[sd]|%%|<[^>]*>|&\w+;|\]\((?:%\(\w+\)s|[^)])*\)|`[^`]*`"
                   r"|https?://\S+|mailto:\S+")


def pseudo(message: str) -> str:
    """"Progress" -> "⟦Ƥŕöĝŕéšš⟧"; "[See the results](%(link)s)" keeps its link."""
    out, at = [], 0
    for keep in _KEEP.finditer(message):
        out += [message[at:keep.start()].translate(_PSEUDO), keep.group(0)]
        at = keep.end()
    out.append(message[at:].translate(_PSEUDO))
    return OPEN + "".join(out) + CLOSE


def pseudo_catalogue(target: Path, config: Path | None = None) -> Path:
    """A .po file at `target`: every message of the shipped .pot pseudo-translated (plural
    forms too), and the site's own words of `config` (mkdocs.yml: its name, its copyright
    line); its folders are made."""
    template = read_po(TEMPLATE.open("rb"))
    catalog = Catalog(locale=None, domain="plainsight")
    catalog.mime_headers = [*template.mime_headers]
    for message in template:
        if not message.id:
            continue
        if isinstance(message.id, str):
            catalog.add(message.id, pseudo(message.id))
        else:
            catalog.add(message.id, tuple(pseudo(t) for t in message.id))
    for words in own_words(config) if config else ():
        catalog.add(words, pseudo(words))
    buffer = io.BytesIO()
    write_po(buffer, catalog)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(buffer.getvalue())
    return target


def own_words(config: Path) -> tuple[str, ...]:
    """The words of a site's mkdocs.yml its languages translate (Project.own_words)."""
    from mkdocs.config import load_config

    from plainsight_strategy.plugin import project_of

    loaded = load_config(str(config))
    return project_of(loaded, loaded.plugins["plainsight"].config).own_words()  # type: ignore[attr-defined]
