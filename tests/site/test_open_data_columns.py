"""Open data that holds up with any scale: the answers CSV keeps each question under its own
scale, the agreement CSV names no scale's option, and every CSV has its columns described
(CSV on the Web metadata next to it, and the data dictionary on the open-data page)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from plainsight_strategy.core import urls
from plainsight_strategy.pipeline import Project, generate
from plainsight_strategy.site.bundle import Bundle
from plainsight_strategy.site.chartwords import ChartWords
from plainsight_strategy.site.consultation import agreement_table, answers_table

ROOT = Path(__file__).resolve().parents[2]
AGREEMENT = agreement_table(ChartWords.packaged())
ANSWERS = answers_table(ChartWords.packaged())
TWO_SCALES = ROOT / "tests" / "fixtures" / "two_scales"
IMPORTANCE = ["Very important", "Quite important", "Not very important",
              "Not at all important", "Not sure"]
SATISFACTION = ["Very satisfied", "Fairly satisfied", "Neither satisfied nor dissatisfied",
                "Fairly dissatisfied", "Very dissatisfied"]


@pytest.fixture(scope="module")
def two_scales() -> Bundle:
    return generate(Project(TWO_SCALES / "content", TWO_SCALES / "data", ROOT / "theme"))


def _rows(bundle: Bundle, src: str) -> list[dict[str, str]]:
    asset = next(a for a in bundle.assets if a.src == src)
    return list(csv.DictReader(io.StringIO(asset.content.decode("utf-8"))))


def test_each_question_is_under_its_own_scale(two_scales: Bundle) -> None:
    rows = _rows(two_scales, urls.ANSWERS_CSV)
    by_question: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_question.setdefault(row["question_id"], []).append(row)
    assert [r["option"] for r in by_question["vision"]] == IMPORTANCE
    assert [r["option"] for r in by_question["service"]] == SATISFACTION
    service = {r["option"]: r for r in by_question["service"]}
    # The fixture's Service column: 7, 5, 3, 3, 2 down the satisfaction scale.
    assert [int(service[label]["n"]) for label in SATISFACTION] == [7, 5, 3, 3, 2]
    assert [service[label]["kind"] for label in SATISFACTION] == [
        "agree", "agree", "neutral", "disagree", "disagree"]
    assert {r["base_n"] for r in by_question["service"]} == {"20"}
    assert service["Very satisfied"]["pct"] == "35.0"
    vision = {r["option"]: r for r in by_question["vision"]}
    assert vision["Not sure"]["pct"] == ""  # "not sure" is not in this scale's base


def test_agreement_csv_names_no_scale_option(two_scales: Bundle) -> None:
    rows = _rows(two_scales, urls.AGREEMENT_CSV)
    assert list(rows[0]) == list(AGREEMENT.header)
    for label in IMPORTANCE + SATISFACTION:
        assert not any(label.lower() in column.lower() for column in rows[0])
    service = next(r for r in rows if r["question_id"] == "service")
    assert (service["base_n"], service["agree_n"], service["disagree_n"],
            service["neutral_n"]) == ("20", "12", "5", "3")
    assert service["agree_pct"] == "60.0"


def test_bundled_example_agreement_keeps_one_decimal(bundle: Bundle) -> None:
    rows = _rows(bundle, urls.AGREEMENT_CSV)
    vision = next(r for r in rows if r["question_id"] == "vision")
    assert vision["agree_pct"] == "91.9"
    assert list(rows[0])[:5] == ["question_id", "question", "base_n", "agree_n", "agree_pct"]
    answers = _rows(bundle, urls.ANSWERS_CSV)
    assert list(answers[0]) == list(ANSWERS.header)
    assert set(ANSWERS.header) >= {"question_id", "question", "option", "kind", "n", "pct",
                                   "base_n"}


def test_every_csv_has_its_columns_described(two_scales: Bundle, bundle: Bundle) -> None:
    for site in (two_scales, bundle):
        csvs = [a for a in site.assets if a.src.endswith(".csv")]
        assert csvs
        for asset in csvs:
            metadata = next((m for m in site.assets if m.src == urls.csv_metadata(asset.src)),
                            None)
            assert metadata is not None, f"{asset.src} has no metadata file"
            described = json.loads(metadata.content)
            assert described["@context"] == "http://www.w3.org/ns/csvw"
            assert described["url"] == asset.src.rsplit("/", 1)[-1]
            header = next(csv.reader(io.StringIO(asset.content.decode("utf-8"))))
            columns = described["tableSchema"]["columns"]
            assert [c["titles"] for c in columns] == header, asset.src
            assert all(c["dc:description"].strip() for c in columns)


def test_open_data_page_shows_the_data_dictionary(two_scales: Bundle) -> None:
    page = two_scales.page(urls.OPEN_DATA).markdown
    assert "## What the columns hold" in page
    assert "consultation-answers.csv-metadata.json" in page
    for column in ANSWERS.columns:
        assert f"`{column.title}`" in page
        assert column.description.split(";")[0] in page
