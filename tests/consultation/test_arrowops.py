"""The Arrow helpers the analysis uses instead of pandas: same answers as the plain ways."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from plainsight_strategy.consultation import arrowops


def _chunked(values: list[str | None], cut: int) -> pa.ChunkedArray:
    column = pa.array(values, type=pa.string())
    return pa.chunked_array([column.slice(0, cut), column.slice(cut)])


@pytest.mark.parametrize("values", [
    ["R1", "R2", None, "R1"], ["ab", "ba"], ["x", ""], ["é", "e"], [None, None],
    ["12", "1", "2"], ["a", "b", "c", None, "d"], ["same", "same"],
])
def test_all_distinct_agrees_with_arrow(values: list[str | None]) -> None:
    column = _chunked(values, 2)
    expected = pc.count_distinct(column, mode="only_valid").as_py() == (
        len(column) - column.null_count)
    assert arrowops.all_distinct(column) is expected


def test_all_distinct_on_a_slice_sees_only_the_slice() -> None:
    assert arrowops.all_distinct(pa.chunked_array([pa.array(["a", "b", "c", "a"]).slice(0, 3)]))
    assert not arrowops.all_distinct(pa.chunked_array([pa.array(["q", "a", "a"]).slice(1)]))


def test_equal_hashes_fall_back_to_comparing_the_values(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(arrowops, "_hashes", lambda chunk: np.zeros(len(chunk), np.uint64))
    assert arrowops.all_distinct(_chunked(["a", "b", "c"], 1))  # a "collision", ids differ
    assert not arrowops.all_distinct(_chunked(["a", "b", "a"], 1))


def test_masks_and_strings_round_trip() -> None:
    flags = pa.chunked_array([pa.array([True, None, False]), pa.array([True] * 9)]).slice(1)
    assert arrowops.true(flags).tolist() == [False, False] + [True] * 9
    rows = np.array([1, 0, 1, 1, 0, 0, 0, 0, 1, 1], dtype=bool)
    assert arrowops.mask(rows).to_pylist() == rows.tolist()
    assert arrowops.strings(["a", "éé", ""]).to_pylist() == ["a", "éé", ""]
    assert arrowops.value_counts(_chunked(["b", None, "a", "b"], 2)) == {"b": 2, "a": 1}


def test_the_analysis_does_not_import_pandas() -> None:
    """pandas costs a cold build a quarter of a second; only workbooks and repeats need it."""
    script = ("import sys; from pathlib import Path\n"
              "from plainsight_strategy.consultation.load import load_consultation\n"
              "from plainsight_strategy.core.cache import NO_CACHE\n"
              "from plainsight_strategy.core.problems import Problems\n"
              "assert load_consultation(Path('content'), Path('data'), NO_CACHE, Problems())\n"
              "print('pandas' in sys.modules)\n")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True,
                          text=True, env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
