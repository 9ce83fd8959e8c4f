"""The consultation statistics, checked against numbers worked out by hand.

Each test writes a small survey definition and export to tmp_path, so what is tested is the
whole path a comms team uses: YAML -> export -> analysis.
"""

from __future__ import annotations

import csv
import textwrap
from pathlib import Path

import pytest

from plainsight_strategy.consultation.analysis import personal_data
from plainsight_strategy.consultation.disclosure import protect
from plainsight_strategy.consultation.responses import Responses
from plainsight_strategy.consultation.results import ConsultationResults, percent, whole_percent
from plainsight_strategy.consultation.survey import Survey
from plainsight_strategy.core.problems import ContentError, Problem
from plainsight_strategy.site.chartwords import ChartWords
from tests.helpers import analyse, load_consultation, load_responses, load_survey

WORDS = ChartWords.packaged()  # what the site says for a hidden count and for a base

AGREE_SCALE = """
scale:
  options:
    - {label: Strongly agree, kind: agree}
    - {label: Tend to agree, kind: agree}
    - {label: Neither agree nor disagree, kind: neutral}
    - {label: Tend to disagree, kind: disagree}
    - {label: Strongly disagree, kind: disagree}
    - {label: Don't know, kind: dont_know, aliases: [Dont know]}
  dont_know_in_base: %s
"""


ONLINE = """
channels:
  - {id: online, label: Online}
"""


def write_survey(tmp_path: Path, body: str, dont_know_in_base: bool = True,
                 channels: str = ONLINE) -> Survey:
    text = textwrap.dedent("""
        title: Test
        dates: {start: 2024-01-01, end: 2024-02-01}
        export: responses.csv
        respondent_id: ID
        """) + channels + AGREE_SCALE % str(dont_know_in_base).lower() + textwrap.dedent(body)
    path = tmp_path / "survey.yaml"
    path.write_text(text, encoding="utf-8")
    survey = load_survey(path, "survey.yaml")
    assert isinstance(survey, Survey), [str(p) for p in survey]
    return survey


def write_export(tmp_path: Path, header: list[str], rows: list[list[str]]) -> Path:
    path = tmp_path / "responses.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def run(survey: Survey, path: Path) -> ConsultationResults | list[Problem]:
    responses = load_responses(path, path.name, survey)
    assert isinstance(responses, Responses), [str(p) for p in responses]
    return analyse(survey, responses)


def results_of(survey: Survey, path: Path) -> ConsultationResults:
    results = run(survey, path)
    assert isinstance(results, ConsultationResults), [str(p) for p in results]
    return results


def problems_of(survey: Survey, path: Path) -> list[Problem]:
    results = run(survey, path)
    assert isinstance(results, list)
    return results


ONE_QUESTION = """
questions:
  - {id: vision, wording: Do you agree with the vision?, type: agreement, column: Q1,
     about: vision}
"""

# 30 strongly agree, 20 tend to agree, 10 neither, 5 tend to disagree, 3 strongly disagree,
# 12 don't know (some spelled oddly), 4 blank = 84 rows.
ANSWERS = (["Strongly agree"] * 28 + ["  strongly AGREE "] * 2 + ["Tend to agree"] * 20
           + ["Neither agree nor disagree"] * 10 + ["Tend to disagree"] * 5
           + ["Strongly disagree"] * 3 + ["Don't know"] * 10 + ["Dont know", "DON’T KNOW"]
           + [""] * 3 + ["   "])


def agreement_export(tmp_path: Path) -> Path:
    return write_export(tmp_path, ["ID", "Q1"],
                        [[f"R{i}", answer] for i, answer in enumerate(ANSWERS)])


# Agreement --------------------------------------------------------------------------------

