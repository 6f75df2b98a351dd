"""`kpidesk report [--month YYYY-MM] OUT.pdf [--lang bg]`: the monthly report as an A4 PDF.

The same builder as File → Monthly report… in the window (`kpidesk.ui.report`), so the PDF
is painted by Qt, started window-less on the offscreen platform (no display needed) in the
report's language. Qt is loaded only when this command runs, after the month and the folder
were checked.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kpidesk.cli.arguments import month_argument
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Scorecard
from kpidesk.store.loading import load_snapshot
from kpidesk.store.workspace import Workspace


def cmd_report(workspace: Workspace, args: argparse.Namespace) -> int:
    with workspace.reading() as session:
        snapshot = load_snapshot(session)
    month = report_month(snapshot.scorecard, args.month)
    path = Path(args.file).expanduser()
    if not path.parent.is_dir():
        raise ValueError(f"{path}: there is no folder {path.parent} to write the report in")
    from kpidesk.ui.report.command import write_report_headless

    pages = write_report_headless(snapshot, month, path, args.lang)
    print(f"Wrote the report of {month} ({pages} pages) to {path}.")
    return 0


def report_month(card: Scorecard, text: str | None) -> Month:
    """`--month`, else the latest month with figures; refused when the workspace has no
    figures, or none by that month."""
    first = min(
        (months[0] for kpi in card.kpis if (months := card.measured_months(kpi.name))),
        default=None,
    )
    if first is None:
        raise ValueError("the workspace has no figures yet: enter or import some first")
    if text is None:
        return card.latest_month() or first
    month = month_argument(text, "--month")
    if month < first:
        raise ValueError(f"--month {month}: there are no figures before {first}")
    return month
