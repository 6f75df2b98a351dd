"""How fast the window answers with 200 KPIs and ten years of monthly figures.

    QT_QPA_PLATFORM=offscreen python benchmarks/window_speed.py

Measures, median of several runs, each time until the pixels are painted (the view grabbed
into an image):
- switching the data-entry grid to another fiscal year;
- opening the dashboard on the latest month (every KPI's status, YTD, forecast, sparkline);
- the same two pieces of work done the way Qt's model/view replaces: a QTableWidget filled
  item by item with the same texts and tints (the peer), and the ratio between the two.
The issue asks for both to stay under half a second.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

from kpidesk.domain.kpi import Aggregation, KpiDefinition, Unit
from kpidesk.domain.month import Month, fiscal_year_months, month_range
from kpidesk.domain.targets import TargetChange, TargetKind
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.kpis import add_kpi
from kpidesk.store.targets import add_target
from kpidesk.store.workspace import Workspace, open_workspace
from kpidesk.ui.dashboard.rows import dashboard_rows
from kpidesk.ui.dashboard.view import DashboardView
from kpidesk.ui.data_entry.view import DataEntryView
from kpidesk.ui.formatting import format_number, format_percent, format_value
from kpidesk.ui.state import AppState
from kpidesk.ui.status_style import status_look

KPIS = 200
FIRST, LAST = Month(2016, 1), Month(2025, 12)
RUNS = 5
SIZE = (1140, 720)


def build_workspace(path: Path) -> Workspace:
    """200 KPIs (every tenth a formula), ten years of figures, a target history each."""
    rng = random.Random(7)
    workspace = open_workspace(path)
    months = list(month_range(FIRST, LAST))
    with workspace.transaction() as session:
        change = start_change(session, "bench", source="benchmark")
        writes = []
        for i in range(KPIS):
            if i % 10 == 9:
                kpi = KpiDefinition(
                    f"Ratio {i}",
                    Unit.PERCENT,
                    aggregation=Aggregation.FORMULA,
                    formula=f"[KPI {i - 1}] / [KPI {i - 2}] * 100",
                    decimals=1,
                )
                record = add_kpi(session, kpi)
            else:
                record = add_kpi(session, KpiDefinition(f"KPI {i}", Unit.CURRENCY, currency="EUR"))
                base = rng.uniform(100, 10_000)
                writes += [CellWrite(record.id, m, base * rng.uniform(0.8, 1.2)) for m in months]
            for year in range(FIRST.year, LAST.year + 1):
                target = TargetChange(
                    TargetKind.MONTHLY, Month(year, 1), rng.uniform(100, 10_000), datetime.now()
                )
                add_target(session, record, target, change)
        write_figures(session, change, writes)
    return workspace


def median_ms(work: Callable[[int], None]) -> float:
    times = []
    for run in range(RUNS):
        start = time.perf_counter()
        work(run)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def grid_peer(state: AppState) -> Callable[[int], None]:
    """A QTableWidget filled by hand with the grid's texts and tints for one fiscal year."""
    table = QTableWidget()
    table.resize(*SIZE)
    table.show()
    scorecard = state.snapshot.scorecard

    def fill(run: int) -> None:
        year = LAST.year - 1 - run % 3
        months = fiscal_year_months(year, scorecard.fiscal_start)
        kpis = scorecard.active_kpis()
        table.clear()
        table.setRowCount(len(kpis))
        table.setColumnCount(12)
        for r, kpi in enumerate(kpis):
            for c, month in enumerate(months):
                item = QTableWidgetItem(
                    format_number(scorecard.value(kpi.name, month), kpi.decimals)
                )
                item.setBackground(status_look(scorecard.month_status(kpi.name, month)).tint)
                table.setItem(r, c, item)
        table.grab()

    return fill


def dashboard_peer(state: AppState) -> Callable[[int], None]:
    """A QTableWidget filled by hand with the dashboard's texts for the latest month."""
    table = QTableWidget()
    table.resize(*SIZE)
    table.show()
    scorecard = state.snapshot.scorecard

    def fill(_run: int) -> None:
        month = scorecard.latest_month()
        assert month is not None
        rows = dashboard_rows(scorecard, month)
        table.clear()
        table.setRowCount(len(rows))
        table.setColumnCount(10)
        for r, row in enumerate(rows):
            s = row.status
            texts = [
                status_look(s.status).label,
                row.kpi.name,
                format_value(row.kpi, s.value),
                format_value(row.kpi, s.target),
                format_percent(s.attainment),
                format_value(row.kpi, s.ytd_value),
                format_value(row.kpi, s.ytd_target),
                format_value(row.kpi, s.forecast),
                format_value(row.kpi, s.needed_per_month),
                "",
            ]
            for c, text in enumerate(texts):
                table.setItem(r, c, QTableWidgetItem(text))
        table.grab()

    return fill


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        workspace = build_workspace(Path(folder) / "bench.kpidesk")
        built = time.perf_counter() - started
        print(f"workspace: {KPIS} KPIs × {FIRST}..{LAST} built in {built:.1f} s")
        started = time.perf_counter()
        state = AppState(workspace)
        load_ms = (time.perf_counter() - started) * 1000
        print(f"loading the snapshot (done in the background by the app): {load_ms:.0f} ms")

        grid = DataEntryView(state)
        grid.resize(*SIZE)
        grid.show()
        app.processEvents()

        def switch_year(run: int) -> None:
            grid.set_year(LAST.year - 1 - run % 3)
            grid.table.grab()

        def open_dashboard(_run: int) -> None:
            view = DashboardView(state)
            view.resize(*SIZE)
            view.show()
            while view.proxy.rowCount() == 0:  # rows of a large workspace arrive from the worker
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            view.table.grab()
            view.close()
            view.deleteLater()

        results = [
            ("switch year in the grid", median_ms(switch_year), median_ms(grid_peer(state))),
            ("open the dashboard", median_ms(open_dashboard), median_ms(dashboard_peer(state))),
        ]
        print(f"\n{'work':<26}{'kpidesk':>10}{'QTableWidget peer':>20}{'ratio':>8}")
        for name, ours, peer in results:
            print(f"{name:<26}{ours:>8.0f} ms{peer:>17.0f} ms{ours / peer:>8.2f}")
        worst = max(ours for _, ours, _ in results)
        print(f"\nslowest: {worst:.0f} ms (goal: under 500 ms)")
        state.close()
    return 0 if worst < 500 else 1


if __name__ == "__main__":
    sys.exit(main())
