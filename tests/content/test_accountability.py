"""Accountability in the content: levels from the strategy's vocabulary, and a role (never a
person's contact details) accountable for each section, commitment or action."""

from __future__ import annotations

from pathlib import Path

import pytest

from plainsight_strategy.content.models import Accountability
from plainsight_strategy.core.problems import ContentError
from tests.helpers import load

LEVELS = """
accountability_levels:
  - id: do
    name: Do
    definition: A named Senior Responsible Officer, metrics and action plans.
  - id: sponsor
    name: Sponsor
    definition: A sponsor on the board and an annual highlight report.
  - id: watch
    name: Watch
    definition: A board link; escalated when needed.
"""


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text() + text)


def _with_levels(content: Path) -> None:
    _append(content / "strategy.yaml", LEVELS)


def _section_accountability(content: Path, level: str, accountable: str) -> None:
    _append(content / "sections" / "healthy-babies.yaml",
            f"accountability:\n  level: {level}\n  accountable: {accountable}\n")


def _plan_with_accountability(content: Path, commitment: str, action: str) -> None:
    (content / "delivery-plan" / "a.yaml").write_text(f"""letter: A
commitments:
  - ref: A.1
    accountability:
      {commitment}
    actions:
      - ref: A.1.1
        text: Train peer supporters. See B.1.1.
        accountability:
          {action}
      - ref: A.1.2
        text: Open baby cafes.
  - ref: A.2
""")


def _report(content: Path) -> str:
    with pytest.raises(ContentError) as caught:
        load(content)
    return caught.value.report()


def test_no_vocabulary_means_no_accountability(minimal_content: Path) -> None:
    strategy = load(minimal_content)
    assert strategy.accountability_levels == ()
    assert strategy.sections["healthy-babies"].accountability is None
    assert strategy.placed("A.1").accountability is None


def test_levels_and_blocks_are_read_into_the_models(minimal_content: Path) -> None:
    _with_levels(minimal_content)
    _section_accountability(minimal_content, "do", "Director of Public Health")
    _plan_with_accountability(
        minimal_content, "{level: sponsor, accountable: Integrated Care Board}", "{level: watch}")
    strategy = load(minimal_content)
    assert [level.id for level in strategy.accountability_levels] == ["do", "sponsor", "watch"]
    assert strategy.accountability_level("do").name == "Do"  # type: ignore[union-attr]
    assert strategy.sections["healthy-babies"].accountability == Accountability(
        level="do", accountable="Director of Public Health")
    placed = strategy.placed("A.1")
    assert placed.accountability == Accountability(level="sponsor",
                                                   accountable="Integrated Care Board")
    assert placed.actions[0].accountability == Accountability(level="watch")
    assert placed.actions[1].accountability is None


def test_a_commitments_accountability_may_be_in_its_section_file(minimal_content: Path) -> None:
    _with_levels(minimal_content)
    path = minimal_content / "sections" / "healthy-babies.yaml"
    path.write_text(path.read_text().replace(
        "    text: We will support parents with their GP.\n",
        "    text: We will support parents with their GP.\n"
        "    accountability: {level: do, accountable: Primary care networks}\n"))
    assert load(minimal_content).placed("A.2").accountability == Accountability(
        level="do", accountable="Primary care networks")


def test_unknown_level_names_file_line_value_and_known_ids(minimal_content: Path) -> None:
    _with_levels(minimal_content)
    _section_accountability(minimal_content, "doo", "Director of Public Health")
    report = _report(minimal_content)
    assert ("content/sections/healthy-babies.yaml, line 17: accountability level 'doo' is not "
            "one of the strategy's levels (expected one of do, sponsor, watch)") in report
    assert "did you mean 'do'?" in report


def test_accountability_without_a_vocabulary(minimal_content: Path) -> None:
    _section_accountability(minimal_content, "do", "Director of Public Health")
    assert ("content/sections/healthy-babies.yaml, line 16: 'accountability' is given, but "
            "strategy.yaml has no 'accountability_levels'") in _report(minimal_content)


@pytest.mark.parametrize(("accountable", "what"), [
    ("jane.smith@example.org", "an e-mail address (jane.smith@example.org)"),
    ("'Jane Smith, 0116 305 0000'", "a phone number (0116 305 0000)"),
])
def test_accountable_is_a_role_never_contact_details(minimal_content: Path, accountable: str,
                                                     what: str) -> None:
    _with_levels(minimal_content)
    _plan_with_accountability(minimal_content, "{level: do}",
                              f"{{level: do, accountable: {accountable}}}")
    assert (f"content/delivery-plan/a.yaml, line 10: 'accountable' holds {what}: name a role or "
            "an organisation, never a person's contact details") in _report(minimal_content)


def test_every_problem_at_once_and_said_once(minimal_content: Path) -> None:
    _with_levels(minimal_content)
    _append(minimal_content / "strategy.yaml",
            "  - id: do\n    name: Do again\n    definition: Twice.\n")
    path = minimal_content / "sections" / "healthy-babies.yaml"
    path.write_text(path.read_text().replace(
        "    text: We will support breastfeeding.\n",
        "    text: We will support breastfeeding.\n    accountability: {level: watch}\n"))
    _plan_with_accountability(minimal_content, "{level: do}", "{level: lead}")
    report = _report(minimal_content)
    assert "accountability level 'do' is defined twice" in report
    assert ("content/delivery-plan/a.yaml, line 4: commitment A.1 has its accountability here "
            "and in content/sections/healthy-babies.yaml") in report
    assert "accountability level 'lead' is not one of the strategy's levels" in report
