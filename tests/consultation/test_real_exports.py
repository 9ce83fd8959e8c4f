"""Every real export in tests/corpus/real (saved by SurveyMonkey, Qualtrics, Google Forms,
Microsoft Forms and Typeform, see its README) goes the way a new user takes it: a starter
site, `plainsight survey draft`, `plainsight check`, a real build. The published counts are
then compared with counts made here, from the file, with the csv module or openpyxl: every
agreement option and every choice cell that is shown, and the number of responses."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook

from plainsight_strategy.build import build
from plainsight_strategy.cli import main
from plainsight_strategy.consultation.header import make_header, recognise
from plainsight_strategy.starter import create

REAL = Path(__file__).resolve().parents[1] / "corpus" / "real"
EXPORTS = sorted(p.name for p in REAL.iterdir() if p.suffix in (".csv", ".xlsx"))
# Columns that hold personal data in these files: never in a draft, never published.
PERSONAL = ("ip address", "ipaddress", "email", "e-mail", "first name", "last name",
            "recipientlastname", "recipientfirstname", "recipientemail", "network id",
            "latitude", "longitude", "ip-adresse")


def test_the_corpus_has_every_tool_the_issue_names() -> None:
    tools = Counter(name.split("-")[0] for name in EXPORTS)
    assert tools["surveymonkey"] >= 2 and tools["googleforms"] >= 2
    assert tools["msforms"] >= 2 and tools["qualtrics"] >= 1 and tools["typeform"] >= 1


# Reading the file independently of the project's reader ------------------------------------

def raw_rows(path: Path) -> list[list[str]]:
    if path.suffix == ".xlsx":
        sheet = load_workbook(path, read_only=True).worksheets[0]
        return [["" if v is None else str(v) for v in row]
                for row in sheet.iter_rows(values_only=True)]
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    return list(csv.reader(io.StringIO(text, newline="")))


def folded(text: str) -> str:
    """Written here, not imported: case, repeated and non-breaking spaces, curly quotes."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.split()).casefold()


class Export:
    """The answer rows of an export and where each named column is, read with csv."""

    def __init__(self, path: Path, header_rows: int | None) -> None:
        rows = raw_rows(path)
        found, layout = recognise(rows[:4])
        count = header_rows or found
        names = make_header(rows[:4], count, layout if count == found else None).names()
        self.index = {name: i for i, name in enumerate(names)}
        self.rows = [r for r in rows[count:] if any(cell.strip() for cell in r)]

    def cells(self, column: str) -> list[str]:
        i = self.index[column]
        return [r[i].strip() if i < len(r) else "" for r in self.rows]


# The whole way, for each export ------------------------------------------------------------

def make(name: str, root: Path, monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture[str]) -> tuple[dict, Path, str]:
    create(root)
    (root / "data" / "consultation").mkdir(parents=True)
    shutil.copy(REAL / name, root / "data" / "consultation" / name)
    monkeypatch.chdir(root)
    assert main(["survey", "draft", f"data/consultation/{name}"]) == 0
    draft_text = (root / "content" / "consultation" / "survey.yaml").read_text("utf-8")
    assert main(["check"]) == 0, capsys.readouterr().err
    out = capsys.readouterr()
    site = build(root / "mkdocs.yml", root / "site")
    return yaml.safe_load(draft_text), site, draft_text + out.err


