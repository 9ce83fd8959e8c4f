"""Each language's MkDocs build in a process of its own, alongside the original's.

The main build (plugin.py) starts one process per language as soon as it knows the site's
languages, so that the process loads Python, MkDocs and its plugins while the main build
renders the pages; it hands each process its pages once MkDocs has emptied the site folder
(`pages`), and the original's heading ids once MkDocs has converted every page of the
original (`anchors`). Meanwhile each process runs MkDocs into <site_dir>/<code>, on a core of
its own where there is one, and the main build waits for them before it writes the sitemap
(`wait`). A language whose build fails fails the main build with the same exception and
message; what MkDocs logs in a language's build is logged in the main build (so that strict
mode counts its warnings there too, as it did when the languages were built in the same
process).

Messages go both ways over the process's standard input and output, pickled (anything the
build itself prints goes to standard error): down, the Settings, then the pages, then the
anchors; up, log messages, then how the build ended. A process of our own rather than
multiprocessing's, for the reasons in site/drawing.py. This module imports MkDocs only inside
functions: under ProperDocs, the language's process must map `mkdocs.*` onto ProperDocs first.

Public API:

    settings_of(config, code, serving) -> Settings    (a language's, from the main build's)
    LanguageBuild(code, settings)  (the main build: .pages(edition, published),
                                    .anchors(anchors), .wait(), .stop();
                                    LanguageBuild.wait_all(builds), .stop_all(builds) -> [])
    received_pages() -> (Translated, [Edition]) | None    in a language's process, its pages
                                    (waiting for them); None in any other process
    received_anchors() -> {page URL: [heading id]}  the original's (waiting for them)
"""

from __future__ import annotations

import importlib
import logging
import os
import pickle
import queue
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from .pipeline import Translated
    from .translation.alternates import Edition

Anchors = dict[str, list[str]]  # the original's heading ids, by page URL


@dataclass(frozen=True)
class Settings:
    config_file: str
    site_dir: str             # <the main build's site_dir>/<code>
    site_url: str | None      # <the main build's site_url><code>/
    strict: bool | None
    command: str              # "build" or "serve", as the main build was started
    engine: str               # the module MkDocs' names stand for: mkdocs or properdocs
    levels: tuple[tuple[str, int], ...]  # the main build's log level of each engine logger


def settings_of(config: MkDocsConfig, code: str, serving: bool) -> Settings:
    """A language's build of the main build's configuration: into <site_dir>/<code>, at
    <site_url><code>/, strict and logging as the main build."""
    import mkdocs

    site_url = config.site_url or ""
    engine = mkdocs.__name__  # "properdocs" when ProperDocs maps mkdocs.* onto its modules
    return Settings(str(config.config_file_path), os.path.join(config.site_dir, code),
                    (site_url.rstrip("/") + f"/{code}/") if site_url else None,
                    config.strict or None, "serve" if serving else "build", engine,
                    tuple((name, logging.getLogger(name).getEffectiveLevel())
                          for name in dict.fromkeys(("mkdocs", engine))))


