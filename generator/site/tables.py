"""Data tables that read well (the GOV.UK Design System's table): which columns hold numbers
(right aligned, tabular figures, never broken) and which hold periods or other short figures
(never broken), decided where each table is made.

Public API: column_classes(rows) -> list[str] (a class per column, "" for text), used by the
page templates for the tables they write in HTML; TablesExtension, the Python-Markdown
extension the plugin adds for tables written in Markdown (the delivery plan, the open data
page, a table in a free page): each gets class="ps-table", its cells the same classes, a
bold line right before it as its <caption>, and a labelled, keyboard-focusable region that
scrolls sideways on a small screen.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Iterable, Sequence

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

NUMBER_CLASS = "ps-num"
NOWRAP_CLASS = "ps-nowrap"

_NUM = r"[−-]?\d[\d,]*(?:\.\d+)?"
# A number or percentage, also as a table gives it: "fewer than 5", "6 of 15", "80.0 (target)"
_NUMBER = re.compile(rf"^(?:fewer than |more than |about |[<>≤≥~] ?)?{_NUM}%?"
                     rf"(?: of {_NUM})?(?: \([^()]{{1,20}}\))?$")
# A short figure that must not be broken: a period (2019/20, 2018 - 20, Jan-22, Week 3 2022,
# Q3 2021 to Q2 2022) or a value with its unit; words of a sentence are left to wrap.
_SHORT_FIGURE = re.compile(r"^(?=.*\d)[\w/.,%+() –-]{1,24}$")


def _kind(texts: Iterable[str]) -> str:
    filled = [" ".join(t.split()) for t in texts if t and t.strip()]
    if not filled:
        return ""
    if all(_NUMBER.match(t) for t in filled):
        return NUMBER_CLASS
    if all(_NUMBER.match(t) or _SHORT_FIGURE.match(t) for t in filled):
        return NOWRAP_CLASS
    return ""


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def column_classes(rows: Sequence[Sequence[object]], width: int = 0) -> list[str]:
    """One class per column of the body rows (at least `width` of them): "ps-num" when every
    filled cell is a number or percentage, "ps-nowrap" when each is a number or a short figure
    such as a period, else "" (text, or no rows)."""
    width = max(width, *(len(row) for row in rows)) if rows else width
    return [_kind(_text(row[i]) for row in rows if i < len(row)) for i in range(width)]


def _add_class(element: etree.Element, name: str) -> None:
    if name:
        classes = element.get("class", "").split()
        element.set("class", " ".join([*classes, name]))


def _bold_line(element: etree.Element | None) -> str:
    """The text of a paragraph that is one bold phrase and nothing else, else ""."""
    if element is None or element.tag != "p" or len(element) != 1:
        return ""
    strong = element[0]
    if strong.tag != "strong" or (element.text or "").strip() or (strong.tail or "").strip():
        return ""
    return "".join(strong.itertext()).strip()


class _Tables(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        count = 0
        for parent in list(root.iter()):
            for table in list(parent):
                if table.tag != "table" or table.get("class"):
                    continue
                count += 1
                self._style(table)
                self._wrap(parent, table, count)

    def _style(self, table: etree.Element) -> None:
        _add_class(table, "ps-table")
        body = table.find("tbody")
        rows = [list(tr) for tr in body.findall("tr")] if body is not None else []
        kinds = column_classes([["".join(c.itertext()).strip() for c in row] for row in rows])
        head = table.find("thead/tr")
        for i, th in enumerate(list(head) if head is not None else []):
            if i < len(kinds) and kinds[i] == NUMBER_CLASS:
                _add_class(th, NUMBER_CLASS)
        for row in rows:
            for i, cell in enumerate(row):
                if i < len(kinds):
                    _add_class(cell, kinds[i])

    def _wrap(self, parent: etree.Element, table: etree.Element, count: int) -> None:
        """Put the table in its region; a bold line just before it becomes its caption and
        names the region; otherwise the nearest heading before it names the region."""
        children = list(parent)
        at = children.index(table)
        before = children[at - 1] if at else None
        region = etree.Element("div", {"class": "ps-table-wrap", "role": "region",
                                       "tabindex": "0"})
        caption_text = _bold_line(before)
        if caption_text:
            caption = etree.Element("caption", {"id": f"ps-table-caption-{count}"})
            caption.text = caption_text
            table.insert(0, caption)
            region.set("aria-labelledby", caption.get("id", ""))
            parent.remove(before)
        else:
            heading = next((e for e in reversed(children[:at])
                            if re.fullmatch(r"h[1-6]", e.tag)), None)
            name = "".join(heading.itertext()).strip() if heading is not None else ""
            region.set("aria-label", f"{name} (table)" if name else "Table")
        at = list(parent).index(table)
        parent.remove(table)
        region.append(table)
        parent.insert(at, region)
        region.tail, table.tail = table.tail, None


class TablesExtension(Extension):
    """Markdown tables marked up like the tables the templates write (see the module)."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        # after the tables, attr_list and toc treeprocessors (toc is 5), before inline HTML
        md.treeprocessors.register(_Tables(md), "plainsight_tables", 4)
