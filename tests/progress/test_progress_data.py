"""Progress as open data: open-data/progress.csv (one row per update, its columns documented
in its CSV on the Web metadata and the data dictionary) and the latest stage and confidence
in delivery-plan.json. Expected figures are counted by hand from the two reports in
tests/progress/two_reports.py; the bundled example has no report and gets none of this."""

from __future__ import annotations

import csv
import io
import json

import pytest

from plainsight_strategy.core import urls
from plainsight_strategy.site.bundle import Bundle
from tests.progress.two_reports import MAY, SITE_URL, asset, bundle_of, make_project

HEADER = ["report_date", "report_title", "report_paper", "ref", "kind", "section_id",
          "title", "stage", "confidence", "update", "next_steps", "due_date", "url"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    return bundle_of(make_project(tmp_path_factory.mktemp("data") / "project"))


def _rows(bundle: Bundle) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(asset(bundle, urls.PROGRESS_CSV).decode())))


def test_one_row_per_update_oldest_report_first(built: Bundle) -> None:
    text = asset(built, urls.PROGRESS_CSV).decode()
    assert next(csv.reader(io.StringIO(text))) == HEADER
    rows = _rows(built)
    # 2 updates in February, 4 in May; in the plan's order within a report
    assert [(r["report_date"], r["ref"]) for r in rows] == [
        ("2022-02-24", "A.1"), ("2022-02-24", "B.1"), ("2022-05-26", "A.1"),
        ("2022-05-26", "A.1.9"), ("2022-05-26", "healthy-babies"), ("2022-05-26", "B.1")]
    assert [r["kind"] for r in rows] == ["commitment", "commitment", "commitment",
                                         "new_action", "section", "commitment"]
    assert [r["section_id"] for r in rows] == ["healthy-babies", "ready-for-school",
                                               "healthy-babies", "healthy-babies",
                                               "healthy-babies", "ready-for-school"]
    assert [r["stage"] for r in rows] == ["in_progress"] * 5 + ["complete"]
    assert [r["confidence"] for r in rows] == ["amber", "green", "red", "green", "", ""]
    assert [r["due_date"] for r in rows] == ["2022-03-31", "", "", "", "", ""]
    assert [r["report_paper"] for r in rows] == ["", "", MAY, MAY, MAY, MAY]
    first = rows[0]
    assert (first["report_title"], first["update"], first["next_steps"]) == (
        "February", "Begun **well**.", "Hire staff & train them.")
    assert first["url"] == SITE_URL.rstrip("/") + "/delivery-plan/a-1/#update-a-1-2022-02-24"
    assert rows[3]["title"] == "Support for early years professionals."
    assert rows[3]["url"].endswith("/delivery-plan/a-1/#update-a-1-9-2022-05-26")
    assert rows[4]["title"] == "Healthy Babies"
    assert rows[4]["url"].endswith("/early-years/healthy-babies/#update-healthy-babies-2022-05-26")


def test_every_column_is_documented(built: Bundle) -> None:
    metadata = json.loads(asset(built, urls.csv_metadata(urls.PROGRESS_CSV)))
    columns = metadata["tableSchema"]["columns"]
    assert [c["titles"] for c in columns] == HEADER
    assert all(c["dc:description"] for c in columns)
    assert {c["titles"]: c["datatype"] for c in columns}["report_date"] == "date"
    assert metadata["url"] == "progress.csv" and metadata["dc:title"] == "Progress updates"
    page = built.page(urls.OPEN_DATA).markdown
    assert "progress.csv-metadata.json" in page  # the data dictionary lists it
    assert "Every update in every progress report: one row per update, with its" in page


def test_delivery_plan_json_has_the_latest_position(built: Bundle) -> None:
    plan = json.loads(asset(built, urls.DELIVERY_PLAN_JSON))
    commitments = {c["ref"]: c for c in plan["commitments"]}
    assert commitments["A.1"]["progress"] == {
        "report_date": "2022-05-26", "stage": "in_progress", "confidence": "red"}
    assert commitments["B.1"]["progress"] == {
        "report_date": "2022-05-26", "stage": "complete", "confidence": None}
    assert commitments["A.2"]["progress"] is None  # no report mentions it
    assert [a["progress"] for a in commitments["A.1"]["actions"]] == [None, None]
    # the strategy's own stage is unchanged beside it
    assert commitments["A.1"]["stage"] == {"id": "early-years", "title": "Early Years"}


def test_no_reports_no_progress_data(bundle: Bundle) -> None:
    """The bundled example: no progress key, no CSV, no feed, nothing announced."""
    plan = json.loads(asset(bundle, urls.DELIVERY_PLAN_JSON))
    assert all("progress" not in c for c in plan["commitments"])
    assert not [a.src for a in bundle.assets if "progress" in a.src]
    assert bundle.links == [] and not any(p.links for p in bundle.pages)
