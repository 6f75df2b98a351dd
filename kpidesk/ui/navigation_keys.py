"""The navigation bar by keyboard: Tab reaches its buttons, Up and Down switch views.

Qt gives a tool bar's buttons no focus at all, so the bar on the left could be used only by
mouse or by Ctrl+1…6. Here its buttons take the Tab focus, and on a focused button the arrow
keys open the view above or below it and keep the focus on the bar (the way a list of pages
works), Home and End the first and the last; Enter opens the focused one, as Space does
on any Qt button.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

_STEPS = {
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Right: 1,
}


class NavigationKeys(QObject):
    """Tab focus and arrow keys for the bar's buttons, one per view action in order."""

    def __init__(self, bar: QToolBar, actions: list[QAction]) -> None:
        super().__init__(bar)
        self.actions = actions
        self.buttons: list[QWidget] = []
        for action in actions:
            button = bar.widgetForAction(action)
            assert button is not None
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAccessibleDescription(
                action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
            button.installEventFilter(self)
            self.buttons.append(button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_key = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if is_key and isinstance(watched, QWidget) and watched in self.buttons:
            key = Qt.Key(cast(QKeyEvent, event).key())
            here = self.buttons.index(watched)
            last = len(self.buttons) - 1
            if key in _STEPS:
                self.go_to(min(max(here + _STEPS[key], 0), last))
                return True
            if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
                self.go_to(0 if key == Qt.Key.Key_Home else last)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.go_to(here)
                return True
        return super().eventFilter(watched, event)

    def go_to(self, position: int) -> None:
        """Open the view of the button at `position` and keep the focus on that button."""
        self.actions[position].trigger()
        self.buttons[position].setFocus(Qt.FocusReason.TabFocusReason)
