"""Regression tests for six faults the first progress-page tests found, each now fixed:
easy-read sentences the easy-read check refuses ("2022" in digits, "1 parts", paused work
counted as not started), the plan's own plural ("areas of work"), list items run together
after a line ending in a block tag, next steps written as a list, and a claim about items at
a level that has none. Figures counted by hand, as in test_progress_pages.py."""

from __future__ import annotations

import re
from pathlib import Path

from plainsight_strategy.content.easyread import check_sentence
from tests.site import test_progress_pages as built

two, three = built.two, built.three  # the fixture's builds, with two and with three reports
article, easy_sentences, items = built.article, built.easy_sentences, built.items
page, part, text = built.page, built.part, built.text


def test_every_easy_read_sentence_passes_the_easy_read_check(two: Path,
                                                              children_and_families_site: Path
                                                              ) -> None:
    """"We wrote a report on 26 May 2022." has the year in digits, which the project's own
    check refuses ("the number 2022 in digits"); and "1 parts" is said for one."""
    for site in (two, children_and_families_site):
        said = easy_sentences(page(site, "/easy-read/how-are-we-doing/"))
        assert len(said) >= 7
        problems = {s: check_sentence(s, set()) for s in said}
        assert {s: p for s, p in problems.items() if p} == {}
        assert not [s for s in said if re.search(r"\b1 parts\b", s)]


def test_the_rollup_says_the_plans_own_plural(children_and_families_site: Path) -> None:
    """The example calls a commitment an "area of work" (plural "areas of work"); the roll-up
    adds an "s" to the singular: "The plan has 18 area of works", "Area of works by stage"."""
    summary = part(page(children_and_families_site, "/progress/"), "summary")
    words = text(summary)
    assert "The plan has 18 areas of work." in words
    assert "5 areas of work had no update in this report." in words
    assert "Areas of work by stage in this report (table)" in words
    assert "area of works" not in words.lower()


def test_each_listed_item_is_its_own_list_item(three: Path) -> None:
    """The "no update" list and the "Every report" list: an item whose line ends in an
    `{% endif %}` runs into the next one, so two items become one <li> ("... See B.1.1.- A.2:
    ...")."""
    missing = items(part(page(three, "/progress/2022-05-26/"), "no-update"))
    assert missing == ["A.1.1: Train peer supporters. See B.1.1.",
                       "A.2: We will support parents with their GP."]
    reports = items(part(page(three, "/progress/"), "reports"))
    assert reports == ["Report to the Board, 25 August 2022 (this page, also kept at its own "
                       "address)", "Report to the Board, 26 May 2022",
                       "Report to the Board, 24 February 2022"]


def test_next_steps_written_as_a_list_are_a_list(children_and_families_site: Path) -> None:
    """Next steps are Markdown; the example writes them as a list ("- Delivery of ..."). The
    template puts them on the line of "**Next steps:**", so the list is a paragraph with a
    literal "- " and C.4's two steps run together."""
    updates = part(page(children_and_families_site, "/progress/"), "updates")
    assert "<strong>Next steps:</strong> - " not in updates
    c4 = updates[updates.index('id="update-c-4-2022-02-24"'):]
    c4 = c4[:c4.index("<h4", 10)]
    steps = items(c4[c4.index("Next steps"):])
    assert len(steps) == 2
    assert steps[0].startswith("Delivery of 3 workshops in March 2022")
    assert steps[1].startswith("Delivery of Relationships Matter Reducing Parental Conflict")


def test_easy_read_does_not_count_paused_work_as_not_started(two: Path) -> None:
    """As of 26 May 2022 nothing is "not started" (A.2 has no update in that report) and C.1
    is paused; the page says "We have not started 1 parts yet.", adding the paused to the
    not started, and "Some parts are on hold." whether or not any is."""
    said = " ".join(easy_sentences(page(two, "/easy-read/how-are-we-doing/")))
    assert not re.search(r"We have not started \d+ parts? yet", said)
    assert re.search(r"\b1 part\b.*\bon hold\b", said)


def test_no_claim_that_every_item_at_the_level_was_updated_when_there_are_none(
        children_and_families_site: Path) -> None:
    """The example's plan puts nothing at Do (every accountability is Sponsor), yet /progress/
    says "This report has an update for every one of them." under "Do items with no update"."""
    site = children_and_families_site
    assert not [p for p in site.rglob("*.html") if "Accountability: <strong>Do</strong>"
                in p.read_text()]
    source = page(site, "/progress/")
    words = text(article(source))
    assert "This report has an update for every one of them." not in words
