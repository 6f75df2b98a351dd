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


def _label(plot: pg.PlotItem, colour: QColor) -> pg.TextItem:
    item = pg.TextItem(color=colour, anchor=_ABOVE, fill=pg.mkBrush(255, 255, 255, 210))
    item.setZValue(40)
    plot.addItem(item, ignoreBounds=True)
    return item


class EndLabels:
    """Two text items, fed the series on every update like the curves they name."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.value = _label(plot, look.ACTUAL)
        self.target = _label(plot, look.TARGET)

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
        if at < 0:
            return
        value_on_top = value is not None and (target is None or value >= target)
        if value is not None:
            self.value.setAnchor(_ABOVE if value_on_top else _BELOW)
            self.value.setPos(float(x[at]), value)
        if target is not None:
            self.target.setAnchor(_BELOW if value_on_top else _ABOVE)
            self.target.setPos(float(x[at]) + 0.5, target)
