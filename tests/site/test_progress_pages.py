"""The progress pages as built by MkDocs: /progress/, /progress/<date>/, the status and dated
updates on commitment and section pages, the accountability levels on the delivery plan and
the easy-read "How are we doing?" page.

Every expected figure below is counted by hand from the reports written here (or from the
children-and-families example's YAML), never taken from the code under test.

The fixture: tests/fixtures/minimal (commitments A.1 and A.2 in Healthy Babies, B.1 in Ready
for School, C.1 in Mental Health; actions A.1.1, A.1.2, B.1.1, C.1.1) with accountability
levels Do (A.1, A.1.1, A.2) and Watch (C.1), and these reports:

    2022-02-24  A.1 in progress, amber, due 2022-12-31, a metric line; A.2 not started, due
                2022-04-30; B.1 in progress, green
    2022-05-26  new action A.1.9 under A.1 (in progress); A.1 in progress, red (a metric
                line, a forecast); B.1 complete; C.1 paused, due 2022-03-31
    2022-08-25  (added for the archive test) A.1 complete; A.2 in progress, amber; A.1.1
                stopped

As of 26 May 2022 (two reports): commitments in progress 1 (A.1), complete 1 (B.1),
paused 1 (C.1), no update 1 (A.2), out of 4. Changed: B.1 in progress -> complete (finished),
A.1 amber -> red, new action A.1.9, first reported A.1.9 and C.1. Overdue: C.1 (due 31 March,
paused), then A.2 (due 30 April, not started). Do items with no update: A.1.1 and A.2.
"""

from __future__ import annotations

import html
import re
import shutil
import textwrap
from pathlib import Path

import pytest

from plainsight_strategy.build import build
from tests.browser import crawl
from tests.conftest import MINIMAL

# /progress/ links to the progress CSV and feeds, which another branch is adding (not tested
# here): until they are on main those links lead nowhere, so the link checks leave them out.
ELSEWHERE = re.compile(r"(open-data/progress\.csv|progress/feed\.(xml|json)|progress/feeds/)")


def broken(site: Path, base: str = "/") -> list[str]:
    return [b for b in crawl.broken_links(site, base) if not ELSEWHERE.search(b.split(" -> ")[-1])]


STAGE_COLUMNS = ["Not started", "In progress", "Complete", "Paused", "Stopped",
                 "No update this time", "Total"]

LEVELS = """
accountability_levels:
  - {id: do, name: Do, definition: Reported at every meeting of the board.}
  - {id: watch, name: Watch, definition: Raised with the board only when needed.}
"""

PLAN_A = """
letter: A
indicators:
  - Breastfeeding at 6-8 weeks
commitments:
  - ref: A.1
    accountability: {level: do, accountable: Director of Public Health}
    actions:
      - ref: A.1.1
        text: Train peer supporters. See B.1.1.
        accountability: {level: do}
      - ref: A.1.2
        text: Open baby cafes.
    notes: []
  - ref: A.2
    accountability: {level: do}
    actions: []
    notes:
      - See A.1.
"""

PLAN_C = """
letter: C
commitments:
  - ref: C.1
    accountability: {level: watch}
    actions:
      - ref: C.1.1
        text: Recruit mental health workers. Link to A.2.
"""

FEBRUARY = """
date: 2022-02-24
title: Report to the Board, 24 February 2022
paper: https://example.org/papers/2022-02-24.pdf
updates:
  - ref: A.1
    stage: in_progress
    confidence: amber
    update: Peer supporters recruited in two towns.
    due: 2022-12-31
    metrics:
      - {measure: Breastfeeding at 6-8 weeks, target: "50%", actual: "44%", rating: amber,
         commentary: Below target.}
  - ref: A.2
    stage: not_started
    update: Waiting for GP partners.
    due: 2022-04-30
  - ref: B.1
    stage: in_progress
    confidence: green
    update: Library cards printed.
"""

