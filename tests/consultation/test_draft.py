"""`plainsight survey draft` and `survey columns`: from an export to a survey.yaml that
passes `plainsight check`, for each tool's layout. Exports are written at test time."""

from __future__ import annotations

import csv
import io
import os
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
import yaml

from plainsight_strategy.cli import main
from plainsight_strategy.consultation.draft import draft_survey
from plainsight_strategy.consultation.draftyaml import draft_yaml, scalar
from plainsight_strategy.consultation.responses import read_export
from plainsight_strategy.consultation.survey import Survey
from plainsight_strategy.core.problems import Problems
from tests.helpers import load_survey

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "tests" / "corpus" / "real"
AGREE = ["Strongly agree", "Agree", "Neither agree nor disagree", "Disagree",
         "Strongly disagree"]


def write(path: Path, rows: list[list[str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows(rows)
    return path


def drafted(path: Path, header_rows: int | None = None) -> tuple[str, Survey]:
    """The draft's text, and the survey it loads as (it must load without problems)."""
    problems = Problems()
    responses = read_export(path, path.name, problems, header_rows)
    assert responses is not None and not problems, [str(p) for p in problems.items]
    text = draft_yaml(draft_survey(responses, f"consultation/{path.name}",
                                   "Test"))
    yaml.safe_load(text)  # plain YAML too, not only our loader
    out = path.parent / f"{path.stem}.yaml"
    out.write_text(text, encoding="utf-8")
    survey = load_survey(out, out.name)
    assert isinstance(survey, Survey), [str(p) for p in survey] + [text]
    return text, survey


def question(survey: Survey, qid: str):  # type: ignore[no-untyped-def]
    return next(q for q in survey.questions if q.id == qid)


def test_surveymonkey_grid_multi_select_and_personal_data(tmp_path: Path) -> None:
    rows = [["Respondent ID", "Start Date", "Email Address", "How satisfied are you?", "",
             "Which topics?", "", "", "Comments"],
            ["", "", "", "Asana", "Trello", "Health", "Housing", "Other (please specify)",
             "Open-Ended Response"]]
    rows += [[str(100 + i), f"01/{10 + i % 5:02d}/2024 10:00:00 AM", f"p{i}@example.org",
              ["Very satisfied", "Satisfied", "Dissatisfied"][i % 3],
              ["Satisfied", "Very dissatisfied", "Neither satisfied nor dissatisfied"][i % 3],
              "Health" if i % 2 else "", "Housing" if i % 3 else "",
              "Roads" if i == 4 else "", f"comment {i}"] for i in range(12)]
    text, survey = drafted(write(tmp_path / "monkey.csv", rows))
    assert survey.respondent_id == "Respondent ID" and survey.header_rows == 2
    assert "looks like SurveyMonkey" in text
    grid = survey.questions[0]
    assert grid.type == "agreement" and [s.label for s in grid.statements] == ["Asana", "Trello"]
    assert grid.statements[0].column == "How satisfied are you? - Asana"
    topics = survey.questions[1]
    assert topics.type == "multi_select" and topics.option_columns == {
        "Health": "Which topics? - Health", "Housing": "Which topics? - Housing",
        "Other (please specify)": "Which topics? - Other (please specify)"}
    assert survey.questions[2].type == "free_text"
    assert "Email Address" not in survey.columns() and "p1@example.org" not in text
    assert "# Personal data" in text and "#   Email Address" in text
    assert str(survey.dates.start) == "2024-01-10"  # 01/10 .. 01/14: a US export


def test_qualtrics_grid_from_export_tags(tmp_path: Path) -> None:
    rows = [["StartDate", "ResponseId", "Q5_1", "Q5_2", "Q6"],
            ["Start Date", "Response ID", "How much do you agree? - Parks",
             "How much do you agree? - Roads", "Your role"],
            ['{"ImportId":"startDate"}', '{"ImportId":"_recordId"}', '{"ImportId":"QID5_1"}',
             '{"ImportId":"QID5_2"}', '{"ImportId":"QID6"}']]
    rows += [[f"2024-02-{i + 1:02d} 09:00:00", f"R_{i}", AGREE[i % 5], AGREE[(i + 2) % 5],
              ["Resident", "Business"][i % 2]] for i in range(10)]
    text, survey = drafted(write(tmp_path / "qualtrics.csv", rows))
    grid = question(survey, "q5")
    assert [s.id for s in grid.statements] == ["q5-parks", "q5-roads"]
    assert question(survey, "q6").options == ["Business", "Resident"]  # tied: by name
    assert str(survey.dates.start) == "2024-02-01" and str(survey.dates.end) == "2024-02-10"


def test_google_forms_grid_and_joined_answers_with_a_comma_inside_an_option(
        tmp_path: Path) -> None:
    voluntary = "Voluntary organisation, charity or social enterprise"
    roles = ["Resident", f"Resident, {voluntary}", voluntary, "Business, Resident",
             "Business", f"Business, {voluntary}"]
    rows = [["Timestamp", "How important is it? [Parks]", "How important is it? [Roads]",
             "Who are you?"]]
    rows += [[f"2024/03/{i + 1:02d} 10:00:00 AM GMT", ["Very important", "Important",
                                                         "Not important"][i % 3],
              ["Important", "Not important", "Very important"][i % 3], roles[i % 6]]
             for i in range(12)]
    text, survey = drafted(write(tmp_path / "google.csv", rows))
    assert survey.respondent_id is None and "Google Forms" in text
    grid = survey.questions[0]
    assert grid.wording == "How important is it?"
    assert [s.column for s in grid.statements] == ["How important is it? [Parks]",
                                                   "How important is it? [Roads]"]
    who = survey.questions[1]
    assert who.type == "multi_select" and who.separator == ", "
    assert sorted(who.options) == sorted(["Resident", "Business", voluntary])


def test_microsoft_forms_statement_columns_and_a_second_grid(tmp_path: Path) -> None:
    rows = [["ID", "Start time", "Completion time", "Email", "Name", "Asana", "Trello",
             "Asana2", "Trello2", "Topics"]]
    rows += [[str(i + 1), "1/3/24 10:15:00", "1/3/24 10:20:00", "anonymous", "",
              AGREE[i % 5], AGREE[(i + 1) % 5], AGREE[(i + 2) % 5], AGREE[(i + 3) % 5],
              ["Health;Housing;", "Health;", "Roads;Health;"][i % 3]] for i in range(10)]
    text, survey = drafted(write(tmp_path / "forms.csv", rows))
    grids = [q for q in survey.questions if q.statements]
    assert [[s.label for s in q.statements] for q in grids] == [["Asana", "Trello"]] * 2
    assert grids[1].statements[0].column == "Asana2"
    topics = survey.questions[-1]
    assert topics.separator == ";" and sorted(topics.options) == ["Health", "Housing", "Roads"]
    assert "Microsoft Forms does not export a grid's question" in text
    assert "anonymous" not in text and survey.respondent_id == "ID"


def test_numbered_scale_with_labelled_ends(tmp_path: Path) -> None:
    answers = ["1: strongly disagree", "2", "3", "4", "5: strongly agree"]
    rows = [["Id", "Q1 Vision"]] + [[str(i), answers[i % 5]] for i in range(10)]
    text, survey = drafted(write(tmp_path / "numbers.csv", rows))
    assert survey.scale is not None
    assert [(o.label, o.kind, o.aliases) for o in survey.scale.options] == [
        ("Strongly agree", "agree", ["5: strongly agree"]), ("4", "agree", []),
        ("3", "neutral", []), ("2", "disagree", []),
        ("Strongly disagree", "disagree", ["1: strongly disagree"])]
    assert question(survey, "q1").type == "agreement"
    assert "# dates: no date column was found" in text


def test_the_same_export_gives_the_same_bytes(tmp_path: Path) -> None:
    rows = [["ID", "Vision", "Role"]] + [[str(i), AGREE[i % 5], ["A", "B"][i % 2]]
                                         for i in range(20)]
    path = write(tmp_path / "same.csv", rows)
    assert drafted(path)[0] == drafted(path)[0]


def test_scalar_reads_back_as_the_same_string() -> None:
    for text in ["Agree", "Yes", "no", "2", "1.5", "a: b", "x #y", "- dash", "Asana\u00a0",
                 "Don't know", "[x]", "{y}", "null", "~", "2024-01-03", "quote \"in\"",
                 "line\nbreak", "C++", "C#", "tab\there", "\u2028"]:
        assert yaml.safe_load(f"k: {scalar(text)}") == {"k": text}, text
        assert yaml.safe_load(f"[{scalar(text)}]") == [text], text
    assert scalar("Strongly agree") == "Strongly agree"


# The commands -----------------------------------------------------------------------------

def run(args: list[str], folder: Path) -> tuple[int, str, str]:
    out, err, before = io.StringIO(), io.StringIO(), Path.cwd()
    os.chdir(folder)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(args)
    finally:
        os.chdir(before)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def site(tmp_path: Path) -> Path:
    rows = [["Respondent ID", "IP Address", "Postcode", "Vision", "Comment"]]
    rows += [[str(i), f"10.0.0.{i}", f"LE{i} 1AA", AGREE[i % 5], "x" * 100 if i == 1 else ""]
             for i in range(8)]
    write(tmp_path / "data" / "consultation" / "export.csv", rows)
    return tmp_path


def test_survey_columns_lists_names_letters_and_answers_never_personal_data(
        site: Path) -> None:
    code, out, _ = run(["survey", "columns", "data/consultation/export.csv"], site)
    assert code == 0
    assert "  D  Vision" in out and "8 rows, 5 columns, 1 header row" in out
    assert "0 blank, 5 different answers" in out and "2  Strongly agree" in out
    assert out.count("personal data: values not shown") == 2
    assert "10.0.0" not in out and "LE1" not in out
    assert "x" * 59 + "\u2026" in out  # long answers shortened


def test_survey_draft_writes_survey_yaml_and_never_over_one(site: Path) -> None:
    code, out, _ = run(["survey", "draft", "data/consultation/export.csv"], site)
    target = site / "content" / "consultation" / "survey.yaml"
    assert code == 0 and "Wrote a draft" in out and target.is_file()
    text = target.read_text()
    assert "export: consultation/export.csv" in text and "respondent_id: Respondent ID" in text
    code, _, err = run(["survey", "draft", "data/consultation/export.csv"], site)
    assert code == 1 and "already exists" in err and target.read_text() == text
    code, _, _ = run(["survey", "draft", "data/consultation/export.csv",
                      "--output", "other.yaml"], site)
    assert code == 0 and (site / "other.yaml").read_text() == text


def test_survey_draft_needs_the_export_in_the_data_folder(site: Path) -> None:
    write(site / "elsewhere.csv", [["A"], ["1"]])
    code, _, err = run(["survey", "draft", "elsewhere.csv"], site)
    assert code == 1 and "not in the data folder" in err
    code, _, err = run(["survey", "columns", "missing.csv"], site)
    assert code == 1 and "no such file" in err


@pytest.mark.skipif(not REAL.is_dir(), reason="the real exports are not on this branch yet")
@pytest.mark.parametrize("name", sorted(p.name for p in REAL.iterdir()
                                         if p.suffix in (".csv", ".xlsx")) if REAL.is_dir()
                         else [])
def test_real_exports_draft_into_a_survey_that_loads(name: str, tmp_path: Path) -> None:
    (tmp_path / name).write_bytes((REAL / name).read_bytes())
    drafted(tmp_path / name)
