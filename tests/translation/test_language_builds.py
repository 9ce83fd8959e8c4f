"""Each language's MkDocs build runs in a process of its own (languagebuild.py), alongside the
original's: a failure in it fails the build and `plainsight build` keeps the previous site;
what it logs reaches the main build (strict mode counts its warnings); the main build's own
failure ends it; `mkdocs build`, `properdocs build` and `mkdocs serve` publish every language
as `plainsight build` does. A site's MkDocs hooks (loaded by every build, the languages'
too) stand in for a language build that goes wrong."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from plainsight_strategy.build import BuildFailed, build
from tests.conftest import ROOT
from tests.test_engines import build_with, differences, engine
from tests.test_serve import _free_port, _get, _stop, _wait_for

from .sites import MINIMAL, pseudo, with_languages
from .test_pages import write_store

# In the Welsh build (site folder `cy`), fails or warns when the project holds a file
# `fail-cy` or `warn-cy`; the main build fails when it holds `fail-main`, once the languages'
# builds are under way.
HOOKS = """
import logging
from pathlib import Path

from mkdocs.exceptions import PluginError


def on_env(env, config, files):
    if Path(config.site_dir).name != "cy" and flag(config, "fail-main"):
        raise PluginError("the hook stopped the main build")


def on_post_build(config):
    if Path(config.site_dir).name == "cy" and flag(config, "fail-cy"):
        raise PluginError("the hook stopped the build in cy")
    if Path(config.site_dir).name == "cy" and flag(config, "warn-cy"):
        logging.getLogger("mkdocs.plugins.test").warning("the hook warns in cy")


def flag(config, name):
    return (Path(config.config_file_path).parent / name).exists()
"""


def project_with_welsh(root: Path) -> Path:
    config = with_languages(MINIMAL, root, "{code: cy, name: Cymraeg, mode: partial}")
    write_store(root, "cy", skip=set())
    (root / "hooks.py").write_text(HOOKS, encoding="utf-8")
    with config.open("a", encoding="utf-8") as out:
        out.write("hooks:\n  - hooks.py\n")
    return config


def test_a_language_that_fails_fails_the_build_and_keeps_the_site(tmp_path: Path) -> None:
    config = project_with_welsh(tmp_path / "project")
    site = build(config, tmp_path / "site")
    before = (site / "cy" / "index.html").read_bytes()
    assert pseudo("Everyone").strip("[]") in before.decode("utf-8")
    (tmp_path / "project" / "fail-cy").touch()
    with pytest.raises(BuildFailed, match="the hook stopped the build in cy"):
        build(config, tmp_path / "site")
    assert (site / "cy" / "index.html").read_bytes() == before
    assert not list(tmp_path.glob(".site-new-*"))  # the staging folder is gone


def test_a_language_s_warnings_reach_the_main_build_and_count_in_strict_mode(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = project_with_welsh(tmp_path / "project")
    (tmp_path / "project" / "warn-cy").touch()
    build(config, tmp_path / "site", strict=False)
    assert "warning: the hook warns in cy" in capsys.readouterr().err
    with pytest.raises(BuildFailed, match="strict mode"):
        build(config, tmp_path / "site", strict=True)


def test_the_main_build_failing_ends_the_language_builds(tmp_path: Path) -> None:
    config = project_with_welsh(tmp_path / "project")
    (tmp_path / "project" / "fail-main").touch()
    with pytest.raises(BuildFailed, match="the hook stopped the main build"):
        build(config, tmp_path / "site")
    assert _children() == []  # no language's process is left running
    assert not (tmp_path / "site").exists()


def _children() -> list[int]:
    """This process's children that are languages' builds and still running (Linux)."""
    found = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children")
    if not found.exists():
        pytest.skip("needs /proc")
    pids = [int(pid) for pid in found.read_text().split()]
    return [pid for pid in pids if b"languagebuild" in _cmdline(pid)]


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


@pytest.mark.browser  # slow: three builds
def test_mkdocs_properdocs_and_plainsight_build_the_same_languages(tmp_path: Path) -> None:
    project = tmp_path / "project"
    config = project_with_welsh(project)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    mk = build_with(engine("mkdocs"), project, tmp_path / "mkdocs", env)
    pd = build_with(engine("properdocs"), project, tmp_path / "properdocs", env)
    done = subprocess.run([sys.executable, "-m", "plainsight_strategy", "build",
                           "--config-file", str(config), "--site-dir", str(tmp_path / "ours")],
                          capture_output=True, text=True,
                          env={**env, "SOURCE_DATE_EPOCH": "1700000000"})
    assert done.returncode == 0, done.stderr[-3000:]
    assert (mk / "cy" / "early-years" / "healthy-babies" / "index.html").exists()
    assert b"ProperDocs" in (pd / "cy" / "index.html").read_bytes()
    assert differences(mk, pd) == []
    assert differences(mk, tmp_path / "ours") == []


def test_serve_publishes_every_language_and_rebuilds_them(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project_with_welsh(project)
    port = _free_port()
    url = f"http://127.0.0.1:{port}/cy/"
    server = subprocess.Popen(
        [sys.executable, "-m", "plainsight_strategy", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, env={**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        welsh = pseudo("Everyone").strip("[]")
        page = _wait_for(url, lambda b: welsh in b, server, "the Welsh home page")
        assert '<html lang="cy"' in page
        section = project / "content" / "sections" / "healthy-babies.yaml"
        section.write_text(section.read_text().replace("title: Healthy Babies",
                                                       "title: Healthy Bairns"))
        _wait_for(url + "early-years/healthy-babies/", lambda b: "Healthy Bairns" in b, server,
                  "the Welsh pages rebuilt (the changed title, shown untranslated)")
        assert "Healthy Bairns" in _get(f"http://127.0.0.1:{port}/early-years/healthy-babies/")
    finally:
        _stop(server)
