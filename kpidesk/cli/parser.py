"""The command line's arguments: every command, its options and their choices.

Parsing loads nothing heavy (no database layer), so an import's file can be read on a
background thread while the rest of the program starts. A mistyped command line is one line
on stderr and exit status 2, as every other refusal.
"""

from __future__ import annotations

import argparse
from typing import NoReturn

from kpidesk import __version__
from kpidesk.cli.import_args import add_import_parser
from kpidesk.cli.segment_args import add_segment_parsers
from kpidesk.domain.kpi import DURATION_UNITS, Aggregation, Category, Direction, Unit
from kpidesk.domain.targets import Spread

EXIT_REFUSED = 2
"""The exit status of every refusal: a mistyped command line, a bad file, an unknown KPI."""
LANGUAGES = ("en", "bg", "et")


class _Parser(argparse.ArgumentParser):
    """argparse that exits with status 2 and one line, as every other refusal does."""

    def error(self, message: str) -> NoReturn:
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
    record.add_argument("--segment", metavar="NAME", help="the segment's figure, not the total")

    add_import_parser(commands)

    export = commands.add_parser("export", help="write .xlsx or .csv; '-' writes CSV to stdout")
    export.add_argument("file")

    backup = commands.add_parser(
        "backup", help="copy the workspace, a server one too, into one workspace file"
    )
    backup.add_argument("file", metavar="OUT.kpidesk")
    restore = commands.add_parser(
        "restore", help="check a backup, back up the current state, then restore the backup"
    )
    restore.add_argument("file", nargs="?", metavar="FROM.kpidesk")
    restore.add_argument("--list", action="store_true", help="list the automatic backups")

    report = commands.add_parser("report", help="the monthly report as an A4 PDF")
    report.add_argument("file", metavar="OUT.pdf")
    report.add_argument("--month", metavar="YYYY-MM", help="default: the latest with figures")
    report.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="the report's language"
    )

    status = commands.add_parser("status", help="where every KPI stands")
    when = status.add_mutually_exclusive_group()
    when.add_argument("--month", metavar="YYYY-MM")
    when.add_argument("--period", metavar="YYYY-Qn", help="a fiscal quarter, e.g. 2026-Q3")
    status.add_argument(
        "--segment", metavar="NAME", help="one segment's KPIs (default: the business total)"
    )
    status.add_argument(
        "--missing", action="store_true", help="the closed months with figures not entered yet"
    )
    status.add_argument("--json", action="store_true")
    _add_history_commands(commands)
    add_segment_parsers(commands, _Parser)
    return parser


def _add_history_commands(commands: argparse._SubParsersAction) -> None:
    history = commands.add_parser("history", help="every change: who, when, where, what")
    history.add_argument("--limit", type=int, default=50, metavar="N", help="newest N (50)")
    history.add_argument("--json", action="store_true")
    undo = commands.add_parser("undo", help="undo one change by its id (see `history`)")
    undo.add_argument("change_id", type=int, metavar="CHANGE_ID")
    redo = commands.add_parser("redo", help="apply an undone change again")
    redo.add_argument("change_id", type=int, metavar="CHANGE_ID")


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
    add.add_argument("--by", metavar="SET", help="track the KPI by a segment set")
    add.add_argument("--weight", metavar="KPI", help="a mean KPI's total weighted by this KPI")
    edit = kpi.add_parser("edit", help="track a KPI by a segment set, or no longer (--by '')")
    edit.add_argument("name")
    edit.add_argument("--by", metavar="SET", required=True, help="the set; '' untracks it")
    edit.add_argument("--weight", metavar="KPI", help="weight the total by this KPI")
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
    set_goal.add_argument("--segment", metavar="NAME", help="the segment's target, not the total")
    set_goal.add_argument(
        "--currency",
        help="the currency the value is in, e.g. BGN for leva (default: the one shown; "
        'a sign in the value, "1200 лв.", says it too)',
    )
    history = goal.add_parser("history", help="every target change of a KPI")
    history.add_argument("kpi")
    history.add_argument("--segment", metavar="NAME", help="the segment's targets")
    history.add_argument("--json", action="store_true")
    history.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="each month's target as it stood on that day"
    )
    history.add_argument("--year", type=int, help="with --as-of: the fiscal year to list")
