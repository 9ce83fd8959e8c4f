"""Drawing charts: an Altair chart (and its narrow rendition) to accessible SVG, now or
meanwhile.

Public API:

    Drawer(cache)              .svg(chart, chart_id, title, description, css_class) -> SVG
                                   (chart: an Altair chart, the one kind of wide chart)
                               .renditions(wide, narrow, chart_id, title, description)
                                   -> (wide SVG, narrow SVG)   (narrow: the Vega-Lite spec
                                   chartnarrow.py or indicator_narrow.py writes)
                               .kept(kind, parts, make) -> value (cached once drawn)
                               .fill(text) -> text      .close(wait=False)
    BackgroundDrawer(cache, processes=None)   the same, but .svg() hands back a placeholder
                               at once and the chart is drawn in another process (two where
                               there are two cores); .fill(text) puts each drawing in place
                               of its placeholder, waiting for it if need be
    NOW                        a Drawer without a cache, the default where one is optional
    DrawingFailed              a chart drawn meanwhile could not be drawn (raised by .fill)
    draw_svg(spec, chart_id, title, description, css_class) -> SVG   (one drawing, here)
    wide_spec(chart) -> spec   an Altair chart's Vega-Lite spec (refuses anything else)
    NARROW_SUFFIX              the narrow rendition's ids are the chart's id + this

Why in another process: vl-convert draws one chart at a time, about 50 ms each after half a
second to start, and holds the GIL all the while, so a thread would stop the build as surely
as drawing in line. A cold build of a site with a consultation spent most of its extra time
there. Drawn in other processes, on the other core, the charts are ready by the time MkDocs
reaches the pages that show them, having converted the other pages meanwhile
(plugin.on_page_markdown fills each page just before MkDocs reads it); where a page comes
before its charts are done, MkDocs waits and both cores draw. A filled page is the same,
byte for byte, as a page drawn at once.

Both chart modules (charts.py, indicator_charts.py) build their wide charts with Altair,
from chartspec.py's blocks; `wide_spec` is the one place those become Vega-Lite, and the
fonts, colours and sizes all charts share (chartsvg.config) are set on every spec here.
Altair is never imported by this module: whoever built the chart has imported it already.

Drawings come from the build's disk cache when the same spec, ids and texts were drawn
before; a drawn chart is kept there once it is done. The processes start only if a chart
has to be drawn, and stop once the last one is.
"""

from __future__ import annotations

import json
import os
import pickle
import queue
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import fields, is_dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar

from ..core.cache import NO_CACHE, Cache
from ..translation import marks
from .chartsvg import accessible_svg, config

if TYPE_CHECKING:
    import altair as alt

__all__ = ["NARROW_SUFFIX", "NOW", "BackgroundDrawer", "Drawer", "DrawingFailed",
           "draw_svg", "wide_spec"]

T = TypeVar("T")
NARROW_SUFFIX = "-narrow"
Job = tuple[dict[str, Any], str, str, str, str]  # draw_svg's arguments
# Where a chart goes until it is drawn: an HTML comment, so a page that somehow kept one
# would still be valid, and a key that only this build's drawer knows.
PLACEHOLDER = "<!--plainsight-drawing:{}-->"
_PLACEHOLDER = re.compile(r"<!--plainsight-drawing:([0-9a-f]+)-->")


class DrawingFailed(Exception):
    """A chart could not be drawn (a fault in this package or in vl-convert, never in the
    content, which the read step has checked); the message names the chart and says why."""


def draw_svg(spec: dict[str, Any], chart_id: str, title: str, description: str,
             css_class: str) -> str:
    """One chart drawn by vl-convert and made accessible (in a drawing process, or here)."""
    import vl_convert as vlc  # a native library with a JavaScript engine: only to draw
    return accessible_svg(vlc.vegalite_to_svg(spec), chart_id, title, description, css_class)


