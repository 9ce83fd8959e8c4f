"""`plainsight customise NAME`: copy one of the packaged page templates, or the easy-read
pictogram list, into the site's own theme folder, to edit it there. The site's copy wins over
the package's (pipeline.Project.templates_dirs); the other templates still come from the
package.

Public API:

    names(theme) -> list[str]                    what can be customised, A-Z, then "pictograms"
    customise(name, theme, overrides) -> Path    the copy made; CustomiseRefused if it cannot
    CustomiseRefused
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .pipeline import PICTOGRAMS

PICTURES = "pictograms"


class CustomiseRefused(Exception):
    """Nothing was copied; the message says why and what to do."""


def names(theme: Path) -> list[str]:
    """The page templates (without ".md"; those starting with "_" are pieces several pages
    share), then the pictogram list."""
    return [*sorted(p.stem for p in (theme / "plainsight").glob("*.md")), PICTURES]


def customise(name: str, theme: Path, overrides: Path) -> Path:
    """Copy the packaged file called `name` to the same place under `overrides`."""
    key = name.strip().removesuffix(".md")
    if key not in names(theme):
        raise CustomiseRefused(f"there is no template called '{name}'. The names are: "
                               + ", ".join(names(theme)))
    source = theme / PICTOGRAMS if key == PICTURES else theme / "plainsight" / f"{key}.md"
    target = overrides / source.relative_to(theme)
    if target.exists():
        raise CustomiseRefused(f"{target} is already there: edit it, or delete it to start "
                               "again from the packaged version")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target
