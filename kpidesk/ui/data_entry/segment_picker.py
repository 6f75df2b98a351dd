"""The data-entry grid's segment picker: whose figures the grid shows.

"Business total" first, then each set's name (bold, not selectable) with its reporting
segments under it, so Sofia of Locations and Ivan of People are told apart at a glance. The
choice is kept by segment key across snapshots; a segment that was archived or merged away
falls back to the total.
"""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from kpidesk.domain.scorecard import Scorecard


class SegmentPicker(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumContentsLength(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setToolTip(
            self.tr("The business total, or one segment: a segment lists the KPIs its set tracks.")
        )

    def fill(self, scorecard: Scorecard) -> bool:
        """List the scorecard's sets and reporting segments, keeping the choice; without
        signals. Returns whether there is any segment to pick."""
        wanted = self.key()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Business total"), None)
        model = self.model()
        for segment_set in scorecard.segment_sets:
            active = segment_set.active()
            if not active:
                continue
            self.addItem(segment_set.name, None)
            if isinstance(model, QStandardItemModel):
                item = model.item(self.count() - 1)
                item.setEnabled(False)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            for segment in active:
                self.addItem("    " + segment.name, segment.key)
        found = self.findData(wanted) if wanted is not None else -1
        self.setCurrentIndex(max(0, found))
        self.blockSignals(False)
        return self.count() > 1

    def key(self) -> str | None:
        """The key of the segment picked, None for the business total."""
        return self.currentData()

    def pick(self, key: str | None) -> None:
        index = self.findData(key) if key is not None else 0
        if index >= 0:
            self.setCurrentIndex(index)