def wide_spec(chart: alt.TopLevelMixin) -> dict[str, Any]:
    """A wide chart's Vega-Lite spec, from the Altair chart it must be (a plain dict is
    refused: every wide chart is written with Altair, through chartspec.py)."""
    import altair as alt  # imported already by the module that built the chart

    if not isinstance(chart, alt.TopLevelMixin):
        raise TypeError(f"a wide chart must be an Altair chart, not {type(chart).__name__} "
                        "(build it with chartspec.py's blocks)")
    # Altair's schema check takes longer than drawing; the specs are made by this package
    # alone (tests draw every kind), and vl-convert refuses an invalid one anyway.
    return chart.to_dict(validate=False)


class Drawer:
    """Draws each chart when asked (through the cache)."""

    def __init__(self, cache: Cache = NO_CACHE):
        self.cache = cache

    def svg(self, chart: alt.TopLevelMixin, chart_id: str, title: str, description: str,
            css_class: str = "") -> str:
        """The (Altair) chart as accessible SVG, or a placeholder for it (see `fill`)."""
        return self._spec_svg(wide_spec(chart), chart_id, title, description, css_class)

    def renditions(self, wide: alt.TopLevelMixin, narrow: dict[str, Any], chart_id: str,
                   title: str, description: str) -> tuple[str, str]:
        """Both renditions of a chart, each with its own ids and the class the stylesheet
        picks one by: (wide, narrow)."""
        return (self.svg(wide, chart_id, title, description, "ps-chart-wide"),
                self._spec_svg(narrow, chart_id + NARROW_SUFFIX, title, description,
                               "ps-chart-narrow"))

    def _spec_svg(self, spec: dict[str, Any], chart_id: str, title: str, description: str,
                  css_class: str) -> str:
        spec = {**spec, "config": config()}
        text = json.dumps(spec, sort_keys=True)
        if marks.has_marks(text):  # words shown in the original language: drawn unmarked
            text = marks.strip(text)
            spec, title, description = json.loads(text), marks.strip(title), marks.strip(
                description)
        parts = [text, chart_id, title, description, css_class]
        return self._drawn(parts, (spec, chart_id, title, description, css_class))

    def _drawn(self, parts: Sequence[str], job: Job) -> str:
        return self.cache.pickled("chart", parts, lambda: draw_svg(*job))

    def kept(self, kind: str, parts: Sequence[bytes | str], make: Callable[[], T]) -> T:
        """A value that holds drawings (figures for a page), from the cache or made; it is
        kept in the cache with its drawings in place, once they are drawn."""
        found = self.cache.load(kind, parts)
        if found is not None:
            return found
        value = make()
        self._after_drawing(lambda: self.cache.store(kind, parts, _filled(value, self.fill)))
        return value

    def _after_drawing(self, task: Callable[[], object]) -> None:
        task()

    def fill(self, text: str) -> str:
        """The text with every placeholder replaced by its drawing (none here: drawn at once)."""
        return text

    def close(self, wait: bool = False) -> None:
        """No more charts will be asked for; with `wait`, return once all are drawn and kept."""


class BackgroundDrawer(Drawer):
    """Draws in processes of their own while the build goes on; a chart already in the cache
    is handed back at once. Threads here hand the drawings over in the order they were asked
    for, one to each process (vl-convert draws one chart at a time), and keep each in the
    cache; while a thread waits for its process it holds no lock, so the build runs on.

    Two processes where there are two cores or more: MkDocs reads the pages on one core, and
    when it has to wait for a chart, both cores draw."""

    def __init__(self, cache: Cache = NO_CACHE, processes: int | None = None):
        super().__init__(cache)
        count = processes or max(1, min(2, (os.cpu_count() or 1)))
        self._threads = ThreadPoolExecutor(count, thread_name_prefix="plainsight-drawing")
        self._idle: queue.SimpleQueue[DrawingProcess] = queue.SimpleQueue()
        self._processes = [DrawingProcess() for _ in range(count)]
        for process in self._processes:
            self._idle.put(process)
        self._pending: dict[str, Future[str]] = {}

    def _drawn(self, parts: Sequence[str], job: Job) -> str:
        found = self.cache.load("chart", parts)
        if found is not None:
            return str(found)
        key = self.cache.key("chart", parts)
        if key not in self._pending:  # the same chart asked for twice is drawn once
            self._pending[key] = self._threads.submit(
                self.cache.pickled, "chart", parts, lambda: self._draw(job))
        return PLACEHOLDER.format(key)

    def _draw(self, job: Job) -> str:
        process = self._idle.get()
        try:
            return process.draw(job)
        finally:
            self._idle.put(process)

    def _after_drawing(self, task: Callable[[], object]) -> None:
        asked = list(self._pending.values())  # every drawing asked for so far
        self._threads.submit(lambda: (wait_for(asked), task()))

    def fill(self, text: str) -> str:
        if "<!--plainsight-drawing:" not in text:
            return text
        return _PLACEHOLDER.sub(self._drawing, text)

    def _drawing(self, found: re.Match[str]) -> str:
        pending = self._pending.get(found.group(1))
        return found.group(0) if pending is None else pending.result()  # not ours: as it is

    def close(self, wait: bool = False) -> None:
        asked = list(self._pending.values())

        def stop() -> None:
            wait_for(asked)
            for process in self._processes:
                process.stop()

        self._threads.submit(stop)  # once the last drawing is done
        self._threads.shutdown(wait=wait)  # what is queued still runs