MAY = """
date: 2022-05-26
title: Report to the Board, 26 May 2022
new_actions:
  - {ref: A.1.9, under: A.1, title: Support early years professionals.}
updates:
  - ref: A.1
    stage: in_progress
    confidence: red
    update: Two baby cafes closed this spring.
    next_steps: Reopen both cafes by September.
    metrics:
      - {measure: Breastfeeding at 6-8 weeks, target: "50%", forecast: "41%", rating: red,
         commentary: Falling.}
  - ref: A.1.9
    stage: in_progress
    update: A trainer has been appointed.
  - ref: B.1
    stage: complete
    update: Every family has a library card.
  - ref: C.1
    stage: paused
    update: Waiting for funding.
    due: 2022-03-31
"""

AUGUST = """
date: 2022-08-25
title: Report to the Board, 25 August 2022
updates:
  - {ref: A.1, stage: complete, update: Both cafes are open again.}
  - {ref: A.2, stage: in_progress, confidence: amber, update: GP partners signed up.}
  - {ref: A.1.1, stage: stopped, update: Replaced by A.1.9.}
"""


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


def _project(root: Path, reports: dict[str, str]) -> Path:
    """A copy of the minimal fixture with the levels, the plan above and these reports."""
    shutil.copytree(MINIMAL, root)
    strategy = root / "content" / "strategy.yaml"
    strategy.write_text(strategy.read_text() + LEVELS)
    _write(root / "content" / "delivery-plan" / "a.yaml", PLAN_A)
    _write(root / "content" / "delivery-plan" / "c.yaml", PLAN_C)
    for name, text in reports.items():
        _write(root / "content" / "progress" / "reports" / name, text)
    return root / "mkdocs.yml"


@pytest.fixture(scope="module")
def two(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture built with the February and May reports."""
    root = tmp_path_factory.mktemp("two")
    config = _project(root / "project", {"2022-02-24.yaml": FEBRUARY, "2022-05-26.yaml": MAY})
    return build(config, root / "site")


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same, with the August report added."""
    root = tmp_path_factory.mktemp("three")
    config = _project(root / "project", {"2022-02-24.yaml": FEBRUARY, "2022-05-26.yaml": MAY,
                                         "2022-08-25.yaml": AUGUST})
    return build(config, root / "site")


# ---- reading the built pages ----

def page(site: Path, url: str) -> str:
    path = site / url.strip("/") / "index.html"
    assert path.exists(), f"no page at {url}"
    return path.read_text()


def article(source: str) -> str:
    start = source.index("<article")
    return source[start:source.index("</article>", start)]


def text(fragment: str) -> str:
    """Visible words of some HTML: tags dropped, entities decoded, spaces collapsed."""
    fragment = re.sub(r"<svg.*?</svg>", " ", fragment, flags=re.S)
    fragment = re.sub(r"</?(a|strong|em|abbr|span|code)\b[^>]*>", "", fragment)  # inline
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment))).strip()


def part(source: str, heading_id: str) -> str:
    """The HTML from the h2 with this id up to the next h2 (or the end of the article)."""
    body = article(source)
    match = re.search(rf'<h2 id="{re.escape(heading_id)}"', body)
    assert match, f"no <h2 id={heading_id!r}>"
    end = body.find("<h2", match.end())
    return body[match.start(): end if end != -1 else len(body)]


def items(fragment: str) -> list[str]:
    """The text of each list item in some HTML."""
    return [text(li) for li in re.findall(r"<li>(.*?)</li>", fragment, flags=re.S)]


def table(fragment: str) -> tuple[list[str], dict[str, list[int]]]:
    """(column headings, {row heading: numbers}) of the first table."""
    found = re.search(r"<table.*?</table>", fragment, flags=re.S)
    assert found, "no table"
    head = [text(th) for th in re.findall(r"<th scope=\"col\"[^>]*>(.*?)</th>", found.group(0))]
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", found.group(0), flags=re.S):
        name = re.search(r"<th scope=\"row\">(.*?)</th>", row, flags=re.S)
        if name:
            rows[text(name.group(1))] = [int(text(td)) for td in re.findall(r"<td[^>]*>(.*?)</td>",
                                                                          row, flags=re.S)]
    return head, rows


