"""generator/ and theme/ serve any council: nothing about the bundled example's organisation."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORDS = ["leicestershire", "leicester", "llr", "charnwood", "blaby", "jhws"]


@pytest.mark.parametrize("folder", ["generator", "theme"])
def test_code_and_theme_hold_nothing_organisation_specific(folder: str) -> None:
    for path in (ROOT / folder).rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            text = path.read_text(errors="ignore").lower()
            for word in WORDS:
                assert word not in text, f"{path.relative_to(ROOT)} mentions {word!r}"