def test_agreement_with_dont_know_in_the_base(tmp_path: Path) -> None:
    survey = write_survey(tmp_path, ONE_QUESTION)
    q = results_of(survey, agreement_export(tmp_path)).agreement[0]
    assert [o.n for o in q.options] == [30, 20, 10, 5, 3, 12]
    assert (q.base_n, q.agree_n, q.disagree_n, q.neutral_n) == (80, 50, 8, 10)
    assert (q.dont_know_n, q.not_answered_n, q.answered_n) == (12, 4, 80)
    assert q.agree_pct == 62.5  # 50 / 80
    assert q.disagree_pct == 10.0  # 8 / 80
    assert q.options[0].pct == 37.5 and q.options[5].pct == 15.0
    assert (q.id, q.about, q.agree_whole_pct) == ("vision", "vision", 63)
    assert '"Don\'t know" included' in WORDS.base_definition(q)
    assert "left the question blank are not counted" in WORDS.base_definition(q)


def test_agreement_with_dont_know_out_of_the_base(tmp_path: Path) -> None:
    survey = write_survey(tmp_path, ONE_QUESTION, dont_know_in_base=False)
    q = results_of(survey, agreement_export(tmp_path)).agreement[0]
    assert (q.base_n, q.agree_n, q.dont_know_n, q.not_answered_n) == (68, 50, 12, 4)
    assert q.agree_pct == 73.5  # 50 / 68 = 73.53
    assert q.disagree_pct == 11.8  # 8 / 68 = 11.76
    assert q.options[5].pct is None  # don't know is not a share of a base it is not in
    assert q.answered_n == 80
    assert 'not counting "Don\'t know"' in WORDS.base_definition(q)


def test_another_scale_needs_only_yaml(tmp_path: Path) -> None:
    """An importance scale, listed from the negative end, two top boxes counted as agree."""
    body = """
    questions:
      - id: priority
        wording: How important is this priority?
        type: agreement
        column: Q1
        scale:
          dont_know_in_base: false
          options:
            - {label: Not at all important, kind: disagree}
            - {label: Not very important, kind: disagree}
            - {label: Fairly important, kind: agree}
            - {label: Very important, kind: agree}
            - {label: Not sure, kind: dont_know}
    """
    survey = write_survey(tmp_path, body)
    answers = (["Very important"] * 9 + ["fairly important"] * 6 + ["Not very important"] * 3
               + ["Not at all important"] * 2 + ["Not sure"] * 5 + [""])
    path = write_export(tmp_path, ["ID", "Q1"], [[str(i), a] for i, a in enumerate(answers)])
    q = results_of(survey, path).agreement[0]
    assert (q.agree_n, q.disagree_n, q.base_n, q.dont_know_n) == (15, 5, 20, 5)
    assert (q.agree_pct, q.disagree_pct, q.not_answered_n) == (75.0, 25.0, 1)
    assert [o.label for o in q.options][0] == "Not at all important"


def test_percentages_need_a_base_of_ten(tmp_path: Path) -> None:
    survey = write_survey(tmp_path, ONE_QUESTION)
    path = write_export(tmp_path, ["ID", "Q1"], [[str(i), "Tend to agree"] for i in range(9)])
    q = results_of(survey, path).agreement[0]
    assert (q.agree_n, q.base_n, q.agree_pct, q.disagree_pct) == (9, 9, None, None)
    assert q.agree_whole_pct is None


@pytest.mark.parametrize(("n", "base", "expected"), [
    (91, 99, 91.9), (1, 8, 12.5), (1, 16, 6.3), (2, 3, 66.7), (1, 3, 33.3), (0, 5, 0.0),
    (5, 5, 100.0), (1, 2000, 0.1), (1, 4000, 0.0)])
def test_percent_rounds_halves_up_to_one_decimal(n: int, base: int, expected: float) -> None:
    assert percent(n, base) == expected


def test_whole_percent_rounds_from_the_counts() -> None:
    assert whole_percent(79, 99) == 80 and whole_percent(91, 99) == 92
    assert whole_percent(1, 8) == 13  # 12.5 rounds up
    assert whole_percent(8445, 10000) == 84  # 84.45: not 84.5 -> 85


