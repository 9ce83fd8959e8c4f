"""The bundled dashboards on the site: a figure, table and CSV on every section with
indicators, the /indicators/ page with an anchor per indicator, the open data, and wording
that claims no significance and never calls a target England."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROWS = list(csv.DictReader((ROOT / "data" / "indicators" / "dashboard.csv")
                           .open(encoding="utf-8", newline="")))
SECTIONS = Counter(r["section"] for r in ROWS)


def _asset(bundle, src: str) -> str:
    return next(a for a in bundle.assets if a.src == src).content.decode("utf-8")


def _section_page(bundle, section_id: str) -> str:
    return next(p for p in bundle.pages if p.src.endswith(f"/{section_id}.md")).markdown


@pytest.mark.parametrize("section_id", sorted(SECTIONS))
def test_every_section_with_indicators_has_chart_table_and_csv(bundle, section_id: str) -> None:
    page = _section_page(bundle, section_id)
    measures = page[page.index("## How we will measure progress"):]
    figure = re.search(r'<figure class="ps-chart ps-indicator-chart" id="indicators-'
                       + section_id + r'">\s*<figcaption>(.*?)</figcaption>(.*?)</figure>',
                       measures, re.S)
    assert figure, section_id
    caption, body = figure.groups()
    assert "latest value" in caption
    assert re.search(r'<svg[^>]*role="img"', body) and "<title " in body and "<desc " in body
    table = measures[figure.end():]
    assert "<table" in table and "Rank among similar areas" in table
    csv_src = f"open-data/indicators-{section_id}.csv"
    assert f"indicators-{section_id}.csv" in table
    rows = list(csv.DictReader(io.StringIO(_asset(bundle, csv_src))))
    assert len(rows) == SECTIONS[section_id]
    # the table has the same values as the CSV, one row each
    assert table.count("<tr><th scope=\"row\">") == SECTIONS[section_id]
    assert "Business Intelligence Service, updated February 2022" in table
    assert "significan" not in measures.lower()  # no CIs: no significance claimed


def test_sections_without_dashboard_rows_show_no_figure(bundle) -> None:
    page = _section_page(bundle, "effective-transitions")
    assert "ps-indicator-chart" not in page


def test_values_match_the_transcription(bundle) -> None:
    page = _section_page(bundle, "first-1001-critical-days")
    # numbers marked ps-num (right aligned), the period ps-nowrap (never broken)
    assert ("<tr><th scope=\"row\">E01 Infant mortality rate</th><td>Persons, &lt;1 yr</td>"
            '<td class="ps-nowrap">2018 - 20</td><td class="ps-num">3.3</td><td></td>'
            '<td class="ps-num">3.9</td><td>Lower than England</td>'
            '<td class="ps-num">6 of 15</td><td class="ps-num">1.9</td>'
            '<td class="ps-num">5.1</td></tr>') in page


def test_a_target_is_called_a_target_not_england(bundle) -> None:
    page = _section_page(bundle, "frailty-and-complex-care")
    assert '<td class="ps-num">80.0 (target)</td>' in page
    assert "Lower than the target: a worse value, as higher is better" in page
    assert "England 80.0" not in page and "Target 80.0" in page  # chart label


def test_polarity_words_say_they_compare_values(bundle) -> None:
    page = _section_page(bundle, "frailty-and-complex-care")
    assert "Higher than England: a better value, as higher is better (a comparison of " \
           "values, not a test)" in page


def test_indicators_page_has_an_anchor_per_indicator_in_strategy_order(bundle) -> None:
    page = bundle.page("indicators/index.md").markdown
    ids = re.findall(r'<div class="ps-indicator" id="([a-z0-9-]+)">', page)
    assert sorted(ids) == sorted({r["indicator_id"] for r in ROWS})  # 87, each once
    assert len(ids) == 87
    headings = re.findall(r"^## (.+?) \{", page, re.M)
    assert headings == ["Best Start for Life", "Staying Healthy, Safe and Well",
                        "Living and Supported Well", "Dying Well", "Cross Cutting Priorities"]
    assert "Business Intelligence Service, updated February 2022" in page
    assert page.index('id="e01-infant-mortality-rate"') < page.index('id="b19-loneliness"')


def test_indicators_page_is_reachable_from_home_and_navigation(bundle) -> None:
    assert "](indicators/index.md)" in bundle.page("index.md").markdown
    assert {"Performance indicators": "indicators/index.md"} in bundle.nav


def test_open_data_csv_has_a_row_per_value_and_documented_columns(bundle) -> None:
    rows = list(csv.DictReader(io.StringIO(_asset(bundle, "open-data/indicators.csv"))))
    assert len(rows) == len(ROWS) == 132
    first = next(r for r in rows if r["indicator_id"] == "e01-infant-mortality-rate")
    assert (first["value"], first["comparator"], first["comparator_value"], first["rank"],
            first["rank_of"]) == ("3.3", "England", "3.9", "6", "15")
    open_data = bundle.page("open-data/index.md").markdown
    for column in rows[0]:
        assert f"| `{column}` |" in open_data
    assert "indicators.csv" in open_data


def test_delivery_plan_json_lists_each_sub_priority_s_indicators(bundle) -> None:
    plan = json.loads(_asset(bundle, "open-data/delivery-plan.json"))
    a1 = next(c for c in plan["commitments"] if c["ref"] == "A.1")
    found = a1["sub_priority"]["indicators"]
    assert found[0]["id"] == "e01-infant-mortality-rate"
    assert found[0]["url"].endswith("/indicators/#e01-infant-mortality-rate")
    assert found[0]["latest"]["value"] == "3.3"


def test_plan_names_link_to_their_values_only_when_they_clearly_match(bundle) -> None:
    page = _section_page(bundle, "first-1001-critical-days")
    assert "- [Smoking status at time of delivery](../indicators/index.md#c06-smoking-at-time-" \
           "of-delivery)" in page
    assert "- Infant mortality\n" in page  # not the same name as "Infant mortality rate"
