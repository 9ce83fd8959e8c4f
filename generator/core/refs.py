"""Delivery-plan references: `A.1` for a commitment, `A.1.1` for an action.

A section's letter is one capital letter, or two (`AB.1`) for strategies with more than 26
sections.

Written by hand rather than with a slug library because the rule is the public URL
contract itself: `A.1` -> `a-1`, and must never change with a library upgrade.

Public API: normalise(ref), slug(ref), letter(ref), commitment_of(ref), mentioned(text), and
the patterns COMMITMENT, ACTION, IN_TEXT.
"""

from __future__ import annotations

import re

# Refs as people type them: "A1", "A.1", "a.1.1", "A.1.1." -> normalised to "A.1", "A.1.1".
_LOOSE = re.compile(r"^\s*([A-Za-z]{1,2})\s*\.?\s*(\d+)(?:\s*\.\s*(\d+))?\s*\.?\s*$")
# Cross references inside text are only recognised in dotted form, so that "M1 motorway"
# or "B12" are never taken for refs.
IN_TEXT = re.compile(r"\b([A-Z]{1,2}\.\d+(?:\.\d+)?)\b")
COMMITMENT = re.compile(r"^[A-Z]{1,2}\.\d+$")
ACTION = re.compile(r"^[A-Z]{1,2}\.\d+\.\d+$")


def normalise(ref: str) -> str:
    """`A4` -> `A.4`, `a.4.1` -> `A.4.1`; anything else is returned unchanged for validation."""
    match = _LOOSE.match(ref)
    if not match:
        return ref
    letter, first, second = match.groups()
    parts = [letter.upper(), str(int(first))] + ([str(int(second))] if second else [])
    return ".".join(parts)


def slug(ref: str) -> str:
    """The URL part or anchor of a ref: `A.1.1` -> `a-1-1`."""
    return ref.lower().replace(".", "-")


def letter(ref: str) -> str:
    return ref.split(".", 1)[0]


def commitment_of(ref: str) -> str:
    """The commitment a ref belongs to: `A.1.1` -> `A.1`, `A.1` -> `A.1`."""
    return ".".join(ref.split(".")[:2])


def mentioned(text: str) -> list[str]:
    """Refs mentioned in a text, in order, without repeats."""
    return list(dict.fromkeys(IN_TEXT.findall(text)))
