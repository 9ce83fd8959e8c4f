"""The easy-read twin of the site under /easy-read/, linked both ways, with its pictures.

Public API: EasyReadPages(site); blocks(site, page) (also the easy-read print edition's).
"""

from __future__ import annotations

import html
from typing import Any

from ...content.easyread import Block, EasyReadPage, sentences
from ...core import urls as paths
from ...progress.history import NO_UPDATE, overdue, rollup
from .. import contexts, pictures
from ..part import FooterLink, NavEntry, PageSpec, Part, Site, made_from
from ..templating import easy_html


class EasyReadPages(Part):
    name = "easy_read"

    def __init__(self, site: Site):
        easy = site.inputs.easy_read
        self.easy = easy
        self.words = site.words
        self.pages_ = [PageSpec(paths.easy_read(page.id), page.title,
                                contexts.EasyRead(blocks=blocks(site, page)),
                                abbreviations=False,
                                sources=made_from((easy.paths.get(page.id),)))
                       for page in easy.pages]
        self.progress = _progress_page(site) if site.inputs.progress is not None else None
        self.hard_words = PageSpec(paths.EASY_READ_HARD_WORDS,
                                   site.words.title("hard_words"),
                                   contexts.HardWords(hard_words=easy.hard_words),
                                   abbreviations=False,
                                   sources=made_from((easy.hard_words_file,))) \
            if easy.hard_words else None

    def pages(self) -> list[PageSpec]:
        return [*self.pages_, *([self.progress] if self.progress else []),
                *([self.hard_words] if self.hard_words else [])]

    def nav(self) -> list[NavEntry]:
        if not self.pages_ and not self.progress:
            return []
        home = paths.easy_read(paths.EASY_READ_HOME_ID)
        entries: list[Any] = [home] if any(p.src == home for p in self.pages_) else []
        entries += [p.link() for p in self.pages_ if p.src != home]
        entries += [self.progress.link()] if self.progress else []
        entries += [self.hard_words.link()] if self.hard_words else []
        return [NavEntry("easy_read", {self.words.nav("easy_read"): entries})]

    def footer(self) -> list[FooterLink]:
        home = paths.easy_read(paths.EASY_READ_HOME_ID)
        return [FooterLink("easy_read", self.words.footer("easy_read"), home)] \
            if self.pages_ else []


def _progress_page(site: Site) -> PageSpec:
    """"How are we doing?": the latest progress report in easy read, made from its counts
    (the words are _progress_words.md's), beside /progress/ as its twin."""
    progress = site.inputs.progress
    assert progress is not None
    words = site.progress_words
    tally = rollup(progress, site.strategy, "commitment").all
    said = [("report", words.say("easy_report", progress.latest.date)),
            ("done", words.say("easy_done", tally.count("complete"), tally.total))]
    for kind, stage in (("working", "in_progress"), ("not_started", "not_started"),
                        ("paused", "paused")):
        if n := tally.count(stage):
            said.append((kind, words.say(f"easy_{kind}", n)))
    silent = tally.count(NO_UPDATE)
    said += [("silent", words.say("easy_silent", silent))] if silent else []
    late = len(overdue(progress))
    said += [("late", words.say("easy_late", late))] if late else []
    said.append(("more", words.say("easy_more")))
    pictures_ = words.label("easy_pictures")
    found = [{"picture": _picture(site, pictures_[kind]),
              "lines": [easy_html(s) for s in sentences(text)]} for kind, text in said]
    return PageSpec(paths.easy_read(paths.EASY_READ_PROGRESS_ID), words.label("easy_title"),
                    contexts.EasyRead(blocks=found), abbreviations=False,
                    sources=made_from(progress.latest.sources))


def _picture(site: Site, name: str) -> str:
    """A pictogram of the site's list; the packaged list's icon when the site's lacks it."""
    found = site.inputs.pictograms.get(name)
    if found is None:  # a site's own list without it: the document icon, said in words
        return pictures.pictogram("material/file-document-outline",
                                  site.progress_words.label("easy_fallback_alt"))
    return pictures.pictogram(found.icon, found.alt)


def blocks(site: Site, page: EasyReadPage) -> list[dict[str, Any]]:
    """A page's blocks as the template needs them: picture markup and one sentence a line."""
    return [_block(site, b) for b in page.blocks]


def _block(site: Site, block: Block) -> dict[str, Any]:
    if block.agreement is not None:
        return _agreement_block(site, block.agreement)
    pictogram = site.inputs.pictograms[block.picture or ""]
    return {"picture": pictures.pictogram(pictogram.icon, pictogram.alt),
            "lines": [easy_html(s) for s in sentences(block.text or "")]}


def _agreement_block(site: Site, item_id: str) -> dict[str, Any]:
    """ "9 out of 10 people agreed with our vision." with a picture of 10 people (the read
    step has checked that a question asks about the item)."""
    question = site.agreement(item_id)
    agreed = question.out_of_ten
    about = None if item_id == "vision" else question.label
    label = site.words.say("out_of_ten_picture", agreed, 10)
    return {"picture": pictures.people(agreed, label),
            "lines": [html.escape(site.words.say("out_of_ten", agreed, about))]}
