"""Make the SYNTHETIC respondent-level export of the bundled example's consultation.

Only aggregates of the Leicestershire JHWS consultation (winter 2021-22) were published, so this
script constructs 99 made-up responses that, analysed with content/consultation/survey.yaml,
give exactly every published figure (PRODUCT.md, "The bundled example"). The only real text
in it is the ten quotes printed in the consultation report (Appendix B); every other comment
is a placeholder that says it is synthetic, and is not approved for publication.

Nothing is random: answers are spread over respondents with fixed permutations, so the same
script always writes the same bytes.

    python scripts/make_synthetic_consultation.py [--out data/consultation/responses.csv]
"""

from __future__ import annotations

import argparse
import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

RESPONSES = 99
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "data" / "consultation" / "responses.csv"
PAPER_RESPONDENT = 57  # the one paper response; the other 98 came in online

SCALE = ["Strongly agree", "Tend to agree", "Neither agree nor disagree", "Tend to disagree",
         "Strongly disagree", "Don't know"]

# Role (Q1): 79 of 99 is 79.8 %, published as 80 %.
ROLES = {
    "Resident of Leicestershire": 79,
    "Interested member of the public": 8,
    "Public sector organisation": 6,
    "Voluntary organisation, charity or social enterprise": 3,
    "Other": 3,
}

# Districts as published, with the postcode districts (first half only) their rows get.
DISTRICTS = {
    "Blaby": (25, ["LE9", "LE19", "LE8"]),
    "Charnwood": (12, ["LE11", "LE12"]),
    "Harborough": (8, ["LE16", "LE17"]),
    "Hinckley & Bosworth": (5, ["LE10", "CV13"]),
    "Leicester City": (6, ["LE3", "LE4", "LE5", "LE2"]),
    "NW Leicestershire": (8, ["LE67", "LE65", "DE74"]),
    "Oadby & Wigston": (2, ["LE18"]),
    "Outside of LLR": (1, ["CV11"]),
    "": (32, [""]),  # no postcode given
}

CODES = ["supportive", "addition-or-amendment", "already-in-strategy",
         "more-priority-or-funding", "more-detail", "disagreed"]


@dataclass(frozen=True)
class AgreementQuestion:
    """One agreement question: its columns and the counts behind the published figures."""

    answer_column: str
    comment_column: str
    codes_column: str
    publish_column: str
    counts: tuple[int, int, int, int, int, int]  # in SCALE order
    code_totals: tuple[int, int, int, int, int, int]  # in CODES order


# agree% = (strongly + tend) / everyone who chose an option (don't know included):
# vision 91/99 = 91.9 -> 92; best start 88/98 = 89.8 -> 90; staying 84/99 = 84.8 -> 85;
# living 85/99 = 85.9 -> 86; dying 84/97 = 86.6 -> 87; themes 83/98 = 84.7 -> 85.
# Disagree: 2.0, 3.1, 5.1, 4.0, 5.2 and 1.0 % ("between 1 % and 6 %"). The rest are blank.
# Code totals add up over the six questions to 121, 118, 33, 18, 31 and 7.
QUESTIONS = [
    AgreementQuestion("Q2 Vision", "Q3 Vision comments", "Q3 codes", "Q3 publish",
                      (55, 36, 4, 1, 1, 2), (30, 12, 4, 1, 9, 0)),
    AgreementQuestion("Q4 Best Start for Life", "Q5 Best Start for Life comments", "Q5 codes",
                      "Q5 publish", (52, 36, 5, 2, 1, 2), (20, 24, 7, 3, 4, 0)),
    AgreementQuestion("Q6 Staying Healthy Safe and Well",
                      "Q7 Staying Healthy Safe and Well comments", "Q7 codes", "Q7 publish",
                      (44, 40, 7, 3, 2, 3), (18, 22, 6, 3, 5, 1)),
    AgreementQuestion("Q8 Living and Supported Well", "Q9 Living and Supported Well comments",
                      "Q9 codes", "Q9 publish", (46, 39, 6, 3, 1, 4), (18, 22, 6, 4, 5, 2)),
    AgreementQuestion("Q10 Dying Well", "Q11 Dying Well comments", "Q11 codes", "Q11 publish",
                      (50, 34, 5, 3, 2, 3), (17, 16, 4, 2, 4, 2)),
    AgreementQuestion("Q12 Cross-cutting themes", "Q13 Cross-cutting themes comments",
                      "Q13 codes", "Q13 publish", (45, 38, 9, 1, 0, 5), (18, 22, 6, 5, 4, 2)),
]

