"""`kpidesk leaderboard KPI [--month | --quarter | --ytd] [--json]`: a KPI's segments ranked
by attainment over a period. Every number comes from the domain's `leaderboard`."""

from __future__ import annotations

import argparse
from typing import Any

from kpidesk.cli.arguments import month_argument
from kpidesk.cli.output import print_json, print_table
from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.leaderboard import Leaderboard, Standing, leaderboard
from kpidesk.domain.periods import Period
from kpidesk.domain.plain_numbers import exported, rounded
from kpidesk.domain.scorecard import Scorecard
from kpidesk.store.loading import load_snapshot
from kpidesk.store.workspace import Workspace


def cmd_leaderboard(workspace: Workspace, args: argparse.Namespace) -> int:
    with workspace.reading() as session:
        card = load_snapshot(session).scorecard
    kpi = card.kpi(args.kpi)
    if card.set_of(kpi.name) is None:
        raise ValueError(
            f"{kpi.name} is not tracked by segments; track it with "
            f'`kpidesk kpi edit "{kpi.name}" --by SET` first'
        )
    period = _period(card, args)
    if period is None:
        if args.json:
            print_json([])
        else:
            print(f"No figures yet for {kpi.name}.")
        return 0
    board = leaderboard(card, kpi.name, period)
    if args.json:
        print_json([_standing_json(row) for row in board.rows])
    else:
        _print_board(kpi, board)
    return 0


def _period(card: Scorecard, args: argparse.Namespace) -> Period | None:
    """The period asked for; without one, the latest month that has any value (None when
    the workspace has none)."""
    if args.quarter:
        return Period.parse_quarter(args.quarter, card.fiscal_start)
    if args.month:
        return Period.month(month_argument(args.month, "--month"))
    latest = card.latest_month()
    if latest is None:
        return None
    return Period.ytd(latest, card.fiscal_start) if args.ytd else Period.month(latest)


def _standing_json(row: Standing) -> dict[str, Any]:
    return {
        "segment": row.segment,
        "rank": row.rank,
        "value": exported(row.value),
        "target": exported(row.target),
        "attainment": exported(row.attainment),
        "status": row.status.value,
        "tied": row.tied,
        "change_vs_previous": exported(row.change_vs_previous),
        "vs_average": exported(row.vs_average),
        "vs_benchmark": exported(row.vs_benchmark),
    }


def _print_board(kpi: KpiDefinition, board: Leaderboard) -> None:
    places = kpi.decimals
    print(f"{kpi.name}, {board.period.label}:")
    print_table(
        ["Rank", "Segment", "Value", "Target", "Attained", "Status", "vs previous", "vs average"],
        [
            [
                "" if row.rank is None else f"{'=' if row.tied else ''}{row.rank}",
                row.segment,
                rounded(row.value, places),
                rounded(row.target, places),
                "" if row.attainment is None else f"{row.attainment:.0f}%",
                row.status.value.replace("_", " "),
                _signed(row.change_vs_previous, places),
                _signed(row.vs_average, places),
            ]
            for row in board.rows
        ],
    )
    covered, listed = board.coverage
    print(
        f"Business total {rounded(board.total, places) or '-'} "
        f"({covered} of {listed} segments); average {rounded(board.average, places) or '-'}"
        + (f"; benchmark {rounded(board.benchmark, places)}" if board.benchmark is not None else "")
    )


def _signed(value: float | None, places: int) -> str:
    text = rounded(value, places)
    return f"+{text}" if value is not None and value > 0 else text