def test_unknown_scale_label_is_a_problem_with_rows(tmp_path: Path) -> None:
    survey = write_survey(tmp_path, ONE_QUESTION)
    path = write_export(tmp_path, ["ID", "Q1"], [["1", "Strongly agree"], ["2", "Agree"],
                                                 ["3", "Agree"], ["4", "Tend to agree"]])
    [problem] = problems_of(survey, path)
    assert (problem.file, problem.row) == ("responses.csv", 3)
    assert problem.message == ("column 'Q1': 'Agree' is not one of the scale labels "
                               "(rows 3, 4)")


# Choice questions -------------------------------------------------------------------------

CHOICES = """
questions:
  - id: role
    wording: In which role(s) are you responding?
    type: multi_select
    column: Role
    options: [Resident, Public sector organisation, Other]
  - id: area
    wording: Which area?
    type: multi_select
    option_columns: {North: Area North, South: Area South}
  - id: age
    wording: Your age?
    type: single_choice
    column: Age
    options: [Under 30, 30 to 64, 65 or over]
"""


def choice_rows() -> tuple[list[str], list[list[str]]]:
    header = ["ID", "Role", "Area North", "Area South", "Age"]
    rows = []
    for i in range(40):
        role = ("Resident" if i < 30 else "resident; Public sector organisation" if i < 33
                else "Other" if i < 36 else "")
        north = "Yes" if i < 25 else ("No" if i < 30 else "")
        south = "1" if 20 <= i < 38 else "0"
        age = "Under 30" if i < 3 else "30 to 64" if i < 30 else "65 or over" if i < 39 else ""
        rows.append([str(i), role, north, south, age])
    return header, rows


def test_multi_select_joined_counts_each_option_once_a_person(tmp_path: Path) -> None:
    survey = write_survey(tmp_path, CHOICES)
    results = results_of(survey, write_export(tmp_path, *choice_rows()))
    role = results.choice("role")
    assert (role.respondents_n, role.not_answered_n, role.multiple) == (36, 4, True)
    assert [(c.label, c.n) for c in role.cells] == [
        ("Resident", 33), ("Public sector organisation", 3), ("Other", 3)]
    assert role.cell("Resident").pct == 91.7  # 33 / 36
    # fewer than 5 is suppressed; multi-select answers do not add up to a total, so no
    # second cell is hidden
    assert [c.suppressed for c in role.cells] == [False, True, True]
    assert not any(c.secondary for c in role.cells)
    assert WORDS.cell(role.cell("Other")) == "fewer than 5"
    assert role.cell("Other").shown_n is None and role.cell("Other").shown_pct is None


def test_multi_select_one_column_per_option(tmp_path: Path) -> None:
    survey = write_survey(tmp_path, CHOICES)
    area = results_of(survey, write_export(tmp_path, *choice_rows())).choice("area")
    # North ticked by 0-24, South by 20-37 ("0" and "No" are not ticks)
    assert [(c.label, c.n) for c in area.cells] == [("North", 25), ("South", 18)]
    assert (area.respondents_n, area.not_answered_n) == (38, 2)


def test_single_choice_with_secondary_suppression(tmp_path: Path) -> None:
    survey = write_survey(tmp_path, CHOICES)
    age = results_of(survey, write_export(tmp_path, *choice_rows())).choice("age")
    assert [(c.label, c.n) for c in age.cells] == [
        ("Under 30", 3), ("30 to 64", 27), ("65 or over", 9)]
    assert age.respondents_n == 39
    # 3 is hidden; 39 - 27 - 9 would give it away, so the next smallest (9) goes too
    assert [(c.suppressed, c.secondary) for c in age.cells] == [
        (True, False), (False, False), (False, True)]
    assert [WORDS.cell(c) for c in age.cells] == ["fewer than 5", "27", "not shown"]


