"""The site stage in parts (site/part.py, site/parts/): a new kind of page is a part module,
a template and a URL; render.py builds the navigation, footer and open-data page from what
the parts declare, and each page carries the files it is made from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import pytest

from plainsight_strategy.core.cache import Cache
from plainsight_strategy.core.urls import HOME, OPEN_DATA
from plainsight_strategy.pipeline import Project, read
from plainsight_strategy.site import render as render_module
from plainsight_strategy.site.bundle import Asset, Bundle
from plainsight_strategy.site.contexts import PageContext
from plainsight_strategy.site.part import (
    Download,
    FooterLink,
    NavEntry,
    PageSpec,
    Part,
    Site,
)
from plainsight_strategy.site.parts import PARTS
from tests.conftest import MINIMAL, ROOT

NEW_PAGE = "new-thing/index.md"
NEW_FILE = "open-data/new-thing.json"


@dataclass(frozen=True)
class NewThingContext(PageContext):
    """new_thing.md, a new kind of page.

    count: how many stages there are
    """

    TEMPLATE: ClassVar[str] = "new_thing.md"
    count: int


class NewThing(Part):
    """What a new feature's module declares."""

    name = "new_thing"

    def __init__(self, site: Site):
        self.page = PageSpec(NEW_PAGE, "A new thing",
                             NewThingContext(count=len(site.strategy.groups)), nav_label="New")

    def pages(self) -> list[PageSpec]:
        return [self.page]

    def assets(self) -> list[Asset]:
        return [Asset(NEW_FILE, b"{}\n")]

    def downloads(self) -> list[Download]:
        return [Download(NEW_FILE, "Every new thing")]

    def nav(self) -> list[NavEntry]:
        return [NavEntry("glossary", self.page.link())]

    def footer(self) -> list[FooterLink]:
        return [FooterLink("print", "New thing", NEW_PAGE)]


def _render(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parts: tuple) -> Bundle:
    templates = tmp_path / "theme" / "plainsight"
    templates.mkdir(parents=True)
    (templates / "new_thing.md").write_text("# {{ title }}\n\n{{ count }} stages.\n")
    project = Project(MINIMAL / "content", MINIMAL / "data", ROOT / "theme")
    inputs = read(project, Cache(None))
    monkeypatch.setattr(render_module, "PARTS", parts)
    return render_module.render(inputs, [templates, *project.templates_dirs])


def test_a_new_kind_of_page_is_one_part(tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Its page, nav entry, footer link and download appear with nothing else changed."""
    bundle = _render(tmp_path, monkeypatch, (*PARTS, NewThing))
    page = bundle.page(NEW_PAGE)
    assert page.title == "A new thing" and page.markdown.startswith("# A new thing\n\n")
    assert {"New": NEW_PAGE} in bundle.nav
    assert ("New thing", "new-thing/") in bundle.footer
    assert NEW_FILE in bundle.srcs()
    assert "new-thing.json" in bundle.page(OPEN_DATA).markdown


def test_a_slot_with_no_place_is_an_error(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    class Misplaced(NewThing):
        def nav(self) -> list[NavEntry]:
            return [NavEntry("nowhere", self.page.link())]

    with pytest.raises(ValueError):
        _render(tmp_path, monkeypatch, (*PARTS, Misplaced))


def test_the_nav_label_is_the_page_title_unless_the_part_says(bundle: Bundle) -> None:
    """Titles are typed once: each nav entry naming a page comes from its PageSpec."""
    titles = {p.src: p.title for p in bundle.pages}

    def links(nav: list) -> list[tuple[str, str]]:
        found = []
        for item in nav:
            if isinstance(item, dict):
                for label, value in item.items():
                    found += links(value) if isinstance(value, list) else [(label, value)]
        return found

    named = links(bundle.nav)
    assert named and all(src in titles for _, src in named)
    differ = {src for label, src in named if titles[src] != label}
    assert differ <= {HOME, "consultation/index.md"}


def test_every_part_page_has_a_unique_path(bundle: Bundle) -> None:
    srcs = [p.src for p in bundle.pages]
    assert len(srcs) == len(set(srcs))


def test_pages_carry_the_files_they_are_made_from(bundle: Bundle) -> None:
    """Sources come from the parts' page specs (the loaders' records), indicator files
    included on the section pages that show indicators."""
    made = {p.src: p.made_from for p in bundle.pages}
    assert made[HOME] and all(isinstance(f, Path) for f in made[HOME])
    indicator_files = set(made["indicators/index.md"])
    assert indicator_files
    assert any(set(files) & indicator_files
               for src, files in made.items() if src != "indicators/index.md")
    assert made["consultation/index.md"] == made["consultation/results.md"]
