"""The arguments of `kpidesk import`, and starting to read its file at once.

Kept apart from the command itself so parsing loads nothing heavy: the file is then being
parsed on a background thread while the database layer loads and the workspace opens.
"""

from __future__ import annotations

import argparse
from pathlib import Path

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
    command.set_defaults(prefetch=None)


def _delimiter(text: str) -> str:
    """One character, or `tab` (a tab is hard to type on a command line)."""
    if text.lower() in ("tab", "\\t"):
        return "\t"
    if len(text) != 1:
        raise argparse.ArgumentTypeError(f"a delimiter is one character or 'tab', not {text!r}")
    return text


def start_reading(args: argparse.Namespace) -> None:
    """Begin reading the file of an import command on a background thread (`args.prefetch`);
    a path that is not a file is left for the command to refuse."""
    if args.command != "import" or not Path(args.file).is_file():
        return
    from kpidesk.io.readers import CsvOptions
    from kpidesk.usecases.prefetch import WorkbookPrefetch

    options = CsvOptions(encoding=args.encoding, delimiter=args.delimiter)
    args.prefetch = WorkbookPrefetch(Path(args.file), args.sheet, options)
