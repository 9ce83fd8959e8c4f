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

    @classmethod
    def shows(cls, site: Site) -> bool:
        return site.inputs.indicators is not None and bool(site.measures)

    def __init__(self, site: Site):
        self.site = site
        found = site.inputs.indicators
        assert found is not None  # shows() said so
        words = site.indicator_words  # the site's own: its figures were built in them
        self.files = measures.downloads(found, site.strategy, site.measures, words)
        self.index = PageSpec(paths.INDICATORS, site.words.title("indicators"),
                              contexts.IndicatorsIndex(
                                  indicators=found,
                                  groups=measures.page_groups(found, site.strategy, words)),
                              sources=made_from(found.sources))

    def pages(self) -> list[PageSpec]:
        return [self.index]

    def assets(self) -> list[Asset]:
        return self.files

    def downloads(self) -> list[Download]:
        words = self.site.words
        return [Download(paths.INDICATORS_CSV, words.download("indicators_csv")),
                *(Download(f.csv_src, words.say("indicators_download", f.title))
                  for f in self.site.measures.values())]

    def nav(self) -> list[NavEntry]:
        return [NavEntry("indicators", self.index.link())]
