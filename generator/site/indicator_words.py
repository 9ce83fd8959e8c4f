"""The words of the performance indicators, from the theme's template _indicator_words.md (one
macro a sentence, `{% set %}` names for fixed labels): this module picks which to say and
passes the numbers, labels and flags; every word is in the template, so a site can reword it
(`plainsight customise _indicator_words`). The indicator files' own text (names, periods,
units, a comparison the source prints) is data and passes through as it is.

Public API:

    IndicatorWords(env)   the words as the site's templates say them (env: templating.environment)
    IndicatorWords.packaged()   the package's own wording (figures drawn outside a site build)
    words.source          the template's text, for cache keys: changed words, figures redrawn
    words.say(macro, *args), words.label(name)   any macro or fixed label (from words.Words)
    words.compared(value, indicator)             a value against England, in words
    words.value_cell(value), rank_cell(value), comparator_cell(value, indicator, comparator)
    words.columns(comparator, intervals, trends) the section table's headers
    words.notes(indicators)                      under the section table
    words.spine_title(section, comparator), trend_title(section)
    words.spine_caption(found, area, comparator), trend_caption(found, area)
    words.spine_description(rows, area, line), spine_axis(ranged) -> (title, left, right)
    words.narrow_note(ranged, interval), narrow_values(row, area, ranged)
    words.trend_description(series, area), trend_axis(name), trend_legend(names)
    words.column_description(name)               what an indicator CSV's column holds
    words.every_csv() -> (title, description), section_csv(title) -> (title, description)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..indicators.model import Indicator, Indicators, Value
from .words import Words

# indicator_charts' SpineRow and TrendSeries: that module imports these words, so naming its
# types here would be an import cycle (indicator_narrow takes them as Any too).
SpineRow = Any
TrendSeries = Any


class IndicatorWords(Words):
    TEMPLATE = "_indicator_words.md"

    def compared(self, value: Value, indicator: Indicator) -> str:
        """Fingertips' own test where the file has one, else the comparison the source prints,
        else higher or lower than the benchmark (with which is better): never a test."""
        if value.fingertips and value.fingertips.lower() not in ("not compared", ""):
            return self.say("fingertips", value.fingertips)
        if value.comparison:
            return value.comparison
        if value.comparator is None:
            return ""
        higher = None if value.value == value.comparator else value.value > value.comparator
        better = (None if higher is None or value.polarity not in ("High", "Low")
                  else higher == (value.polarity == "High"))
        return self.say("compared", indicator.comparator_label, higher, better, value.polarity)

    def value_cell(self, value: Value) -> str:
        if value.lower_ci is not None and value.upper_ci is not None:
            return self.say("value_interval", value.shown, value.lower_ci, value.upper_ci)
        return value.shown

    def rank_cell(self, value: Value) -> str:
        return self.say("rank", value.rank, value.rank_of) \
            if value.rank is not None and value.rank_of else ""

    def comparator_cell(self, value: Value, indicator: Indicator, comparator: str) -> str:
        """The benchmark's value; named when it is not the table's own (a target)."""
        if not value.comparator_shown:
            return ""
        if indicator.comparator_label != comparator:
            return self.say("other_comparator", value.comparator_shown,
                            indicator.comparator_label)
        return value.comparator_shown

    def columns(self, comparator: str, intervals: bool, trends: bool) -> tuple[str, ...]:
        c = self.label("column")
        return (c["indicator"], c["breakdown"], c["period"],
                c["value_interval"] if intervals else c["value"], c["unit"], comparator,
                self.say("compared_column", comparator), c["rank"], c["best"],
                c["worst"]) + ((c["trend"],) if trends else ())

    def notes(self, indicators: Indicators) -> tuple[str, ...]:
        return (self.say("source_note", indicators.producer, indicators.updated,
                         indicators.source), self.label("rank_note"))

    def spine_title(self, section: str, comparator: str) -> str:
        return self.say("spine_title", section, comparator)

    def trend_title(self, section: str) -> str:
        return self.say("trend_title", section)

    def spine_caption(self, found: Sequence[Indicator], area: str, comparator: str) -> str:
        """How many latest values are lower or higher than the comparator's, counted here."""
        heads = [(i, i.headline()) for i in found]
        against = [h for i, h in heads if h.comparator is not None
                   and i.comparator_label == comparator]
        lower = sum(1 for h in against if h.value < (h.comparator or 0))
        higher = sum(1 for h in against if h.value > (h.comparator or 0))
        others = sorted({i.comparator_label for i, h in heads if h.comparator is not None
                         and i.comparator_label != comparator})
        ranged = any(h.best is not None and h.worst is not None for _, h in heads)
        return self.say("spine_caption", area, comparator, len(found), len(against), lower,
                        higher, others, ranged)

    def trend_caption(self, found: Sequence[Indicator], area: str) -> str:
        changes = []
        for item in found:
            first, last = item.history()[0], item.history()[-1]
            changes.append({"label": item.label, "first": first, "last": last,
                            "change": (last.value > first.value) - (last.value < first.value)})
        return self.say("trend_caption", area, changes)

    def spine_description(self, rows: Sequence[SpineRow], area: str, line: bool) -> str:
        return self.say("spine_description", area, rows, line)

    def spine_axis(self, ranged: bool) -> tuple[str, str, str]:
        """The x axis's title, and its left and right ends."""
        ends = self.label("spine_ends")
        left, right = (ends["best"], ends["worst"]) if ranged else (ends["lower"], ends["higher"])
        return self.say("spine_axis", ranged), left, right

    def narrow_note(self, ranged: bool, interval: bool) -> str:
        return self.say("narrow_spine_note", ranged, interval)

    def narrow_values(self, row: SpineRow, area: str, ranged: bool) -> str:
        return self.say("narrow_spine_values", area, row, ranged)

    def trend_description(self, series: Sequence[TrendSeries], area: str) -> str:
        points = [(s.label, list(zip(s.periods, s.values, strict=True))) for s in series]
        return self.say("trend_description", area, points)

    def trend_axis(self, name: str) -> str:
        return str(self.label("trend_axis")[name])

    def trend_legend(self, names: Sequence[str]) -> list[str]:
        """The narrow trend chart's legend: the area's line (the first) is solid."""
        return [self.say("trend_legend", name, i == 0) for i, name in enumerate(names)]

    def column_description(self, name: str) -> str:
        return str(self.label("csv_columns")[name])

    def every_csv(self) -> tuple[str, str]:
        every = self.label("every_csv")
        return every["title"], every["description"]

    def section_csv(self, title: str) -> tuple[str, str]:
        return self.say("section_csv_title", title), self.say("section_csv_description", title)
