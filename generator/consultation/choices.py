"""The options of a choice question, worked out from the answers an export holds (for
`plainsight survey draft`).

Public API:

    single_options(counts) -> Options | None            one answer a row
    joined_options(counts, separators) -> Options | None answers joined in a cell ("A;B;")
    ordered(rows) -> [option]                            a sensible order for options
    Options (.options, .separator, .other, .notes)

Pure functions over the distinct answers and their row counts, never the rows. An option
whose text holds the separator ("Voluntary organisation, charity or social enterprise"
with ", ") is recognised: pieces that never stand alone and always follow the same piece are
one option. When there are more distinct answers than a question has options, answers given
once are taken as typed-in "Other" answers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .scales import dont_know_group
from .survey import normalise_label

__all__ = ["MAX_OPTIONS", "Options", "joined_options", "ordered", "single_options"]

MAX_OPTIONS = 20  # more distinct answers than this is free text (or typed-in "Other")
MAX_DISTINCT = 5000  # beyond this, a column is free text without looking at its answers
MIN_ROWS_FOR_OTHER = 20  # fewer answers than this cannot tell an option from a typed one
OTHER = re.compile(r"^other\b", re.IGNORECASE)


@dataclass(frozen=True)
class Options:
    options: tuple[str, ...]
    separator: str | None = None
    other: str | None = None
    notes: tuple[str, ...] = ()


def _merged(counts: Mapping[str, int]) -> dict[str, int]:
    """{option: rows}, spellings that differ only in case or spaces made one (the most used,
    trimmed, names it)."""
    groups: dict[str, dict[str, int]] = {}
    for raw, rows in counts.items():
        if raw.strip():
            spelled = groups.setdefault(normalise_label(raw), {})
            spelled[raw.strip()] = spelled.get(raw.strip(), 0) + rows
    return {sorted(s, key=lambda t: (-s[t], t))[0]: sum(s.values()) for s in groups.values()}


def single_options(counts: Mapping[str, int]) -> Options | None:
    """Options of a one-answer column, or None when it reads as free text."""
    if len(counts) > MAX_DISTINCT:
        return None
    rows = _merged(counts)
    return _options(rows, sum(rows.values()))


def _options(rows: dict[str, int], answered: int, separator: str | None = None,
             notes: Sequence[str] = ()) -> Options | None:
    if not rows or max(rows.values()) < 2:
        return None  # nothing chosen twice: typed answers
    if len(rows) <= MAX_OPTIONS:
        return Options(tuple(ordered(rows)), separator, None, tuple(notes))
    kept = {option: n for option, n in rows.items() if n > 1}
    typed = len(rows) - len(kept)
    if answered < MIN_ROWS_FOR_OTHER or len(kept) > MAX_OPTIONS or typed > answered / 4:
        return None
    other = next((o for o in kept if OTHER.match(o)), "Other")
    kept.setdefault(other, 0)
    note = (f"{typed} answers given only once were taken as typed-in answers, counted as "
            f"'{other}'; list any that are real options")
    return Options(tuple(ordered(kept)), separator, other, (*notes, note))


def ordered(rows: Mapping[str, int]) -> list[str]:
    """Numbered options (age bands) by number, Yes before No, others by rows; "Other" and
    "don't know" answers last."""
    last = [o for o in rows if OTHER.match(o) or dont_know_group(o)]
    rest = [o for o in rows if o not in last]
    numbers = {o: _first_number(o) for o in rest}
    if rest and all(n is not None for n in numbers.values()):
        rest.sort(key=lambda o: (numbers[o], o))
    else:
        rest.sort(key=lambda o: (_yes_no(o), -rows[o], o))
    return rest + sorted(last, key=lambda o: (dont_know_group(o) is not None, o))


def _first_number(text: str) -> float | None:
    match = re.search(r"\d+(?:\.\d+)?", text)
    if match is None:
        return None
    below = re.match(r"^\s*(?:under|less than|below|up to|fewer than)\b", text, re.IGNORECASE)
    return float(match.group()) - (0.5 if below else 0)


def _yes_no(text: str) -> int:
    key = normalise_label(text)
    return 0 if key == "yes" else 1 if key == "no" else 2


# Answers joined in one cell ---------------------------------------------------------------

def joined_options(counts: Mapping[str, int], separators: Sequence[str]) -> Options | None:
    """Options of a column holding several answers joined by one of the separators, or None
    when no cell holds two options."""
    if len(counts) > MAX_DISTINCT:
        return None
    for separator in separators:
        found = _split(counts, separator)
        if found is not None:
            rows, answered, notes = found
            return _options(rows, answered, separator, notes)
    return None


def _pieces(cell: str, separator: str) -> list[str]:
    text, end = cell.strip(), separator.strip()
    if end and text.endswith(end):
        text = text[: -len(end)]  # Microsoft Forms ends every cell with ";"
    return [p.strip() for p in text.split(separator) if p.strip()]


def _split(counts: Mapping[str, int],
           separator: str) -> tuple[dict[str, int], int, list[str]] | None:
    """({option: rows}, rows answered, notes) if some cell holds two options."""
    cells = {cell: _pieces(cell, separator) for cell in counts if cell.strip()}
    if not any(len(pieces) > 1 for pieces in cells.values()):
        return None
    units = _units(cells, separator)
    if not any(len(u) > 1 for u in units.values()):
        return None
    rows: dict[str, int] = {}
    for cell, found in units.items():
        for option in dict.fromkeys(found):
            rows[option] = rows.get(option, 0) + counts[cell]
    merged = _merged(rows)
    glued = sorted({o for found in units.values() for o in found if separator.strip() in o})
    notes = [f"'{o}' was taken as one option (it contains the separator)" for o in glued]
    return merged, sum(counts[c] for c in units), notes


def _units(cells: dict[str, list[str]], separator: str) -> dict[str, list[str]]:
    """Each cell's options: pieces that are whole answers elsewhere stand alone; a piece that
    never does, and always comes right after the same piece, is glued to it."""
    alone = {normalise_label(p[0]) for p in cells.values() if len(p) == 1}
    before: dict[str, set[str | None]] = {}
    after: dict[str, set[str | None]] = {}
    for pieces in cells.values():
        for i, piece in enumerate(pieces):
            before.setdefault(piece, set()).add(pieces[i - 1] if i else None)
            after.setdefault(piece, set()).add(pieces[i + 1] if i + 1 < len(pieces) else None)
    units: dict[str, list[str]] = {}
    for cell, pieces in cells.items():
        found: list[str] = []
        for i, piece in enumerate(pieces):
            previous = pieces[i - 1] if i else None
            if previous is not None and _glued(previous, piece, alone, before, after):
                found[-1] = found[-1] + separator + piece
            else:
                found.append(piece)
        units[cell] = found
    return units


def _glued(previous: str, piece: str, alone: set[str], before: dict[str, set[str | None]],
           after: dict[str, set[str | None]]) -> bool:
    if normalise_label(piece) in alone or normalise_label(previous) in alone:
        return False
    if before[piece] != {previous}:
        return False
    return piece[:1].islower() or after[previous] == {piece}
