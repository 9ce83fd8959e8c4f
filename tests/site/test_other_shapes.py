"""Plans of other shapes: a flat plan with named lists, its own level names and three levels
(tests/fixtures/flat-plan), and the smallest valid content folder (tests/fixtures/bare).
A part a plan does not have leaves nothing behind: no page, heading, nav entry or link."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from plainsight_strategy.pipeline import Project, check, generate
from plainsight_strategy.site.bundle import Bundle
from plainsight_strategy.site.opendata import delivery_plan
from tests.conftest import MINIMAL, ROOT
from tests.helpers import load

FIXTURES = ROOT / "tests" / "fixtures"


def _bundle(name: str) -> Bundle:
    folder = FIXTURES / name
    return generate(Project(folder / "content", folder / "data", ROOT / "theme"))


@pytest.fixture(scope="module")
def flat() -> Bundle:
    return _bundle("flat-plan")


@pytest.fixture(scope="module")
def bare() -> Bundle:
    return _bundle("bare")


def _pages(bundle: Bundle) -> dict[str, str]:
    return {p.src: p.markdown for p in bundle.pages}


def _nav_titles(nav: list[Any]) -> list[str]:
    titles: list[str] = []
    for entry in nav:
        if isinstance(entry, dict):
            for title, value in entry.items():
                titles.append(title)
                if isinstance(value, list):
                    titles += _nav_titles(value)
    return titles


def _empty_parts(markdown: str) -> list[str]:
    """Headings with nothing under them before the next heading of the same or higher level."""
    heads = [(m.start(), m.end(), len(m.group(1)), m.group(2)) for m in
             re.finditer(r"^(#{2,6}) (.*)$", markdown, flags=re.MULTILINE)]
    found = []
    for i, (_, end, level, text) in enumerate(heads):
        following = heads[i + 1] if i + 1 < len(heads) else None
        between = markdown[end: following[0] if following else len(markdown)]
        if not between.strip() and (following is None or following[2] <= level):
            found.append(text)
    return found


def test_flat_plan_has_only_the_pages_it_has_parts_for(flat: Bundle) -> None:
    assert set(_pages(flat)) == {
        "index.md", "aims.md", "values.md", "identify-carers.md", "breaks-and-rest.md",
        "young-carers.md", "about-this-example.md", "accessibility.md", "print/index.md"}
    assert not [a.src for a in flat.assets if a.src.startswith("open-data/")]
    titles = _nav_titles(flat.nav)
    for missing in ("Delivery plan", "Glossary", "Open data", "Easy read", "Consultation"):
        assert missing not in titles
    assert "About the plan" in titles and "Our aims" in titles
    assert [text for text, _ in flat.footer] == ["Accessibility statement", "Print edition"]


def test_flat_plan_uses_its_own_words_and_three_levels(flat: Bundle) -> None:
    pages = _pages(flat)
    home = pages["index.md"]
    assert "## The plan { #the-strategy }" in home
    assert "The plan has 3 ambitions:" in home
    assert "## About this plan { #about }" in home
    assert "Delivery plan" not in home and "Glossary" not in home
    section = pages["identify-carers.md"]
    assert "Ambition 1" in section
    assert "## Our outcomes { #items }" in section
    assert "### Carers are known to their GP practice { #known-to-gp }" in section
    assert '<span id="known-to-gp-register"></span>Offer every practice' in section
    assert "Steps:" in section
    assert "What does success look like?" not in section  # this section has none
    assert "## Help comes early { #early-help }" in pages["aims.md"]


def test_no_page_links_to_a_part_the_plan_lacks(flat: Bundle, bare: Bundle) -> None:
    for bundle in (flat, bare):
        for src, markdown in _pages(bundle).items():
            assert "Easy read version of this page" not in markdown, src
            for lacking in ("delivery-plan/", "glossary", "open-data", "consultation/"):
                assert f"]({lacking}" not in markdown and f"/{lacking}" not in markdown, src


def test_no_page_has_an_empty_part(flat: Bundle, bare: Bundle) -> None:
    for bundle in (flat, bare):
        for src, markdown in _pages(bundle).items():
            assert _empty_parts(markdown) == [], src


def test_the_empty_part_check_can_fail() -> None:
    assert _empty_parts("# T\n\n## Where are we now?\n\n## Next\n\ntext\n") == [
        "Where are we now?"]


def test_bare_plan_builds_a_clean_site(bare: Bundle) -> None:
    assert set(_pages(bare)) == {"index.md", "housing.md", "jobs.md", "accessibility.md",
                                 "print/index.md"}
    assert _nav_titles(bare.nav) == ["Home", "Good homes", "Good jobs"]
    home = _pages(bare)["index.md"]
    assert "About this" not in home
    assert "- [Good homes](housing.md)" in home


def test_default_accessibility_statement_says_only_what_is_known(flat: Bundle,
                                                                  bare: Bundle) -> None:
    with_org = _pages(flat)["accessibility.md"]
    assert "This website is run by Northvale Borough Council (a fictional council)." in with_org
    assert "WCAG22" in with_org and "carers@northvale.example" in with_org
    without = _pages(bare)["accessibility.md"]
    assert "This website is run by" not in without
    assert "contact the organisation that publishes this strategy" in without
    for invented in ("working days", "prepared on", "fully compliant", "@"):
        assert invented not in without


def test_bundled_example_maps_principles_and_enablers_onto_named_lists() -> None:
    strategy = load(ROOT / "content")
    assert [one.id for one in strategy.lists] == ["principles", "enablers"]
    assert strategy.list_pages()[0][:2] == ("principles-and-enablers.md",
                                           "Principles and enablers")
    assert "level_names" not in delivery_plan(strategy)  # the published keys stay as they were


def test_level_names_reach_the_delivery_plan_open_data(tmp_path: Path) -> None:
    shutil.copytree(MINIMAL, tmp_path / "project")
    content = tmp_path / "project" / "content"
    strategy_file = content / "strategy.yaml"
    strategy_file.write_text(strategy_file.read_text() + "level_names:\n"
                             "  sub_priority: outcome\n"
                             "  commitment: {singular: pledge, plural: pledges}\n")
    strategy = load(content)
    data = delivery_plan(strategy)
    assert data["level_names"]["sub_priority"] == {"singular": "outcome", "plural": "outcomes"}
    assert data["level_names"]["commitment"]["plural"] == "pledges"
    assert "sub_priority" in data["commitments"][0]  # the keys stay the same
    bundle = generate(Project(content, tmp_path / "project" / "data", ROOT / "theme"))
    pages = {p.src: p.markdown for p in bundle.pages}
    assert "## Our pledges { #commitments }" in pages["early-years/healthy-babies.md"]
    assert pages["delivery-plan/a-1.md"].startswith("# Pledge A.1")
    plan = json.loads(next(a.content for a in bundle.assets
                           if a.src == "open-data/delivery-plan.json"))
    assert plan["level_names"]["commitment"]["singular"] == "pledge"


def test_a_grouped_plan_without_commitments_has_no_empty_part(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "bare", tmp_path / "project")
    content = tmp_path / "project" / "content"
    strategy_file = content / "strategy.yaml"
    strategy_file.write_text(strategy_file.read_text().replace(
        "sections: [housing, jobs]", "stages:\n  - id: places\n    title: Places\n"
        "    sections: [housing, jobs]"))
    bundle = generate(Project(content, tmp_path / "project" / "data", ROOT / "theme"))
    pages = _pages(bundle)
    assert "### [Good homes](housing.md)\n\nEveryone has a safe, warm home." in \
        pages["places/index.md"]
    for src, markdown in pages.items():
        assert _empty_parts(markdown) == [], src


def test_hard_words_without_a_glossary_link_to_the_full_home(tmp_path: Path) -> None:
    shutil.copytree(MINIMAL, tmp_path / "project")
    content = tmp_path / "project" / "content"
    (content / "glossary.yaml").unlink()
    bundle = generate(Project(content, tmp_path / "project" / "data", ROOT / "theme"))
    pages = _pages(bundle)
    assert "glossary.md" not in pages
    assert "[Full version of this website](../index.md)" in pages["easy-read/hard-words.md"]
    assert "Glossary" not in _nav_titles(bundle.nav)


def _flat_with_indicators(tmp_path: Path) -> Project:
    """The flat plan with a dashboard of two indicators, both for one of its ambitions."""
    shutil.copytree(FIXTURES / "flat-plan", tmp_path / "project")
    folder = tmp_path / "project" / "data" / "indicators"
    folder.mkdir()
    (folder / "indicators.yaml").write_text(
        'source: "Test dashboard"\nproducer: "Test team"\nupdated: "May 2024"\n'
        "area: Northvale\nfiles:\n  - dashboard.csv\n")
    (folder / "dashboard.csv").write_text(
        "indicator_id,code,indicator,section,sex,age,period,value,england_value\n"
        "y01-known,Y01,Young carers known to school,young-carers,Persons,5-17,2022/23,41,38\n"
        "y01-known,Y01,Young carers known to school,young-carers,Persons,5-17,2023/24,45,39\n"
        "y02-breaks,Y02,Young carers with a break,young-carers,Persons,5-17,2023/24,12,15\n")
    return Project(tmp_path / "project" / "content", folder.parent, ROOT / "theme")


def test_a_flat_plans_indicators_are_on_its_section_and_indicators_pages(
        tmp_path: Path) -> None:
    """Indicators mapped to a flat plan's section pass `check`; they must then be shown, not
    dropped: the section's figure, table and CSV, and /indicators/ with an anchor each."""
    project = _flat_with_indicators(tmp_path)
    assert check(project) == []
    bundle = generate(project)
    pages = _pages(bundle)
    section = pages["young-carers.md"]
    assert "## How we will measure progress { #indicators }" in section
    assert '<figure class="ps-chart ps-indicator-chart" id="indicators-young-carers">' in section
    assert section.count('<tr><th scope="row">Y0') == 3  # a row per value
    assert '<a href="../indicators/">Every indicator</a>' in section
    every = pages["indicators/index.md"]
    assert re.findall(r'<div class="ps-indicator" id="([a-z0-9-]+)">', every) == [
        "y01-known", "y02-breaks"]
    assert "\n\n## [Young carers](../young-carers.md) { #young-carers }\n" in every
    assert _empty_parts(every) == []
    assert {"Performance indicators": "indicators/index.md"} in bundle.nav
    assets = {a.src for a in bundle.assets}
    assert {"open-data/indicators.csv", "open-data/indicators-young-carers.csv"} <= assets
    assert "identify-carers" not in every  # sections without indicators are left out
