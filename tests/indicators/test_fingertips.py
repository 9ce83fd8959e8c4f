"""A Fingertips data download (fictional figures, tests/fixtures/fingertips) dropped into a
strategy with a few lines of YAML: values, England, ranks, intervals, trend and Fingertips'
own comparison reach the pages, the charts and the open data."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from plainsight_strategy.core.problems import Problems
from plainsight_strategy.indicators.load import load_indicators
from plainsight_strategy.indicators.table import period_order
from plainsight_strategy.pipeline import Project, generate

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "fingertips" / "indicators"
THEME = ROOT / "theme"
ANCHOR = "90001-infant-mortality-rate-fictional-data"


def _project(content: Path) -> Path:
    target = content.parent / "data" / "indicators"
    shutil.copytree(FIXTURE, target)
    return target


@pytest.fixture
def built(minimal_content: Path):
    _project(minimal_content)
    return generate(Project(minimal_content, minimal_content.parent / "data", THEME,
                            "https://example.org"))


def test_reads_the_area_england_ranks_and_intervals(minimal_content: Path) -> None:
    _project(minimal_content)
    problems = Problems()
    found = load_indicators(minimal_content.parent / "data", minimal_content,
                            {"healthy-babies", "ready-for-school", "mental-health"}, problems)
    assert not problems and found is not None
    assert found.area == "Fictionshire"
    babies = found.of_section("healthy-babies")
    anxiety = "90003-self-reported-wellbeing-high-anxiety-fictional-data"
    assert [i.id for i in babies] == [ANCHOR, anxiety]
    latest = babies[0].headline()
    assert (latest.period, latest.value, latest.comparator) == ("2019/20", 3.3, 3.8)
    # lower is better: 2.9, 3.3, 4.4, 5.4 -> second of four
    assert (latest.rank, latest.rank_of, latest.best, latest.worst) == (2, 4, 2.9, 5.4)
    assert (latest.lower_ci, latest.upper_ci) == (3.0, 3.6)
    assert latest.fingertips == "Better"
    assert latest.trend == "Decreasing and getting better"
    assert [v.period for v in babies[0].history()] == ["2017/18", "2018/19", "2019/20"]
    # higher is better for school readiness: 76.1, 74.0, 72.5, 69.9 -> second of four
    school = found.of_section("ready-for-school")[0].headline()
    assert (school.rank, school.best, school.worst) == (2, 76.1, 69.9)
    # the deprivation-decile row (6.1) and the unmapped indicator are left out
    assert all(v.value != 6.1 for i in found.items for v in i.values)
    assert len(found.items) == 4  # 90003 is in two sections


def test_headers_with_spaces_as_the_website_exports_them(minimal_content: Path) -> None:
    folder = _project(minimal_content)
    path = folder / "fingertips-export.csv"
    rows = list(csv.reader(path.open(encoding="utf-8")))
    spaced = {"IndicatorID": "Indicator ID", "IndicatorName": "Indicator Name",
              "AreaCode": "Area Code", "Timeperiod": "Time period",
              "LowerCI95.0limit": "Lower CI 95.0 limit", "UpperCI95.0limit": "Upper CI 95.0 limit",
              "ComparedtoEnglandvalueorpercentiles": "Compared to England value or percentiles"}
    rows[0] = [spaced.get(c, c) for c in rows[0]]
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8-sig")
    problems = Problems()
    found = load_indicators(minimal_content.parent / "data", minimal_content, None, problems)
    assert not problems and found is not None
    assert found.of_section("healthy-babies")[0].headline().lower_ci == 3.0


def test_section_page_shows_trend_intervals_and_fingertips_comparison(built) -> None:
    page = built.page("early-years/healthy-babies.md").markdown
    assert "## How we will measure progress { #indicators }" in page
    assert 'id="indicators-healthy-babies"' in page
    assert 'id="indicators-healthy-babies-trend"' in page
    assert page.count('role="img"') == 4  # two charts, each wide and narrow
    assert page.count('class="marks ps-chart-narrow"') == 2
    assert 'id="indicators-healthy-babies-trend-narrow-title"' in page
    assert "<desc " in page and "<title " in page
    assert "3.3 (3 to 3.6)" in page
    assert "Fictionshire 3.3 (95% interval 3 to 3.6)" in page  # in the chart's description
    assert page.count("mark-rule role-mark") >= 2  # its line through the circle, wide and narrow
    assert "Better (Fingertips&#x27; comparison with England, 95% confidence)" in page
    assert "Decreasing and getting better" in page
    assert "fell from 4.6 (2017/18) to 3.3 (2019/20)" in page
    assert "2 of 4" in page
    assert "Fictional Public Health Intelligence Team, updated March 2024" in page
    assert "open-data/indicators-healthy-babies.csv" in page


def test_open_data_has_every_value_and_the_indicators_page_its_anchors(built) -> None:
    text = next(a for a in built.assets if a.src == "open-data/indicators.csv").content.decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 12  # 4 indicators (one in two sections) x 3 periods
    first = rows[0]
    assert first["indicator_id"] == ANCHOR and first["period"] == "2017/18"
    assert first["fingertips_compared_to_england"] == "Worse"
    assert first["comparator_value"] == "3.9" and first["lower_ci_95"] == "4.1"
    page = built.page("indicators/index.md").markdown
    assert f'id="{ANCHOR}"' in page
    assert page.count('id="90003-') == 1  # one anchor, though it is in two sections


def test_periods_sort_in_time() -> None:
    ordered = ["2018 - 20", "2016/17 - 20/21", "Dec-21", "Jan-22", "2022/23"]
    keys = [period_order(p) for p in ordered]
    assert keys == sorted(keys)  # type: ignore[type-var]
    assert period_order("Not known") is None
    assert period_order("") is None
