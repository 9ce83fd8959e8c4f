"""Exports as the survey tools save them: header rows, column names, grids, multi-selects,
scales spelled as exported, no respondent id. Expected figures are counted in the tests from
the rows they write, not by the project's reader."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook

from plainsight_strategy.consultation.header import make_header, recognise
from plainsight_strategy.consultation.responses import Responses
from plainsight_strategy.consultation.survey import Survey
from plainsight_strategy.core.problems import Problem
from tests.helpers import analyse, load_responses, load_survey, read_export

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "exports"

BASE = """\
title: T
dates: {start: 2024-01-01, end: 2024-02-01}
export: e.csv
channels: [{id: online, label: Online}]
scale:
  options:
    - {label: Strongly agree, kind: agree, aliases: ["5: strongly agree"]}
    - {label: Agree, kind: agree, aliases: ["4"]}
    - {label: Neutral, kind: neutral, aliases: ["3"]}
    - {label: Disagree, kind: disagree, aliases: ["2"]}
    - {label: Strongly disagree, kind: disagree, aliases: ["1: strongly disagree"]}
"""


def survey_of(tmp_path: Path, body: str) -> Survey:
    path = tmp_path / "survey.yaml"
    path.write_text(BASE + body, encoding="utf-8")
    survey = load_survey(path, "survey.yaml")
    assert isinstance(survey, Survey), [str(p) for p in survey]
    return survey


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def results_of(tmp_path: Path, body: str, rows: list[list[str]], name: str = "e.csv"):  # type: ignore[no-untyped-def]
    survey = survey_of(tmp_path, body)
    responses = load_responses(write_csv(tmp_path / name, rows), name, survey)
    assert isinstance(responses, Responses), [str(p) for p in responses]
    return analyse(survey, responses)


# Header rows -------------------------------------------------------------------------------

MONKEY = [
    ["Respondent ID", "Collector ID", "IP Address", "How far do you agree?", "", "",
     "Which services do you use?", "", "Any comments?"],
    ["", "", "", "Parks", "Libraries", "Buses", "Parks", "Other (please specify)",
     "Open-Ended Response"],
]


def test_surveymonkey_names_carry_the_question_across_the_grid() -> None:
    assert recognise(MONKEY) == (2, "SurveyMonkey")
    header = make_header(MONKEY, 2, "SurveyMonkey")
    assert header.names() == [
        "Respondent ID", "Collector ID", "IP Address", "How far do you agree? - Parks",
        "How far do you agree? - Libraries", "How far do you agree? - Buses",
        "Which services do you use? - Parks",
        "Which services do you use? - Other (please specify)", "Any comments?"]
    assert header.columns[4].question == "How far do you agree?"
    assert header.columns[4].detail == "Libraries"


def test_qualtrics_three_rows_name_by_text_and_keep_the_tag() -> None:
    records = [["ResponseId", "Q1_1", "Q1_2"],
               ["Response ID", "Agree? - Parks", "Agree? - Buses"],
               ['{"ImportId":"_recordId"}', '{"ImportId":"QID1_1"}', '{"ImportId":"QID1_2"}']]
    assert recognise(records) == (3, "Qualtrics")
    header = make_header(records, 3, "Qualtrics")
    assert header.names() == ["Response ID", "Agree? - Parks", "Agree? - Buses"]
    assert [c.tag for c in header.columns] == ["ResponseId", "Q1_1", "Q1_2"]
    assert header.columns[2].question == "Agree?" and header.columns[2].detail == "Buses"


def test_one_header_row_is_not_taken_for_two() -> None:
    records = [["ID", "Vision", "Comment"], ["1", "Agree", "ok"], ["2", "Agree", ""]]
    assert recognise(records) == (1, None)


def test_surveymonkey_csv_and_xlsx_give_the_same_grid(tmp_path: Path) -> None:
    answers = [["101", "9", "", "5: strongly agree", "4", "1: strongly disagree", "Parks", "",
                "Good"],
               ["102", "9", "", "4", "4", "3", "", "Allotments", ""],
               ["103", "9", "", "", "2", "4", "Parks", "", ""]]
    body = """\
respondent_id: Respondent ID
questions:
  - id: services
    wording: How far do you agree?
    type: agreement
    statements:
      - {id: parks, label: Parks, column: How far do you agree? - Parks}
      - {id: libraries, label: Libraries, column: How far do you agree? - Libraries}
      - {id: buses, label: Buses, column: "how far do you agree?  -  buses"}
  - id: use
    wording: Which services do you use?
    type: multi_select
    option_columns:
      Parks: Which services do you use? - Parks
      Other: Which services do you use? - Other (please specify)
