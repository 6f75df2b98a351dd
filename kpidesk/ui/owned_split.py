"""A splitter whose shares the view sets, as the window and its contents change, until the
owner drags the handle: from then on their split stands for the session.

The dashboard (table over chart) and Goals (KPI list beside targets) both work out their
shares from what their contents need; this is what they have in common.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QSplitter

Shares = Callable[[int], "list[int] | None"]
"""The two parts' lengths out of the room they share; None leaves the split as it is."""


class OwnedSplit(QObject):
    """Sets the splitter's sizes from `shares` on every resize and when asked (`share`),
    unless the owner has moved the handle."""

    def __init__(self, splitter: QSplitter, shares: Shares) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.shares = shares
        self.owner_chose = False
        splitter.splitterMoved.connect(self._moved)
        splitter.installEventFilter(self)

    def _moved(self, _position: int, _index: int) -> None:
        self.owner_chose = True

    def share(self) -> None:
        if self.owner_chose:
            return
        horizontal = self.splitter.orientation() is Qt.Orientation.Horizontal
        length = self.splitter.width() if horizontal else self.splitter.height()
        sizes = self.shares(length - self.splitter.handleWidth())
        if sizes is not None:
            self.splitter.setSizes(sizes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self.share()
        return False
