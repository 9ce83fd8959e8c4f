"""Marks around text that is shown untranslated, from the content to the HTML.

Public API:

    Mark(segment, file, stale, note)     one untranslated text: its segment id, its file,
                                         whether a translation exists but is out of date, and
                                         the note shown after it ("English updated on ...")
    mark(text, index) -> str             the text with each Markdown block marked
    words(message) -> str                a message of the package's wording that has no
                                         translation: each run of its words marked (no index)
    has_marks(text) -> bool
    upfirst(text) -> str                 the first letter a capital, marks or not
    original(text) -> str                the whole text marked (the site's name)
    strip(text) -> str                   the text without marks (titles, attributes, files)
    to_html(html, marks, lang, dir, notes=True) -> str
        every marked run becomes <span lang dir class="ps-untranslated">, with its note after
        it when `notes` (a block that holds nothing else takes lang, dir and the class
        itself; a run that spans elements, each piece of text in it); marks inside tags,
        <title>, <svg>, <script> and <style> are removed

A mark is made of private-use characters, which Markdown, Jinja2 and slugify leave alone
(slugify drops them: anchors are unchanged) and no content contains: START, the index in
the edition's table of Marks written in private-use digits, the text, END. A Markdown field
is marked block by block (translation/blocks.py), after each block's `## ` or `- `, so the
Markdown still reads the same; a table or an HTML block cannot hold a mark, so an empty mark
stands before it (the page is still known to hold untranslated text).

The package's own wording (gettext messages, site/catalogues.py) is marked the same way where
the reader's language has no translation of a message, without an index (it has no note):
each run of words between the message's placeholders and its markup is marked on its own, so
what a placeholder puts in (a title, translated or marked itself) is never inside a mark, and
no mark opens in one element and closes in another.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import blocks

START, END = "\ue000", "\ue001"
_DIGIT0 = 0xE010
_INDEX = f"[{chr(_DIGIT0)}-{chr(_DIGIT0 + 9)}]*"  # none: the package's wording
_ANY = re.compile(f"{START}{_INDEX}|{END}")
_LEAD = re.compile(f"(?:{START}{_INDEX})*")
_RUN = re.compile(f"{START}({_INDEX})(.*?){END}", re.S)
_RAW = re.compile(r"<(title|svg|script|style|textarea)\b.*?</\1>|<[^>]*>", re.S | re.I)
_ATTRIBUTES = re.compile(r"(.*?)(\s*\{:?\s*[#.][^{}\n]*\}\s*)?\Z", re.S)
_TAGS = re.compile(r"(<[^>]*>)")
# Two marked runs with only spaces, digits or punctuation between them are one run: the
# original's words then read as one piece in a page of the other direction.
_NEXT = re.compile(f"{END}([\\s\\d.,;:()'’/–—-]*){START}({_INDEX})")
_BLOCKS = "p|li|h[1-6]|td|th|dt|dd|figcaption|caption"
_MOSTLY = re.compile(rf"<({_BLOCKS})((?: [^>]*)?)>((?:(?!<(?:{_BLOCKS}|ul|ol|div|table)\b).)*?)"
                     r"</\1>", re.S)
_SPANS = re.compile(r'<span lang="[^"]*" dir="[^"]*" class="ps-untranslated">(.*?)</span>', re.S)
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
    return int("".join(str(ord(c) - _DIGIT0) for c in index)) if index else -1


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
        else:  # a heading's attribute list ({ #id }) stays last, outside the mark
            said, attributes = _ATTRIBUTES.match(block.text).groups()  # type: ignore[union-attr]
            texts.append(f"{start}{said}{END}{attributes or ''}")
    return blocks.join(text, found, texts)


# What a mark of the package's wording never spans: placeholders, HTML tags, a link's
# address, Markdown's brackets, emphasis (not a `_` inside a word) and code, a line's start
# (`## `, `- `, `1. `) and end.
_MARKUP = re.compile(r"%\(\w+\)[sd]|<[^>]*>|\]\((?:%\(\w+\)s|[^)])*\)|`[^`]*`|[\[\]|]+"
                     r"|(?<!\w)[*_]+|[*_]+(?!\w)"  # emphasis; not_answered_n is a word
                     r"|\{:[^}]*\}|(?:^|\n)[ \t]*(?:#{1,6} |[-+] |\d+\. |> )?|\n")
_LETTER = re.compile(r"[^\W\d_]")


@functools.lru_cache(maxsize=4096)
def words(message: str) -> str:
    """The message with each run of its words marked as the original language's."""
    out, at = [], 0
    for found in _MARKUP.finditer(message):
        out.append(_marked_run(message[at:found.start()]))
        out.append(found.group(0))
        at = found.end()
    out.append(_marked_run(message[at:]))
    return "".join(out)


