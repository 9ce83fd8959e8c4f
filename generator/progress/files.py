"""What the progress files may hold, as pydantic models read with line numbers.

Public API:

    SettingsFile        content/progress/settings.yaml: the confidence vocabulary
    ConfidenceEntry     one rating (id, name, definition, needs_text)
    DEFAULT_SETTINGS    the settings file used when a site has none (Green, Amber, Red)
    ReportFile          content/progress/reports/*.yaml: date, title, paper, new_actions,
                        updates and/or tracker
    UpdateEntry, MetricEntry, NewActionEntry, TrackerEntry, TrackerColumns

Dates, stages, ratings and refs are read as written and checked afterwards (values.py,
updates.py), so that each mistake gets a plain message rather than a validator's.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

from pydantic import BeforeValidator, Field

from ..content.models import Id, Markdown, Model, Text

DateValue = dt.date | str  # a YAML date, or text such as "2022-02-24"


def _text(value: object) -> object:
    """A number written as a target or value (75, 0.5) is kept as the text written."""
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


Value = Annotated[str, BeforeValidator(_text)]


class ConfidenceEntry(Model):
    id: Id
    name: Text
    definition: Text
    # Must an update with this rating say why? Unset: only the last (worst) rating must.
    needs_text: bool | None = None


class SettingsFile(Model):
    """content/progress/settings.yaml."""

    confidence: list[ConfidenceEntry] = Field(min_length=1)


# The ratings when a site sets none (Green, Amber, Red): words in a file, not in code.
DEFAULT_SETTINGS = Path(__file__).with_name("default_settings.yaml")


class MetricEntry(Model):
    measure: Text
    target: Value | None = None
    actual: Value | None = None
    forecast: Value | None = None
    rating: Value | None = None
    commentary: Markdown | None = None


class UpdateEntry(Model):
    ref: Value
    stage: Value
    confidence: Value | None = None
    update: str | None = None
    next_steps: str | None = None
    due: DateValue | None = None
    metrics: list[MetricEntry] = Field(default_factory=list)


class NewActionEntry(Model):
    ref: Value
    under: Value
    title: Text


class TrackerColumns(Model):
    """Our field: the tracker's column header."""

    ref: Text
    stage: Text
    confidence: Text | None = None
    update: Text | None = None
    next_steps: Text | None = None
    due: Text | None = None


class TrackerEntry(Model):
    file: Text  # relative to the site's data folder
    sheet: Text | None = None
    columns: TrackerColumns
    stages: dict[str, Value] = Field(default_factory=dict)   # tracker's word -> stage id
    ratings: dict[str, Value] = Field(default_factory=dict)  # tracker's word -> rating id


class ReportFile(Model):
    """content/progress/reports/<any name>.yaml: one report."""

    date: DateValue
    title: Text
    paper: Text | None = None
    new_actions: list[NewActionEntry] = Field(default_factory=list)
    updates: list[UpdateEntry] = Field(default_factory=list)
    tracker: TrackerEntry | None = None
