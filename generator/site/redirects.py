"""Old URLs that must keep working: every previous id or ref points at its new page.

Public API: for_strategy(strategy) -> list[Redirect]; Redirect (.old, .new, .file).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..content.strategy import Strategy
from ..core import urls as paths


@dataclass(frozen=True)
class Redirect:
    old: str  # source path of the page that used to be there, e.g. "delivery-plan/a-9.md"
    new: str  # source path of the page that replaced it

    @property
    def file(self) -> str:
        """The HTML file written at the old URL: `a/b.md` -> `a/b/index.html`."""
        return paths.url(self.old).strip("/") + "/index.html" if self.old != paths.HOME \
            else "index.html"


def for_strategy(strategy: Strategy) -> list[Redirect]:
    found = {r.old: r for r in _all(strategy)}  # one redirect per old URL
    return [found[old] for old in sorted(found)]


def _all(strategy: Strategy) -> Iterator[Redirect]:
    for group in strategy.groups:
        for old_group in group.previous_ids:
            yield Redirect(paths.group(old_group), paths.group(group))
        for section in strategy.sections_of(group):
            new = paths.section(group, section)
            for gid in [group.id, *group.previous_ids]:
                for sid in [section.id, *section.previous_ids]:
                    old = paths.section(gid, sid)
                    if old != new:
                        yield Redirect(old, new)
    for section in strategy.flat_sections:
        for old_id in section.previous_ids:
            yield Redirect(paths.page(old_id), paths.section(None, section))
    for named in strategy.document.lists:
        for old_id in named.previous_ids:
            yield Redirect(paths.page(old_id), paths.page(named.id))
    for page in strategy.pages:
        for old_id in page.entry.previous_ids:
            yield Redirect(paths.page(old_id), paths.page(page.entry))
    for placed in strategy.commitments():
        for old_ref in placed.previous_refs:
            yield Redirect(paths.commitment(old_ref), paths.commitment(placed.ref))
