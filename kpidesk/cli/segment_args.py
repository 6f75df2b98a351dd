"""The arguments of `kpidesk segment ...` and `kpidesk leaderboard`.

Kept apart from the commands so parsing loads nothing heavy.
"""

from __future__ import annotations

import argparse


def add_segment_parsers(
    commands: argparse._SubParsersAction, parser_class: type[argparse.ArgumentParser]
) -> None:
    """`parser_class` is the program's parser, which refuses with one line and status 2."""
    segment = commands.add_parser("segment", help="locations or people KPIs are tracked by")
    actions = segment.add_subparsers(
        dest="segment_command", required=True, parser_class=parser_class
    )
    add = actions.add_parser("add", help="add a segment to a set (the set is made when new)")
    add.add_argument("name")
    add.add_argument("--set", dest="set_name", metavar="SET", required=True)
    listing = actions.add_parser("list", help="the sets with their segments")
    listing.add_argument("--json", action="store_true")
    rename = actions.add_parser("rename", help="rename a segment; its old name stays an alias")
    rename.add_argument("name")
    rename.add_argument("new_name", metavar="NEW")
    archive = actions.add_parser("archive", help="stop listing a segment; its history stays")
    archive.add_argument("name")
    restore = actions.add_parser("restore", help="list an archived segment again")
    restore.add_argument("name")
    merge = actions.add_parser("merge", help="move a segment's figures into another, archive it")
    merge.add_argument("name")
    merge.add_argument("--into", metavar="OTHER", required=True)

    board = commands.add_parser("leaderboard", help="a KPI's segments ranked by attainment")
    board.add_argument("kpi")
    period = board.add_mutually_exclusive_group()
    period.add_argument("--month", metavar="YYYY-MM")
    period.add_argument("--quarter", metavar="YYYY-Qn")
    period.add_argument("--ytd", action="store_true", help="the fiscal year to date")
    board.add_argument("--json", action="store_true")
