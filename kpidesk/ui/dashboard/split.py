"""How the dashboard's height is shared between the table and the selected KPI's chart.

The table takes three fifths, or less when its rows need less: twelve KPIs on a 1080 px screen
fill a third of it, and the chart below gets the rest instead of an empty table. Once the owner
drags the handle their choice stands for the session.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter, QTableView

from kpidesk.ui.owned_split import OwnedSplit

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


def table_chart_split(splitter: QSplitter, table: QTableView) -> OwnedSplit:
    """The dashboard's split: the table its rows' height, the chart (once made) the rest."""

    def sizes(total: int) -> list[int] | None:
        chart = splitter.widget(1)
        if chart is None:
            return None
        return shares(total, table_height(table), chart.minimumHeight())

    return OwnedSplit(splitter, sizes)
