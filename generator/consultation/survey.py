"""The survey definition (content/consultation/survey.yaml): how to read one tool's export.

Public API:

    load_survey(path: Path, name: str, problems: Problems) -> Survey | None
    Survey, Question, Scale, ScaleOption, Channel, Breakdown, Comments, CommentCode,
    CodedColumn, QuoteSource, Disclosure, Dates      (frozen pydantic models)
    normalise_label(text: str) -> str                (how answers are matched to labels)

Everything specific to a survey tool lives in the YAML: the column each question reads, the
scale labels and which of them count as agreement, so another survey (or another tool's
export) needs no code. Labels are matched case- and whitespace-insensitively.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from ..content.models import Id, Model, Text
from ..core.problems import Problems
from ..core.yamlfile import read_model

Kind = Literal["agree", "neutral", "disagree", "dont_know"]
QuestionType = Literal["agreement", "single_choice", "multi_select", "free_text"]
Column = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Count = Annotated[int, Field(ge=0)]


# Curly quotes (which Excel and Word put in "Don’t know") count as straight ones.
STRAIGHT_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def normalise_label(text: str) -> str:
    """The form answers, labels and column names are compared in: spaces collapsed
    (non-breaking ones too), case folded, curly quotes straightened."""
    return " ".join(text.translate(STRAIGHT_QUOTES).split()).casefold()


def _duplicates(values: list[str]) -> list[str]:
    seen: set[str] = set()
    repeated = []
    for value in values:
        key = normalise_label(value)
        if key in seen:
            repeated.append(value)
        seen.add(key)
    return repeated


def _a(question_type: str) -> str:
    words = question_type.replace("_", " ")
    return ("an " if words[0] in "aeiou" else "a ") + words


class ScaleOption(Model):
    """One point of a scale; `kind` says how it counts (agree, neutral, disagree, don't know).
    `label` is what the site shows; `aliases` what the export may hold instead: the tool's
    own text ("1: strongly disagree", "5 Excellent"), a bare number or a code."""

    label: Text
    kind: Kind
    aliases: list[Text] = Field(default_factory=list)


class Scale(Model):
    """An ordered scale. Options of kind `agree` are added up into the agreement rate."""

    options: list[ScaleOption] = Field(min_length=2)
    dont_know_in_base: bool = True

    @model_validator(mode="after")
    def _check(self) -> Scale:
        spellings = [s for o in self.options for s in (o.label, *o.aliases)]
        if repeated := _duplicates(spellings):
            raise ValueError(f"the scale lists '{repeated[0]}' twice")
        if not any(o.kind == "agree" for o in self.options):
            raise ValueError("the scale needs at least one option of kind 'agree'")
        return self

    def labels(self) -> list[str]:
        return [o.label for o in self.options]


class Statement(Model):
    """One statement of a grid (matrix) question: a row of the grid, a column of the export."""

    id: Id
    label: Text
    column: Column
    about: Id | None = None  # the strategy item this statement asks about


class Question(Model):
    """A survey question and the export column(s) it reads.

    - agreement: `column`, answered on the survey's `scale` (or its own `scale`); or, for a
      grid, `statements`, each with its own column, all on the same scale.
    - single_choice: `column` and its `options`.
    - multi_select: either `option_columns` ({option label: column}, a column per option,
      ticked when not blank and not one of `unticked_values`) or `column` holding the chosen
      `options` joined with `separator`.
    - free_text: `column`.

    `other` names the option (of a choice question) that answers matching no option count
    as: the free text a tool mixes in when people choose "Other".
    """

    id: Id
    wording: Text
    type: QuestionType
    label: Text | None = None  # a short name for charts and tables; the wording if not given
    about: Id | None = None  # the strategy item (vision, stage or theme id) it asks about
    column: Column | None = None
    options: list[Text] = Field(default_factory=list)
    option_columns: dict[Text, Column] = Field(default_factory=dict)
    separator: Annotated[str, StringConstraints(min_length=1)] = ";"
    unticked_values: list[str] = Field(default_factory=lambda: ["0", "no", "false"])
    scale: Scale | None = None
    statements: list[Statement] = Field(default_factory=list)
    other: Text | None = None

    @model_validator(mode="after")
    def _check(self) -> Question:
        if self.statements:
            if self.type != "agreement":
                raise ValueError("only agreement questions have 'statements' (a grid)")
            if self.column:
                raise ValueError("a grid gives each statement its 'column', not 'column'")
            if repeated := _duplicates([self.id, *(s.id for s in self.statements)]):
                raise ValueError(f"the statement id '{repeated[0]}' is used twice (question "
                                 "and statement ids are the ids of their results)")
            return self
        if self.other is not None:
            if self.type not in ("single_choice", "multi_select") or self.option_columns:
                raise ValueError("'other' is for a choice question answered in one column")
            if normalise_label(self.other) not in {normalise_label(o) for o in self.options}:
                raise ValueError(f"'other: {self.other}' is not one of the options")
        if self.type == "multi_select" and self.option_columns:
            if self.column or self.options:
                raise ValueError("give either 'option_columns' or 'column' with 'options'")
        elif self.column is None:
            raise ValueError(f"{_a(self.type)} question needs 'column'")
        if self.type in ("single_choice", "multi_select") and not (
                self.options or self.option_columns):
            raise ValueError(f"{_a(self.type)} question needs 'options'")
        if self.type != "agreement" and self.scale is not None:
            raise ValueError("only agreement questions have a 'scale'")
        if repeated := _duplicates(self.choices()):
            raise ValueError(f"the option '{repeated[0]}' is listed twice")
        return self

    def choices(self) -> list[str]:
        """The options of a choice question, in their order."""
        return list(self.option_columns) or list(self.options)

    def columns(self) -> list[str]:
        """Every export column this question reads."""
        if self.statements:
            return [s.column for s in self.statements]
        return list(self.option_columns.values()) or [self.column or ""]

    @property
    def short(self) -> str:
        return self.label or self.wording


class Channel(Model):
    """A way people took part. Survey rows have their channel in `channel_column`; a channel
    that is not rows in the export (facilitated conversations) gives its `count` instead."""

    id: Id
    label: Text
    count: Count | None = None
    # What the channel column holds for this channel; its id and label always match too.
    values: list[Text] = Field(default_factory=list)

    @property
    def is_rows(self) -> bool:
        return self.count is None

    def spellings(self) -> list[str]:
        return [self.id, self.label, *self.values]


class Breakdown(Model):
    """A column respondents are counted by (district, age group...), with disclosure control."""

    id: Id
    label: Text
    column: Column
    labels: list[Text] = Field(default_factory=list)  # the order to show; others are errors
    missing_label: Text = "Not answered"  # what blanks are shown as


class CommentCode(Model):
    id: Id
    label: Text


class CodedColumn(Model):
    """A column of codes given to comments (several joined with `separator`), with the
    column of the comments themselves."""

    codes: Column
    text: Column | None = None
    separator: Annotated[str, StringConstraints(min_length=1)] = ";"


class Comments(Model):
    """How comments were coded: codes counted from coding columns, or an analyst's totals."""

    codes: list[CommentCode] = Field(min_length=1)
    columns: list[CodedColumn] = Field(default_factory=list)
    totals: dict[Id, Count] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check(self) -> Comments:
        if bool(self.columns) == bool(self.totals):
            raise ValueError("give either coding 'columns' or analyst 'totals'")
        known = {c.id for c in self.codes}
        if unknown := sorted(set(self.totals) - known):
            raise ValueError(f"the total for '{unknown[0]}' is not one of the codes")
        return self


class QuoteSource(Model):
    """A free-text column and the column where a person marked a comment for publication."""

    text: Column
    approved: Column
    approved_values: list[Text] = Field(default_factory=lambda: ["yes"])
    question: Id | None = None  # the free-text question the column belongs to
    about: Id | None = None  # the strategy item the comments are about


class Disclosure(Model):
    """Counts below min_count are not shown; percentages need a base of min_base_for_percent."""

    min_count: Annotated[int, Field(ge=1)] = 5
    min_base_for_percent: Annotated[int, Field(ge=1)] = 10


class Dates(Model):
    start: date
    end: date

    @model_validator(mode="after")
    def _check(self) -> Dates:
        if self.end < self.start:
            raise ValueError("the consultation ends before it starts")
        return self


class Survey(Model):
    """content/consultation/survey.yaml."""

    title: Text
    dates: Dates | None = None  # a draft survey may not have its dates yet
    export: Column  # the export file, relative to data/
    # How many header rows the export has (SurveyMonkey 2, Qualtrics 3); recognised if unset.
    header_rows: Annotated[int, Field(ge=1, le=3)] | None = None
    synthetic: bool = False
    notice: Text | None = None  # shown wherever the results are (required when synthetic)
    respondent_id: Column | None = None  # without one, each row is one response
    channel_column: Column | None = None
    channels: list[Channel] = Field(min_length=1)
    scale: Scale | None = None  # the usual scale; a question may have its own
    questions: list[Question] = Field(min_length=1)
    breakdowns: list[Breakdown] = Field(default_factory=list)
    comments: Comments | None = None
    quotes: list[QuoteSource] = Field(default_factory=list)
    disclosure: Disclosure = Field(default_factory=Disclosure)

    @model_validator(mode="after")
    def _check(self) -> Survey:
        if self.synthetic and not self.notice:
            raise ValueError("synthetic data needs a 'notice' saying so")
        statements = [s.id for q in self.questions for s in q.statements]
        for what, ids in (("question or statement", [q.id for q in self.questions]
                           + statements),
                          ("channel", [c.id for c in self.channels]),
                          ("breakdown", [b.id for b in self.breakdowns])):
            if repeated := _duplicates(ids):
                raise ValueError(f"the {what} id '{repeated[0]}' is used twice")
        free_text = {q.id for q in self.of_type("free_text")}
        if wrong := [q.question for q in self.quotes if q.question and q.question not in free_text]:
            raise ValueError(f"quotes name '{wrong[0]}', which is not a free_text question")
        if lacking := [q.id for q in self.of_type("agreement") if q.scale is None
                       and self.scale is None]:
            raise ValueError(f"the agreement question '{lacking[0]}' has no 'scale', and the "
                             "survey has none")
        rows = [c for c in self.channels if c.is_rows]
        if not rows:
            raise ValueError("at least one channel must be the survey rows (no 'count')")
        if self.channel_column is None and len(rows) > 1:
            raise ValueError("several channels are survey rows: name the 'channel_column'")
        return self

    def scale_of(self, question: Question) -> Scale:
        scale = question.scale or self.scale
        assert scale is not None, "checked when the survey was read"
        return scale

    def of_type(self, kind: QuestionType) -> list[Question]:
        return [q for q in self.questions if q.type == kind]

    def columns(self) -> list[str]:
        """Every column the export must have, in a stable order without repeats."""
        wanted = [c for c in (self.respondent_id, self.channel_column) if c]
        wanted += [c for q in self.questions for c in q.columns()]
        wanted += [b.column for b in self.breakdowns]
        if self.comments:
            wanted += [c for col in self.comments.columns
                       for c in (col.codes, col.text) if c is not None]
        wanted += [c for q in self.quotes for c in (q.text, q.approved)]
        return list(dict.fromkeys(wanted))

    def counted_columns(self) -> list[str]:
        """Columns with a few distinct answers (scales, options, codes), which the analysis
        counts as a whole; free text and ids are left out."""
        text = {self.respondent_id, *(q.column for q in self.of_type("free_text")),
                *(q.text for q in self.quotes),
                *(c.text for c in (self.comments.columns if self.comments else []))}
        return [c for c in self.columns() if c not in text]


def load_survey(path: Path, name: str, problems: Problems) -> Survey | None:
    """Read and check the survey definition; every mistake is a problem with its line."""
    survey, _ = read_model(path, name, Survey, problems)
    return survey
