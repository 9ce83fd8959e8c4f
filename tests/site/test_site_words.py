"""The site's names for its pages, menus, footer links and downloads, and the easy-read
agreement sentence, are the theme's _site_words.md: a site that rewords it sees its words
everywhere they are used, and no such word is left in Python."""

from __future__ import annotations

import re
import shutil

import pytest

from plainsight_strategy.core import urls
from plainsight_strategy.pipeline import generate
from plainsight_strategy.site.bundle import Bundle
from tests.conftest import ROOT, example_project
from tests.helpers import nav_labels

WORDS = ROOT / "theme" / "plainsight" / "_site_words.md"


def _bracketed(text: str) -> str:
    """Every label the template sets (_("Label") in a {% set %} mapping) as "[Label]" (a
    site's own copy may write plain text instead of gettext messages)."""
    return re.sub(r'^(\s+"\w+": )_\("(.*)"\),$', r'\1"[\2]",', text, flags=re.M)


@pytest.fixture(scope="module")
def reworded(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    overrides = tmp_path_factory.mktemp("overrides")
    (overrides / "plainsight").mkdir()
    text = _bracketed(WORDS.read_text())
    text = text.replace("out of 10 people agreed with", "in every 10 said yes to")
    text = text.replace('"About the %(strategy)s"', '"All about the %(strategy)s"')
    text = text.replace('_("%(commitment)s %(ref)s", commitment=singular | upfirst, ref=ref)',
                        "ref ~ ': ' ~ singular")
    (overrides / "plainsight" / "_site_words.md").write_text(text)
    shutil.copytree(ROOT / "theme" / "easy-read", overrides / "easy-read")
    project = example_project()
    project = type(project)(project.content_dir, project.data_dir, project.theme_dir,
                            project.site_url, overrides_dir=overrides)
    return generate(project)


def _labels(name: str) -> dict[str, str]:
    """A {% set name = {...} %} mapping of the packaged template, read as text here."""
    block = re.search(rf"{{% set {name} = {{(.*?)}} %}}", WORDS.read_text(), re.S)
    assert block, name
    return dict(re.findall(r'"(\w+)": _\("(.*)"\),', block.group(1)))


def test_the_packaged_words_are_the_ones_the_site_shows(bundle: Bundle) -> None:
    titles = _labels("titles")
    assert bundle.page(urls.DELIVERY_PLAN).title == titles["delivery_plan"] == "Delivery plan"
    assert bundle.page(urls.OPEN_DATA).title == titles["open_data"]
    assert ("Print edition", "print/") in bundle.footer


def test_reworded_titles_menus_and_footer(reworded: Bundle) -> None:
    titles = _labels("titles")
    for key, src in (("delivery_plan", urls.DELIVERY_PLAN), ("indicators", urls.INDICATORS),
                     ("consultation_results", urls.CONSULTATION_RESULTS),
                     ("what_people_said", urls.WHAT_PEOPLE_SAID),
                     ("accessibility", urls.ACCESSIBILITY), ("print", urls.PRINT),
                     ("open_data", urls.OPEN_DATA), ("glossary", urls.GLOSSARY)):
        page = reworded.page(src)
        assert page.title == f"[{titles[key]}]", key
        if key != "print":  # the print edition's heading is the strategy's own title
            assert page.markdown.startswith(f"# [{titles[key]}]"), key
    nav = nav_labels(reworded.nav)
    for label in _labels("nav").values():
        assert f"[{label}]" in nav and label not in nav
    assert any(label.startswith("All about the ") for label in nav)
    footer = [text for text, _ in reworded.footer]
    assert "[Print edition]" in footer and "[Easy read]" in footer
    assert "[Accessibility statement]" in footer  # the page's own title


def test_reworded_commitment_titles(reworded: Bundle) -> None:
    page = reworded.page(urls.commitment("A.1"))
    assert page.title.startswith("A.1: ")


def test_reworded_downloads_on_the_open_data_page(reworded: Bundle) -> None:
    page = reworded.page(urls.OPEN_DATA).markdown
    for key, text in _labels("downloads").items():
        if key.startswith("progress_"):  # no report in the bundled example: tests/progress/
            continue
        assert f"[{text}]" in page, text


def test_reworded_easy_read_agreement(reworded: Bundle, bundle: Bundle) -> None:
    ours = [p.markdown for p in bundle.pages if "out of 10 people agreed with" in p.markdown]
    theirs = [p.markdown for p in reworded.pages if "in every 10 said yes to" in p.markdown]
    assert ours and len(theirs) == len(ours)
    assert not any("out of 10 people agreed with" in p.markdown for p in reworded.pages)
