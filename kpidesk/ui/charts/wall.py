"""The chart wall: every KPI (or a chosen set) as a small multiple, one click from its chart.

All cells live in one GraphicsLayoutWidget, each a `WallChart` painted in one pass. Cells
draw what the full chart draws (actual with status markers, target steps, shaded zones,
the benchmark) from the same series, bands and colours, so the conventions carry over.
"""

from __future__ import annotations

import math
import sys

import numpy as np
import pyqtgraph as pg
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QWidget

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Scorecard
from kpidesk.store.loading import Snapshot
from kpidesk.ui.charts import look
from kpidesk.ui.charts.chart_data import (
    MonthlySeries,
    RangePreset,
    chart_span,
    monthly_series,
    preset_window,
    reference_month,
    step_line,
)
from kpidesk.ui.charts.layers import shaded_bands, stepped_edges, zone_path
from kpidesk.ui.charts.preview import preview_arguments, run_preview
from kpidesk.ui.charts.wall_chart import CellPicture, WallChart
from kpidesk.ui.formatting import unit_suffix
from kpidesk.ui.state import AppState
from kpidesk.ui.status_style import status_look

CELL_WIDTH = 360
CELL_HEIGHT = 210
_PADDING = 0.01
"""Share of the shown months added as margin on each side of a cell's x range."""


