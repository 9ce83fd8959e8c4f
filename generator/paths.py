"""Where every page lives. Public URLs come only from ids and refs, never from titles.

Paths are MkDocs source paths (`a/b.md`, published at `/a/b/`); this module is the single
place that decides them, so the published-URL test guards everything partners link to.
"""

from __future__ import annotations

import posixpath

from . import refs
from .models import Group, PageEntry, Section

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
PRINT = "print/index.md"
PRINT_EASY = "print/easy-read.md"
EASY_READ_DIR = "easy-read/"
EASY_READ_HOME_ID = "about"
EASY_READ_HARD_WORDS = "easy-read/hard-words.md"

# Full pages an easy-read page can name as its `twin`, besides stage and page ids; in the
# order their easy-read twins are read (the stages come after "home").
TWIN_PAGES = {"home": HOME, "consultation": CONSULTATION, "you-said-we-did": YOU_SAID_WE_DID,
              "accessibility": ACCESSIBILITY, "glossary": GLOSSARY,
              "delivery-plan": DELIVERY_PLAN, "open-data": OPEN_DATA}


def easy_read(page_id: str) -> str:
    """Easy-read pages live under /easy-read/; its home page ("about") is /easy-read/ itself."""
    return f"{EASY_READ_DIR}index.md" if page_id == EASY_READ_HOME_ID else \
        f"{EASY_READ_DIR}{page_id}.md"


def chart_csv(chart_id: str) -> str:
    """The numbers behind a chart, as a CSV download."""
    return f"open-data/{chart_id}.csv"


def group(g: Group | str) -> str:
    return f"{g if isinstance(g, str) else g.id}/index.md"


def section(g: Group | str, s: Section | str) -> str:
    gid = g if isinstance(g, str) else g.id
    return f"{gid}/{s if isinstance(s, str) else s.id}.md"


def page(p: PageEntry | str) -> str:
    return f"{p if isinstance(p, str) else p.id}.md"


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
