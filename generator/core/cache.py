"""A cache on disk for the slow, pure steps: rendering charts and analysing exports.

An entry's key is a hash of everything its result depends on (the chart spec and data, or
the export and survey definition) and of the code and library versions that compute it, so
a stale entry can never be used: change any input and the key changes. The code's part of
the key is a hash of every source file of the generator package, so a renamed or new module
is covered too. Entries are written atomically; a damaged entry is treated as missing.

Public API:

    Cache(folder | None)    .pickled(kind, parts, make) -> value; Cache(None) caches nothing
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
from collections.abc import Callable, Iterable
from functools import cache as memoise
from importlib.metadata import version
from pathlib import Path
from typing import TypeVar

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

    def pickled(self, kind: str, parts: Iterable[bytes | str], make: Callable[[], T]) -> T:
        """The cached value for these parts, or make() it and keep it (None is never kept:
        it means the step found problems, which must be found again next time)."""
        if self.folder is None:
            return make()
        path = self.folder / kind / self.key(kind, parts)
        try:
            return pickle.loads(path.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass  # missing or unreadable: compute it again
        value = make()
        if value is not None:
            self._write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        return value

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
