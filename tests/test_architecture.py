"""The folders are the pipeline: imports go one way only, and only the edge knows MkDocs.

    core <- content <- consultation / indicators / progress / translation <- site
         <- pipeline <- plugin / build / cli

Inside the site stage the same rule holds for its features: the shared modules (part.py,
charts, tables, open data...) <- site/parts/ (one module per feature) <- render.py, so only
render.py knows which parts there are.

The import graph is read from the source (every import statement, including those inside
functions and under TYPE_CHECKING), so a lazy import cannot hide a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
LAYERS = {"core": 0, "content": 1, "consultation": 2, "indicators": 2, "progress": 2,
          "translation": 2, "site": 3, "pipeline": 4, "plugin": 5, "build": 5, "cli": 5,
          "__main__": 5, "starter": 5, "customise": 5, "languagebuild": 5, "__init__": 6}
EDGE = {"plugin", "build", "cli", "__main__", "languagebuild"}
SITE_LAYERS = {"parts": 1, "render": 2}  # every other site module: 0
MAX_LINES = 450
MAX_LOOSE_MODULES = 10


def module_name(path: Path, package: Path) -> str:
    parts = [package.name, *path.relative_to(package).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, package: Path) -> set[str]:
    """Absolute names of everything a module imports, wherever the import statement is."""
    name = module_name(path, package)
    is_package = path.name == "__init__.py"
    here = name.split(".") if is_package else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = here[: len(here) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.add(module)
            # `from . import x` imports the submodule x
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def graph(package: Path) -> dict[str, set[str]]:
    """Module -> the package's own modules it imports."""
    modules = {module_name(p, package): p for p in package.rglob("*.py")}
    return {name: {m for m in imports_of(path, package) if m in modules and m != name}
            for name, path in modules.items()}


def layer(module: str) -> tuple[str, int]:
    parts = module.split(".")
    key = parts[1] if len(parts) > 1 else "__init__"
    return key, LAYERS[key]


def site_layer(module: str) -> int | None:
    """Where a site module sits within the site stage (None outside it)."""
    parts = module.split(".")
    if len(parts) < 3 or parts[1] != "site":
        return None
    return SITE_LAYERS.get(parts[2], 0)


def wrong_way(edges: dict[str, set[str]]) -> list[str]:
    """Imports from a later stage into an earlier one (site/ included: a shared module must
    not import a part, nor a part render.py)."""
    def later(a: str, b: str) -> bool:
        if layer(b)[1] != layer(a)[1]:
            return layer(b)[1] > layer(a)[1]
        inner_a, inner_b = site_layer(a), site_layer(b)
        return inner_a is not None and inner_b is not None and inner_b > inner_a

    return sorted(f"{a} imports {b}" for a, targets in edges.items() for b in targets
                  if later(a, b))


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every cycle found by a depth-first search (one per back edge)."""
    found, state = [], dict.fromkeys(edges, 0)  # 0 new, 1 on the path, 2 done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for target in sorted(edges[node]):
            if state.get(target) == 1:
                found.append([*path[path.index(target):], target])
            elif state.get(target) == 0:
                visit(target, [*path, target])
        state[node] = 2

    for node in sorted(edges):
        if state[node] == 0:
            visit(node, [node])
    return found


def test_no_import_cycles() -> None:
    assert cycles(graph(PACKAGE)) == []


def test_imports_go_one_way() -> None:
    assert wrong_way(graph(PACKAGE)) == []


def test_stages_of_one_layer_do_not_import_each_other() -> None:
    """consultation, indicators, progress and translation read data for the site: none knows
    the others."""
    edges = graph(PACKAGE)
    crossing = sorted(f"{a} imports {b}" for a, targets in edges.items() for b in targets
                      if layer(a)[1] == layer(b)[1] and layer(a)[0] != layer(b)[0]
                      and layer(a)[0] not in EDGE)
    assert crossing == []


def test_only_the_edge_imports_mkdocs() -> None:
    knows_mkdocs = sorted(
        module_name(p, PACKAGE) for p in PACKAGE.rglob("*.py")
        if any(m == "mkdocs" or m.startswith("mkdocs.") for m in imports_of(p, PACKAGE)))
    assert knows_mkdocs and all(layer(m)[0] in EDGE for m in knows_mkdocs), knows_mkdocs


def test_one_subpackage_per_stage_and_small_modules() -> None:
    stages = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists())
    assert stages == ["consultation", "content", "core", "indicators", "progress", "site",
                      "translation"]
    loose = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(loose) <= MAX_LOOSE_MODULES, loose
    long = {p.name: n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_every_module_says_what_it_does() -> None:
    missing = [module_name(p, PACKAGE) for p in PACKAGE.rglob("*.py")
               if not ast.get_docstring(ast.parse(p.read_text(encoding="utf-8")))]
    assert missing == []


def _plant(tmp_path: Path, files: dict[str, str]) -> Path:
    package = tmp_path / "generator"
    for name, text in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    for folder in {p.parent for p in package.rglob("*.py")}:
        (folder / "__init__.py").touch()
    return package


def test_the_checks_catch_a_planted_cycle_and_a_wrong_way_import(tmp_path: Path) -> None:
    """The checks can fail: a lazy import inside a function still makes a cycle, and an
    import under TYPE_CHECKING from a later stage is still against the rule."""
    package = _plant(tmp_path, {
        "core/a.py": "def f():\n    from .b import g\n",
        "core/b.py": "from . import a\n",
        "content/c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                        "    from ..site.d import D\n",
        "site/d.py": "D = 1\n",
        "site/bundle.py": "from .parts import easy_read\n",
        "site/parts/easy_read.py": "from .. import render\n",
        "site/render.py": "from .parts import easy_read\n",
    })
    edges = graph(package)
    assert ["generator.core.a", "generator.core.b", "generator.core.a"] in cycles(edges)
    assert wrong_way(edges) == ["generator.content.c imports generator.site.d",
                                "generator.site.bundle imports generator.site.parts",
                                "generator.site.bundle imports generator.site.parts.easy_read",
                                "generator.site.parts.easy_read imports generator.site.render"]
