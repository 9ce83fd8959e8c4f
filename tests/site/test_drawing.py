"""Charts drawn meanwhile, in a process of their own: the same pages as charts drawn at once,
kept in the cache with their drawings in place, and a failed drawing still stops the build."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import altair as alt
import pytest

from plainsight_strategy.build import BuildFailed, build
from plainsight_strategy.core.cache import NO_CACHE, Cache
from plainsight_strategy.pipeline import generate
from plainsight_strategy.site.bundle import Bundle
from plainsight_strategy.site.consultation import build_charts
from plainsight_strategy.site.drawing import BackgroundDrawer, DrawingFailed, DrawingProcess
from tests.conftest import example_project

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = "<!--plainsight-drawing:"


def test_pages_drawn_meanwhile_are_the_pages_drawn_at_once(bundle: Bundle) -> None:
    meanwhile = generate(example_project(), meanwhile=True)  # no cache: every chart is drawn
    waiting = [page.src for page in meanwhile.pages if PLACEHOLDER in page.markdown]
    assert "consultation/results.md" in waiting  # handed over before the charts were drawn
    finished = meanwhile.finished()
    assert not [page.src for page in finished.pages if PLACEHOLDER in page.markdown]
    assert [page.markdown for page in finished.pages] == [page.markdown for page in bundle.pages]


def test_figures_are_kept_in_the_cache_with_their_drawings(results, tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    drawer = BackgroundDrawer(cache)
    first = build_charts(results, drawer)
    assert all(chart.svg.startswith(PLACEHOLDER) for chart in first.all())
    drawer.close(wait=True)
    drawn = [drawer.fill(chart.svg) for chart in first.all()]
    assert all(svg.startswith("<svg") for svg in drawn)

    again = build_charts(results, BackgroundDrawer(cache))  # from the cache: no placeholder
    assert [chart.svg for chart in again.all()] == drawn


def test_a_chart_that_cannot_be_drawn_stops_the_page_that_shows_it() -> None:
    drawer = BackgroundDrawer(NO_CACHE)
    broken = alt.Chart(alt.InlineData(values=[{"x": 1}])).mark_bar().encode(
        x=alt.X(field="x", type="no-such-type"))  # type: ignore[arg-type]
    placeholder = drawer.svg(broken, "broken", "A broken chart", "It cannot be drawn.")
    drawer.close()
    with pytest.raises(DrawingFailed, match="the chart 'broken' could not be drawn: Vega-Lite"):
        drawer.fill(f"<figure>{placeholder}</figure>")


def test_a_cold_mkdocs_build_has_every_chart_in_place(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(ROOT / "tests" / "fixtures" / "minimal", project)
    built = subprocess.run([sys.executable, "-m", "plainsight_strategy", "build", "--site-dir",
                            str(project / "site")], capture_output=True, text=True, cwd=project)
    assert built.returncode == 0, built.stderr
    pages = {path: path.read_text() for path in (project / "site").rglob("*.html")}
    assert not [path for path, text in pages.items() if PLACEHOLDER in text]
    results = (project / "site" / "consultation" / "results" / "index.html").read_text()
    assert 'class="marks ps-chart-wide"' in results and 'class="marks ps-chart-narrow"' in results
    assert (project / ".cache" / "plainsight" / "charts").is_dir()  # kept for the next build


def test_a_script_without_a_main_guard_builds_once(tmp_path: Path) -> None:
    """The drawing process must not run the caller's script again (multiprocessing's "spawn"
    would, and the second run would start a second build)."""
    script = tmp_path / "build_site.py"
    script.write_text(
        "from pathlib import Path\n"
        "from plainsight_strategy.pipeline import Project, generate\n"
        "print('build started')\n"
        f"root = Path({str(ROOT / 'tests' / 'fixtures' / 'minimal')!r})\n"
        f"project = Project(root / 'content', root / 'data', Path({str(ROOT / 'theme')!r}))\n"
        "pages = generate(project, meanwhile=True).finished().pages\n"
        "print(sum('<svg' in page.markdown for page in pages), 'pages with charts')\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          cwd=tmp_path, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("build started") == 1
    assert "0 pages with charts" not in done.stdout and "pages with charts" in done.stdout


def test_a_comment_that_only_looks_like_a_placeholder_is_left_as_it_is() -> None:
    drawer = BackgroundDrawer(NO_CACHE)
    written = "<p>Foreword</p><!--plainsight-drawing:0123abcd-->"  # e.g. in a Markdown page
    assert drawer.fill(written) == written
    drawer.close()


def test_a_chart_that_fails_while_mkdocs_builds_stops_the_build_with_a_message(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "project"
    shutil.copytree(ROOT / "tests" / "fixtures" / "minimal", project)
    site = build(project / "mkdocs.yml", project / "site")
    home = (site / "index.html").read_bytes()
    shutil.rmtree(project / ".cache")  # the next build must draw again

    def fail(self: DrawingProcess, job: tuple) -> str:
        raise DrawingFailed(f"the chart '{job[1]}' could not be drawn: out of ink")

    monkeypatch.setattr(DrawingProcess, "draw", fail)
    with pytest.raises(BuildFailed, match="consultation/.*could not be drawn: out of ink"):
        build(project / "mkdocs.yml", project / "site")
    assert (site / "index.html").read_bytes() == home  # the previous site is kept