def test_unknown_option_in_joined_answers(tmp_path: Path) -> None:
    survey = write_survey(tmp_path, CHOICES)
    header, rows = choice_rows()
    rows[4][1] = "Resident;Alien"
    rows[7][1] = "Alien"
    [problem] = problems_of(survey, write_export(tmp_path, header, rows))
    assert problem.row == 6
    assert "column 'Role': 'Alien' is not one of the options of 'role' (rows 6, 9)" == (
        problem.message)


# Disclosure control -----------------------------------------------------------------------

def test_protect_district_table_hides_two_small_cells_and_one_more() -> None:
    counts = [25, 12, 8, 5, 6, 8, 2, 1, 32]
    suppressed, secondary = protect(counts, 5, partition=True)
    assert [i for i, s in enumerate(suppressed) if s] == [6, 7]
    # 2 + 1 = 3 could be worked out from the total and is under 5: hide the next smallest
    assert [i for i, s in enumerate(secondary) if s] == [3]


@pytest.mark.parametrize(("counts", "hidden", "also"), [
    ([10, 3, 7, 20], [1], [2]),  # exactly one hidden: the next smallest goes too
    ([10, 3, 6, 6], [1], [2]),  # a tie: the first in the table's order
    ([3, 4, 20, 30], [0, 1], []),  # 3 + 4 = 7: the hidden pair cannot be told apart
    ([0, 2, 9, 10], [1], [2]),  # a 0 is shown and is never the extra cell
    ([1, 0, 0], [0], []),  # nothing left to hide
    ([12, 30, 7], [], []),
])
def test_protect_rules(counts: list[int], hidden: list[int], also: list[int]) -> None:
    suppressed, secondary = protect(counts, 5, partition=True)
    assert [i for i, s in enumerate(suppressed) if s] == hidden
    assert [i for i, s in enumerate(secondary) if s] == also


def test_protect_without_a_total_is_primary_only() -> None:
    assert protect([10, 3, 7], 5, partition=False) == ([False, True, False], [False] * 3)


def test_thresholds_are_settings() -> None:
    suppressed, secondary = protect([10, 9, 30], 10, partition=True)
    assert suppressed == [False, True, False] and secondary == [True, False, False]


BREAKDOWN = ONE_QUESTION + """
breakdowns:
  - id: district
    label: District
    column: District
    labels: [Blaby, Charnwood, Oadby & Wigston]
    missing_label: Missing postcode
  - {id: age, label: Age group, column: Age}
"""


def test_breakdown_with_labels_blanks_and_suppression(tmp_path: Path) -> None:
    survey = write_survey(tmp_path, BREAKDOWN)
    districts = ["Blaby"] * 20 + ["charnwood "] * 12 + ["Oadby & Wigston"] * 2 + [""] * 6
    ages = ["65+"] * 25 + ["18-64"] * 12 + ["Under 18"] * 3
    path = write_export(tmp_path, ["ID", "Q1", "District", "Age"],
                        [[str(i), "Tend to agree", d, a]
                         for i, (d, a) in enumerate(zip(districts, ages, strict=True))])
    results = results_of(survey, path)
    district = results.breakdown("district")
    assert [(c.label, c.n) for c in district.cells] == [
        ("Blaby", 20), ("Charnwood", 12), ("Oadby & Wigston", 2), ("Missing postcode", 6)]
    assert district.total_n == 40 and district.missing_label == "Missing postcode"
    assert [WORDS.cell(c) for c in district.cells] == ["20", "12", "fewer than 5", "not shown"]
    assert district.any_suppressed and district.any_secondary
    assert district.cell("Blaby").pct == 50.0 and district.cell("Blaby").shown_pct == 50.0
    age = results.breakdown("age")  # no labels configured: as found, largest first
    assert [(c.label, c.n) for c in age.cells] == [("65+", 25), ("18-64", 12), ("Under 18", 3)]
    assert age.missing_label is None


