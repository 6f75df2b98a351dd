"""The frame a kpidesk chart of months has: a title, a one-line legend of what is drawn (a
line of text, so it never covers a curve), and one plot of months against values."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from kpidesk.ui.charts import look
from kpidesk.ui.charts.axes import MonthAxis, ValueAxis


class TitledChart(pg.GraphicsLayoutWidget):
    """What the one-KPI chart and the segments' comparison chart both are, before their
    curves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        self.title = self.addLabel("", row=0, col=0, size="13pt", color="#1d1f23")
        self.legend = self.addLabel("", row=1, col=0, size="9pt", color=look.AXIS_TEXT)
        self.value_axis = ValueAxis()
        self.bottom_axis = MonthAxis()
        self.plot: pg.PlotItem = self.addPlot(
            row=2, col=0, axisItems={"bottom": self.bottom_axis, "left": self.value_axis}
        )
        look.style_plot(self.plot)
