"""The content model fits plans of other shapes: the README's smallest plan is valid, a flat
plan can have a delivery plan, renamed flat sections and lists keep their old addresses, and
easy-read pages can explain a flat plan's sections."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from plainsight_strategy.content.easyread import EasyRead, EasyReadPage, check_twins
from plainsight_strategy.content.models import LevelNames
from plainsight_strategy.core.problems import Problems
from plainsight_strategy.pipeline import Project, generate
from plainsight_strategy.site import twins
from plainsight_strategy.site.inputs import Inputs
from plainsight_strategy.site.opendata import delivery_plan
from plainsight_strategy.site.redirects import for_strategy
from tests.conftest import ROOT
from tests.helpers import load

FLAT = ROOT / "tests" / "fixtures" / "flat-plan"


def _readme_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    part = readme.split("### Publishing a different kind of plan", 1)[1]
    return re.findall(r"```yaml\n(.*?)```", part, flags=re.DOTALL)


def test_the_readme_smallest_plan_is_valid(tmp_path: Path) -> None:
    strategy_yaml, section_yaml, items_yaml = _readme_blocks()[:3]
    content = tmp_path / "content"
    (content / "sections").mkdir(parents=True)
    (content / "strategy.yaml").write_text(strategy_yaml)
    (content / "sections" / "housing.yaml").write_text(section_yaml + items_yaml)
    (content / "sections" / "jobs.yaml").write_text(
        "id: jobs\ntitle: Good jobs\nintro: |\n  Work for everyone.\n")
    strategy = load(content)
    assert [s.id for s in strategy.flat_sections] == ["housing", "jobs"]
    assert strategy.sections["housing"].items[0].actions[0].id == "insulate"
    assert not strategy.has_delivery_plan


def test_level_names_default_to_todays_words_and_take_a_plural() -> None:
    names = LevelNames()
    assert (names.stage.many, names.sub_priority.many, names.commitment.many) == (
        "stages", "priorities", "commitments")
    custom = LevelNames.model_validate({"item": "outcome",
                                        "sub_priority": {"singular": "ambition"}})
    assert custom.item.many == "outcomes" and custom.sub_priority.many == "ambitions"


def _flat_copy(tmp_path: Path) -> Path:
    shutil.copytree(FLAT, tmp_path / "project")
    return tmp_path / "project" / "content"


def test_a_flat_plan_can_have_a_delivery_plan(tmp_path: Path) -> None:
    content = _flat_copy(tmp_path)
    section = content / "sections" / "young-carers.yaml"
    section.write_text(section.read_text() + "letter: Y\ncommitments:\n"
                       "  - ref: Y1\n    text: We will train every school's staff.\n")
    strategy = load(content)
    assert strategy.has_delivery_plan
    placed = next(strategy.commitments())
    assert placed.ref == "Y.1" and placed.group is None
    assert delivery_plan(strategy)["commitments"][0]["stage"] is None
    bundle = generate(Project(content, content.parent / "data", ROOT / "theme"))
    pages = {p.src: p.markdown for p in bundle.pages}
    assert "## Young carers (Y) { #young-carers }" in pages["delivery-plan/index.md"]
    assert "Part of [Young carers](../young-carers.md). [Back" in pages["delivery-plan/y-1.md"]
    assert pages["delivery-plan/y-1.md"].startswith("# Pledge Y.1")
    assert "## Our pledges { #commitments }" in pages["young-carers.md"]
    assert any(a.src == "open-data/delivery-plan.json" for a in bundle.assets)
    assert "Open data" in [text for text, _ in bundle.footer]


def test_renamed_flat_sections_and_lists_redirect(tmp_path: Path) -> None:
    content = _flat_copy(tmp_path)
    section = content / "sections" / "young-carers.yaml"
    section.write_text(section.read_text() + "previous_ids: [carers-under-18]\n")
    strategy_file = content / "strategy.yaml"
    strategy_file.write_text(strategy_file.read_text().replace(
        "  - id: values\n", "  - id: values\n    previous_ids: [our-values]\n"))
    found = {(r.old, r.new) for r in for_strategy(load(content))}
    assert ("carers-under-18.md", "young-carers.md") in found
    assert ("our-values.md", "values.md") in found


def test_an_easy_read_page_can_explain_a_flat_section() -> None:
    strategy = load(FLAT / "content")
    page = EasyReadPage.model_validate({"id": "breaks", "title": "Breaks", "twin":
                                        "breaks-and-rest", "blocks": [{"agreement": "x"}]})
    inputs = Inputs(strategy, EasyRead((page,), (), {}), {})
    assert {"breaks-and-rest", "aims", "values"} <= twins.available(inputs)
    assert "delivery-plan" not in twins.available(inputs)  # this plan has none
    problems = Problems()
    check_twins(inputs.easy_read, twins.available(inputs), problems)
    assert not problems
