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
from PySide6.QtWidgets import QGraphicsGridLayout, QGraphicsItem, QSizePolicy

_TITLE_HEIGHT = 30
"""PlotItem's title row height, kept so a cell's chart area is as tall as before."""


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
        self.title = pg.LabelItem("", size="11pt", parent=self)
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

    def setTitle(self, title: str, **args: object) -> None:
        """Rich-text title; `args` are LabelItem's text options (color, size, bold...)."""
        self.title.setText(title, **args)

    def setXRange(self, low: float, high: float, padding: float | None = None) -> None:
        self.vb.setXRange(low, high, padding=padding)

    def enableAutoRange(self, axis: str | None = None, enable: bool = True) -> None:
        self.vb.enableAutoRange(axis=axis, enable=enable)
