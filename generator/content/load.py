"""Load the strategy from content/ (strategy.yaml, sections/, delivery-plan/, glossary.yaml,
free pages), checking the files and how they fit together.

Public API:

    load_strategy(content_dir, problems) -> Strategy | None
    load_statement(content_dir, problems) -> AccessibilityStatement | None
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..core import refs
from ..core.problems import Problems, shown_name
from ..core.urls import RESERVED_IDS
from ..core.yamlfile import Parsed, read_model
from .accountability import check_accountability
from .models import AccessibilityStatement, Glossary, PlanPart, Section, StrategyDocument
from .strategy import FreePage, Strategy, StrategyFiles

STATEMENT_FILE = "accessibility.yaml"


@dataclass
class _Loaded:
    """What has been read so far, with the parsed files kept for line numbers."""

    problems: Problems
    document: StrategyDocument | None = None
    document_file: Parsed | None = None
    sections: dict[str, tuple[Section, Parsed]] = field(default_factory=dict)
    plans: list[tuple[PlanPart, Parsed]] = field(default_factory=list)
    files: StrategyFiles = field(default_factory=StrategyFiles)  # what was read, by what
    # Ids of section files that could not be read: problems that only follow from those
    # are not reported, so the list shows causes rather than their echoes.
    unreadable_sections: set[str] = field(default_factory=set)


def load_strategy(content_dir: Path, problems: Problems) -> Strategy | None:
    """Read and check the strategy's files; None when it has problems (added to `problems`)."""
    loaded = _Loaded(problems)
    found_before = len(problems)
    _read_document(content_dir, loaded)
    _read_sections(content_dir, loaded)
    _read_plans(content_dir, loaded)
    glossary = _read_glossary(content_dir, loaded)
    if loaded.document is None:
        return None
    pages = _read_pages(content_dir, loaded)
    _check_structure(loaded)
    if loaded.document_file is not None:
        check_accountability(loaded.document, loaded.document_file, loaded.sections.values(),
                             loaded.plans, problems)
    if not loaded.unreadable_sections:  # refs can only be checked once every section is read
        _check_refs(loaded)
    if len(problems) > found_before:
        return None
    return Strategy(
        document=loaded.document,
        sections={sid: section for sid, (section, _) in loaded.sections.items()},
        plan={c.ref: c for part, _ in loaded.plans for c in part.commitments},
        indicators={part.letter: tuple(part.indicators) for part, _ in loaded.plans},
        glossary=tuple(glossary.terms),
        pages=tuple(pages),
        files=loaded.files,
    )


def load_statement(content_dir: Path, problems: Problems) -> AccessibilityStatement | None:
    """content/accessibility.yaml, the accessibility statement's settings, if there is one."""
    path = content_dir / STATEMENT_FILE
    if not path.exists():
        return None
    statement, _ = read_model(path, shown_name(content_dir, path), AccessibilityStatement,
                              problems)
    return statement.read_from(path) if statement is not None else None


def _read_document(content_dir: Path, loaded: _Loaded) -> None:
    path = content_dir / "strategy.yaml"
    if not path.exists():
        loaded.problems.add(shown_name(content_dir, path), "the strategy file is missing",
                            hint="every site needs content/strategy.yaml")
        return
    document, parsed = read_model(path, shown_name(content_dir, path), StrategyDocument,
                                  loaded.problems)
    loaded.document, loaded.document_file = document, parsed
    loaded.files = replace(loaded.files, document=path)


def _yaml_files(folder: Path) -> list[Path]:
    return sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]) if folder.is_dir() else []


def _read_sections(content_dir: Path, loaded: _Loaded) -> None:
    for path in _yaml_files(content_dir / "sections"):
        section, parsed = read_model(path, shown_name(content_dir, path), Section,
                                     loaded.problems)
        if section is None or parsed is None:
            raw_id = parsed.data.get("id") if parsed and hasattr(parsed.data, "get") else None
            loaded.unreadable_sections.update({path.stem, str(raw_id)})
            continue
        if section.id in loaded.sections:
            other = loaded.sections[section.id][1].name
            loaded.problems.append(parsed.problem(
                f"duplicate section id '{section.id}' (also used in {other})", ["id"]))
            continue
        loaded.sections[section.id] = (section, parsed)
        loaded.files.sections[section.id] = path


def _read_plans(content_dir: Path, loaded: _Loaded) -> None:
    for path in _yaml_files(content_dir / "delivery-plan"):
        part, parsed = read_model(path, shown_name(content_dir, path), PlanPart,
                                  loaded.problems)
        if part is not None and parsed is not None:
            loaded.plans.append((part, parsed))
            loaded.files.plans.setdefault(part.letter, path)


def _read_glossary(content_dir: Path, loaded: _Loaded) -> Glossary:
    path, problems = content_dir / "glossary.yaml", loaded.problems
    if not path.exists():
        return Glossary()
    loaded.files = replace(loaded.files, glossary=path)
    glossary, parsed = read_model(path, shown_name(content_dir, path), Glossary, problems)
    if glossary is None or parsed is None:
        return Glossary()
    seen: set[str] = set()
    for index, term in enumerate(glossary.terms):
        if term.term.lower() in seen:
            problems.append(parsed.problem(f"duplicate glossary term '{term.term}'",
                                            ["terms", index, "term"]))
        seen.add(term.term.lower())
    return glossary