class DrawingProcess:
    """A Python process that draws one chart at a time: jobs go down its standard input and
    drawings come back up its standard output, pickled. Started on the first job.

    A process of our own, not multiprocessing's: its "spawn" runs the caller's main script
    again in the child unless that script is guarded by `if __name__ == "__main__"`, and
    "fork" copies a process whose other threads may hold locks."""

    def __init__(self) -> None:
        self._child: subprocess.Popen[bytes] | None = None

    def draw(self, job: Job) -> str:
        child = self._child or self._start()
        assert child.stdin is not None and child.stdout is not None
        try:
            pickle.dump(job, child.stdin)
            child.stdin.flush()
            drawn, answer = pickle.load(child.stdout)
        except (OSError, EOFError, pickle.UnpicklingError):
            raise DrawingFailed("the process drawing the charts stopped or wrote something "
                                "else (its error, if any, is above)") from None
        if not drawn:
            raise DrawingFailed(f"the chart '{job[1]}' could not be drawn: {answer}")
        return str(answer)

    def _start(self) -> subprocess.Popen[bytes]:
        # the package's own folder first, so the child draws with this very code
        package_root = str(Path(__file__).resolve().parents[2])
        path = os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH")) if p)
        self._child = subprocess.Popen([sys.executable, "-m", __name__],
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       env={**os.environ, "PYTHONPATH": path})
        return self._child

    def stop(self) -> None:
        if self._child is not None:
            assert self._child.stdin is not None
            self._child.stdin.close()  # the child ends when its input does
            self._child.wait()
            self._child = None


def _serve(jobs: BinaryIO, answers: BinaryIO) -> None:
    """The drawing process: draw each job until the input ends; a chart vl-convert refuses
    comes back as its message, and stops the build that asked for it."""
    while True:
        try:
            job = pickle.load(jobs)
        except EOFError:
            return
        try:
            answer = (True, draw_svg(*job))
        except Exception as err:  # noqa: BLE001  (any failure goes back to the build)
            answer = (False, str(err))
        pickle.dump(answer, answers)
        answers.flush()


def _filled(value: T, fill: Callable[[str], str]) -> T:
    """A copy of a value (dataclasses, tuples, lists, dicts, strings) with its drawings in
    place of their placeholders."""
    filled: Any
    if isinstance(value, str):
        filled = fill(value)
    elif is_dataclass(value) and not isinstance(value, type):
        filled = replace(value, **{f.name: _filled(getattr(value, f.name), fill)
                                   for f in fields(value) if f.init})
    elif isinstance(value, tuple | list):
        filled = type(value)(_filled(item, fill) for item in value)
    elif isinstance(value, dict):
        filled = {key: _filled(item, fill) for key, item in value.items()}
    else:
        filled = value
    return filled


NOW = Drawer()  # draws at once, caches nothing; holds no state


if __name__ == "__main__":  # the drawing process (DrawingProcess starts it)
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # anything printed goes to stderr
    _serve(sys.stdin.buffer, answers)