def ids(source: str) -> list[str]:
    return re.findall(r'\sid="([^"]+)"', source)


def menu(source: str) -> list[str]:
    """The words of every entry of the site's menu on a page."""
    return [text(a) for a in re.findall(r'<a [^>]*class="md-nav__link[^"]*"[^>]*>(.*?)</a>',
                                        source, flags=re.S)]


def easy_sentences(source: str) -> list[str]:
    body = article(source)
    return [text(p) for p in re.findall(r"<p>(.*?)</p>",
                                        body[body.index('class="ps-easy-read"'):], flags=re.S)]


# ---- /progress/ on the fixture ----

def test_progress_page_names_the_latest_report_and_its_date(two: Path) -> None:
    words = text(article(page(two, "/progress/")))
    assert words.startswith("Progress ")
    # the date is in the title, so it is not said twice
    assert "as reported in the Report to the Board, 26 May 2022." in words
    assert "24 February 2022" not in text(part(page(two, "/progress/"), "summary"))


def test_rollup_counts_by_stage_and_section_with_no_update_this_time(two: Path) -> None:
    source = page(two, "/progress/")
    summary = part(source, "summary")
    assert ("The plan has 4 commitments. In this report: 1 in progress, 1 complete, 1 paused; "
            "1 commitment had no update in this report.") in text(summary)
    head, rows = table(summary)
    assert head[1:] == STAGE_COLUMNS
    #                      not started, in progress, complete, paused, stopped, no update, total
    assert rows == {"Healthy Babies": [0, 1, 0, 0, 0, 1, 2],
                    "Ready for School": [0, 0, 1, 0, 0, 0, 1],
                    "Mental Health": [0, 0, 0, 1, 0, 0, 1],
                    "All": [0, 1, 1, 1, 0, 1, 4]}
    for name, numbers in rows.items():  # each row's stages add up to its total
        assert sum(numbers[:-1]) == numbers[-1], name
    assert '"No update this time" means this report says nothing about that commitment' in \
        text(summary)


def test_what_changed_since_the_last_report(two: Path) -> None:
    changes = part(page(two, "/progress/"), "changes")
    words = text(changes)
    assert "What changed since the last report" in words
    assert "Compared with the Report to the Board, 24 February 2022 (24 February 2022)" in words
    listed = items(changes)
    assert "B.1: We will help families read with children." in listed  # finished
    assert "B.1: from in progress (24 February 2022) to complete" in listed
    assert "A.1: from Amber to Red" in listed
    assert "A.1.9: Support early years professionals. (under A.1)" in listed
    assert "Reported on for the first time: A.1.9, C.1." in words
    # A.1 stayed in progress: it did not change stage
    assert not any(item.startswith("A.1: from in progress") for item in listed)


def test_what_is_overdue_earliest_due_first(two: Path) -> None:
    overdue = part(page(two, "/progress/"), "overdue")
    assert items(overdue) == [
        "C.1: due 31 March 2022; paused (updated 26 May 2022)",
        "A.2: due 30 April 2022; not started (updated 24 February 2022)"]
    # A.1 is due on 31 December 2022, after the report: not overdue
    assert "A.1:" not in text(overdue)


def test_the_first_levels_items_with_no_update_are_named(two: Path) -> None:
    missing = part(page(two, "/progress/"), "no-update")
    words = text(missing)
    assert words.startswith("Do items with no update")
    assert "should be reported on at every meeting (what the levels mean)" in words
    assert 'href="../delivery-plan/#accountability"' in missing
    assert "A.1.1" in words and "A.2" in words
    assert "A.1:" not in words and "C.1" not in words  # A.1 was updated; C.1 is Watch
    assert words.index("A.1.1") < words.index("A.2")  # the plan's order


