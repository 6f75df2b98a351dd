"""How a grid cell is drawn and edited.

Drawn: the status symbol in its colour at the left (so the tint is never the only sign), and
a corner mark when the cell has a note (top right) or was entered in leva (bottom left).
Edited: Enter with text that is not a number keeps the editor open and says why, instead of
saving something wrong or silently dropping it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPolygonF
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kpidesk.domain.numbers import NumberParseError
from kpidesk.domain.progress import Status
from kpidesk.ui.data_entry.model import (
    LEV_ROLE,
    NOTE_ROLE,
    STATUS_ROLE,
    VALUE_ROLE,
    parse_cell_text,
)
from kpidesk.ui.lev_mark import paint_corner
from kpidesk.ui.messages import error_text
from kpidesk.ui.status_style import status_look

_NOTE_MARK = QColor("#7a4dbf")
_SHOWN = (Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK)
_REFUSED_STYLE = "QLineEdit { border: 2px solid #c0392b; }"


class GridDelegate(QStyledItemDelegate):
    inputRefused = Signal(str)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        rect = option.rect
        status = index.data(STATUS_ROLE)
        if index.data(VALUE_ROLE) is not None and status in _SHOWN:
            look = status_look(status)
            painter.save()
            painter.setPen(look.colour)
            font = painter.font()
            font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
            painter.setFont(font)
            painter.drawText(
                rect.adjusted(4, 0, 0, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                look.symbol,
            )
            painter.restore()
        if index.data(NOTE_ROLE):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_NOTE_MARK)
            right, top = rect.right() + 1, rect.top()
            painter.drawPolygon(
                QPolygonF([QPointF(right - 8, top), QPointF(right, top), QPointF(right, top + 8)])
            )
            painter.restore()
        if index.data(LEV_ROLE):
            paint_corner(painter, rect)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.textEdited.connect(lambda _text: editor.setStyleSheet(""))
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            try:
                parse_cell_text(watched.text())
            except NumberParseError as error:
                watched.setStyleSheet(_REFUSED_STYLE)
                self.inputRefused.emit(error_text(error))
                return True
        return super().eventFilter(watched, event)
