"""/indicators/: every indicator by stage and section, and the indicators' CSVs (the section
pages' figures are the strategy part's, from the same `Site.measures`).

Public API: Indicators(site).
"""

from __future__ import annotations

from ...core import urls as paths
from .. import contexts
from .. import indicators as measures
from ..bundle import Asset
from ..part import Download, NavEntry, PageSpec, Part, Site, made_from


class Indicators(Part):
    name = "indicators"

    def __init__(self, site: Site):
        self.site = site
        found = site.inputs.indicators
        self.shown = found is not None and bool(site.measures)
        if found is None or not self.shown:
            return
        words = site.indicator_words  # the site's own: its figures were built in them
        self.files = measures.downloads(found, site.strategy, site.measures, words)
        self.index = PageSpec(paths.INDICATORS, site.words.title("indicators"),
                              contexts.IndicatorsIndex(
                                  indicators=found,
                                  groups=measures.page_groups(found, site.strategy, words)),
                              sources=made_from(found.sources))

    def pages(self) -> list[PageSpec]:
        return [self.index] if self.shown else []

    def assets(self) -> list[Asset]:
        return self.files if self.shown else []

    def downloads(self) -> list[Download]:
        if not self.shown:
            return []
        words = self.site.words
        return [Download(paths.INDICATORS_CSV, words.download("indicators_csv")),
                *(Download(f.csv_src, words.say("indicators_download", f.title))
                  for f in self.site.measures.values())]

    def nav(self) -> list[NavEntry]:
        return [NavEntry("indicators", self.index.link())] if self.shown else []
