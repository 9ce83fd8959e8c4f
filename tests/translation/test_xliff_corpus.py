"""Bad XLIFF files (tests/corpus/xliff/): each gives its message; a refused file stores
nothing, and a file with units for unknown or changed text stores the others."""

from __future__ import annotations

from pathlib import Path

import pytest

from plainsight_strategy.core.problems import Problems
from plainsight_strategy.translation.store import read_store

from .sites import MINIMAL, ROOT, run, with_languages

CORPUS = ROOT / "tests" / "corpus" / "xliff"
LANGUAGES = "{code: cy, name: Cymraeg, mode: complete}\n{code: pl, name: Polski, mode: partial}"


def cases() -> list[tuple[str, str, int]]:
    found = []
    for line in (CORPUS / "expected.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, rest = line.partition(": ")
            message, _, stored = rest.partition(" | stored ")
            found.append((name, message, int(stored or 0)))
    return found


def test_every_file_has_its_message() -> None:
    assert sorted(p.name for p in CORPUS.glob("*.xlf")) == sorted(c[0] for c in cases())


@pytest.mark.parametrize(("name", "message", "stored"), cases(), ids=lambda v: str(v)[:30])
def test_bad_file(name: str, message: str, stored: int, tmp_path: Path,
                  capsys: pytest.CaptureFixture[str]) -> None:
    config = with_languages(MINIMAL, tmp_path / "site", LANGUAGES)
    assert run(config, "translate", "import", str(CORPUS / name)) == 1
    out, err = capsys.readouterr()
    store = tmp_path / "site" / "content" / "translations" / "cy.po"
    if stored:
        assert f"  {message}" in err
        assert f"Stored {stored} Cymraeg translation" in out
        entries = read_store(store, "cy.po", Problems())
        assert list(entries) == ["content/strategy.yaml#/title"]
        assert entries["content/strategy.yaml#/title"].target == \
            "Strategaeth Iechyd Exampleshire 2030"
    else:
        where = ", " if message.startswith("line ") else ": "  # "file, line 6: ..."
        assert f"- {CORPUS / name}{where}{message}" in err
        assert not store.exists()
        assert "Stored" not in out


def test_no_entity_is_ever_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The external entity's file never reaches the store, whatever it holds."""
    config = with_languages(MINIMAL, tmp_path / "site", LANGUAGES)
    run(config, "translate", "import", str(CORPUS / "external-entity.xlf"))
    assert "root:" not in capsys.readouterr().out
    assert not (tmp_path / "site" / "content" / "translations").exists()
