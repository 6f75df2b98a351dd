"""`kpidesk record | status | export`: a month's figure in, where every KPI stands, all out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kpidesk.cli.arguments import month_argument, number_argument
from kpidesk.cli.missing_command import cmd_status_missing
from kpidesk.cli.output import print_json, segment_status_json, status_json, status_table
from kpidesk.domain.period_status import period_status
from kpidesk.domain.periods import Period
from kpidesk.domain.scorecard import Scorecard
from kpidesk.store.loading import load_export, load_snapshot
from kpidesk.store.segment_history import segment_decision_history
from kpidesk.store.workspace import Workspace
from kpidesk.usecases.figures import record_figure


def cmd_record(workspace: Workspace, args: argparse.Namespace) -> int:
    month = month_argument(args.month, "MONTH")
    clear = args.value.strip().casefold() in ("", "none")
    value = None if clear else number_argument(args.value)
    currency = args.currency and args.currency.upper()
    with workspace.transaction() as session:
        name, change = record_figure(
            session,
            args.kpi,
            month,
            value,
            args.note,
            currency,
            source="command line",
            segment=args.segment,
        )
    whose = f" ({args.segment})" if args.segment else ""
    print(f"{name}{whose} {month}: {'cleared' if clear else args.value}.")
    print(f"Change {change}: `kpidesk undo {change}` takes it back.")
    return 0


def cmd_export(workspace: Workspace, args: argparse.Namespace) -> int:
    from kpidesk.io.export_csv import write_csv
    from kpidesk.io.export_file import export_to_file

    with workspace.reading() as session:
        scorecard, history = load_export(session)
        segment_history = segment_decision_history(session)
    if args.file == "-":
        write_csv(scorecard, sys.stdout)
        return 0
    path = Path(args.file)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValueError(f"{path}: export writes .xlsx or .csv, not '{suffix or 'no extension'}'")
    count = export_to_file(scorecard, path, history, segment_history)
    print(f"Wrote {count} rows to {path}.")
    return 0


def cmd_status(workspace: Workspace, args: argparse.Namespace) -> int:
    """The business total of every KPI, or with --segment that segment's own KPIs (those of
    its set), over a month or a fiscal quarter, each beside the same period last year. The
    JSON rows name their segment only in a workspace that has segments, and their period
    only when --period asked for one, so a script written before either reads what it
    always did."""
    if args.missing:
        return cmd_status_missing(workspace, args)
    total = _scorecard(workspace)
    segment = total.segment(args.segment) if args.segment else None
    scorecard = total.segment_view(segment.name) if segment else total
    period = _period(scorecard, args)
    rows = (
        []
        if period is None
        else [(kpi, period_status(scorecard, kpi.name, period)) for kpi in scorecard.active_kpis()]
    )
    named = bool(args.period)
    if args.json:
        print_json(
            [
                segment_status_json(total, kpi, row, segment.name if segment else None, named)
                if total.segment_sets
                else status_json(kpi, row, named)
                for kpi, row in rows
            ]
        )
    elif not rows:
        print("No figures yet: record some with `kpidesk record` or try `kpidesk demo`.")
    else:
        status_table(rows, None if segment else total)
    return 0


def _period(scorecard: Scorecard, args: argparse.Namespace) -> Period | None:
    """--period's fiscal quarter, --month's month, or the latest month that has any value
    (None when the workspace has none)."""
    if args.period:
        try:
            return Period.parse_quarter(args.period, scorecard.fiscal_start)
        except ValueError as error:
            raise ValueError(f"--period: {error}") from None
    month = month_argument(args.month, "--month") if args.month else scorecard.latest_month()
    return None if month is None else Period.month(month)


def _scorecard(workspace: Workspace) -> Scorecard:
    with workspace.reading() as session:
        return load_snapshot(session).scorecard
