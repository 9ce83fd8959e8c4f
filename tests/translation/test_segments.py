"""Segments of the bundled example: ids from file and field, never titles; every page block;
stable across runs; the store's bytes deterministic; Markdown pages split and joined back."""

from __future__ import annotations

from pathlib import Path

from plainsight_strategy.core.problems import Problems
from plainsight_strategy.translation import blocks
from plainsight_strategy.translation.languages import Language
from plainsight_strategy.translation.segments import extract, source_hash
from plainsight_strategy.translation.store import Entry, read_store, render_store, write_store

from .sites import ROOT


def test_ids_name_the_file_and_field() -> None:
    problems = Problems()
    segments = {s.id: s for s in extract(ROOT, ROOT / "content", problems)}
    assert not problems
    commitment = segments["content/sections/first-1001-critical-days.yaml#/commitments/0/text"]
    assert commitment.file == "content/sections/first-1001-critical-days.yaml"
    assert commitment.field == "commitments/0/text" and commitment.line
    assert commitment.hash == source_hash(commitment.source) and len(commitment.hash) == 16
    heading = segments["content/pages/next-steps.md#0"]
    assert (heading.source, heading.line) == ("8.1 Evolution of the HWB", 1)
    assert segments["content/pages/next-steps.md#3"].source == "Leicestershire County Council"
    kinds = {s.file.split("/")[1] for s in segments.values()}
    assert {"strategy.yaml", "sections", "delivery-plan", "easy-read", "glossary.yaml",
            "accessibility.yaml", "consultation", "pages"} <= kinds
    # Not reader text: ids, refs, column names, contact e-mail, export file names.
    assert not [i for i in segments if i.endswith(("/id", "/ref", "/column", "/email",
                                                   "/export", "/file"))]
    assert extract(ROOT, ROOT / "content", Problems()) == tuple(segments.values())


def test_pages_split_and_join_back() -> None:
    for page in sorted((ROOT / "content" / "pages").glob("*.md")):
        text = page.read_text(encoding="utf-8")
        found = blocks.split(text)
        assert blocks.join(text, found, [b.text for b in found]) == text
    text = "# Title\n\n- one\n  more\n- two\n\n```\ncode\n```\n\nLast\nline\n"
    found = blocks.split(text)
    assert [(b.prefix, b.text, b.translatable) for b in found] == [
        ("# ", "Title", True), ("- ", "one\nmore", True), ("- ", "two", True),
        ("", "```\ncode\n```", False), ("", "Last\nline", True)]
    assert blocks.join(text, found, ["Teitl", "un\nmwy", "dau", "", "Olaf\nllinell"]) == \
        "# Teitl\n\n- un\n  mwy\n- dau\n\n```\ncode\n```\n\nOlaf\nllinell\n"


def test_store_is_deterministic(tmp_path: Path) -> None:
    cymraeg = Language("cy", "Cymraeg", "complete")
    entries = {"content/a.yaml#/items/10/text": Entry("Ten", "Deg"),
               "content/a.yaml#/items/2/text": Entry('80% of "us"\nsaid so', "80% ohonom"),
               "content/a.md#1": Entry("**Bold** [link](https://x.org)", "**Bras** [dolen]"
                                                                         "(https://x.org)")}
    first = render_store(entries, cymraeg)
    assert render_store(dict(reversed(entries.items())), cymraeg) == first
    text = first.decode()
    assert text.index("#/items/2/") < text.index("#/items/10/")
    assert f"#. source-hash: {source_hash('Ten')}\nmsgctxt \"content/a.yaml#/items/10/text\"\n" \
           "msgid \"Ten\"\nmsgstr \"Deg\"" in text
    assert "python-format" not in text and '"Language: cy\\n"' in text
    path = tmp_path / "cy.po"
    write_store(path, entries, cymraeg)
    assert path.read_bytes() == first
    assert read_store(path, "cy.po", Problems()) == entries


def test_a_broken_store_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "cy.po"
    path.write_text('msgctxt "a"\nmsgid "x"\nmsgstr "y"\n<<<<<<< merge conflict\n',
                    encoding="utf-8")
    problems = Problems()
    assert read_store(path, "content/translations/cy.po", problems) == {}
    assert [p.message.split(":")[0] for p in problems] == [
        "the translations file cannot be read"]
