"""Every bad easy-read `agreement:` block is reported in one run, each with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from plainsight_strategy.core.problems import ContentError
from plainsight_strategy.pipeline import Project, check
from tests.conftest import ROOT

BAD_BLOCKS = """\
id: early-years
title: Early years
twin: early-years
blocks:
  - picture: baby
    text: |
      We want babies to have a healthy start.
  - agreement: nothing-asks-about-this
  - picture: baby
    text: |
      We will help mothers to breastfeed.
  - agreement: no-such-item
  - agreement: early-years
  - agreement: another-unknown-item
"""


def test_every_bad_agreement_block_in_one_run(minimal_content: Path) -> None:
    page = minimal_content / "easy-read" / "early-years.yaml"
    page.write_text(BAD_BLOCKS)
    with pytest.raises(ContentError) as caught:
        check(Project(minimal_content, minimal_content.parent / "data", ROOT / "theme"))
    found = [p for p in caught.value.problems if "agreement:" in p.message]
    assert [(p.file, p.line) for p in found] == [
        ("content/easy-read/early-years.yaml", 8), ("content/easy-read/early-years.yaml", 12),
        ("content/easy-read/early-years.yaml", 14)], [str(p) for p in found]
    text = caught.value.report()
    for item in ("nothing-asks-about-this", "no-such-item", "another-unknown-item"):
        assert f"'agreement: {item}'" in text
    assert "'agreement: early-years'" not in text  # a question asks about it
