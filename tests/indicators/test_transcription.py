"""The Appendix D performance dashboards, transcribed to data/indicators/dashboard.csv.

Expected figures below were read by eye from the board pack (24 February 2022, Appendix D,
"Performance Dashboards"); see data/indicators/README.md for every decision.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "data" / "indicators"
CSV = FOLDER / "dashboard.csv"

HEADER = (
    "indicator_id,code,indicator,section,dashboard,sex,age,period,value,unit,polarity,"
    "england_value,rank,rank_of,best,worst,comparison,trend,comment"
).split(",")
NUMERIC = ("value", "england_value", "rank", "rank_of", "best", "worst")
KEY = ("indicator_id", "section", "sex", "age", "period")


def read_rows() -> list[dict[str, str]]:
    with CSV.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


ROWS = read_rows()


def find(indicator_id: str, section: str, sex: str, age: str, period: str) -> dict[str, str]:
    hits = [r for r in ROWS if (r["indicator_id"], r["section"], r["sex"], r["age"],
                                r["period"]) == (indicator_id, section, sex, age, period)]
    assert len(hits) == 1, (indicator_id, section, sex, age, period, len(hits))
    return hits[0]


A, B, C = "first-1001-critical-days", "school-readiness", "preparing-for-life"
D, E = "building-strong-foundations", "healthy-choices-and-environments"
F, G = "prevention-and-self-care", "frailty-and-complex-care"
J, K = "end-of-life-planning", "improved-mental-health"
L, M = "reducing-health-inequalities", "covid-19-recovery"


def ranked(iid, section, sex, age, period, value, rank, best, worst, england, code="",
           dashboard=None):
    """One row of a ranked table: Value, Rank, Best/Lowest, Worst/Highest, England."""
    rank_, of = rank.split("/")
    expected = {"code": code, "value": value, "rank": rank_, "rank_of": of, "best": best,
                "worst": worst, "england_value": england, "unit": "", "polarity": "",
                "comparison": "", "trend": ""}
    if dashboard:
        expected["dashboard"] = dashboard
    return (iid, section, sex, age, period), expected


def listed(iid, section, period, polarity, value, national, unit, comparison="", comment="",
           dashboard=None):
    """One row of a listed table: Polarity, value, National or benchmark value, Unit, Comments."""
    expected = {"code": "", "value": value, "polarity": polarity, "england_value": national,
                "unit": unit, "comparison": comparison, "comment": comment, "rank": "",
                "rank_of": "", "best": "", "worst": "", "trend": ""}
    if dashboard:
        expected["dashboard"] = dashboard
    return (iid, section, "Persons", "", period), expected


BSFL1, BSFL2, BSFL3 = ("Best Start for Life (1)", "Best Start for Life (2)",
                       "Best Start For Life (3)")
SHSW1, SHSW2, SHSW3 = ("Staying Healthy, Safe and Well (1)", "Staying Healthy, Safe and Well (2)",
                       "Staying Healthy, Safe and Well (3)")
LSW1, LSW2 = "Living and Supported Well (1)", "Living and Supported Well (2)"
MH, HI, CR = ("Cross Cutting Theme: Mental Health", "Cross Cutting Theme: Health Inequalities",
              "Cross Cutting Theme: COVID Recovery")

SAMPLES = [
    # Best Start for Life (1)
    ranked("e01-infant-mortality-rate", A, "Persons", "<1 yr", "2018 - 20",
           "3.3", "6/15", "1.9", "5.1", "3.9", code="E01", dashboard=BSFL1),
    ranked("ae-attendances-under-1", A, "Female", "<1 yr", "2018/19",  # blank sex cell
           "1061.5", "16/16", "443.9", "1061.5", "873.0", dashboard=BSFL1),
    ranked("ae-attendances-under-1", A, "Male", "<1 yr", "2018/19",
           "1251.7", "16/16", "550.8", "1251.7", "1028.8", dashboard=BSFL1),
    ranked("c04-low-birth-weight-term-babies", A, "Persons", ">=37 weeks g", "2020",
           "2.2", "6/16", "2.0", "2.9", "2.9", code="C04", dashboard=BSFL1),  # printed "CO4"
    ranked("caesarean-section", A, "Female", "All ages", "2019/20",
           "31.8", "13/16", "25.2", "32.5", "30.1", dashboard=BSFL1),
    ranked("b02a-school-readiness", B, "Persons", "5 yrs", "2018/19",
           "72.1", "6/16", "77.0", "70.5", "71.8", code="B02a", dashboard=BSFL1),
    ranked("b02a-school-readiness-free-school-meals", B, "Male", "5 yrs", "2018/19",
           "40.1", "14/16", "50.7", "37.9", "48.9", code="B02a", dashboard=BSFL1),
    ranked("c08c-child-development-personal-social", B, "Persons", "2-2.5 yrs", "2020/21",
           "78.8", "14/14", "97.1", "78.8", "90.2", code="C08c", dashboard=BSFL1),
    # Best Start for Life (2)
    ranked("average-attainment-8", C, "Persons", "15-16 yrs", "2019/20",
           "50.7", "7/16", "52.5", "48.5", "50.2", dashboard=BSFL2),
    ranked("ae-attendances-under-18", C, "Persons", "<18 yrs", "2018/19",  # blank, then F, M
           "435.8", "15/16", "277.3", "478.1", "422.2", dashboard=BSFL2),
    ranked("ae-attendances-under-5", C, "Persons", "0-4 yrs", "2017/18 - 19/20",
           "683.2", "15/15", "383.2", "683.2", "642.5", dashboard=BSFL2),
    ranked("b05-16-17-neet", C, "Male", "16-17 yrs", "2020",
           "4.6", "7/16", "3.6", "13.8", "6.3", code="B05", dashboard=BSFL2),
    ranked("children-in-care", C, "Persons", "<18 yrs", "2020",
           "46.0", "3/16", "34.0", "72.0", "67.0", dashboard=BSFL2),
    ranked("self-harm-admissions-10-24", C, "Female", "10-24 yrs", "2019/20",
           "404.7", "1/16", "404.7", "1466.7", "694.8", dashboard=BSFL2),
    ranked("school-pupils-semh-needs", C, "Persons", "Secondary school", "2020",
           "2.1", "3/16", "1.7", "3.4", "2.7", dashboard=BSFL2),
    ranked("d04e-hpv-one-dose-12-13", C, "Female", "12-13 yrs", "2019/20",
           "84.7", "4/16", "94.8", "2.6", "59.2", code="D04e", dashboard=BSFL2),
    ranked("d04e-hpv-one-dose-12-13", C, "Male", "12-13 yrs", "2019/20",
           "78.7", "5/16", "88.5", "2.0", "54.4", code="D04e", dashboard=BSFL2),
    # Best Start For Life (3)
    listed("funded-early-education-2-year-olds", B, "Dec-21", "High", "77.6", "", "%",
           dashboard=BSFL3),
    listed("pupils-sen-or-ehc-plan-primary", B, "2021", "Low", "2.2", "2.1", "%",
           comparison="Higher than national", dashboard=BSFL3),
    listed("tooth-extractions-decay-10-and-under", C, "19/20", "Low", "29", "388.0",
           "rate per 100,000 pop", comparison="Lower than national", dashboard=BSFL3),
    # Staying Healthy, Safe and Well (1)
    ranked("b06b-mental-health-stable-accommodation", D, "Persons", "18-69 yrs", "2020/21",
           "46.0", "12/15", "81.0", "25.0", "58.0", code="B06b", dashboard=SHSW1),
    ranked("b08c-mental-health-employment-gap", D, "Female", "18-69 yrs", "2019/20",
           "70.7", "15/16", "40.4", "71.5", "61.2", code="B08c", dashboard=SHSW1),
    ranked("b08d-employment-rate", D, "Male", "16-64 yrs", "2020/21",
           "79.5", "10/15", "84.7", "75.0", "78.5", code="B08d", dashboard=SHSW1),
    ranked("b17-fuel-poverty", D, "Persons", "Not applicable", "2018",  # printed sex "N/A"
           "9.4", "6/16", "6.8", "10.7", "10.3", code="B17", dashboard=SHSW1),
    ranked("adults-cycling-for-travel", D, "Persons", "16+ yrs", "2019/20",
           "2.3", "4/16", "7.4", "1.0", "2.3", dashboard=SHSW1),
    # Staying Healthy, Safe and Well (2)
    ranked("c18-smoking-prevalence-adults", E, "Male", "18+ yrs", "2020",  # blank sex cell
           "11.5", "3/15", "9.4", "15.7", "13.8", code="C18", dashboard=SHSW2),
    ranked("c21-alcohol-related-admissions-narrow", E, "Persons", "All ages", "2020/21",
           "403.7", "5/14", "343.3", "586.7", "455.9", code="C21", dashboard=SHSW2),
    ranked("c21-alcohol-related-admissions-narrow", E, "Male", "All ages", "2020/21",
           "500.4", "3/14", "476.0", "712.4", "603.2", code="C21", dashboard=SHSW2),
    ranked("d02a-chlamydia-detection", E, "Persons", "15-24 yrs", "2020",
           "1129.9", "9/15", "1583.5", "588.2", "1408.4", code="D02a", dashboard=SHSW2),
    ranked("d06c-shingles-vaccination", E, "Persons", "71", "2019/20",
           "48.8", "11/16", "56.7", "41.7", "48.2", code="D06c", dashboard=SHSW2),
    ranked("b19-loneliness", E, "Persons", "16+ yrs", "2019/20",
           "21.1", "8/15", "17.0", "24.2", "22.3", code="B19", dashboard=SHSW2),
    # Staying Healthy, Safe and Well (3)
    listed("hate-incidents-recorded", D, "Nov 20 to Dec 21", "Low", "1492", "", "",
           dashboard=SHSW3),
    listed("covid-vaccination-12-plus-dose-1", E, "Jan-22", "High", "87", "91.0", "%",
           comparison="Lower than national", dashboard=SHSW3),
    # Living and Supported Well (1) (title not printed)
    ranked("c29-falls-admissions-65-plus", F, "Male", "65+ yrs", "2020/21",
           "1366.9", "2/15", "1342.3", "1865.4", "1667.3", code="C29", dashboard=LSW1),
    ranked("e13-hip-fractures-65-plus", F, "Persons", "65+ yrs", "2020/21",
           "671.8", "14/15", "472.7", "686.7", "528.7", code="E13", dashboard=LSW1),
    ranked("e14-excess-winter-deaths-index", F, "Female", "All ages", "Aug 2019 - Jul 2020",
           "17.4", "10/15", "8.8", "25.3", "17.3", code="E14", dashboard=LSW1),
    # Living and Supported Well (2)
    listed("emergency-admissions-acute-conditions", F, "19/20", "Low", "1193.8", "1409.4",
           "rate per 100,000 pop", comparison="Lower than national", dashboard=LSW2),
    listed("people-with-no-ltcs", F, "Jan-22", "High", "317739", "", "Count",
           comment="Any change will be long term", dashboard=LSW2),
    listed("bcf-residential-nursing-admissions-65-plus", G, "2020/21", "N/a", "528.7", "498.2",
           "rate per 100,000 pop", dashboard=LSW2),
    listed("home-first-2-hour-urgent-community-response", G, "Y2D Apr-Nov 2021/22", "High",
           "69.3", "80.0", "%", comment="Value for LLR, not Leicestershire County",
           dashboard=LSW2),
    # Dying Well
    ranked("deaths-at-home", J, "Persons", "All ages", "2020",
           "30.2", "14/15", "24.7", "32.0", "27.4", dashboard="Dying Well"),
    ranked("deaths-in-hospital", J, "Persons", "All ages", "2020",
           "39.7", "10/15", "34.0", "46.6", "41.9", dashboard="Dying Well"),
    # Cross Cutting Theme: Mental Health (names restored from elsewhere in the document)
    ranked("b08c-mental-health-employment-gap", K, "Male", "18-69 yrs", "2019/20",
           "77.4", "13/16", "51.7", "79.5", "72.2", code="B08c", dashboard=MH),
    ranked("common-mental-disorders-16-plus", K, "Persons", "16+ yrs", "2017",
           "13.7", "2/16", "13.5", "16.2", "16.9", dashboard=MH),
    ranked("children-young-people-mental-disorders-5-17", K, "Persons", "5-17 yrs", "2017/18",
           "12440", "7/16", "9914.4", "27062.5", "", dashboard=MH),
    ranked("dementia-diagnosis-rate-65-plus", K, "Persons", "65+ yrs", "2021",
           "61.2", "5/16", "67.7", "50.5", "61.6", dashboard=MH),
    ranked("self-harm-admissions-10-24", K, "Male", "10-24 yrs", "2019/20",
           "120.5", "1/16", "120.5", "387.1", "196.6", dashboard=MH),
    # Cross Cutting Theme: Health Inequalities
    ranked("a01a-healthy-life-expectancy", L, "Male", "All ages", "2017 - 19",  # Cyrillic "М"
           "63.5", "11/16", "68.2", "61.1", "63.2", code="A01a", dashboard=HI),
    ranked("a02a-inequality-in-life-expectancy", L, "Female", "All ages", "2018 - 20",
           "4.9", "3/15", "4.3", "7.8", "7.9", code="A02a", dashboard=HI),
    # Cross Cutting Theme: COVID Recovery
    listed("covid-vaccination-12-plus-dose-1", M, "Jan-22", "High", "87", "91.0", "%",
           comparison="Lower than national", dashboard=CR),
    listed("covid-deaths-total", M, "Week 3 2022", "Low", "1823", "135509.0", "Count",
           dashboard=CR),
]


def test_header_is_exact() -> None:
    with CSV.open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == HEADER


@pytest.mark.parametrize(("key", "expected"), SAMPLES,
                         ids=lambda v: "/".join(v) if isinstance(v, tuple) else None)
def test_sample_row_matches_the_printed_dashboard(key, expected) -> None:
    row = find(*key)
    for field, value in expected.items():
        assert row[field] == value, (key, field, row[field], value)


def test_every_dashboard_is_sampled_in_both_layouts() -> None:
    per_dashboard = Counter(e["dashboard"] for _, e in SAMPLES)
    assert set(per_dashboard) == {r["dashboard"] for r in ROWS}
    assert min(per_dashboard.values()) >= 2


def test_row_counts_per_dashboard() -> None:
    assert Counter(r["dashboard"] for r in ROWS) == {
        BSFL1: 21, BSFL2: 18, BSFL3: 7, SHSW1: 17, SHSW2: 20, SHSW3: 4, LSW1: 9, LSW2: 8,
        "Dying Well": 3, MH: 12, HI: 6, CR: 7,
    }


def test_names_joined_and_restored() -> None:
    names = {r["indicator_id"]: r["indicator"] for r in ROWS}
    assert names["b02a-school-readiness-free-school-meals"] == (
        "School Readiness: percentage of children with free school meal status achieving a good "
        "level of development at the end of Reception")
    assert names["b08c-mental-health-employment-gap"] == (
        "Gap in the employment rate for those in contact with secondary mental health services "
        "and the overall employment rate")
    assert names["d03c-dtap-ipv-hib-1-year"] == (
        "Population vaccination coverage - Dtap/IPV/Hib (1 year old)")
    assert names["a01a-healthy-life-expectancy"] == "Healthy life expectancy at birth"
    # truncations the document cannot restore stay as printed
    assert names["c26b-nhs-health-check"] == (
        "Cumulative percentage of the eligible population aged")


def test_key_is_unique() -> None:
    keys = Counter(tuple(r[k] for k in KEY) for r in ROWS)
    assert [k for k, n in keys.items() if n > 1] == []


def test_every_section_is_a_content_section() -> None:
    ids = {yaml.safe_load(p.read_text(encoding="utf-8"))["id"]
           for p in (ROOT / "content" / "sections").glob("*.yaml")}
    assert {r["section"] for r in ROWS} <= ids


def test_fields_are_well_formed() -> None:
    for r in ROWS:
        assert r["sex"] in {"Persons", "Female", "Male"}, r
        assert r["indicator_id"] == r["indicator_id"].lower() and " " not in r["indicator_id"]
        assert r["indicator"] and r["period"] and r["value"], r
        for field in NUMERIC:
            if r[field]:
                assert "," not in r[field], r
                float(r[field])
        if r["rank"]:
            assert int(r["rank"]) <= int(r["rank_of"]), r
        assert r["trend"] == "", r  # arrows were lost in conversion; nothing is inferred


def test_one_id_per_indicator_across_breakdowns() -> None:
    codes: dict[str, set[str]] = {}
    for r in ROWS:
        codes.setdefault(r["indicator_id"], set()).add(r["code"])
    assert all(len(c) == 1 for c in codes.values())


def test_unidentified_mental_health_rows_are_left_out() -> None:
    mh_ages = {r["age"] for r in ROWS if r["section"] == K}
    # suicide (10+), admissions for mental health conditions (<18), 5-16, 18-69 (B06b-like)
    assert not mh_ages & {"10+ yrs", "<18 yrs", "5-16 yrs"}
    assert not [r for r in ROWS if r["section"] == K
                and r["indicator_id"] == "b06b-mental-health-stable-accommodation"]
    assert not [r for r in ROWS if r["section"] == K and r["value"] == "22.5"]


def test_metadata() -> None:
    meta = yaml.safe_load((FOLDER / "indicators.yaml").read_text(encoding="utf-8"))
    assert meta["updated"] == "February 2022"
    assert meta["producer"] == "Business Intelligence Service"
    assert meta["files"] == ["dashboard.csv"]
    for name in meta["files"]:
        assert (FOLDER / name).is_file()
