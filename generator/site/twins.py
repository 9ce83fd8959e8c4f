"""Which easy-read page each full page links to, and which full page each easy one explains.

Public API: Twins(inputs) (.link_for(src) -> src | None), available(inputs) -> set of twin
names an easy-read page may use.
"""

from __future__ import annotations

from ..core import urls
from .inputs import Inputs


def available(inputs: Inputs) -> set[str]:
    """The twin names of the full pages this site has: home, stages, free pages, and the
    site's own pages, less those of parts the inputs do not have."""
    has = {"consultation": inputs.results is not None,
           "report": inputs.results is not None and inputs.report is not None,
           "delivery-plan": inputs.strategy.has_delivery_plan,
           "glossary": bool(inputs.strategy.glossary),
           "principles": any(one.src == urls.PRINCIPLES for one in inputs.strategy.lists)}
    own = {name for name in urls.TWIN_PAGES if has.get(urls.TWIN_NEEDS.get(name, ""), True)}
    strategy = inputs.strategy
    return {urls.HOME_TWIN, *(g.id for g in strategy.groups),
            *(s.id for s in strategy.flat_sections), *(n.id for n in strategy.document.lists),
            *(p.entry.id for p in strategy.pages), *own}


class Twins:
    """Which easy-read page each full page links to, and which full page each easy one explains.

    A full page links to the easy-read page that names it as its twin, else to the nearest
    one: a section to its stage's, a commitment to its stage's, anything else to easy-read home.
    """

    def __init__(self, inputs: Inputs):
        strategy, easy = inputs.strategy, inputs.easy_read
        self.group_ids = {g.id for g in strategy.groups}
        # every full page's twin key for its nearest easy-read page, worked out once
        self.nearest: dict[str, str] = {}
        for group, section in strategy.all_sections():
            self.nearest[urls.section(group, section)] = group.id if group else section.id
        for placed in strategy.commitments():
            self.nearest[urls.commitment(placed.ref)] = \
                placed.group.id if placed.group else placed.section.id
        self.by_full = {self.full_page(p.twin): urls.easy_read(p.id) for p in easy.pages}
        self.full_of = {urls.easy_read(p.id): self.full_page(p.twin) for p in easy.pages}
        if easy.hard_words and strategy.glossary:  # a glossary page exists only with terms
            self.by_full.setdefault(urls.GLOSSARY, urls.EASY_READ_HARD_WORDS)
            self.full_of[urls.EASY_READ_HARD_WORDS] = urls.GLOSSARY
        if inputs.progress is not None:  # "How are we doing?" is made with /progress/
            progress_easy = urls.easy_read(urls.EASY_READ_PROGRESS_ID)
            self.by_full[urls.PROGRESS] = progress_easy
            self.full_of[progress_easy] = urls.PROGRESS
        self.home = urls.easy_read(urls.EASY_READ_HOME_ID) if any(
            p.id == urls.EASY_READ_HOME_ID for p in easy.pages) else None

    def full_page(self, key: str) -> str:
        """The source path of the full page a twin key names."""
        return urls.twin_page(key, self.group_ids)

    def link_for(self, src: str) -> str | None:
        if src in self.full_of:
            return self.full_of[src]
        if src.startswith(urls.EASY_READ_DIR):
            return urls.HOME  # an easy-read page with no full twin: the full version's home
        if src in self.by_full:
            return self.by_full[src]
        nearest = self.nearest.get(src, src.split("/", 1)[0])  # else the folder it is in
        return self.by_full.get(self.full_page(nearest), self.home)
