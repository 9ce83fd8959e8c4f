"""Importing an XLIFF: checked whole first, then its translations stored.

Public API:

    Site(root, content_dir, identity, source_language, languages)
    Imported(language, stored, skipped, not_stored)     what happened, for the command
    export(site, code, all_segments, problems) -> bytes | None
    import_xliff(site, data, name, problems) -> Imported | None

A file for another site or another language, a malformed file, or a translation that drops
a link, code, emphasis or an HTML tag of its source is refused whole: nothing is stored.
A unit for a segment that does not exist (any more), or whose source is not today's source,
is listed and not stored; the others are. Empty targets, and targets a tool still marks as
needing translation or review, are not stored (a stale translation sent out for review and
returned unchanged must not become current by itself).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core.problems import Problems
from .languages import Language, primary_subtag
from .markup import dropped
from .segments import Segment, extract
from .store import Entry, read_store, store_path, write_store
from .xliff import ExportUnit, read_xliff, write_xliff

UNFINISHED = frozenset({"new", "needs-translation", "needs-adaptation", "needs-l10n",
                        "needs-review-translation", "needs-review-adaptation",
                        "needs-review-l10n"})


@dataclass(frozen=True)
class Site:
    root: Path               # the project folder: segment ids are relative to it
    content_dir: Path
    identity: str            # the site's address (site_url), or its name: XLIFF `original`
    source_language: str     # theme.language, e.g. en-GB
    languages: tuple[Language, ...]

    def language(self, code: str) -> Language | None:
        """The configured language a code names: exactly, or with a region a tool added
        (cy-GB for cy)."""
        for language in self.languages:
            if language.code.lower() == code.lower():
                return language
        for language in self.languages:
            if code.lower().startswith(language.code.lower() + "-"):
                return language
        return None

    def store_name(self, language: Language) -> str:
        path = store_path(self.content_dir, language.code)
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()


@dataclass(frozen=True)
class Imported:
    language: Language
    stored: int
    skipped: tuple[str, ...]       # "<id>: why" for empty or unfinished targets
    not_stored: tuple[str, ...]    # "<id>: why" for unknown or changed segments


def export(site: Site, code: str, all_segments: bool, problems: Problems) -> bytes | None:
    language = site.language(code)
    if language is None:
        problems.add("mkdocs.yml", f"'{code}' is not one of the site's languages",
                     hint=_known(site))
        return None
    segments = extract(site.root, site.content_dir, problems)
    stored = read_store(store_path(site.content_dir, language.code), site.store_name(language),
                        problems)
    if problems:
        return None
    units = []
    for segment in segments:
        entry = stored.get(segment.id)
        current = entry is not None and entry.source == segment.source
        if all_segments or not current:
            units.append(ExportUnit(segment, entry.target if entry else None,
                                    stale=entry is not None and not current))
    return write_xliff(units, site.identity, site.source_language, language.code)


def _known(site: Site) -> str:
    codes = ", ".join(lang.code for lang in site.languages)
    return f"the languages are {codes}" if codes else \
        "add it under the plainsight plugin's `languages:` in mkdocs.yml"


def import_xliff(site: Site, data: bytes, name: str, problems: Problems) -> Imported | None:
    """Check the file, then store its translations; None (and nothing stored) on a problem."""
    found_before = len(problems)
    xliff = read_xliff(data, name, problems)
    if xliff is None:
        return None
    language = site.language(xliff.target_language)
    if language is None:
        problems.add(name, f"the file is for the language '{xliff.target_language}', which "
                           "this site does not have", hint=_known(site))
    if xliff.original != site.identity:
        problems.add(name, f"the file is for another site ('{xliff.original}'; this site is "
                           f"'{site.identity}')",
                     hint="import it into the site it was exported from")
    if primary_subtag(xliff.source_language) != primary_subtag(site.source_language):
        problems.add(name, f"the file translates from '{xliff.source_language}', but this "
                           f"site is written in '{site.source_language}'")
    for unit in xliff.units:
        if unit.target and unit.state not in UNFINISHED:
            lost = dropped(unit.source, unit.target)
            if lost:
                problems.add(name, f"the translation of '{unit.id}' drops "
                                   f"{_listed(lost)} that the source has",
                             hint="keep links, `code`, ** and * and HTML tags as they are")
    segments = {s.id: s for s in extract(site.root, site.content_dir, problems)}
    if len(problems) > found_before or language is None:
        return None
    path = store_path(site.content_dir, language.code)
    entries = read_store(path, site.store_name(language), problems)
    if len(problems) > found_before:
        return None
    stored, skipped, not_stored = _sort_units(xliff.units, segments, entries)
    if stored:
        write_store(path, entries, language)
    return Imported(language, stored, tuple(skipped), tuple(not_stored))


def _sort_units(units: tuple, segments: dict[str, Segment],
                entries: dict[str, Entry]) -> tuple[int, list[str], list[str]]:
    stored, skipped, not_stored = 0, [], []
    for unit in units:
        segment = segments.get(unit.id)
        if not (unit.target or "").strip():
            skipped.append(f"{unit.id}: no translation")
        elif unit.state in UNFINISHED:
            skipped.append(f"{unit.id}: marked '{unit.state}'")
        elif segment is None:
            not_stored.append(f"{unit.id}: no such text in the site (removed, or the id "
                              "was changed)")
        elif unit.source != segment.source:
            not_stored.append(f"{unit.id}: the source has changed since the file was "
                              f"exported ({segment.where}); export it again")
        else:
            entries[unit.id] = Entry(segment.source, unit.target.strip())
            stored += 1
    return stored, skipped, not_stored


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
