"""`kpidesk status --missing`: the closed months with figures still to enter.

The same months and KPIs the window's banner names (`kpidesk.domain.missing`), for a script
that reminds the owner, or for the owner at the month's end. Exit status 0 whether or not
something is missing: a missing figure is a fact to report, not a failure.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from kpidesk.cli.output import print_json
from kpidesk.domain.missing import MissingKpi, MissingMonth, last_closed_month, missing_months
from kpidesk.store.loading import load_snapshot
from kpidesk.store.workspace import Workspace


def today() -> date:
    """The real date: which months are due. Tests replace this function."""
    return date.today()


def cmd_status_missing(workspace: Workspace, args: argparse.Namespace) -> int:
    """One line per month with figures missing (newest first), or a list of every missing
    cell with --json."""
    with workspace.reading() as session:
        scorecard = load_snapshot(session).scorecard
    now = today()
    found = missing_months(scorecard, now)
    if args.json:
        print_json(missing_json(found))
    elif not found:
        print(f"Nothing is missing up to {last_closed_month(now)}.")
    else:
        for month in found:
            print(missing_line(month))
    return 0


def missing_json(found: list[MissingMonth]) -> list[dict[str, Any]]:
    """One object per missing cell: month, KPI and segment (null for the KPI's own figure)."""
    return [
        {"month": str(month.month), "kpi": kpi, "segment": segment}
        for month in found
        for kpi, segment in month.cells()
    ]


def missing_line(month: MissingMonth) -> str:
    """`2026-11: 4 of 12 KPIs not entered: Revenue, Wait time (Telliskivi), ...`"""
    names = ", ".join(_named(missing) for missing in month.kpis)
    return f"{month.month}: {len(month.kpis)} of {month.expected} KPIs not entered: {names}"


def _named(missing: MissingKpi) -> str:
    if not missing.segments:
        return missing.kpi
    return f"{missing.kpi} ({', '.join(missing.segments)})"
