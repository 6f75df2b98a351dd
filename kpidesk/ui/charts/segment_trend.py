"""A segment page's chart of one KPI: the segment's figures over twelve months above, its
rank among the segments in each of those months below (first place on top)."""

from __future__ import annotations

from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.segment_page import SegmentKpi
from kpidesk.ui.charts import look
from kpidesk.ui.charts.axes import MonthAxis, ValueAxis
from kpidesk.ui.formatting import unit_suffix

_LEFT_AXIS_WIDTH = 64
"""Both plots' value axes alike wide, so their months line up; the KPI's name is in the
title, the axis says only its unit (a long name on a vertical axis would be cut)."""


class RankAxis(pg.AxisItem):
    """Whole places only: 1, 2, 3 — a rank of 1.5 means nothing. The rank plot is upside
    down (first place on top), so the range arrives high to low."""

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        bottom, top = sorted((minVal, maxVal))
        low, high = max(1, int(np.ceil(bottom))), int(np.floor(top))
        step = max(1, (high - low + 1) // 6)
        return [(float(step), [float(v) for v in range(low, high + 1, step)])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [str(round(v)) for v in values]


class SegmentTrendChart(pg.GraphicsLayoutWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        self.title = self.addLabel("", row=0, col=0, size="11pt", color="#1d1f23")
        self.value_axis = ValueAxis()
        self.values = self.addPlot(
            row=1, col=0, axisItems={"bottom": MonthAxis(), "left": self.value_axis}
        )
        self.ranks = self.addPlot(
            row=2, col=0, axisItems={"bottom": MonthAxis(), "left": RankAxis("left")}
        )
        self.ci.layout.setRowStretchFactor(1, 3)
        self.ci.layout.setRowStretchFactor(2, 2)
        self.ranks.invertY(True)
        self.ranks.setXLink(self.values)
        for plot in (self.values, self.ranks):
            look.style_plot(plot, pan_months=False)
        self.ranks.setLabel("left", QCoreApplication.translate("charts", "Rank"))
        for plot in (self.values, self.ranks):
            plot.getAxis("left").setWidth(_LEFT_AXIS_WIDTH)

    def show_kpi(self, kpi: KpiDefinition, row: SegmentKpi) -> None:
        months: list[Month] = [month for month, _rank, _count in row.ranks]
        x = np.array([m.index for m in months], dtype=float)
        values = np.array([np.nan if v is None else v for v in row.trend], dtype=float)
        ranks = np.array([np.nan if r is None else r for _m, r, _c in row.ranks], dtype=float)
        self.values.clear()
        self.ranks.clear()
        pen = look.actual_pen()
        self.values.plot(
            x, values, pen=pen, symbol="o", symbolSize=6, symbolBrush=look.ACTUAL, connect="finite"
        )
        self.ranks.plot(
            x, ranks, pen=pen, symbol="o", symbolSize=6, symbolBrush=look.ACTUAL, connect="finite"
        )
        most = max([count for _m, _r, count in row.ranks] + [1])
        self.ranks.setYRange(0.5, most + 0.5, padding=0)
        self.values.setXRange(x[0] - 0.5, x[-1] + 0.5, padding=0.01)
        self.value_axis.set_percent(kpi.unit is Unit.PERCENT)
        suffix = unit_suffix(kpi)
        axis = self.values.getAxis("left")
        axis.setLabel(suffix)
        axis.showLabel(bool(suffix))
        self.title.setText(
            QCoreApplication.translate("charts", "<b>{kpi}</b> · last 12 months").format(
                kpi=escape(kpi.name)
            )
        )
