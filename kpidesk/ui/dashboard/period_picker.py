"""The dashboard's period picker: a month, a fiscal quarter or the year to date, and which.

The kind box chooses what the rows add up (by each KPI's aggregation); the second box lists
the months with figures, newest first, or their quarters (`Q3 2026`). A fiscal year that
does not start in January names its quarters' months in each quarter's tooltip, since "Q1"
alone would read as January to March. Switching kinds keeps the owner's place: the quarter
of the month chosen, and back.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from kpidesk.domain.month import Month
from kpidesk.domain.periods import Period, PeriodKind
from kpidesk.ui.dashboard.period_text import period_months, quarter_name
from kpidesk.ui.formatting import format_month


class PeriodPicker(QWidget):
    changed = Signal()
    """The period or its kind changed (not emitted while the lists are refilled)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Period"))
        self.kind_box.addItem(self.tr("Month"), "month")
        self.kind_box.addItem(self.tr("Quarter"), "quarter")
        self.kind_box.addItem(self.tr("Year to date"), "ytd")
        self.kind_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.label = QLabel()
        self.box = QComboBox()
        self.box.setMinimumContentsLength(14)
        self.label.setBuddy(self.box)
        self.box.currentIndexChanged.connect(self._box_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind_box)
        layout.addSpacing(8)
        layout.addWidget(self.label)
        layout.addWidget(self.box)
        self._months: list[Month] = []
        self._fiscal_start = 1
        self._name_label()

    def kind(self) -> PeriodKind:
        return cast(PeriodKind, self.kind_box.currentData())

    def set_kind(self, kind: PeriodKind) -> None:
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(kind), 0))

    def selected_month(self) -> Month | None:
        """The month chosen; in quarter mode the latest month with figures in the quarter."""
        return self.box.currentData()

    def set_months(self, months: list[Month], fiscal_start: int) -> None:
        """The months that can be looked at, newest first (a new snapshot's)."""
        self._months, self._fiscal_start = months, fiscal_start
        self._fill(self.selected_month())

    def _fill(self, chosen: Month | None) -> None:
        self.box.blockSignals(True)
        self.box.clear()
        if self.kind() == "quarter":
            self._fill_quarters(chosen)
        else:
            for month in self._months:
                self.box.addItem(format_month(month, long=True), month)
            if chosen in self._months:
                self.box.setCurrentIndex(self._months.index(chosen))
        self.box.blockSignals(False)
        self._show_tip()

    def _fill_quarters(self, chosen: Month | None) -> None:
        labels: list[str] = []
        wanted = None if chosen is None else Period.quarter_of(chosen, self._fiscal_start)
        for month in self._months:
            quarter = Period.quarter_of(month, self._fiscal_start)
            if quarter.label in labels:
                continue
            labels.append(quarter.label)
            self.box.addItem(quarter_name(quarter), month)
            if self._fiscal_start != 1:
                self.box.setItemData(
                    self.box.count() - 1, period_months(quarter), Qt.ItemDataRole.ToolTipRole
                )
            if wanted is not None and quarter.label == wanted.label:
                self.box.setCurrentIndex(self.box.count() - 1)

    def _kind_changed(self) -> None:
        self._name_label()
        self._fill(self.selected_month())
        self.changed.emit()

    def _box_changed(self) -> None:
        self._show_tip()
        self.changed.emit()

    def _name_label(self) -> None:
        """The label before the second box, and the box's accessible name with it: a screen
        reader says "Quarter" or "Through" before the period, not only "Q3 2026"."""
        self.label.setText(
            {
                "quarter": self.tr("Quarter:"),
                "ytd": self.tr("Through:"),
            }.get(self.kind(), self.tr("Month:"))
        )
        self.box.setAccessibleName(
            {
                "quarter": self.tr("Quarter"),
                "ytd": self.tr("Through"),
            }.get(self.kind(), self.tr("Month"))
        )

    def _show_tip(self) -> None:
        tip = self.box.currentData(Qt.ItemDataRole.ToolTipRole)
        self.box.setToolTip(tip if isinstance(tip, str) else "")
