"""The URL space: where every page lives. Public URLs come only from ids and refs, never titles.

Paths are MkDocs source paths (`a/b.md`, published at `/a/b/`); this module is the single
place that decides them, the ids the site keeps for itself, and the full pages an easy-read
page can explain, so the published-URL test guards everything partners link to.

Public API: the path constants (HOME, DELIVERY_PLAN, ...), RESERVED_IDS, HOME_TWIN,
TWIN_PAGES, twin_reading_order(), easy_read(), chart_csv(), group(), section(), page(),
commitment(), ref_target(), url(), relative().
Sections of a flat plan and named lists live at the top level, like free pages.
"""

from __future__ import annotations

import posixpath
from typing import Protocol

from . import refs


class Identified(Protocol):
    """Anything with a stable id (a stage, a section, a free page)."""

    @property
    def id(self) -> str: ...


HOME = "index.md"
PRINCIPLES = "principles-and-enablers.md"
GLOSSARY = "glossary.md"
DELIVERY_PLAN = "delivery-plan/index.md"
OPEN_DATA = "open-data/index.md"
DELIVERY_PLAN_JSON = "open-data/delivery-plan.json"
ACCESSIBILITY = "accessibility.md"
CONSULTATION = "consultation/index.md"
CONSULTATION_RESULTS = "consultation/results.md"
WHAT_PEOPLE_SAID = "consultation/what-people-said.md"
YOU_SAID_WE_DID = "consultation/you-said-we-did.md"
AGREEMENT_CSV = "open-data/consultation-agreement.csv"
CONSULTATION_JSON = "open-data/consultation.json"
ANSWERS_CSV = "open-data/consultation-answers.csv"
PRINT = "print/index.md"
PRINT_EASY = "print/easy-read.md"
INDICATORS = "indicators/index.md"
INDICATORS_CSV = "open-data/indicators.csv"
EASY_READ_DIR = "easy-read/"
EASY_READ_HOME_ID = "about"
EASY_READ_HARD_WORDS = "easy-read/hard-words.md"
PROGRESS = "progress/index.md"
PROGRESS_CSV = "open-data/progress.csv"
PROGRESS_ATOM = "progress/feed.xml"
PROGRESS_JSON_FEED = "progress/feed.json"
EASY_READ_PROGRESS_ID = "how-are-we-doing"

# Top-level path segments the site itself uses; a stage or page id must not take one.
RESERVED_IDS = frozenset({
    "accessibility", "assets", "consultation", "delivery-plan", "easy-read", "glossary",
    "indicators",
    "open-data", "principles-and-enablers", "print", "progress", "search",
})

# The twin name of the home page: its easy-read twin is read first.
HOME_TWIN = "home"
# Other full pages an easy-read page can name as its `twin`, besides stage and page ids; in
# the order their easy-read twins are read (after home and the stages).
TWIN_PAGES = {"consultation": CONSULTATION, "you-said-we-did": YOU_SAID_WE_DID,
              "accessibility": ACCESSIBILITY, "glossary": GLOSSARY,
              "delivery-plan": DELIVERY_PLAN, "open-data": OPEN_DATA,
              "principles-and-enablers": PRINCIPLES}
# The twin names above whose page only exists when the site has that part.
TWIN_NEEDS = {"consultation": "consultation", "you-said-we-did": "report",
              "delivery-plan": "delivery-plan", "glossary": "glossary",
              "principles-and-enablers": "principles"}


def twin_reading_order(group_ids: list[str]) -> list[str]:
    """Twin names in the order the easy-read pages are read: home, the stages, the rest."""
    return [HOME_TWIN, *group_ids, *TWIN_PAGES]


def twin_page(name: str, group_ids: set[str]) -> str:
    """The source path of the full page a twin name stands for."""
    if name == HOME_TWIN:
        return HOME
    if name in TWIN_PAGES:
        return TWIN_PAGES[name]
    return group(name) if name in group_ids else page(name)


def easy_read(page_id: str) -> str:
    """Easy-read pages live under /easy-read/; its home page ("about") is /easy-read/ itself."""
    return f"{EASY_READ_DIR}index.md" if page_id == EASY_READ_HOME_ID else \
        f"{EASY_READ_DIR}{page_id}.md"


def chart_csv(chart_id: str) -> str:
    """The numbers behind a chart, as a CSV download."""
    return f"open-data/{chart_id}.csv"


def progress_report(report_id: str) -> str:
    """A progress report's own page, kept as it was: /progress/2022-02-24/."""
    return f"progress/{report_id}.md"


def progress_feed(section_id: str, suffix: str) -> str:
    """A section's own progress feed (suffix "xml" for Atom, "json" for JSON Feed)."""
    return f"progress/feeds/{section_id}.{suffix}"


def update_anchor(ref: str, report_id: str) -> str:
    """The anchor of one dated update on the page of what it is about."""
    return f"update-{refs.slug(ref)}-{report_id}"


def csv_metadata(csv_src: str) -> str:
    """The CSV on the Web metadata file that describes a CSV's columns, next to it."""
    return f"{csv_src}-metadata.json"


def _id(item: Identified | str) -> str:
    return item if isinstance(item, str) else item.id


def group(g: Identified | str) -> str:
    return f"{_id(g)}/index.md"


def section(g: Identified | str | None, s: Identified | str) -> str:
    """A section's page: under its stage, or at the top level in a flat plan (g is None)."""
    return f"{_id(g)}/{_id(s)}.md" if g is not None else page(s)


def page(p: Identified | str) -> str:
    return f"{_id(p)}.md"


def commitment(ref: str) -> str:
    return f"delivery-plan/{refs.slug(refs.commitment_of(ref))}.md"


def ref_target(ref: str) -> str:
    """A commitment's page, or an action's anchor on its commitment's page."""
    anchor = f"#{refs.slug(ref)}" if refs.ACTION.match(ref) else ""
    return commitment(ref) + anchor


def url(src: str) -> str:
    """The public URL path of a source path: `a/index.md` -> `/a/`, `a/b.md` -> `/a/b/`."""
    if not src.endswith(".md"):
        return "/" + src
    stem = src[: -len(".md")]
    if stem == "index":
        return "/"
    if stem.endswith("/index"):
        stem = stem[: -len("/index")]
    return f"/{stem}/"


def relative(from_src: str, to_src: str) -> str:
    """A link from one source file to another (MkDocs checks and rewrites these)."""
    target, _, anchor = to_src.partition("#")
    link = posixpath.relpath(target, posixpath.dirname(from_src) or ".")
    return link + (f"#{anchor}" if anchor else "")
