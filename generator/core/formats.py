"""The content format: its version, and the fields renamed since, so older sites keep building.

When a field is renamed, its old name goes in RENAMED. Reading a file then takes the old
name as the new one (the site still builds) and leaves a note for `plainsight check`, which
says exactly what to change: "rename 'old' to 'new'". An old name must never be a current
field name anywhere (tests/test_upgrades.py checks), so the renaming is never ambiguous.

Public API:

    FORMAT_VERSION                         the content format this package reads
    RENAMED: {old field: (new field, version of the rename)}
    upgrade(data, renamed=RENAMED) -> (data, [(path of the old key, old, new, version)])
"""

from __future__ import annotations

from typing import Any

FORMAT_VERSION = 1

# Old field name -> (new field name, the Plainsight version that renamed it).
RENAMED: dict[str, tuple[str, str]] = {}

Loc = tuple[str | int, ...]


def upgrade(data: Any, renamed: dict[str, tuple[str, str]] | None = None,
            loc: Loc = ()) -> tuple[Any, list[tuple[Loc, str, str, str]]]:
    """The data with old field names replaced by new ones, and where each one was found.

    A block that has both the old and the new name keeps both, so validation reports the old
    one as unknown rather than silently dropping a value."""
    table = RENAMED if renamed is None else renamed
    if not table:
        return data, []
    found: list[tuple[Loc, str, str, str]] = []
    if isinstance(data, dict):
        out = {}
        for key, value in data.items():
            value, inner = upgrade(value, table, (*loc, key))
            found += inner
            if isinstance(key, str) and key in table and table[key][0] not in data:
                new, version = table[key]
                found.append(((*loc, key), key, new, version))
                key = new
            out[key] = value
        return out, found
    if isinstance(data, list):
        items = []
        for index, value in enumerate(data):
            value, inner = upgrade(value, table, (*loc, index))
            found += inner
            items.append(value)
        return items, found
    return data, found