class LanguageBuild:
    """One language's build, seen from the main build. Two threads per process: one hands
    it the pages (waiting for charts still being drawn) and the anchors, one logs what it
    logs and keeps how it ended; so the main build never waits on a full pipe."""

    def __init__(self, code: str, settings: Settings) -> None:
        self.code = code
        # the package's own folder first, so that the process builds with this very code
        package_root = str(Path(__file__).resolve().parents[1])
        path = os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH")) if p)
        self._child = subprocess.Popen([sys.executable, "-m", __name__],
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       env={**os.environ, "PYTHONPATH": path})
        self._outbox: queue.SimpleQueue[Callable[[], object] | None] = queue.SimpleQueue()
        self._unsent: str | None = None    # why the pages could not be handed over
        self._ended: tuple[str, ...] | None = None
        self._outbox.put(lambda: settings)
        self._sender = threading.Thread(target=self._send, daemon=True,
                                        name=f"plainsight-{code}-send")
        self._reader = threading.Thread(target=self._read, daemon=True,
                                        name=f"plainsight-{code}-read")
        self._sender.start()
        self._reader.start()

    def pages(self, edition: Translated, published: list[Edition]) -> None:
        """The language's pages (with their charts, once drawn) and every edition."""
        self._outbox.put(lambda: (replace(edition, bundle=edition.bundle.finished(),
                                          warnings=()), published))

    def anchors(self, anchors: Anchors) -> None:
        self._outbox.put(lambda: anchors)

    def wait(self) -> None:
        """Until the build has ended; raises what stopped it."""
        from mkdocs import exceptions

        self._outbox.put(None)
        self._reader.join()
        self._child.wait()
        self._sender.join()
        if self._unsent is not None:
            raise exceptions.PluginError(self._unsent)
        if self._ended is None or self._ended[0] != "built":
            kind, message = self._ended[1:3] if self._ended else ("", "")
            found = getattr(exceptions, kind, None)
            if isinstance(found, type) and issubclass(found, exceptions.MkDocsException):
                raise found(message)
            raise exceptions.PluginError(
                f"the build in '{self.code}' stopped" + (f": {kind}: {message}" if kind else
                                                         " (its error, if any, is above)"))

    @staticmethod
    def wait_all(builds: list[LanguageBuild]) -> None:
        """Until every build has ended; raises what stopped the first that failed (and
        stops the others)."""
        try:
            for build in builds:
                build.wait()
        finally:
            LanguageBuild.stop_all(builds)

    @staticmethod
    def stop_all(builds: list[LanguageBuild]) -> list[LanguageBuild]:
        """End every build still running; none is left."""
        for build in builds:
            build.stop()
        return []

    def stop(self) -> None:
        """End the process now (the main build failed or was stopped)."""
        self._outbox.put(None)
        if self._child.poll() is None:
            self._child.kill()
        self._child.wait()
        self._reader.join()

    def _send(self) -> None:
        down = self._child.stdin
        assert down is not None
        try:
            while (make := self._outbox.get()) is not None:
                pickle.dump(make(), down, protocol=pickle.HIGHEST_PROTOCOL)
                down.flush()
        except OSError:  # the process has ended: its answer says why
            pass
        except Exception as err:  # a chart that could not be drawn, say
            self._unsent = str(err) or type(err).__name__
        finally:
            try:
                down.close()  # the process ends when its input does (if it is waiting)
            except OSError:
                pass

    def _read(self) -> None:
        up = self._child.stdout
        assert up is not None
        with up:
            while True:
                try:
                    message = pickle.load(up)
                except (OSError, EOFError, pickle.UnpicklingError):
                    return
                if message[0] == "log":
                    _, name, level, text = message
                    logging.getLogger(name).log(level, "%s", text)
                else:
                    self._ended = message


# In a language's process: its channel to the main build.
class _Stopped(BaseException):
    """The main build ended before handing everything over: this build stops quietly."""


class _Channel:
    def __init__(self, down: IO[bytes], up: IO[bytes]) -> None:
        self._down, self._up = down, up
        self._lock = threading.Lock()
        self.job: Any = None

    def send(self, message: tuple[Any, ...]) -> None:
        with self._lock:
            pickle.dump(message, self._up, protocol=pickle.HIGHEST_PROTOCOL)
            self._up.flush()

    def receive(self) -> Any:
        try:
            return pickle.load(self._down)
        except EOFError:
            raise _Stopped from None


_channel: _Channel | None = None


def received_pages() -> tuple[Translated, list[Edition]] | None:
    if _channel is None:
        return None
    if _channel.job is None:
        _channel.job = _channel.receive()
    return _channel.job  # type: ignore[no-any-return]


def received_anchors() -> Anchors:
    assert _channel is not None
    return _channel.receive()  # type: ignore[no-any-return]


class _Forward(logging.Handler):
    def __init__(self, channel: _Channel) -> None:
        super().__init__()
        self.channel = channel

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.channel.send(("log", record.name, record.levelno, record.getMessage()))
        except (OSError, ValueError):
            pass


def serve() -> None:
    """A language's process: one MkDocs build with what the main build sends."""
    global _channel
    down = sys.stdin.buffer
    up = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # what the build prints: stderr
    try:
        settings: Settings = pickle.load(down)
    except EOFError:
        return
    if settings.engine == "properdocs":
        importlib.import_module("properdocs.replacement")  # mkdocs.* names ProperDocs'
    _channel = _Channel(down, up)
    for name, level in settings.levels:
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.propagate = False
        logger.addHandler(_Forward(_channel))
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    try:
        config = load_config(settings.config_file, site_dir=settings.site_dir,
                             site_url=settings.site_url, strict=settings.strict)
        config.plugins.on_startup(command=settings.command, dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    except _Stopped:
        return
    except Exception as err:
        if not isinstance(err, MkDocsException):
            traceback.print_exc()
        ended: tuple[str, ...] = ("failed", type(err).__name__, str(err))
    else:
        ended = ("built",)
    try:
        _channel.send(ended)
    except OSError:  # the main build has gone
        pass


if __name__ == "__main__":  # this module again under its own name, which the plugin imports
    importlib.import_module(__spec__.name).serve()
