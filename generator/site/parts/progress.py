"""Progress on the plan: the latest report at /progress/, each report kept at
/progress/<date>/, and the menu entry; the feeds (Atom and JSON Feed, the site's and each
section's, announced in the pages' heads) and open-data/progress.csv; nothing at all when
the site has no report.

Public API: ProgressPages(site).
"""

from __future__ import annotations

from ...core import urls as paths
from .. import contexts, feeds
from ..bundle import Asset
from ..part import Alternate, Download, NavEntry, PageSpec, Part, Site, made_from
from ..progress import ProgressWords, report_view
from ..progress_data import progress_csv


class ProgressPages(Part):
    name = "progress"

    def __init__(self, site: Site):
        self.site = site
        progress = site.inputs.progress
        self.progress = progress
        if progress is None:
            return
        strategy = site.strategy
        self.latest = self._page(paths.PROGRESS, progress.latest)
        self.archive = [self._page(paths.progress_report(r.id), r) for r in progress.reports]
        self.strategy = strategy
        # The feeds and the CSV (site/feeds.py, site/progress_data.py), in the site's words.
        self.words = ProgressWords(site.env)
        self.feeds = feeds.feeds(progress, strategy, self.words, site.site_url)

    def _page(self, src: str, report) -> PageSpec:  # type: ignore[no-untyped-def]
        site, progress = self.site, self.site.inputs.progress
        assert progress is not None
        view = report_view(progress, site.strategy, report)
        title = site.words.title("progress") if src == paths.PROGRESS else report.title
        return PageSpec(src, title, contexts.ProgressReport(
            view=view, confidence=progress.confidence, rating=progress.confidence_level),
            in_nav=src == paths.PROGRESS,
            sources=made_from((site.strategy.files.document,), report.sources))

    def pages(self) -> list[PageSpec]:
        if self.progress is None:
            return []
        return [self.latest, *self.archive]

    def nav(self) -> list[NavEntry]:
        return [NavEntry("progress", self.latest.link())] if self.progress is not None else []

    def assets(self) -> list[Asset]:
        if self.progress is None:
            return []
        site = self.site
        author = site.strategy.document.organisation or site.strategy.document.title
        return [*feeds.feed_assets(self.feeds, author, site.site_url),
                *progress_csv(self.progress, site.strategy, self.words, site.site_url)]

    def downloads(self) -> list[Download]:
        if self.progress is None:
            return []
        words = self.site.words
        return [Download(paths.PROGRESS_CSV, words.download("progress_csv")),
                Download(paths.PROGRESS_ATOM, words.download("progress_atom")),
                Download(paths.PROGRESS_JSON_FEED, words.download("progress_json_feed"))]

    def alternates(self) -> list[Alternate]:
        """The site's feeds on every page; each section's on its page and its commitments'."""
        if self.progress is None:
            return []
        return [Alternate(feeds.FEED_TYPES[kind], feed.title, src,
                          () if feed.section is None
                          else feeds.section_pages(self.strategy, feed.section))
                for feed in self.feeds
                for kind, src in (("xml", feed.src), ("json", feed.json_src))]
