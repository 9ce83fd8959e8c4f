"""The parts of the site, one per feature, in the order their pages are made.

Each part is a module here with a `Part` class made from the `Site` (see site/part.py);
render.py makes every part in PARTS and builds the site from what they declare.
"""

from __future__ import annotations

from .accessibility import AccessibilityStatement
from .consultation import Consultation
from .delivery_plan import DeliveryPlan
from .easy_read import EasyReadPages
from .indicators import Indicators
from .old_addresses import OldAddresses
from .print_editions import PrintEditions
from .progress import ProgressPages
from .strategy import StrategyPages

PARTS = (StrategyPages, DeliveryPlan, OldAddresses, Consultation, EasyReadPages,
         AccessibilityStatement, PrintEditions, Indicators, ProgressPages)
