"""Crawl helpers shared by the browser tests: the pages of a built site, a local server for
it, axe and empty-part checks in Chromium, and every internal link and anchor resolved.

Public API: pages(site), serve(site), check_in_browser(browser, base, paths) -> failures,
broken_links(site) -> failures, EMPTY_PARTS (script).
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

from tests.conftest import run_axe


def pages(site: Path) -> list[str]:
    """URL paths of every HTML page, redirect stubs left out (they only point elsewhere)."""
    found = []
    for html in sorted(site.rglob("*.html")):
        if 'http-equiv="refresh"' in html.read_text(errors="ignore")[:2000]:
            continue
        rel = html.relative_to(site).as_posix()
        found.append("/" + rel.removesuffix("index.html"))
    return found


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """The built site served on 127.0.0.1 while the block runs; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


# Headings with no text, and headings with nothing under them before the next heading of the
# same or a higher level (a part of the page left empty).
EMPTY_PARTS = """() => {
  const main = document.querySelector('article') || document.body;
  const found = [];
  const heads = [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  for (const h of heads) {
    const text = h.textContent.replace('¶', '').trim();
    if (!text) { found.push(`empty heading <${h.tagName}>`); continue; }
    if (h.tagName === 'H1') continue;
    let next = h.nextElementSibling;
    while (next && next.matches('a.headerlink, script')) next = next.nextElementSibling;
    const level = Number(h.tagName[1]);
    if (!next || (/^H[1-6]$/.test(next.tagName) && Number(next.tagName[1]) <= level)) {
      found.push(`nothing under heading "${text}"`);
    }
  }
  return found;
}"""


def check_in_browser(browser, base: str, paths: list[str]) -> list[str]:  # noqa: ANN001
    """axe (WCAG 2.2 AA and best practice) and empty parts on every page: failures."""
    failures: list[str] = []
    context = browser.new_context()
    page = context.new_page()
    try:
        for path in paths:
            page.goto(base + path)
            for v in run_axe(page):
                for node in v["nodes"][:3]:
                    failures.append(f"{path}: axe {v['id']} on {node['target']}: {v['help']}")
            failures += [f"{path}: {found}" for found in page.evaluate(EMPTY_PARTS)]
    finally:
        context.close()
    return failures


class Links(HTMLParser):
    """The links and ids of one HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        for name in ("href", "src"):
            if values.get(name) and tag in ("a", "link", "img", "script", "source"):
                self.links.append(values[name] or "")


def parse(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(errors="ignore"))
    return parser


def broken_links(site: Path, base: str = "/") -> list[str]:
    """Every internal link and anchor of the built site that leads nowhere. `base`: the path
    of site_url when the site is published under one (/children-and-families/): absolute
    links under it (the 404 page's) are read from the site's root."""
    parsed = {p: parse(p) for p in site.rglob("*.html")}
    broken = []
    for html, links in parsed.items():
        page_url = "/" + html.relative_to(site).as_posix()
        for link in links.links:
            url = urlparse(urljoin(page_url, link))
            if url.scheme in ("http", "https", "mailto", "tel", "data") or url.netloc:
                continue
            path = url.path
            if base != "/" and link.startswith(base):
                path = "/" + path[len(base):]
            target = site / unquote(path).lstrip("/")
            if target.is_dir() or not target.suffix:
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page_url}: link {link} -> missing {path}")
            elif url.fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else parse(target).ids
                if url.fragment not in ids:
                    broken.append(f"{page_url}: link {link} -> no #{url.fragment} there")
    return broken
