"""What the site is built from: everything read from content/ and data/, already checked.

Public API: Inputs.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..consultation.report import Report
from ..consultation.results import ConsultationResults
from ..content.easyread import EasyRead, Pictogram
from ..content.models import AccessibilityStatement
from ..content.strategy import Strategy
from ..indicators.model import Indicators
from ..progress.model import Progress


@dataclass(frozen=True)
class Inputs:
    """The read step's result; rendering is a function of this and nothing else."""

    strategy: Strategy
    easy_read: EasyRead
    pictograms: dict[str, Pictogram]
    statement: AccessibilityStatement | None = None
    results: ConsultationResults | None = None
    report: Report | None = None
    indicators: Indicators | None = None
    progress: Progress | None = None  # None: no progress report (no progress pages)
