"""Reading survey exports: encodings, .xlsx, and a clear Problem for every kind of bad file.

The bad exports are in tests/corpus/exports/ (read with the survey.yaml there); .xlsx files
are written at test time with openpyxl so no binaries are committed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from plainsight_strategy.consultation.responses import Responses
from plainsight_strategy.consultation.results import ConsultationResults
from plainsight_strategy.consultation.survey import Survey
from plainsight_strategy.core.csvfile import neutralise_formula, to_csv
from plainsight_strategy.core.problems import Problem
from tests.helpers import analyse, load_responses, load_survey, read_export

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "exports"
HEADER = ["ID", "Vision", "Comment", "Area", "Publish"]


@pytest.fixture(scope="module")
def survey() -> Survey:
    loaded = load_survey(CORPUS / "survey.yaml", "survey.yaml")
    assert isinstance(loaded, Survey), loaded
    return loaded


def load(survey: Survey, name: str) -> Responses | list[Problem]:
    return load_responses(CORPUS / name, name, survey)


def problems_of(survey: Survey, name: str) -> list[Problem]:
    result = load(survey, name)
    if isinstance(result, Responses):
        analysed = analyse(survey, result)
        assert isinstance(analysed, list), f"{name} should have problems"
        return analysed
    return result


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


# Files that cannot be used ----------------------------------------------------------------

def test_empty_file(survey: Survey) -> None:
    problem = only(problems_of(survey, "empty.csv"))
    assert problem.file == "empty.csv"
    assert "the file is empty" in problem.message


def test_header_only(survey: Survey) -> None:
    problem = only(problems_of(survey, "header-only.csv"))
    assert problem.file == "header-only.csv"
    assert "no answers" in problem.message


def test_missing_column_names_it_and_lists_the_columns_found(survey: Survey) -> None:
    problem = only(problems_of(survey, "missing-column.csv"))
    assert (problem.file, problem.row) == ("missing-column.csv", 1)
    assert "the column 'Area' is missing" in problem.message
    assert "'ID', 'Vision', 'Comment', 'Publish'" in (problem.hint or "")


def test_duplicate_ids_list_every_row(survey: Survey) -> None:
    problems = problems_of(survey, "duplicate-ids.csv")
    assert [(p.file, p.row) for p in problems] == [("duplicate-ids.csv", 2),
                                                   ("duplicate-ids.csv", 3)]
    assert "column 'ID'" in problems[0].message
    assert "'A1' is used more than once (rows 2, 4)" in problems[0].message
    assert "'A2' is used more than once (rows 3, 6)" in problems[1].message


def test_blank_id(survey: Survey) -> None:
    problem = only(problems_of(survey, "blank-id.csv"))
    assert (problem.row, "the respondent id is blank") == (3, "the respondent id is blank")
    assert "column 'ID'" in problem.message


def test_unknown_label_names_column_value_and_rows(survey: Survey) -> None:
    problems = problems_of(survey, "unknown-label.csv")
    assert len(problems) == 2
    agree_a_lot, maybe = problems
    assert agree_a_lot.file == "unknown-label.csv" and agree_a_lot.row == 3
    assert "column 'Vision': 'Agree a lot' is not one of the scale labels" in agree_a_lot.message
    assert "(rows 3, 5)" in agree_a_lot.message
    assert "'Strongly agree'" in (agree_a_lot.expected or "")
    assert maybe.row == 6 and "'Maybe'" in maybe.message
    # "  STRONGLY   agree " in row 4 matched: case and spaces do not matter
    assert not any("STRONGLY" in p.message for p in problems)


def test_unknown_label_rows_are_listed_up_to_ten(tmp_path: Path, survey: Survey) -> None:
    path = tmp_path / "many.csv"
    lines = [",".join(HEADER)] + [f"{i},Nope,,North," for i in range(1, 26)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problem = only(problems_of_path(survey, path))
    assert "rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 15 more" in problem.message


def problems_of_path(survey: Survey, path: Path) -> list[Problem]:
    result = load_responses(path, path.name, survey)
    if isinstance(result, Responses):
        analysed = analyse(survey, result)
        assert isinstance(analysed, list)
        return analysed
    return result


def test_duplicate_header_says_how_to_name_each(survey: Survey) -> None:
    problem = problems_of(survey, "duplicate-header.csv")[0]
    assert problem.row == 1
    assert "'Vision' is in the header more than once (columns B and D)" in problem.message
    assert problem.hint == "write 'Vision (column B)' or 'Vision (column D)' to say which one"


def test_ragged_row_names_the_row(survey: Survey) -> None:
    problem = only(problems_of(survey, "ragged-row.csv"))
    assert (problem.file, problem.row) == ("ragged-row.csv", 3)
    assert "do not have 5 values" in problem.message


def test_unreadable_text(survey: Survey) -> None:
    problem = only(problems_of(survey, "not-text.csv"))
    assert "not UTF-8 or Windows-1252" in problem.message


def test_not_a_workbook(survey: Survey) -> None:
    problem = only(problems_of(survey, "not-a-workbook.xlsx"))
    assert problem.file == "not-a-workbook.xlsx"
    assert "cannot read the file as an Excel workbook" in problem.message


def test_unsupported_file_type(tmp_path: Path) -> None:
    path = tmp_path / "answers.ods"
    path.write_bytes(b"whatever")
    problem = only(read_export(path, "answers.ods"))  # type: ignore[arg-type]
    assert "cannot read '.ods' files" in problem.message


def test_missing_file(tmp_path: Path) -> None:
    problem = only(read_export(tmp_path / "gone.csv", "gone.csv"))  # type: ignore[arg-type]
    assert problem.message.startswith("cannot read the file")


# Files that must read correctly ------------------------------------------------------------

def test_windows_1252_from_excel_reads_correctly(survey: Survey) -> None:
    responses = load(survey, "windows-1252.csv")
    assert isinstance(responses, Responses)
    frame = responses.frame
    assert frame.loc[2, "Comment"] == "Café culture – more please"
    assert frame.loc[3, "Comment"] == "“Quoted” text"
    results = analyse(survey, responses)
    assert isinstance(results, ConsultationResults)
    # a curly apostrophe still matches "Don't know"
    assert results.agreement[0].dont_know_n == 1


def test_utf8_with_bom(survey: Survey) -> None:
    responses = load(survey, "bom.csv")
    assert isinstance(responses, Responses)
    assert list(responses.frame.columns)[0] == "ID"
    assert responses.frame.loc[2, "Comment"] == "Café — fine"


def test_utf16_tab_separated_from_excel_unicode_text(tmp_path: Path, survey: Survey) -> None:
    path = tmp_path / "unicode.txt"
    text = "ID\tVision\tComment\tArea\tPublish\r\n1\tDon’t know\tŁódź, café\tNorth\t\r\n"
    path.write_bytes(text.encode("utf-16"))  # with its BOM, as Excel writes it
    responses = load_responses(path, "unicode.txt", survey)
    assert isinstance(responses, Responses), responses
    assert responses.frame.loc[2, "Comment"] == "Łódź, café"


def test_many_duplicate_ids_are_summarised(tmp_path: Path, survey: Survey) -> None:
    path = tmp_path / "dups.csv"
    rows = [f"{i % 15},Strongly agree,,North," for i in range(30)]
    path.write_text("ID,Vision,Comment,Area,Publish\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    problems = load_responses(path, "dups.csv", survey)
    assert isinstance(problems, list) and len(problems) == 11
    assert problems[0].message.endswith("'0' is used more than once (rows 2, 17)")
    assert problems[-1].message == "column 'ID': 5 more respondent ids are used more than once"


def test_semicolon_separated(survey: Survey) -> None:
    responses = load(survey, "semicolons.csv")
    assert isinstance(responses, Responses)
    assert responses.frame.loc[2, "Comment"] == "Fine, really"


def test_line_breaks_in_comments_and_empty_rows(survey: Survey) -> None:
    responses = load(survey, "multiline.csv")
    assert isinstance(responses, Responses)
    assert responses.n == 2  # the row of commas only is not a response
    assert responses.frame.loc[2, "Comment"] == "Line one\nline two, with a comma"
    assert list(responses.frame.index) == [2, 3]


def test_every_value_is_text_and_blanks_are_missing(tmp_path: Path, survey: Survey) -> None:
    path = tmp_path / "numbers.csv"
    path.write_text("ID,Vision,Comment,Area,Publish\n007,Strongly agree,NA,1.50,\n",
                    encoding="utf-8")
    responses = load_responses(path, "numbers.csv", survey)
    assert isinstance(responses, Responses)
    row = responses.frame.loc[2]
    assert (row["ID"], row["Comment"], row["Area"]) == ("007", "NA", "1.50")
    assert responses.frame["Publish"].isna().all()


def test_column_names_match_ignoring_case_and_spaces(tmp_path: Path, survey: Survey) -> None:
    path = tmp_path / "case.csv"
    path.write_text(" id ,VISION,comment,area,  Publish\n1,Strongly agree,,North,\n",
                    encoding="utf-8")
    responses = load_responses(path, "case.csv", survey)
    assert isinstance(responses, Responses)
    assert {"ID", "Vision", "Comment", "Area", "Publish"} <= set(responses.frame.columns)


def test_huge_cell_reads(tmp_path: Path, survey: Survey) -> None:
    """A 3 MB comment is bigger than pyarrow's parsing block; it still reads."""
    huge = "word " * 600_000
    path = tmp_path / "huge.csv"
    path.write_text(f"ID,Vision,Comment,Area,Publish\n1,Strongly agree,\"{huge}\",North,no\n"
                    "2,Tend to agree,short,South,no\n", encoding="utf-8")
    responses = load_responses(path, "huge.csv", survey)
    assert isinstance(responses, Responses)
    assert len(responses.frame.loc[2, "Comment"]) == len(huge)
    assert isinstance(analyse(survey, responses), ConsultationResults)


