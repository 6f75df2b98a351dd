"""How the dashboard's height is shared between the table and the selected KPI's chart.

The table takes three fifths, or less when its rows need less: twelve KPIs on a 1080 px screen
fill a third of it, and the chart below gets the rest instead of an empty table. Once the owner
drags the handle their choice stands for the session.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QSplitter, QTableView

TABLE_SHARE = 0.6


def table_height(table: QTableView) -> int:
    """The height that shows every row with no scroll bar: header, rows and frame."""
    frame = 2 * table.frameWidth()
    rows = table.verticalHeader().length()
    scroll = table.horizontalScrollBar()
    bar = scroll.sizeHint().height() if scroll.maximum() > 0 else 0
    return table.horizontalHeader().height() + rows + frame + bar


def shares(total: int, wanted: int, chart_minimum: int) -> list[int]:
    """The table's and the chart's heights out of `total`: the table its rows' height, at most
    three fifths, and the chart never under its minimum."""
    table = min(wanted, round(total * TABLE_SHARE), total - chart_minimum)
    table = max(table, 0)
    return [table, total - table]


class TableChartSplit(QObject):
    """Keeps the splitter's shares right as the window and the rows change."""

    def __init__(self, splitter: QSplitter, table: QTableView) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.table = table
        self.owner_chose = False
        splitter.splitterMoved.connect(self._moved)
        splitter.installEventFilter(self)

    def _moved(self, _position: int, _index: int) -> None:
        self.owner_chose = True

    def share(self) -> None:
        """Set the shares, unless the owner has set them or there is no chart yet."""
        chart = self.splitter.widget(1)
        if self.owner_chose or chart is None:
            return
        total = self.splitter.height() - self.splitter.handleWidth()
        self.splitter.setSizes(shares(total, table_height(self.table), chart.minimumHeight()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self.share()
        return False