def test_breakdown_percentages_need_a_base_of_ten(tmp_path: Path) -> None:
    survey = write_survey(tmp_path, BREAKDOWN)
    path = write_export(tmp_path, ["ID", "Q1", "District", "Age"],
                        [[str(i), "Tend to agree", "Blaby", "65+"] for i in range(8)])
    district = results_of(survey, path).breakdown("district")
    assert district.cell("Blaby").n == 8 and district.cell("Blaby").pct is None


def test_breakdown_value_not_in_its_labels(tmp_path: Path) -> None:
    survey = write_survey(tmp_path, BREAKDOWN)
    path = write_export(tmp_path, ["ID", "Q1", "District", "Age"],
                        [["1", "Tend to agree", "Blaby", ""], ["2", "", "Rutland", ""]])
    [problem] = problems_of(survey, path)
    assert problem.row == 3 and "column 'District': 'Rutland'" in problem.message


# Channels ---------------------------------------------------------------------------------

CHANNELS = """
channel_column: How
channels:
  - {id: online, label: Online survey}
  - {id: paper, label: Paper, values: [Post]}
  - {id: conversations, label: Facilitated conversations, count: 72}
"""


def test_channels_and_participants(tmp_path: Path) -> None:
    survey = write_survey(tmp_path, ONE_QUESTION, channels=CHANNELS)
    rows = [[str(i), "Tend to agree", "online survey" if i < 98 else "post"] for i in range(99)]
    results = results_of(survey, write_export(tmp_path, ["ID", "Q1", "How"], rows))
    assert [(c.id, c.n, c.survey_rows) for c in results.channels] == [
        ("online", 98, True), ("paper", 1, True), ("conversations", 72, False)]
    assert (results.responses_n, results.participants_n) == (99, 171)


def test_unknown_or_blank_channel(tmp_path: Path) -> None:
    survey = write_survey(tmp_path, ONE_QUESTION, channels=CHANNELS)
    rows = [["1", "", "Online survey"], ["2", "", "Phone"], ["3", "", ""]]
    problems = problems_of(survey, write_export(tmp_path, ["ID", "Q1", "How"], rows))
    assert sorted((p.row, p.message) for p in problems) == [
        (3, "column 'How': 'Phone' is not one of the channels"),
        (4, "column 'How': the channel is blank")]


# Comments ---------------------------------------------------------------------------------

CODED = ONE_QUESTION + """
comments:
  codes:
    - {id: supportive, label: Supportive}
    - {id: more-detail, label: More detail}
    - {id: disagreed, label: Disagreed}
  columns:
    - {text: C1, codes: Codes1}
    - {text: C2, codes: Codes2, separator: "|"}
"""


def test_coded_comments_count_several_codes_a_comment(tmp_path: Path) -> None:
    survey = write_survey(tmp_path, CODED)
    rows = [
        ["1", "", "Good", "supportive", "Why?", "more-detail"],
        ["2", "", "Good but vague", "Supportive; MORE DETAIL", "", ""],
        ["3", "", "No", "disagreed;supportive;", "Meh", "Disagreed|more-detail"],
        ["4", "", "Not coded yet", "", "", ""],
    ]
    path = write_export(tmp_path, ["ID", "Q1", "C1", "Codes1", "C2", "Codes2"], rows)
    comments = results_of(survey, path).comments
    assert comments is not None and comments.source == "coded"
    assert [(c.code, c.n) for c in comments.counts] == [
        ("supportive", 3), ("more-detail", 3), ("disagreed", 2)]
    assert (comments.coded_comments_n, comments.uncoded_comments_n) == (5, 1)
    assert comments.count("supportive") == 3


def test_unknown_comment_code(tmp_path: Path) -> None:
    survey = write_survey(tmp_path, CODED)
    rows = [["1", "", "x", "supportive;praise", "", ""]]
    [problem] = problems_of(survey, write_export(
        tmp_path, ["ID", "Q1", "C1", "Codes1", "C2", "Codes2"], rows))
    assert (problem.row, problem.message) == (
        2, "column 'Codes1': 'praise' is not one of the comment codes")


