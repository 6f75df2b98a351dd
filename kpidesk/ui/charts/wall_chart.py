"""One small chart of the wall, painted in a single pass.

A wall cell built from pyqtgraph parts (a view box, two axis items, nine plot items) cost
about 7 ms to build, feed and draw, so thirty of them took 400 ms before the wall showed. A
`WallChart` is one graphics item holding the cell's shapes in data coordinates; its `paint`
maps them to the cell and draws zones, target, actual, markers and both axes at once. The
shapes, colours, tick spacing and month labels are the full chart's own (`layers`, `look`,
`axes`), so a cell reads exactly like the chart it opens.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from html import escape

import numpy as np
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneResizeEvent,
    QGraphicsTextItem,
    QGraphicsWidget,
    QSizePolicy,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kpidesk.domain.progress import Status
from kpidesk.ui.charts import look
from kpidesk.ui.charts.axes import (
    month_label_width,
    month_labels,
    month_ticks,
    value_labels,
    value_spacing,
)
from kpidesk.ui.status_style import StatusLook

TITLE_HEIGHT = 30
VALUE_AXIS_WIDTH = 52
MARKER_SIZE = 6
_TICK = 5
"""Tick length in px, pointing away from the plot as pyqtgraph's axes draw them."""
_TEXT_GAP = 5
"""Space between a tick's end and its label."""
_TITLE_POINTS = 10.0
_TITLE_INK = QColor("#1d1f23").name(QColor.NameFormat.HexArgb)
_ANY_SIZE = QSizeF()
"""Qt's "no constraint" for a size hint."""


@dataclass
class CellPicture:
    """What one cell shows, in data coordinates (x: `Month.index`)."""

    x_range: tuple[float, float] = (0.0, 1.0)
    y_bounds: tuple[float, float] | None = None
    """Lowest and highest actual or target value in the x range; None: nothing to fit."""
    zones: list[tuple[QPainterPath, QColor]] = field(default_factory=list)
    target: QPainterPath = field(default_factory=QPainterPath)
    actual: QPainterPath = field(default_factory=QPainterPath)
    markers: list[tuple[float, float, Status]] = field(default_factory=list)
    benchmark: float | None = None
    percent: bool = False


