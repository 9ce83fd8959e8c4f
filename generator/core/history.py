"""When each source file last changed, from git history: dates for "Last updated".

One `git log` for the whole project. Dates are commit dates (the committer's own calendar
day), never the clock, so the same commit always builds the same bytes. Outside a git
repository, or for files git has never seen, there is no date: nothing is guessed.

Public API:

    History.read(root) -> History         (empty when git or the repository is missing)
    History.updated(sources) -> date | None
        sources: files or folders relative to root; a folder's date is its newest file's;
        a file that is not there stands for its folder
    shown(day) -> "3 March 2024"
    commit_epoch(root) -> int | None       (HEAD's commit time, for SOURCE_DATE_EPOCH)
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


def _git(root: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True,
                              timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


@dataclass(frozen=True)
class History:
    changed: dict[str, date] = field(default_factory=dict)  # path -> last commit's day
    root: Path | None = None

    @classmethod
    def read(cls, root: Path) -> History:
        out = _git(root, "log", "--relative", "--no-renames", "--name-only",
                   "--format=@%cI", "--", ".")
        changed: dict[str, date] = {}
        day: date | None = None
        for line in (out or "").splitlines():
            if line.startswith("@"):
                day = date.fromisoformat(line[1:11])
            elif line and day is not None:
                changed.setdefault(line, day)  # newest first: keep the first seen
        return cls(changed, root)

    def updated(self, sources: Iterable[str]) -> date | None:
        days = []
        for source in sources:
            source = source.strip("/")
            if self.root is not None and not (self.root / source).exists():
                source = str(Path(source).parent)
            days += [d for path, d in self.changed.items()
                     if path == source or path.startswith(source + "/")]
        return max(days) if days else None


def shown(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def commit_epoch(root: Path) -> int | None:
    out = _git(root, "log", "-1", "--format=%ct")
    return int(out.strip()) if out and out.strip().isdigit() else None
