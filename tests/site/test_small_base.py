"""Small surveys: below `disclosure.min_base_for_percent` every page, chart caption, note and
table says how many answered and that this is too few for a percentage, and nothing anywhere
shows a missing value ("None%"). Built for real, from the minimal fixture with 8 answers."""

from __future__ import annotations

import json
import re
import shutil
from html import unescape
from pathlib import Path

import pytest

from plainsight_strategy.build import build
from plainsight_strategy.core.problems import ContentError
from plainsight_strategy.pipeline import Project, check
from plainsight_strategy.site.templating import environment
from tests.conftest import MINIMAL, ROOT

# 8 people answered the vision question (6 agreed), 7 the early-years one (1 blank).
EXPORT = """\
ID,How,Vision,Early years,Heard,Comments,Publish,Area
R001,Website,Very important,Very important,Leaflet,,,North
R002,Website,Very important,Very important,Leaflet,,,North
R003,Website,Very important,Quite important,Leaflet,,,North
R004,Website,Very important,Quite important,Leaflet,,,North
R005,Website,Quite important,Quite important,Leaflet,,,North
R006,Website,Quite important,Not very important,Radio,,,South
R007,Website,Not very important,Not at all important,Radio,,,South
R008,Website,Not at all important,,Radio,,,South
"""
HEARD = """\
  - id: heard
    label: Heard
    wording: Where did you hear about the survey?
    type: single_choice
    column: Heard
    options: [Leaflet, Radio]
"""
RULE = "(we give percentages when at least 10 answer)"


def small_project(root: Path) -> Path:
    """The minimal fixture with the 8-answer export and a single-choice question."""
    shutil.copytree(MINIMAL, root)
    (root / "data" / "consultation" / "responses.csv").write_text(EXPORT)
    survey = root / "content" / "consultation" / "survey.yaml"
    survey.write_text(survey.read_text().replace("  - id: comments\n", HEARD +
                                                 "  - id: comments\n"))
    return root


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = small_project(tmp_path_factory.mktemp("small") / "project")
    return build(root / "mkdocs.yml", root / "site")