def test_every_update_of_the_report_with_its_anchor_and_status_in_words(two: Path) -> None:
    updates = part(page(two, "/progress/"), "updates")
    assert [i for i in ids(updates) if i.startswith("update-")] == [
        "update-a-1-2022-05-26", "update-a-1-9-2022-05-26", "update-b-1-2022-05-26",
        "update-c-1-2022-05-26"]
    assert [text(h) for h in re.findall(r"<h3[^>]*>(.*?)</h3>", updates, flags=re.S)] == [
        "Healthy Babies", "Ready for School", "Mental Health"]
    statuses = [text(s) for s in re.findall(r'<p class="ps-status">(.*?)</p>', updates,
                                            flags=re.S)]
    assert statuses == ["In progress; confidence: Red. All updates on A.1",
                        "In progress. All updates on A.1.9",
                        "Complete. All updates on B.1",
                        "Paused. Due 31 March 2022. All updates on C.1"]
    words = text(updates)
    assert "Two baby cafes closed this spring." in words
    assert "Next steps: Reopen both cafes by September." in words
    assert "Breastfeeding at 6-8 weeks 50% 41% (forecast) Red Falling." in words


def test_links_to_update_anchors_resolve(two: Path) -> None:
    checked = 0
    for url in ("/progress/", "/progress/2022-02-24/", "/progress/2022-05-26/"):
        links = crawl.parse(two / url.strip("/") / "index.html").links
        for link in links:
            if "#update-" not in link:
                continue
            target, anchor = link.split("#")
            path = (two / url.strip("/") / target / "index.html").resolve()
            assert path.exists(), f"{url}: {link}"
            assert anchor in crawl.parse(path).ids, f"{url}: {link} -> no #{anchor}"
            checked += 1
    assert checked >= 15
    assert broken(two) == []


# ---- each report kept at its own address ----

def test_each_report_has_its_own_page(two: Path) -> None:
    february = text(article(page(two, "/progress/2022-02-24/")))
    assert "This is an earlier report, kept as it was." in february
    assert "as reported in the Report to the Board, 24 February 2022" in february
    assert "What changed since the plan was agreed" in february
    # as of February: A.1 and B.1 in progress, A.2 not started, C.1 no update
    _, rows = table(part(page(two, "/progress/2022-02-24/"), "summary"))
    assert rows["All"] == [1, 2, 0, 0, 0, 1, 4]
    # nothing was due before 24 February 2022
    assert "Nothing is overdue" in text(part(page(two, "/progress/2022-02-24/"), "overdue"))
    may = page(two, "/progress/2022-05-26/")  # the latest, also at its own address
    assert text(part(may, "updates")) == text(part(page(two, "/progress/"), "updates"))


def test_an_older_reports_page_stays_as_it_was_when_a_newer_one_is_added(
        two: Path, three: Path) -> None:
    for url in ("/progress/2022-02-24/", "/progress/2022-05-26/"):
        before, after = page(two, url), page(three, url)
        for heading in ("summary", "changes", "overdue", "no-update", "updates"):
            assert part(before, heading) == part(after, heading), f"{url} #{heading}"
    assert "as reported in the Report to the Board, 25 August 2022" in text(
        article(page(three, "/progress/")))
    assert "This is an earlier report" in text(article(page(three, "/progress/2022-05-26/")))


# ---- commitment, section and delivery plan pages ----

def test_commitment_page_shows_its_status_near_the_top_and_dated_updates_newest_first(
        two: Path) -> None:
    body = article(page(two, "/delivery-plan/a-1/"))
    status = re.search(r'<p class="ps-status">(.*?)</p>', body, flags=re.S)
    assert status and text(status.group(1)) == (
        "In progress; confidence: Red. From the Report to the Board, 26 May 2022.")
    assert status.start() < body.index('id="actions"')  # before the actions
    anchors = [i for i in ids(body) if i.startswith("update-a-1-")]
    assert anchors == ["update-a-1-9-2022-05-26", "update-a-1-2022-05-26",
                       "update-a-1-2022-02-24"]
    own = part(page(two, "/delivery-plan/a-1/"), "progress")
    assert [text(h) for h in re.findall(r"<h3[^>]*>(.*?)</h3>", own, flags=re.S)] == [
        "26 May 2022", "24 February 2022"]  # newest first
    words = text(own)
    assert "In progress; confidence: Amber. Due 31 December 2022." in words
    assert "Breastfeeding at 6-8 weeks 50% 44% Amber Below target." in words
    assert "Accountability: Do, Director of Public Health" in text(body)


