"""`kpidesk goal history KPI --as-of YYYY-MM-DD`: the plan for a year as it stood that day."""

from __future__ import annotations

import argparse
from datetime import date

from kpidesk.cli.output import print_json, print_table
from kpidesk.domain.plain_numbers import exported, plain_decimal
from kpidesk.domain.plan import fiscal_year_of, plan_as_of
from kpidesk.store.loading import load_snapshot
from kpidesk.store.workspace import Workspace


def goal_plan(workspace: Workspace, args: argparse.Namespace) -> int:
    """Each month of the fiscal year with its target as of the day and its target now (the
    segment's with `--segment`). The year is the fiscal year the day falls in unless `--year`
    names another."""
    day = _day(args.as_of)
    with workspace.reading() as session:
        scorecard = load_snapshot(session).scorecard
    if args.segment:
        scorecard = scorecard.segment_view(scorecard.segment(args.segment).name)
    kpi = scorecard.kpi(args.kpi)
    year = args.year if args.year is not None else fiscal_year_of(day, scorecard.fiscal_start)
    plan = plan_as_of(scorecard, kpi.name, year, day)
    if args.json:
        print_json(
            [
                {
                    "month": str(row.month),
                    "target": exported(row.then),
                    "target_now": exported(row.now),
                }
                for row in plan
            ]
        )
        return 0
    print(f"Targets of {kpi.name} as of {day.isoformat()}:")
    print_table(
        ["Month", f"As of {day.isoformat()}", "Now", ""],
        [
            [
                str(row.month),
                plain_decimal(row.then),
                plain_decimal(row.now),
                "changed since" if row.changed else "",
            ]
            for row in plan
        ],
    )
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"--as-of: '{text}' is not a day written YYYY-MM-DD") from None
