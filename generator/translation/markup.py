"""What a translation must keep of its source's markup: link addresses, inline code,
bold and italic, HTML tags.

Public API:

    markup(text) -> set[str]            each piece worded for a message: "the link to
                                        https://...", "the code `x`", "bold (**)", "<br>"
    dropped(source, target) -> list[str]   what the source has that the target lacks

Link text is translated; its address is not. Code is never translated. Emphasis is
compared by kind (bold, italic), not by the words inside it.
"""

from __future__ import annotations

import re

_CODE = re.compile(r"(`+)(.+?)\1", re.S)
_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*(\S+)", re.M)
_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^>\s]+|[^>\s@]+@[^>\s@]+\.[^>\s]+)>")
_BARE_URL = re.compile(r"(?<![(<\w])https?://[^\s<>)\]]+[^\s<>)\].,;:!?'\"]")
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*>")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
_ITALIC = re.compile(r"(?<![*\w])([*_])(?=\S)(.+?)(?<=\S)\1(?![*\w])", re.S)


def markup(text: str) -> set[str]:
    found: set[str] = set()
    rest = text
    for match in _CODE.finditer(text):
        found.add(f"the code `{match.group(2).strip()}`")
    rest = _CODE.sub(" ", text)
    for pattern in (_LINK, _REFERENCE, _AUTOLINK):
        for match in pattern.finditer(rest):
            found.add(f"the link to {match.group(1)}")
    for match in _BARE_URL.finditer(_LINK.sub(" ", _AUTOLINK.sub(" ", rest))):
        found.add(f"the link to {match.group(0)}")
    for match in _TAG.finditer(_AUTOLINK.sub(" ", rest)):
        found.add(f"the HTML tag <{match.group(1).lower()}>")
    if _BOLD.search(rest):
        found.add("bold (**)")
    if _ITALIC.search(_BOLD.sub(r"\2", rest)):
        found.add("italic (*)")
    return found


def dropped(source: str, target: str) -> list[str]:
    return sorted(markup(source) - markup(target))
