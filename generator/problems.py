"""Problems found in content or data, reported all at once to the person editing them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


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
    """Collects problems while loading; raise_if_any() stops the build once all are known."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, file: str, message: str, **where: object) -> None:
        self.items.append(Problem(file, message, **where))  # type: ignore[arg-type]

    def extend(self, problems: Iterable[Problem]) -> None:
        self.items.extend(problems)

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise ContentError(self.items)
