"""How fast kpidesk draws charts, against matplotlib (Agg) drawing the same line chart.

    QT_QPA_PLATFORM=offscreen python benchmarks/chart_speed.py

Measures, median of several runs, each time until pixels exist (the widget grabbed into an
image, matplotlib's canvas drawn):
- one KPI with ten years of monthly data and a target history, first draw and redraw
  after a data edit (curves updated in place);
- a wall of 30 such KPIs, first draw and refresh;
- matplotlib drawing the same single chart (actual with markers, target step line, shaded
  good side) at the same pixel size.
Issue 15 asks for one ten-year chart in at most 20 ms and a first wall of 30 in at most 300 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PySide6.QtWidgets import QApplication

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month, month_range
from kpidesk.domain.targets import TargetKind
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.goals import set_target
from kpidesk.store.kpis import add_kpi
from kpidesk.store.workspace import open_workspace
from kpidesk.ui.charts.chart_data import RangePreset, chart_span, monthly_series
from kpidesk.ui.charts.kpi_chart import KpiChart
from kpidesk.ui.charts.wall import ChartWall
from kpidesk.ui.state import AppState

WIDTH, HEIGHT = 1200, 700
KPIS = 30
MONTHS = list(month_range(Month(2016, 1), Month(2025, 12)))
RUNS = 7


def fill(path: Path) -> AppState:
    """30 KPIs, ten years of monthly figures with a few gaps, a yearly target change."""
    rng = np.random.default_rng(7)
    workspace = open_workspace(path)
    with workspace.transaction() as session:
        records = [
            add_kpi(session, KpiDefinition(f"KPI {n:02d}", Unit.CURRENCY, currency="EUR"))
            for n in range(KPIS)
        ]
        for record in records:
            for year in range(2016, 2026):
                goal = 1000 + 80 * (year - 2016)
                set_target(session, record.name, TargetKind.MONTHLY, Month(year, 1), goal)
        change = start_change(session, "typed")
        writes = [
            CellWrite(record.id, month, float(900 + 8 * i + rng.normal(0, 60)))
            for record in records
            for i, month in enumerate(MONTHS)
            if rng.random() > 0.03
        ]
        write_figures(session, change, writes)
    return AppState(workspace)


def median_ms(action: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def matplotlib_chart(state: AppState) -> Callable[[], object] | None:
    """The same single chart in matplotlib's Agg backend, rendered to pixels; None when
    matplotlib (the `bench` extra) is not installed, so kpidesk's own numbers still come."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        return None

    scorecard = state.snapshot.scorecard
    first, last = chart_span(scorecard, "KPI 00")
    series = monthly_series(scorecard, "KPI 00", first, last)

    def draw() -> object:
        figure = Figure(figsize=(WIDTH / 100, HEIGHT / 100), dpi=100)
        canvas = FigureCanvasAgg(figure)
        axes = figure.add_subplot()
        axes.fill_between(series.x, series.targets, series.targets * 3, step="mid", alpha=0.15)
        axes.step(series.x, series.targets, where="mid", linestyle="--", color="#30343b")
        axes.plot(series.x, series.values, color="#1f4e9c", marker="o", markersize=4)
        canvas.draw()
        return canvas.buffer_rgba()

    return draw


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        state = fill(Path(folder) / "bench.kpidesk")
        scorecard = state.snapshot.scorecard
        chart = KpiChart()
        chart.resize(WIDTH, HEIGHT)
        chart.show()
        app.processEvents()

        def first_draw() -> object:
            chart.show_kpi(scorecard, "KPI 00", preset=RangePreset.ALL)
            return chart.grab()

        def redraw() -> object:
            chart.refresh(scorecard)
            return chart.grab()

        one = median_ms(first_draw)
        again = median_ms(redraw)
        peer_draw = matplotlib_chart(state)
        peer = median_ms(peer_draw) if peer_draw is not None else None

        walls: list[ChartWall] = []

        def wall_first() -> object:
            wall = ChartWall(state)
            wall.resize(WIDTH, HEIGHT)
            wall.show()
            app.processEvents()
            walls.append(wall)
            return wall.graphics.grab()

        def wall_refresh() -> object:
            walls[-1].refresh()
            return walls[-1].graphics.grab()

        wall_ms = median_ms(wall_first)
        wall_again = median_ms(wall_refresh)
        points = len(MONTHS)
        print(f"one KPI, {points} months, {WIDTH}x{HEIGHT} px (median of {RUNS}):")
        print(f"  kpidesk first draw        {one:7.1f} ms")
        print(f"  kpidesk redraw after edit {again:7.1f} ms")
        if peer is not None:
            print(f"  matplotlib Agg, same chart{peer:7.1f} ms   ratio {peer / again:.1f}x")
        print(f"wall of {KPIS} KPIs (all pixels of a {walls[-1].graphics.height()} px tall wall):")
        print(f"  kpidesk first draw        {wall_ms:7.1f} ms")
        print(f"  kpidesk refresh           {wall_again:7.1f} ms")
        if peer is not None:
            print(f"  matplotlib, 30 x one chart{30 * peer:7.1f} ms (estimate)")
        else:
            print("matplotlib not installed (pip install .[bench]): no comparison")
        for wall in walls:
            wall.deleteLater()
        chart.deleteLater()
        app.processEvents()
        state.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
