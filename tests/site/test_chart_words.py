"""The charts' words are the theme's _chart_words.md: a site that customises it sees its own
wording in the captions, the SVG descriptions and the pages' "too few" sentences, even when
the charts were drawn and cached before the wording changed."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from plainsight_strategy.build import build
from plainsight_strategy.cli import main
from tests.site.test_small_base import small_project

OURS = "that is too few to give a percentage"
THEIRS = "which is not enough for a percentage"
DRAWN, REDRAWN = "Diverging bar chart:", "Bars either side of a line:"


def test_a_customised_wording_reaches_captions_descriptions_and_pages(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = small_project(tmp_path / "project")
    build(root / "mkdocs.yml", root / "site")  # charts drawn and cached in the packaged words
    results = root / "site" / "consultation" / "results" / "index.html"
    assert OURS in unescape(results.read_text())

    monkeypatch.chdir(root)
    assert main(["customise", "_chart_words"]) == 0
    copy = root / "overrides" / "plainsight" / "_chart_words.md"
    assert OURS in copy.read_text()
    copy.write_text(copy.read_text().replace(OURS, THEIRS).replace(DRAWN, REDRAWN))
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace("  font: false\n",
                                                 "  font: false\n  custom_dir: overrides\n"))
    build(root / "mkdocs.yml", root / "site")

    page = unescape(results.read_text())
    assert OURS not in page and DRAWN not in page
    captions = re.findall(r"<figcaption>(.*?)</figcaption>", page, re.S)
    assert captions and all(THEIRS in c for c in captions if "answered" in c)
    assert sum(THEIRS in c for c in captions) >= 2
    descriptions = re.findall(r"<desc[^>]*>(.*?)</desc>", page, re.S)
    assert sum(d.startswith(REDRAWN) for d in descriptions) >= 2  # redrawn, not the cached
    assert THEIRS in unescape((root / "site" / "index.html").read_text())  # _figures.md's too_few
