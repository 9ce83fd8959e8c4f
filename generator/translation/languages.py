"""The languages a site is published in besides its own: the plugin's `languages:` setting.

Public API:

    Language(code, name, mode, dir)        mode: "complete" or "partial"; dir: "ltr" or "rtl"
    parse_languages(raw, site_language, problems, file="mkdocs.yml") -> tuple[Language, ...]
    primary_subtag(code) -> str            ("en-GB" -> "en")
    language_name(code, in_language=None) -> str   a language's name in itself ("English"),
                                           or in another language ("Saesneg" in Welsh), from
                                           Babel (CLDR); the code itself when Babel lacks it
    known_to_babel(code) -> bool           whether Babel can name things and write dates in it
    RTL                                    primary subtags written right to left

`complete`: every piece of text must have a current translation (Welsh under the Welsh
Language Standards); `partial`: what is not translated yet is shown in the original language,
marked as such (community languages).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from babel.core import Locale, UnknownLocaleError

from ..core.problems import Problem, Problems

Mode = Literal["complete", "partial"]
Direction = Literal["ltr", "rtl"]
MODES = ("complete", "partial")
RTL = frozenset({"ar", "fa", "he", "ur", "ps", "sd", "yi", "dv"})
KEYS = ("code", "name", "mode", "dir")

# A BCP 47 tag as sites use them: language (2-3 letters), then optional script (4 letters),
# region (2 letters or 3 digits) and variants: cy, pl, pt-BR, zh-Hant, sr-Latn-RS, qps.
_TAG = re.compile(r"^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}))*$",
                  re.IGNORECASE)


@dataclass(frozen=True)
class Language:
    code: str        # BCP 47, as written in the setting with the usual case (pt-BR, zh-Hant)
    name: str        # the language's name in itself: "Cymraeg", "Polski"
    mode: Mode
    dir: Direction = "ltr"

    @property
    def complete(self) -> bool:
        return self.mode == "complete"


def primary_subtag(code: str) -> str:
    return code.split("-")[0].split("_")[0].lower()


def known_to_babel(code: str) -> bool:
    """Whether Babel (CLDR) can name things and write dates in the language."""
    try:
        Locale.parse(code.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return False
    return True


def language_name(code: str, in_language: str | None = None) -> str:
    try:
        own = Locale.parse(primary_subtag(code))
    except (ValueError, UnknownLocaleError):
        return code
    try:
        name = own.get_language_name(in_language.replace("-", "_") if in_language else None)
    except (ValueError, UnknownLocaleError):
        name = None
    return name or own.get_language_name() or code


def _cased(code: str) -> str:
    """The usual case of each subtag: language lower, script title, region upper."""
    parts = code.split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif len(part) == 2 and part.isalpha():
            out.append(part.upper())
        else:
            out.append(part.lower())
    return "-".join(out)


def parse_languages(raw: Any, site_language: str, problems: Problems,
                    file: str = "mkdocs.yml") -> tuple[Language, ...]:
    """The checked setting; each mistake is a problem naming the entry, none is kept."""
    def problem(message: str, hint: str | None = None) -> None:
        problems.append(Problem(file, f"plainsight languages: {message}", hint=hint))

    if raw in (None, []):
        return ()
    if not isinstance(raw, list):
        problem("should be a list, one language per line starting with '- '",
                hint="e.g. - {code: cy, name: Cymraeg, mode: complete}")
        return ()
    found: list[Language] = []
    seen: dict[str, int] = {}
    own = primary_subtag(site_language or "en")
    for number, entry in enumerate(raw, start=1):
        language = _entry(number, entry, own, problem)
        if language is None:
            continue
        if language.code.lower() in seen:
            problem(f"language {number} ({language.code}) is listed twice "
                    f"(also language {seen[language.code.lower()]})")
            continue
        seen[language.code.lower()] = number
        found.append(language)
    return tuple(found)


def _entry(number: int, entry: Any, own: str, problem: Any) -> Language | None:
    where = f"language {number}"
    if not isinstance(entry, dict):
        problem(f"{where} should be a block with code, name and mode",
                hint="e.g. - {code: cy, name: Cymraeg, mode: complete}")
        return None
    ok = True
    for key in sorted(set(map(str, entry)) - set(KEYS)):
        problem(f"{where}: unknown field '{key}'", hint="the fields are code, name, mode, dir")
        ok = False
    code, name, mode = entry.get("code"), entry.get("name"), entry.get("mode")
    direction = entry.get("dir")
    if not isinstance(code, str) or not _TAG.match(code.strip()):
        problem(f"{where}: '{code}' is not a language code" if code is not None
                else f"{where}: 'code' is missing",
                hint="a BCP 47 language tag such as cy, pl, ur, pt-BR or zh-Hant")
        return None
    code = _cased(code.strip())
    where = f"language {number} ({code})"
    if primary_subtag(code) == own:
        problem(f"{where} is the site's own language (theme.language)",
                hint="list only the languages the site is translated into")
        ok = False
    if not isinstance(name, str) or not name.strip():
        problem(f"{where}: 'name' is missing",
                hint="the language's name in itself, as its readers write it: Cymraeg, Polski")
        ok = False
    if mode not in MODES:
        problem(f"{where}: mode '{mode}' is not complete or partial" if mode is not None
                else f"{where}: 'mode' is missing",
                hint="complete: the build needs every text translated; partial: what is not "
                     "translated yet is shown in the original language")
        ok = False
    if direction is not None and direction not in ("ltr", "rtl"):
        problem(f"{where}: dir '{direction}' is not ltr or rtl")
        ok = False
    if not ok:
        return None
    default = "rtl" if primary_subtag(code) in RTL else "ltr"
    return Language(code, str(name).strip(), mode, direction or default)
