"""The accessibility statement: always built, since a public-sector site must have one (from
defaults when the site has no statement file).

Public API: AccessibilityStatement(site).
"""

from __future__ import annotations

from ...core import urls as paths
from .. import contexts
from ..part import FooterLink, PageSpec, Part, Site, made_from


class AccessibilityStatement(Part):
    name = "accessibility"

    def __init__(self, site: Site):
        statement = site.inputs.statement
        self.page = PageSpec(paths.ACCESSIBILITY, site.words.title("accessibility"),
                             contexts.Accessibility(
                                 statement=statement,
                                 has_easy_read=bool(site.inputs.easy_read.pages)),
                             in_nav=False,
                             sources=made_from((statement.source,)) if statement else ())

    def pages(self) -> list[PageSpec]:
        return [self.page]

    def footer(self) -> list[FooterLink]:
        return [FooterLink("accessibility", self.page.title, self.page.src)]
