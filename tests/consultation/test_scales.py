"""Recognising a scale from the answers an export holds (scales.py), with real spellings."""

from __future__ import annotations

import pytest

from plainsight_strategy.consultation.scales import dont_know_group, recognise


def points(answers: list[str]) -> list[tuple[str, str]]:
    found = recognise(dict.fromkeys(answers, 1))
    assert found is not None, answers
    return [(p.label, p.kind) for p in found.points]


def test_five_point_agree_with_dont_know_kept_out_of_agreement() -> None:
    assert points(["Tend to agree", "Strongly agree", "Neither agree nor disagree",
                   "Strongly disagree", "Tend to disagree", "Don't know"]) == [
        ("Strongly agree", "agree"), ("Tend to agree", "agree"),
        ("Neither agree nor disagree", "neutral"), ("Tend to disagree", "disagree"),
        ("Strongly disagree", "disagree"), ("Don't know", "dont_know")]


def test_four_point_agree() -> None:
    assert points(["Agree", "Disagree", "Strongly agree", "Strongly disagree"]) == [
        ("Strongly agree", "agree"), ("Agree", "agree"), ("Disagree", "disagree"),
        ("Strongly disagree", "disagree")]


@pytest.mark.parametrize("mild", ["Somewhat", "Slightly", "Moderately", "Mostly"])
def test_seven_point_agree(mild: str) -> None:
    answers = ["Strongly agree", "Agree", f"{mild} agree", "Neither agree nor disagree",
               f"{mild} disagree", "Disagree", "Strongly disagree"]
    assert [k for _, k in points(answers)] == ["agree"] * 3 + ["neutral"] + ["disagree"] * 3
    assert [label for label, _ in points(answers)] == answers


def test_completely_is_above_strongly() -> None:
    assert [label for label, _ in points(["Agree", "Completely agree", "Strongly agree",
                                          "Disagree", "Completely disagree",
                                          "Strongly disagree"])][:3] == [
        "Completely agree", "Strongly agree", "Agree"]


def test_satisfied() -> None:
    assert points(["Satisfied", "Very satisfied", "Neither satisfied nor dissatisfied",
                   "Dissatisfied", "Very dissatisfied", "Not applicable"]) == [
        ("Very satisfied", "agree"), ("Satisfied", "agree"),
        ("Neither satisfied nor dissatisfied", "neutral"), ("Dissatisfied", "disagree"),
        ("Very dissatisfied", "disagree"), ("Not applicable", "dont_know")]


def test_important_and_critical() -> None:
    assert points(["Critical", "Very Important", "Slightly Important", "Not Important"]) == [
        ("Critical", "agree"), ("Very Important", "agree"), ("Slightly Important", "neutral"),
        ("Not Important", "disagree")]
    assert points(["Very important", "Quite important", "Not very important",
                   "Not at all important", "Not sure"]) == [
        ("Very important", "agree"), ("Quite important", "agree"),
        ("Not very important", "disagree"), ("Not at all important", "disagree"),
        ("Not sure", "dont_know")]


def test_likely_and_good() -> None:
    assert points(["Unlikely", "Very likely", "Likely", "Very unlikely",
                   "Prefer not to say"]) == [
        ("Very likely", "agree"), ("Likely", "agree"), ("Unlikely", "disagree"),
        ("Very unlikely", "disagree"), ("Prefer not to say", "dont_know")]
    assert points(["Good", "Poor", "Excellent", "Fair", "Very good"]) == [
        ("Excellent", "agree"), ("Very good", "agree"), ("Good", "agree"), ("Fair", "neutral"),
        ("Poor", "disagree")]


def test_numbered_with_labelled_ends() -> None:
    found = recognise({"1: strongly disagree": 3, "2": 4, "3": 1, "4": 9,
                       "5: strongly agree": 7, "Don't know": 2})
    assert found is not None
    assert [(p.label, p.kind, p.aliases) for p in found.points] == [
        ("Strongly agree", "agree", ("5: strongly agree",)), ("4", "agree", ()),
        ("3", "neutral", ()), ("2", "disagree", ()),
        ("Strongly disagree", "disagree", ("1: strongly disagree",)),
        ("Don't know", "dont_know", ())]


