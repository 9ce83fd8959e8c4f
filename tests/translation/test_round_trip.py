"""The whole exchange on the bundled example: export for a pseudo-language, a supplier's
pseudo-translation of every text, import, status at 100%; then a source changes and only
that translation goes stale, which a `complete` language's check names."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from plainsight_strategy.core.problems import Problems
from plainsight_strategy.site.catalogues import TEMPLATE
from plainsight_strategy.translation.segments import extract
from plainsight_strategy.translation.store import read_store
from plainsight_strategy.translation.xliff import NS
from tests.translation.interface import own_words, pseudo_catalogue

from .sites import ROOT, pseudo, run, with_languages

X = f"{{{NS}}}"


def fill(exported: Path, translated: Path) -> int:
    """What a supplier sends back: every target filled, marked translated."""
    ET.register_namespace("", NS)
    tree = ET.parse(exported)
    count = 0
    for unit in tree.iter(f"{X}trans-unit"):
        source = unit.find(f"{X}source")
        assert source is not None and source.text
        target = ET.SubElement(unit, f"{X}target", {"state": "translated"})
        target.text = pseudo(source.text)
        count += 1
    tree.write(translated, encoding="UTF-8", xml_declaration=True)
    return count


def check_structure(path: Path) -> ET.Element:
    """XLIFF 1.2's required structure and attributes, read with a real parser."""
    root = ET.parse(path).getroot()
    assert root.tag == f"{X}xliff" and root.get("version") == "1.2"
    files = root.findall(f"{X}file")
    assert len(files) == 1
    for attribute in ("original", "source-language", "target-language", "datatype"):
        assert files[0].get(attribute), attribute
    body = files[0].find(f"{X}body")
    assert body is not None
    ids = []
    for unit in body.findall(f"{X}trans-unit"):
        assert unit.get("id")
        ids.append(unit.get("id"))
        children = [child.tag for child in unit]
        assert children[0] == f"{X}source", children
        assert children.count(f"{X}source") == 1 and children.count(f"{X}target") <= 1
        assert set(children) <= {f"{X}source", f"{X}target", f"{X}note"}
    assert len(ids) == len(set(ids))
    return root


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    return with_languages(ROOT, folder / "site", "{code: qps, name: Pseudo, mode: partial}")


def test_round_trip(site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = site.parent
    segments = extract(folder, folder / "content", Problems())
    exported = tmp_path / "qps.xlf"
    assert run(site, "translate", "export", "--lang", "qps", "--output", str(exported)) == 0
    root = check_structure(exported)
    file = root.find(f"{X}file")
    assert file is not None and file.get("original") == "https://jhws.example.org.uk/"
    assert (file.get("source-language"), file.get("target-language")) == ("en-GB", "qps")
    units = list(root.iter(f"{X}trans-unit"))
    assert [u.get("id") for u in units] == [s.id for s in segments]
    note = units[0].find(f"{X}note")
    assert note is not None and re.match(r"content/\S+, line \d+: \S+", note.text or "")

    translated = tmp_path / "qps-back.xlf"
    assert fill(exported, translated) == len(segments)
    capsys.readouterr()
    assert run(site, "translate", "import", str(translated)) == 0
    assert f"Stored {len(segments)} Pseudo translations" in capsys.readouterr().out
    store = folder / "content" / "translations" / "qps.po"
    stored = read_store(store, "qps.po", Problems())
    assert stored["content/strategy.yaml#/title"].target == pseudo(
        stored["content/strategy.yaml#/title"].source)
    assert run(site, "translate", "status") == 0
    assert f"Pseudo (qps, partial): {len(segments)} of {len(segments)} texts translated " \
           "and up to date (100%)" in capsys.readouterr().out

    # Nothing left to export; importing the same file again writes the same bytes.
    before = store.read_bytes()
    assert run(site, "translate", "import", str(translated)) == 0
    assert store.read_bytes() == before
    again = tmp_path / "again.xlf"
    assert run(site, "translate", "export", "--lang", "qps", "--output", str(again)) == 0
    assert not list(check_structure(again).iter(f"{X}trans-unit"))

    # One source changes: that one translation is stale, and nothing else.
    section = folder / "content" / "sections" / "school-readiness.yaml"
    text = section.read_text(encoding="utf-8")
    changed = next(s for s in segments if s.id.startswith(
        "content/sections/school-readiness.yaml#/commitments/0/text"))
    first_words = changed.source.split("\n")[0][:40]
    assert first_words in text
    section.write_text(text.replace(first_words, "Now " + first_words, 1),
                       encoding="utf-8")
    capsys.readouterr()
    assert run(site, "translate", "status", "--verbose") == 0
    out = capsys.readouterr().out
    assert "1 missing" not in out and "0 missing, 1 out of date" in out
    assert f"  out of date: {changed.where}: commitments/0/text" in out
    stale = tmp_path / "stale.xlf"
    assert run(site, "translate", "export", "--lang", "qps", "--output", str(stale)) == 0
    [unit] = list(check_structure(stale).iter(f"{X}trans-unit"))
    target = unit.find(f"{X}target")
    assert unit.get("id") == changed.id and target is not None
    assert target.get("state") == "needs-review-translation"
    assert target.text == pseudo(changed.source)

    # The package's own wording: a PO file of every message for the translator, then the
    # translated file put in its place; status counts it. mkdocs.yml's own words (its name,
    # its copyright line) are in the file too.
    total = len(read_po(TEMPLATE.open("rb")))
    own = own_words(site)
    assert len(own) == 2 and own[0].startswith("Leicestershire Joint Health")
    assert "Plainsight's own words: 0 of" in out
    assert run(site, "translate", "wording", "--lang", "qps") == 0
    catalogue = folder / "content" / "translations" / "interface" / "qps.po"
    assert f"Wrote content/translations/interface/qps.po: 0 of {total + 2} of Plainsight's own " \
           "words translated" in capsys.readouterr().out
    with catalogue.open("rb") as file:
        made = read_po(file)
    assert {m.id for m in made if m.id} == {
        m.id for m in read_po(TEMPLATE.open("rb")) if m.id} | set(own)
    pseudo_catalogue(catalogue, site)  # what the translator sends back
    assert run(site, "translate", "wording", "--lang", "qps") == 0  # kept, brought up to date
    assert f": {total + 2} of {total + 2} of Plainsight's own words" in capsys.readouterr().out
    assert run(site, "translate", "status") == 0
    assert f"  Plainsight's own words: {total} of {total} translated" in capsys.readouterr().out

    # The same site with the language `complete`: check fails and names the stale text.
    config = site.read_text(encoding="utf-8")
    site.write_text(config.replace("mode: partial", "mode: complete"), encoding="utf-8")
    try:
        assert run(site, "check") == 1
    finally:
        site.write_text(config, encoding="utf-8")
    err = capsys.readouterr().err
    assert "1 problem" not in err  # the stale text and the summary: two
    assert (f"- {changed.where}: 'commitments/0/text' has changed since it was translated "
            "into Pseudo (qps): the translation is out of date") in err
    assert "Pseudo (qps) is complete, so every text needs a current translation: 0 missing, " \
           "1 out of date" in err
