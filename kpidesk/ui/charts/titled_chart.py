"""The frame a kpidesk chart of months has: a title, a one-line legend of what is drawn (a
line of text, so it never covers a curve), and one plot of months against values."""

from __future__ import annotations

from html import escape

import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF
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
        self._value_labels = ("", "")
        self.plot.getViewBox().sigResized.connect(lambda _box: self._fit_value_label())

    def set_value_label(self, full: str, short: str) -> None:
        """The value axis' title: `full` ("Revenue (€)") where the plot is tall enough for
        it, else `short` (the unit alone: the chart's title names the KPI already), so a
        low chart (the dashboard's at 1024×700) never cuts the start of the name."""
        self._value_labels = (full, short)
        self._fit_value_label()

    def _fit_value_label(self) -> None:
        full, short = self._value_labels
        axis = self.plot.getAxis("left")
        room = self.plot.getViewBox().height()
        fits = QFontMetricsF(axis.label.font()).horizontalAdvance(full) <= room
        # pyqtgraph lays the label out as rich text: a name's < and & are shown as typed.
        text = escape(full if fits else short)
        if text != axis.labelText:
            self.plot.setLabel("left", text, color=look.AXIS_TEXT)
