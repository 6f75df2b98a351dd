"""The command line: `kpidesk` alone opens the window; subcommands automate the same core.

Bad input never ends in a traceback: every error the owner can cause is printed as one line
naming what was wrong, with exit status 2, and nothing is written.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence

from kpidesk import __version__
from kpidesk.cli_import_args import add_import_parser
from kpidesk.domain.kpi import DURATION_UNITS, Aggregation, Category, Direction, Unit
from kpidesk.domain.scorecard import UnknownKpiError
from kpidesk.domain.targets import Spread
from kpidesk.io.errors import ImportFileError
from kpidesk.services.gc_pause import collector_paused
from kpidesk.store.errors import StoreError

EXIT_REFUSED = 2
LANGUAGES = ("en", "bg", "et")


class _Parser(argparse.ArgumentParser):
    """argparse that exits with status 2 and one line, as every other refusal does."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_REFUSED, f"kpidesk: {message} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kpidesk", description="Track your business's KPIs month by month.")
    parser.add_argument("--version", action="version", version=f"kpidesk {__version__}")
    parser.add_argument("--db", metavar="PATH|URL", help="workspace file or SQLAlchemy URL")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language")
    parser.add_argument(
        "--demo", action="store_true", help="open the demo workspace (created on first use)"
    )
    parser.add_argument(
        "--self-test", action="store_true", help="open every view offscreen, draw a chart, exit 0"
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    commands.add_parser("demo", help="fill an empty workspace with a demo business")
    _add_kpi_commands(commands)
    _add_goal_commands(commands)

    record = commands.add_parser("record", help="enter one month's figure")
    record.add_argument("kpi")
    record.add_argument("month", metavar="YYYY-MM")
    record.add_argument("value", help="the figure; '' or 'none' clears it (missing, not zero)")
    record.add_argument("--note")
    record.add_argument(
        "--currency", help="currency the figure is in, e.g. BGN (default: the KPI's)"
    )

    add_import_parser(commands, _Parser)

    export = commands.add_parser("export", help="write .xlsx or .csv; '-' writes CSV to stdout")
    export.add_argument("file")

    status = commands.add_parser("status", help="where every KPI stands")
    status.add_argument("--month", metavar="YYYY-MM")
    status.add_argument("--json", action="store_true")
    return parser


def _add_kpi_commands(commands: argparse._SubParsersAction) -> None:
    kpi = commands.add_parser("kpi", help="define KPIs").add_subparsers(
        dest="kpi_command", required=True, parser_class=_Parser
    )
    add = kpi.add_parser("add", help="add a KPI, a formula KPI, or one from the catalog")
    add.add_argument("name", nargs="?")
    add.add_argument("--catalog", metavar="KEY")
    add.add_argument("--unit", choices=[u.value for u in Unit] + list(DURATION_UNITS))
    add.add_argument("--currency", help="ISO code, e.g. EUR (default EUR for a currency KPI)")
    add.add_argument("--duration-unit", choices=DURATION_UNITS)
    add.add_argument("--direction", choices=[d.value for d in Direction], default="higher")
    add.add_argument("--aggregation", choices=[a.value for a in Aggregation])
    add.add_argument("--formula", metavar="EXPR", help='e.g. "[Profit] / [Revenue] * 100"')
    add.add_argument("--category", choices=[c.value for c in Category], default="custom")
    add.add_argument("--decimals", type=int)
    add.add_argument("--tolerance", type=float, metavar="PCT")
    add.add_argument("--benchmark", type=float)
    add.add_argument("--description", default="")
    kpi.add_parser("catalog", help="list the catalog's keys and names")
    listing = kpi.add_parser("list", help="list the workspace's KPIs")
    listing.add_argument("--json", action="store_true")


def _add_goal_commands(commands: argparse._SubParsersAction) -> None:
    goal = commands.add_parser("goal", help="set targets").add_subparsers(
        dest="goal_command", required=True, parser_class=_Parser
    )
    set_goal = goal.add_parser("set", help="set a monthly target, annual goal or override")
    set_goal.add_argument("kpi")
    set_goal.add_argument("--from", dest="first", metavar="YYYY-MM")
    set_goal.add_argument("--monthly", metavar="VALUE")
    set_goal.add_argument("--year", type=int)
    set_goal.add_argument("--annual", metavar="VALUE")
    set_goal.add_argument("--spread", choices=[s.value for s in Spread], default="even")
    set_goal.add_argument("--month", metavar="YYYY-MM", help="with --override: one month only")
    set_goal.add_argument("--override", metavar="VALUE")
    set_goal.add_argument("--note", default="")
    set_goal.add_argument(
        "--currency",
        help="the currency the value is in, e.g. BGN for leva (default: the one shown; "
        'a sign in the value, "1200 лв.", says it too)',
    )
    history = goal.add_parser("history", help="every target change of a KPI")
    history.add_argument("kpi")
    history.add_argument("--json", action="store_true")
    history.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="each month's target as it stood on that day"
    )
    history.add_argument("--year", type=int, help="with --as-of: the fiscal year to list")


def main(argv: Sequence[str] | None = None) -> int:
    return run(build_parser().parse_args(argv))


def entry() -> None:
    """The `kpidesk` program. A command (not the window) ends with everything written and
    closed; what it built is then frozen out of the cycle collector's sight, so neither a
    last collection after the command's pause nor the interpreter's final sweep walks it
    (a tenth of a second sooner back at the prompt). Exiting is otherwise as usual."""
    args = build_parser().parse_args()
    if args.command is None:
        sys.exit(run(args))
    with collector_paused():
        code = run(args)
        gc.freeze()
    sys.exit(code)


def run(args: argparse.Namespace) -> int:
    """Run a command, or open the window. A command is short, so the cycle collector rests
    for all of it (see `services.gc_pause`), rather than waking between its steps to walk
    everything the previous step built."""
    if args.command is None:
        return _run(args)
    with collector_paused():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from kpidesk import cli_commands

    try:
        return cli_commands.run(args)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (StoreError, UnknownKpiError, ValueError, OSError, ImportFileError) as error:
        print(f"kpidesk: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyError as error:
        print(f"kpidesk: {error.args[0] if error.args else error}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return 130