def test_commitment_with_no_update_has_no_progress_part(two: Path) -> None:
    body = article(page(two, "/delivery-plan/a-2/"))
    assert "Not started. Due 30 April 2022. From the Report to the Board, 24 February 2022." in \
        text(body)
    # a commitment with updates only in February: its one update is kept
    assert [i for i in ids(body) if i.startswith("update-")] == ["update-a-2-2022-02-24"]


def test_section_page_lists_each_commitments_status(two: Path) -> None:
    source = page(two, "/early-years/healthy-babies/")
    words = text(part(source, "commitments"))
    assert "A.1 We will support breastfeeding. Delivery plan for A.1. Progress: In progress; " \
        "confidence: Red (26 May 2022)" in words
    assert "A.2 We will support parents with their GP. Delivery plan for A.2. Progress: " \
        "Not started (24 February 2022)" in words
    assert "Progress: Paused (26 May 2022)" in text(part(page(two, "/themes/mental-health/"),
                                                         "commitments"))


def test_delivery_plan_explains_the_accountability_levels(two: Path) -> None:
    levels = part(page(two, "/delivery-plan/"), "accountability")
    assert items(levels) == ["Do: Reported at every meeting of the board.",
                             "Watch: Raised with the board only when needed."]
    # "what this means" on a commitment page leads there
    assert 'href="../#accountability"' in page(two, "/delivery-plan/a-1/")


def test_delivery_plan_without_levels_says_nothing_of_them(tmp_path: Path) -> None:
    site = build(MINIMAL / "mkdocs.yml", tmp_path / "site")
    assert 'id="accountability"' not in page(site, "/delivery-plan/")
    assert not (site / "progress").exists()


# ---- easy read ----

def test_easy_read_page_has_the_right_counts(two: Path) -> None:
    said = " ".join(easy_sentences(page(two, "/easy-read/how-are-we-doing/")))
    assert "How are we doing?" in text(article(page(two, "/easy-read/how-are-we-doing/")))
    assert "We wrote a new report in May." in said  # no year: big numbers are not in digits
    assert "Our plan has 4 parts. We have finished 1 of them." in said
    assert re.search(r"We are still working on 1 parts?\.", said)
    assert re.search(r"The report did not talk about 1 parts?\.", said)
    assert re.search(r"\b2 parts are late\.", said)  # C.1 and A.2


def test_easy_read_and_progress_are_twins(two: Path) -> None:
    easy = article(page(two, "/easy-read/how-are-we-doing/"))
    assert '<a href="../../progress/">Full version of this page</a>' in easy
    assert '<a href="../easy-read/how-are-we-doing/">Easy read version of this page</a>' in \
        article(page(two, "/progress/"))


# ---- the children-and-families example (15 updates, all in progress, no ratings) ----

CF_UPDATES = ["a-1", "a-2", "a-3", "a-3-2", "b-1", "c-1", "c-2", "c-3", "c-4", "d-1", "d-2",
              "e-1", "e-4-2", "e-2", "e-3"]


