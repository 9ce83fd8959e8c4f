"""`plainsight serve` shows its errors: a real server, a broken file, the browser's page lists
the problem (file, line, message), and fixing the file brings the site back."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from tests.conftest import MINIMAL, ROOT


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as err:  # the 404 page still has a body
        return err.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def _stop(server: subprocess.Popen) -> None:
    """The served site stopped: asked first, then made to."""
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def _wait_for(url: str, ok: Callable[[str], bool], server: subprocess.Popen, what: str,
              seconds: float = 90) -> str:
    end = time.monotonic() + seconds
    body = ""
    while time.monotonic() < end:
        assert server.poll() is None, f"the server stopped while waiting for {what}"
        body = _get(url)
        if ok(body):
            return body
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}; last page:\n{body[:2000]}")


def test_a_broken_file_shows_on_the_served_page_and_the_fix_restores_it(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(MINIMAL, project)
    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "plainsight_strategy", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(url, lambda b: "Everyone in Exampleshire lives a healthy life" in b, server,
                  "the first build")

        section = project / "content" / "sections" / "healthy-babies.yaml"
        good = section.read_text()
        section.write_text(good.replace("title: Healthy Babies", "titel: Healthy Babies"))
        broken = _wait_for(url, lambda b: "The site cannot be built" in b, server,
                           "the problem page")
        assert "content/sections/healthy-babies.yaml, line 4" in broken
        assert "unknown field" in broken and "titel" in broken
        # Every other address shows the problems too, not a bare "page not found".
        elsewhere = _get(url + "early-years/healthy-babies/")
        assert "content/sections/healthy-babies.yaml, line 4" in elsewhere

        section.write_text(good)
        _wait_for(url, lambda b: "Everyone in Exampleshire lives a healthy life" in b, server,
                  "the site to come back")
        assert "Healthy Babies" in _get(url + "early-years/healthy-babies/")
    finally:
        _stop(server)
