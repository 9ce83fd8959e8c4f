"""XML written with ElementTree, each document with its own default namespace.

Public API:

    tostring(root, default) -> str   the element as text, `default` the unprefixed namespace

ElementTree keeps its prefixes in one table for the whole process, and registering the empty
prefix for one namespace takes it from any other: once the sitemap or an XLIFF file had been
written, the charts drawn after it in the same process (`mkdocs serve`, the tests) came out
as <ns0:svg>, which HTML does not draw. ElementTree's own `default_namespace` refuses the
plain attribute names every one of these documents has, so the empty prefix is registered
here, for each document, under a lock.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET

_LOCK = threading.Lock()


def tostring(root: ET.Element, default: str) -> str:
    with _LOCK:
        ET.register_namespace("", default)
        return ET.tostring(root, encoding="unicode")
