"""Values as people write them in reports and trackers: dates, and words of a vocabulary.

Public API:

    parse_date(value) -> date | None        ISO (2022-09-30), a YAML or Excel date, or the
                                            UK's day first (30/09/2022)
    Vocabulary(ids, names, mapped)          .match(word) -> id | None, .allowed() -> text
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_date(value: object) -> dt.date | None:
    """A date, or None when it cannot be read as one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if match := _ISO.match(text):
        year, month, day = match.groups()
    elif match := _DAY_FIRST.match(text):
        day, month, year = match.groups()
    else:
        return None
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _key(word: str) -> str:
    """Capitals, spaces, hyphens and underscores do not matter: "In progress" = in_progress."""
    return re.sub(r"[\s_-]+", " ", word).strip().casefold()


@dataclass(frozen=True)
class Vocabulary:
    """Ids (in order), their names, and a file's own words mapped to ids."""

    ids: Sequence[str]
    names: Mapping[str, str] = field(default_factory=dict)  # id -> name
    mapped: Mapping[str, str] = field(default_factory=dict)  # a file's word -> id

    def match(self, word: str) -> str | None:
        key = _key(word)
        for given, target in self.mapped.items():
            if _key(given) == key:
                return target
        for one in self.ids:
            if key in (_key(one), _key(self.names.get(one, one))):
                return one
        return None

    def allowed(self) -> str:
        return ", ".join(self.ids)
