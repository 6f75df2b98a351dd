"""The right side of Goals: the selected KPI, the target that applies, the buttons that set
targets, every target decision (newest first) and the plan as it stood on a chosen day."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.scorecard import Scorecard
from kpidesk.domain.targets import TargetKind
from kpidesk.ui.flow_layout import FlowLayout
from kpidesk.ui.formatting import format_month, format_value
from kpidesk.ui.goals.history_model import APPLIES_COLUMN, TargetHistoryModel
from kpidesk.ui.goals.labels import aggregation_label, category_label, direction_label
from kpidesk.ui.goals.plan_panel import PlanPanel


class DetailPanel(QWidget):
    """What the owner decided for one KPI; `targetRequested(kind)` asks for a new target."""

    targetRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = TargetHistoryModel(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.current_target = QLabel()
        self.current_target.setWordWrap(True)
        target_buttons = FlowLayout()
        self.target_buttons = []
        for kind, text in (
            (TargetKind.MONTHLY, QCoreApplication.translate("GoalsView", "Monthly target…")),
            (TargetKind.ANNUAL, QCoreApplication.translate("GoalsView", "Annual goal…")),
            (TargetKind.OVERRIDE, QCoreApplication.translate("GoalsView", "One month…")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, k=kind: self.targetRequested.emit(k))
            target_buttons.addWidget(button)
            self.target_buttons.append(button)
        self.history_table = self._history_table()
        targets = QGroupBox(
            QCoreApplication.translate("GoalsView", "Targets — every decision, newest first")
        )
        targets_layout = QVBoxLayout(targets)
        targets_layout.addWidget(self.current_target)
        targets_layout.addLayout(target_buttons)
        self.plan = PlanPanel()
        history_and_plan = QSplitter(Qt.Orientation.Vertical)
        history_and_plan.addWidget(self.history_table)
        history_and_plan.addWidget(self.plan)
        history_and_plan.setChildrenCollapsible(False)
        history_and_plan.setStretchFactor(0, 2)
        history_and_plan.setStretchFactor(1, 3)
        targets_layout.addWidget(history_and_plan)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addWidget(targets, 1)

    def _history_table(self) -> QTableView:
        """One decision a row on two lines (what it set over why; the day over who): what
        it set takes the room the value and the day leave, a long note ends in "…" and
        stands whole in the tooltip."""
        table = QTableView()
        table.setModel(self.history)
        table.setTabKeyNavigation(False)  # Tab goes on to the plan below
        table.setAccessibleName(QCoreApplication.translate("GoalsView", "Target decisions"))
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(APPLIES_COLUMN, QHeaderView.ResizeMode.Stretch)
        return table

    def show_kpi(self, scorecard: Scorecard, kpi: KpiDefinition | None) -> None:
        for button in self.target_buttons:
            button.setEnabled(kpi is not None and not kpi.archived)
        if kpi is None:
            self.title.setText(QCoreApplication.translate("GoalsView", "No KPI selected"))
            self.description.setText(
                QCoreApplication.translate("GoalsView", "Add KPIs from the catalog to start.")
            )
            self.current_target.clear()
            self.history.set_changes(None, [])
            self.plan.show_kpi(scorecard, None)
            return
        self.title.setText(kpi.name)
        facts = [category_label(kpi.category), direction_label(kpi.direction)]
        facts.append(
            QCoreApplication.translate("GoalsView", "computed as {formula}").format(
                formula=kpi.formula
            )
            if kpi.formula
            else aggregation_label(kpi.aggregation).lower()
        )
        self.description.setText(f"{kpi.description}\n{' · '.join(facts)}".strip())
        self.current_target.setText(_headline(scorecard, kpi))
        by_segment = {
            segment.name: changes
            for segment in scorecard.segments_of(kpi.name)
            if (changes := scorecard.segment_targets_of(kpi.name, segment.key))
        }
        self.history.set_changes(kpi, scorecard.target_changes_of(kpi.name), by_segment)
        self.plan.show_kpi(scorecard, kpi)


def _headline(scorecard: Scorecard, kpi: KpiDefinition) -> str:
    """The target of the latest month with figures; when none applies there yet, the first
    one set for later (a goal for next year), so a goal just saved is seen at once."""
    month = scorecard.latest_month()
    target = scorecard.target(kpi.name, month) if month else None
    if month is not None and target is not None:
        return QCoreApplication.translate("GoalsView", "Target for {month}: {value}").format(
            month=format_month(month, long=True), value=format_value(kpi, target)
        )
    later = sorted(
        change.first_month
        for change in scorecard.target_changes_of(kpi.name)
        if month is None or change.first_month > month
    )
    coming = scorecard.target(kpi.name, later[0]) if later else None
    if coming is None:
        return QCoreApplication.translate("GoalsView", "No target applies yet.")
    return QCoreApplication.translate(
        "GoalsView", "No target applies yet. From {month}: {value}"
    ).format(month=format_month(later[0], long=True), value=format_value(kpi, coming))
