"""Installed, not forked: the wheel carries the generator, the theme and the `plainsight`
command. In a fresh virtual environment, `plainsight new` writes a site with no theme folder
that `check`, `build`, `mkdocs build --strict` and ProperDocs all build (the same pages), and
axe finds nothing on any page. (Slow: it installs into a new venv from the wheels that
`make test-tools` fetched into .cache/wheelhouse, without the network; runs with the browser
tests.)"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, _QuietHandler, describe, run_axe
from tests.test_engines import build_with, differences

pytestmark = pytest.mark.browser
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
WHEELHOUSE = ROOT / ".cache" / "wheelhouse"


def _run(*command: str | Path, cwd: Path, env: dict[str, str],
         ok: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True,
                            text=True, timeout=900)
    if ok:
        assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result


def _copy_of_checkout(source: Path, env: dict[str, str]) -> Path:
    """The checkout's files only: no stale build/ folder, no .venv, no egg-info."""
    listed = _run("git", "ls-files", "--cached", "--others", "--exclude-standard", "-z",
                  cwd=ROOT, env=env).stdout
    for name in filter(None, listed.split("\0")):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    return source


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A fresh venv with only the wheel (and ProperDocs) installed; not this checkout."""
    work = tmp_path_factory.mktemp("package")
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env["NO_MKDOCS_2_WARNING"] = "1"
    source = _copy_of_checkout(work / "source", env)
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", work / "dist", source,
         cwd=work, env=env)
    [wheel] = (work / "dist").glob("plainsight_strategy-*.whl")
    with zipfile.ZipFile(wheel) as contents:  # the catalogue template for translators
        pot = contents.read("plainsight_strategy/locale/plainsight.pot")
    assert pot == (ROOT / "generator" / "locale" / "plainsight.pot").read_bytes()
    _run(sys.executable, "-m", "venv", work / "venv", cwd=work, env=env)
    bin_dir = work / "venv" / "bin"
    assert any(WHEELHOUSE.glob("*.whl")), "no wheels in .cache/wheelhouse: run `make test-tools`"
    _run(bin_dir / "pip", "install", "-q", "--no-index", "--find-links", WHEELHOUSE, wheel,
         "properdocs>=1.6.7,<1.7", cwd=work, env=env)
    return bin_dir, env


@pytest.fixture(scope="module")
def new_site(venv: tuple[Path, dict[str, str]],
             tmp_path_factory: pytest.TempPathFactory) -> Path:
    bin_dir, env = venv
    work = tmp_path_factory.mktemp("new")
    _run(bin_dir / "plainsight", "new", "mysite", cwd=work, env=env)
    return work / "mysite"


def test_the_command_reports_the_package_version(venv: tuple[Path, dict[str, str]]) -> None:
    bin_dir, env = venv
    result = _run(bin_dir / "plainsight", "--version", cwd=bin_dir, env=env)
    assert result.stdout.strip() == f"plainsight {VERSION}"


def test_the_package_has_names_of_its_own(venv: tuple[Path, dict[str, str]]) -> None:
    """Installed as plainsight-strategy / plainsight_strategy, never a top-level `generator`."""
    bin_dir, env = venv
    found = _run(bin_dir / "python", "-c", "import importlib.metadata as m, plainsight_strategy;"
                 " print(m.version('plainsight-strategy'))", cwd=bin_dir, env=env)
    assert found.stdout.strip() == VERSION
    clash = _run(bin_dir / "python", "-c", "import generator", cwd=bin_dir, env=env, ok=False)
    assert clash.returncode == 1 and "No module named 'generator'" in clash.stderr


def test_sdist_and_wheel_pass_twine_check(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH"}}
    source = _copy_of_checkout(tmp_path / "source", env)
    dist = tmp_path / "dist"
    _run(sys.executable, "-m", "build", "--no-isolation", "--outdir", dist, source,
         cwd=tmp_path, env=env)
    made = sorted(p.name for p in dist.iterdir())
    assert made == [f"plainsight_strategy-{VERSION}-py3-none-any.whl",
                    f"plainsight_strategy-{VERSION}.tar.gz"], made
    result = _run(sys.executable, "-m", "twine", "check", "--strict", *sorted(dist.iterdir()),
                  cwd=tmp_path, env=env)
    assert result.stdout.count("PASSED") == 2, result.stdout


def test_the_installed_package_holds_the_theme(venv: tuple[Path, dict[str, str]]) -> None:
    bin_dir, env = venv
    result = _run(bin_dir / "python", "-c",
                  "import plainsight_strategy.pipeline as p; print(p.packaged_theme())",
                  cwd=bin_dir, env=env)
    theme = Path(result.stdout.strip())
    assert "site-packages" in theme.parts and theme.name == "theme"
    for needed in ("main.html", "plainsight/home.md", "easy-read/pictograms.yaml",
                   "assets/stylesheets/plainsight.css"):
        assert (theme / needed).is_file(), needed
    # the package's own data files (the default confidence ratings of progress reports)
    assert (theme.parent / "progress" / "default_settings.yaml").is_file()


def test_a_new_site_holds_only_its_own_files(new_site: Path) -> None:
    files = sorted(str(p.relative_to(new_site)) for p in new_site.rglob("*") if p.is_file())
    assert "mkdocs.yml" in files and ".gitignore" in files and "README.md" in files
    assert "content/strategy.yaml" in files and "content/accessibility.yaml" in files
    assert (new_site / "data").is_dir() and not any((new_site / "data").iterdir())
    assert not any(f.startswith(("theme/", "generator/")) or f.endswith(".html") for f in files)


def test_new_refuses_a_folder_that_is_not_empty(venv: tuple[Path, dict[str, str]],
                                                tmp_path: Path) -> None:
    bin_dir, env = venv
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "notes.txt").write_text("mine")
    result = _run(bin_dir / "plainsight", "new", "taken", cwd=tmp_path, env=env, ok=False)
    assert result.returncode == 1
    assert "not empty: nothing was written" in result.stderr
    assert [p.name for p in (tmp_path / "taken").iterdir()] == ["notes.txt"]


def test_check_passes_but_warns_of_starter_text(new_site: Path,
                                                venv: tuple[Path, dict[str, str]]) -> None:
    bin_dir, env = venv
    result = _run(bin_dir / "plainsight", "check", cwd=new_site, env=env)
    assert "No problems found" in result.stdout
    assert "warning: starter text still to replace: content/strategy.yaml, line 4" \
        in result.stderr


@pytest.fixture(scope="module")
def built(new_site: Path, venv: tuple[Path, dict[str, str]]) -> Path:
    bin_dir, env = venv
    _run(bin_dir / "plainsight", "build", cwd=new_site, env=env)
    assert (new_site / "site" / "index.html").is_file()
    return new_site / "site"


def test_mkdocs_and_properdocs_build_the_new_site_alike(new_site: Path, built: Path,
                                                        venv: tuple[Path, dict[str, str]],
                                                        tmp_path: Path) -> None:
    bin_dir, env = venv
    mk = build_with(bin_dir / "mkdocs", new_site, tmp_path / "mkdocs", env)
    pd = build_with(bin_dir / "properdocs", new_site, tmp_path / "properdocs", env)
    assert (mk / "first-priority" / "index.html").is_file()
    assert differences(mk, pd) == []


@pytest.fixture(scope="module")
def served(built: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(built))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_every_page_of_the_new_site_passes_axe(built: Path, served: str, browser) -> None:  # type: ignore[no-untyped-def]
    pages = sorted(p.relative_to(built).parent.as_posix() for p in built.rglob("index.html"))
    assert len(pages) >= 6  # home, two sections, glossary, accessibility, print
    problems = []
    context = browser.new_context()
    page = context.new_page()
    for path in pages:
        page.goto(f"{served}/{'' if path == '.' else path + '/'}")
        violations = run_axe(page)
        if violations:
            problems.append(f"/{path}/:\n{describe(violations)}")
    context.close()
    assert problems == []
