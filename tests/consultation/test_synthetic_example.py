"""The bundled example: the synthetic export reproduces every published figure exactly.

PRODUCT.md, "The bundled example", lists the figures from the Health and Wellbeing Board
papers (24 February 2022); the analysis of data/consultation/responses.csv must give them.
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

import pytest

from plainsight_strategy.consultation.analysis import PERSONAL_DATA
from plainsight_strategy.consultation.results import ConsultationResults
from plainsight_strategy.consultation.survey import Survey
from plainsight_strategy.content.models import StrategyDocument
from tests.helpers import load_survey, read_model

ROOT = Path(__file__).resolve().parents[2]
EXPORT = ROOT / "data" / "consultation" / "responses.csv"
SURVEY = ROOT / "content" / "consultation" / "survey.yaml"


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with EXPORT.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_script_writes_exactly_the_committed_export(tmp_path: Path) -> None:
    out = tmp_path / "responses.csv"
    script = ROOT / "scripts" / "make_synthetic_consultation.py"
    subprocess.run([sys.executable, str(script), "--out", str(out)], check=True,
                   capture_output=True)
    assert out.read_bytes() == EXPORT.read_bytes()


def test_responses_and_channels(results: ConsultationResults) -> None:
    assert results.responses_n == 99
    assert [(c.id, c.n, c.survey_rows) for c in results.channels] == [
        ("online", 98, True), ("paper", 1, True), ("facilitated", 72, False)]
    assert results.participants_n == 171
    assert (str(results.start), str(results.end)) == ("2021-11-29", "2022-01-23")
    assert results.synthetic and results.notice and "synthetic" in results.notice


def test_respondent_roles(results: ConsultationResults) -> None:
    role = results.choice("role")
    assert role.respondents_n == 99
    whole = {c.label: round(c.n * 100 / 99) for c in role.cells}
    assert whole == {
        "Resident of Leicestershire": 80, "Interested member of the public": 8,
        "Public sector organisation": 6,
        "Voluntary organisation, charity or social enterprise": 3, "Other": 3}


@pytest.mark.parametrize(("question", "published"), [
    ("vision", 92), ("best-start-for-life", 90), ("staying-healthy-safe-and-well", 85),
    ("living-and-supported-well", 86), ("dying-well", 87), ("cross-cutting-themes", 85)])
def test_agreement(results: ConsultationResults, question: str, published: int) -> None:
    q = results.agreement_for(question)
    assert q.agree_whole_pct == published
    assert q.dont_know_in_base
    assert q.about == question
    assert 1 <= (q.disagree_whole_pct or 0) <= 6
    assert q.base_n + q.not_answered_n == 99


def test_vision_in_open_data_form(results: ConsultationResults) -> None:
    vision = results.agreement_for("vision")
    assert (vision.base_n, vision.agree_n, vision.agree_pct) == (99, 91, 91.9)


def test_districts(results: ConsultationResults) -> None:
    district = results.breakdown("district")
    assert {c.label: c.n for c in district.cells} == {
        "Blaby": 25, "Charnwood": 12, "Harborough": 8, "Hinckley & Bosworth": 5,
        "Leicester City": 6, "NW Leicestershire": 8, "Oadby & Wigston": 2,
        "Outside of LLR": 1, "Missing postcode": 32}
    # what the site publishes: the two small cells and one more are hidden
    assert [c.label for c in district.cells if c.suppressed] == [
        "Oadby & Wigston", "Outside of LLR"]
    assert [c.label for c in district.cells if c.secondary] == ["Hinckley & Bosworth"]


def test_coded_comments(results: ConsultationResults) -> None:
    assert results.comments is not None
    assert {c.code: c.n for c in results.comments.counts} == {
        "supportive": 121, "addition-or-amendment": 118, "already-in-strategy": 33,
        "more-priority-or-funding": 18, "more-detail": 31, "disagreed": 7}
    assert results.comments.uncoded_comments_n == 0


QUOTES = [
    "I think there should be an emphasis on people helping themselves to take ownership and "
    "improve their own health, follow the medical advice they have given, and make better "
    "choices.",
    "Nice to see us all in there",
    "Working well - how Leicestershire companies uphold the wellbeing of their staff and "
    "address work/life balance",
    "Mental Health is a very important part of all our lives",
    "More hands on experiences and opportunities for SEND young people to make a positive "
    "contribution through volunteering etc",
    "Interesting to see the 'how'?",
    "A Good Death is important for both the person & their loved ones. The trauma of seeing "
    "someone going through a bad death & feeling helpless can stay with you & have an ongoing "
    "impact for the rest of your life. Grief should not be underestimated or dismissed.",
    "We need to support each other We need our green open spaces, woods and forests to "
    "promote healthy living for mental and physical wellbeing",
    "Like that a plan to join things up is here",
    "In every stage access to services is important. They need to be local and accessible by "
    "public transport",
]


def test_the_published_quotes_are_the_approved_ones(results: ConsultationResults) -> None:
    assert sorted(q.text for q in results.quotes) == sorted(QUOTES)
    assert all(q.about and q.question for q in results.quotes)


def test_other_comments_are_marked_synthetic_and_not_approved(
        rows: list[dict[str, str]]) -> None:
    comment_columns = [c for c in rows[0] if c.endswith(" comments")]
    assert len(comment_columns) == 6
    for row in rows:
        assert row["Response ID"].startswith("SYN-")
        for column in comment_columns:
            text = row[column]
            publish = row[column.split(" ")[0] + " publish"]
            if text in QUOTES:
                assert publish == "yes"
            elif text:
                assert text.startswith("[SYNTHETIC placeholder") and publish == "no"


def test_no_full_postcodes_only_districts(rows: list[dict[str, str]]) -> None:
    assert {r["Postcode district"] for r in rows} - {""} <= {
        "LE2", "LE3", "LE4", "LE5", "LE8", "LE9", "LE10", "LE11", "LE12", "LE16", "LE17",
        "LE18", "LE19", "LE65", "LE67", "DE74", "CV11", "CV13"}
    assert all(re.fullmatch(r"([A-Z]{1,2}\d{1,2})?", r["Postcode district"]) for r in rows)
    text = EXPORT.read_text(encoding="utf-8")
    assert not PERSONAL_DATA["a full postcode"].search(text)
    assert not PERSONAL_DATA["an e-mail address"].search(text)
    assert sum(1 for r in rows if not r["Postcode district"]) == 32


def test_marked_synthetic_in_yaml_and_readme() -> None:
    survey = load_survey(SURVEY, "content/consultation/survey.yaml")
    assert isinstance(survey, Survey)
    assert survey.synthetic and survey.notice
    readme = (ROOT / "data" / "consultation" / "README.md").read_text(encoding="utf-8")
    assert "SYNTHETIC" in readme and "make_synthetic_consultation.py" in readme
    assert EXPORT.read_text(encoding="utf-8").startswith("Response ID,")  # header first


def test_questions_are_about_items_of_the_strategy() -> None:
    survey = load_survey(SURVEY, "content/consultation/survey.yaml")
    assert isinstance(survey, Survey)
    strategy, _, problems = read_model(ROOT / "content" / "strategy.yaml", "strategy.yaml",
                                       StrategyDocument)
    assert strategy is not None, problems
    ids = {"vision", *(g.id for g in strategy.stages)}
    if strategy.themes:
        ids.add(strategy.themes.id)
    about = {q.about for q in survey.questions if q.about}
    assert about == {"vision", "best-start-for-life", "staying-healthy-safe-and-well",
                     "living-and-supported-well", "dying-well", "cross-cutting-themes"}
    assert about <= ids
