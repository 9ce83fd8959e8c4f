"""The whole strategy, and the easy-read edition, each on one page for printing.

Public API: PrintEditions(site).
"""

from __future__ import annotations

from ...core import urls as paths
from .. import contexts
from ..part import FooterLink, PageSpec, Part, Site
from .easy_read import blocks


class PrintEditions(Part):
    name = "print"

    def __init__(self, site: Site):
        self.words = site.words
        self.strategy = PageSpec(paths.PRINT, site.words.title("print"), contexts.PrintEdition(
            before=site.before, after=site.after, list_pages=site.list_pages,
            site_url=site.site_url), in_nav=False)
        easy = site.inputs.easy_read
        self.easy = PageSpec(
            paths.PRINT_EASY, site.words.title("print_easy"), contexts.PrintEasyRead(
                pages=[{"title": p.title, "blocks": blocks(site, p)} for p in easy.pages],
                hard_words=easy.hard_words), in_nav=False,
            abbreviations=False) if easy.pages else None

    def pages(self) -> list[PageSpec]:
        return [self.strategy, *([self.easy] if self.easy else [])]

    def footer(self) -> list[FooterLink]:
        return [FooterLink("print", self.words.footer("print"), self.strategy.src)]
