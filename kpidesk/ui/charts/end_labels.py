"""The latest value and the target it is judged against, written next to the lines.

The owner's first question of a chart is "where am I now, and where should I be?"; reading
it off the axis takes a squint, so both numbers are written at the latest month with a
figure. The label of the higher number sits above its point and the lower one below, so the
two never overlap however close they are.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.ui.charts import look
from kpidesk.ui.formatting import format_value

_ABOVE = (1.0, 1.15)
_BELOW = (1.0, -0.15)
_FURTHER_BELOW = (1.0, -1.45)
_FURTHER_ABOVE = (1.0, 2.45)


def _label(plot: pg.PlotItem, colour: QColor) -> pg.TextItem:
    item = pg.TextItem(color=colour, anchor=_ABOVE, fill=pg.mkBrush(255, 255, 255, 210))
    item.setZValue(40)
    plot.addItem(item, ignoreBounds=True)
    return item


class EndLabels:
    """Two text items, fed the series on every update like the curves they name."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.plot = plot
        self.value = _label(plot, look.ACTUAL)
        self.target = _label(plot, look.TARGET)
        self._upper: pg.TextItem | None = None
        plot.getViewBox().sigYRangeChanged.connect(lambda *_: self._keep_inside())

    def items(self) -> list[pg.TextItem]:
        return [self.value, self.target]

    def update(
        self, kpi: KpiDefinition, x: np.ndarray, values: np.ndarray, targets: np.ndarray
    ) -> None:
        measured = np.flatnonzero(np.isfinite(values))
        aimed = np.flatnonzero(np.isfinite(targets))
        at = int(measured[-1]) if measured.size else (int(aimed[-1]) if aimed.size else -1)
        value = float(values[at]) if measured.size else None
        target = float(targets[at]) if at >= 0 and np.isfinite(targets[at]) else None
        self.value.setText(format_value(kpi, value) if value is not None else "")
        self.target.setText(
            QCoreApplication.translate("charts", "Target {value}").format(
                value=format_value(kpi, target)
            )
            if target is not None
            else ""
        )
        self._upper = None
        if at < 0:
            return
        value_on_top = value is not None and (target is None or value >= target)
        if value is not None:
            self.value.setAnchor(_ABOVE if value_on_top else _BELOW)
            self.value.setPos(float(x[at]), value)
        if target is not None:
            self.target.setAnchor(_BELOW if value_on_top else _ABOVE)
            self.target.setPos(float(x[at]) + 0.5, target)
        self._upper = self.value if value_on_top else self.target
        self._keep_inside()

    def _keep_inside(self) -> None:
        """Keep both labels inside the plot: the upper one goes below its point where the
        top edge would cut it, the lower one above its point where the bottom edge would,
        and where that brings the two together the moved one steps a label further."""
        upper = self._upper
        if upper is None or not upper.toPlainText():
            return
        lower = self.target if upper is self.value else self.value
        view = self.plot.getViewBox()
        bottom, top = view.viewRange()[1]
        height = upper.boundingRect().height() * view.viewPixelSize()[1]

        def fits(item: pg.TextItem, anchor: tuple[float, float]) -> bool:
            y = item.pos().y()
            return y + (anchor[1] - 1) * height >= bottom and y + anchor[1] * height <= top

        upper_anchor = _ABOVE if fits(upper, _ABOVE) else _BELOW
        upper.setAnchor(upper_anchor)
        if not lower.toPlainText():
            return
        lower_anchor = _BELOW if fits(lower, _BELOW) else _ABOVE
        close = upper.pos().y() - lower.pos().y() < height * (1 - _BELOW[1])
        if close and upper_anchor == _BELOW and lower_anchor == _BELOW:
            lower_anchor = _FURTHER_BELOW
        if close and upper_anchor == _ABOVE and lower_anchor == _ABOVE:
            upper.setAnchor(_FURTHER_ABOVE)
        lower.setAnchor(lower_anchor)
