"""Entry script of the frozen build: the same `entry()` as the `kpidesk` command."""

from kpidesk.cli import entry

entry()
