"""The roll-up of a progress report as a figure (figure.py): a bar a delivery stage, "no
update this time" included, then the table by section and stage, and its CSV.

Public API: rollup_figure(view, words, names, drawer) -> Figure   (Altair: imported by the
caller only when the figure must be drawn)
"""

from __future__ import annotations

from typing import Any

import altair as alt

from ..core.csvfile import to_csv
from .chartnarrow import Bar, narrow_chart
from .charts import ROW_HEIGHT
from .chartspec import labelled_bars, no_grid
from .drawing import Drawer
from .figure import Figure, Row
from .palette import DARK_BLUE
from .progress import ProgressWords, ReportView


def rollup_figure(view: ReportView, words: ProgressWords, names: Any,
                  drawer: Drawer) -> Figure:
    """The plan's commitments by stage in this report (wide and narrow), and by section."""
    tally = view.rollup.all
    one, many = names.commitment.singular, names.commitment.many
    stages = [(words.stage(stage), n) for stage, n in tally.by_stage]
    values = [{"label": label, "n": n} for label, n in stages]
    chart = labelled_bars(values, [label for label, _ in stages], "n", alt.Text("n:Q"),
                          ROW_HEIGHT * len(stages), title=words.say("rollup_axis", many),
                          axis=no_grid())
    narrow = narrow_chart([Bar(label, n, str(n), DARK_BLUE) for label, n in stages],
                          max([n for _, n in stages] or [0]))
    chart_id = f"progress-{view.report.id}"
    title = words.say("rollup_title", many)
    description = words.say("rollup_description", stages, tally.total, many)
    svg, narrow_svg = drawer.renditions(chart, narrow, chart_id, title, description)
    columns = (words.say("section_header", names.sub_priority.singular),
               *(label for label, _ in stages),
               words.say("total"))
    rows: tuple[Row, ...] = tuple(
        (section.title, *(n for _, n in part.by_stage), part.total)
        for _, section, part in view.sections)
    rows += ((words.say("all"), *(n for _, n in tally.by_stage), tally.total),)
    return Figure(chart_id, svg, title, description,
                  words.say("rollup_sentence", tally, one, many), columns, rows,
                  to_csv(columns, rows), (words.say("no_update_note", one),), narrow_svg,
                  ("section", *(stage for stage, _ in tally.by_stage), "total"))
