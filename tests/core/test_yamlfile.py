"""YAML with lines: what the loader makes of values people type."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from plainsight_strategy.core.problems import Problems
from plainsight_strategy.core.yamlfile import parse_yaml


def test_dates_are_dates_and_impossible_dates_stay_text(tmp_path: Path) -> None:
    path = tmp_path / "dates.yaml"
    path.write_text("good: 2022-02-24\nimpossible: 2022-02-30\n")
    problems = Problems()
    parsed = parse_yaml(path, "dates.yaml", problems)
    assert not problems and parsed is not None
    assert parsed.data == {"good": dt.date(2022, 2, 24), "impossible": "2022-02-30"}
