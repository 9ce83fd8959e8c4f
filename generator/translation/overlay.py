"""The content folder in another language: the same files, each text with a current
translation replaced by it, so that the loaders read and check it as they read the original.

Public API:

    Overlay(content_dir, marks, labels)   the translated copy, the texts left untranslated,
                                          and the survey's labels in the language
    translated_content(root, content_dir, out, segments, entries, note, documents={})
                                          -> Overlay   (documents: the YAML files as
                                          segments.extract read them, not read again)
    relabel(value, labels) -> value       the consultation's results with the survey's labels
                                          in the language

Each YAML file that holds segments is parsed, its fields renamed as the loaders rename them
(core/formats.py: segment ids use the current names), each segment replaced at its pointer,
and written back as YAML; each Markdown page is split in blocks and joined with the
translated blocks (blocks.join). A segment without a current translation keeps its source
text, marked (translation/marks.py) with its Mark: the page shows it in the original
language, marked as such. Every other file is copied as it is; the stored translations are
not. `note(segment)` gives the words shown after a stale text ("English updated on ...").

Two kinds of text are also what the data is matched against, and so are not replaced in the
copy: the survey's labels and wording (the export holds the original's), whose translations
are put into the analysed results instead (`relabel`: every string field equal to a source,
ids and columns left alone); and the hard words, which are translated but never marked (the
easy-read check finds them in the text).
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..core.formats import upgrade
from ..core.problems import Problems
from ..core.yamlfile import Parsed, parse_yaml
from . import blocks
from .marks import Mark, mark
from .segments import Segment
from .store import FOLDER, Entry

# libyaml's emitter where PyYAML has it: the pure-Python one took a second for 600 commitments
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
SURVEY = "consultation/survey.yaml"          # relative to the content folder
UNMARKED = ("easy-read/hard-words.yaml#/hard_words/",)
_NOT_LABELS = frozenset({"id", "about", "column", "columns", "kind", "type", "key", "src",
                         "question_id", "export", "sources"})


@dataclass(frozen=True)
class Overlay:
    content_dir: Path
    marks: tuple[Mark, ...]
    labels: dict[str, str]     # the survey's texts: source -> the text shown


class _Texts:
    """The text each segment gets, and the marks of those left untranslated."""

    def __init__(self, entries: dict[str, Entry], note: Callable[[Segment], str]):
        self.entries, self.note = entries, note
        self.marks: list[Mark] = []

    def of(self, segment: Segment, original: str) -> str:
        entry = self.entries.get(segment.id)
        if entry is not None and entry.source == segment.source:
            return entry.target
        stale = entry is not None
        if any(f"/{part}" in segment.id and segment.id.endswith("/word")
               for part in UNMARKED):
            return original
        self.marks.append(Mark(segment.id, segment.file, stale,
                               self.note(segment) if stale else ""))
        return mark(original.strip(), len(self.marks) - 1)


def translated_content(root: Path, content_dir: Path, out: Path,
                       segments: tuple[Segment, ...], entries: dict[str, Entry],
                       note: Callable[[Segment], str],
                       documents: dict[str, Parsed] | None = None) -> Overlay:
    target = out / content_dir.name
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(content_dir, target,
                    ignore=lambda folder, names: [FOLDER] if Path(folder) == content_dir
                    else [])
    by_file: dict[str, list[Segment]] = {}
    for segment in segments:
        by_file.setdefault(segment.file, []).append(segment)
    texts = _Texts(entries, note)
    labels: dict[str, str] = {}
    for file, found in by_file.items():
        path = root / file
        copy = target / path.relative_to(content_dir)
        if path.relative_to(content_dir).as_posix() == SURVEY:
            labels.update((s.source, texts.of(s, s.source)) for s in found)
        elif path.suffix in (".yaml", ".yml"):
            _yaml(path, file, copy, found, texts, (documents or {}).get(file))
        else:
            _page(path, copy, found, texts)
    return Overlay(target, tuple(texts.marks), labels)


def relabel(value: Any, labels: dict[str, str]) -> Any:
    """`value` with every string that is a label's source replaced by its text, through
    dataclasses, tuples, lists and dicts (keys too); fields named as ids or columns stay."""
    if not labels:
        return value
    if isinstance(value, str):
        return labels.get(value.strip(), value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: relabel(getattr(value, f.name), labels)
                   for f in dataclasses.fields(value) if f.name not in _NOT_LABELS}
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(relabel(v, labels) for v in value)
    if isinstance(value, list):
        return [relabel(v, labels) for v in value]
    if isinstance(value, dict):
        return {relabel(k, labels): relabel(v, labels) for k, v in value.items()}
    return value


def _yaml(path: Path, name: str, copy: Path, segments: list[Segment], texts: _Texts,
          parsed: Parsed | None = None) -> None:
    parsed = parsed or parse_yaml(path, name, Problems())
    if parsed is None:  # the read step reports it
        return
    data, _ = upgrade(parsed.data)
    for segment in segments:
        pointer = segment.id.partition("#/")[2]
        _replace(data, [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")],
                 segment, texts)
    copy.write_text(yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                              width=10**6), encoding="utf-8")


def _replace(data: Any, steps: list[str], segment: Segment, texts: _Texts) -> None:
    parent = data
    for step in steps[:-1]:
        parent = parent[int(step)] if isinstance(parent, list) else parent[step]
    last = steps[-1]
    if isinstance(parent, list):
        parent[int(last)] = texts.of(segment, parent[int(last)])
    elif isinstance(parent.get(last), str) and parent[last].strip() == segment.source:
        parent[last] = texts.of(segment, parent[last])
    elif last.strip() == segment.source:  # a mapping's key is the text (option_columns)
        new = texts.of(segment, last)
        items = [(new if key == last else key, value) for key, value in parent.items()]
        parent.clear()
        parent.update(items)


def _page(path: Path, copy: Path, segments: list[Segment], texts: _Texts) -> None:
    markdown = path.read_text(encoding="utf-8-sig")
    found = blocks.split(markdown)
    by_number = {int(s.id.rpartition("#")[2]): s for s in segments}
    out = [texts.of(by_number[b.number], b.text) if b.number in by_number else b.text
           for b in found]
    copy.write_text(blocks.join(markdown, found, out), encoding="utf-8")
