"""Easy read: the checker, the pages, and the links between each page and its twin."""

from __future__ import annotations

from pathlib import Path

import pytest

from plainsight_strategy.content import easyread
from plainsight_strategy.core.problems import ContentError, Problems
from plainsight_strategy.pipeline import Project, check, generate

ROOT = Path(__file__).resolve().parents[2]


def _project(content: Path) -> Project:
    return Project(content, content.parent / "data", ROOT / "theme")


@pytest.mark.parametrize("sentence, broken", [
    ("We will help every family in every town to find good and cheap food near home.",
     "16 words (at most 15)"),
    ("9% of people agreed.", "a percent sign"),
    ("We will plant 2500 trees.", "the number 2500 in digits"),
    ("We will plant 2,500 trees.", "the number 2,500 in digits"),
    ("The ICS will help you.", "the abbreviation ICS, not in the hard-words list"),
])
def test_checker_finds_what_breaks_the_rules(sentence: str, broken: str) -> None:
    assert any(broken in found for found in easyread.check_sentence(sentence, {"gp"}))


@pytest.mark.parametrize("sentence", [
    "About 2,500 people live here.",
    "Your GP is your family doctor.",
    "Call us on 0116 232 3232.",
    "Write to County Hall, Glenfield, LE3 8RA.",
    "9 out of 10 people agreed with our plan.",
])
def test_checker_accepts_good_easy_read(sentence: str) -> None:
    assert easyread.check_sentence(sentence, {"gp"}) == []


def test_a_line_with_two_sentences_counts_as_two() -> None:
    assert easyread.sentences("We will help. You can ask us.\nThank you.") == [
        "We will help.", "You can ask us.", "Thank you."]


def _write(content: Path, text: str) -> None:
    (content / "easy-read" / "early-years.yaml").write_text(text)


@pytest.mark.parametrize("blocks, message", [
    ("  - picture: baby\n    text: |\n      We want all the babies in our county to have a very "
     "healthy and happy start in life.\n",
     'content/easy-read/early-years.yaml, line 7: block 1: "We want all the babies'),
    ("  - picture: baby\n    text: |\n      9 in 10 babies (90%) are healthy.\n",
     "block 1: \"9 in 10 babies (90%) are healthy.\" has a percent sign"),
    ("  - picture: baby\n    text: |\n      The SEND team helps.\n",
     "has the abbreviation SEND, not in the hard-words list"),
    ("  - text: |\n      We will help.\n",
     "content/easy-read/early-years.yaml, line 5: block 1 has no picture"),
    ("  - picture: unicorn\n    text: |\n      We will help.\n",
     "content/easy-read/early-years.yaml, line 5: block 1: unknown picture 'unicorn'"),
    ("  - picture: baby\n    text: |\n      A **midwife** helps.\n",
     "block 1: hard word 'midwife' is not explained in hard-words.yaml"),
])
def test_bad_easy_read_names_file_item_and_sentence(minimal_content: Path, blocks: str,
                                                    message: str) -> None:
    _write(minimal_content, "id: early-years\ntitle: Early years\ntwin: early-years\nblocks:\n"
           + blocks)
    with pytest.raises(ContentError) as caught:
        check(_project(minimal_content))
    assert message in caught.value.report()


def test_a_misspelt_icon_in_a_sites_pictogram_list_is_found_by_check(
        minimal_content: Path) -> None:
    """A site's own pictogram list (in its theme.custom_dir) is checked as it is read: an icon
    that does not exist is a problem naming the file, the line and the icon, found by `check`
    before anything is rendered (it used to stop the build in the middle of rendering)."""
    overrides = minimal_content.parent / "overrides"
    own = overrides / "easy-read" / "pictograms.yaml"
    own.parent.mkdir(parents=True)
    packaged = (ROOT / "theme" / "easy-read" / "pictograms.yaml").read_text()
    assert "icon: material/baby-face-outline," in packaged  # the fixture's easy read shows it
    own.write_text(packaged.replace("icon: material/baby-face-outline,",
                                    "icon: material/baby-face-outlin,"))
    line = next(n for n, text in enumerate(own.read_text().splitlines(), 1)
                if "baby-face-outlin," in text)
    project = Project(minimal_content, minimal_content.parent / "data", ROOT / "theme",
                      overrides_dir=overrides)
    with pytest.raises(ContentError) as caught:
        check(project)
    [problem] = caught.value.problems
    assert (problem.file, problem.line) == (str(own), line)
    assert "pictogram 'baby': unknown icon 'material/baby-face-outlin'" in problem.message
    assert "material/baby-face-outline" in (problem.hint or "")  # the nearest icon there is
    with pytest.raises(ContentError):
        generate(project)


def test_an_icon_must_be_one_of_the_icon_files(tmp_path: Path) -> None:
    """An icon outside the icon folder is unknown, even where such a file exists."""
    icons = tmp_path / "icons"
    (icons / "set").mkdir(parents=True)
    (icons / "set" / "star.svg").write_text("<svg/>")
    (tmp_path / "outside.svg").write_text("<svg/>")
    listed = tmp_path / "pictograms.yaml"
    listed.write_text("pictograms:\n  star: {icon: set/star, alt: A star}\n"
                      "  away: {icon: ../outside, alt: Away}\n")
    problems = Problems()
    found = easyread.load_pictograms(listed, icons, problems)
    assert set(found) == {"star", "away"}
    assert [(p.line, p.message) for p in problems] == [
        (3, "pictogram 'away': unknown icon '../outside'")]


def test_easy_read_pages_and_links_both_ways(minimal_content: Path) -> None:
    bundle = generate(_project(minimal_content))
    home = bundle.page("easy-read/index.md").markdown
    assert "[Full version of this page](../index.md)" in home
    assert "<strong>GP</strong>" in home
    assert 'role="img" aria-label="A book"' in home or 'role="img" aria-label=' in home
    stage = bundle.page("easy-read/early-years.md").markdown
    assert "[Full version of this page](../early-years/index.md)" in stage
    # full pages link to their twin, or to the nearest easy-read page
    assert "[Easy read version of this page](../easy-read/early-years.md)" in \
        bundle.page("early-years/index.md").markdown
    assert "[Easy read version of this page](../easy-read/early-years.md)" in \
        bundle.page("early-years/healthy-babies.md").markdown
    assert "[Easy read version of this page](../easy-read/early-years.md)" in \
        bundle.page("delivery-plan/a-1.md").markdown
    assert "[Easy read version of this page](easy-read/index.md)" in \
        bundle.page("index.md").markdown
    assert "[Easy read version of this page](easy-read/hard-words.md)" in \
        bundle.page("glossary.md").markdown
    hard = bundle.page("easy-read/hard-words.md").markdown
    assert '<dt id="gp">GP</dt>' in hard and "[Full version: glossary](../glossary.md)" in hard