def test_many_multiline_comments_across_blocks(tmp_path: Path, survey: Survey) -> None:
    """Line breaks inside quoted comments, in a file of many parsing blocks."""
    rows = [f'{i},Tend to agree,"first line {i}\nsecond, line",North,no' for i in range(60_000)]
    path = tmp_path / "lines.csv"
    path.write_text("ID,Vision,Comment,Area,Publish\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    responses = load_responses(path, "lines.csv", survey)
    assert isinstance(responses, Responses)
    assert responses.n == 60_000
    assert responses.frame.loc[60_001, "Comment"] == "first line 59999\nsecond, line"


# .xlsx ------------------------------------------------------------------------------------

def test_xlsx_reads_with_spreadsheet_row_numbers(tmp_path: Path, survey: Survey) -> None:
    path = xlsx(tmp_path / "export.xlsx", [
        HEADER,
        [101, "Strongly agree", "Good", "North", "yes"],
        [102, "tend to AGREE", None, "South", None],
        [None, None, None, None, None],  # a formatted but empty row
        [103, "Agree-ish", 12.5, "South", None],
    ])
    responses = load_responses(path, "export.xlsx", survey)
    assert isinstance(responses, Responses)
    assert responses.frame.loc[2, "ID"] == "101"  # numbers come through as text
    assert responses.frame.loc[5, "Comment"] == "12.5"
    problem = only(analyse(survey, responses))  # type: ignore[arg-type]
    assert (problem.file, problem.row) == ("export.xlsx", 5)
    assert "column 'Vision': 'Agree-ish'" in problem.message


def test_xlsx_empty_sheet(tmp_path: Path, survey: Survey) -> None:
    path = xlsx(tmp_path / "empty.xlsx", [])
    problem = only(load_responses(path, "empty.xlsx", survey))  # type: ignore[arg-type]
    assert "the file is empty" in problem.message


def test_xlsx_header_only(tmp_path: Path, survey: Survey) -> None:
    path = xlsx(tmp_path / "header.xlsx", [HEADER])
    problem = only(load_responses(path, "header.xlsx", survey))  # type: ignore[arg-type]
    assert "no answers" in problem.message


def test_xlsx_duplicate_ids_and_missing_column(tmp_path: Path, survey: Survey) -> None:
    path = xlsx(tmp_path / "dups.xlsx", [HEADER, [1, "Strongly agree", None, "N", None],
                                         [1, "Strongly agree", None, "N", None]])
    problem = only(load_responses(path, "dups.xlsx", survey))  # type: ignore[arg-type]
    assert problem.row == 2 and "'1' is used more than once (rows 2, 3)" in problem.message
    path = xlsx(tmp_path / "short.xlsx", [["ID", "Vision"], [1, "Strongly agree"]])
    problems = load_responses(path, "short.xlsx", survey)
    assert isinstance(problems, list)
    assert {p.message for p in problems} == {
        "the column 'Comment' is missing", "the column 'Area' is missing",
        "the column 'Publish' is missing"}


# Never a traceback ------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.iterdir()
                                        if p.suffix in (".csv", ".xlsx")))
