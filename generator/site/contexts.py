"""What each page template receives: one typed, documented context per kind of page.

Every page template (theme/plainsight/*.md) is rendered with the names of `EveryPage` and
the fields of its own context below; a context names its template in TEMPLATE, and each
field is described in its class's docstring. tests/site/test_contexts.py fails when a
template uses a name its context does not give, when a context gives a field its template
never uses, or when a field is not described here. The templates' helpers (link, href,
paths, slug, column_classes and the filters) are templating.py's globals.

A site that customises a template (`plainsight customise NAME`) can use exactly these names.

Public API: EveryPage, PageContext and one PageContext per template (Home, FreePage, Lists,
Group, Section, Commitment, DeliveryPlanIndex, ConsultationIndex, Results, WhatPeopleSaid,
YouSaidWeDid, IndicatorsIndex, EasyRead, HardWords, Glossary, Accessibility, PrintEdition,
PrintEasyRead, OpenData, ProgressReport), CONTEXTS (every one of them) and Redirect (the
old-address pages).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, ClassVar


@dataclass(frozen=True)
class EveryPage:
    """What every page template receives.

    src: the page's path (MkDocs source, e.g. delivery-plan/a-1.md); links are made from it
    title: the page's title
    strategy: the strategy (content/strategy.py's Strategy)
    names: the plan's own words for its parts (strategy.names: "sub-priority", ...)
    known_refs: the refs of every commitment and action (the linkrefs filter links them)
    has_open_data: whether the site has an open-data page
    twin: the link to the page's twin (full version or easy read), or none
    easy: whether the page is an easy-read page
    """

    src: str
    title: str
    strategy: Any
    names: Any
    known_refs: frozenset[str]
    has_open_data: bool
    twin: str | None
    easy: bool


@dataclass(frozen=True)
class PageContext:
    """The fields a kind of page's template receives on top of EveryPage's."""

    TEMPLATE: ClassVar[str] = ""

    def names(self) -> dict[str, Any]:
        """The context as the template's names (fields shallow, not copied)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class Home(PageContext):
    """home.md, the home page.

    groups: the stages (strategy groups), in order
    before: the free pages placed before the stages
    after: the free pages placed after the stages
    list_pages: the named lists' pages: (src, title, lists)
    has_indicators: whether the site has performance indicators
    agreement: the consultation's result for the vision, or none
    min_base: below this many answers no percentage is given (none: no consultation)
    """

    TEMPLATE: ClassVar[str] = "home.md"
    groups: Any
    before: Any
    after: Any
    list_pages: Any
    has_indicators: bool
    agreement: Any
    min_base: int | None


@dataclass(frozen=True)
class FreePage(PageContext):
    """page.md, a free Markdown page of the content.

    page: the page (its entry and Markdown text)
    """

    TEMPLATE: ClassVar[str] = "page.md"
    page: Any


@dataclass(frozen=True)
class Lists(PageContext):
    """principles.md, a page of named lists (such as principles).

    lists: the lists on the page, each with its items
    """

    TEMPLATE: ClassVar[str] = "principles.md"
    lists: Any


@dataclass(frozen=True)
class Group(PageContext):
    """group.md, a stage (a group of sections).

    group: the stage
    sections: its sections, in order
    themes: whether its sections are themes (cross-cutting) rather than sub-priorities
    agreement: the consultation's result for this stage, or none
    min_base: below this many answers no percentage is given (none: no consultation)
    """

    TEMPLATE: ClassVar[str] = "group.md"
    group: Any
    sections: Any
    themes: bool
    agreement: Any
    min_base: int | None


@dataclass(frozen=True)
class Section(PageContext):
    """section.md, a section (sub-priority or theme), under its stage or in a flat plan.

    group: its stage, or none in a flat plan
    section: the section, with its commitments and actions
    indicators: the delivery plan's indicator names: (name, indicator id or none)
    measures: its indicator figure (figure.Figure: the spine chart, the trend as a further
        drawing, the table and CSV), or none
    progress: its progress (site/progress.py's PageProgress: its own updates and each
        commitment's status), or none when the site has no progress report
    """

    TEMPLATE: ClassVar[str] = "section.md"
    group: Any
    section: Any
    indicators: Any
    measures: Any
    progress: Any = None


@dataclass(frozen=True)
class Commitment(PageContext):
    """commitment.md, one commitment of the delivery plan.

    c: the commitment as placed in the plan (its ref, section, actions)
    referred_by: the refs of the commitments and actions that refer to it
    progress: its progress (site/progress.py's PageProgress: its status and dated updates,
        each action's, and the actions reports added), or none when there is no report
    """

    TEMPLATE: ClassVar[str] = "commitment.md"
    c: Any
    referred_by: Any
    progress: Any = None


@dataclass(frozen=True)
class DeliveryPlanIndex(PageContext):
    """delivery_plan.md, the delivery plan's index (everything it needs is the strategy's)."""

    TEMPLATE: ClassVar[str] = "delivery_plan.md"


@dataclass(frozen=True)
class ConsultationIndex(PageContext):
    """consultation.md, the consultation's main page.

    results: the consultation's results (consultation/results.py's ConsultationResults)
    report: the consultation report (what people said, you said we did), or none
    charts: its charts (consultation.ConsultationCharts)
    agree_labels: the options that count as agreement on the first scale question
    base_definition: what the percentages are percentages of, in words
    """

    TEMPLATE: ClassVar[str] = "consultation.md"
    results: Any
    report: Any
    charts: Any
    agree_labels: list[str]
    base_definition: str


@dataclass(frozen=True)
class Results(PageContext):
    """results.md, the full results of each agreement question.

    questions: per question or grid: grid (or none), chart, about (title, page) or none, and
        statements (each a question and what it is about)
    base_definition: what the percentages are percentages of, in words
    min_base: below this many answers no percentage is given
    """

    TEMPLATE: ClassVar[str] = "results.md"
    questions: list[dict[str, Any]]
    base_definition: str
    min_base: int | None


@dataclass(frozen=True)
class WhatPeopleSaid(PageContext):
    """what_people_said.md, the comments and who responded.

    charts: the consultation's charts (consultation.ConsultationCharts)
    report: the consultation report, or none
    quotes: the published quotes: text, and about_title (none: about the whole strategy)
    """

    TEMPLATE: ClassVar[str] = "what_people_said.md"
    charts: Any
    report: Any
    quotes: list[dict[str, Any]]


@dataclass(frozen=True)
class YouSaidWeDid(PageContext):
    """you_said_we_did.md, the changes made after the consultation.

    report: the consultation report
    targets: a function giving the (title, page) of each strategy item a change links to
    """

    TEMPLATE: ClassVar[str] = "you_said_we_did.md"
    report: Any
    targets: Any


@dataclass(frozen=True)
class IndicatorsIndex(PageContext):
    """indicators.md, every performance indicator.

    indicators: the indicators as read (area, comparator, producer, source, ...)
    groups: per stage (none for a flat plan), its sections and each indicator's rows
    """

    TEMPLATE: ClassVar[str] = "indicators.md"
    indicators: Any
    groups: list[dict[str, Any]]


@dataclass(frozen=True)
class EasyRead(PageContext):
    """easy_read.md, an easy-read page.

    blocks: its blocks, each a picture (SVG markup) and lines (HTML, one sentence a line)
    """

    TEMPLATE: ClassVar[str] = "easy_read.md"
    blocks: list[dict[str, Any]]


@dataclass(frozen=True)
class HardWords(PageContext):
    """hard_words.md, the easy-read hard words.

    hard_words: each word and its meaning
    """

    TEMPLATE: ClassVar[str] = "hard_words.md"
    hard_words: Any


@dataclass(frozen=True)
class Glossary(PageContext):
    """glossary.md, the strategy's glossary (the terms are the strategy's)."""

    TEMPLATE: ClassVar[str] = "glossary.md"


@dataclass(frozen=True)
class Accessibility(PageContext):
    """accessibility.md, the accessibility statement.

    statement: the site's statement as read, or none (the defaults are the template's)
    has_easy_read: whether the site has easy-read pages
    """

    TEMPLATE: ClassVar[str] = "accessibility.md"
    statement: Any
    has_easy_read: bool


@dataclass(frozen=True)
class PrintEdition(PageContext):
    """print.md, the whole strategy on one page.

    before: the free pages placed before the stages
    after: the free pages placed after the stages
    list_pages: the named lists' pages: (src, title, lists)
    site_url: the site's address (the printed copy says where it is on the web)
    """

    TEMPLATE: ClassVar[str] = "print.md"
    before: Any
    after: Any
    list_pages: Any
    site_url: str


@dataclass(frozen=True)
class PrintEasyRead(PageContext):
    """print_easy.md, the easy-read edition on one page.

    pages: each page's title and blocks (as EasyRead's blocks)
    hard_words: each word and its meaning
    """

    TEMPLATE: ClassVar[str] = "print_easy.md"
    pages: list[dict[str, Any]]
    hard_words: Any


@dataclass(frozen=True)
class OpenData(PageContext):
    """open_data.md, the open-data page.

    downloads: each download: (link, format such as CSV, what it holds)
    dictionary: each published CSV: src, href, title, description, metadata_href, columns
        (title, datatype, description) and same_as (the title of a table with the same
        columns, whose description it shares)
    """

    TEMPLATE: ClassVar[str] = "open_data.md"
    downloads: list[tuple[str, str, str]]
    dictionary: list[dict[str, Any]]


@dataclass(frozen=True)
class ProgressReport(PageContext):
    """progress.md, a progress report: the latest at /progress/, each at /progress/<date>/.

    view: the report as its page shows it (site/progress.py's ReportView: roll-up by stage
        and section, changes, overdue, items with no update, the updates by section, every
        report)
    summary: the roll-up as a figure (figure.Figure: a bar a stage, the table by section
        and stage, its CSV)
    confidence: the confidence ratings, in order (id, name, definition)
    rating: a function giving the rating (name, definition) of an id, or none
    """

    TEMPLATE: ClassVar[str] = "progress.md"
    view: Any
    summary: Any
    confidence: Any
    rating: Any


@dataclass(frozen=True)
class Redirect(PageContext):
    """redirect.html, the page left at an old address (not a page of the site's navigation).

    target: the new page's URL from the site's root
    relative: the new page's URL relative to the old one
    """

    TEMPLATE: ClassVar[str] = "redirect.html"
    target: str
    relative: str


CONTEXTS: tuple[type, ...] = (
    Home, FreePage, Lists, Group, Section, Commitment, DeliveryPlanIndex, ConsultationIndex,
    Results, WhatPeopleSaid, YouSaidWeDid, IndicatorsIndex, EasyRead, HardWords, Glossary,
    Accessibility, PrintEdition, PrintEasyRead, OpenData, ProgressReport, Redirect)
