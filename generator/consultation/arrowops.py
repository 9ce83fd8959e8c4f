"""Arrow column helpers for the export: counting, masks and a quick check for repeats.

Public API:

    value_counts(column) -> {raw value: rows}     blanks left out, in order of first appearance
    all_distinct(column) -> bool                  no value repeated, blanks aside
    true(mask) -> numpy bool array                missing counted as false
    mask(rows) -> Arrow boolean array             from a numpy boolean array
    strings(values) -> Arrow string array         from Python strings

pyarrow imports pandas the first time it converts Python or numpy values, or Arrow booleans
to numpy, which would cost a build more than the analysis; these helpers go through the
buffers instead, so the analysis of an export never imports pandas.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

__all__ = ["all_distinct", "mask", "strings", "true", "value_counts"]


def value_counts(column: pa.ChunkedArray) -> dict[str, int]:
    """{raw value: rows} of the non-blank values, in order of first appearance."""
    counted = pc.value_counts(column)
    return {value: n for value, n in zip(counted.field(0).to_pylist(),
                                         counted.field(1).to_pylist(), strict=True)
            if value is not None}


def true(flags: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """A boolean Arrow mask as numpy, missing counted as false."""
    filled = pc.and_kleene(flags, pc.is_valid(flags)) if flags.null_count else flags
    if isinstance(filled, pa.ChunkedArray):
        filled = filled.combine_chunks()
    if len(filled) == 0:
        return np.zeros(0, dtype=bool)
    bits = np.frombuffer(filled.buffers()[1], dtype=np.uint8)
    every = np.unpackbits(bits, count=filled.offset + len(filled), bitorder="little")
    return every[filled.offset:].astype(bool)


def mask(rows: np.ndarray) -> pa.BooleanArray:
    """A numpy boolean mask as Arrow."""
    bits = pa.py_buffer(np.packbits(rows.astype(bool), bitorder="little"))
    return pa.BooleanArray.from_buffers(pa.bool_(), len(rows), [None, bits])


def strings(values: Sequence[str]) -> pa.StringArray:
    """Python strings as an Arrow array."""
    encoded = [value.encode("utf-8") for value in values]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int32)
    np.cumsum(np.array([len(e) for e in encoded], dtype=np.int32), out=offsets[1:])
    return pa.StringArray.from_buffers(len(encoded), pa.py_buffer(offsets),
                                       pa.py_buffer(b"".join(encoded)))


_PRIME = 1099511628211  # FNV's 64-bit prime: odd, so it has an inverse modulo 2**64


def all_distinct(column: pa.ChunkedArray) -> bool:
    """No value repeated (blanks aside). Quick path: a 64-bit hash of each value, worked out
    in numpy and sorted; values whose hashes all differ differ. Only if two hashes are equal
    (a repeat, or once in a great while a collision) does Arrow compare the values."""
    hashes = [_hashes(chunk) for chunk in column.chunks]
    if all(h is not None for h in hashes):
        found = np.sort(np.concatenate([h for h in hashes if h is not None] or [[]]))
        if not (found[1:] == found[:-1]).any():
            return True
    filled = len(column) - column.null_count
    return pc.count_distinct(column, mode="only_valid").as_py() == filled


def _hashes(chunk: pa.Array) -> np.ndarray | None:
    """Polynomial hash of each non-blank string: sum of (byte + 1) * P**i over its bytes,
    from prefix sums over the whole buffer, each shifted back to its own start. None for a
    column that is not plain strings."""
    if chunk.type != pa.string():
        return None
    if chunk.null_count:
        chunk = chunk.drop_null()
    if len(chunk) == 0:
        return np.empty(0, dtype=np.uint64)
    _, offsets_buffer, data_buffer = chunk.buffers()
    offsets = np.frombuffer(offsets_buffer, dtype=np.int32)[
        chunk.offset:chunk.offset + len(chunk) + 1].astype(np.int64)
    start = offsets[0]
    offsets -= start
    size = int(offsets[-1])
    data = (np.frombuffer(data_buffer, dtype=np.uint8, count=size, offset=int(start))
            if size else np.empty(0, dtype=np.uint8))
    with np.errstate(over="ignore"):
        powers = np.full(size + 1, _PRIME, dtype=np.uint64)
        powers[0] = 1
        np.cumprod(powers, out=powers)
        sums = np.zeros(size + 1, dtype=np.uint64)
        np.cumsum((data.astype(np.uint64) + np.uint64(1)) * powers[:size], out=sums[1:])
        inverse = np.full(size + 1, pow(_PRIME, -1, 1 << 64), dtype=np.uint64)
        inverse[0] = 1
        np.cumprod(inverse, out=inverse)
        return (sums[offsets[1:]] - sums[offsets[:-1]]) * inverse[offsets[:-1]]
