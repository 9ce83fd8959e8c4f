"""A Markdown page split into blocks, one segment each: paragraphs, headings, list items.

Public API:

    Block(number, line, prefix, text, translatable)
    split(markdown) -> list[Block]
    join(markdown, blocks, texts) -> str   the page again, each block's lines replaced by its
                                           prefix and the given text

The split is line-based rather than a Markdown parser's: the package's Markdown library
(Python-Markdown) gives no source positions, and neither markdown-it-py nor mistune is a
dependency. It keeps where each block came from exactly, so a translated page is the
original page with each block's lines swapped (blank lines, tight lists and code kept as
written), and `join(page, split(page), [b.text ...])` gives the page back. A blank line ends
a block; a heading (`# ...`) is a block of its own; each list item (`- `, `* `, `+ `, `1. `)
is a block, with the lines indented under it (a nested list's items are blocks of their
own); a fenced code block (```) and a rule (---) are blocks that are not translated; a table
or an HTML block is one block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING = re.compile(r"^(#{1,6}[ \t]+)(.*?)[ \t]*#*[ \t]*$")
_ITEM = re.compile(r"^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)(.*)$")
_FENCE = re.compile(r"^[ \t]{0,3}(```+|~~~+)")
_RULE = re.compile(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")


@dataclass(frozen=True)
class Block:
    number: int        # 0, 1, 2, ... in page order (the segment id's "#3")
    line: int          # the line it starts on, from 1
    prefix: str        # what comes before the text on its first line: "## ", "- ", "1. "
    text: str          # the words (continuation lines without their indent)
    translatable: bool = True
    last: int = 0      # the line it ends on
    indent: int = 0    # how far continuation lines were indented (0: as written)


def split(markdown: str) -> list[Block]:
    lines = markdown.splitlines()
    blocks: list[tuple[int, str, list[str], bool]] = []  # (line, prefix, lines, translatable)
    fence: str | None = None
    current: tuple[int, str, list[str], bool] | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            blocks.append(current)
        current = None

    for number, line in enumerate(lines, start=1):
        if fence is not None:
            assert current is not None
            current[2].append(line)
            if line.strip().startswith(fence):
                fence = None
                close()
            continue
        if match := _FENCE.match(line):
            close()
            fence = match.group(1)
            current = (number, "", [line], False)
            continue
        if not line.strip():
            close()
            continue
        if _RULE.match(line):
            close()
            blocks.append((number, "", [line], False))
            continue
        if heading := _HEADING.match(line):
            close()
            blocks.append((number, heading.group(1), [heading.group(2)], True))
            continue
        if item := _ITEM.match(line):
            close()
            current = (number, item.group(1), [item.group(2)], True)
            continue
        if current is None:
            current = (number, "", [line], True)
        else:
            current[2].append(line)
    close()
    return [_block(index, *block) for index, block in enumerate(blocks)]


def _block(index: int, line: int, prefix: str, body: list[str], translatable: bool) -> Block:
    last = line + len(body) - 1
    if not translatable:
        return Block(index, line, prefix, "\n".join(body), False, last)
    rest = body[1:]
    indent = min((len(x) - len(x.lstrip()) for x in rest if x.strip()), default=0)
    text = "\n".join([body[0], *(x[indent:] for x in rest)])
    return Block(index, line, prefix, text, bool(text.strip()), last, indent)


def join(markdown: str, blocks: list[Block], texts: list[str]) -> str:
    """The page with each translatable block's lines replaced by its prefix and text."""
    lines = markdown.splitlines()
    out: list[str] = []
    at = 1
    for block, text in zip(blocks, texts, strict=True):
        out += lines[at - 1:block.line - 1]
        if block.translatable:
            first, *rest = text.split("\n")
            pad = " " * block.indent
            out += [block.prefix + first, *(pad + x if x else x for x in rest)]
        else:
            out += lines[block.line - 1:block.last]
        at = block.last + 1
    out += lines[at - 1:]
    return "\n".join(out) + ("\n" if markdown.endswith("\n") else "")