def _marked_run(text: str) -> str:
    if not _LETTER.search(text):
        return text
    core = text.strip()
    at = text.index(core)
    return f"{text[:at]}{START}{core}{END}{text[at + len(core):]}"


def original(text: str) -> str:
    """The whole text marked as the original language's (no index: it has no note)."""
    return f"{START}{text}{END}" if text.strip() else text


def upfirst(text: str) -> str:
    """The text with its first letter a capital, after any marks it starts with."""
    at = _LEAD.match(text).end()  # type: ignore[union-attr]
    return text[:at] + text[at:at + 1].upper() + text[at + 1:]


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
            notes: bool = True, page_dir: str | None = None) -> str:
    if START not in html:
        return html
    html = _RAW.sub(lambda m: strip(m.group(0)), html)
    html = re.sub(rf"<p>{START}{_INDEX}{END}</p>\n?", "", html)

    def joined(found: re.Match[str]) -> str:  # one run, when the second has no note
        number = _number(found.group(2))
        has_note = notes and 0 <= number < len(marks) and marks[number].note
        return found.group(0) if has_note else found.group(1)

    html = _NEXT.sub(joined, html)

    def span(found: re.Match[str]) -> str:
        inner = found.group(2)
        if not inner.strip():
            return inner
        if not _balanced(inner):  # it spans elements (a sentence a line, in easy read)
            return _each_text(inner, lang, direction)
        number = _number(found.group(1))
        note = marks[number].note if notes and 0 <= number < len(marks) else ""
        if START in note:  # the note's own words, untranslated
            note = _RUN.sub(lambda m: _span(m.group(2), lang, direction), note)
        after = f' <small class="ps-untranslated-note">{note}</small>' if note else ""
        return _span(inner, lang, direction) + after

    html = _BLOCK.sub(_on_block, strip(_RUN.sub(span, html)))
    if page_dir and page_dir != direction:
        html = _MOSTLY.sub(lambda m: _mostly(m, direction), html)
    return html


def _mostly(found: re.Match[str], direction: str) -> str:
    """A block mostly in the original language reads in its direction: on a right-to-left
    page an English sentence with a ref, a number or a name in it keeps its order. (Not the
    theme's menus: their items line up on the page's side.)"""
    tag, attributes, inner = found.groups()
    if " dir=" in attributes or "ps-untranslated" not in inner or 'class="md-' in attributes:
        return found.group(0)
    marked = "".join(_SPANS.findall(inner))
    others = _LETTER.findall(_TAGS.sub("", _SPANS.sub("", inner)))
    if len(_LETTER.findall(_TAGS.sub("", marked))) <= len(others):
        return found.group(0)
    # its spans lose their own dir: each would be isolated, and an isolate between two words
    # of the page's language is ordered as theirs are (the notice's "To ask" went first)
    inner = inner.replace(f' dir="{direction}" class="ps-untranslated"', ' class="ps-untranslated"')
    return f'<{tag}{attributes} dir="{direction}">{inner}</{tag}>'


def _each_text(inner: str, lang: str, direction: str) -> str:
    """Each piece of text between the tags marked on its own."""
    pieces = _TAGS.split(inner)
    for at in range(0, len(pieces), 2):  # the tags are at odd places
        text = pieces[at]
        if text.strip():
            core = text.strip()
            start = text.index(core)
            pieces[at] = text[:start] + _span(core, lang, direction) + text[start + len(core):]
    return "".join(pieces)


def _span(inner: str, lang: str, direction: str) -> str:
    return f'<span lang="{lang}" dir="{direction}" class="ps-untranslated">{inner}</span>'


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
