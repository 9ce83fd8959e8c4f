"""XLIFF 1.2, the exchange format translation tools read (Trados, memoQ, Weblate, Phrase).

Public API:

    NS                                   urn:oasis:names:tc:xliff:document:1.2
    ExportUnit(segment, target, stale)
    write_xliff(units, original, source_language, target_language) -> bytes
    Unit(id, source, target, state)      a trans-unit as read
    Xliff(original, source_language, target_language, units)
    read_xliff(data, name, problems) -> Xliff | None

Written with the standard library's ElementTree (it escapes &, < and > in text); read with
defusedxml, which refuses entity declarations (no external entities, no "billion laughs")
and DTDs that fetch anything. One `<file>` per XLIFF: `original` names the site,
`datatype="plaintext"` (Markdown travels as text: links, `**` and tags are characters the
translator keeps).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from ..core import xmltext
from ..core.problems import Problems
from .segments import Segment

NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class ExportUnit:
    segment: Segment
    target: str | None = None   # the stored translation, current or stale
    stale: bool = False


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _text(value: str) -> str:
    """XML 1.0 cannot hold most control characters: they are left out."""
    return _NOT_XML.sub("", value)


def write_xliff(units: list[ExportUnit], original: str, source_language: str,
                target_language: str) -> bytes:
    root = ET.Element(_q("xliff"), {"version": "1.2"})
    file = ET.SubElement(root, _q("file"), {
        "original": original, "source-language": source_language,
        "target-language": target_language, "datatype": "plaintext"})
    header = ET.SubElement(file, _q("header"))
    ET.SubElement(header, _q("tool"), {"tool-id": "plainsight", "tool-name": "Plainsight"})
    body = ET.SubElement(file, _q("body"))
    for unit in units:
        segment = unit.segment
        element = ET.SubElement(body, _q("trans-unit"), {"id": segment.id, XML_SPACE: "preserve"})
        ET.SubElement(element, _q("source")).text = _text(segment.source)
        if unit.target is not None:
            state = "needs-review-translation" if unit.stale else "translated"
            ET.SubElement(element, _q("target"), {"state": state}).text = _text(unit.target)
        note = ET.SubElement(element, _q("note"))
        note.text = f"{segment.where}: {segment.field}" + (
            " (the English changed since this was translated)" if unit.stale else "")
    ET.indent(root, space="  ")
    body_text = xmltext.tostring(root, NS)  # core/xmltext.py says why
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body_text}\n'.encode()


@dataclass(frozen=True)
class Unit:
    id: str
    source: str
    target: str | None
    state: str | None


@dataclass(frozen=True)
class Xliff:
    original: str
    source_language: str
    target_language: str
    units: tuple[Unit, ...]


def read_xliff(data: bytes, name: str, problems: Problems) -> Xliff | None:
    """The file's one <file> and its units; None (with a problem) when it cannot be used."""
    try:
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        problems.add(name, "the file declares XML entities, which are not accepted (they can "
                           "read files from this computer or expand without end)",
                     hint="export the file again from the translation tool")
        return None
    except ParseError as err:
        where = str(err).split(": line")[0]
        problems.add(name, f"the file is not well-formed XML ({where})",
                     line=err.position[0] if getattr(err, "position", None) else None,
                     hint="export the file again from the translation tool")
        return None
    if root.tag != _q("xliff"):
        problems.add(name, "this is not an XLIFF 1.2 file",
                     expected=f"an <xliff> root element in the namespace {NS}")
        return None
    files = root.findall(_q("file"))
    if len(files) != 1:
        problems.add(name, f"the file holds {len(files)} <file> elements",
                     expected="one, as `plainsight translate export` writes")
        return None
    file = files[0]
    missing = [a for a in ("original", "source-language", "target-language")
               if not file.get(a)]
    if missing:
        problems.add(name, f"<file> has no {', '.join(missing)}",
                     expected="the attributes `plainsight translate export` writes")
        return None
    units = [_unit(element) for element in file.iter(_q("trans-unit"))]
    return Xliff(file.get("original", ""), file.get("source-language", ""),
                 file.get("target-language", ""), tuple(units))


def _unit(element: ET.Element) -> Unit:
    source = element.find(_q("source"))
    target = element.find(_q("target"))
    return Unit(element.get("id", ""), "".join(source.itertext()) if source is not None else "",
                "".join(target.itertext()) if target is not None else None,
                target.get("state") if target is not None else None)
