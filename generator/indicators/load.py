"""Load the indicators: the mapping file, every file it lists, and the checks across them.

Public API:

    INDICATORS_FILE = "indicators/indicators.yaml"   (under data/)
    load_indicators(data_dir, content_dir, section_ids, problems) -> Indicators | None
        (its `sources`: indicators.yaml and every data file it lists; each Indicator's
        `path`: the file it was read from)

No mapping file: the strategy has no indicators (None, no problem). Every problem in every
file is reported in one run: a value that is not a number, an unknown section, a period that
cannot be read, missing columns, a row that repeats another (an indicator mapped twice).
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from ..core.problems import Problems, shown_name
from ..core.yamlfile import read_model
from .fingertips import read_fingertips
from .model import Indicator, Indicators, IndicatorsFile
from .plainsight import Found, read_plainsight

INDICATORS_FILE = "indicators/indicators.yaml"


def load_indicators(data_dir: Path, content_dir: Path, section_ids: Collection[str] | None,
                    problems: Problems) -> Indicators | None:
    path = data_dir / INDICATORS_FILE
    if not path.exists():
        return None
    yaml_name = shown_name(content_dir, path)
    before = len(problems)
    config, parsed = read_model(path, yaml_name, IndicatorsFile, problems)
    if config is None or parsed is None:
        return None
    found: list[Found] = []
    read: dict[str, Path] = {}  # each data file read, by its name in messages
    for index, entry in enumerate(config.files):
        line = parsed.lines.of(("files", index))
        file_path = path.parent / entry.file
        name = shown_name(content_dir, file_path)
        if not file_path.is_file():
            problems.add(yaml_name, f"the file '{entry.file}' is not in {path.parent.name}/",
                         line=line, hint="file names are relative to the folder of this file")
            continue
        read.setdefault(name, file_path)
        if entry.format == "fingertips":
            rows = read_fingertips(file_path, name, entry, (yaml_name, line), problems)
            if section_ids is not None:
                for section in sorted({s for v in entry.sections.values()
                                       for s in ([v] if isinstance(v, str) else v)}):
                    if section not in section_ids:
                        problems.add(yaml_name, f"unknown section '{section}'", line=line,
                                     expected="the id of a file in content/sections/")
        else:
            rows = read_plainsight(file_path, name, problems)
        found += rows or []
    _check(found, section_ids, problems)
    if len(problems) > before:
        return None
    return Indicators(config.source, config.producer, config.updated, config.area,
                      config.comparator, _group(found, config, read), (path, *read.values()))


def _check(found: list[Found], section_ids: Collection[str] | None, problems: Problems) -> None:
    seen: dict[tuple[str, ...], Found] = {}
    names: dict[str, Found] = {}
    for item in found:
        if section_ids is not None and item.section not in section_ids and item.section_in_row:
            problems.add(item.file, f"unknown section '{item.section}'", row=item.row,
                         expected="the id of a file in content/sections/")
        v = item.value
        key = (item.id, item.section, v.sex, v.age, v.period)
        if key in seen:
            first = seen[key]
            problems.add(item.file, f"indicator '{item.id}' is mapped twice to section "
                         f"'{item.section}' for {v.sex}, {v.age or 'all ages'}, {v.period}: "
                         f"{_where(first, item)}", row=item.row,
                         hint="each indicator, breakdown and period may appear once a section")
        seen.setdefault(key, item)
        other = names.setdefault(item.id, item)
        if (other.name, other.code) != (item.name, item.code) and other.section == item.section:
            problems.add(item.file, f"indicator '{item.id}' has a different name or code from "
                         f"{_where(other, item)}", row=item.row,
                         hint="one indicator id stands for one indicator")


def _where(first: Found, item: Found) -> str:
    return f"row {first.row} has it already" if first.file == item.file else \
        f"{first.file}, row {first.row} has it already"


def _group(found: list[Found], config: IndicatorsFile,
           read: dict[str, Path]) -> tuple[Indicator, ...]:
    """One Indicator per (id, section), in the order they first appear."""
    groups: dict[tuple[str, str], list[Found]] = {}
    for item in found:
        groups.setdefault((item.id, item.section), []).append(item)
    return tuple(
        Indicator(id=items[0].id, code=items[0].code, name=items[0].name,
                  section=items[0].section, dashboard=items[0].dashboard, file=items[0].file,
                  comparator_label=config.comparator_labels.get(items[0].id, config.comparator),
                  values=tuple(i.value for i in items), path=read.get(items[0].file))
        for items in groups.values())
