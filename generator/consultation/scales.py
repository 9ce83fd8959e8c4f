"""Recognise an answer scale from the answers an export holds (for `plainsight survey draft`).

Public API:

    recognise(counts) -> FoundScale | None     {raw answer: rows} of a column (or a grid)
    dont_know_group(text) -> str | None         "don't know", "not applicable", ...: which one
    FoundScale (.family, .points, .notes, .key()), Point (.label, .kind, .aliases, .found)

Pure functions over the distinct answers, never the rows. Families: agree/disagree (4, 5 or 7
points, with "strongly", "tend to", "somewhat", "slightly", "moderately", "mostly",
"completely"...), satisfied/dissatisfied, important/critical, likely/unlikely,
favourably/unfavourably,
excellent/good/fair/poor, and numbered scales whose ends are labelled ("1: strongly disagree",
"2", ..., "5: strongly agree"). "Don't know", "not applicable" and "prefer not to say" are
points of kind dont_know, never agreement. Points come most positive first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from difflib import get_close_matches

from .survey import normalise_label

__all__ = ["FoundScale", "Point", "dont_know_group", "recognise"]


@dataclass(frozen=True)
class Point:
    """One point: the tidy label to show, how it counts, the other spellings found."""

    label: str
    kind: str  # agree | neutral | disagree | dont_know
    aliases: tuple[str, ...] = ()
    found: bool = True  # False: not in the export, added to complete the scale


@dataclass(frozen=True)
class FoundScale:
    family: str
    points: tuple[Point, ...]
    notes: tuple[str, ...] = ()  # what a person should check

    def key(self) -> tuple[tuple[str, str], ...]:
        """Scales with the same key are the same scale (a grid's statements, one survey)."""
        return tuple((normalise_label(p.label), p.kind) for p in self.points)

    def agreeing(self) -> list[str]:
        return [p.label for p in self.points if p.kind == "agree"]


# Don't know and the like ------------------------------------------------------------------

DONT_KNOW = (  # (group, pattern); the group order is the order they are listed in
    ("dont_know", r"(?:i )?(?:don'?t|do not) know|dk|not sure|unsure|can'?t say|cannot say"),
    ("no_opinion", r"no opinion"),
    ("not_applicable", r"not applicable|n/?a|does not apply|doesn'?t apply|not relevant"),
    ("prefer_not", r"(?:i(?:'d| would) )?(?:prefer|rather) not (?:to )?(?:say|answer)"),
    # "Unfamiliar (N/A)" (SurveyMonkey's favourability grids): no view, not a neutral one
    ("unfamiliar", r"(?:unfamiliar|not familiar|never heard of (?:it|them|this))"
                   r"(?: \((?:n/?a|not applicable)\))?"),
)
_DK = [(group, re.compile(rf"^(?:{pattern})$")) for group, pattern in DONT_KNOW]


def dont_know_group(text: str) -> str | None:
    """Which "don't know" answer a text is ("don't know / not sure" counts as the first)."""
    key = _plain(text)
    parts = [key, *re.split(r"\s*(?:/|,|;| or )\s*", key)]
    for part in parts:
        for group, pattern in _DK:
            if part and pattern.match(part):
                return group
    return None


def _plain(text: str) -> str:
    """Lower case, straight apostrophes, single spaces, no full stop at the end, and the
    scale's words spelled right ("Disgree" and "Aagree" are in real exports)."""
    words = normalise_label(text).rstrip(".!").strip().split(" ")
    return " ".join(_spelled(word) for word in words)


SCALE_WORDS = ("agree", "disagree", "satisfied", "dissatisfied", "important", "unimportant",
               "likely", "unlikely", "excellent", "strongly")


def _spelled(word: str) -> str:
    if len(word) < 5 or word in SCALE_WORDS:
        return word
    close = get_close_matches(word, SCALE_WORDS, n=1, cutoff=0.85)
    return close[0] if close else word


# Word scales ------------------------------------------------------------------------------

FAMILIES = {  # family -> its words, positive first; the negative words make a point negative
    "agree": (r"agree", r"disagree"),
    "satisfied": (r"satisfied|satisfactory", r"dissatisfied|unsatisfied|unsatisfactory"),
    "important": (r"important|critical|essential|vital|importance", r"unimportant"),
    "likely": (r"likely", r"unlikely"),
    "favourable": (r"favou?rabl[ey]", r"unfavou?rabl[ey]"),
    "good": (r"excellent|good|fair|average|okay|ok|adequate",
             r"poor|bad|terrible|awful|horrible|dreadful"),
}
INTENSITY = (  # modifier -> strength; the first that matches counts
    (r"critical|essential|vital", 5.0),
    (r"extremely|completely|totally|fully|entirely|absolutely", 4.0),
    (r"strongly|very much|very", 3.0),
    (r"mostly|fairly|quite|tend to|generally|largely|reasonably", 1.5),
    (r"moderately", 1.25),
    (r"somewhat|partly|partially|low", 1.0),
    # below "somewhat": Google Forms importance grids offer both (Spack's survey)
    (r"slightly|a little|mildly|a bit", 0.75),
)
NEUTRAL = re.compile(r"^(?:neither\b.*|neutral|undecided|no strong feelings?|in the middle"
                     r"|fair|average|okay|ok|adequate|mixed)$")
MIRRORS = (("disagree", "agree"), ("dissatisfied", "satisfied"), ("unlikely", "likely"),
           ("unfavourably", "favourably"), ("unfavorably", "favorably"))


def _family(text: str) -> str | None:
    for family, (positive, negative) in FAMILIES.items():
        if re.search(rf"\b(?:{positive}|{negative})\b", text):
            return family
    return None


def _score(text: str, family: str) -> float:
    """Signed strength of a point: 0 is the middle, positive is agreement's side."""
    if NEUTRAL.match(text):
        return 0.0
    positive, negative = FAMILIES[family]
    negated = re.search(r"\bnot\b", text) is not None
    sign = -1.0 if negated or re.search(rf"\b(?:{negative})\b", text) else 1.0
    if re.search(r"\bnot at all\b", text):
        return -4.0
    if re.search(r"\bnot (?:very|particularly|that|really)\b", text):
        return -1.0
    if family == "good" and re.search(r"\b(?:excellent)\b", text):
        return 4.0
    if family == "good" and re.search(r"\b(?:terrible|awful|horrible|dreadful)\b", text):
        return -4.0
    for pattern, strength in INTENSITY:
        if re.search(rf"\b(?:{pattern})\b", text):
            return sign * strength
    return sign * 2.0


def _kind(score: float, family: str) -> str:
    if family == "important":  # one-sided: only "important" and stronger count as agreeing
        return "agree" if score >= 1.5 else "neutral" if score >= 0 else "disagree"
    return "agree" if score > 0 else "neutral" if score == 0 else "disagree"


# Numbered points: "1: strongly disagree", "2", "10 - Completely satisfied", "Agree (4)"
# (Microsoft Forms writes both "5.Excellent" and "5 Excellent": a space alone will do, when
# words follow.)
NUMBERED = re.compile(r"^\(?(\d{1,2})\)?(?:(?:\s*[:=.\-\u2013\u2014)]\s*|\s+(?=\D))(.+?))?\s*$")
CODED = re.compile(r"^(.+?)\s*\((\d{1,2})\)$")


def _numbered(text: str) -> tuple[int | None, str]:
    """(number, the words after it) or (None, text)."""
    text = text.strip()
    if match := NUMBERED.match(text):
        return int(match.group(1)), (match.group(2) or "").strip()
    if match := CODED.match(text):
        return int(match.group(2)), match.group(1).strip()
    return None, text


@dataclass(frozen=True)
class _Answer:
    raw: str
    rows: int
    number: int | None
    words: str  # without the number
    dont_know: str | None


def _answers(counts: Mapping[str, int]) -> list[_Answer]:
    found = []
    for raw, rows in counts.items():
        if not raw.strip():
            continue
        number, words = _numbered(raw)
        found.append(_Answer(raw, rows, number, words, dont_know_group(words) if words else None))
    return found


def recognise(counts: Mapping[str, int]) -> FoundScale | None:
    """The scale these answers are points of, or None if they are not one scale."""
    answers = _answers(counts)
    if not answers or len(answers) > 40:
        return None
    unsure = [a for a in answers if a.dont_know]
    points = [a for a in answers if not a.dont_know]
    found = _numbered_scale(points) if any(a.number is not None for a in points) else None
    found = found or _word_scale(points)
    if found is None:
        return None
    family, scored, notes = found
    if not any(kind == "agree" for _, kind, _ in scored):
        return None
    ordered = [Point(label, kind, _aliases(label, spellings), bool(spellings))
               for label, kind, spellings in scored]
    return FoundScale(family, (*ordered, *_dont_know_points(unsure)),
                      (*notes, *_agreement_note(ordered)))


Scored = list[tuple[str, str, list[_Answer]]]  # (label, kind, the answers spelling it)


def _word_scale(points: list[_Answer]) -> tuple[str, Scored, list[str]] | None:
    texts = {a.raw: _plain(a.words) for a in points}
    families = {f for t in texts.values() if (f := _family(t)) and not NEUTRAL.match(t)}
    if len(families) != 1:
        return None
    family = families.pop()
    if any(_family(t) != family and not NEUTRAL.match(t) for t in texts.values()):
        return None
    by_score: dict[float, list[_Answer]] = {}
    for answer in points:
        by_score.setdefault(_score(texts[answer.raw], family), []).append(answer)
    if len(by_score) < 2:
        return None
    added = _mirror(by_score, family)
    notes = [f"'{label}' was not found in the export: it was added as the opposite point; "
             "remove it if the survey did not offer it" for label in added.values()]
    scored = [(added.get(s) or _label(by_score[s]), _kind(s, family), by_score.get(s, []))
              for s in sorted({*by_score, *added}, reverse=True)]
    return family, scored, notes


def _mirror(by_score: dict[float, list[_Answer]], family: str) -> dict[float, str]:
    """{score: label} of the other side's points where only one side was found ("Tend to
    agree" without "Tend to disagree"): nobody chose them, but the survey offered them."""
    added = {}
    for score, spellings in sorted(by_score.items()):
        if score == 0 or -score in by_score:
            continue
        label = _swap(_label(spellings))
        if label and _score(_plain(label), family) == -score:
            added[-score] = label
    return added


def _swap(label: str) -> str | None:
    for negative, positive in MIRRORS:
        for old, new in ((negative, positive), (positive, negative)):
            pattern = re.compile(rf"\b{old}\b", re.IGNORECASE)
            if pattern.search(label):
                swapped = pattern.sub(new, label, count=1)
                return swapped[0].upper() + swapped[1:] if label[0].isupper() else swapped
    return None


def _numbered_scale(points: list[_Answer]) -> tuple[str, Scored, list[str]] | None:
    """Numbers from the lowest to the highest found, at least one end labelled."""
    if any(a.number is None for a in points):
        return None
    labelled = [a for a in points if a.words]
    families = {_family(_plain(a.words)) for a in labelled}
    if not labelled or len(families) != 1 or None in families:
        return None
    family = families.pop() or ""
    scores = {a.number: _score(_plain(a.words), family) for a in labelled}
    low, high = min(a.number or 0 for a in points), max(a.number or 0 for a in points)
    up = _direction(scores)
    if up is None:
        return None
    middle = (low + high) / 2
    scored = []
    for number in sorted(range(low, high + 1), reverse=up):
        spellings = [a for a in points if a.number == number]
        words = next((a.words for a in spellings if a.words), "")
        if number in scores:
            kind = _kind(scores[number], family)
        else:  # by its place: above the middle is agreement's side
            kind = _kind((number - middle) * (1 if up else -1), "agree")
        scored.append((_tidy(words) if words else str(number), kind, spellings))
    note = f"points {low} to {high} as found in the export; numbers without words were " \
           "given a kind by their place on the scale"
    return family, scored, [note]


def _direction(scores: dict[int | None, float]) -> bool | None:
    """True when higher numbers are the positive end, None when the words do not say."""
    ends = sorted((n, s) for n, s in scores.items() if n is not None and s != 0)
    if not ends:
        return None
    if len(ends) == 1:
        number, score = ends[0]
        return (score > 0) == (number > 1)
    return ends[-1][1] > ends[0][1]


def _dont_know_points(unsure: list[_Answer]) -> list[Point]:
    groups: dict[str, list[_Answer]] = {}
    for answer in unsure:
        groups.setdefault(answer.dont_know or "", []).append(answer)
    order = [group for group, _ in DONT_KNOW]
    return [Point(_label(groups[g]), "dont_know", _aliases(_label(groups[g]), groups[g]))
            for g in sorted(groups, key=order.index)]


def _label(spellings: list[_Answer]) -> str:
    """The tidy label of a point: its most used spelling without a number."""
    best = sorted(spellings, key=lambda a: (not a.words, -a.rows, a.raw))[0]
    return _tidy(best.words) if best.words else best.raw.strip()


def _tidy(words: str) -> str:
    """Single spaces, a capital first letter, the scale's words spelled right."""
    text = " ".join(w if _spelled(w.casefold()) == w.casefold() else _spelled(w.casefold())
                    for w in words.split())
    return text[0].upper() + text[1:] if text[:1].islower() else text


def _aliases(label: str, spellings: list[_Answer]) -> tuple[str, ...]:
    """Spellings found that differ from the label (as answers are matched), each once."""
    seen = {normalise_label(label)}
    aliases = []
    for raw in sorted(a.raw.strip() for a in spellings):
        if normalise_label(raw) not in seen:
            seen.add(normalise_label(raw))
            aliases.append(raw)
    return tuple(aliases)


def _agreement_note(points: list[Point]) -> list[str]:
    agree = ", ".join(f"'{p.label}'" for p in points if p.kind == "agree")
    return [f"agreement counts {agree}"]
