"""Upgrades: a field renamed in a later content format still reads under its old name (older
sites keep building), and `check` says exactly what to rename, with file and line."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from pydantic import BaseModel

from plainsight_strategy.consultation import report, survey
from plainsight_strategy.content import models
from plainsight_strategy.core import formats
from plainsight_strategy.core.problems import ContentError
from plainsight_strategy.pipeline import Project, check, packaged_theme


@pytest.fixture
def renamed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(formats.RENAMED, "current_position", ("where_are_we_now", "0.2.0"))


def _project(content: Path) -> Project:
    return Project(content, content.parent / "data", packaged_theme())


def test_an_old_field_name_still_builds_and_check_says_what_to_rename(
        renamed: None, minimal_content: Path) -> None:
    section = minimal_content / "sections" / "healthy-babies.yaml"
    section.write_text(section.read_text().replace("where_are_we_now:", "current_position:"))
    notes = [str(n) for n in check(_project(minimal_content))]
    assert notes == [
        "content/sections/healthy-babies.yaml, line 7: 'current_position' was renamed in "
        "Plainsight 0.2.0: rename 'current_position' to 'where_are_we_now'\n"
        "    hint: the old name still works for now, but a later version will refuse it"]


def test_old_and_new_name_together_is_an_error(renamed: None, minimal_content: Path) -> None:
    section = minimal_content / "sections" / "healthy-babies.yaml"
    section.write_text(section.read_text() + "current_position: Old text.\n")
    with pytest.raises(ContentError) as caught:
        check(_project(minimal_content))
    assert ("content/sections/healthy-babies.yaml, line 16: 'current_position' was renamed in "
            "Plainsight 0.2.0 and 'where_are_we_now' is also there: remove 'current_position'"
            in caught.value.report())


def test_without_renames_nothing_changes() -> None:
    data = {"a": [{"b": 1}]}
    assert formats.upgrade(data, {}) == (data, [])
    assert formats.upgrade(data, {"b": ("c", "9")}) == ({"a": [{"c": 1}]}, [(("a", 0, "b"),
                                                                               "b", "c", "9")])


def _current_fields() -> set[str]:
    names: set[str] = set()
    for module in (models, survey, report):
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, BaseModel) and cls is not BaseModel:
                names.update(cls.model_fields)
    return names


def test_no_old_name_is_a_current_field() -> None:
    fields = _current_fields()
    assert "where_are_we_now" in fields  # the check sees the models
    assert [old for old in formats.RENAMED if old in fields] == []
    assert all(new in fields for new, _ in formats.RENAMED.values())
