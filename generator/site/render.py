"""Render checked inputs into a Bundle of Markdown pages, files and navigation.

Public API: render(inputs, templates_dirs, site_url="", drawer=NOW) -> Bundle
(templates_dirs: where the page templates are looked for, first match wins).

Python decides what goes on each page (the data); the Jinja2 templates in the theme decide
how it reads. Rendering is a function of its inputs: the read step has checked everything,
so nothing here reports a content problem.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..content.easyread import Block, sentences
from ..core import urls as paths
from . import consultation, csvtables, opendata, pictures, redirects
from . import indicators as measures
from .bundle import Asset, Bundle, Page
from .drawing import NOW, Drawer
from .inputs import Inputs
from .templating import easy_html, environment
from .twins import Twins


class Renderer:
    """Renders every page of the strategy into one Bundle."""

    def __init__(self, inputs: Inputs, templates_dirs: Sequence[Path], site_url: str,
                 drawer: Drawer):
        strategy = inputs.strategy
        self.inputs = inputs
        self.strategy = strategy
        self.twins = Twins(inputs)
        self.env = environment(templates_dirs)
        self.site_url = site_url.rstrip("/")
        self.bundle = Bundle(fill=drawer.fill)
        # Indicator figures first: they go on the section pages, which MkDocs reads before
        # the consultation's, so a drawer working meanwhile draws them first.
        found = inputs.indicators
        self.measures = measures.build(found, strategy, drawer) if found else {}
        results = inputs.results
        # Below this base the pages say how many answered instead of a percentage.
        self.min_base = results.min_base_for_percent if results else None
        self.figures = consultation.build_charts(results, drawer) if results else None
        # Made once here, so the open-data page's dictionary needs no other step to run first.
        self.consultation_files = consultation.downloads(results, self.figures) \
            if results and self.figures else []
        self.plan_links = measures.plan_links(found, strategy)
        self.indicator_files = measures.downloads(found, strategy, self.measures) \
            if found and self.measures else []
        self.terms = [(re.compile(rf"(?<!\w){re.escape(t.term)}(?!\w)"),
                       f"*[{t.term}]: {t.definition}") for t in strategy.glossary]
        charts = [(c.id, c.title) for c in self.figures.all()] if self.figures else []
        indicator_files = [(f.csv_src, f"Indicators: {f.title}") for f in self.measures.values()]
        if self.measures:
            indicator_files.insert(0, (paths.INDICATORS_CSV, "Every performance indicator value: "
                                       "one row per indicator, breakdown and period"))
        # Open data: only what the site has; no open-data page when there is nothing.
        self.downloads = opendata.downloads(self.figures is not None, charts, indicator_files,
                                            delivery_plan=strategy.has_delivery_plan)
        self.has_open_data = bool(self.downloads)
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
        # Always built: a public-sector site must have one (from defaults without the file).
        self._page("accessibility.md", paths.ACCESSIBILITY, "Accessibility statement",
                   in_nav=False, statement=self.inputs.statement,
                   has_easy_read=bool(self.inputs.easy_read.pages))
        self._print_editions(before, after)
        self._indicators()
        if self.downloads:
            self._page("open_data.md", paths.OPEN_DATA, "Open data", downloads=[
                (paths.relative(paths.OPEN_DATA, src), src.rsplit(".", 1)[1].upper(), text)
                for src, text in self.downloads],
                dictionary=[dict(d, href=paths.relative(paths.OPEN_DATA, d["src"]),
                                 metadata_href=paths.relative(paths.OPEN_DATA, d["metadata"]))
                            for d in csvtables.dictionary(
                                [*self.consultation_files, *self.indicator_files])])
        self.bundle.nav = self._nav(before, after)
        self.bundle.footer = self._footer()
        return self.bundle

    def _strategy(self, before: list[Any], after: list[Any]) -> None:
        """Home with the vision, free pages, named lists, stages and sections, glossary."""
        s = self.strategy
        self._page("home.md", paths.HOME, s.document.title, groups=s.groups,
                   before=before, after=after, list_pages=s.list_pages(),
                   has_indicators=bool(self.measures),
                   agreement=self._agreement("vision"), min_base=self.min_base)
        for free in s.pages:
            self._page("page.md", paths.page(free.entry), free.entry.title, page=free)
        for src, title, lists in s.list_pages():
            self._page("principles.md", src, title, lists=lists)
        for section in s.flat_sections:
            self._section(None, section)
        for group in s.groups:
            self._group(group)
        if s.glossary:
            self._page("glossary.md", paths.GLOSSARY, "Glossary", abbreviations=False)

    def _redirects(self) -> None:
        """A small page at every old URL, pointing at where its content lives now."""
        for redirect in redirects.for_strategy(self.strategy):
            html = self.env.get_template("redirect.html").render(
                target=paths.url(redirect.new), relative=_url_relative(redirect))
            self.bundle.assets.append(Asset(redirect.file, html.encode("utf-8")))

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
        links = [("Accessibility statement", paths.ACCESSIBILITY)]
        if self.inputs.easy_read.pages:
            links.append(("Easy read", paths.easy_read(paths.EASY_READ_HOME_ID)))
        links.append(("Print edition", paths.PRINT))
        if self.has_open_data:
            links.append(("Open data", paths.OPEN_DATA))
        return [(text, paths.url(src).lstrip("/")) for text, src in links]

    def _consultation(self) -> None:
        """Results, what people said and "You said, we did", with charts and downloads."""
        results, report, figures = self.inputs.results, self.inputs.report, self.figures
        if results is None or figures is None:
            return
        scale = [o.label for o in results.agreement[0].options if o.kind == "agree"] \
            if results.agreement else []
        base = results.agreement[0].base_definition if results.agreement else ""
        self._page("consultation.md", paths.CONSULTATION, results.title, results=results,
                   report=report, charts=figures, agree_labels=scale, base_definition=base)
        questions = [{"grid": grid, "chart": chart, "about": self._about((grid or q[0]).about),
                      "statements": [{"question": s, "about": self._about(s.about)} for s in q]}
                     for (grid, q), chart in zip(results.agreement_groups(), figures.questions,
                                                 strict=True)]
        self._page("results.md", paths.CONSULTATION_RESULTS, "Results for each question",
                   questions=questions, base_definition=base,
                   min_base=results.min_base_for_percent)
        quotes = [{"text": q.text, "about_title": (self._about(q.about) or ("the strategy",))[0]}
                  for q in results.quotes]
        self._page("what_people_said.md", paths.WHAT_PEOPLE_SAID, "What people said",
                   charts=figures, report=report, quotes=quotes)
        if report is not None:
            self._page("you_said_we_did.md", paths.YOU_SAID_WE_DID, "You said, we did",
                       report=report, targets=self._change_targets)
        self.bundle.assets.extend(self.consultation_files)

    def _about(self, item_id: str | None) -> tuple[str, str] | None:
        """(title, page) of the strategy item a question asks about."""
        return self.strategy.item_page(item_id) if item_id else None

    def _change_targets(self, change: Any) -> list[tuple[str, str]]:
        """(title, page) of each strategy item a "You said, we did" change links to."""
        return [page for link in change.links if (page := self.strategy.item_page(link))]

    def _agreement(self, item_id: str) -> Any:
        return self.inputs.results.about(item_id) if self.inputs.results else None

    def _easy_read(self) -> None:
        """The easy-read twin of the site under /easy-read/, linked both ways."""
        easy = self.inputs.easy_read
        for page in easy.pages:
            self._page("easy_read.md", paths.easy_read(page.id), page.title, abbreviations=False,
                       page=page, blocks=[self._block(b) for b in page.blocks])
        if easy.hard_words:
            self._page("hard_words.md", paths.EASY_READ_HARD_WORDS, "Hard words",
                       abbreviations=False, hard_words=easy.hard_words)

    def _block(self, block: Block) -> dict[str, Any]:
        """A block as the template needs it: picture markup and one sentence a line."""
        if block.agreement is not None:
            return self._agreement_block(block.agreement)
        pictogram = self.inputs.pictograms[block.picture or ""]
        return {"picture": pictures.pictogram(pictogram.icon, pictogram.alt),
                "lines": [easy_html(s) for s in sentences(block.text or "")]}

    def _group(self, group: Any) -> None:
        sections = self.strategy.sections_of(group)
        self._page("group.md", paths.group(group), group.title, group=group, sections=sections,
                   themes=self.strategy.is_themes(group),
                   agreement=self._agreement(group.id), min_base=self.min_base)
        for section in sections:
            self._section(group, section)

    def _section(self, group: Any, section: Any) -> None:
        """A section's page: under its stage, or at the top level of a flat plan."""
        self._page("section.md", paths.section(group, section), section.title,
                   group=group, section=section,
                   indicators=self.plan_links.get(section.id, []),
                   measures=self.measures.get(section.id))

    def _delivery_plan(self) -> None:
        """The plan's index, a page per commitment, and the plan as open data."""
        if not self.strategy.has_delivery_plan:
            return
        self._page("delivery_plan.md", paths.DELIVERY_PLAN, "Delivery plan")
        self.bundle.assets.append(opendata.delivery_plan_json(
            self.strategy, self.site_url, self.inputs.indicators))
        referred_by = self.strategy.referred_by()
        for placed in self.strategy.commitments():
            self._page("commitment.md", paths.commitment(placed.ref),
                       f"{_upfirst(self.strategy.names.commitment.singular)} {placed.ref}",
                       in_nav=False, c=placed,
                       referred_by=referred_by.get(placed.ref, []))

    def _indicators(self) -> None:
        """/indicators/: every indicator by stage and section; the open-data CSVs."""
        found = self.inputs.indicators
        if found is None or not self.measures:
            return
        self._page("indicators.md", paths.INDICATORS, "Performance indicators",
                   indicators=found, groups=measures.page_groups(found, self.strategy))
        self.bundle.assets.extend(self.indicator_files)

    def _agreement_block(self, item_id: str) -> dict[str, Any]:
        """ "9 out of 10 people agreed with our vision." with a picture of 10 people (the read
        step has checked that a question asks about the item)."""
        question = self._agreement(item_id)
        agreed = question.out_of_ten
        about = "our vision" if item_id == "vision" else f"our plans for {question.label}"
        return {"picture": pictures.people(agreed),
                "lines": [html.escape(f"{agreed} out of 10 people agreed with {about}.")]}

    def _page(self, template: str, src: str, title: str, in_nav: bool = True,
              abbreviations: bool = True, **data: Any) -> None:
        twin = self.twins.link_for(src)
        markdown = self.env.get_template(template).render(
            src=src, title=title, strategy=self.strategy, names=self.strategy.names,
            known_refs=self.known_refs, has_open_data=self.has_open_data,
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
        about += [{title: src} for src, title, _ in s.list_pages()]
        nav: list[Any] = [{"Home": paths.HOME}]
        if about:
            nav.append({f"About the {s.names.strategy.singular}": about})
        nav += [{sec.title: paths.section(None, sec)} for sec in s.flat_sections]
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
        nav += [{"Delivery plan": paths.DELIVERY_PLAN}] if s.has_delivery_plan else []
        nav += [{"Performance indicators": paths.INDICATORS}] if self.measures else []
        nav += [{"Glossary": paths.GLOSSARY}] if s.glossary else []
        nav += [{"Open data": paths.OPEN_DATA}] if self.has_open_data else []
        easy = self.inputs.easy_read
        if easy.pages:
            pages = [{p.title: paths.easy_read(p.id)} for p in easy.pages
                     if p.id != paths.EASY_READ_HOME_ID]
            home = [paths.easy_read(paths.EASY_READ_HOME_ID)] if any(
                p.id == paths.EASY_READ_HOME_ID for p in easy.pages) else []
            hard = [{"Hard words": paths.EASY_READ_HARD_WORDS}] if easy.hard_words else []
            nav.append({"Easy read": home + pages + hard})
        return nav


def render(inputs: Inputs, templates_dirs: Sequence[Path], site_url: str = "",
           drawer: Drawer = NOW) -> Bundle:
    """Every page, file and navigation entry of the site (charts that the drawer is still
    drawing are placeholders until Bundle.fill)."""
    return Renderer(inputs, templates_dirs, site_url, drawer).render()


def _upfirst(text: str) -> str:
    return text[:1].upper() + text[1:]


def _url_relative(redirect: redirects.Redirect) -> str:
    """The new page's URL relative to the old one, so redirects work under any base path."""
    old_dir = paths.url(redirect.old)
    return posixpath.relpath(paths.url(redirect.new), old_dir) + "/"
