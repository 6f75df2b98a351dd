"""The drawn items of one KPI chart, created once and then only fed new data.

pyqtgraph redraws quickly when a curve gets new data with `setData`, and slowly when items are
removed and re-created; a data edit must also not reset the owner's zoom. So each view (month
by month, year to date) owns a fixed set of items in the plot and `update()` only calls
`setData`, `setPos` and `setVisible` on them.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.ui.charts import look
from kpidesk.ui.charts.chart_data import (
    Band,
    MonthlySeries,
    YtdSeries,
    broken_at_years,
    off_track_bands,
    status_bands,
    step_line,
)
from kpidesk.ui.charts.end_labels import EndLabels
from kpidesk.ui.formatting import format_value


def _finite(x: np.ndarray, y: np.ndarray, statuses: list) -> tuple:
    keep = np.isfinite(y)
    return x[keep], y[keep], [s for s, k in zip(statuses, keep, strict=True) if k]


def _reach(values: np.ndarray, targets: np.ndarray) -> float:
    """How far the open good side extends: far beyond anything the view will show."""
    finite = np.concatenate([values, targets])
    finite = finite[np.isfinite(finite)]
    return 10 * (float(np.abs(finite).max()) + 1) if finite.size else 1.0


def shaded_bands(
    kpi: KpiDefinition, values: np.ndarray, targets: np.ndarray
) -> tuple[Band, list[Band], list[Band]]:
    """The good side, the at-risk zones and the off-track sides of a target line, the open
    edges reaching far beyond anything shown: what every chart shades."""
    reach = _reach(values, targets)
    good, risks = status_bands(kpi, targets, reach)
    return good, risks, off_track_bands(kpi, targets, reach)


def stepped_edges(
    x: np.ndarray, lower: np.ndarray, upper: np.ndarray, span: int = 1
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A zone's edges held flat across each month (or quarter), as the target steps."""
    steps_x, low = step_line(x, lower, span)
    return steps_x, low, step_line(x, upper, span)[1]


