"""The consultation on the site: published figures, charts with captions and tables,
disclosure control, escaping, and nothing private reaching site/."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from plainsight_strategy.pipeline import Project, generate
from plainsight_strategy.site.bundle import Bundle

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = {"vision": 92, "best-start-for-life": 90, "staying-healthy-safe-and-well": 85,
             "living-and-supported-well": 86, "dying-well": 87, "cross-cutting-themes": 85}


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_agreement_csv_gives_the_published_figures(built_site: Path) -> None:
    rows = _rows(built_site / "open-data" / "consultation-agreement.csv")
    header = (built_site / "open-data" / "consultation-agreement.csv").read_text().splitlines()[0]
    assert header.startswith("question_id,question,base_n,agree_n,agree_pct")
    assert {r["question_id"]: round(float(r["agree_pct"])) for r in rows} == PUBLISHED
    for row in rows:
        assert re.fullmatch(r"\d{1,3}\.\d", row["agree_pct"]), row["agree_pct"]
        assert float(row["agree_pct"]) == round(100 * int(row["agree_n"]) / int(row["base_n"]), 1)
        assert 1 <= round(100 * int(row["disagree_n"]) / int(row["base_n"])) <= 6


def test_district_table_hides_small_counts_and_one_more(built_site: Path) -> None:
    rows = {r["Answer"]: r["Number"] for r in _rows(built_site / "open-data" /
                                                    "breakdown-district.csv")}
    assert rows["Oadby & Wigston"] == "fewer than 5"
    assert rows["Outside of LLR"] == "fewer than 5"
    assert list(rows.values()).count("not shown") == 1
    assert rows["Blaby"] == "25"
    page = (built_site / "consultation" / "index.html").read_text()
    assert "so the hidden numbers cannot be worked out from the total" in page


def test_every_chart_has_caption_svg_table_and_csv(built_site: Path) -> None:
    pages = [built_site / "consultation" / "index.html",
             built_site / "consultation" / "results" / "index.html",
             built_site / "consultation" / "what-people-said" / "index.html"]
    count = 0
    for page in pages:
        html = page.read_text()
        pattern = (r'<figure class="ps-chart".*?</figure>\s*<div class="ps-table-wrap"'
                   r'.*?</table>.*?<p class="ps-download"><a href="([^"]+)"')
        for figure in re.findall(pattern, html, re.S):
            count += 1
            csv_file = (page.parent / figure).resolve()
            assert csv_file.is_file(), figure
        for svg in re.findall(r"<svg[^>]*class=\"marks\".*?</svg>", html, re.S):
            assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
        assert html.count('<figure class="ps-chart"') == len(
            re.findall(r'<p class="ps-download">', html))
    assert count >= 10


def test_no_raw_response_reaches_the_site(built_site: Path) -> None:
    export = ROOT / "data" / "consultation" / "responses.csv"
    rows = _rows(export)
    private = {r["Response ID"] for r in rows} | {r["Postcode district"] for r in rows
                                                    if r["Postcode district"]}
    unapproved = {r[col] for r in rows for col in r if col.endswith("comments") and r[col]
                  and r[col.split()[0] + " publish"] != "yes"}
    assert len(unapproved) > 50
    text = "\n".join(p.read_text(errors="ignore") for p in built_site.rglob("*")
                     if p.is_file() and p.suffix in (".html", ".json", ".csv", ".xml", ".txt"))
    # the organisation's own address (in content/) is public, not a respondent's postcode
    public = "\n".join(p.read_text() for p in (ROOT / "content").rglob("*") if p.is_file())
    leaked = [value for value in private if re.search(rf"\b{re.escape(value)}\b", text)
              and not re.search(rf"\b{re.escape(value)}\b", public)]
    assert not leaked, f"respondent ids or postcodes in site/: {leaked[:5]}"
    assert not [c for c in unapproved if c in text], "an unapproved comment is in site/"
    assert not list(built_site.rglob("responses.csv"))


def test_stage_pages_show_their_agreement_rate(built_site: Path) -> None:
    page = (built_site / "best-start-for-life" / "index.html").read_text()
    assert "90% of the 98 people who answered agreed" in page
    assert 'href="../consultation/results/#best-start-for-life"' in page


@pytest.fixture
def small_survey(minimal_content: Path) -> Bundle:
    return generate(Project(minimal_content, minimal_content.parent / "data", ROOT / "theme"))


def test_another_scale_needs_only_yaml(small_survey: Bundle) -> None:
    """Importance scale, top two boxes as agreement, "not sure" outside the base."""
    data = next(a for a in small_survey.assets if a.src == "open-data/consultation-agreement.csv")
    rows = {r["question_id"]: r for r in csv.DictReader(io.StringIO(data.content.decode()))}
    assert rows["vision"]["base_n"] == "16" and rows["vision"]["agree_n"] == "14"
    assert rows["vision"]["agree_pct"] == "87.5" and rows["vision"]["not_answered_n"] == "1"
    assert rows["early-years"]["agree_pct"] == "83.3"  # labels matched ignoring case and spaces
    results = small_survey.page("consultation/results.md").markdown
    assert "not counting &#34;Not sure&#34;" in results or 'not counting "Not sure"' in results


def test_quotes_are_escaped_and_only_approved_ones_appear(small_survey: Bundle) -> None:
    said = small_survey.page("consultation/what-people-said.md").markdown
    assert "More play parks please &lt;script&gt;alert(1)&lt;/script&gt; &amp; thanks" in said
    assert "<script>" not in said
    assert "07700 900123" not in "\n".join(p.markdown for p in small_survey.pages)


def test_a_quote_with_a_phone_number_stops_the_build(minimal_content: Path) -> None:
    from plainsight_strategy.core.problems import ContentError
    from plainsight_strategy.pipeline import check
    export = minimal_content.parent / "data" / "consultation" / "responses.csv"
    export.write_text(export.read_text().replace("900123,no", "900123,yes"))
    with pytest.raises(ContentError) as caught:
        check(Project(minimal_content, minimal_content.parent / "data", ROOT / "theme"))
    report = caught.value.report()
    assert "data/consultation/responses.csv, row 3" in report
    assert "phone number" in report