def _read_pages(content_dir: Path, loaded: _Loaded) -> list[FreePage]:
    assert loaded.document is not None and loaded.document_file is not None
    pages = []
    for index, entry in enumerate(loaded.document.pages):
        path = content_dir / entry.file
        try:
            pages.append(FreePage(entry, path.read_text(encoding="utf-8-sig"), path))
        except (OSError, UnicodeDecodeError) as err:
            reason = "is not UTF-8 text" if isinstance(err, UnicodeDecodeError) else "is missing"
            loaded.problems.append(loaded.document_file.problem(
                f"page file '{entry.file}' {reason}", ["pages", index, "file"],
                hint=f"the file should be at {shown_name(content_dir, path)}"))
    return pages


def _check_structure(loaded: _Loaded) -> None:
    """Every listed section exists and is listed once; ids never clash in the URL space."""
    document, parsed = loaded.document, loaded.document_file
    if document is None or parsed is None:
        return
    problems = loaded.problems
    groups: list[tuple[list, str, list[str]]] = [([], "the top-level sections",
                                                   document.sections)]
    groups += [(["stages", i], g.id, g.sections) for i, g in enumerate(document.stages)]
    if document.themes:
        groups.append((["themes"], document.themes.id, document.themes.sections))
    listed: dict[str, str] = {}
    for base, owner, section_ids in groups:
        for pos, section_id in enumerate(section_ids):
            loc = [*base, "sections", pos]
            if section_id in loaded.unreadable_sections:
                pass
            elif section_id not in loaded.sections:
                problems.append(parsed.problem(
                    f"section '{section_id}' is listed but there is no section with that id",
                    loc, hint="each section is a file in content/sections/ with this id"))
            elif section_id in listed:
                problems.append(parsed.problem(
                    f"section '{section_id}' is listed twice (also in '{listed[section_id]}')",
                    loc))
            listed[section_id] = owner
    for section_id, (_, section_file) in loaded.sections.items():
        if section_id not in listed:
            problems.append(section_file.problem(
                f"section '{section_id}' is not listed in strategy.yaml", ["id"],
                hint="add its id to the top-level 'sections', or to the 'sections' of a "
                     "stage or of the themes"))
    _check_top_level_ids(loaded)
    for kind in ("principles", "enablers"):
        items = getattr(document, kind)
        _check_unique_ids(parsed, [([kind, i, "id"], p.id, p.previous_ids)
                                   for i, p in enumerate(items)], problems, frozenset())
        intro = f"{kind}_intro"
        if getattr(document, intro) and not items:
            problems.append(parsed.problem(f"'{intro}' is given but there are no {kind}",
                                           [intro], hint=f"add the {kind}, or remove '{intro}'"))
    for index, named in enumerate(document.lists):
        _check_unique_ids(parsed, [(["lists", index, "items", i, "id"], p.id, p.previous_ids)
                                   for i, p in enumerate(named.items)], problems, frozenset())
    for section, section_file in loaded.sections.values():
        _check_section(section, section_file, problems)


def _check_top_level_ids(loaded: _Loaded) -> None:
    """Stages, flat sections, named lists and free pages share the top of the URL space."""
    document, parsed = loaded.document, loaded.document_file
    assert document is not None and parsed is not None
    top = [(["stages", i, "id"], g.id, g.previous_ids) for i, g in enumerate(document.stages)]
    if document.themes:
        top.append((["themes", "id"], document.themes.id, document.themes.previous_ids))
    for pos, section_id in enumerate(document.sections):
        if section_id in loaded.sections:
            top.append((["sections", pos], section_id,
                        loaded.sections[section_id][0].previous_ids))
    top += [(["lists", i, "id"], n.id, n.previous_ids) for i, n in enumerate(document.lists)]
    top += [(["pages", i, "id"], p.id, p.previous_ids) for i, p in enumerate(document.pages)]
    _check_unique_ids(parsed, top, problems=loaded.problems, reserved=RESERVED_IDS)


# Anchors a section's page uses itself: an item of the section must not take one.
SECTION_ANCHORS = frozenset({"where-are-we-now", "success", "items", "commitments",
                             "indicators"})


def _check_section(section: Section, parsed: Parsed, problems: Problems) -> None:
    """A letter where there are commitments; every anchor on the section's page unique."""
    if section.commitments and section.letter is None:
        problems.append(parsed.problem(
            f"section '{section.id}' has commitments but no 'letter'", ["commitments"],
            hint="add a letter like A: commitment refs start with it (A.1, A.2, ...)"))
    anchors = [(["items", i, "id"], item.id, item.previous_ids)
               for i, item in enumerate(section.items)]
    anchors += [(["items", i, "actions", a, "id"], f"{item.id}-{action.id}",
                 [f"{item.id}-{old}" for old in action.previous_ids])
                for i, item in enumerate(section.items)
                for a, action in enumerate(item.actions)]
    _check_unique_ids(parsed, anchors, problems, SECTION_ANCHORS)


