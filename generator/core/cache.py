"""A cache on disk for the slow, pure steps: rendering charts and analysing exports.

An entry's key is a hash of everything its result depends on (the chart spec and data, or
the export and survey definition) and of the code and library versions that compute it, so
a stale entry can never be used: change any input and the key changes. The code's part of
the key is a hash of every source file of the generator package, so a renamed or new module
is covered too. Entries are written atomically; a damaged entry is treated as missing.

Public API:

    Cache(folder | None)    .pickled(kind, parts, make) -> value; .load(kind, parts) -> value
                            or None; .store(kind, parts, value); Cache(None) caches nothing
    NO_CACHE                a Cache(None), the default where a cache is optional
    file_digest(path) -> bytes
    code_version() -> bytes

The pipeline makes one Cache per build and passes it to the steps that use it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Sequence
from functools import cache as memoise
from importlib.metadata import version
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
_PACKAGE = Path(__file__).resolve().parent.parent  # generator/
_LIBRARIES = ("pandas", "pyarrow", "altair", "vl-convert-python", "pydantic")


@memoise
def code_version() -> bytes:
    """A hash of the package's source (names and contents) and of the libraries' versions."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(_PACKAGE.rglob("*.py")):
        name = path.relative_to(_PACKAGE).as_posix()
        digest.update(f"{name}\0".encode())
        digest.update(path.read_bytes())
    for library in _LIBRARIES:
        digest.update(f"{library}={version(library)};".encode())
    return digest.digest()


class Cache:
    """`Cache(None)` caches nothing (every call computes)."""

    def __init__(self, folder: Path | None):
        self.folder = folder

    def key(self, kind: str, parts: Iterable[bytes | str]) -> str:
        digest = hashlib.blake2b(kind.encode() + code_version(), digest_size=24)
        for part in parts:
            data = part.encode() if isinstance(part, str) else part
            digest.update(len(data).to_bytes(8, "little"))
            digest.update(data)
        return digest.hexdigest()

    def pickled(self, kind: str, parts: Sequence[bytes | str], make: Callable[[], T]) -> T:
        """The cached value for these parts, or make() it and keep it (None is never kept:
        it means the step found problems, which must be found again next time)."""
        found = self.load(kind, parts)
        if found is not None:
            return found
        value = make()
        self.store(kind, parts, value)
        return value

    def load(self, kind: str, parts: Sequence[bytes | str]) -> Any:
        """The value kept for these parts, or None when there is none (or it is damaged)."""
        if self.folder is None:
            return None
        try:
            return pickle.loads((self.folder / kind / self.key(kind, parts)).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None  # missing or unreadable: the caller computes it again

    def store(self, kind: str, parts: Sequence[bytes | str], value: object) -> None:
        """Keep a value for these parts (None is never kept)."""
        if self.folder is not None and value is not None:
            self._write(self.folder / kind / self.key(kind, parts),
                        pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def _write(self, path: Path, data: bytes) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, path)
        except OSError:
            pass  # a read-only or full disk slows the build down but never breaks it


def file_digest(path: Path) -> bytes:
    """A file's content hash, read in blocks (exports can be hundreds of megabytes)."""
    digest = hashlib.blake2b(digest_size=24)
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.digest()


NO_CACHE = Cache(None)  # computes every time; never changes
