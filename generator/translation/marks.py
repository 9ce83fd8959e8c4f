"""Marks around text that is shown untranslated, from the content to the HTML.

Public API:

    Mark(segment, file, stale, note)     one untranslated text: its segment id, its file,
                                         whether a translation exists but is out of date, and
                                         the note shown after it ("English updated on ...")
    mark(text, index) -> str             the text with each Markdown block marked
    has_marks(text) -> bool
    strip(text) -> str                   the text without marks (titles, attributes, files)
    to_html(html, marks, lang, dir, notes=True) -> str
        every marked run becomes <span lang dir class="ps-untranslated">, with its note after
        it when `notes` (a block that holds nothing else takes lang, dir and the class
        itself); marks inside tags, <title>, <svg>, <script> and <style> are removed

A mark is made of private-use characters, which Markdown, Jinja2 and slugify leave alone
(slugify drops them: anchors are unchanged) and no content contains: START, the index in
the edition's table of Marks written in private-use digits, the text, END. A Markdown field
is marked block by block (translation/blocks.py), after each block's `## ` or `- `, so the
Markdown still reads the same; a table or an HTML block cannot hold a mark, so an empty mark
stands before it (the page is still known to hold untranslated text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import blocks

START, END = "\ue000", "\ue001"
_DIGIT0 = 0xE010
_INDEX = f"[{chr(_DIGIT0)}-{chr(_DIGIT0 + 9)}]+"
_ANY = re.compile(f"{START}{_INDEX}|{END}")
_RUN = re.compile(f"{START}({_INDEX})(.*?){END}", re.S)
_RAW = re.compile(r"<(title|svg|script|style|textarea)\b.*?</\1>|<[^>]*>", re.S | re.I)
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr"})


@dataclass(frozen=True)
class Mark:
    segment: str      # the segment id
    file: str         # its file, relative to the project folder
    stale: bool       # a translation exists, but the source changed since
    note: str = ""    # shown after the text (in the reader's language), e.g. for stale text


def _index(number: int) -> str:
    return "".join(chr(_DIGIT0 + int(d)) for d in str(number))


def _number(index: str) -> int:
    return int("".join(str(ord(c) - _DIGIT0) for c in index))


def mark(text: str, index: int) -> str:
    """The text with each of its Markdown blocks marked as untranslated text number `index`."""
    found = blocks.split(text)
    if not found:
        return text
    start = START + _index(index)
    texts = []
    for block in found:
        if not block.translatable:
            texts.append(block.text)
        elif block.text.lstrip().startswith(("|", "<")):
            texts.append(f"{start}{END}\n\n{block.text}")
        else:
            texts.append(f"{start}{block.text}{END}")
    return blocks.join(text, found, texts)


def has_marks(text: str) -> bool:
    return START in text


def strip(text: str) -> str:
    return _ANY.sub("", text) if START in text or END in text else text


def _balanced(html: str) -> bool:
    stack: list[str] = []
    for closing, name, self_closing in _TAG.findall(html):
        name = name.lower()
        if name in _VOID or self_closing:
            continue
        if not closing:
            stack.append(name)
        elif not stack or stack.pop() != name:
            return False
    return not stack


def to_html(html: str, marks: tuple[Mark, ...], lang: str, direction: str,
            notes: bool = True) -> str:
    if START not in html:
        return html
    html = _RAW.sub(lambda m: strip(m.group(0)), html)
    html = re.sub(rf"<p>{START}{_INDEX}{END}</p>\n?", "", html)

    def span(found: re.Match[str]) -> str:
        inner = found.group(2)
        if not inner.strip() or not _balanced(inner):
            return inner
        number = _number(found.group(1))
        note = marks[number].note if notes and number < len(marks) else ""
        after = f' <small class="ps-untranslated-note">{note}</small>' if note else ""
        return (f'<span lang="{lang}" dir="{direction}" class="ps-untranslated">{inner}'
                f"</span>{after}")

    return _BLOCK.sub(_on_block, strip(_RUN.sub(span, html)))


_BLOCK = re.compile(r'<(p|li|h[1-6]|td|th|dt|dd|figcaption)((?: [^>]*)?)>(<span lang="[^"]*" '
                    r'dir="[^"]*" class="ps-untranslated">)((?:(?!<span|</span>).)*)</span>'
                    r'((?: <small class="ps-untranslated-note">[^<]*</small>)?)</\1>', re.S)


def _on_block(found: re.Match[str]) -> str:
    """A block that is all untranslated text carries lang and dir itself: on a right-to-left
    page the original's paragraph then reads, and aligns, left to right."""
    tag, attributes, span, inner, note = found.groups()
    if note or " lang=" in attributes or " dir=" in attributes:  # a note is the reader's
        return found.group(0)
    marked = span[len("<span"):-1].replace(' class="ps-untranslated"', "")
    if ' class="' in attributes:
        attributes = attributes.replace(' class="', ' class="ps-untranslated ', 1)
        return f"<{tag}{attributes}{marked}>{inner}</{tag}>"
    return f'<{tag}{attributes}{marked} class="ps-untranslated">{inner}</{tag}>'
