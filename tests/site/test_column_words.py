"""The charts' table headers and the CSVs' documentation are words of _chart_words.md too: a
site that customises it sees its headers on the pages and in the chart CSVs, and its column
descriptions in the CSV on the Web metadata and on the open-data page. The documentation is
found by each column's key, never by its header, so no CSV column goes undocumented."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from plainsight_strategy.consultation.results import ConsultationResults
from plainsight_strategy.core import urls
from plainsight_strategy.pipeline import Project, generate
from plainsight_strategy.site import consultation
from plainsight_strategy.site.bundle import Bundle
from plainsight_strategy.site.chartwords import OPTION, ChartWords
from plainsight_strategy.site.consultation import (
    AGREEMENT_COLUMNS,
    ANSWERS_COLUMNS,
    CHART_COLUMNS,
    agreement_table,
    answers_table,
    chart_table,
)
from plainsight_strategy.site.drawing import NOW
from plainsight_strategy.site.figure import Figure

ROOT = Path(__file__).resolve().parents[2]
TWO_SCALES = ROOT / "tests" / "fixtures" / "two_scales"
PACKAGED = ROOT / "theme" / "plainsight" / "_chart_words.md"
# (the packaged line, the customised line): one header, one axis, three descriptions, a title.
# The packaged lines are gettext messages; a site's copy may write plain text instead.
REWORDED = [
    ('"not_answered": _("Not answered"),', '"not_answered": "Left it blank",'),
    ('"not_answered": _("People who left the question blank."),',
     '"not_answered": "How many skipped the question.",'),
    ('_(\'People who answered "%(option)s".\', option=label)',
     '_(\'Chose "%(option)s".\', option=label)'),
    ('_("Neither / don\'t know (%%)")', '"Neither or not sure (%)"'),
    ('{% set agreement_csv = _("Agreement with each question") %}',
     '{% set agreement_csv = "How many agreed, question by question" %}'),
    ('"agree_n": _("People who chose an option that counts as agreement."),',
     '"agree_n": "Everyone who agreed.",'),
]


@pytest.fixture(scope="module")
def reworded(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    """The two-scales site with its own _chart_words.md, reworded as REWORDED says."""
    overrides = tmp_path_factory.mktemp("overrides")
    text = PACKAGED.read_text()
    for ours, theirs in REWORDED:
        assert text.count(ours) == 1, ours
        text = text.replace(ours, theirs)
    (overrides / "plainsight").mkdir()
    (overrides / "plainsight" / "_chart_words.md").write_text(text)
    return generate(Project(TWO_SCALES / "content", TWO_SCALES / "data", ROOT / "theme",
                            overrides_dir=overrides))


def _asset(bundle: Bundle, src: str) -> bytes:
    return next(a.content for a in bundle.assets if a.src == src)


def _metadata(bundle: Bundle, csv_src: str) -> dict[str, dict[str, str]]:
    """The CSV's metadata: the table's title and description, and each column by its title."""
    described = json.loads(_asset(bundle, urls.csv_metadata(csv_src)))
    return {"table": {"title": described["dc:title"],
                      "description": described["dc:description"]},
            **{c["titles"]: c for c in described["tableSchema"]["columns"]}}


def test_a_reworded_header_is_the_tables_and_the_csvs(reworded: Bundle) -> None:
    page = reworded.page(urls.CONSULTATION_RESULTS).markdown
    assert ">Left it blank</th>" in page and ">Not answered</th>" not in page
    assert "Neither or not sure (%)" in page and "Neither / don" not in page  # the axis
    src = urls.chart_csv("answers-service")
    header = next(csv.reader(io.StringIO(_asset(reworded, src).decode("utf-8"))))
    assert header[-2:] == ["Left it blank", "Base (chose an option)"]
    described = _metadata(reworded, src)
    assert described["Left it blank"]["dc:description"] == "How many skipped the question."
    assert described["Very satisfied"]["dc:description"] == 'Chose "Very satisfied".'


def test_reworded_csv_documentation_reaches_metadata_and_open_data_page(
        reworded: Bundle) -> None:
    agreement = _metadata(reworded, urls.AGREEMENT_CSV)
    assert agreement["table"]["title"] == "How many agreed, question by question"
    assert agreement["agree_n"]["dc:description"] == "Everyone who agreed."
    # The column names are data: rewording describes them, it does not rename them.
    header = _asset(reworded, urls.AGREEMENT_CSV).decode("utf-8").splitlines()[0]
    assert header.split(",") == [name for name, _ in AGREEMENT_COLUMNS]
    page = reworded.page(urls.OPEN_DATA).markdown
    for words in ("How many agreed, question by question", "Everyone who agreed.",
                  "How many skipped the question.", "`Left it blank`"):
        assert words in page, words
    assert "`Not answered`" not in page


def test_the_template_describes_every_column_it_is_asked_for() -> None:
    """Each chart column key has a header (an option's is its label) and a description; the
    agreement and answers CSVs' columns are described, and nothing else is."""
    words = ChartWords.packaged()
    named = set(CHART_COLUMNS) - {OPTION}
    assert set(words.label("column_headers")) == named
    assert set(words.label("column_descriptions")) == named
    for key in CHART_COLUMNS:
        assert words.column_description(key, "Yes").strip(), key
    questions = set(words.label("question_columns"))
    for table, columns, name in ((agreement_table(words), AGREEMENT_COLUMNS, "agreement"),
                                 (answers_table(words), ANSWERS_COLUMNS, "answers")):
        assert table.header == tuple(column for column, _ in columns)
        assert all(c.description.strip() for c in table.columns)
        assert questions | set(words.label(f"{name}_columns")) == set(table.header)


def test_every_chart_column_has_a_key_with_a_datatype(results: ConsultationResults) -> None:
    figures = consultation.build_charts(results, NOW)
    assert len(figures.all()) > 4
    for chart in figures.all():
        assert len(chart.column_keys) == len(chart.columns), chart.id
        assert set(chart.column_keys) <= set(CHART_COLUMNS), chart.id
        assert len(chart_table(chart, ChartWords.packaged()).columns) == len(chart.columns)


def test_a_column_without_a_known_key_is_an_error_not_undocumented() -> None:
    chart = Figure("c", "", "A chart", "", "", ("Mystery",), (), "Mystery\n",
                  column_keys=("mystery",))
    with pytest.raises(KeyError):
        chart_table(chart, ChartWords.packaged())
    keyless = Figure("c", "", "A chart", "", "", ("Question",), (), "Question\n")
    with pytest.raises(ValueError):  # headers without keys: zip(strict=True)
        chart_table(keyless, ChartWords.packaged())