def test_analyst_totals(tmp_path: Path) -> None:
    survey = write_survey(tmp_path, ONE_QUESTION + textwrap.dedent("""
        comments:
          codes:
            - {id: supportive, label: Supportive}
            - {id: disagreed, label: Disagreed}
          totals: {supportive: 121, disagreed: 7}
        """))
    comments = results_of(survey, write_export(tmp_path, ["ID", "Q1"], [["1", ""]])).comments
    assert comments is not None and comments.source == "analyst"
    assert [(c.code, c.n) for c in comments.counts] == [("supportive", 121), ("disagreed", 7)]
    assert comments.coded_comments_n is None


# Quotes -----------------------------------------------------------------------------------

QUOTES = ONE_QUESTION + """
  - {id: comments, wording: Any comments?, type: free_text, column: Comment}
quotes:
  - {text: Comment, approved: OK to publish, approved_values: [yes, y], question: comments,
     about: vision}
"""


def quote_export(tmp_path: Path, rows: list[tuple[str, str]]) -> Path:
    return write_export(tmp_path, ["ID", "Q1", "Comment", "OK to publish"],
                        [[str(i), "", text, ok] for i, (text, ok) in enumerate(rows, start=1)])


def test_only_approved_quotes_and_their_text_unchanged(tmp_path: Path) -> None:
    survey = write_survey(tmp_path, QUOTES)
    script = '<script>alert("x")</script> & "quotes" '
    path = quote_export(tmp_path, [("Approved", "Yes"), ("Not approved", "no"),
                                   ("Nobody decided", ""), (script, " y "),
                                   ("Call 0116 305 4239", "no")])
    results = results_of(survey, path)
    assert [(q.row, q.text) for q in results.quotes] == [(2, "Approved"), (5, script)]
    assert results.quotes[0].question == "comments" and results.quotes[0].about == "vision"
    assert results.free_text[0].comments_n == 5


@pytest.mark.parametrize(("text", "what"), [
    ("Ring me on 07700 900123 please", "a phone number"),
    ("My number is +44 (0)116 305 4239", "a phone number"),
    ("(0116) 305 4239", "a phone number"),
    ("write to jo.bloggs@example.org", "an e-mail address"),
    ("I live at LE9 6PD", "a full postcode"),
    ("near le1 6zz", "a full postcode"),
    ("see https://example.org/x", "a URL"),
    ("see www.example.co.uk", "a URL"),
    ("see leics.gov.uk/jhws", "a URL"),
])
def test_quote_with_personal_data_stops_the_build(tmp_path: Path, text: str, what: str) -> None:
    survey = write_survey(tmp_path, QUOTES)
    path = quote_export(tmp_path, [("Fine", "yes"), (text, "yes")])
    [problem] = problems_of(survey, path)
    assert (problem.file, problem.row) == ("responses.csv", 3)
    assert f"column 'Comment': the quote marked for publication contains {what}" in (
        problem.message)


@pytest.mark.parametrize("text", [
    "Everyone in LE9 agrees", "2021 to 2032, 10000 people", "work/life balance etc.",
    "Interesting to see the 'how'?", "Nice to see us all in there", "ratio 3.5 to 1"])
def test_ordinary_text_is_not_personal_data(text: str) -> None:
    assert personal_data(text) == []


def test_approved_but_empty_quote(tmp_path: Path) -> None:
    survey = write_survey(tmp_path, QUOTES)
    [problem] = problems_of(survey, quote_export(tmp_path, [("", "yes")]))
    assert problem.row == 2 and "marked for publication but is empty" in problem.message


# The survey definition --------------------------------------------------------------------

