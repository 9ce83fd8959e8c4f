"""Segments: every piece of content text a reader sees, as the files on disk hold it.

Public API:

    Segment(id, source, file, field, line)     .hash (sha256 of the source, 16 hex digits)
    extract(root, content_dir, problems, documents=None) -> tuple[Segment, ...]
                                            (files in name order, each in the order it is
                                            written; `documents` gets the YAML files read)
    id_order(segment_id) -> key             sorts ids with their numbers as numbers
    source_hash(text) -> str
    segment_id(file, loc) -> str / page_segment_id(file, number) -> str

A segment's id is the file's path relative to the project folder (as git names it) and a
JSON-pointer path to the field: `content/sections/healthy-babies.yaml#/commitments/0/text`;
a Markdown page's blocks are numbered from 0: `content/pages/foreword.md#3`. Ids come from
file names, keys and positions, never from titles, so retitling keeps every translation
(a changed title goes stale). The source is the field's text without surrounding whitespace
(what the content models keep of a Text field).
"""

from __future__ import annotations

import fnmatch
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from ..core.formats import upgrade
from ..core.problems import Problem, Problems
from ..core.yamlfile import Loc, Parsed, parse_yaml
from . import blocks
from .fields import PAGES_LIST, READER_TEXT, text_fields


def source_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def id_order(segment: str) -> tuple:
    """A sort key for ids: `#/formats/2` before `#/formats/10`."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part)
                 for part in re.split(r"(\d+)", segment) if part)


def _escape(part: str | int) -> str:
    return str(part).replace("~", "~0").replace("/", "~1")


def segment_id(file: str, loc: Loc) -> str:
    return f"{file}#/" + "/".join(_escape(p) for p in loc)


def page_segment_id(file: str, number: int) -> str:
    return f"{file}#{number}"


@dataclass(frozen=True)
class Segment:
    id: str
    source: str
    file: str           # relative to the project folder, "/" between folders
    field: str          # "commitments/0/text"; for a page "block 3"
    line: int | None    # where it starts in the file

    @property
    def hash(self) -> str:
        return source_hash(self.source)

    @property
    def where(self) -> str:
        return f"{self.file}, line {self.line}" if self.line else self.file


def _name(root: Path, path: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _kind(relative: str) -> tuple[str, ...] | None:
    """The field patterns of a content file (relative to the content folder), if any: the
    first pattern of its folder that its name matches (.yml read as .yaml)."""
    normal = relative[:-4] + ".yaml" if relative.endswith(".yml") else relative
    folder, _, name = normal.rpartition("/")
    for pattern, fields in READER_TEXT.items():
        pattern_folder, _, pattern_name = pattern.rpartition("/")
        if pattern_folder == folder and fnmatch.fnmatchcase(name, pattern_name):
            return fields
    return None


def _yaml_files(content_dir: Path) -> list[Path]:
    found = [*content_dir.rglob("*.yaml"), *content_dir.rglob("*.yml")]
    return sorted(p for p in found if p.is_file())


def extract(root: Path, content_dir: Path, problems: Problems,
            documents: dict[str, Parsed] | None = None) -> tuple[Segment, ...]:
    """Every segment of the site's content; a file that cannot be read is a problem.
    `documents`, when given, receives each YAML file read, by its name (for the overlay)."""
    found: list[Segment] = []
    for path in _yaml_files(content_dir):
        relative = path.relative_to(content_dir).as_posix()
        patterns = _kind(relative)
        if patterns is None:
            continue
        parsed = parse_yaml(path, _name(root, path), problems)
        if parsed is None:
            continue
        if documents is not None:
            documents[parsed.name] = parsed
        found += _from_yaml(parsed, patterns)
        if relative == "strategy.yaml":
            found += _pages(root, content_dir, parsed, problems)
    return tuple(found)


def _from_yaml(parsed: Parsed, patterns: tuple[str, ...]) -> list[Segment]:
    data, _ = upgrade(parsed.data)  # fields renamed since: the id uses the current name
    out = []
    for loc, text in text_fields(data, patterns):
        if text.strip():
            out.append(Segment(segment_id(parsed.name, loc), text.strip(), parsed.name,
                               "/".join(map(str, loc)), parsed.lines.of(loc)))
    return out


def _pages(root: Path, content_dir: Path, parsed: Parsed, problems: Problems) -> list[Segment]:
    data, _ = upgrade(parsed.data)
    out = []
    for loc, file in text_fields(data, (PAGES_LIST,)):
        path = content_dir / file
        name = _name(root, path)
        try:
            markdown = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            problems.append(Problem(parsed.name, f"page file '{file}' cannot be read",
                                    line=parsed.lines.of(loc)))
            continue
        out += [Segment(page_segment_id(name, b.number), b.text.strip(), name,
                        f"block {b.number}", b.line)
                for b in blocks.split(markdown) if b.translatable]
    return out