"""
    book = Workbook()
    for row in [*MONKEY, *answers]:
        book.active.append(row)
    book.save(tmp_path / "e.xlsx")
    survey = survey_of(tmp_path, body)
    for path in (write_csv(tmp_path / "e.csv", [*MONKEY, *answers]), tmp_path / "e.xlsx"):
        responses = load_responses(path, path.name, survey)
        assert isinstance(responses, Responses), [str(p) for p in responses]
        results = analyse(survey, responses)
        assert not isinstance(results, list), [str(p) for p in results]
        parks, libraries, buses = results.agreement
        assert [q.grid for q in results.agreement] == ["services"] * 3
        assert (parks.base_n, parks.agree_n, parks.not_answered_n) == (2, 2, 1)
        assert (libraries.base_n, libraries.agree_n, libraries.disagree_n) == (3, 2, 1)
        assert (buses.agree_n, buses.neutral_n, buses.disagree_n) == (1, 1, 1)
        assert [c.n for c in results.choice("use").cells] == [2, 1]
        assert results.grids[0].statements == ("parks", "libraries", "buses")
        assert responses.row_numbers.tolist() == [3, 4, 5]  # the answers start on row 3


def test_a_second_header_row_not_declared_is_named(tmp_path: Path) -> None:
    survey = survey_of(tmp_path, "header_rows: 1\nrespondent_id: ID\nquestions:\n"
                       "  - {id: v, wording: V, type: agreement, column: Vision}\n")
    [problem] = load_responses(CORPUS / "second-header-row.csv", "e.csv", survey)
    assert problem.message == ("row 2 looks like a second header row, as SurveyMonkey "
                               "exports have: set header_rows: 2")
    assert problem.row == 2


def test_the_same_file_read_with_its_header_rows_recognised(tmp_path: Path) -> None:
    responses = read_export(CORPUS / "second-header-row.csv", "e.csv")
    assert isinstance(responses, Responses)
    assert responses.table.column_names == [
        "ID", "Vision", "Vision - Other (please specify)", "Comment", "Area", "Publish"]
    assert responses.header.layout == "SurveyMonkey" and responses.n == 2


# Names that two columns share -------------------------------------------------------------

def test_names_equal_once_trimmed_get_their_column_letters() -> None:
    responses = read_export(CORPUS / "shared-name.csv", "e.csv")
    assert isinstance(responses, Responses)
    assert responses.table.column_names[1:3] == ["Vision (column B)", "Vision (column C)"]


def test_a_shared_name_says_how_to_name_each(tmp_path: Path) -> None:
    body = "respondent_id: ID\nquestions:\n  - {id: v, wording: V, type: agreement, column: %s}\n"
    survey = survey_of(tmp_path, body % "Vision")
    [problem] = load_responses(CORPUS / "shared-name.csv", "e.csv", survey)
    assert problem.message == "the column 'Vision' is in the header more than once " \
                              "(columns B and C)"
    assert problem.hint == "write 'Vision (column B)' or 'Vision (column C)' to say which one"
    (tmp_path / "s").mkdir()
    survey = survey_of(tmp_path / "s", body % "Vision (column C)")
    responses = load_responses(CORPUS / "shared-name.csv", "e.csv", survey)
    assert isinstance(responses, Responses)
    assert responses.counts("Vision (column C)") == {"Tend to agree": 1}


def test_names_that_differ_inside_are_matched_exactly(tmp_path: Path) -> None:
    rows = [["ID", "Q1  Parks", "Q1 Parks"], ["1", "Agree", "Disagree"]]
    body = ("respondent_id: ID\nquestions:\n"
            "  - {id: a, wording: A, type: agreement, column: 'Q1  Parks'}\n"
            "  - {id: b, wording: B, type: agreement, column: 'Q1 Parks'}\n")
    results = results_of(tmp_path, body, rows)
    assert [(q.id, q.agree_n, q.disagree_n) for q in results.agreement] == [
        ("a", 1, 0), ("b", 0, 1)]


def test_qualtrics_codes_and_tags(tmp_path: Path) -> None:
    rows = [["ResponseId", "Q1"], ["Response ID", "Do you agree?"],
            ['{"ImportId":"_recordId"}', '{"ImportId":"QID1"}'],
            ["R_1", "5: strongly agree"], ["R_2", "4"], ["R_3", "2"], ["", ""], ["", ""]]
    body = ("respondent_id: ResponseId\nquestions:\n"
            "  - {id: q1, wording: W, type: agreement, column: Q1}\n")
    results = results_of(tmp_path, body, rows)
    [q1] = results.agreement
    assert (q1.base_n, q1.agree_n, q1.disagree_n) == (3, 2, 1)  # empty records left out


# No respondent id (Google Forms) ----------------------------------------------------------

def test_without_an_id_each_row_is_a_response_and_repeats_are_a_note(tmp_path: Path) -> None:
    rows = [["Timestamp", "Agree? [Parks]", "Topics"],
            ["2024/01/02 10:00:00", "Agree", "Roads, Yes, sometimes"],
            ["2024/01/02 10:00:00", "Agree", "Roads, Yes, sometimes"],
            ["2024/01/02 10:05:00", "Strongly agree", "Parks, my own idea"],
            ["2024/01/02 10:06:00", "Disagree", ""]]
    body = """\
questions:
  - {id: parks, wording: Agree?, type: agreement, column: "Agree? [Parks]"}
  - id: topics
    wording: Topics
    type: multi_select
    column: Topics
    separator: ", "
    options: [Roads, Parks, "Yes, sometimes", Other]
    other: Other
