"""content/consultation/report.yaml: what people said, and what changed because of it.

Public API: load_report(content_dir, strategy, problems) -> Report | None; Report, Theme,
Change, Method, Disagreement.

The analyst's written summary of the consultation ("You said, we did"); the numbers come
from the export through analysis.py, never from this file.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from ..content.models import FileModel, Id, Markdown, Model
from ..content.strategy import Strategy
from ..core import refs
from ..core.problems import Problems, shown_name
from ..core.yamlfile import Parsed, read_model

REPORT_FILE = Path("consultation") / "report.yaml"


class Change(Model):
    """Something changed in response; `links` name the strategy items it changed
    (section or stage ids, or commitment refs like C.8)."""

    text: Markdown
    links: list[str] = Field(default_factory=list)


class Method(Model):
    text: Markdown


class Theme(Model):
    id: Id
    title: str
    said: Markdown
    changes: list[Change] = Field(default_factory=list)


class Disagreement(Model):
    text: Markdown


class Report(FileModel):
    summary: Markdown
    how_we_consulted: list[Method] = Field(default_factory=list)
    themes: list[Theme] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)
    other_changes: list[Change] = Field(default_factory=list)
    next_steps: str = ""


def load_report(content_dir: Path, strategy: Strategy | None,
                problems: Problems) -> Report | None:
    """content/consultation/report.yaml, with every change's links checked."""
    path = content_dir / REPORT_FILE
    if not path.exists():
        return None
    report, parsed = read_model(path, shown_name(content_dir, path), Report, problems)
    if report is not None and parsed is not None and strategy is not None:
        _check_links(report, parsed, strategy, problems)
    return report.read_from(path) if report is not None else None


def _check_links(report: Report, parsed: Parsed, strategy: Strategy,
                 problems: Problems) -> None:
    """Every link must name a strategy item, so each change can point at what it changed."""
    known = set(strategy.sections) | {g.id for g in strategy.groups} | strategy.plan_refs()
    places = [(["themes", ti, "changes", ci, "links"], change)
              for ti, theme in enumerate(report.themes) for ci, change in enumerate(theme.changes)]
    places += [(["other_changes", ci, "links"], c) for ci, c in enumerate(report.other_changes)]
    for loc, change in places:
        for link in change.links:
            if refs.normalise(link) not in known:
                problems.append(parsed.problem(
                    f"'{link}' is not a section, stage or commitment of the strategy", loc,
                    expected="a section id, a stage id or a commitment ref like A.1"))
