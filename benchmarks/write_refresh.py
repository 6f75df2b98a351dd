"""How long the window's snapshot takes to catch up after one typed figure: refreshed with
what the write touched, against loading the whole workspace again (what it did before).

Builds a workspace of 1000 KPIs × 120 months (120 000 figures), then times, five times each,
`refreshed(...)` after a one-cell write and `load_snapshot(...)`, and prints the medians.

    python benchmarks/write_refresh.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.kpis import add_kpis
from kpidesk.store.loading import load_snapshot
from kpidesk.store.refresh import refreshed, touched_by
from kpidesk.store.workspace import open_workspace

KPIS, MONTHS, RUNS = 1000, 120, 5


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(Path(folder) / "big.kpidesk")
        months = [Month(2016 + m // 12, m % 12 + 1) for m in range(MONTHS)]
        with workspace.transaction() as session:
            ids = add_kpis(session, [KpiDefinition(f"KPI {k}", Unit.COUNT) for k in range(KPIS)])
            cells = [(k, m, float(i), None, None) for i, k in enumerate(ids) for m in months]
            write_figures(session, start_change(session, "import"), cells)
        with workspace.reading() as session:
            snapshot = load_snapshot(session)
        incremental, full = [], []
        for run in range(RUNS):
            with workspace.transaction() as session:
                change = start_change(session, "edit")
                write_figures(session, change, [CellWrite(ids[run], months[0], -1.0 - run)])
                touched = touched_by(session, change.id)
            start = time.perf_counter()
            with workspace.reading() as session:
                snapshot = refreshed(session, snapshot, touched)
            incremental.append(time.perf_counter() - start)
            start = time.perf_counter()
            with workspace.reading() as session:
                load_snapshot(session)
            full.append(time.perf_counter() - start)
        workspace.close()
    print(f"refresh after one typed figure: {statistics.median(incremental) * 1000:.0f} ms")
    print(f"full reload of the workspace:   {statistics.median(full) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
