"""`python -m plainsight_strategy`: the command line (see cli.py)."""

import sys

from .cli import main

if __name__ == "__main__":  # not when a drawing process starts (site/drawing.py)
    sys.exit(main())