class WallCell:
    """One small chart; built once per KPI and then fed new data."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.chart = WallChart()
        self.chart.setToolTip(QCoreApplication.translate("charts", "Click to open the full chart"))
        self.actual = self.target = (np.empty(0), np.empty(0))
        """The drawn actual line and target steps, (x, y): what the picture was made of."""

    def update(self, scorecard: Scorecard, preset: RangePreset, reference: Month) -> None:
        kpi = scorecard.kpi(self.name)
        shown_first, shown_last = preset_window(scorecard, self.name, preset, reference)
        first, last = _drawn_months(scorecard, self.name, reference, shown_first, shown_last)
        series = monthly_series(scorecard, self.name, first, last)
        margin = _PADDING * (shown_last.index - shown_first.index + 1)
        x_range = (shown_first.index - 0.5 - margin, shown_last.index + 0.5 + margin)
        self.chart.show_picture(self._picture(kpi, series, x_range))
        latest = scorecard.measured_months(self.name)[-1:]
        shown = status_look(scorecard.month_status(self.name, latest[0])) if latest else None
        suffix = unit_suffix(kpi)
        self.chart.set_title(f"{kpi.name} ({suffix})" if suffix else kpi.name, shown)

    def _picture(
        self, kpi: KpiDefinition, series: MonthlySeries, x_range: tuple[float, float]
    ) -> CellPicture:
        x, values, targets = series.x, series.values, series.targets
        self.actual = (x, values)
        self.target = step_line(x, targets)
        good, risks, offs = shaded_bands(kpi, values, targets)
        # Stacked as the full chart stacks them: off track, the good side, at risk on top.
        bands = [(band, look.OFF_FILL) for band in offs]
        bands += [(good, look.GOOD_FILL)] + [(band, look.RISK_FILL) for band in risks]
        zones = [
            (zone_path(*stepped_edges(x, band.lower, band.upper)), colour) for band, colour in bands
        ]
        present = np.isfinite(values)
        return CellPicture(
            x_range=x_range,
            y_bounds=_fitted(x_range, (x, values), self.target),
            zones=zones,
            target=pg.functions.arrayToQPath(*self.target, connect="finite"),
            actual=pg.functions.arrayToQPath(x, values, connect="finite"),
            markers=[
                (float(mx), float(my), status)
                for mx, my, status, keep in zip(x, values, series.statuses, present, strict=True)
                if keep
            ],
            benchmark=kpi.benchmark,
            percent=kpi.unit is Unit.PERCENT,
        )


def _fitted(
    x_range: tuple[float, float], *lines: tuple[np.ndarray, np.ndarray]
) -> tuple[float, float] | None:
    """The lowest and highest point of the lines within the shown months, as pyqtgraph's
    auto range fits the visible part of each curve; None when none has a point there."""
    low, high = x_range
    shown = [y[(x >= low) & (x <= high) & np.isfinite(y)] for x, y in lines]
    points = np.concatenate(shown)
    return (float(points.min()), float(points.max())) if points.size else None


def _drawn_months(
    scorecard: Scorecard, name: str, reference: Month, shown_first: Month, shown_last: Month
) -> tuple[Month, Month]:
    """The months a cell feeds its layers: the shown window and, within the KPI's chart
    span, as many months beyond each edge as the view's padding reaches plus one, so lines,
    steps and shading run off the edges exactly as with the whole span drawn.

    A cell used to draw the whole span (ten years for an old KPI) to show twelve months;
    the series lookups, curve paths and fills of the hidden months were most of a wall
    refresh."""
    span_first, span_last = chart_span(scorecard, name, reference)
    margin = 1 + math.ceil(_PADDING * (shown_last.index - shown_first.index + 1))
    return max(span_first, shown_first - margin), min(span_last, shown_last + margin)


class ChartWall(QScrollArea):
    """Small multiples of the workspace's KPIs; emits `kpiActivated(name)` on a click."""

    kpiActivated = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.preset = RangePreset.LAST_12
        self.selection: list[str] | None = None
        self.cells: dict[str, WallCell] = {}
        self._order: list[str] = []
        self._columns = 0
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.graphics.scene().sigMouseClicked.connect(self._clicked)
        self.setWidget(self.graphics)
        self.setWidgetResizable(True)
        state.snapshotChanged.connect(self._snapshot_changed)
        self.refresh()

    def names(self) -> list[str]:
        """The KPIs on the wall, in workspace order."""
        return list(self._order)

    def set_selection(self, names: list[str] | None) -> None:
        """Show only these KPIs (None: every active KPI)."""
        self.selection = None if names is None else list(names)
        self.refresh()

    def set_preset(self, preset: RangePreset) -> None:
        self.preset = preset
        self.refresh()

    def refresh(self) -> None:
        scorecard = self.state.snapshot.scorecard
        active = [kpi.name for kpi in scorecard.active_kpis()]
        if self.selection is not None:
            wanted = {scorecard.kpi(n).key for n in self.selection if _known(scorecard, n)}
            active = [name for name in active if scorecard.kpi(name).key in wanted]
        reference = reference_month(scorecard)
        for name in active:
            if name not in self.cells:
                self.cells[name] = WallCell(name)
            self.cells[name].update(scorecard, self.preset, reference)
        if active != self._order:
            self._order = active
            self._place()
            for gone in set(self.cells) - set(active):
                del self.cells[gone]

    def _snapshot_changed(self, _snapshot: Snapshot) -> None:
        self.refresh()

    def _place(self) -> None:
        """Lay the cells out in as many columns as fit; cells are moved, never rebuilt.

        Cells go straight into the central item's grid: pyqtgraph's `GraphicsLayout.addItem`
        lays the whole grid out again after every item (thirty layouts of up to thirty
        cells, each resizing every view box and axis), where one layout, when Qt next
        handles events, places them all."""
        grid = self.graphics.ci.layout
        for index in reversed(range(grid.count())):
            grid.removeAt(index)
        scene = self.graphics.scene()
        for gone in set(self.cells) - set(self._order):
            scene.removeItem(self.cells[gone].chart)
        self._columns = max(1, self.viewport().width() // CELL_WIDTH)
        for position, name in enumerate(self._order):
            row, col = divmod(position, self._columns)
            grid.addItem(self.cells[name].chart, row, col)
        rows = -(-len(self._order) // self._columns)
        self.graphics.setMinimumHeight(max(1, rows) * CELL_HEIGHT)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if max(1, self.viewport().width() // CELL_WIDTH) != self._columns:
            self._place()

    def _clicked(self, event: MouseClickEvent) -> None:
        position = event.scenePos()
        for name in self._order:
            if self.cells[name].chart.sceneBoundingRect().contains(position):
                self.kpiActivated.emit(name)
                return


def _known(scorecard: Scorecard, name: str) -> bool:
    try:
        scorecard.kpi(name)
    except KeyError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    """Preview: `python -m kpidesk.ui.charts.wall --db FILE`."""
    args = preview_arguments().parse_args(argv)
    return run_preview(args, ChartWall)


if __name__ == "__main__":
    sys.exit(main())