def test_zero_to_ten_with_labelled_ends_fills_the_numbers_between() -> None:
    found = recognise(dict.fromkeys(["0 - Not at all satisfied", "3", "5", "8",
                                     "10 - Completely satisfied"], 1))
    assert found is not None
    labels = [p.label for p in found.points]
    assert labels[0] == "Completely satisfied" and labels[-1] == "Not at all satisfied"
    assert labels[1:-1] == [str(n) for n in range(9, 0, -1)]
    assert found.agreeing() == ["Completely satisfied", "9", "8", "7", "6"]
    assert not next(p for p in found.points if p.label == "9").found


def test_bare_numbers_need_a_labelled_end() -> None:
    assert recognise(dict.fromkeys(["1", "2", "3", "4", "5"], 1)) is None


def test_not_scales() -> None:
    assert recognise(dict.fromkeys(["Yes", "No", "Not sure"], 1)) is None
    assert recognise(dict.fromkeys(["Resident", "Business"], 1)) is None
    assert recognise({}) is None
    assert recognise(dict.fromkeys(["Don't know"], 1)) is None


def test_spellings_of_one_point_are_aliases_and_the_most_used_is_the_label() -> None:
    found = recognise({"Agree": 5, "agree ": 1, "Aagree": 1, "Strongly agree": 2,
                       "Disgree": 1, "Dont know": 1, "Don\u2019t know": 3})
    assert found is not None
    assert [(p.label, p.aliases) for p in found.points] == [
        ("Strongly agree", ()), ("Agree", ("Aagree",)), ("Disagree", ("Disgree",)),
        ("Strongly disagree", ()), ("Don\u2019t know", ("Dont know",))]
    assert not found.points[3].found  # the opposite of "Strongly agree", added


def test_dont_know_groups() -> None:
    assert dont_know_group("Don\u2019t know") == "dont_know"
    assert dont_know_group("Don't know / not sure") == "dont_know"
    assert dont_know_group("N/A") == "not_applicable"
    assert dont_know_group("Prefer not to say") == "prefer_not"
    assert dont_know_group("No") is None


def test_microsoft_forms_numbered_words_with_a_dot_or_a_space() -> None:
    """Microsoft Forms exports '5.Excellent' and '5 Excellent' for one point."""
    found = recognise({"5.Excellent": 3, "5 Excellent": 2, "4.Very good": 3, "3.Good": 1,
                       "2 Fair": 1, "1.Poor": 1})
    assert found is not None
    assert [(p.label, p.kind) for p in found.points] == [
        ("Excellent", "agree"), ("Very good", "agree"), ("Good", "agree"), ("Fair", "neutral"),
        ("Poor", "disagree")]
    assert found.points[0].aliases == ("5 Excellent", "5.Excellent")


def test_favourability_and_unfamiliar() -> None:
    found = recognise({"Very favorably": 5, "Somewhat favorably": 4, "Somewhat unfavorably": 2,
                       "Very unfavorably": 1, "Neither favorably nor unfavorably (neutral)": 3,
                       "Unfamiliar (N/A)": 2})
    assert found is not None and found.family == "favourable"
    assert [p.kind for p in found.points] == ["agree", "agree", "neutral", "disagree",
                                              "disagree", "dont_know"]
    assert found.points[-1].label == "Unfamiliar (N/A)"


def test_importance_grid_keeps_somewhat_and_slightly_apart() -> None:
    """The Spack survey (Google Forms) offers both; they are two points, not one."""
    assert points(["Critical", "Very Important", "Somewhat important", "Slightly Important",
                   "Not Important"]) == [
        ("Critical", "agree"), ("Very Important", "agree"), ("Somewhat important", "neutral"),
        ("Slightly Important", "neutral"), ("Not Important", "disagree")]


def test_horrible_is_the_bottom_of_a_quality_scale() -> None:
    assert points(["Excellent", "Good", "OK", "Bad", "Horrible"])[-1] == ("Horrible", "disagree")
