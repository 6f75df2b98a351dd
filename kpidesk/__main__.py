"""`python -m kpidesk` runs the command line (and, without a command, the window)."""

import sys

from kpidesk.cli import main

sys.exit(main())
