"""The indicators mapping file and the typed values read from the files it lists.

Public API:

    IndicatorsFile, FileEntry          the YAML (data/indicators/indicators.yaml), pydantic
    Value, Indicator, Indicators       checked values, grouped by indicator and section

One `Value` is one row of figures: an indicator for one breakdown (sex, age) and one period.
An `Indicator` is an indicator as one section shows it; an indicator that two sections list
appears once in each, with the same id.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
SectionIds = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FileEntry(_Model):
    """One file of values. `plainsight`: our columns (see the README). `fingertips`: a data
    download from OHID Fingertips; `sections` maps its IndicatorID to one or more section ids."""

    file: Text
    format: Literal["plainsight", "fingertips"] = "plainsight"
    area_code: Text | None = None            # fingertips: the area whose values are shown
    comparator_code: Text = "E92000001"      # fingertips: England
    neighbours: list[Text] = Field(default_factory=list)  # fingertips: similar areas' codes
    sections: dict[int, SectionIds | list[SectionIds]] = Field(default_factory=dict)
    polarity: dict[int, Literal["High", "Low"]] = Field(default_factory=dict)


def _entry(value: object) -> object:
    """A file written as just its name is a file in Plainsight's own columns."""
    return {"file": value} if isinstance(value, str) else value


class IndicatorsFile(_Model):
    """data/indicators/indicators.yaml: where the figures come from and which files hold them."""

    source: Text
    producer: Text
    updated: Text
    area: Text = "This area"
    comparator: Text = "England"
    comparator_labels: dict[str, Text] = Field(default_factory=dict)
    files: list[Annotated[FileEntry, BeforeValidator(_entry)]] = Field(min_length=1)


@dataclass(frozen=True)
class Value:
    """One value: an indicator for one breakdown and one period, with what it is compared to.
    `*_shown` keep numbers as the source printed them; `fingertips` holds the export's own
    comparison with England (a test with confidence intervals), `comparison` printed words."""

    sex: str
    age: str
    period: str
    order: tuple[int, ...]
    value: float
    shown: str
    unit: str = ""
    polarity: str = ""
    comparator: float | None = None
    comparator_shown: str = ""
    rank: int | None = None
    rank_of: int | None = None
    best: float | None = None
    best_shown: str = ""
    worst: float | None = None
    worst_shown: str = ""
    comparison: str = ""
    fingertips: str = ""
    trend: str = ""
    comment: str = ""
    lower_ci: float | None = None
    upper_ci: float | None = None
    count: float | None = None
    denominator: float | None = None


@dataclass(frozen=True)
class Indicator:
    id: str
    code: str
    name: str
    section: str
    dashboard: str
    file: str
    comparator_label: str
    values: tuple[Value, ...]
    path: Path | None = None  # the data file it was read from (`file` is its name in messages)

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}" if self.code else self.name

    def headline(self) -> Value:
        """The latest value of the main breakdown (persons, else the first one given)."""
        main = [v for v in self.values if v.sex.lower() in ("persons", "p")] or \
            [v for v in self.values if (v.sex, v.age) == (self.values[0].sex, self.values[0].age)]
        return max(main, key=lambda v: v.order)

    def in_order(self) -> list[Value]:
        """Every value, by breakdown and then period, as tables and CSVs list them."""
        return sorted(self.values, key=lambda v: v.order)

    def history(self) -> list[Value]:
        """Every period of the headline's breakdown, oldest first."""
        head = self.headline()
        return [v for v in self.in_order() if (v.sex, v.age) == (head.sex, head.age)]


@dataclass(frozen=True)
class Indicators:
    source: str
    producer: str
    updated: str
    area: str
    comparator: str
    items: tuple[Indicator, ...]
    sources: tuple[Path, ...] = ()  # indicators.yaml, then every data file it lists

    def sources_of(self, section_id: str) -> tuple[Path, ...]:
        """indicators.yaml and the data files that hold the section's indicators."""
        files = {i.path: None for i in self.of_section(section_id) if i.path is not None}
        return (*self.sources[:1], *files) if files else ()

    def of_section(self, section_id: str) -> list[Indicator]:
        return [i for i in self.items if i.section == section_id]

    def first_section(self) -> dict[str, str]:
        """Indicator id -> the section listed first in the file (its home on /indicators/)."""
        found: dict[str, str] = {}
        for item in self.items:
            found.setdefault(item.id, item.section)
        return found
