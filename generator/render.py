"""Render the strategy into Markdown pages with the Jinja2 templates that live in the theme.

Python decides what goes on each page (the data); the templates decide how it reads.
"""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context
from slugify import slugify

from . import consultation_pages, easyread, opendata, paths, pictures, redirects, refs
from .bundle import Asset, Bundle, Page
from .problems import ContentError, Problem

if TYPE_CHECKING:
    from .pipeline import Inputs


def environment(templates_dir: Path) -> Environment:
    """Templates write Markdown, so no HTML autoescaping; templates escape HTML with |e."""
    env = Environment(loader=FileSystemLoader(templates_dir), autoescape=False,
                      undefined=StrictUndefined, keep_trailing_newline=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(paths=paths, link=_link, href=_href, slug=refs.slug)
    env.filters.update(longdate=lambda d: f"{d.day} {d:%B %Y}", linkrefs=_link_refs,
                       cell=_table_cell, term_id=_term_id,
                       sentences=easyread.sentences, demote=_demote, oneline=_oneline,
                       number=_number)
    return env


@pass_context
def _link(context: Any, target: str) -> str:
    return paths.relative(context["src"], target)


@pass_context
def _href(context: Any, target: str) -> str:
    """A URL relative to the current page, for raw HTML (where MkDocs rewrites no links)."""
    target_path, _, anchor = target.partition("#")
    here, there = paths.url(context["src"]), paths.url(target_path)
    relative = posixpath.relpath(there, here)
    if relative == ".":
        relative = "./"
    elif there.endswith("/"):
        relative += "/"
    return relative + (f"#{anchor}" if anchor else "")


def _oneline(svg: str) -> str:
    """SVG on one line: a blank line inside raw HTML would end Markdown's HTML block."""
    return " ".join(svg.split())


def _number(value: object) -> str:
    """Table cells: counts as they are, percentages with one decimal, nothing for None."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}"
    return html.escape(str(value))


@pass_context
def _link_refs(context: Any, text: str) -> str:
    """'See D.4.1' -> 'See [D.4.1](d-4.md#d-4-1)': cross references become links."""
    def replace(match: re.Match[str]) -> str:
        ref = match.group(1)
        if ref not in context["known_refs"]:
            return ref
        return f"[{ref}]({paths.relative(context['src'], paths.ref_target(ref))})"
    return refs.IN_TEXT.sub(replace, text)


def _demote(markdown: str, levels: int) -> str:
    """Push Markdown headings down, so free text nests under the print edition's headings."""
    return re.sub(r"^(#{1,6}) ", lambda m: "#" * min(6, len(m.group(1)) + levels) + " ",
                  markdown, flags=re.MULTILINE)


def _table_cell(text: str) -> str:
    """Text safe inside a Markdown table cell: one line, pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def _url_relative(redirect: redirects.Redirect) -> str:
    """The new page's URL relative to the old one, so redirects work under any base path."""
    old_dir = paths.url(redirect.old)
    return posixpath.relpath(paths.url(redirect.new), old_dir) + "/"


def _term_id(term: str) -> str:
    return slugify(term)


class Renderer:
    """Renders every page of the strategy into one Bundle."""

    def __init__(self, inputs: Inputs, templates_dir: Path, site_url: str = ""):
        strategy = inputs.strategy
        self.inputs = inputs
        self.strategy = strategy
        self.twins = _Twins(inputs)
        self.env = environment(templates_dir)
        self.site_url = site_url.rstrip("/")
        self.bundle = Bundle()
        self.downloads: list[tuple[str, str]] = []  # (source path, what it holds)
        self.terms = [(re.compile(rf"(?<!\w){re.escape(t.term)}(?!\w)"),
                       f"*[{t.term}]: {t.definition}") for t in strategy.glossary]
        self.known_refs = {p.ref for p in strategy.commitments()} | {
            a.ref for p in strategy.commitments() for a in p.actions}

    def render(self) -> Bundle:
        s = self.strategy
        before = [p for p in s.pages if p.entry.position == "before_stages"]
        after = [p for p in s.pages if p.entry.position == "after_stages"]
        self._strategy(before, after)
        self._delivery_plan()
        self._redirects()
        self._consultation()
        self._easy_read()
        if self.inputs.statement is not None:
            self._page("accessibility.md", paths.ACCESSIBILITY, "Accessibility statement",
                       in_nav=False, statement=self.inputs.statement,
                       has_easy_read=bool(self.inputs.easy_read.pages))
        self._print_editions(before, after)
        self._page("open_data.md", paths.OPEN_DATA, "Open data", downloads=[
            (paths.relative(paths.OPEN_DATA, src), src.rsplit(".", 1)[1].upper(), text)
            for src, text in self.downloads])
        self.bundle.nav = self._nav(before, after)
        self.bundle.footer = self._footer()
        self._check_twins()
        return self.bundle

    def _strategy(self, before: list[Any], after: list[Any]) -> None:
        """Home with the vision, free pages, principles, stages and sections, glossary."""
        s = self.strategy
        self._page("home.md", paths.HOME, s.document.title, groups=s.groups,
                   before=before, after=after,
                   agreement=consultation_pages.for_item(self.inputs.results, "vision"))
        for free in s.pages:
            self._page("page.md", paths.page(free.entry), free.entry.title, page=free)
        self._page("principles.md", paths.PRINCIPLES, "Principles and enablers")
        for group in s.groups:
            self._group(group)
        self._page("glossary.md", paths.GLOSSARY, "Glossary", abbreviations=False)

    def _redirects(self) -> None:
        """A small page at every old URL, pointing at where its content lives now."""
        for redirect in redirects.for_strategy(self.strategy):
            html = self.env.get_template("redirect.html").render(
                target=paths.url(redirect.new), relative=_url_relative(redirect))
            self.bundle.assets.append(Asset(redirect.file, html.encode("utf-8")))

    def _check_twins(self) -> None:
        """An easy-read page must explain a full page that exists."""
        rendered = {p.src for p in self.bundle.pages}
        problems = [Problem(f"easy-read page '{p.id}'", f"its twin '{p.twin}' is not a page "
                            "of the full site", expected="home, a stage id, consultation, "
                            "you-said-we-did, accessibility, glossary or a page id")
                    for p in self.inputs.easy_read.pages
                    if self.twins.full_page(p.twin) not in rendered]
        if problems:
            raise ContentError(problems)

    def _print_editions(self, before: list[Any], after: list[Any]) -> None:
        """The whole strategy, and the easy-read edition, each on one page for printing."""
        self._page("print.md", paths.PRINT, "Printable edition", in_nav=False,
                   before=before, after=after, site_url=self.site_url)
        easy = self.inputs.easy_read
        if easy.pages:
            pages = [{"title": p.title, "blocks": [self._block(b) for b in p.blocks]}
                     for p in easy.pages]
            self._page("print_easy.md", paths.PRINT_EASY, "Easy read: printable edition",
                       in_nav=False, abbreviations=False, pages=pages,
                       hard_words=easy.hard_words)

    def _footer(self) -> list[tuple[str, str]]:
        """Links in every page's footer: (text, URL relative to the site root)."""
        links = [("Accessibility statement", paths.ACCESSIBILITY)] \
            if self.inputs.statement else []
        if self.inputs.easy_read.pages:
            links.append(("Easy read", paths.easy_read(paths.EASY_READ_HOME_ID)))
        links += [("Print edition", paths.PRINT), ("Open data", paths.OPEN_DATA)]
        return [(text, paths.url(src).lstrip("/")) for text, src in links]

    def _consultation(self) -> None:
        """Results, what people said and "You said, we did", with charts and downloads."""
        results, report = self.inputs.results, self.inputs.report
        if results is None:
            return
        figures = consultation_pages.build_charts(results)
        scale = [o.label for o in results.agreement[0].options if o.kind == "agree"] \
            if results.agreement else []
        base = results.agreement[0].base_definition if results.agreement else ""
        self._page("consultation.md", paths.CONSULTATION, results.title, results=results,
                   report=report, charts=figures, agree_labels=scale, base_definition=base)
        questions = [{"question": q, "chart": chart,
                      "about": consultation_pages.about_title(q.about, self.strategy)}
                     for q, chart in zip(results.agreement, figures.questions, strict=True)]
        self._page("results.md", paths.CONSULTATION_RESULTS, "Results for each question",
                   questions=questions, base_definition=base)
        quotes = [{"text": q.text, "about_title": (consultation_pages.about_title(
            q.about, self.strategy) or ("the strategy",))[0]} for q in results.quotes]
        self._page("what_people_said.md", paths.WHAT_PEOPLE_SAID, "What people said",
                   charts=figures, report=report, quotes=quotes)
        if report is not None:
            self.env.globals["targets"] = consultation_pages.change_targets(self.strategy)
            self._page("you_said_we_did.md", paths.YOU_SAID_WE_DID, "You said, we did",
                       report=report)
        self.bundle.assets.extend(consultation_pages.downloads(results, figures))
        self.downloads += [
            (paths.AGREEMENT_CSV, "Agreement with each question: base, agreeing, disagreeing, "
             "don't know, not answered, and the count of each answer"),
            (paths.CONSULTATION_JSON, "All the consultation totals published on this site")]
        self.downloads += [(paths.chart_csv(c.id), f"Consultation: {c.title}")
                           for c in figures.all()]

    def _easy_read(self) -> None:
        """The easy-read twin of the site under /easy-read/, linked both ways."""
        easy = self.inputs.easy_read
        for page in easy.pages:
            self._page("easy_read.md", paths.easy_read(page.id), page.title, abbreviations=False,
                       page=page, blocks=[self._block(b) for b in page.blocks])
        if easy.hard_words:
            self._page("hard_words.md", paths.EASY_READ_HARD_WORDS, "Hard words",
                       abbreviations=False, hard_words=easy.hard_words)

    def _block(self, block: easyread.Block) -> dict[str, Any]:
        """A block as the template needs it: picture markup and one sentence a line."""
        if block.agreement is not None:
            return self._agreement_block(block.agreement)
        pictogram = self.inputs.pictograms[block.picture or ""]
        return {"picture": pictures.pictogram(pictogram.icon, pictogram.alt),
                "lines": [_easy_html(s) for s in easyread.sentences(block.text or "")]}

    def _group(self, group: Any) -> None:
        sections = self.strategy.sections_of(group)
        self._page("group.md", paths.group(group), group.title, group=group, sections=sections,
                   themes=self.strategy.is_themes(group),
                   agreement=consultation_pages.for_item(self.inputs.results, group.id))
        for section in sections:
            self._page("section.md", paths.section(group, section), section.title,
                       group=group, section=section,
                       indicators=self.strategy.indicators.get(section.letter, ()))

    def _delivery_plan(self) -> None:
        """The plan's index, a page per commitment, and the plan as open data."""
        self._page("delivery_plan.md", paths.DELIVERY_PLAN, "Delivery plan")
        self.bundle.assets.append(opendata.delivery_plan_json(self.strategy, self.site_url))
        self.downloads.append((paths.DELIVERY_PLAN_JSON, "The delivery plan: every commitment "
                               "and action with its ref, text, web address and sub-priority"))
        referred_by = self.strategy.referred_by()
        for placed in self.strategy.commitments():
            self._page("commitment.md", paths.commitment(placed.ref),
                       f"Commitment {placed.ref}", in_nav=False, c=placed,
                       referred_by=referred_by.get(placed.ref, []))

    def _agreement_block(self, item_id: str) -> dict[str, Any]:
        """ "9 out of 10 people agreed with our vision." with a picture of 10 people."""
        question = consultation_pages.for_item(self.inputs.results, item_id)
        if question is None:
            raise ContentError([Problem(f"easy-read block 'agreement: {item_id}'",
                                        "no consultation question asks about this item")])
        agreed = consultation_pages.out_of_ten(question)
        about = "our vision" if item_id == "vision" else f"our plans for {question.label}"
        return {"picture": pictures.people(agreed),
                "lines": [html.escape(f"{agreed} out of 10 people agreed with {about}.")]}

    def _page(self, template: str, src: str, title: str, in_nav: bool = True,
              abbreviations: bool = True, **data: Any) -> None:
        twin = self.twins.link_for(src)
        markdown = self.env.get_template(template).render(
            src=src, title=title, strategy=self.strategy, known_refs=self.known_refs,
            twin=paths.relative(src, twin) if twin else None,
            easy=src.startswith(paths.EASY_READ_DIR), **data)
        if abbreviations:
            markdown += self._abbreviations(markdown)
        self.bundle.pages.append(Page(src, title, markdown, in_nav))

    def _abbreviations(self, markdown: str) -> str:
        """Definitions for Markdown's abbr extension: each glossary term used gets <abbr>."""
        lines = [definition for pattern, definition in self.terms if pattern.search(markdown)]
        return "\n\n" + "\n".join(lines) + "\n" if lines else ""

    def _nav(self, before: list[Any], after: list[Any]) -> list[Any]:
        s = self.strategy
        about = [{p.entry.title: paths.page(p.entry)} for p in before]
        about.append({"Principles and enablers": paths.PRINCIPLES})
        nav: list[Any] = [{"Home": paths.HOME}, {"About the strategy": about}]
        for group in s.groups:
            nav.append({group.title: [paths.group(group)] + [
                {sec.title: paths.section(group, sec)} for sec in s.sections_of(group)]})
        nav += [{p.entry.title: paths.page(p.entry)} for p in after]
        if self.inputs.results is not None:
            pages = [{"Consultation": paths.CONSULTATION},
                     {"Results for each question": paths.CONSULTATION_RESULTS},
                     {"What people said": paths.WHAT_PEOPLE_SAID}]
            if self.inputs.report is not None:
                pages.append({"You said, we did": paths.YOU_SAID_WE_DID})
            nav.append({"Consultation": [paths.CONSULTATION] + pages[1:]})
        nav += [{"Delivery plan": paths.DELIVERY_PLAN}, {"Glossary": paths.GLOSSARY},
                {"Open data": paths.OPEN_DATA}]
        easy = self.inputs.easy_read
        if easy.pages:
            pages = [{p.title: paths.easy_read(p.id)} for p in easy.pages
                     if p.id != paths.EASY_READ_HOME_ID]
            home = [paths.easy_read(paths.EASY_READ_HOME_ID)] if any(
                p.id == paths.EASY_READ_HOME_ID for p in easy.pages) else []
            hard = [{"Hard words": paths.EASY_READ_HARD_WORDS}] if easy.hard_words else []
            nav.append({"Easy read": home + pages + hard})
        return nav


def render(inputs: Inputs, templates_dir: Path, site_url: str = "") -> Bundle:
    return Renderer(inputs, templates_dir, site_url).render()


def _easy_html(sentence: str) -> str:
    """Escape a sentence and show its **hard words** in bold (the only markup easy read uses)."""
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", html.escape(sentence))


class _Twins:
    """Which easy-read page each full page links to, and which full page each easy one explains.

    A full page links to the easy-read page that names it as its twin, else to the nearest
    one: a section to its stage's, a commitment to its stage's, anything else to easy-read home.
    """

    def __init__(self, inputs: Inputs):
        strategy, easy = inputs.strategy, inputs.easy_read
        self.group_ids = {g.id for g in strategy.groups}
        # every full page's twin key for its nearest easy-read page, worked out once
        self.nearest: dict[str, str] = {}
        for group in strategy.groups:
            for section in strategy.sections_of(group):
                self.nearest[paths.section(group, section)] = group.id
        for placed in strategy.commitments():
            self.nearest[paths.commitment(placed.ref)] = placed.group.id
        self.by_full = {self.full_page(p.twin): paths.easy_read(p.id) for p in easy.pages}
        self.full_of = {paths.easy_read(p.id): self.full_page(p.twin) for p in easy.pages}
        if easy.hard_words:
            self.by_full.setdefault(paths.GLOSSARY, paths.EASY_READ_HARD_WORDS)
            self.full_of[paths.EASY_READ_HARD_WORDS] = paths.GLOSSARY
        self.home = paths.easy_read(paths.EASY_READ_HOME_ID) if any(
            p.id == paths.EASY_READ_HOME_ID for p in easy.pages) else None

    def full_page(self, key: str) -> str:
        """The source path of the full page a twin key names."""
        if key in paths.TWIN_PAGES:
            return paths.TWIN_PAGES[key]
        return paths.group(key) if key in self.group_ids else paths.page(key)

    def link_for(self, src: str) -> str | None:
        if src in self.full_of:
            return self.full_of[src]
        if src in self.by_full:
            return self.by_full[src]
        nearest = self.nearest.get(src, src.split("/", 1)[0])  # else the folder it is in
        return self.by_full.get(self.full_page(nearest), self.home)
