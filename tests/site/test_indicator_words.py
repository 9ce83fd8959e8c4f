"""The performance indicators' words are the theme's _indicator_words.md: a site that
customises it sees its own wording in the charts' captions and SVG descriptions, the tables'
headers, each value's comparison and the CSVs' documentation, even when the indicator figures
were drawn and cached before the wording changed."""

from __future__ import annotations

import json
import re
import shutil
from html import unescape
from pathlib import Path

import pytest

from plainsight_strategy.build import build
from plainsight_strategy.cli import main
from plainsight_strategy.indicators.model import Indicator, Value
from plainsight_strategy.site.indicator_words import IndicatorWords
from plainsight_strategy.site.templating import environment, packaged_theme

ROOT = Path(__file__).resolve().parents[2]
# (the packaged words, a site's own) for each place the words reach
CAPTION = ("latest value is lower than", "latest figure is under")
HEADER = ("Rank among similar areas", "Place among neighbours")
COMPARED = ("Fingertips' comparison with England", "England's test by Fingertips")
DESCRIBED = ("The indicator's stable id;", "A name for the indicator that does not change;")
DRAWN = ("Spine chart, one row per indicator", "Rows of indicators, one scale each")
TREND = ("Line charts, one per indicator", "A line for each indicator")
SECTION = "early-years/healthy-babies/index.html"
METADATA = "open-data/indicators-healthy-babies.csv-metadata.json"


def _project(root: Path) -> Path:
    """The minimal fixture with the Fingertips download: intervals, ranks, trends."""
    shutil.copytree(ROOT / "tests" / "fixtures" / "minimal", root)
    shutil.copytree(ROOT / "tests" / "fixtures" / "fingertips" / "indicators",
                    root / "data" / "indicators")
    return root


def _reworded(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`plainsight customise _indicator_words`, then each packaged phrase replaced."""
    monkeypatch.chdir(root)
    assert main(["customise", "_indicator_words"]) == 0
    copy = root / "overrides" / "plainsight" / "_indicator_words.md"
    text = copy.read_text()
    for ours, theirs in (CAPTION, HEADER, COMPARED, DESCRIBED, DRAWN, TREND):
        assert ours in text
        text = text.replace(ours, theirs)
    copy.write_text(text)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace("  font: false\n",
                                                 "  font: false\n  custom_dir: overrides\n"))


def _said(site: Path) -> dict[str, str]:
    """Where each kind of word is shown: captions, table headers, cells, <desc>s, CSV docs."""
    page = unescape((site / SECTION).read_text())
    described = json.loads((site / METADATA).read_text())["tableSchema"]["columns"]
    return {
        "captions": " ".join(re.findall(r"<figcaption>(.*?)</figcaption>", page, re.S)),
        "headers": " ".join(re.findall(r"<th scope=\"col\"[^>]*>(.*?)</th>", page)),
        "cells": " ".join(re.findall(r"<td[^>]*>(.*?)</td>", page)),
        "descriptions": " ".join(re.findall(r"<desc[^>]*>(.*?)</desc>", page, re.S)),
        "metadata": " ".join(c.get("dc:description", "") for c in described),
        "open data": unescape((site / "open-data" / "index.html").read_text()),
    }


def test_a_customised_wording_reaches_captions_tables_charts_and_csvs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _project(tmp_path / "project")
    site = build(root / "mkdocs.yml", root / "site")  # figures cached in the packaged words
    assert (root / ".cache" / "plainsight" / "indicator-figures").is_dir()
    said = _said(site)
    places = {"captions": CAPTION, "headers": HEADER, "cells": COMPARED,
              "descriptions": DRAWN, "metadata": DESCRIBED, "open data": DESCRIBED}
    for where, (ours, _) in places.items():
        assert ours in said[where], where
    assert TREND[0] in said["descriptions"]

    _reworded(root, monkeypatch)
    said = _said(build(root / "mkdocs.yml", root / "site"))
    for where, (ours, theirs) in places.items():
        assert theirs in said[where] and ours not in said[where], where
    # redrawn, not the cached drawings: both charts' <desc>s (wide and narrow) say it
    assert said["descriptions"].count(DRAWN[1]) == 2
    assert said["descriptions"].count(TREND[1]) == 2 and TREND[0] not in said["descriptions"]
    everything = unescape((site / "indicators" / "index.html").read_text())
    assert COMPARED[1] in everything and COMPARED[0] not in everything  # /indicators/ too


def test_python_passes_numbers_and_flags_the_template_words_them(tmp_path: Path) -> None:
    """A site's own template decides every word, the comparison's included."""
    mine = tmp_path / "theme" / "plainsight"
    mine.mkdir(parents=True)
    text = (packaged_theme() / "plainsight" / "_indicator_words.md").read_text()
    reworded = text.replace('_("Higher than %(benchmark)s: a better',
                            '_("Above %(benchmark)s: a better')
    assert reworded != text
    mine.joinpath("_indicator_words.md").write_text(reworded)
    words = IndicatorWords(environment([mine, packaged_theme() / "plainsight"]))
    value = Value("Persons", "All ages", "2020", (1,), 4.0, "4", polarity="High",
                  comparator=3.0, comparator_shown="3")
    item = Indicator("x", "", "Thing", "s", "", "f.csv", "England", (value,))
    assert words.compared(value, item) == ("Above England: a better value, as higher is better "
                                           "(a comparison of values, not a test)")
    assert IndicatorWords.packaged().compared(value, item).startswith("Higher than England")
    assert words.source != IndicatorWords.packaged().source  # so the figures are redrawn
