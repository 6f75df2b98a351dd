"""The arguments of `kpidesk import`.

Kept apart from the command itself so parsing loads nothing heavy.
"""

from __future__ import annotations

import argparse

ON_CONFLICT = ("overwrite", "skip", "fail")
"""The values of `usecases.import_preview.OnConflict` (a test keeps them equal)."""


def add_import_parser(commands: argparse._SubParsersAction) -> None:
    command = commands.add_parser("import", help="import figures from .xlsx, .xlsm, .ods, .csv")
    command.add_argument("file")
    command.add_argument("--sheet", metavar="NAME")
    command.add_argument("--layout", choices=["auto", "wide", "tall", "long"], default="auto")
    command.add_argument(
        "--create-kpis", action="store_true", help="create a KPI for every label that matches none"
    )
    command.add_argument(
        "--create-segments",
        action="store_true",
        help="add a segment label that matches none to the set of the KPIs it has figures for",
    )
    command.add_argument(
        "--on-conflict",
        choices=ON_CONFLICT,
        default="overwrite",
        help="when a month already holds another figure",
    )
    command.add_argument(
        "--strict", action="store_true", help="refuse the whole import if any cell cannot be used"
    )
    command.add_argument("--dry-run", action="store_true", help="show what would happen")
    command.add_argument("--json", action="store_true")
    command.add_argument(
        "--decimal-mark", choices=[".", ","], help="for numbers such as 3.000 that do not show it"
    )
    command.add_argument("--encoding", help="CSV text encoding, e.g. cp1251")
    command.add_argument(
        "--delimiter", type=_delimiter, help="CSV delimiter: one character, e.g. ';', or 'tab'"
    )


def _delimiter(text: str) -> str:
    """One character, or `tab` (a tab is hard to type on a command line)."""
    if text.lower() in ("tab", "\\t"):
        return "\t"
    if len(text) != 1:
        raise argparse.ArgumentTypeError(f"a delimiter is one character or 'tab', not {text!r}")
    return text
