"""How Goals shares its width between the KPI list and the chosen KPI's targets.

The list takes half, or less when its columns need less: at 1920 px the list was 720 px
wide for columns that need about 420, and the white to their right squeezed the targets'
history and plan; on 1024 px its names elide within the half, as before. Once the owner
drags the handle their split stands.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QSplitter

LIST_SHARE = 0.5


class ListDetailSplit(QObject):
    """Keeps the splitter's shares right as the window and the list change."""

    def __init__(self, splitter: QSplitter, natural: Callable[[], int]) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.natural = natural
        """The list's width with every name whole (`KpiListPanel.natural_width`)."""
        self.owner_chose = False
        splitter.splitterMoved.connect(self._moved)
        splitter.installEventFilter(self)

    def _moved(self, _position: int, _index: int) -> None:
        self.owner_chose = True

    def share(self) -> None:
        """Give the list what its columns need, at most half, unless the owner chose."""
        if self.owner_chose:
            return
        total = self.splitter.width() - self.splitter.handleWidth()
        left = min(self.natural() or total, round(total * LIST_SHARE))
        self.splitter.setSizes([left, total - left])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self.share()
        return False
