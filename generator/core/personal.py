"""Contact details and other personal data in text people wrote: what must not be published.

Public API:

    PERSONAL_DATA           {what: pattern} ("an e-mail address", "a URL", "a phone number",
                            "a full postcode")
    personal_data(text, kinds=None) -> [(what, matched text)]

Deliberately broad: a false alarm costs an edit, a missed phone number costs someone's
privacy. Used by the consultation (quotes) and the content (an accountable role).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

PERSONAL_DATA = {
    "an e-mail address": re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"),
    "a URL": re.compile(
        r"(?:https?://|www\.)\S+"
        r"|(?<![@\w.-])[\w-]+(?:\.[\w-]+)*"
        r"\.(?:co\.uk|org\.uk|gov\.uk|nhs\.uk|ac\.uk|com|org|net|uk|io)\b(?:/\S*)?",
        re.IGNORECASE),
    "a phone number": re.compile(
        r"(?<![\w+])(?:\+\s?44\s?(?:\(0\)\s?)?|\(?0)(?:[\s\-()]*\d){9,10}(?![\d])"),
    "a full postcode": re.compile(
        r"\b(?:GIR\s?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2})\b",
        re.IGNORECASE),
}


def personal_data(text: str, kinds: Iterable[str] | None = None) -> list[tuple[str, str]]:
    """(what, matched text) for each e-mail address, URL, phone number or postcode found
    (only the `kinds` named, when given)."""
    wanted = PERSONAL_DATA if kinds is None else {k: PERSONAL_DATA[k] for k in kinds}
    return [(what, match.group(0).strip()) for what, pattern in wanted.items()
            for match in pattern.finditer(text)]