@pytest.mark.parametrize("name", EXPORTS)
def test_draft_checks_builds_and_publishes_the_right_counts(
        name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    draft, site, text = make(name, tmp_path / "site", monkeypatch, capsys)
    export = Export(REAL / name, draft.get("header_rows"))
    published = json.loads((site / "open-data" / "consultation.json").read_text("utf-8"))
    assert published["responses"] == len(export.rows)

    questions = draft["questions"]
    assert questions, name
    checked = 0
    for result in published["agreement"]:
        column, options = _agreement_source(draft, result["id"])
        cells = Counter(folded(c) for c in export.cells(column) if c)
        for option in result["options"]:
            spellings = {folded(s) for s in [option["label"], *options[option["label"]]]}
            assert option["n"] == sum(n for v, n in cells.items() if v in spellings), (
                name, result["id"], option["label"])
            checked += 1
        assert result["not_answered_n"] == len(export.rows) - sum(cells.values())
        agree = sum(o["n"] for o in result["options"] if o["kind"] == "agree")
        assert result["agree_n"] == agree
    for table in published["tables"]:
        question = next((q for q in questions if table["id"] == f"question-{q['id']}"
                         and q["type"] == "single_choice" and "column" in q), None)
        if question is None or question.get("other"):
            continue
        cells = Counter(folded(c) for c in export.cells(question["column"]) if c)
        for row in table["rows"]:
            label, shown = folded(str(row[0])), str(row[1])
            if label not in cells:
                continue  # "People who answered", an option nobody chose
            if shown.isdigit():
                assert int(shown) == cells[label], (name, question["id"], row)
            else:  # disclosure control: a small count is not shown
                assert shown == "fewer than 5" and 1 <= cells[label] <= 4 or \
                    shown == "not shown", (name, question["id"], row)
            checked += 1
    # One response (qualtrics-topics) gives no answer set to draft options from: all free text.
    assert checked or len(export.rows) < 2, f"{name}: nothing was compared"

    # Personal data is never mapped, and never reaches the site.
    personal = [c for c in export.index if any(p in folded(c) for p in PERSONAL)]
    assert not set(personal) & set(_mapped_columns(draft)), name
    values = {v for c in personal for v in export.cells(c) if len(v) > 3}
    for page in site.rglob("*"):
        if page.suffix in (".html", ".csv", ".json"):
            content = page.read_text("utf-8", errors="replace")
            assert not [v for v in values if v in content], (name, page)


def _mapped_columns(draft: dict) -> list[str]:
    columns = [draft.get("respondent_id")]
    for question in draft["questions"]:
        columns += [question.get("column"), *question.get("option_columns", {}).values(),
                    *(s["column"] for s in question.get("statements", []))]
    return [c for c in columns if c]


def _agreement_source(draft: dict, result_id: str) -> tuple[str, dict[str, list[str]]]:
    """The column an agreement result was counted from, and its scale's spellings."""
    for question in draft["questions"]:
        scale = question.get("scale") or draft.get("scale")
        options = {o["label"]: o.get("aliases", []) for o in (scale or {}).get("options", [])}
        if question["id"] == result_id:
            return question["column"], options
        for statement in question.get("statements", []):
            if statement["id"] == result_id:
                return statement["column"], options
    raise AssertionError(f"no question or statement '{result_id}'")


def test_a_grid_where_few_agreed_is_not_called_most(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The Star Wars favourability grid: one chart for the 14 characters, and a caption that
    names the least and most liked, counted here from the file."""
    name = "surveymonkey-starwars.csv"
    draft, site, _ = make(name, tmp_path / "site", monkeypatch, capsys)
    export = Export(REAL / name, draft.get("header_rows"))
    [grid] = [q for q in draft["questions"] if q.get("statements")]
    shares = {}
    for statement in grid["statements"]:
        cells = [folded(c) for c in export.cells(statement["column"]) if c]
        agreed = sum(c in ("very favorably", "somewhat favorably") for c in cells)
        shares[statement["label"]] = (200 * agreed + len(cells)) // (2 * len(cells))
    least, most = min(shares, key=shares.get), max(shares, key=shares.get)
    assert (least, most) == ("Jar Jar Binks", "Han Solo")
    page = (site / "consultation" / "results" / "index.html").read_text("utf-8")
    assert page.count('<figure class="ps-chart"') == 1 + sum(
        1 for q in draft["questions"] if q["type"] == "agreement" and not q.get("statements"))
    assert (f"Between {shares[least]}% ({least}) and {shares[most]}% ({most}) agreed;"
            in page)
    assert "Most people agreed" not in page
