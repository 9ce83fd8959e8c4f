"""Rendering: what each kind of page says and links to (checked on the minimal fixture)."""

from __future__ import annotations

from pathlib import Path

from plainsight_strategy.pipeline import Project, generate

THEME = Path(__file__).resolve().parents[2] / "theme"


def _bundle(content: Path):
    return generate(Project(content, content.parent / "data", THEME, "https://example.org"))


def test_commitment_page_lists_actions_with_anchors_and_links(minimal_content: Path) -> None:
    page = _bundle(minimal_content).page("delivery-plan/a-1.md").markdown
    assert "### A.1.1 { #a-1-1 }" in page
    assert "### A.1.2 { #a-1-2 }" in page
    assert "See [B.1.1](b-1.md#b-1-1)." in page  # "See X" became a link
    assert "[Healthy Babies](../early-years/healthy-babies.md)" in page


def test_referred_to_by_backlinks(minimal_content: Path) -> None:
    bundle = _bundle(minimal_content)
    assert "## Referred to by" in bundle.page("delivery-plan/b-1.md").markdown
    assert "[Commitment A.1](a-1.md)" in bundle.page("delivery-plan/b-1.md").markdown
    assert "[Commitment C.1](c-1.md)" in bundle.page("delivery-plan/a-2.md").markdown
    assert "Referred to by" not in bundle.page("delivery-plan/c-1.md").markdown


def test_section_page_has_its_parts_and_links_commitments(minimal_content: Path) -> None:
    page = _bundle(minimal_content).page("early-years/healthy-babies.md").markdown
    for heading in ("## Where are we now?", "## What does success look like?",
                    "## Our commitments", "## How we will measure progress"):
        assert heading in page
    assert "[Delivery plan for A.2](../delivery-plan/a-2.md)" in page


def test_glossary_terms_become_abbreviations(minimal_content: Path) -> None:
    page = _bundle(minimal_content).page("early-years/healthy-babies.md").markdown
    assert "*[GP]: General practitioner, your family doctor" in page
    assert "*[NHS]" not in page  # only terms the page uses


def test_navigation_follows_the_strategy_order(minimal_content: Path) -> None:
    nav = _bundle(minimal_content).nav
    titles = [next(iter(item)) for item in nav]
    assert titles[:4] == ["Home", "About the strategy", "Early Years", "Cross-cutting themes"]
    assert nav[2]["Early Years"][1:] == [{"Healthy Babies": "early-years/healthy-babies.md"},
                                         {"Ready for School": "early-years/ready-for-school.md"}]


def test_paths_come_from_ids_not_titles(minimal_content: Path) -> None:
    section = minimal_content / "sections" / "healthy-babies.yaml"
    section.write_text(section.read_text().replace("title: Healthy Babies", "title: New Title"))
    srcs = {p.src for p in _bundle(minimal_content).pages}
    assert "early-years/healthy-babies.md" in srcs