# The quotes printed in the consultation report (seed lines 1414-1436), with the question
# whose comments they are filed under and the codes they were given. The only fix is the
# line breaks the text conversion put inside "Working well ..." (a wrapped speech bubble).
QUOTES: list[tuple[str, str, tuple[str, ...]]] = [
    ("Q7 Staying Healthy Safe and Well comments",
     "I think there should be an emphasis on people helping themselves to take ownership and "
     "improve their own health, follow the medical advice they have given, and make better "
     "choices.", ("addition-or-amendment",)),
    ("Q3 Vision comments", "Nice to see us all in there", ("supportive",)),
    ("Q7 Staying Healthy Safe and Well comments",
     "Working well - how Leicestershire companies uphold the wellbeing of their staff and "
     "address work/life balance", ("addition-or-amendment",)),
    ("Q13 Cross-cutting themes comments", "Mental Health is a very important part of all our "
     "lives", ("supportive", "already-in-strategy")),
    ("Q5 Best Start for Life comments",
     "More hands on experiences and opportunities for SEND young people to make a positive "
     "contribution through volunteering etc", ("addition-or-amendment",)),
    ("Q3 Vision comments", "Interesting to see the 'how'?", ("more-detail",)),
    ("Q11 Dying Well comments",
     "A Good Death is important for both the person & their loved ones. The trauma of seeing "
     "someone going through a bad death & feeling helpless can stay with you & have an ongoing "
     "impact for the rest of your life. Grief should not be underestimated or dismissed.",
     ("supportive", "already-in-strategy")),
    ("Q9 Living and Supported Well comments",
     "We need to support each other We need our green open spaces, woods and forests to "
     "promote healthy living for mental and physical wellbeing", ("already-in-strategy",)),
    ("Q9 Living and Supported Well comments", "Like that a plan to join things up is here",
     ("supportive",)),
    ("Q3 Vision comments",
     "In every stage access to services is important. They need to be local and accessible by "
     "public transport", ("addition-or-amendment",)),
]

HEADER = ["Response ID", "Channel", "Q1 Role",
          *[c for q in QUESTIONS for c in (q.answer_column, q.comment_column)],
          "Postcode district", "District",
          *[q.codes_column for q in QUESTIONS], *[q.publish_column for q in QUESTIONS]]


def spread(counts: Sequence[tuple[str, int]], step: int, offset: int) -> list[str]:
    """Each value its count of times, dealt over respondents by the permutation
    i -> (step * i + offset) mod RESPONSES (step is coprime with 99), so answers to
    different questions are not lined up respondent by respondent."""
    values = [value for value, count in counts for _ in range(count)]
    assert len(values) == RESPONSES, (len(values), counts)
    dealt = [""] * RESPONSES
    for i, value in enumerate(values):
        dealt[(step * i + offset) % RESPONSES] = value
    return dealt


def mixed(totals: Sequence[int]) -> list[str]:
    """Every code occurrence, interleaved so neighbours are mostly different codes."""
    pairs = enumerate(zip(CODES, totals, strict=True))
    keyed = [((j + 0.5) / total, k, code) for k, (code, total) in pairs for j in range(total)]
    return [code for _, _, code in sorted(keyed)]


def group_codes(codes: list[str]) -> list[list[str]]:
    """Codes into comments: one a comment, every third comment two different ones."""
    comments: list[list[str]] = []
    i = 0
    while i < len(codes):
        take_two = (len(comments) % 3 == 2 and i + 1 < len(codes)
                    and codes[i + 1] != codes[i])
        comments.append(codes[i:i + 2] if take_two else [codes[i]])
        i += 2 if take_two else 1
    return comments


def comments_for(question: AgreementQuestion, number: int) -> list[tuple[str, list[str], bool]]:
    """(text, codes, approved) for each comment on one question: quotes first."""
    quotes = [(text, list(codes)) for column, text, codes in QUOTES
              if column == question.comment_column]
    remaining = list(question.code_totals)
    for _, codes in quotes:
        for code in codes:
            remaining[CODES.index(code)] -= 1
    placed = [(text, codes, True) for text, codes in quotes]
    for n, codes in enumerate(group_codes(mixed(remaining)), start=1):
        text = (f"[SYNTHETIC placeholder comment {number}.{n}, not a real response; "
                f"coded: {', '.join(codes)}]")
        placed.append((text, codes, False))
    return placed


def respondents() -> list[dict[str, str]]:
    rows = [{column: "" for column in HEADER} for _ in range(RESPONSES)]
    for i, row in enumerate(rows):
        row["Response ID"] = f"SYN-{i + 1:04d}"
        row["Channel"] = "Paper" if i + 1 == PAPER_RESPONDENT else "Online survey"
    for i, role in enumerate(spread(list(ROLES.items()), 4, 1)):
        rows[i]["Q1 Role"] = role
    districts = [(name, count) for name, (count, _) in DISTRICTS.items()]
    for i, district in enumerate(spread(districts, 7, 3)):
        rows[i]["District"] = district
        prefixes = DISTRICTS[district][1]
        rows[i]["Postcode district"] = prefixes[i % len(prefixes)]
    steps = [2, 5, 8, 10, 13, 16]  # coprime with 99, one per question
    for number, (question, step) in enumerate(zip(QUESTIONS, steps, strict=True), start=2):
        blanks = RESPONSES - sum(question.counts)
        answers = spread([*zip(SCALE, question.counts, strict=True), ("", blanks)], step, number)
        for row, answer in zip(rows, answers, strict=True):
            row[question.answer_column] = answer
        comments = comments_for(question, number + 1)
        assert len(comments) <= RESPONSES, "more comments than respondents"
        commenters = [(step * i + 5 * number) % RESPONSES for i in range(len(comments))]
        for who, (text, codes, approved) in zip(commenters, comments, strict=True):
            rows[who][question.comment_column] = text
            rows[who][question.codes_column] = "; ".join(codes)
            rows[who][question.publish_column] = "yes" if approved else "no"
    return rows


def to_csv(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=HEADER, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(to_csv(respondents()), encoding="utf-8", newline="")
    print(f"Wrote {RESPONSES} synthetic responses to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
