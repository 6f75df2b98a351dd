"""A light plot item for the chart wall's small multiples.

pyqtgraph's PlotItem builds its whole "Plot Options" context menu (a form of dozens of
widgets) and a ViewBox menu in its constructor, and hidden top and right axes besides, even
when the menus are switched off: about 9 ms of the wall's first draw per cell, for menus the
wall never shows. `SmallPlot` lays out only what a cell draws, in the same grid as PlotItem
(title row, view box, left and bottom axes, 1 px margins, no spacing), so a cell looks the
same, and offers the part of PlotItem's interface that `MonthlyLayers` and the wall use.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QSize, QSizeF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGraphicsGridLayout,
    QGraphicsItem,
    QGraphicsSceneResizeEvent,
    QGraphicsTextItem,
    QGraphicsWidget,
    QSizePolicy,
)

_TITLE_HEIGHT = 30
"""PlotItem's title row height, kept so a cell's chart area is as tall as before."""
_ANY_SIZE = QSizeF()
"""Qt's "no constraint" for a size hint."""


class Title(QGraphicsWidget):
    """Rich text centred in its cell, as pg.LabelItem draws a plot title.

    LabelItem sets its minimum size two or three times per text (each time re-laying the
    layouts around it and re-centring through item-to-item mapping): a title cost more
    than an axis. This one measures the text once per change."""

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.text = QGraphicsTextItem(self)
        self.html = ""
        self._size = QSizeF(0, 0)

    def set_html(self, html: str) -> None:
        if html == self.html:
            return
        self.html = html
        self.text.setHtml(html)
        self._size = self.text.boundingRect().size()
        self.setMinimumSize(self._size)
        self.updateGeometry()
        self._centre()

    def sizeHint(self, which: Qt.SizeHint, constraint: QSizeF | QSize = _ANY_SIZE) -> QSizeF:
        """The text's size, minimum and preferred (no maximum), as LabelItem gives."""
        if which in (Qt.SizeHint.MinimumSize, Qt.SizeHint.PreferredSize):
            return self._size
        if which is Qt.SizeHint.MaximumSize:
            return QSizeF(-1, -1)
        return QSizeF(0, 0)

    def resizeEvent(self, event: QGraphicsSceneResizeEvent) -> None:
        super().resizeEvent(event)
        self._centre()

    def _centre(self) -> None:
        self.text.setPos(self.rect().center() - self.text.boundingRect().center())


class SmallPlot(pg.GraphicsWidget):
    """Title, a menu-less, mouse-less ViewBox, and the given left and bottom axes."""

    def __init__(self, left: pg.AxisItem, bottom: pg.AxisItem) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.grid = QGraphicsGridLayout()
        self.grid.setContentsMargins(1, 1, 1, 1)
        self.grid.setHorizontalSpacing(0)
        self.grid.setVerticalSpacing(0)
        self.setLayout(self.grid)
        self.vb = pg.ViewBox(parent=self, enableMenu=False, enableMouse=False)
        # The owner always sets the x range. Switched off later (by setXRange), ViewBox
        # first does "one last" full auto range of both axes over every item: wasted work.
        self.vb.enableAutoRange(x=False)
        self.grid.addItem(self.vb, 1, 1)
        self.axes = {"left": left, "bottom": bottom}
        for axis, (row, col) in ((left, (1, 0)), (bottom, (2, 1))):
            axis.linkToView(self.vb)
            self.grid.addItem(axis, row, col)
            # As in PlotItem: above images at z 0, behind items that want to draw over it.
            axis.setZValue(0.5)
            axis.setFlag(QGraphicsItem.GraphicsItemFlag.ItemNegativeZStacksBehindParent)
        self.title = Title(self)
        self.title.setMaximumHeight(_TITLE_HEIGHT)
        self.grid.addItem(self.title, 0, 1)
        for row in range(3):
            self.grid.setRowPreferredHeight(row, 0)
            self.grid.setRowMinimumHeight(row, 0)
            self.grid.setRowStretchFactor(row, 1)
        self.grid.setRowFixedHeight(0, _TITLE_HEIGHT)
        self.grid.setRowStretchFactor(1, 100)
        for col in range(2):
            self.grid.setColumnPreferredWidth(col, 0)
            self.grid.setColumnMinimumWidth(col, 0)
            self.grid.setColumnStretchFactor(col, 1)
        self.grid.setColumnStretchFactor(1, 100)

    def getViewBox(self) -> pg.ViewBox:
        return self.vb

    def getAxis(self, name: str) -> pg.AxisItem:
        """The `left` or `bottom` axis (a small plot has no others)."""
        return self.axes[name]

    def addItem(self, item: QGraphicsItem, ignoreBounds: bool = False) -> None:
        """Add a drawn item; `ignoreBounds` keeps it out of the auto range, as in PlotItem."""
        self.vb.addItem(item, ignoreBounds=ignoreBounds)

    def removeItem(self, item: QGraphicsItem) -> None:
        self.vb.removeItem(item)

    def setTitle(self, title: str, color: str, size: str) -> None:
        """Rich-text title in a colour and font size, styled as PlotItem.setTitle styles it."""
        argb = QColor(color).name(QColor.NameFormat.HexArgb)
        self.title.set_html(f"<span style='color: {argb}; font-size: {size}'>{title}</span>")

    def setXRange(self, low: float, high: float, padding: float | None = None) -> None:
        self.vb.setXRange(low, high, padding=padding)

    def enableAutoRange(self, axis: str | None = None, enable: bool = True) -> None:
        self.vb.enableAutoRange(axis=axis, enable=enable)
