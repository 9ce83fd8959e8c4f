"""The `languages:` setting: what is accepted, and the message for each mistake, through
`plainsight check` as a comms officer meets it."""

from __future__ import annotations

from pathlib import Path

import pytest

from plainsight_strategy.core.problems import Problems
from plainsight_strategy.translation.languages import Language, parse_languages

from .sites import MINIMAL, run, with_languages


def parsed(raw: object, site: str = "en-GB") -> tuple[tuple[Language, ...], list[str]]:
    problems = Problems()
    languages = parse_languages(raw, site, problems)
    return languages, [p.message for p in problems]


def test_languages_are_read_with_their_direction() -> None:
    languages, problems = parsed([
        {"code": "cy", "name": "Cymraeg", "mode": "complete"},
        {"code": "UR", "name": "اردو", "mode": "partial"},
        {"code": "pt-br", "name": "Português", "mode": "partial", "dir": "ltr"},
        {"code": "yi", "name": "ייִדיש", "mode": "partial", "dir": "ltr"}])
    assert problems == []
    assert languages == (Language("cy", "Cymraeg", "complete", "ltr"),
                         Language("ur", "اردو", "partial", "rtl"),
                         Language("pt-BR", "Português", "partial", "ltr"),
                         Language("yi", "ייִדיש", "partial", "ltr"))
    assert parsed(None) == ((), []) and parsed([]) == ((), [])


@pytest.mark.parametrize(("raw", "message"), [
    ([{"code": "welsh_1", "name": "Cymraeg", "mode": "complete"}],
     "plainsight languages: language 1: 'welsh_1' is not a language code"),
    ([{"code": "cy", "name": "Cymraeg", "mode": "full"}],
     "plainsight languages: language 1 (cy): mode 'full' is not complete or partial"),
    ([{"code": "en", "name": "English", "mode": "complete"}],
     "plainsight languages: language 1 (en) is the site's own language (theme.language)"),
    ([{"code": "cy", "mode": "complete"}],
     "plainsight languages: language 1 (cy): 'name' is missing"),
    ([{"code": "cy", "name": "Cymraeg", "mode": "complete", "direction": "rtl"}],
     "plainsight languages: language 1: unknown field 'direction'"),
    ([{"code": "cy", "name": "Cymraeg", "mode": "complete", "dir": "up"}],
     "plainsight languages: language 1 (cy): dir 'up' is not ltr or rtl"),
    ([{"code": "cy", "name": "Cymraeg", "mode": "complete"},
      {"code": "CY", "name": "Cymraeg", "mode": "partial"}],
     "plainsight languages: language 2 (cy) is listed twice (also language 1)"),
    ("cy", "plainsight languages: should be a list, one language per line starting with '- '"),
])
def test_mistakes(raw: object, message: str) -> None:
    languages, problems = parsed(raw)
    assert message in problems


def test_check_lists_a_mistake_with_the_content_problems(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = with_languages(MINIMAL, tmp_path / "site",
                            "{code: en-US, name: English, mode: partial}")
    assert run(config, "check") == 1
    assert "- mkdocs.yml: plainsight languages: language 1 (en-US) is the site's own " \
           "language (theme.language)" in capsys.readouterr().err


def test_a_partial_language_does_not_stop_check(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    config = with_languages(MINIMAL, tmp_path / "site", "{code: pl, name: Polski, mode: partial}")
    assert run(config, "check") == 0
    config.write_text(config.read_text().replace("partial", "complete"))
    assert run(config, "check") == 1
    err = capsys.readouterr().err
    assert "- content/strategy.yaml, line 1: 'title' has no Polski (pl) translation" in err
    assert "- content/pages/foreword.md, line 1: 'block 0' has no Polski (pl) translation" in err
