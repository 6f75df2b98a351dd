"""Headline tiles: the KPIs the owner pinned, big, above the table.

A tile shows the same texts as the table's row (`cell_text`), so the two never disagree:
the month's figure large, its target and attainment, the trend arrow, and the status as
symbol, word and colour (it reads without colour too). Tiles wrap onto a second line on a
narrow window rather than push the window wider. A tile is drawn from labels, so a screen
reader gets its KPI as the accessible name and the figures in words as its description
(`tile_description`: the status and trend as words, not symbols). A tile takes the focus by
Tab and Enter or Space does what a click does, so the keyboard reaches it too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kpidesk.domain.messages import QT_TRANSLATE_NOOP
from kpidesk.ui.dashboard.model import (
    COL_ATTAINMENT,
    COL_STATUS,
    COL_TARGET,
    COL_TREND,
    COL_VALUE,
    cell_text,
)
from kpidesk.ui.dashboard.rows import DashboardRow
from kpidesk.ui.dashboard.spoken import spoken_status, spoken_trend
from kpidesk.ui.flow_layout import FlowLayout
from kpidesk.ui.status_style import status_look

TILE_MIN = 190
TILE_MAX = 300
"""A tile's width: as many tiles side by side as fit at the least width, sharing the row up to
the most (four pins are one row at 1024 px, and not four slivers at 1920)."""
CONTEXT = "DashboardTiles"
_TARGET = QT_TRANSLATE_NOOP("DashboardTiles", "Target {target} · {attained}")
_SPOKEN_TARGET = QT_TRANSLATE_NOOP("DashboardTiles", "Target {target}, {attained} attained")
_ACTIVATING = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def tile_texts(row: DashboardRow) -> dict[str, str]:
    """What a tile says, line by line; the tests read these."""
    target = cell_text(row, COL_TARGET) or "–"
    attained = cell_text(row, COL_ATTAINMENT) or "–"
    trend = cell_text(row, COL_TREND)
    status = cell_text(row, COL_STATUS) or ""
    return {
        "name": row.kpi.name,
        "value": cell_text(row, COL_VALUE) or "–",
        "target": _tr(_TARGET).format(target=target, attained=attained),
        "status": f"{status} · {trend}" if trend else status,
    }


def tile_description(row: DashboardRow) -> str:
    """The tile in words for a screen reader: "2,905 €; Target 3,400 €, 85 % attained; Off
    track, down 18 %". No symbols and no "·", which a reader spells out or skips."""
    target = cell_text(row, COL_TARGET) or "–"
    attained = cell_text(row, COL_ATTAINMENT) or "–"
    status = spoken_status(row)
    trend = spoken_trend(row)
    parts = [
        cell_text(row, COL_VALUE) or "–",
        _tr(_SPOKEN_TARGET).format(target=target, attained=attained),
        f"{status}, {trend}" if trend else status,
    ]
    return "; ".join(parts)


class KpiTile(QFrame):
    """One pinned KPI; a click, or Enter or Space on the focused tile, selects its row in
    the table."""

    clicked = Signal(str)

    def __init__(self, row: DashboardRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kpi_name = row.kpi.name
        texts = tile_texts(row)
        look = status_look(row.status.status)
        self._name = texts["name"]
        self.setObjectName("kpiTile")
        self.setStyleSheet(
            "#kpiTile { background: palette(base); border: 1px solid palette(mid);"
            f" border-left: 5px solid {look.colour.name()}; border-radius: 3px; }}"
            "#kpiTile:focus { border: 2px solid palette(highlight);"
            f" border-left: 5px solid {look.colour.name()}; }}"
        )
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(1)
        self.labels: dict[str, QLabel] = {}
        for key in ("name", "value", "target", "status"):
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.labels[key] = label
            layout.addWidget(label)
        self.labels["name"].setToolTip(texts["name"])
        self.set_width(TILE_MIN)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        self.labels["value"].setFont(big)
        for key in ("value", "target", "status"):
            self.labels[key].setText(texts[key])
        self.labels["status"].setStyleSheet(f"color: {look.colour.name()}")
        self.setAccessibleName(texts["name"])
        self.setAccessibleDescription(tile_description(row))

    def set_width(self, width: int) -> None:
        """The tile's width, with its name elided to fit (whole in the tooltip)."""
        self.setFixedWidth(width)
        name = self.labels["name"]
        room = width - 24
        name.setText(name.fontMetrics().elidedText(self._name, Qt.TextElideMode.ElideRight, room))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.kpi_name)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ACTIVATING:
            self.clicked.emit(self.kpi_name)
            return
        super().keyPressEvent(event)


class TileRow(QWidget):
    """The pinned KPIs' tiles; hidden when nothing is pinned, so the owner sees the table."""

    kpiClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self)
        self.flow.setContentsMargins(0, 0, 0, 0)
        self.tiles: list[KpiTile] = []
        self.setVisible(False)

    def show_rows(self, rows: list[DashboardRow]) -> None:
        for tile in self.tiles:
            self.flow.removeWidget(tile)
            tile.deleteLater()
        self.tiles = [KpiTile(row, self) for row in rows]
        for tile in self.tiles:
            tile.clicked.connect(self.kpiClicked)
            self.flow.addWidget(tile)
        self.setVisible(bool(rows))
        self._share_width()
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()

    def _share_width(self) -> None:
        width = tile_width(self.width(), len(self.tiles), self.flow.spacing())
        for tile in self.tiles:
            if tile.width() != width:
                tile.set_width(width)


def tile_width(room: int, count: int, spacing: int) -> int:
    """Each tile's width on a row `room` wide: as many side by side as fit at `TILE_MIN`,
    sharing the row, at most `TILE_MAX`."""
    if count == 0:
        return TILE_MIN
    side_by_side = max(1, min(count, (room + spacing) // (TILE_MIN + spacing)))
    shared = (room - spacing * (side_by_side - 1)) // side_by_side
    return max(TILE_MIN, min(TILE_MAX, shared))
