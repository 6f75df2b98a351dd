"""A row of controls that wraps onto a second line when the window is narrow.

A view's buttons and choosers sit in one row on a wide screen; in Bulgarian or Estonian at
1024 px that row would be wider than the window (and make the whole window wider than the
screen), so here it breaks between controls instead, like words in a paragraph. A stretch
(`add_stretch`) pushes the controls after it to the right end of their line.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget

_SPACING = 6


class FlowLayout(QLayout):
    """Items left to right, wrapping; as high as its width needs (height-for-width)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(_SPACING)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add_stretch(self) -> None:
        """Room that takes what a line leaves, so what follows sits at the line's right end."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        width = sum(i.sizeHint().width() for i in self._shown()) + self.spacing() * max(
            len(self._shown()) - 1, 0
        )
        height = max((i.sizeHint().height() for i in self._shown()), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """The widest control: anything wider wraps."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty() or isinstance(i, QSpacerItem)]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lay the items out in lines within `rect` (moving them if `move`); the height used."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            width = item.sizeHint().width()
            if lines[-1] and used + self.spacing() + width > area.width():
                lines.append([])
                used = 0
            used += width + (self.spacing() if lines[-1] else 0)
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            height = max((i.sizeHint().height() for i in line), default=0)
            if move:
                self._place(line, QPoint(area.x(), y), area.width(), height)
            y += height + self.spacing()
        return y - self.spacing() - area.y() + margins.top() + margins.bottom()

    def _place(self, line: list[QLayoutItem], origin: QPoint, width: int, height: int) -> None:
        """One line: the room left over goes to its stretches (none: it stays on the right)."""
        stretches = [i for i in line if isinstance(i, QSpacerItem)]
        fixed = [i for i in line if not isinstance(i, QSpacerItem)]
        spare = width - sum(i.sizeHint().width() for i in fixed)
        spare -= self.spacing() * (len(line) - 1)
        x = origin.x()
        for item in line:
            if isinstance(item, QSpacerItem):
                item_width = max(spare, 0) // len(stretches)
            else:
                item_width = min(item.sizeHint().width(), width)
            item.setGeometry(QRect(x, origin.y(), item_width, height))
            x += item_width + self.spacing()
