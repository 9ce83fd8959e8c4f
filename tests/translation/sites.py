"""Sites with other languages for the translation tests: copies of the bundled example or
of tests/fixtures/minimal with a `languages:` setting, and a pseudo-translation."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from plainsight_strategy.cli import main

ROOT = Path(__file__).resolve().parents[2]
MINIMAL = ROOT / "tests" / "fixtures" / "minimal"


def with_languages(source: Path, target: Path, languages: str) -> Path:
    """A copy of a site (mkdocs.yml, content/, data/) with these plugin `languages:` lines;
    returns the copy's mkdocs.yml."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("content", "data"):
        shutil.copytree(source / name, target / name)
    config = (source / "mkdocs.yml").read_text(encoding="utf-8")
    block = "      languages:\n" + "".join(f"        - {line}\n" for line in
                                             languages.strip().splitlines())
    if "  - plainsight:\n" in config:
        config = re.sub(r"(  - plainsight:\n(?:      .*\n)*)", lambda m: m.group(1) + block,
                        config, count=1)
    else:
        config = config.replace("  - plainsight\n", "  - plainsight:\n" + block)
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")
    return target / "mkdocs.yml"


def run(config: Path, command: str, *args: str) -> int:
    """`plainsight COMMAND --config-file CONFIG ARGS...`, its exit code."""
    return main([command, "--config-file", str(config), *args])


_ACCENTS = str.maketrans("aceinosuyACEINOSUY", "àçéîñöšûýÀÇÉÎÑÖŠÛÝ")
# Markup a pseudo-translation keeps as it is: code, link addresses, autolinks and tags, URLs.
_KEEP = re.compile(r"`[^`]*`|\]\([^)]*\)|<[^>]*>|https?://[^\s)\]>]+")


def pseudo(text: str) -> str:
    """Pseudo-localisation: accented letters, in brackets, markup untouched; so any text
    that escaped translation shows as plain English."""
    out, at = [], 0
    for match in _KEEP.finditer(text):
        out.append(text[at:match.start()].translate(_ACCENTS))
        out.append(match.group(0))
        at = match.end()
    out.append(text[at:].translate(_ACCENTS))
    return "[" + "".join(out) + "]"


def wording(project: Path, code: str, leave_out: frozenset[str] = frozenset()) -> Path:
    """The site's own catalogue of the package's wording for `code`
    (content/translations/interface/<code>.po): every message pseudo-translated, placeholders
    kept, except those in `leave_out`."""
    from babel.messages.pofile import read_po, write_po

    from plainsight_strategy.site.catalogues import site_catalogue
    from tests.translation.interface import pseudo_catalogue

    path = site_catalogue(project / "content", code)
    pseudo_catalogue(path, project / "mkdocs.yml")
    if leave_out:
        with path.open("rb") as file:
            catalog = read_po(file)
        for message in leave_out:
            catalog.delete(message)
        with path.open("wb") as file:
            write_po(file, catalog)
    return path
