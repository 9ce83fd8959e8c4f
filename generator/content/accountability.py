"""Accountability in the content: who answers for a section, commitment or action, and how
closely the board follows it (a level of the strategy's own vocabulary, such as Do, Sponsor
or Watch).

Public API:

    check_accountability(document, document_file, sections, plans, problems)

Each `accountability:` block names a level that strategy.yaml's `accountability_levels`
defines, and an `accountable` role or organisation: never a person's e-mail address or
phone number. A commitment says it once, in its section's file or in the delivery plan.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator

from ..core.personal import personal_data
from ..core.problems import Problems
from ..core.yamlfile import Parsed
from .models import Accountability, PlanPart, Section, StrategyDocument

CONTACT_KINDS = ("an e-mail address", "a phone number")
Found = tuple[Parsed, list, Accountability]  # (file, where in it, the block)


def check_accountability(document: StrategyDocument, document_file: Parsed,
                         sections: Iterable[tuple[Section, Parsed]],
                         plans: Iterable[tuple[PlanPart, Parsed]], problems: Problems) -> None:
    """Every accountability block against the vocabulary, and no contact details in it."""
    known = _vocabulary(document, document_file, problems)
    sections, plans = list(sections), list(plans)
    for parsed, loc, block in [*_in_sections(sections), *_in_plans(plans)]:
        _check_block(parsed, loc, block, known, problems)
    _check_said_once(sections, plans, problems)


def _vocabulary(document: StrategyDocument, parsed: Parsed, problems: Problems) -> list[str]:
    ids: list[str] = []
    for index, level in enumerate(document.accountability_levels):
        if level.id in ids:
            problems.append(parsed.problem(
                f"accountability level '{level.id}' is defined twice",
                ["accountability_levels", index, "id"], expected="each level id once"))
        ids.append(level.id)
    return ids


def _in_sections(sections: list[tuple[Section, Parsed]]) -> Iterator[Found]:
    for section, parsed in sections:
        if section.accountability is not None:
            yield parsed, ["accountability"], section.accountability
        for index, commitment in enumerate(section.commitments):
            if commitment.accountability is not None:
                yield (parsed, ["commitments", index, "accountability"],
                       commitment.accountability)


def _in_plans(plans: list[tuple[PlanPart, Parsed]]) -> Iterator[Found]:
    for part, parsed in plans:
        for ci, entry in enumerate(part.commitments):
            if entry.accountability is not None:
                yield parsed, ["commitments", ci, "accountability"], entry.accountability
            for ai, action in enumerate(entry.actions):
                if action.accountability is not None:
                    yield (parsed, ["commitments", ci, "actions", ai, "accountability"],
                           action.accountability)


def _check_block(parsed: Parsed, loc: list, block: Accountability, known: list[str],
                 problems: Problems) -> None:
    if not known:
        problems.append(parsed.problem(
            "'accountability' is given, but strategy.yaml has no 'accountability_levels'",
            loc, hint="list the levels (for example Do, Sponsor and Watch, each with an id, "
                      "a name and a definition) under accountability_levels in strategy.yaml, "
                      "or remove 'accountability' here"))
    elif block.level not in known:
        close = difflib.get_close_matches(block.level, known, n=1)
        problems.append(parsed.problem(
            f"accountability level '{block.level}' is not one of the strategy's levels",
            [*loc, "level"], expected="one of " + ", ".join(known),
            hint=f"did you mean '{close[0]}'?" if close else
            "the levels are listed under accountability_levels in strategy.yaml"))
    found = personal_data(block.accountable or "", CONTACT_KINDS)
    if found:
        what, text = found[0]
        problems.append(parsed.problem(
            f"'accountable' holds {what} ({text}): name a role or an organisation, "
            "never a person's contact details", [*loc, "accountable"],
            expected="a role such as 'Director of Public Health', or an organisation"))


def _check_said_once(sections: list[tuple[Section, Parsed]],
                     plans: list[tuple[PlanPart, Parsed]], problems: Problems) -> None:
    """A commitment's accountability is in its section's file or in the delivery plan."""
    in_sections = {c.ref: parsed.name for section, parsed in sections
                   for c in section.commitments if c.accountability is not None}
    for part, parsed in plans:
        for ci, entry in enumerate(part.commitments):
            if entry.accountability is not None and entry.ref in in_sections:
                problems.append(parsed.problem(
                    f"commitment {entry.ref} has its accountability here and in "
                    f"{in_sections[entry.ref]}", ["commitments", ci, "accountability"],
                    hint="give it in one place only"))