def _read(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text()


def _text(html: str) -> str:
    """What a reader sees: tags and SVG markup removed, spaces tidied."""
    html = re.sub(r"<svg.*?</svg>", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", "", html)).split())


def _figure(html: str, chart_id: str) -> str:
    found = re.search(rf'<figure class="ps-chart" id="{chart_id}">(.*?)</figure>'
                      rf'(.*?)<p class="ps-download">', html, re.S)
    assert found, chart_id
    return found.group(0)


def test_home_and_stage_pages_say_how_many_answered(site: Path) -> None:
    home = _text(_read(site, ""))
    assert ("In the consultation, 8 people answered the question about the vision; that is "
            f"too few to give a percentage {RULE}. See what people said.") in home
    stage = _text(_read(site, "early-years"))
    assert ("In the consultation, 7 people answered the question about Early Years; that is "
            f"too few to give a percentage {RULE}. See the results.") in stage


def test_results_page_says_how_many_answered_each_question(site: Path) -> None:
    results = _text(_read(site, "consultation/results"))
    assert (f"8 people answered; that is too few to give a percentage {RULE}. The chart and "
            "table below give the number of people who chose each answer about the vision. "
            "0 left it blank.") in results
    assert (f"7 people answered; that is too few to give a percentage {RULE}. The chart and "
            "table below give the number of people who chose each answer about Early Years. "
            "1 left it blank.") in results
    assert "% of the" not in results


def test_a_questions_chart_is_drawn_in_people(site: Path) -> None:
    html = _read(site, "consultation/results")
    vision = _figure(html, "answers-vision")
    caption = _text(re.search(r"<figcaption>(.*?)</figcaption>", vision, re.S).group(1))
    assert caption == (f"Answers about Vision. 8 people answered; that is too few to give a "
                       f"percentage {RULE}. 6 of them agreed with Vision.")
    svg_text = re.findall(r"<text[^>]*>([^<]*)</text>", vision)
    assert "Disagreed (people) | Agreed (people)" in svg_text
    assert "Very important: 4" in svg_text  # the narrow rendition's label, in people
    assert not [t for t in svg_text if "%" in t], svg_text
    assert "the number of people who agreed extends right" in vision  # the description
    assert "The numbers on the bars are people, not percentages" in vision  # the note
    assert ('<td class="ps-num">4</td><td class="ps-num">2</td><td class="ps-num">1</td>'
            '<td class="ps-num">1</td><td class="ps-num">0</td><td class="ps-num">0</td>'
            '<td class="ps-num">8</td>') in vision


def test_the_ranking_draws_no_bar_and_says_why(site: Path) -> None:
    ranking = _figure(_read(site, "consultation"), "agreement-ranking")
    text = _text(ranking)
    assert (f"Too few people answered these questions to give a percentage {RULE}. How many "
            "answered: Vision, 8 people; Early Years, 7 people.") in text
    assert ("Not in the chart and no percentage in the table, because too few people answered "
            "to give one: Vision (8 people answered), Early Years (7 people answered).") in text
    # in the table with the counts and an empty %, never drawn as a 0% bar
    assert ('<th scope="row">Vision</th><td class="ps-num">6</td><td class="ps-num">8</td>'
            '<td></td>') in ranking  # a column with no percentage at all is not numeric
    svg_text = re.findall(r"<text[^>]*>([^<]*)</text>", ranking)
    assert not [t for t in svg_text if t.endswith("%") or "Vision" in t], svg_text
    assert "Not shown, too few answers for a percentage: Vision (8 people answered)" in ranking


def test_choice_and_breakdown_say_too_few_in_caption_and_notes(site: Path) -> None:
    html = _read(site, "consultation")
    heard = _text(_figure(html, "question-heard"))
    assert (f"Where did you hear about the survey? 8 people answered; that is too few to give "
            f"a percentage {RULE}.") in heard
    assert (f"Percentages are not shown: 8 people answered; that is too few to give a "
            f"percentage {RULE}.") in heard
    area = _text(_figure(html, "breakdown-area"))
    assert f"Percentages are not shown: 8 people answered; that is too few to give a " \
           f"percentage {RULE}." in area


def test_no_file_of_the_site_shows_a_missing_value(site: Path) -> None:
    checked = 0
    for path in site.rglob("*"):
        if path.suffix in (".html", ".json", ".csv", ".xml", ".txt", ".md"):
            text = path.read_text(errors="ignore")
            checked += 1
            assert "None%" not in text and ">None<" not in text, path
            if path.suffix == ".html":
                assert "None" not in _text(text), path
    assert checked > 20


def test_the_too_few_words_for_one_person_and_for_nobody() -> None:
    macro = environment([ROOT / "theme" / "plainsight"]).get_template(
        "_figures.md").module.too_few  # type: ignore[attr-defined]
    assert str(macro(1, 10)) == ("1 person answered; that is too few to give a percentage "
                                 "(we give percentages when at least 10 answer).")
    assert str(macro(0, 10, " about the vision")) == (
        "Nobody answered about the vision, so there is no percentage to give.")


EASY_AGREEMENT = """\
id: early-years
title: Early years
twin: early-years
blocks:
  - picture: baby
    text: |
      We want babies to have a healthy start.
  - agreement: vision
"""


def test_an_easy_read_agreement_block_needs_enough_answers(tmp_path: Path) -> None:
    root = small_project(tmp_path / "project")
    (root / "content" / "easy-read" / "early-years.yaml").write_text(EASY_AGREEMENT)
    with pytest.raises(ContentError) as caught:
        check(Project(root / "content", root / "data", ROOT / "theme"))
    found = [p for p in caught.value.problems if "agreement:" in p.message]
    assert [str(p) for p in found] == [
        "content/easy-read/early-years.yaml, line 8: block 2: 'agreement: vision' - only 8 "
        "people answered the question 'vision', too few to say how many out of 10 agreed (it "
        "needs at least 10, the survey's min_base_for_percent)\n"
        "    hint: remove the block, or say in words how many people answered"]


def test_the_same_block_is_fine_with_enough_answers(tmp_path: Path) -> None:
    shutil.copytree(MINIMAL, tmp_path / "project")
    root = tmp_path / "project"
    (root / "content" / "easy-read" / "early-years.yaml").write_text(EASY_AGREEMENT)
    check(Project(root / "content", root / "data", ROOT / "theme"))  # 16 answered: no problem


def test_a_survey_without_dates_builds(tmp_path: Path) -> None:
    root = tmp_path / "project"
    shutil.copytree(MINIMAL, root)
    survey = root / "content" / "consultation" / "survey.yaml"
    text = survey.read_text()
    dates = "dates:\n  start: 2025-01-06\n  end: 2025-02-28\n"
    assert dates in text
    survey.write_text(text.replace(dates, ""))
    site = build(root / "mkdocs.yml", root / "site")
    about = _text(_read(site, "consultation"))
    assert "ran from" not in about and "None" not in about
    assert "About the consultation 60 people took part: 20 answered the survey and 40 took " \
           "part in street stalls." in about
    data = json.loads((site / "open-data" / "consultation.json").read_text())
    assert (data["start"], data["end"]) == (None, None)
    for path in site.rglob("*.html"):
        assert "None" not in _text(path.read_text()), path
