"""The delivery plan as machine-readable data for partners.

Public API:

    delivery_plan(strategy, site_url, indicators=None, progress=None) -> dict
    delivery_plan_json(strategy, site_url, indicators=None, progress=None) -> Asset

Every CSV the site publishes is defined once as a `csvtables.CsvTable` (header and column
descriptions); see that module. What the open-data page lists is declared by each part
(site/parts/, `Part.downloads()`) and put together in render.py.
"""

from __future__ import annotations

import json
from typing import Any

from ..content.strategy import Strategy
from ..core import refs
from ..core import urls as paths
from ..indicators.model import Indicators
from ..progress.model import Progress
from .bundle import Asset
from .indicators import summary
from .progress_data import latest


def _address(site_url: str, src: str) -> str:
    return site_url + paths.url(src)


def delivery_plan(strategy: Strategy, site_url: str = "",
                  indicators: Indicators | None = None,
                  progress: Progress | None = None) -> dict[str, Any]:
    """Every commitment and action with its ref, text, URL and sub-priority (with the
    sub-priority's indicators and their latest values, when the site has indicators; with
    its latest `progress` (report_date, stage, confidence), or null when no report mentions
    it, when the site has progress reports). The keys stay the same whatever the levels are
    called; a strategy that names its levels itself gets a `level_names` block saying what
    each key is called on its site."""

    states = latest(progress) if progress is not None else None

    def position(ref: str) -> dict[str, Any]:
        return {"progress": states.get(ref)} if states is not None else {}

    commitments = []
    for placed in strategy.commitments():
        page = paths.commitment(placed.ref)
        commitments.append({
            "ref": placed.ref,
            "title": placed.text,
            "url": _address(site_url, page),
            "sub_priority": {
                "id": placed.section.id,
                "letter": placed.section.letter,
                "title": placed.section.title,
                "url": _address(site_url, paths.section(placed.group, placed.section)),
                **({"indicators": summary(indicators, placed.section.id, site_url)}
                   if indicators is not None else {}),
            },
            "stage": {"id": placed.group.id, "title": placed.group.title}
            if placed.group else None,
            **position(placed.ref),
            "actions": [{"ref": a.ref, "title": a.text,
                         "url": _address(site_url, page) + "#" + refs.slug(a.ref),
                         **position(a.ref)}
                        for a in placed.actions],
            "notes": list(placed.notes),
            "previous_refs": list(placed.previous_refs),
        })
    found: dict[str, Any] = {"strategy": strategy.document.title}
    if "level_names" in strategy.document.model_fields_set:
        names = strategy.names
        found["level_names"] = {
            key: {"singular": getattr(names, level).singular,
                  "plural": getattr(names, level).many}
            for key, level in (("stage", "stage"), ("sub_priority", "sub_priority"),
                               ("theme", "theme"), ("commitment", "commitment"),
                               ("action", "action"))}
    found["commitments"] = commitments
    return found


def delivery_plan_json(strategy: Strategy, site_url: str = "",
                       indicators: Indicators | None = None,
                       progress: Progress | None = None) -> Asset:
    text = json.dumps(delivery_plan(strategy, site_url, indicators, progress),
                      ensure_ascii=False, indent=2)
    return Asset(paths.DELIVERY_PLAN_JSON, (text + "\n").encode("utf-8"))
