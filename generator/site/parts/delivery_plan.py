"""The delivery plan: its index, a page per commitment, and the plan as open data.

Public API: DeliveryPlan(site).
"""

from __future__ import annotations

from ...core import urls as paths
from .. import contexts, opendata
from ..bundle import Asset
from ..part import Download, NavEntry, PageSpec, Part, Site, made_from
from ..progress import commitment_progress


class DeliveryPlan(Part):
    name = "delivery_plan"

    @classmethod
    def shows(cls, site: Site) -> bool:
        return site.strategy.has_delivery_plan

    def __init__(self, site: Site):
        self.site = site
        s = site.strategy
        files = s.files
        self.index = PageSpec(paths.DELIVERY_PLAN, site.words.title("delivery_plan"),
                              contexts.DeliveryPlanIndex(),
                              sources=made_from((files.document,), files.sections.values(),
                                                files.plans.values()))
        referred_by = s.referred_by()
        histories = site.histories
        singular = s.names.commitment.singular
        self.commitments = []
        for placed in s.commitments():
            shown = commitment_progress(histories, placed)
            self.commitments.append(PageSpec(
                paths.commitment(placed.ref),
                site.words.say("commitment_title", singular, placed.ref),
                contexts.Commitment(c=placed, referred_by=referred_by.get(placed.ref, []),
                                    progress=shown),
                in_nav=False,
                sources=made_from(files.of_section(placed.section),
                                  shown.sources() if shown else ())))

    def pages(self) -> list[PageSpec]:
        return [self.index, *self.commitments]

    def assets(self) -> list[Asset]:
        site = self.site
        return [opendata.delivery_plan_json(site.strategy, site.site_url,
                                            site.inputs.indicators,
                                            site.inputs.progress)]

    def downloads(self) -> list[Download]:
        return [Download(paths.DELIVERY_PLAN_JSON,
                         self.site.words.download("delivery_plan_json"))]

    def nav(self) -> list[NavEntry]:
        return [NavEntry("delivery_plan", self.index.link())]