def test_every_corpus_file_gives_results_or_problems(survey: Survey, name: str) -> None:
    result = load(survey, name)
    if isinstance(result, Responses):
        result = analyse(survey, result)  # type: ignore[assignment]
    assert isinstance(result, ConsultationResults | list)
    if isinstance(result, list):
        assert result and all(isinstance(p, Problem) and p.file == name for p in result)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_random_bytes_never_raise(tmp_path: Path, survey: Survey, data: bytes) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(b"ID,Vision,Comment,Area,Publish\n" + data)
    result = load_responses(path, "random.csv", survey)
    if isinstance(result, Responses):
        result = analyse(survey, result)  # type: ignore[assignment]
    assert isinstance(result, ConsultationResults | list)


# CSV the site writes ----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["=HYPERLINK(\"x\")", "+SUM(A1)", "-1+2", "@cmd", "\tx", "\rx"])
def test_formulas_are_neutralised(text: str) -> None:
    assert neutralise_formula(text) == "'" + text


def test_plain_text_and_numbers_are_left_alone() -> None:
    assert neutralise_formula("Blaby") == "Blaby"
    assert to_csv(["a", "b"], [["=1+1", -5], [None, 91.9]]) == "a,b\n'=1+1,-5\n,91.9\n"


def test_hyperlink_from_an_export_is_neutralised_on_output(survey: Survey) -> None:
    """formula.csv has =HYPERLINK(...) in a comment and as an area; what the site writes
    out as CSV starts with an apostrophe, so a spreadsheet shows it as text."""
    from plainsight_strategy.site.charts import breakdown_chart

    responses = load(survey, "formula.csv")
    assert isinstance(responses, Responses)
    results = analyse(survey, responses)
    assert isinstance(results, ConsultationResults)
    csv_text = breakdown_chart(results.breakdown("area")).csv
    assert "'=HYPERLINK" in csv_text
    assert "\n=" not in csv_text and ",=" not in csv_text
    comment = responses.frame.loc[2, "Comment"]
    assert to_csv(["comment"], [[comment]]).splitlines()[1].startswith("\"'=HYPERLINK")
