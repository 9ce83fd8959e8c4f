"""Progress on the plan: the latest report at /progress/, each report kept at
/progress/<date>/, and the menu entry; the feeds (Atom and JSON Feed, the site's and each
section's, announced in the pages' heads) and open-data/progress.csv; nothing at all when
the site has no report.

Public API: ProgressPages(site).
"""

from __future__ import annotations

import pickle
from typing import Any

from ...content.strategy import Strategy
from ...core import urls as paths
from ...progress.model import Progress
from .. import contexts, csvtables, feeds
from ..bundle import Asset
from ..drawing import Drawer
from ..figure import Figure
from ..part import Alternate, Download, NavEntry, PageSpec, Part, Site, made_from
from ..progress import ProgressWords, ReportView, report_view
from ..progress_data import progress_csv


class ProgressPages(Part):
    name = "progress"

    @classmethod
    def shows(cls, site: Site) -> bool:
        return site.inputs.progress is not None

    def __init__(self, site: Site):
        self.site = site
        progress = site.inputs.progress
        assert progress is not None  # shows() said so
        self.progress = progress
        strategy = site.strategy
        self.words = site.progress_words
        # Each report's page worked out once: its page at /progress/<date>/, the latest's at
        # /progress/ too, and its summary figure are all made from it.
        views = {r.id: report_view(progress, strategy, r) for r in progress.reports}
        self.figures = _figures(progress, strategy, views, self.words, site.drawer)
        self.latest = self._page(paths.PROGRESS, views[progress.latest.id])
        self.archive = [self._page(paths.progress_report(r.id), views[r.id])
                        for r in progress.reports]
        self.strategy = strategy
        # The feeds (site/feeds.py), in the site's words.
        self.feeds = feeds.feeds(progress, strategy, self.words, site.site_url)

    def _page(self, src: str, view: ReportView) -> PageSpec:
        site, progress, report = self.site, self.progress, view.report
        title = site.words.title("progress") if src == paths.PROGRESS else report.title
        return PageSpec(src, title, contexts.ProgressReport(
            view=view, summary=self.figures[report.id], confidence=progress.confidence,
            rating=progress.confidence_level),
            in_nav=src == paths.PROGRESS,
            sources=made_from((site.strategy.files.document,), report.sources))

    def assets(self) -> list[Asset]:
        """Each report's roll-up as CSV, with its columns described; the feeds (Atom and
        JSON Feed, the site's and each section's) and open-data/progress.csv."""
        found: list[Asset] = []
        for report in self.progress.reports:
            figure = self.figures[report.id]
            table = csvtables.CsvTable(figure.csv_src, figure.title,
                                       self.words.say("rollup_csv", report.title),
                                       _described(figure, self.words))
            found += [Asset(figure.csv_src, figure.csv.encode("utf-8")),
                      csvtables.metadata_file(table)]
        site = self.site
        author = site.strategy.document.organisation or site.strategy.document.title
        return [*found, *feeds.feed_assets(self.feeds, author, site.site_url),
                *progress_csv(self.progress, site.strategy, self.words, site.site_url)]

    def pages(self) -> list[PageSpec]:
        return [self.latest, *self.archive]

    def nav(self) -> list[NavEntry]:
        return [NavEntry("progress", self.latest.link())]

    def downloads(self) -> list[Download]:
        words = self.site.words
        return [Download(paths.PROGRESS_CSV, words.download("progress_csv")),
                Download(paths.PROGRESS_ATOM, words.download("progress_atom")),
                Download(paths.PROGRESS_JSON_FEED, words.download("progress_json_feed"))]

    def alternates(self) -> list[Alternate]:
        """The site's feeds on every page; each section's on its page and its commitments'."""
        return [Alternate(feeds.FEED_TYPES[kind], feed.title, src,
                          () if feed.section is None
                          else feeds.section_pages(self.strategy, feed.section))
                for feed in self.feeds
                for kind, src in (("xml", feed.src), ("json", feed.json_src))]


def _figures(progress: Progress, strategy: Strategy, views: dict[str, ReportView],
             words: ProgressWords, drawer: Drawer) -> dict[str, Figure]:
    """Each report's roll-up figure, from the disk cache while the reports, the plan and the
    words are the same (so a rebuild neither builds specs nor imports Altair)."""
    key = [pickle.dumps((progress, [(s.id, s.title, [c.ref for c in s.commitments])
                                    for _, s in strategy.all_sections()],
                         strategy.names), protocol=pickle.HIGHEST_PROTOCOL),
           words.source.encode()] if drawer.cache.folder else []
    return drawer.kept("progress-figures", key,
                       lambda: _draw(views, strategy.names, words, drawer))


def _draw(views: dict[str, ReportView], names: Any, words: ProgressWords,
          drawer: Drawer) -> dict[str, Figure]:
    from ..progress_chart import rollup_figure  # Altair: only when a figure must be drawn
    return {report_id: rollup_figure(view, words, names, drawer)
            for report_id, view in views.items()}


def _described(figure: Figure, words: ProgressWords) -> tuple[csvtables.Column, ...]:
    """The roll-up CSV's columns: the section, a count per stage, the total."""
    return tuple(csvtables.Column(title, "string" if key == "section" else "integer",
                                  words.say("rollup_column", key, title))
                 for key, title in zip(figure.column_keys, figure.columns, strict=True))
