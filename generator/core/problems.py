"""Problems found in content or data, reported all at once to the person editing them.

The one error protocol of the generator: every step that reads or checks something takes a
`Problems` collector and adds to it; nothing below `pipeline` raises for a content problem.
The pipeline stops with `ContentError` (every problem, sorted) once the read step is done.

Public API:

    Problem(file, message, line=None, row=None, expected=None, hint=None)
    Problems()          .add(...), .append(problem), .extend(problems), .raise_if_any(),
                        .notes (things to change that do not stop the build), .note(problem)
    ContentError(problems)      .problems, .report()
    shown_name(content_dir, path) -> str     (a file's name as messages show it)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


def shown_name(content_dir: Path, path: Path) -> str:
    """A file's name in messages: relative to the folder that holds content/ and data/."""
    try:
        return str(path.relative_to(content_dir.parent))
    except ValueError:
        return str(path)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one place in one file, worded for a comms officer."""

    file: str
    message: str
    line: int | None = None
    row: int | None = None
    expected: str | None = None
    hint: str | None = None

    def where(self) -> str:
        if self.line is not None:
            return f"{self.file}, line {self.line}"
        if self.row is not None:
            return f"{self.file}, row {self.row}"
        return self.file

    def __str__(self) -> str:
        text = f"{self.where()}: {self.message}"
        if self.expected:
            text += f" (expected {self.expected})"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line or 0, self.row or 0, self.message)


class ContentError(Exception):
    """Raised with every problem found, so one run shows them all."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = sorted(set(problems), key=Problem.sort_key)
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} found:"
        return "\n".join([head, *(f"- {p}" for p in self.problems)])


class Problems:
    """Collects problems while reading; raise_if_any() stops the build once all are known."""

    def __init__(self) -> None:
        self.items: list[Problem] = []
        self.notes: list[Problem] = []  # e.g. a renamed field: still read, but worth changing

    def note(self, problem: Problem) -> None:
        self.notes.append(problem)

    def add(self, file: str, message: str, **where: object) -> None:
        self.items.append(Problem(file, message, **where))  # type: ignore[arg-type]

    def append(self, problem: Problem) -> None:
        self.items.append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        self.items.extend(problems)

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Problem]:
        return iter(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise ContentError(self.items)
