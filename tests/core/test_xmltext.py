"""Each XML document keeps its own default namespace, whatever was written before it in the
same process: a chart drawn after the sitemap or an XLIFF file is still <svg>, not <ns0:svg>
(which HTML does not draw: the charts of `mkdocs serve`'s second build were lost)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from plainsight_strategy.site.chartsvg import SVG_NS, accessible_svg
from plainsight_strategy.translation.alternates import Edition, sitemap
from plainsight_strategy.translation.xliff import NS, write_xliff

SVG = (f'<svg xmlns="{SVG_NS}" width="100" height="50"><g class="mark-rect">'
       '<path d="M0,0h10v10h-10Z"/></g><text>A</text></svg>')


def test_a_chart_after_a_sitemap_and_an_xliff_file_is_still_svg() -> None:
    first = accessible_svg(SVG, "c", "Title", "Description")
    editions = [Edition("en-GB", "English", "ltr"), Edition("cy", "Cymraeg", "ltr", "cy/")]
    written = sitemap([("", None)], editions, "https://example.org/").decode()
    assert '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"' in written
    xliff = write_xliff([], "https://example.org/", "en-GB", "cy").decode()
    assert f'<xliff xmlns="{NS}"' in xliff
    after = accessible_svg(SVG, "c", "Title", "Description")
    assert after == first and after.startswith("<svg ") and "ns0:" not in after
    assert ET.fromstring(after).tag == f"{{{SVG_NS}}}svg"
