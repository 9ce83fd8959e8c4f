"""Old URLs that must keep working: a small page at every old URL, pointing at where its
content lives now (which URLs: site/redirects.py).

Public API: OldAddresses(site).
"""

from __future__ import annotations

import posixpath

from ...core import urls as paths
from .. import contexts, redirects
from ..bundle import Asset
from ..part import Part, Site


class OldAddresses(Part):
    name = "old_addresses"

    def __init__(self, site: Site):
        self.site = site

    def assets(self) -> list[Asset]:
        template = self.site.env.get_template(contexts.Redirect.TEMPLATE)
        return [Asset(r.file, template.render(contexts.Redirect(
            target=paths.url(r.new), relative=_relative(r)).names()).encode("utf-8"))
                for r in redirects.for_strategy(self.site.strategy)]


def _relative(redirect: redirects.Redirect) -> str:
    """The new page's URL relative to the old one, so redirects work under any base path."""
    old_dir = paths.url(redirect.old)
    return posixpath.relpath(paths.url(redirect.new), old_dir) + "/"