class Title(QGraphicsWidget):
    """The status mark and the KPI's name, centred in its row; a name wider than the row
    is cut with "…" and given whole in the tooltip, so it never runs into the next cell."""

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.text = QGraphicsTextItem(self)
        self.html = ""
        self._words = ""
        self._mark: StatusLook | None = None
        self._font = QFont(self.font())
        self._font.setPointSizeF(_TITLE_POINTS)

    def set_title(self, words: str, mark: StatusLook | None) -> None:
        """The words after the status symbol, in its colour (no symbol: None)."""
        self._words, self._mark = words, mark
        self._lay_out()

    def resizeEvent(self, event: QGraphicsSceneResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def _lay_out(self) -> None:
        metrics = QFontMetrics(self._font)
        mark = f"{self._mark.symbol} " if self._mark else ""
        # The text item keeps a 4 px document margin on each side.
        room = int(self.rect().width() - metrics.horizontalAdvance(mark) - 8)
        words = self._words
        if room > 0:
            words = metrics.elidedText(words, Qt.TextElideMode.ElideRight, room)
        self.setToolTip(self._words if words != self._words else "")
        if self._mark:
            mark = f'<span style="color:{self._mark.colour.name()}">{self._mark.symbol}</span> '
        html = (
            f"<span style='color: {_TITLE_INK}; font-size: {_TITLE_POINTS:g}pt'>"
            f"{mark}{escape(words, quote=False)}</span>"
        )
        if html != self.html:
            self.html = html
            self.text.setHtml(html)
        self.text.setPos(self.rect().center() - self.text.boundingRect().center())


class WallChart(QGraphicsWidget):
    """Title row, value axis, month axis and the plot, all painted by `paint`."""

    def __init__(self) -> None:
        super().__init__()
        self.picture = CellPicture()
        self.title = Title(self)
        self._metrics = QFontMetrics(self.font())
        self._month_width = month_label_width(self._metrics)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self, which: Qt.SizeHint, constraint: QSizeF | QSize = _ANY_SIZE) -> QSizeF:
        """Room for the title, both axes and a readable plot; any size beyond it."""
        if which is Qt.SizeHint.MaximumSize:
            return QSizeF(1e6, 1e6)
        return QSizeF(VALUE_AXIS_WIDTH + 120, TITLE_HEIGHT + 100)

    def set_title(self, words: str, mark: StatusLook | None) -> None:
        self.title.set_title(words, mark)

    def show_picture(self, picture: CellPicture) -> None:
        self.picture = picture
        self.update()

    def resizeEvent(self, event: QGraphicsSceneResizeEvent) -> None:
        super().resizeEvent(event)
        # Centred over the plot, not the whole cell, as a plot title is.
        area = self.plot_rect()
        self.title.setGeometry(QRectF(area.left(), 1, area.width(), TITLE_HEIGHT))

    def plot_rect(self) -> QRectF:
        """Where the lines go: right of the value axis, between the title and month axis."""
        bottom_axis = _TICK + 2 + self._metrics.height()
        frame = self.rect().adjusted(1, 1, -1, -1)
        return frame.adjusted(VALUE_AXIS_WIDTH, TITLE_HEIGHT, 0, -bottom_axis)

    def y_range(self) -> tuple[float, float]:
        """The fitted values plus pyqtgraph's auto-range margin (1/√height, 2 %-10 %)."""
        bounds = self.picture.y_bounds
        if bounds is None:
            return 0.0, 1.0
        low, high = bounds
        if high == low:
            low, high = low - 0.5, high + 0.5
        height = max(1.0, self.plot_rect().height())
        pad = (high - low) * min(0.1, max(0.02, 1 / math.sqrt(height)))
        return low - pad, high + pad

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        area = self.plot_rect()
        if area.width() <= 0 or area.height() <= 0:
            return
        to_area = self._transform(area)
        painter.save()
        painter.setClipRect(area)
        self._paint_plot(painter, to_area)
        painter.restore()
        self._paint_axes(painter, area)

    def _transform(self, area: QRectF) -> QTransform:
        (x0, x1), (y0, y1) = self.picture.x_range, self.y_range()
        sx, sy = area.width() / (x1 - x0), -area.height() / (y1 - y0)
        return QTransform(sx, 0, 0, sy, area.left() - x0 * sx, area.bottom() - y0 * sy)

    def _paint_plot(self, painter: QPainter, to_area: QTransform) -> None:
        picture = self.picture
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        for path, colour in picture.zones:
            painter.setBrush(colour)
            painter.drawPath(to_area.map(path))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_TARGET_PEN)
        painter.drawPath(to_area.map(picture.target))
        if picture.benchmark is not None:
            y = to_area.map(QPointF(0, picture.benchmark)).y()
            painter.setPen(_BENCHMARK_PEN)
            painter.drawLine(QLineF(self.rect().left(), y, self.rect().right(), y))
        painter.setPen(_ACTUAL_PEN)
        painter.drawPath(to_area.map(picture.actual))
        for x, y, status in picture.markers:
            shape, brush, pen = _marker(status)
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawPath(shape.translated(to_area.map(QPointF(x, y))))

    def ticks(self) -> tuple[list[tuple[float, str]], list[tuple[float, str]]]:
        """The month labels (x in px) and value labels (y in px) the axes draw."""
        area = self.plot_rect()
        to_area = self._transform(area)
        (x0, x1), (y0, y1) = self.picture.x_range, self.y_range()
        step, months = month_ticks(x0, x1, area.width(), self._month_width)
        spacing = value_spacing(y0, y1, area.height())
        values = _multiples(y0, y1, spacing)
        month_texts = month_labels([float(m) for m in months], step)
        value_texts = value_labels(values, spacing, self.picture.percent)
        return (
            [(to_area.map(QPointF(m, 0)).x(), t) for m, t in zip(months, month_texts, strict=True)],
            [(to_area.map(QPointF(0, v)).y(), t) for v, t in zip(values, value_texts, strict=True)],
        )

    def _paint_axes(self, painter: QPainter, area: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(_AXIS_PEN)
        painter.drawLine(QLineF(area.bottomLeft(), area.topLeft()))
        painter.drawLine(QLineF(area.bottomLeft(), area.bottomRight()))
        months, values = self.ticks()
        for x, _ in months:
            painter.drawLine(QLineF(x, area.bottom(), x, area.bottom() + _TICK))
        for y, _ in values:
            painter.drawLine(QLineF(area.left() - _TICK, y, area.left(), y))
        painter.setPen(_TEXT_PEN)
        height = self._metrics.height()
        for x, text in months:
            box = QRectF(x - 100, area.bottom() + _TICK + 2, 200, height)
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        right = area.left() - _TICK - _TEXT_GAP
        for y, text in values:
            box = QRectF(0, y - height / 2, right, height)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)


def _multiples(low: float, high: float, spacing: float) -> list[float]:
    """Every multiple of `spacing` from `low` to `high`: where the value ticks go."""
    if spacing <= 0:
        return []
    first = math.ceil(low / spacing - 1e-9)
    last = math.floor(high / spacing + 1e-9)
    return [float(v) for v in np.arange(first, last + 1) * spacing]


def _cosmetic(pen: QPen) -> QPen:
    pen.setCosmetic(True)
    return pen


_TARGET_PEN = _cosmetic(look.target_pen(1.4))
_ACTUAL_PEN = _cosmetic(look.actual_pen(1.6))
_BENCHMARK_PEN = _cosmetic(look.benchmark_pen())
_AXIS_PEN = QPen(QColor(look.AXIS_LINE))
_TEXT_PEN = QPen(QColor(look.AXIS_TEXT))
_MARKERS: dict[Status, tuple[QPainterPath, QBrush, QPen]] = {}


def _marker(status: Status) -> tuple[QPainterPath, QBrush, QPen]:
    """The status's marker shape at the wall's size, and its brush and pen, made once."""
    if status not in _MARKERS:
        shape = QTransform.fromScale(MARKER_SIZE, MARKER_SIZE).map(
            Symbols[look.marker_shape(status)]
        )
        _MARKERS[status] = (shape, look.marker_brush(status), look.marker_pen(status))
    return _MARKERS[status]
