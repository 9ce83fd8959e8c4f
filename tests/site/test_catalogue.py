"""The package's own wording as gettext messages: the shipped catalogue template
(generator/locale/plainsight.pot) holds exactly the messages of the theme's templates, and a
language's catalogues are read as site/catalogues.py says (the site's own entries win; a
translation that would break a page, or is fuzzy, is left out)."""

from __future__ import annotations

import io
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po, write_po
from babel.util import pathmatch

from plainsight_strategy.site import catalogues
from plainsight_strategy.site.templating import environment
from plainsight_strategy.translation import marks
from tests.conftest import ROOT

TEMPLATE = ROOT / "generator" / "locale" / "plainsight.pot"


def extracted() -> Catalog:
    """The theme's messages as `make pot` extracts them (babel.cfg: methods and options)."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as config:
        methods, options = parse_mapping_cfg(config)
    catalog = Catalog()
    for path in sorted((ROOT / "theme").rglob("*")):
        name = path.relative_to(ROOT).as_posix()
        for pattern, method in methods:
            if path.is_file() and pathmatch(pattern, name):
                for line, message, comments, context in extract_from_file(
                        method, path, options=options[pattern], comment_tags=("TRANSLATORS:",)):
                    catalog.add(message, None, [(name, line)], auto_comments=comments,
                                context=context)
                break
    return catalog


def ids(catalog: Catalog) -> set[object]:
    return {(m.id, m.context) for m in catalog if m.id}


def test_the_shipped_template_is_up_to_date() -> None:
    """Run `make pot` after changing any wording in theme/ (this names what differs)."""
    shipped = read_po(TEMPLATE.open("rb"))
    now = extracted()
    assert ids(shipped) - ids(now) == set(), "in the .pot, no longer in the templates"
    assert ids(now) - ids(shipped) == set(), "in the templates, not in the .pot: run make pot"
    assert len(now) > 400


def test_the_template_s_messages_are_whole_and_named() -> None:
    """Placeholders are named (%(name)s), so a translator can reorder them, and no message
    starts or ends with spaces (the template keeps those)."""
    for message in extracted():
        if not message.id:
            continue
        for text in ([message.id] if isinstance(message.id, str) else message.id):
            assert "%s" not in text and "%d" not in text, text
            assert text.strip() == text, repr(text)


def _po(path: Path, entries: dict[str, str], fuzzy: tuple[str, ...] = ()) -> Path:
    catalog = Catalog(locale="cy")
    for source, target in entries.items():
        catalog.add(source, target, flags=("fuzzy",) if source in fuzzy else ())
    buffer = io.BytesIO()
    write_po(buffer, catalog)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
    return path


def _render(env_language: str | None, catalogue: tuple[Path, ...], source: str) -> str:
    env = environment([ROOT / "theme" / "plainsight"], env_language, catalogue)
    return env.from_string(source).render()


def test_no_language_is_the_words_as_written(tmp_path: Path) -> None:
    site = _po(tmp_path / "cy.po", {"Glossary": "Geirfa"})
    assert _render(None, (site,), '{{ _("Glossary") }}') == "Glossary"
    assert catalogues.translations(None) == (None, "")


def test_the_site_s_catalogue_wins_and_a_broken_translation_is_left_out(tmp_path: Path,
                                                                        monkeypatch) -> None:
    ours = _po(tmp_path / "locale" / "cy" / "LC_MESSAGES" / "plainsight.po",
               {"Glossary": "Rhestr termau", "Open data": "Data agored"})
    monkeypatch.setattr(catalogues, "LOCALE_DIR", tmp_path / "locale")
    assert catalogues.package_catalogue("cy") == ours
    assert catalogues.package_catalogue("cy-GB") == ours
    site = _po(catalogues.site_catalogue(tmp_path / "content", "cy"), {
        "Glossary": "Geirfa",
        "About the %(strategy)s": "Am y %(strategi)s",  # a placeholder the message lacks
        "Our %(items)s": "Ein %(items)s",
        "Headline results": "Prif ganlyniadau"}, fuzzy=("Headline results",))
    said = _render("cy", (site,), '{{ _("Glossary") }}|{{ _("Open data") }}|'
                   '{{ _("About the %(strategy)s", strategy="strategaeth") }}|'
                   '{{ _("Our %(items)s", items="nodau") }}|{{ _("Headline results") }}')
    # the two left out are shown as written, each run of their words marked as English
    shown = said.replace(marks.START, "⟨").replace(marks.END, "⟩")
    assert shown == "Geirfa|Data agored|⟨About the⟩ strategaeth|Ein nodau|⟨Headline results⟩"
    assert catalogues.unusable(site) == ["About the %(strategy)s"]


def test_the_cache_key_changes_with_the_catalogue(tmp_path: Path) -> None:
    site = _po(tmp_path / "cy.po", {"Glossary": "Geirfa"})
    _, first = catalogues.translations("cy", (site,))
    _po(tmp_path / "cy.po", {"Glossary": "Rhestr termau"})
    _, second = catalogues.translations("cy", (site,))
    assert first and second and first != second
