"""The content model: what a council writes in content/, as typed, validated records.

Public API: StrategyDocument (strategy.yaml), Section, SectionItem, ItemAction, Group,
Principle, NamedList, LevelName, LevelNames, PageEntry, Vision, Commitment, PlanPart
(delivery-plan/*.yaml), AccountabilityLevel, Accountability, Glossary, Term,
AccessibilityStatement, Contact, and the field types Id, Text, Markdown used by the other
content files.

Only a title and a vision are required: every other part of a strategy is optional, and a
misspelt field is still an error (extra="forbid").

Every item has a stable `id` (or `ref` for the delivery plan): public URLs come from
these, never from titles, and `previous_ids` / `previous_refs` keep old URLs alive.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
)

from ..core import refs

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Markdown = Annotated[str, StringConstraints(min_length=1)]


def _commitment_ref(value: str) -> str:
    if not refs.COMMITMENT.match(value):
        raise ValueError(f"'{value}' is not a commitment ref like A.1")
    return value


def _action_ref(value: str) -> str:
    if not refs.ACTION.match(value):
        raise ValueError(f"'{value}' is not an action ref like A.1.1")
    return value


def _letter(value: str) -> str:
    if not (1 <= len(value) <= 2 and value.isalpha() and value.isupper()):
        raise ValueError(f"'{value}' is not a capital letter like A (or two, like AB)")
    return value


def _normalise(value: object) -> object:
    return refs.normalise(value) if isinstance(value, str) else value


CommitmentRef = Annotated[str, BeforeValidator(_normalise), AfterValidator(_commitment_ref)]
ActionRef = Annotated[str, BeforeValidator(_normalise), AfterValidator(_action_ref)]
Letter = Annotated[str, AfterValidator(_letter)]


class Model(BaseModel):
    """Unknown fields are errors (a misspelt field must not be silently ignored)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class FileModel(Model):
    """A model that is a whole file: its loader records which one (for "Last updated"); the
    YAML cannot set it."""

    _source: Path | None = PrivateAttr(default=None)

    @property
    def source(self) -> Path | None:
        return self._source

    def read_from(self, path: Path) -> Self:
        """A copy that knows the file it was read from."""
        copy = self.model_copy()
        copy._source = path
        return copy


class Renamable(Model):
    id: Id
    previous_ids: list[Id] = Field(default_factory=list)


class AccountabilityLevel(Model):
    """One level of the strategy's accountability vocabulary ("Do", "Sponsor", "Watch")."""

    id: Id
    name: Text
    definition: Markdown


class Accountability(Model):
    """Who answers for a section, commitment or action, and how closely the board follows
    it: `level` is an id of the strategy's `accountability_levels` (checked when the
    strategy is loaded); `accountable` is a role or an organisation, never a person's
    contact details."""

    level: Id
    accountable: Text | None = None


class Vision(Model):
    statement: Text
    body: Markdown


class Principle(Renamable):
    """A principle or an enabler: a named idea with a paragraph."""

    title: Text
    body: Markdown


class Commitment(Model):
    ref: CommitmentRef
    text: Text
    previous_refs: list[CommitmentRef] = Field(default_factory=list)
    # Usually given in the delivery plan's entry for the commitment; either place will do.
    accountability: Accountability | None = None


class ItemAction(Renamable):
    """One action of a section's item (third level): an anchor on its section's page."""

    text: Text


class SectionItem(Renamable):
    """A section's item with its own text ("outcome"): an anchor on its section's page."""

    title: Text
    body: Markdown | None = None
    actions: list[ItemAction] = Field(default_factory=list)


class Section(Renamable):
    """A sub-priority of a stage, a cross-cutting theme, or a priority of a flat plan (one
    file each). `letter` is needed only where the section has commitments."""

    letter: Letter | None = None
    number: Text | None = None
    title: Text
    former_titles: list[Text] = Field(default_factory=list)
    intro: Markdown
    where_are_we_now: Markdown | None = None
    success_measures: list[Text] = Field(default_factory=list)
    items: list[SectionItem] = Field(default_factory=list)
    commitments: list[Commitment] = Field(default_factory=list)
    accountability: Accountability | None = None


class Group(Renamable):
    """A life-course stage, or the group of cross-cutting themes: an intro and its sections."""

    number: Text | None = None
    title: Text
    intro: str = ""
    sections: list[Id] = Field(min_length=1)