@pytest.mark.parametrize(("body", "message"), [
    ("questions:\n  - {id: q, wording: W, type: agreement}\n",
     "an agreement question needs 'column'"),
    ("questions:\n  - {id: q, wording: W, type: single_choice, column: C}\n",
     "needs 'options'"),
    ("questions:\n  - {id: q, wording: W, type: agreement, column: C, colour: red}\n",
     "unknown field 'colour'"),
    ("questions:\n  - {id: q, wording: W, type: multi_select, column: C,"
     " options: [A, B], other: Else}\n", "'other: Else' is not one of the options"),
    ("questions:\n  - {id: q, wording: W, type: single_choice, column: C,"
     " statements: [{id: s, label: S, column: C}]}\n", "only agreement questions have"),
    ("questions:\n  - {id: q, wording: W, type: agreement,"
     " statements: [{id: q, label: S, column: C}]}\n", "statement id 'q' is used twice"),
])
def test_survey_definition_mistakes_name_the_line(tmp_path: Path, body: str,
                                                  message: str) -> None:
    path = tmp_path / "survey.yaml"
    path.write_text(textwrap.dedent("""\
        title: Test
        dates: {start: 2024-01-01, end: 2024-02-01}
        export: responses.csv
        respondent_id: ID
        channels: [{id: online, label: Online}]
        scale:
          options:
            - {label: Yes, kind: agree}
            - {label: No, kind: disagree}
        """) + body, encoding="utf-8")
    problems = load_survey(path, "survey.yaml")
    assert isinstance(problems, list) and problems
    assert any(message in p.message and p.line == 11 for p in problems), [
        str(p) for p in problems]


SHORT_DEFINITION = """\
title: Test
dates: {start: 2024-01-01, end: 2024-02-01}
export: responses.csv
respondent_id: ID
channels: [{id: online, label: Online}]
scale: {options: [{label: Yes, kind: agree}, {label: No, kind: disagree}]}
questions: [{id: q, wording: W, type: agreement, column: C}]
"""


def _definition_problems(tmp_path: Path, extra: str) -> list:
    path = tmp_path / "survey.yaml"
    path.write_text(SHORT_DEFINITION + extra, encoding="utf-8")
    problems = load_survey(path, "survey.yaml")
    assert isinstance(problems, list)
    return problems


def test_quotes_must_name_a_free_text_question(tmp_path: Path) -> None:
    problems = _definition_problems(tmp_path, "quotes: [{text: C, approved: OK, question: q}]\n")
    assert "quotes name 'q', which is not a free_text question" in problems[0].message


def test_synthetic_data_needs_a_notice(tmp_path: Path) -> None:
    problems = _definition_problems(tmp_path, "synthetic: true\n")
    assert "synthetic data needs a 'notice'" in problems[0].message


def test_load_consultation_raises_every_problem(tmp_path: Path) -> None:
    content, data = tmp_path / "content", tmp_path / "data"
    (content / "consultation").mkdir(parents=True)
    data.mkdir()
    assert load_consultation(content, data) is None  # a site without a consultation
    survey = write_survey(tmp_path, ONE_QUESTION)
    (tmp_path / "survey.yaml").rename(content / "consultation" / "survey.yaml")
    with pytest.raises(ContentError, match="the export 'responses.csv'"):
        load_consultation(content, data)
    write_export(data, ["ID", "Q1"], [["1", "Yes please"], ["1", "Tend to agree"]])
    with pytest.raises(ContentError) as caught:
        load_consultation(content, data)
    assert [p.file for p in caught.value.problems] == ["data/responses.csv"]
    write_export(data, ["ID", "Q1"], [["1", "Yes please"], ["2", "Tend to agree"]])
    with pytest.raises(ContentError, match="'Yes please' is not one of the scale labels"):
        load_consultation(content, data)
    write_export(data, ["ID", "Q1"], [["1", "Strongly agree"], ["2", "Tend to agree"]])
    results = load_consultation(content, data)
    assert results is not None and results.agreement[0].agree_n == 2
    assert survey.title == results.title
