"""The starter site that `plainsight new DIR` writes, and the check for starter text left in it.

The starter files ship in the package as generator/starter/ (mkdocs.yml, content/, a README
for the comms team; `gitignore` is written as .gitignore) plus an empty data/ folder. Every
placeholder says "Replace this", so `plainsight check` can point at what is still to write.

Public API:

    create(target) -> list[Path]      writes the site; StarterRefused if target is not empty
    leftovers(root) -> list[str]      "file, line N: text" for each placeholder still there
    StarterRefused
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

STARTER = Path(__file__).resolve().parent / "starter"
MARKER = re.compile(r"replace[ -]this", re.IGNORECASE)
_RENAMED = {"gitignore": ".gitignore"}


class StarterRefused(Exception):
    """The target folder exists and holds files: nothing was written."""


def create(target: Path) -> list[Path]:
    """Write the starter site into target (a new or empty folder); returns the files written."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise StarterRefused(f"{target} already exists and is not empty: nothing was written. "
                             "Choose a new folder name.")
    written = []
    for source in sorted(p for p in STARTER.rglob("*") if p.is_file()):
        relative = source.relative_to(STARTER)
        if "__pycache__" in relative.parts:
            continue
        path = target / relative.parent / _RENAMED.get(relative.name, relative.name)
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, path)
        written.append(path)
    (target / "data").mkdir(parents=True, exist_ok=True)
    return written


def leftovers(root: Path) -> list[str]:
    """Starter text still in mkdocs.yml or content/: one line per placeholder."""
    files = [root / "mkdocs.yml"] if (root / "mkdocs.yml").is_file() else []
    content = root / "content"
    if content.is_dir():
        files += sorted(p for p in content.rglob("*")
                        if p.is_file() and p.suffix in {".yaml", ".yml", ".md"})
    found = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace")
                                      .splitlines(), start=1):
            if line.lstrip().startswith("#"):
                continue
            if MARKER.search(line):
                found.append(f"{path.relative_to(root)}, line {number}: {line.strip()}")
    return found