class NamedList(Renamable):
    """A list of named ideas with an intro ("Our aims", "Our values"): its own page."""

    title: Text
    intro: Markdown | None = None
    items: list[Principle] = Field(min_length=1)


def _level_name(value: object) -> object:
    return {"singular": value} if isinstance(value, str) else value


class LevelName(Model):
    """What the site calls one level: `priority`, or {singular: priority, plural: ...}."""

    singular: Text
    plural: Text | None = None

    @property
    def many(self) -> str:
        return self.plural or self.singular + "s"

    def __str__(self) -> str:
        return self.singular


Level = Annotated[LevelName, BeforeValidator(_level_name)]


class LevelNames(Model):
    """The words the site uses for each level; today's words are the defaults."""

    strategy: Level = LevelName(singular="strategy", plural="strategies")
    stage: Level = LevelName(singular="stage")
    sub_priority: Level = LevelName(singular="priority", plural="priorities")
    theme: Level = LevelName(singular="theme")
    item: Level = LevelName(singular="outcome")
    commitment: Level = LevelName(singular="commitment")
    action: Level = LevelName(singular="action")


class PageEntry(Renamable):
    """A free page written in Markdown, such as the foreword."""

    title: Text
    file: Text
    # Where the page sits in the navigation: before the life-course stages or after them.
    position: Literal["before_stages", "after_stages"] = "before_stages"


class Contact(Model):
    email: Text
    phone: Text | None = None
    address: Text | None = None
    response_days: int = Field(default=10, ge=1)


class StrategyDocument(Model):
    """content/strategy.yaml: the strategy's frame and the order of everything in it."""

    title: Text
    short_title: Text | None = None
    organisation: Text | None = None
    contact: Contact | None = None
    vision: Vision
    level_names: LevelNames = LevelNames()
    # Text above the list of the strategy's parts on the home page; a plain line by default.
    parts_intro: Markdown | None = None
    principles_intro: Markdown | None = None
    principles: list[Principle] = Field(default_factory=list)
    enablers_intro: Markdown | None = None
    enablers: list[Principle] = Field(default_factory=list)
    lists: list[NamedList] = Field(default_factory=list)
    # A flat plan lists its sections here, each at /<section-id>/; a grouped one in stages.
    sections: list[Id] = Field(default_factory=list)
    stages: list[Group] = Field(default_factory=list)
    themes: Group | None = None
    pages: list[PageEntry] = Field(default_factory=list)
    # The words for how closely the board follows each item (Do / Sponsor / Watch); none:
    # accountability is not used.
    accountability_levels: list[AccountabilityLevel] = Field(default_factory=list)


class Term(Model):
    term: Text
    definition: Text


class Glossary(Model):
    """content/glossary.yaml: abbreviations and hard terms, marked up wherever they appear."""

    terms: list[Term] = Field(default_factory=list)


class Action(Model):
    ref: ActionRef
    text: Text
    previous_refs: list[ActionRef] = Field(default_factory=list)
    accountability: Accountability | None = None


class PlanCommitment(Model):
    ref: CommitmentRef
    actions: list[Action] = Field(default_factory=list)
    notes: list[Text] = Field(default_factory=list)
    accountability: Accountability | None = None


class PlanPart(Model):
    """content/delivery-plan/<letter>.yaml: the actions and indicators of one section."""

    letter: Letter
    indicators: list[Text] = Field(default_factory=list)
    commitments: list[PlanCommitment] = Field(default_factory=list)


class KnownProblem(Model):
    """Content that is not accessible yet: what, which WCAG criterion, and when it is fixed."""

    text: Text
    criterion: Text | None = None
    fix_by: Text | None = None


class AccessibilityStatement(FileModel):
    """content/accessibility.yaml: the settings of the GOV.UK model accessibility statement."""

    organisation: Text
    compliance: Literal["fully", "partially", "not"]
    known_problems: list[KnownProblem] = Field(default_factory=list)
    disproportionate_burden: list[Text] = Field(default_factory=list)
    not_in_scope: list[Text] = Field(default_factory=list)
    formats: list[Text] = Field(min_length=1)
    contact: Contact
    testing: Markdown
    prepared: Text
    last_reviewed: Text
