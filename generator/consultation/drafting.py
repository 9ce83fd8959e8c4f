"""The two `plainsight survey` commands over files: list an export's columns, and write a
draft survey.yaml for it.

Public API:

    columns_text(export, name, problems, header_rows=None) -> str | None
    write_draft(export, data_dir, output, problems, header_rows=None) -> Path | None

Every reason not to go on (no such file, an export outside the data folder, a survey.yaml
already there) is a Problem, never an exception; an existing file is never overwritten.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..core.problems import Problems
from .columns import list_columns
from .draft import draft_survey
from .draftyaml import draft_yaml
from .responses import Responses, read_export

__all__ = ["columns_text", "title_of", "write_draft"]


def _read(export: Path, name: str, problems: Problems,
          header_rows: int | None) -> Responses | None:
    if not export.is_file():
        problems.add(name, "there is no such file", expected="the path of a survey export")
        return None
    responses = read_export(export, name, problems, header_rows)
    return None if responses is None or problems else responses


def columns_text(export: Path, name: str, problems: Problems,
                 header_rows: int | None = None) -> str | None:
    responses = _read(export, name, problems, header_rows)
    return None if responses is None else list_columns(responses, name)


def title_of(export: Path) -> str:
    """'consultation-responses_2024 (1).csv' -> 'Consultation responses 2024'."""
    words = re.sub(r"\(\d+\)", " ", export.stem).replace("_", " ").replace("-", " ").split()
    text = " ".join(words) or "Consultation"
    return text[0].upper() + text[1:]


def write_draft(export: Path, data_dir: Path, output: Path, problems: Problems,
                header_rows: int | None = None) -> Path | None:
    """Write the draft to `output` (never over an existing file); its path, or None."""
    name = str(export)
    try:
        relative = export.resolve().relative_to(data_dir.resolve())
    except ValueError:
        problems.add(name, f"the export is not in the data folder ({data_dir})",
                     hint=f"move it into {data_dir}/ (for example {data_dir}/consultation/): "
                          "survey.yaml names the export relative to that folder")
        return None
    if output.exists():
        problems.add(str(output), "already exists: the draft was not written over it",
                     hint="write it elsewhere with --output FILE, or move the old one away")
        return None
    responses = _read(export, name, problems, header_rows)
    if responses is None:
        return None
    text = draft_yaml(draft_survey(responses, relative.as_posix(), title_of(export)))
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("x", encoding="utf-8", newline="\n") as file:  # "x": never over a file
        file.write(text)
    return output
