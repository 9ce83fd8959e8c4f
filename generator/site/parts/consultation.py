"""The consultation: results, what people said and "You said, we did", with charts and the
consultation's downloads (its CSVs, their metadata and the JSON).

Public API: Consultation(site).
"""

from __future__ import annotations

from typing import Any

from ...core import urls as paths
from .. import consultation, contexts
from ..bundle import Asset
from ..part import Download, NavEntry, PageSpec, Part, Site, made_from


class Consultation(Part):
    name = "consultation"

    @classmethod
    def shows(cls, site: Site) -> bool:
        return site.inputs.results is not None and site.figures is not None

    def __init__(self, site: Site):
        self.site = site
        words = site.words
        results, report, figures = site.inputs.results, site.inputs.report, site.figures
        assert results is not None and figures is not None  # shows() said so
        self.results, self.figures = results, figures
        # Made once here, so the open-data page's dictionary needs no other step to run first.
        self.files = consultation.downloads(results, figures, site.chart_words)
        sources = made_from(results.sources, (report.source if report else None,))
        scale = [o.label for o in results.agreement[0].options if o.kind == "agree"] \
            if results.agreement else []
        base = site.chart_words.base_definition(results.agreement[0]) if results.agreement \
            else ""
        self.index = PageSpec(paths.CONSULTATION, results.title, contexts.ConsultationIndex(
            results=results, report=report, charts=figures, agree_labels=scale,
            base_definition=base), nav_label=words.nav("consultation"), sources=sources)
        questions = [{"grid": grid, "chart": chart, "about": site.about((grid or q[0]).about),
                      "statements": [{"question": s, "about": site.about(s.about)} for s in q]}
                     for (grid, q), chart in zip(results.agreement_groups(), figures.questions,
                                                 strict=True)]
        self.answers = PageSpec(paths.CONSULTATION_RESULTS,
                                words.title("consultation_results"), contexts.Results(
                                    questions=questions, base_definition=base,
                                    min_base=results.min_base_for_percent), sources=sources)
        quotes = [{"text": q.text, "about_title": (site.about(q.about) or (None,))[0]}
                  for q in results.quotes]
        self.said = PageSpec(paths.WHAT_PEOPLE_SAID, words.title("what_people_said"),
                             contexts.WhatPeopleSaid(charts=figures, report=report,
                                                     quotes=quotes), sources=sources)
        self.did = PageSpec(paths.YOU_SAID_WE_DID, words.title("you_said_we_did"),
                            contexts.YouSaidWeDid(report=report, targets=self._change_targets),
                            sources=sources) \
            if report is not None else None

    def _change_targets(self, change: Any) -> list[tuple[str, str]]:
        """(title, page) of each strategy item a "You said, we did" change links to."""
        return [page for link in change.links if (page := self.site.about(link))]

    def pages(self) -> list[PageSpec]:
        return [self.index, self.answers, self.said, *([self.did] if self.did else [])]

    def assets(self) -> list[Asset]:
        return self.files

    def downloads(self) -> list[Download]:
        words = self.site.words
        return [
            Download(paths.AGREEMENT_CSV, words.download("agreement_csv")),
            Download(paths.ANSWERS_CSV, words.download("answers_csv")),
            Download(paths.CONSULTATION_JSON, words.download("consultation_json")),
            *(Download(paths.chart_csv(c.id), words.say("chart_download", c.title))
              for c in self.figures.all())]

    def nav(self) -> list[NavEntry]:
        pages = [self.answers.link(), self.said.link(), *([self.did.link()] if self.did else [])]
        heading = self.site.words.nav("consultation")
        return [NavEntry("consultation", {heading: [self.index.src, *pages]})]
