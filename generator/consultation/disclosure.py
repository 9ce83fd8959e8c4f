"""Disclosure control: which counts of a published table are hidden, and why.

Public API:

    protect(counts, min_count, partition) -> (suppressed, secondary)
    cells(labels, counts, base, survey, partition) -> tuple[Cell, ...]

Counts from 1 to min_count - 1 are never shown ("fewer than 5"), and where the cells add up
to a published total, more are hidden until none can be worked out from the others.
Percentages are not shown for a base under `min_base_for_percent`. Both are survey settings.
"""

from __future__ import annotations

from collections.abc import Sequence

from .results import Cell, percent
from .survey import Survey


def protect(counts: Sequence[int], min_count: int,
            partition: bool) -> tuple[list[bool], list[bool]]:
    """Disclosure control for one table: (suppressed, secondary) flags per cell.

    Primary: a count from 1 to min_count - 1 is suppressed (0 is shown: nobody is in it).
    Secondary, when the cells add up to a total that is published (`partition`, as in a
    breakdown or a single-choice question): if the hidden cells together come to fewer than
    min_count, their sum (total minus the shown cells) would give them away - always so when
    exactly one cell is hidden. Then the next-smallest shown cell is hidden too (the earliest
    in the table's order on a tie), and again until the hidden cells add up to min_count or
    more. Multi-select answers do not add up to the total, so they get primary only.
    """
    suppressed = [0 < n < min_count for n in counts]
    secondary = [False] * len(counts)
    if not partition:
        return suppressed, secondary

    def hidden_sum() -> int:
        return sum(n for n, a, b in zip(counts, suppressed, secondary, strict=True) if a or b)

    while 0 < hidden_sum() < min_count:
        shown = [(n, i) for i, n in enumerate(counts)
                 if n > 0 and not (suppressed[i] or secondary[i])]
        if not shown:
            break
        secondary[min(shown)[1]] = True
    return suppressed, secondary


def shown_percent(n: int, base: int, min_base: int) -> float | None:
    """n / base as a percentage, or None when the base is too small to publish one."""
    return percent(n, base) if base >= min_base and base > 0 else None


def cells(labels: Sequence[str], counts: Sequence[int], base: int, survey: Survey,
          partition: bool) -> tuple[Cell, ...]:
    """A table's cells with their disclosure flags, under the survey's thresholds."""
    rules = survey.disclosure
    suppressed, secondary = protect(counts, rules.min_count, partition)
    return tuple(Cell(label, n, shown_percent(n, base, rules.min_base_for_percent), s, h,
                      rules.min_count)
                 for label, n, s, h in zip(labels, counts, suppressed, secondary, strict=True))
