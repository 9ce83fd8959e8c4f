"""Two small hand-made reports on the minimal fixture, for the feeds and the open data; every
expected figure in the tests that use them is counted by hand from the reports below.

    2022-02-24  "February"  A.1 in_progress amber, text, next steps, due 2022-03-31;
                            B.1 in_progress green
    2022-05-26  "May" (with a paper)  new action A.1.9 under A.1; A.1 in_progress red, text
                            with a link; A.1.9 in_progress green; B.1 complete;
                            healthy-babies (the section) in_progress

Sections: A.1, A.1.9 and healthy-babies are in healthy-babies; B.1 in ready-for-school;
mental-health (C) has no update, so no feed of its own. The minimal strategy names no
organisation: the feeds' author is the strategy's title.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from plainsight_strategy.pipeline import Project, generate
from plainsight_strategy.site.bundle import Bundle
from tests.conftest import MINIMAL, ROOT
from tests.progress.helpers import report

SITE_URL = "https://example.org/strategy/"
TITLE = "Exampleshire Health Strategy 2030"
MAY = "https://example.org/papers/may.pdf"


def make_project(folder: Path) -> Path:
    """A copy of the minimal fixture with the two reports; returns its content/ folder."""
    shutil.copytree(MINIMAL, folder)
    content = folder / "content"
    report(content, "2022-02-24.yaml", """
        date: 2022-02-24
        title: February
        updates:
          - ref: A.1
            stage: in_progress
            confidence: amber
            update: Begun **well**.
            next_steps: Hire staff & train them.
            due: 2022-03-31
          - {ref: B.1, stage: in_progress, confidence: green, update: On track.}
        """)
    report(content, "2022-05-26.yaml", f"""
        date: 2022-05-26
        title: May
        paper: {MAY}
        new_actions:
          - {{ref: A.1.9, under: A.1, title: Support for early years professionals.}}
        updates:
          - ref: A.1
            stage: in_progress
            confidence: red
            update: "Behind: see [the plan](https://example.org/plan)."
          - {{ref: A.1.9, stage: in_progress, confidence: green, update: Started.}}
          - {{ref: B.1, stage: complete, update: Done.}}
          - {{ref: healthy-babies, stage: in_progress, update: Going well.}}
        """)
    return content


def bundle_of(content: Path, site_url: str = SITE_URL) -> Bundle:
    return generate(Project(content, content.parent / "data", ROOT / "theme", site_url))


def asset(bundle: Bundle, src: str) -> bytes:
    return next(a.content for a in bundle.assets if a.src == src)
