"""Machine-readable downloads for partners: the delivery plan as JSON."""

from __future__ import annotations

import json
from typing import Any

from . import paths, refs
from .bundle import Asset
from .content import Strategy


def _address(site_url: str, src: str) -> str:
    return site_url + paths.url(src)


def delivery_plan(strategy: Strategy, site_url: str = "") -> dict[str, Any]:
    """Every commitment and action with its ref, text, URL and sub-priority."""
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
            },
            "stage": {"id": placed.group.id, "title": placed.group.title},
            "actions": [{"ref": a.ref, "title": a.text,
                         "url": _address(site_url, page) + "#" + refs.slug(a.ref)}
                        for a in placed.actions],
            "notes": list(placed.notes),
            "previous_refs": list(placed.previous_refs),
        })
    return {"strategy": strategy.document.title, "commitments": commitments}


def delivery_plan_json(strategy: Strategy, site_url: str = "") -> Asset:
    text = json.dumps(delivery_plan(strategy, site_url), ensure_ascii=False, indent=2)
    return Asset(paths.DELIVERY_PLAN_JSON, (text + "\n").encode("utf-8"))
