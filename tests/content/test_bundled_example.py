"""The bundled example is the whole strategy: every section, commitment and action."""

from __future__ import annotations

import json
from collections import Counter

from plainsight_strategy.content.strategy import Strategy
from plainsight_strategy.core import refs
from plainsight_strategy.core import urls as paths
from plainsight_strategy.site.bundle import Bundle

COMMITMENTS_PER_LETTER = {"A": 6, "B": 6, "C": 8, "D": 11, "E": 9, "F": 5, "G": 10, "H": 2,
                          "I": 3, "J": 5, "K": 6, "L": 4, "M": 5}


def test_thirteen_sections_in_four_stages_and_three_themes(strategy: Strategy) -> None:
    assert len(strategy.sections) == 13
    assert [len(g.sections) for g in strategy.document.stages] == [3, 2, 2, 3]
    assert strategy.document.themes is not None and len(strategy.document.themes.sections) == 3


def test_all_80_commitments_with_their_letters(strategy: Strategy) -> None:
    counts = Counter(refs.letter(p.ref) for p in strategy.commitments())
    assert dict(counts) == COMMITMENTS_PER_LETTER
    assert sum(counts.values()) == 80


def test_principles_enablers_glossary(strategy: Strategy) -> None:
    assert len(strategy.document.principles) == 7
    assert len(strategy.document.enablers) == 7
    assert {"FSM", "SEND", "LLR"} <= {t.term for t in strategy.glossary}


def test_every_action_sits_under_its_commitment(strategy: Strategy) -> None:
    actions = [a for p in strategy.commitments() for a in p.actions]
    assert len(actions) >= 150
    for placed in strategy.commitments():
        for action in placed.actions:
            assert refs.commitment_of(action.ref) == placed.ref
    assert len({a.ref for a in actions}) == len(actions)


def test_no_drafting_notes_or_placeholders(strategy: Strategy, bundle: Bundle) -> None:
    text = "\n".join(p.markdown for p in bundle.pages)
    assert "TBC" not in text
    assert "\u041a" not in text  # Cyrillic K misread for K
    assert "Lucy Hulls" not in text


def test_every_cross_reference_resolves_to_a_link(strategy: Strategy, bundle: Bundle) -> None:
    known = {p.ref for p in strategy.commitments()} | {
        a.ref for p in strategy.commitments() for a in p.actions}
    mentions = 0
    for placed in strategy.commitments():
        texts = [a.text for a in placed.actions] + list(placed.notes)
        for ref in refs.mentioned(" ".join(texts)):
            mentions += 1
            assert ref in known, f"{placed.ref} mentions {ref}"
            page = bundle.page(paths.commitment(placed.ref)).markdown
            target = paths.relative(paths.commitment(placed.ref), paths.ref_target(ref))
            assert f"[{ref}]({target})" in page
    assert mentions >= 20


def test_thirteen_section_pages_and_80_commitment_pages(bundle: Bundle, strategy: Strategy) -> None:
    srcs = {p.src for p in bundle.pages}
    for group in strategy.groups:
        for section in strategy.sections_of(group):
            assert paths.section(group, section) in srcs
    commitment_pages = [s for s in srcs if s.startswith("delivery-plan/") and
                        not s.endswith("index.md")]
    assert len(commitment_pages) == 80


def test_delivery_plan_json_lists_every_commitment_and_action(bundle: Bundle,
                                                             strategy: Strategy) -> None:
    asset = next(a for a in bundle.assets if a.src == paths.DELIVERY_PLAN_JSON)
    data = json.loads(asset.content)
    assert len(data["commitments"]) == 80
    first = data["commitments"][0]
    assert first["ref"] == "A.1"
    assert first["url"] == "https://jhws.example.org.uk/delivery-plan/a-1/"
    assert first["sub_priority"]["id"] == "first-1001-critical-days"
    action_refs = [a["ref"] for c in data["commitments"] for a in c["actions"]]
    assert len(action_refs) == sum(len(p.actions) for p in strategy.commitments())
    assert first["actions"][0]["url"].endswith("/delivery-plan/a-1/#a-1-1")
