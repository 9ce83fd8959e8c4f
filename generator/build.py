"""Build the site with MkDocs into a temporary folder and swap it in only when it succeeded.

A failed build (bad content, a broken link under --strict) leaves the previous site/ as it was.

Public API: build(config_file, site_dir=None, strict=True) -> Path; BuildFailed.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError, MkDocsException, PluginError

from .core.history import commit_epoch


class BuildFailed(Exception):
    """The build stopped; the message says why, and site/ is untouched."""


def build(config_file: Path = Path("mkdocs.yml"), site_dir: Path | None = None,
          strict: bool = True) -> Path:
    """Build into a fresh folder next to site_dir, then replace site_dir with it."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    errors = _capture_mkdocs_log()
    config_file = config_file.resolve()
    _pin_build_date(config_file.parent)
    target = (site_dir or config_file.parent / "site").resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-new-", dir=target.parent))
    try:
        try:
            config = load_config(str(config_file), site_dir=str(staging), strict=strict)
            config.plugins.on_startup(command="build", dirty=False)
            try:
                mkdocs_build(config)
            finally:
                config.plugins.on_shutdown()
        except (PluginError, ConfigurationError) as err:
            raise BuildFailed(str(err)) from None
        except (Abort, MkDocsException) as err:
            raise BuildFailed("\n".join(errors.messages) or f"MkDocs stopped: {err}") from None
        _swap(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _pin_build_date(root: Path) -> None:
    """Same input, same bytes: date the build (sitemap, gzip header) by the last commit, or
    outside git by its newest input file; never by the clock.

    MkDocs dates pages with SOURCE_DATE_EPOCH when it is set; otherwise it would use today.
    """
    if "SOURCE_DATE_EPOCH" in os.environ:
        return
    committed = commit_epoch(root)
    if committed is not None:
        os.environ["SOURCE_DATE_EPOCH"] = str(committed)
        return
    newest = 0.0
    for folder in ("content", "data", "theme"):
        for path in (root / folder).rglob("*") if (root / folder).is_dir() else []:
            if path.is_file():
                newest = max(newest, path.stat().st_mtime)
    newest = max(newest, (root / "mkdocs.yml").stat().st_mtime)
    os.environ["SOURCE_DATE_EPOCH"] = str(int(newest))


def _swap(new: Path, target: Path) -> None:
    """Replace target with new in two renames, so readers never see a half-written site."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}-old-", dir=target.parent))
        old.rmdir()
        target.rename(old)
    new.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


class _Collect(logging.Handler):
    """Keeps MkDocs' error messages to report them; prints its warnings as they come."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if record.levelno >= logging.ERROR:
            self.messages.append(message)
        else:
            print(f"warning: {message}", file=sys.stderr)


def _capture_mkdocs_log() -> _Collect:
    """MkDocs logs why it stopped; without its CLI nobody prints that, so collect it here.

    INFO lines are left out: they are noise for a comms officer.
    """
    logger = logging.getLogger("mkdocs")
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    for old in [h for h in logger.handlers if isinstance(h, _Collect)]:
        logger.removeHandler(old)
    handler = _Collect()
    logger.addHandler(handler)
    return handler
