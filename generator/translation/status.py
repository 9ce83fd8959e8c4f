"""Which segments have a current translation in each language, and the check for
`complete` languages.

Public API:

    Coverage(language, total, current, missing, stale, unused)
    coverage(segments, language, entries) -> Coverage
    check_translations(root, content_dir, languages, problems)
        every missing or stale translation of a `complete` language is a problem naming the
        file, line and field; `partial` languages are not checked (their untranslated text
        is shown in the original language)

A translation is current when the source it translated (its msgid) is the segment's source
today, stale when the source has changed since, missing when there is none.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core.problems import Problem, Problems
from .languages import Language
from .segments import Segment, extract
from .store import Entry, read_store, store_path


@dataclass(frozen=True)
class Coverage:
    language: Language
    total: int
    current: int
    missing: tuple[Segment, ...]
    stale: tuple[Segment, ...]
    unused: tuple[str, ...]        # stored ids no segment has any more

    @property
    def percent(self) -> float:
        return 100.0 * self.current / self.total if self.total else 100.0


def coverage(segments: tuple[Segment, ...], language: Language,
             entries: dict[str, Entry]) -> Coverage:
    missing, stale = [], []
    for segment in segments:
        entry = entries.get(segment.id)
        if entry is None:
            missing.append(segment)
        elif entry.source != segment.source:
            stale.append(segment)
    ids = {s.id for s in segments}
    current = len(segments) - len(missing) - len(stale)
    return Coverage(language, len(segments), current, tuple(missing), tuple(stale),
                    tuple(sorted(set(entries) - ids)))


def _name(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def read_coverage(root: Path, content_dir: Path, languages: tuple[Language, ...],
                  problems: Problems) -> list[Coverage]:
    segments = extract(root, content_dir, problems)
    out = []
    for language in languages:
        path = store_path(content_dir, language.code)
        entries = read_store(path, _name(root, path), problems)
        out.append(coverage(segments, language, entries))
    return out


def check_translations(root: Path, content_dir: Path, languages: tuple[Language, ...],
                       problems: Problems) -> None:
    complete = tuple(lang for lang in languages if lang.complete)
    if not complete:
        return
    for found in read_coverage(root, content_dir, complete, problems):
        code = found.language.code
        name = f"{found.language.name} ({code})"
        for segment in found.missing:
            problems.append(Problem(segment.file, f"'{segment.field}' has no {name} "
                                    "translation", line=segment.line))
        for segment in found.stale:
            problems.append(Problem(segment.file, f"'{segment.field}' has changed since it "
                                    f"was translated into {name}: the translation is out of "
                                    "date", line=segment.line))
        if found.missing or found.stale:
            path = store_path(content_dir, code)
            problems.append(Problem(
                _name(root, path), f"{name} is complete, so every text needs a current "
                f"translation: {len(found.missing)} missing, {len(found.stale)} out of date",
                hint=f"plainsight translate export --lang {code} --output {code}.xlf, send "
                     f"it to the translator, then plainsight translate import {code}.xlf"))