"""
    results = results_of(tmp_path, body, rows)
    assert results.responses_n == 4
    assert results.agreement[0].agree_n == 3
    topics = results.choice("topics")
    assert [(c.label, c.n) for c in topics.cells] == [
        ("Roads", 2), ("Parks", 1), ("Yes, sometimes", 2), ("Other", 1)]
    [note] = results.notes
    assert (note.row, note.file) == (2, "e.csv")
    assert "rows 2, 3" in note.message and "the same in every column" in note.message


def test_an_answer_matching_no_option_names_its_rows(tmp_path: Path) -> None:
    rows = [["Topics"], ["Roads;"], ["Roads;Trains;"], ["Parks"]]
    body = ("questions:\n  - {id: t, wording: T, type: multi_select, column: Topics,"
            " options: [Roads, Parks]}\n")
    survey = survey_of(tmp_path, body)
    responses = load_responses(write_csv(tmp_path / "e.csv", rows), "e.csv", survey)
    [problem] = analyse(survey, responses)
    assert problem.message == "column 'Topics': 'Trains' is not one of the options of 't'"
    assert problem.row == 3


# Odd files --------------------------------------------------------------------------------

def test_an_old_xls_that_cannot_be_read_says_how_to_save_it() -> None:
    [problem] = read_export(CORPUS / "old-format.xls", "old.xls")
    assert problem.message.startswith("cannot read the file as an old Excel (.xls) workbook")
    assert "Excel Workbook (.xlsx)" in (problem.hint or "")


def test_nul_bytes_and_date_serials_do_not_stop_the_reader(tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_bytes(b"ID,Vision,When\n1,Agree,45123.5\n2,Agree\x00,45124\n")
    responses = read_export(path, "e.csv")
    assert isinstance(responses, Responses)
    assert responses.counts("When") == {"45123.5": 1, "45124": 1}
    book = Workbook()
    book.active.append(["ID", "When"])
    book.active.append([1, 45123.5])
    book.active["B2"].number_format = "dd/mm/yyyy"
    book.save(tmp_path / "e.xlsx")
    responses = read_export(tmp_path / "e.xlsx", "e.xlsx")
    assert isinstance(responses, Responses)
    assert list(responses.counts("When")) == ["2023-07-16 12:00:00"]  # Excel's day 45123


def _problem_texts(problems: list[Problem]) -> list[str]:
    return [str(p) for p in problems]


@pytest.mark.parametrize("body, message", [
    ("questions:\n  - {id: a, wording: A, type: agreement, column: X}\n"
     "  - {id: b, wording: B, type: agreement, statements: [{id: a, label: L, column: Y}]}\n",
     "the question or statement id 'a' is used twice"),
])
def test_statement_ids_are_unique_across_questions(tmp_path: Path, body: str,
                                                   message: str) -> None:
    path = tmp_path / "survey.yaml"
    path.write_text(BASE + body, encoding="utf-8")
    problems = load_survey(path, "survey.yaml")
    assert isinstance(problems, list)
    assert any(message in text for text in _problem_texts(problems)), _problem_texts(problems)


def test_an_old_xls_workbook_is_read_with_its_header_rows() -> None:
    """surveymonkey-old.xls is a real BIFF8 workbook (written once with xlwt, see the
    corpus README), laid out as SurveyMonkey's old .xls exports were."""
    responses = read_export(CORPUS / "surveymonkey-old.xls", "old.xls")
    assert isinstance(responses, Responses)
    assert responses.header.rows == 2
    assert responses.table.column_names == [
        "Respondent ID", "Do you agree with the vision? - Vision",
        "Do you agree with the vision? - Other (please specify)", "Comments"]
    assert responses.counts("Respondent ID") == {"101": 1, "102": 1, "103": 1, "104": 1}
    assert responses.counts("Do you agree with the vision? - Vision") == {
        "Strongly agree": 2, "Agree": 1, "Disagree": 1}


def test_identical_rows_are_noted_on_every_check_even_from_the_cache(tmp_path: Path) -> None:
    from plainsight_strategy.consultation.load import load_consultation
    from plainsight_strategy.core.cache import Cache
    from plainsight_strategy.core.problems import Problems

    content, data = tmp_path / "content", tmp_path / "data"
    (content / "consultation").mkdir(parents=True)
    data.mkdir()
    (content / "consultation" / "survey.yaml").write_text(
        BASE + "questions:\n  - {id: v, wording: V, type: agreement, column: Vision}\n",
        encoding="utf-8")
    write_csv(data / "e.csv", [["Timestamp", "Vision"], ["2024/01/02 10:00", "Agree"],
                               ["2024/01/02 10:01", "Agree"], ["2024/01/02 10:01", "Agree"]])
    cache = Cache(tmp_path / "cache")
    for _ in range(2):  # the second time the analysis comes from the cache
        problems = Problems()
        assert load_consultation(content, data, cache, problems) is not None
        assert not problems.items
        [note] = problems.notes
        assert note.row == 3 and "rows 3, 4" in note.message