def test_example_progress_page_rollup(children_and_families_site: Path) -> None:
    source = page(children_and_families_site, "/progress/")
    assert "as reported in the Report to the Health and Wellbeing Board, 24 February " \
        "2022." in text(article(source))
    head, rows = table(part(source, "summary"))
    assert head[1:] == STAGE_COLUMNS
    #       not started, in progress, complete, paused, stopped, no update, total
    assert rows == {
        "Ensure the best start for life": [0, 3, 0, 0, 0, 0, 3],
        "Safe and free from harm": [0, 1, 0, 0, 0, 1, 2],
        "Support families to be self-sufficient and resilient": [0, 4, 0, 0, 0, 1, 5],
        "Ensure vulnerable families receive personalised, integrated care and support":
            [0, 2, 0, 0, 0, 0, 2],
        "Enable children to have good physical and mental health": [0, 3, 0, 0, 0, 3, 6],
        "All": [0, 13, 0, 0, 0, 5, 18]}


def test_example_changes_overdue_and_updates(children_and_families_site: Path) -> None:
    source = page(children_and_families_site, "/progress/")
    changes = part(source, "changes")
    assert "What changed since the plan was agreed" in text(changes)
    assert [i.split(":")[0] for i in items(changes)] == ["A.3.2", "E.4.2"]
    assert "Nothing is overdue" in text(part(source, "overdue"))
    updates = part(source, "updates")
    assert [i for i in ids(updates) if i.startswith("update-")] == [
        f"update-{ref}-2022-02-24" for ref in CF_UPDATES]
    statuses = re.findall(r'<p class="ps-status"><strong>(.*?)</strong>', updates)
    assert statuses == ["In progress"] * 15  # in words; no rating given
    assert "confidence" not in text(updates)
    assert not (children_and_families_site / "progress" / "2022-02-24" / "index.html"
                ).read_text().count("Every report")  # only one report


def test_example_commitment_page_has_its_dated_update(children_and_families_site: Path) -> None:
    body = article(page(children_and_families_site, "/delivery-plan/a-3/"))
    assert [i for i in ids(body) if i.startswith("update-")] == [
        "update-a-3-2-2022-02-24", "update-a-3-2022-02-24"]
    assert "A.3.2" in text(part(page(children_and_families_site, "/delivery-plan/a-3/"),
                                "added"))
    first = re.search(r'<p class="ps-status">(.*?)</p>', body, flags=re.S)
    assert first and text(first.group(1)).startswith("In progress. From the Report to the "
                                                     "Health and Wellbeing Board")
    assert first.start() < body.index('id="actions"')


def test_example_section_page_and_easy_read(children_and_families_site: Path) -> None:
    words = text(part(page(children_and_families_site, "/physical-and-mental-health/"),
                      "commitments"))
    assert words.count("Progress: In progress (24 February 2022)") == 3  # E.1, E.2, E.3
    assert words.count("Progress: no update yet") == 3                     # E.4, E.5, E.6
    said = " ".join(easy_sentences(page(children_and_families_site,
                                        "/easy-read/how-are-we-doing/")))
    assert "Our plan has 18 parts. We have not finished any of them yet." in said
    assert "We are still working on 13 parts." in said
    assert "The report did not talk about 5 parts." in said
    assert "late" not in said


def test_example_internal_links_resolve(children_and_families_site: Path) -> None:
    paths = crawl.pages(children_and_families_site)
    assert {"/progress/", "/progress/2022-02-24/", "/easy-read/how-are-we-doing/",
            "/delivery-plan/a-3/"} <= set(paths)
    assert "Progress" in menu((children_and_families_site / "index.html").read_text())
    found = broken(children_and_families_site, "/children-and-families/")
    assert not found, "\n".join(found[:40])


# ---- without reports: nothing at all (the bundled example) ----

def test_without_reports_no_progress_page_menu_entry_or_link(built_site: Path) -> None:
    assert not (built_site / "progress").exists()
    assert not (built_site / "easy-read" / "how-are-we-doing").exists()
    found = []
    for html_file in built_site.rglob("*.html"):
        for link in crawl.parse(html_file).links:
            if re.search(r"(^|/)progress(/|\.csv|$)|how-are-we-doing", link):
                found.append(f"{html_file.relative_to(built_site)}: {link}")
    assert found == []
    assert "/progress/" not in (built_site / "sitemap.xml").read_text()
    assert "Progress" not in menu((built_site / "index.html").read_text())
