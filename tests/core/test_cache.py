"""The disk cache: hits are reused, and a changed input or changed code never gets a stale entry."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import vl_convert

from plainsight_strategy.core import cache
from plainsight_strategy.core.cache import Cache
from plainsight_strategy.site import charts
from plainsight_strategy.site.drawing import Drawer
from tests.helpers import load_consultation

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def example(tmp_path: Path) -> tuple[Path, Path]:
    content, data = tmp_path / "content", tmp_path / "data"
    shutil.copytree(ROOT / "content" / "consultation", content / "consultation")
    shutil.copytree(ROOT / "data" / "consultation", data / "consultation")
    return content, data


def _count_renders(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    original = vl_convert.vegalite_to_svg
    monkeypatch.setattr(vl_convert, "vegalite_to_svg", lambda spec: calls.append(1) or
                        original(spec))
    return calls


def test_a_chart_is_drawn_once_then_reused(example, tmp_path, monkeypatch) -> None:
    calls = _count_renders(monkeypatch)
    store = Cache(tmp_path / "cache")
    results = load_consultation(*example, store)
    first = charts.agreement_ranking(results, drawer=Drawer(store)).svg
    second = charts.agreement_ranking(results, drawer=Drawer(store)).svg
    assert first == second and len(calls) == 2  # drawn once in each rendition, wide and narrow


def test_changed_data_never_gets_a_stale_chart_or_analysis(example, tmp_path, monkeypatch) -> None:
    content, data = example
    store = Cache(tmp_path / "cache")
    before = load_consultation(content, data, store)
    chart_before = charts.agreement_ranking(before, drawer=Drawer(store)).svg
    export = data / "consultation" / "responses.csv"
    lines = export.read_text().splitlines()
    lines[1] = lines[1].replace("Don't know", "Strongly agree", 1)  # one more agrees
    export.write_text("\n".join(lines) + "\n")
    after = load_consultation(content, data, store)
    chart_after = charts.agreement_ranking(after, drawer=Drawer(store)).svg
    assert after.agreement_for("vision").agree_n == before.agreement_for("vision").agree_n + 1
    assert chart_after != chart_before
    assert charts.agreement_ranking(after).svg == chart_after  # same as computed afresh


def test_changed_code_gets_a_new_key(monkeypatch) -> None:
    store = Cache(Path("unused"))
    key = store.key("chart", ["spec"])
    monkeypatch.setattr(cache, "code_version", lambda: b"another version")
    assert store.key("chart", ["spec"]) != key


def test_a_damaged_entry_is_computed_again(tmp_path: Path) -> None:
    store = Cache(tmp_path)
    assert store.pickled("x", ["a"], lambda: 1) == 1
    entry = next((tmp_path / "x").iterdir())
    entry.write_bytes(b"not a pickle")
    assert store.pickled("x", ["a"], lambda: 2) == 2


def test_the_code_version_covers_every_module_of_the_package(tmp_path, monkeypatch) -> None:
    """A new or renamed module changes the key: the version hashes the package's source."""
    package = tmp_path / "generator"
    (package / "core").mkdir(parents=True)
    (package / "core" / "a.py").write_text("x = 1\n")
    monkeypatch.setattr(cache, "_PACKAGE", package)
    cache.code_version.cache_clear()
    first = cache.code_version()
    (package / "core" / "a.py").rename(package / "core" / "b.py")
    cache.code_version.cache_clear()
    renamed = cache.code_version()
    cache.code_version.cache_clear()
    assert first != renamed


def test_a_step_that_found_problems_is_not_cached(tmp_path: Path) -> None:
    store = Cache(tmp_path)
    assert store.pickled("x", ["a"], lambda: None) is None
    assert store.pickled("x", ["a"], lambda: 3) == 3
