"""`python -m kpidesk` runs the command line (and, without a command, the window)."""

from kpidesk.cli import entry

entry()
