"""Progress on the plan: the latest report at /progress/, each report kept at
/progress/<date>/, and the menu entry; nothing at all when the site has no report.

Public API: ProgressPages(site).
"""

from __future__ import annotations

from ...core import urls as paths
from .. import contexts
from ..part import NavEntry, PageSpec, Part, Site, made_from
from ..progress import report_view


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