def zone_path(x: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> QPainterPath:
    """The area between two edges (NaN where the target is missing): each stretch where
    both edges exist as one polygon, the lower edge out and the upper edge back."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    present = np.isfinite(x) & np.isfinite(lower) & np.isfinite(upper)
    bounds = np.flatnonzero(np.diff(np.concatenate(([False], present, [False]))))
    for start, end in zip(bounds[0::2], bounds[1::2], strict=True):
        ring_x = np.concatenate((x[start:end], x[start:end][::-1]))
        ring_y = np.concatenate((lower[start:end], upper[start:end][::-1]))
        path.addPolygon(pg.functions.arrayToQPolygonF(ring_x, ring_y))
    return path


class _Zone:
    """A shaded area between two edges, drawn as `zone_path` outlines it.

    This is what pg.FillBetweenItem draws, built straight from the arrays: that item needs
    two PlotCurveItems whose every `setData` rebuilds the fill again (four paths and two
    fills per update), and three items per zone made the wall's five zones per cell a
    large part of building it."""

    def __init__(self, plot: pg.PlotItem, colour: QColor, z: float, stepped: bool):
        self.fill = QGraphicsPathItem()
        self.fill.setBrush(QBrush(colour))
        self.fill.setPen(QPen(Qt.PenStyle.NoPen))
        self.fill.setZValue(z)
        self.stepped = stepped
        self.x = self.lower = self.upper = np.empty(0)
        # Zones never widen the y range: the good side is open-ended and an empty zone's
        # bounds sit at 0, which would pull every chart down to zero.
        plot.addItem(self.fill, ignoreBounds=True)

    def set_edges(self, x: np.ndarray, lower: np.ndarray, upper: np.ndarray, span: int = 1) -> None:
        if self.stepped:
            x, lower, upper = stepped_edges(x, lower, upper, span)
        self.x, self.lower, self.upper = x, lower, upper
        self.fill.setPath(zone_path(x, lower, upper))

    def clear(self) -> None:
        self.set_edges(np.empty(0), np.empty(0), np.empty(0))


class MonthlyLayers:
    """Actual line with status markers, target step line, its zones, and the benchmark;
    month by month or quarter by quarter (a series' `span`), and last year's dashed line,
    made only the first time a series brings it."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self._plot = plot
        self.last_year: pg.PlotDataItem | None = None
        self.good = _Zone(plot, look.GOOD_FILL, -30, stepped=True)
        self.risk = [_Zone(plot, look.RISK_FILL, -20, stepped=True) for _ in range(2)]
        self.off = [_Zone(plot, look.OFF_FILL, -40, stepped=True) for _ in range(2)]
        self.target = pg.PlotDataItem(connect="finite", pen=look.target_pen())
        self.target.setZValue(5)
        self.actual = pg.PlotDataItem(connect="finite", pen=look.actual_pen())
        self.actual.setZValue(10)
        self.markers = pg.ScatterPlotItem(size=10)
        self.markers.setZValue(20)
        self.benchmark = pg.InfiniteLine(
            angle=0,
            movable=False,
            pen=look.benchmark_pen(),
            label="",
            labelOpts={"position": 0.02, "color": look.BENCHMARK, "anchors": [(0, 1), (0, 1)]},
        )
        for item in (self.target, self.actual, self.markers):
            plot.addItem(item)
        plot.addItem(self.benchmark, ignoreBounds=True)
        self._items = [self.good.fill, *(z.fill for z in self.risk + self.off)]
        self._items += [self.target, self.actual]
        self._items += [self.markers, self.benchmark]
        self.ends = EndLabels(plot)
        self._items += self.ends.items()
        self._benchmark_on = False
        self._shown = True

    def update(self, kpi: KpiDefinition, series: MonthlySeries) -> None:
        x, span = series.x, series.span
        self.actual.setData(x, series.values)
        self._show_last_year(x, series.last_year)
        sx, sy = step_line(x, series.targets, span)
        self.target.setData(sx, sy)
        mx, my, statuses = _finite(x, series.values, series.statuses)
        self.markers.setData(mx, my, data=[int(v) for v in mx], **look.marker_style(statuses))
        self.ends.update(kpi, x, series.values, series.targets)
        good, risks, offs = shaded_bands(kpi, series.values, series.targets)
        self.good.set_edges(x, good.lower, good.upper, span)
        for zones, bands in ((self.risk, risks), (self.off, offs)):
            for zone in zones:
                zone.clear()
            for zone, band in zip(zones, bands, strict=False):
                zone.set_edges(x, band.lower, band.upper, span)
        self._benchmark_on = kpi.benchmark is not None
        if kpi.benchmark is not None:
            self.benchmark.setPos(kpi.benchmark)
            text = QCoreApplication.translate("charts", "Benchmark {value}").format(
                value=format_value(kpi, kpi.benchmark)
            )
            self.benchmark.label.setFormat(text)
        self.benchmark.setVisible(self._shown and self._benchmark_on)

    def _show_last_year(self, x: np.ndarray, values: np.ndarray | None) -> None:
        if values is None:
            if self.last_year is not None:
                self.last_year.setData(np.empty(0), np.empty(0))
            return
        if self.last_year is None:
            self.last_year = pg.PlotDataItem(connect="finite", pen=look.last_year_pen())
            self.last_year.setZValue(7)
            self._plot.addItem(self.last_year)
            self._items.append(self.last_year)
            self.last_year.setVisible(self._shown)
        self.last_year.setData(x, values)

    def set_visible(self, visible: bool) -> None:
        self._shown = visible
        for item in self._items:
            item.setVisible(visible)
        self.benchmark.setVisible(visible and self._benchmark_on)


class YtdLayers:
    """Year-to-date actual against year-to-date target, the forecast and the annual goals."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.good = _Zone(plot, look.GOOD_FILL, -30, stepped=False)
        self.risk = [_Zone(plot, look.RISK_FILL, -20, stepped=False) for _ in range(2)]
        self.off = [_Zone(plot, look.OFF_FILL, -40, stepped=False) for _ in range(2)]
        self.target = pg.PlotDataItem(connect="finite", pen=look.target_pen())
        self.target.setZValue(5)
        self.actual = pg.PlotDataItem(connect="finite", pen=look.actual_pen())
        self.actual.setZValue(10)
        self.markers = pg.ScatterPlotItem(size=10)
        self.markers.setZValue(20)
        self.forecast = pg.PlotDataItem(pen=look.forecast_pen())
        self.forecast.setZValue(8)
        self.goals = pg.ScatterPlotItem(
            size=18, symbol="star", brush=pg.mkBrush("#f2c14e"), pen=pg.mkPen(look.GOAL, width=1.2)
        )
        self.goals.setZValue(25)
        self.goal_label = pg.TextItem(color=look.GOAL, anchor=(1, 1.15))
        self.goal_label.setZValue(30)
        self._items = [self.target, self.actual, self.markers, self.forecast, self.goals]
        for item in self._items:
            plot.addItem(item)
        plot.addItem(self.goal_label, ignoreBounds=True)
        self._items += [self.goal_label, self.good.fill, *(z.fill for z in self.risk + self.off)]
        self.ends = EndLabels(plot)
        self._items += self.ends.items()

    def update(self, kpi: KpiDefinition, series: YtdSeries, fiscal_start: int) -> None:
        self.actual.setData(*broken_at_years(series.months, series.values, fiscal_start))
        self.target.setData(*broken_at_years(series.months, series.targets, fiscal_start))
        good, risks, offs = shaded_bands(kpi, series.values, series.targets)

        def broken(edge: np.ndarray) -> np.ndarray:
            return broken_at_years(series.months, edge, fiscal_start)[1]

        x = broken_at_years(series.months, series.targets, fiscal_start)[0]
        self.good.set_edges(x, broken(good.lower), broken(good.upper))
        for zones, bands in ((self.risk, risks), (self.off, offs)):
            for zone in zones:
                zone.clear()
            for zone, band in zip(zones, bands, strict=False):
                zone.set_edges(x, broken(band.lower), broken(band.upper))
        mx, my, statuses = _finite(series.x, series.values, series.statuses)
        self.markers.setData(mx, my, data=[int(v) for v in mx], **look.marker_style(statuses))
        self.ends.update(kpi, series.x, series.values, series.targets)
        self.forecast.setData(series.forecast_x, series.forecast)
        self.goals.setData(series.goal_x, series.goals)
        if series.goals.size:
            text = QCoreApplication.translate("charts", "Annual goal {value}").format(
                value=format_value(kpi, series.goals[-1])
            )
            self.goal_label.setText(text)
            self.goal_label.setPos(series.goal_x[-1] + 0.3, series.goals[-1])
        else:
            self.goal_label.setText("")

    def set_visible(self, visible: bool) -> None:
        for item in self._items:
            item.setVisible(visible)
