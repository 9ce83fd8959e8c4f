"""The indicator names a delivery plan lists, matched to the values on the dashboards.

Public API: match(names, indicators) -> [(name, indicator id | None)]

Conservative on purpose: a name links only when it starts with the indicator's code ("C04
...") or when the two names are the same once case, punctuation, "&" and the code are set
aside, and only when exactly one indicator of the section fits. Anything else stays as text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Indicator

_CODE = re.compile(r"^\s*([A-Z]\d{2}[a-z]?)\b")


def normalised(text: str) -> str:
    text = text.lower().replace("&", " and ").replace("½", " 1/2")
    return " ".join(re.findall(r"[a-z0-9]+", text))


def match(names: Sequence[str], indicators: Sequence[Indicator]) -> list[tuple[str, str | None]]:
    by_name: dict[str, set[str]] = {}
    by_code: dict[str, set[str]] = {}
    for item in indicators:
        by_name.setdefault(normalised(item.name), set()).add(item.id)
        by_name.setdefault(normalised(item.label), set()).add(item.id)
        if item.code:
            by_code.setdefault(item.code.lower(), set()).add(item.id)
    found: list[tuple[str, str | None]] = []
    for name in names:
        code = _CODE.match(name)
        ids = by_code.get(code.group(1).lower(), set()) if code else set()
        ids = ids or by_name.get(normalised(name), set())
        found.append((name, next(iter(ids)) if len(ids) == 1 else None))
    return found
