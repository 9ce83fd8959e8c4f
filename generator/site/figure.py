"""The one figure every chart on the site is: a chart drawn twice (wide, and narrow for a
phone), its title and a caption stating the finding, a description read out with the SVG,
then the table of the same numbers, notes under it and the numbers as CSV. The consultation
charts (charts.py) and the indicator charts (indicators.py) both make Figures; the theme's
_figures.md lays every one out with one macro, `figure`.

Public API: Figure, Drawing, Row.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core import urls

Row = tuple[str | int | float | None, ...]


@dataclass(frozen=True)
class Drawing:
    """A further chart of a figure's numbers (an indicator section's trend over time): drawn
    and described like the figure's own, sharing its table and CSV."""

    id: str
    svg: str
    title: str
    description: str
    caption: str
    narrow_svg: str = ""


@dataclass(frozen=True)
class Figure:
    """A chart and everything the page shows with it: the caption states the finding, the
    data table (columns, rows) has the same numbers, and `csv` is the download (the table,
    or for indicators one row per value). The columns' headers are words (reworded in the
    theme); `column_keys` say which column each is, so the CSV's documentation does not hang
    on the wording. `more`: further charts of the same numbers, shown after this one."""

    id: str
    svg: str
    title: str
    description: str
    caption: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    csv: str
    notes: tuple[str, ...] = ()
    narrow_svg: str = ""  # the same chart drawn for a phone's column (labels above bars)
    column_keys: tuple[str, ...] = ()
    more: tuple[Drawing, ...] = ()

    @property
    def csv_src(self) -> str:
        """Where its CSV is published."""
        return urls.chart_csv(self.id)