def _check_unique_ids(parsed: Parsed, items: Iterable[tuple[list, str, list[str]]],
                      problems: Problems, reserved: frozenset[str]) -> None:
    seen: set[str] = set()
    for loc, item_id, previous in items:
        for one in [item_id, *previous]:
            if one in reserved:
                problems.append(parsed.problem(
                    f"the id '{one}' is used by the site itself", loc,
                    expected="another id"))
        for one in [item_id, *previous]:
            if one in seen:
                problems.append(parsed.problem(f"duplicate id '{one}'", loc))
            seen.add(one)


def _check_refs(loaded: _Loaded) -> None:
    """Refs are unique, match their section's letter, and every cross reference resolves."""
    problems = loaded.problems
    letters: dict[str, str] = {}
    known: dict[str, str] = {}  # ref -> where it is defined
    for section_id, (section, parsed) in loaded.sections.items():
        if section.letter is None:
            continue
        if section.letter in letters:
            problems.append(parsed.problem(
                f"letter '{section.letter}' is already used by section '{letters[section.letter]}'",
                ["letter"], expected="a letter no other section uses"))
        letters[section.letter] = section_id
        for index, c in enumerate(section.commitments):
            _define(parsed, ["commitments", index, "ref"], c.ref, known, problems)
            if refs.letter(c.ref) != section.letter:
                problems.append(parsed.problem(
                    f"commitment {c.ref} does not match the section's letter {section.letter}",
                    ["commitments", index, "ref"],
                    expected=f"a ref starting {section.letter}."))
    commitments = set(known)
    planned: set[str] = set()
    for part, parsed in loaded.plans:
        if part.letter not in letters:
            problems.append(parsed.problem(f"no section has the letter '{part.letter}'",
                                            ["letter"]))
        for ci, entry in enumerate(part.commitments):
            loc = ["commitments", ci]
            if entry.ref not in commitments:
                problems.append(parsed.problem(
                    f"commitment {entry.ref} is not in the strategy", [*loc, "ref"],
                    hint="add it to its section's commitments, or correct the ref"))
            elif refs.letter(entry.ref) != part.letter:
                problems.append(parsed.problem(
                    f"commitment {entry.ref} does not belong to letter {part.letter}",
                    [*loc, "ref"]))
            if entry.ref in planned:
                problems.append(parsed.problem(
                    f"commitment {entry.ref} appears twice in the delivery plan", [*loc, "ref"]))
            planned.add(entry.ref)
            for ai, action in enumerate(entry.actions):
                if refs.commitment_of(action.ref) != entry.ref:
                    problems.append(parsed.problem(
                        f"action {action.ref} is listed under commitment {entry.ref}",
                        [*loc, "actions", ai, "ref"], expected=f"a ref starting {entry.ref}."))
                _define(parsed, [*loc, "actions", ai, "ref"], action.ref, known, problems)
    _check_previous(loaded, known, problems)
    _check_cross_references(loaded, letters, known, problems)


def _define(parsed: Parsed, loc: list, ref: str, known: dict[str, str],
            problems: Problems) -> None:
    where = f"{parsed.name}, line {parsed.lines.of(loc)}"
    if ref in known:
        problems.append(parsed.problem(f"duplicate ref {ref} (first at {known[ref]})", loc))
    else:
        known[ref] = where


def _check_previous(loaded: _Loaded, known: dict[str, str], problems: Problems) -> None:
    """An old ref kept for redirects must not be a ref in use today."""
    for section, parsed in loaded.sections.values():
        for index, c in enumerate(section.commitments):
            for old in c.previous_refs:
                if old in known:
                    problems.append(parsed.problem(
                        f"previous ref {old} of {c.ref} is still in use",
                        ["commitments", index, "previous_refs"],
                        hint="a redirect can only be made from a ref nothing else uses"))


def _check_cross_references(loaded: _Loaded, letters: dict[str, str], known: dict[str, str],
                            problems: Problems) -> None:
    """'See D.4.1' must point at a commitment or action that exists."""
    def check(parsed: Parsed, loc: list, text: str, owner: str) -> None:
        for ref in refs.mentioned(text):
            if refs.letter(ref) in letters and ref not in known:
                problems.append(parsed.problem(
                    f"{owner} refers to {ref}, which does not exist", loc,
                    expected="the ref of an existing commitment or action"))

    for section, parsed in loaded.sections.values():
        for index, c in enumerate(section.commitments):
            check(parsed, ["commitments", index, "text"], c.text, f"commitment {c.ref}")
    for part, parsed in loaded.plans:
        for ci, entry in enumerate(part.commitments):
            for ai, action in enumerate(entry.actions):
                check(parsed, ["commitments", ci, "actions", ai, "text"], action.text,
                      f"action {action.ref}")
            for ni, note in enumerate(entry.notes):
                check(parsed, ["commitments", ci, "notes", ni], note,
                      f"a note of commitment {entry.ref}")


__all__ = ["load_statement", "load_strategy"]
