"""The MkDocs build of the bundled example, as `make site` runs it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_site_has_every_section_and_commitment_page(built_site: Path) -> None:
    stages = ["best-start-for-life", "staying-healthy-safe-and-well", "living-and-supported-well",
              "dying-well", "cross-cutting-themes"]
    sections = [p for stage in stages for p in (built_site / stage).glob("*/index.html")]
    assert len(sections) == 13
    commitments = list((built_site / "delivery-plan").glob("*/index.html"))
    assert len(commitments) == 80
    page = (built_site / "delivery-plan" / "a-1" / "index.html").read_text()
    assert 'id="a-1-1"' in page
    assert (built_site / "open-data" / "delivery-plan.json").exists()


def test_the_themes_list_of_pictograms_is_not_published(built_site: Path) -> None:
    assert (built_site / "easy-read" / "index.html").exists()
    assert not (built_site / "easy-read" / "pictograms.yaml").exists()
    assert not list(built_site.rglob("*.yaml"))


def test_pages_are_british_english_and_fetch_nothing_from_other_hosts(built_site: Path) -> None:
    for html in [built_site / "index.html", built_site / "delivery-plan" / "d-4" / "index.html"]:
        text = html.read_text()
        assert '<html lang="en-GB"' in text
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text
        for tag in re.findall(r"<(?:script|img|link|iframe|source|video|audio)\b[^>]*>", text):
            if 'rel="canonical"' in tag or 'rel="alternate"' in tag:
                continue  # names a URL, fetches nothing
            assert not re.search(r'(?:src|href)="(?:https?:)?//', tag), tag
        assert 'role="dialog" aria-label="Search"' in text


def test_abbreviations_are_marked_up(built_site: Path) -> None:
    page = (built_site / "best-start-for-life" / "school-readiness" / "index.html").read_text()
    assert '<abbr title="Free School Meals">FSM</abbr>' in page


def test_section_pages_link_to_every_indicator(built_site: Path) -> None:
    """The link sits in raw HTML beside the CSV link, where MkDocs reads no Markdown: it must
    be an <a> to /indicators/, not the literal text "[Every indicator](...)"."""
    for name in ("first-1001-critical-days", "school-readiness"):
        page = (built_site / "best-start-for-life" / name / "index.html").read_text()
        assert "[Every indicator]" not in page
        assert '<a href="../../indicators/">Every indicator</a>' in page
    assert (built_site / "indicators" / "index.html").is_file()


def test_a_broken_edit_fails_with_file_and_line_and_keeps_the_old_site(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(ROOT / "tests" / "fixtures" / "minimal", project)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("../../../theme", str(ROOT / "theme")))
    build = [sys.executable, "-m", "plainsight_strategy", "build", "--config-file", str(config),
             "--site-dir", str(project / "site")]
    first = subprocess.run(build, capture_output=True, text=True, cwd=project)
    assert first.returncode == 0, first.stderr
    before = sorted(p.relative_to(project / "site") for p in (project / "site").rglob("*"))
    home = (project / "site" / "index.html").read_bytes()

    strategy = project / "content" / "strategy.yaml"
    strategy.write_text(strategy.read_text().replace("  statement:", "   statement:", 1))
    second = subprocess.run(build, capture_output=True, text=True, cwd=project)
    assert second.returncode == 1
    assert "content/strategy.yaml, line" in second.stderr
    assert "Traceback" not in second.stderr
    after = sorted(p.relative_to(project / "site") for p in (project / "site").rglob("*"))
    assert after == before
    assert (project / "site" / "index.html").read_bytes() == home
    assert not list(project.glob(".site-*"))  # no staging folders left behind


def test_serve_watches_content_and_data() -> None:
    """`mkdocs serve` rebuilds when anything in content/ or data/ changes."""
    from mkdocs.config import load_config

    from plainsight_strategy.plugin import PlainsightPlugin

    watched: list[str] = []

    class Server:
        def watch(self, path: str) -> None:
            watched.append(path)

    config = load_config(str(ROOT / "mkdocs.yml"))
    plugin = config.plugins["plainsight"]
    assert isinstance(plugin, PlainsightPlugin)
    plugin.on_serve(Server(), config=config, builder=None)
    assert str(ROOT / "content") in watched and str(ROOT / "data") in watched
