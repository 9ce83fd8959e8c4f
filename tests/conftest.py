"""Shared fixtures: the bundled example loaded and built once, a local server, a real browser."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from plainsight_strategy.content.strategy import Strategy
from plainsight_strategy.pipeline import Project, generate
from plainsight_strategy.site.bundle import Bundle
from tests.helpers import load

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = ROOT / "tests" / "fixtures" / "minimal"
CHILDREN_AND_FAMILIES = ROOT / "examples" / "children-and-families"
CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/browser/ drives Chromium: `pytest -m "not browser"` leaves it."""
    browser_dir = ROOT / "tests" / "browser"
    for item in items:
        if browser_dir in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


def example_project(root: Path = ROOT) -> Project:
    return Project(root / "content", root / "data", ROOT / "theme",
                   "https://jhws.example.org.uk")


@pytest.fixture(scope="session")
def strategy() -> Strategy:
    return load(ROOT / "content")


@pytest.fixture(scope="session")
def results():
    """The bundled consultation, analysed."""
    from tests.helpers import load_consultation
    loaded = load_consultation(ROOT / "content", ROOT / "data")
    assert loaded is not None
    return loaded


@pytest.fixture(scope="session")
def bundle() -> Bundle:
    return generate(example_project())


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled example built by MkDocs, exactly as `make site` builds it."""
    from plainsight_strategy.build import build
    return build(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def children_and_families_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """examples/children-and-families (a plan and its 24 February 2022 progress update) built
    by MkDocs in strict mode, into a temporary folder (the example itself is left as it was)."""
    from plainsight_strategy.build import build
    return build(CHILDREN_AND_FAMILIES / "mkdocs.yml",
                 tmp_path_factory.mktemp("children-and-families") / "site")


@pytest.fixture
def minimal_content(tmp_path: Path) -> Path:
    """A writable copy of the minimal fixture project; returns its content/ folder."""
    shutil.copytree(MINIMAL, tmp_path / "project")
    return tmp_path / "project" / "content"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site served on 127.0.0.1."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _require_browser_tools() -> None:
    missing = [str(p) for p in (CHROMIUM, AXE) if not p.exists()]
    if missing:
        message = f"browser tests need {', '.join(missing)}: run `make test`"
        if os.environ.get("CI"):
            pytest.fail(message)  # never skipped in CI
        pytest.skip(message)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    _require_browser_tools()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"])
        yield browser
        browser.close()


def run_axe(page: object) -> list[dict]:
    """Run axe-core in the page with the WCAG 2.2 AA and best-practice tags; return violations.
    Only violations are gathered in full (resultTypes): the rest, which no test reads, cost
    two to five times as long on a long page."""
    page.add_script_tag(path=str(AXE))  # type: ignore[attr-defined]
    result = page.evaluate(  # type: ignore[attr-defined]
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " resultTypes: ['violations']})", AXE_TAGS)
    return result["violations"]


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        for node in v["nodes"][:5]:
            summary = node.get("failureSummary", "")
            lines.append(f"{v['id']}: {v['help']} -> {node['target']} {summary}")
    return "\n".join(lines)
