"""Each page template receives one typed, documented context (site/contexts.py): a template
that uses a name its context does not give fails here, before any reader sees an error page,
and so does a context field no template uses or that is not described."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest
from jinja2 import meta, nodes

from plainsight_strategy.site import contexts
from plainsight_strategy.site.templating import environment
from tests.conftest import ROOT

TEMPLATES = ROOT / "theme" / "plainsight"
ENV = environment([TEMPLATES])
EVERY = {f.name for f in fields(contexts.EveryPage)}


def used_names(source: str) -> set[str]:
    """The names a template reads from its context: those it never sets itself (by set, for,
    macro parameters or imports; Jinja's own analysis is conservative about branches), and
    that are not the environment's globals."""
    tree = ENV.parse(source)
    stored = {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store", "param")}
    stored |= {m.name for m in tree.find_all(nodes.Macro)}
    stored |= {name if isinstance(name, str) else name[1]
               for imp in tree.find_all(nodes.FromImport) for name in imp.names}
    stored |= {imp.target for imp in tree.find_all(nodes.Import)}
    return meta.find_undeclared_variables(tree) - stored - set(ENV.globals)


def own_fields(context: type) -> set[str]:
    return {f.name for f in fields(context)}


@pytest.mark.parametrize("context", contexts.CONTEXTS, ids=lambda c: c.TEMPLATE)
def test_a_template_uses_only_what_its_context_gives(context: type) -> None:
    given = own_fields(context) | (set() if context is contexts.Redirect else EVERY)
    used = used_names((TEMPLATES / context.TEMPLATE).read_text())
    assert used <= given, f"{context.TEMPLATE} uses {sorted(used - given)}, not in its context"


@pytest.mark.parametrize("context", contexts.CONTEXTS, ids=lambda c: c.TEMPLATE)
def test_a_context_gives_only_what_its_template_uses(context: type) -> None:
    unused = own_fields(context) - used_names((TEMPLATES / context.TEMPLATE).read_text())
    assert not unused, f"{context.__name__} gives {sorted(unused)}; {context.TEMPLATE} " \
                       "never uses them"


@pytest.mark.parametrize("context", [contexts.EveryPage, *contexts.CONTEXTS],
                         ids=lambda c: c.__name__)
def test_every_field_is_described(context: type) -> None:
    doc = context.__doc__ or ""
    missing = [f.name for f in fields(context)
               if not re.search(rf"^\s+{f.name}: \S", doc, re.M)]
    assert not missing, f"{context.__name__}'s docstring does not describe {missing}"


def test_every_page_template_has_a_context() -> None:
    pages = {p.name for p in TEMPLATES.iterdir()
             if not p.name.startswith("_") and p.suffix in (".md", ".html")}
    assert pages == {c.TEMPLATE for c in contexts.CONTEXTS}


@pytest.mark.parametrize("partial", sorted(p.name for p in TEMPLATES.glob("_*.md")))
def test_a_partial_uses_only_what_every_page_has(partial: str) -> None:
    """Partials are imported `with context` into any page: they may use EveryPage's names
    and the globals; everything else comes in as their macros' arguments."""
    used = used_names((TEMPLATES / partial).read_text())
    assert used <= EVERY, f"{partial} uses {sorted(used - EVERY)}"


def test_the_check_would_catch_a_stray_name(tmp_path: Path) -> None:
    source = (TEMPLATES / "glossary.md").read_text() + "\n{{ secret_data }}\n"
    assert "secret_data" in used_names(source)
    assert used_names("{% set x = 1 %}{% for y in z %}{{ x ~ y }}{% endfor %}") == {"z"}
