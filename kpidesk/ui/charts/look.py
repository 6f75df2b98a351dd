"""How chart items look: one place for pens, brushes and marker shapes.

Status colours come from `ui/status_style.py` so the chart, dashboard and grid agree; each
status also has its own marker shape (the same shapes as the status symbols ● ▲ ✖ ○), so a
colour-blind owner reads the chart by shape.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

from kpidesk.domain.progress import Status
from kpidesk.ui.status_style import status_look

ACTUAL = QColor("#1f4e9c")
"""Deep blue: stands apart from the green/orange/red status markers and the grey target."""
TARGET = QColor("#30343b")
BENCHMARK = QColor("#7a3e9d")
FORECAST = QColor("#0b7f86")
"""Teal: told apart from the grey dashed target and the blue actual it continues."""
GOAL = QColor("#30343b")
LAST_YEAR = QColor("#8c6d46")
"""Muted brown: last year's dashed line reads as a reference behind this year's blue, apart
from the grey target dashes and the status colours."""
GOOD_FILL = QColor(27, 127, 75, 34)
RISK_FILL = QColor(230, 159, 0, 60)
OFF_FILL = QColor(192, 57, 43, 26)
"""Faint red: the off-track side is marked without drowning the lines drawn over it."""
HOVER = QColor(0, 0, 0, 60)

_SHAPES = {
    Status.ON_TRACK: "o",
    Status.AT_RISK: "t1",
    Status.OFF_TRACK: "x",
    Status.NO_TARGET: "o",
    Status.NO_DATA: "o",
}


AXIS_TEXT = "#30343b"
AXIS_LINE = "#8a8f98"


def actual_pen(width: float = 2.4) -> QPen:
    return pg.mkPen(ACTUAL, width=width)


def target_pen(width: float = 2.0) -> QPen:
    pen = pg.mkPen(TARGET, width=width)
    pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def forecast_pen() -> QPen:
    """Short dots, where the target has long dashes: the two lines often run side by side."""
    pen = pg.mkPen(FORECAST, width=2.6)
    pen.setDashPattern([0.6, 1.6])
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def last_year_pen() -> QPen:
    """Longer dashes than the target's, thinner than the actual line."""
    pen = pg.mkPen(LAST_YEAR, width=1.8)
    pen.setDashPattern([6.0, 3.0])
    return pen


def benchmark_pen() -> QPen:
    pen = pg.mkPen(BENCHMARK, width=1.6)
    pen.setStyle(Qt.PenStyle.DashDotLine)
    return pen


def marker_shape(status: Status) -> str:
    return _SHAPES[status]


def marker_brush(status: Status) -> QBrush:
    """Filled in the status colour; a month without a target is an empty circle."""
    if status in (Status.NO_TARGET, Status.NO_DATA):
        return QBrush(QColor("white"))
    return QBrush(status_look(status).colour)


def marker_pen(status: Status) -> QPen:
    colour = status_look(status).colour
    return pg.mkPen(colour.darker(130) if status is not Status.NO_TARGET else colour, width=1.2)


_STYLE_CACHE: dict[Status, tuple[str, QBrush, QPen]] = {}


def _style(status: Status) -> tuple[str, QBrush, QPen]:
    """One shared shape, brush and pen per status: pyqtgraph renders each distinct marker
    once and reuses it, so shared objects keep a 30-chart wall fast."""
    if status not in _STYLE_CACHE:
        _STYLE_CACHE[status] = (marker_shape(status), marker_brush(status), marker_pen(status))
    return _STYLE_CACHE[status]


def marker_style(statuses: Sequence[Status]) -> dict[str, list]:
    """Per-point keyword arguments for `ScatterPlotItem.setData`."""
    styles = [_style(s) for s in statuses]
    return {
        "symbol": [style[0] for style in styles],
        "brush": [style[1] for style in styles],
        "pen": [style[2] for style in styles],
    }


def swatch(colour: QColor, text: str) -> str:
    """One legend entry as rich text: a coloured glyph and the words."""
    return f'<span style="color:{colour.name()}">{text}</span>'


def on_white(colour: QColor) -> QColor:
    """The opaque colour a translucent fill shows on the white chart background, for the
    legend's text swatches (rich text ignores alpha)."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        *(alpha * c + (1 - alpha) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    )


def style_plot(plot: pg.PlotItem, pan_months: bool = True) -> None:
    """The frame every kpidesk chart has: a faint grid, readable axes, no pyqtgraph buttons,
    the months panned by dragging (the values never: their range follows the data)."""
    plot.showGrid(x=True, y=True, alpha=0.15)
    plot.setMouseEnabled(x=pan_months, y=False)
    plot.hideButtons()
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.setTextPen(AXIS_TEXT)
        axis.setPen(AXIS_LINE)
