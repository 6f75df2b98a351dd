"""Goals: the KPI list on the left; the selected KPI's targets and their history on the right.

KPIs are added from the catalog or defined by hand, edited, archived (hidden, history kept)
and deleted only after an explicit confirmation when they have figures or targets. Target
decisions go on the undo stack: undo retracts a decision in the database, redo restores it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kpidesk.domain.catalog import catalog_entry
from kpidesk.domain.kpi import KpiDefinition, name_key
from kpidesk.domain.month import Month
from kpidesk.domain.targets import Spread, TargetKind
from kpidesk.store.kpis import delete_kpi, has_history, require_kpi
from kpidesk.store.loading import Snapshot
from kpidesk.store.models import ChangeSet
from kpidesk.store.refresh import Touched
from kpidesk.ui.commands import goal_command, kpi_command
from kpidesk.ui.flow_layout import FlowLayout
from kpidesk.ui.formatting import format_month, format_value
from kpidesk.ui.goals.catalog_picker import CatalogPickerDialog
from kpidesk.ui.goals.history_model import APPLIES_COLUMN, NOTE_COLUMN, TargetHistoryModel
from kpidesk.ui.goals.kpi_editor import KpiEditorDialog
from kpidesk.ui.goals.kpi_model import (
    COL_CATEGORY,
    COL_DIRECTION,
    COL_NAME,
    KPI_ROLE,
    KpiFilterProxy,
    KpiListModel,
)
from kpidesk.ui.goals.labels import aggregation_label, category_label, direction_label
from kpidesk.ui.goals.plan_panel import PlanPanel
from kpidesk.ui.goals.target_editor import TargetDialog
from kpidesk.ui.header_fit import header_padding
from kpidesk.ui.language import interface_language
from kpidesk.ui.messages import error_text
from kpidesk.ui.state import AppState
from kpidesk.usecases.goals import set_goal
from kpidesk.usecases.kpis import add_catalog_entries, define_kpi, redefine_kpi


class GoalsView(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = KpiListModel(self)
        self.proxy = KpiFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.history = TargetHistoryModel(self)
        self._pending_select: str | None = None
        self._build()
        state.snapshotChanged.connect(self._on_snapshot)
        self._on_snapshot(state.snapshot)

    # --- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.kpi_table = QTableView()
        self.kpi_table.setModel(self.proxy)
        self.kpi_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kpi_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kpi_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.kpi_table.verticalHeader().hide()
        self.kpi_table.setWordWrap(False)
        header = self.kpi_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.kpi_table.viewport().installEventFilter(self)
        for column in (COL_CATEGORY, COL_DIRECTION):
            self.kpi_table.setColumnHidden(column, True)
        self.kpi_table.selectionModel().currentRowChanged.connect(self._show_selected)
        self.kpi_table.doubleClicked.connect(self.edit_kpi)

        self.catalog_button = QPushButton(self.tr("Add from catalog…"))
        self.new_button = QPushButton(self.tr("New KPI…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.catalog_button.clicked.connect(self.add_from_catalog)
        self.new_button.clicked.connect(self.new_kpi)
        self.edit_button.clicked.connect(self.edit_kpi)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.delete_button.clicked.connect(self.delete_kpi)
        self.show_archived.toggled.connect(self.proxy.set_show_archived)
        buttons = FlowLayout()
        for button in (self.catalog_button, self.new_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.delete_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.kpi_table)
        left_layout.addWidget(self.show_archived)

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.current_target = QLabel()
        self.current_target.setWordWrap(True)
        target_buttons = FlowLayout()
        self.target_buttons = []
        for kind, text in (
            (TargetKind.MONTHLY, self.tr("Monthly target…")),
            (TargetKind.ANNUAL, self.tr("Annual goal…")),
            (TargetKind.OVERRIDE, self.tr("One month…")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, k=kind: self.set_target(k))
            target_buttons.addWidget(button)
            self.target_buttons.append(button)
        self.history_table = QTableView()
        self.history_table.setModel(self.history)
        self.history_table.verticalHeader().hide()
        self.history_table.setWordWrap(True)
        self.history_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        history_header = self.history_table.horizontalHeader()
        history_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (APPLIES_COLUMN, NOTE_COLUMN):
            history_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        targets = QGroupBox(self.tr("Targets — every decision, newest first"))
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
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.description)
        right_layout.addWidget(targets, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- showing ------------------------------------------------------------------------
    def _fit_names(self) -> None:
        """Names as wide as they are, unless the list is narrow (1024 px, a long language):
        then they elide (the selected one stands whole as the title) so that the last
        column keeps room for its header."""
        table = self.kpi_table
        header = table.horizontalHeader()
        last = header.count() - 1
        last_needs, name_needs = (
            header.fontMetrics().horizontalAdvance(
                str(self.proxy.headerData(column, Qt.Orientation.Horizontal))
            )
            + header_padding(table)
            for column in (last, COL_NAME)
        )
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c not in (COL_NAME, last) and not table.isColumnHidden(c)
        )
        room = table.viewport().width() - others - last_needs
        wanted = max(table.sizeHintForColumn(COL_NAME), name_needs)
        header.resizeSection(COL_NAME, max(min(wanted, room), name_needs))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.kpi_table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_names()
        return super().eventFilter(watched, event)

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        chosen = self.selected_kpi()
        wanted = self._pending_select or (chosen.name if chosen else None)
        self._pending_select = None
        self.model.set_kpis(list(snapshot.scorecard.kpis))
        self._fit_names()
        if wanted is not None and self._has_kpi(snapshot, wanted):
            self.select_kpi(wanted)
        elif self.proxy.rowCount():
            self.kpi_table.selectRow(0)
        self._show_selected()

    @staticmethod
    def _has_kpi(snapshot: Snapshot, name: str) -> bool:
        return any(k.key == name_key(name) for k in snapshot.scorecard.kpis)

    def selected_kpi(self) -> KpiDefinition | None:
        index = self.kpi_table.selectionModel().currentIndex()
        return index.data(KPI_ROLE) if index.isValid() else None

    def select_kpi(self, name: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(KPI_ROLE).key == name_key(name):
                self.kpi_table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return

    def _show_selected(self) -> None:
        kpi = self.selected_kpi()
        for widget in (self.edit_button, self.archive_button, self.delete_button):
            widget.setEnabled(kpi is not None)
        for button in self.target_buttons:
            button.setEnabled(kpi is not None and not kpi.archived)
        if kpi is None:
            self.title.setText(self.tr("No KPI selected"))
            self.description.setText(self.tr("Add KPIs from the catalog to start."))
            self.current_target.clear()
            self.history.set_changes(None, [])
            self.plan.show_kpi(self.state.snapshot.scorecard, None)
            return
        scorecard = self.state.snapshot.scorecard
        self.archive_button.setText(self.tr("Restore") if kpi.archived else self.tr("Archive"))
        self.title.setText(kpi.name)
        facts = [category_label(kpi.category), direction_label(kpi.direction)]
        facts.append(
            self.tr("computed as {formula}").format(formula=kpi.formula)
            if kpi.formula
            else aggregation_label(kpi.aggregation).lower()
        )
        self.description.setText(f"{kpi.description}\n{' · '.join(facts)}".strip())
        month = scorecard.latest_month()
        target = scorecard.target(kpi.name, month) if month else None
        if month is None or target is None:
            self.current_target.setText(self.tr("No target applies yet."))
        else:
            self.current_target.setText(
                self.tr("Target for {month}: {value}").format(
                    month=format_month(month, long=True), value=format_value(kpi, target)
                )
            )
        self.history.set_changes(kpi, scorecard.target_changes_of(kpi.name))
        self.plan.show_kpi(scorecard, kpi)

    # --- KPIs ---------------------------------------------------------------------------
    def _names(self) -> list[str]:
        return [kpi.name for kpi in self.state.snapshot.scorecard.kpis]

    def _push(self, text: str, action: Callable[[Session], ChangeSet], select: str) -> None:
        """Save a KPI change as one undo step; `select` names the KPI to select once the
        snapshot that holds it arrives."""
        self._pending_select = select
        self.state.undo_stack.push(kpi_command(self.state, text, action, self._not_saved))

    def _not_saved(self, error: Exception) -> None:
        self._pending_select = None
        QMessageBox.warning(self, self.tr("Not saved"), error_text(error))

    def add_from_catalog(self) -> None:
        dialog = CatalogPickerDialog(self._names(), self)
        if dialog.exec() != CatalogPickerDialog.DialogCode.Accepted:
            return
        self.add_catalog_keys(dialog.selected_keys())

    def add_catalog_keys(self, keys: list[str]) -> None:
        if not keys:
            return
        lang = interface_language()
        last = catalog_entry(keys[-1]).name(lang)
        text = self.tr("Add {kpi}").format(kpi=last)
        self._push(text, lambda session: add_catalog_entries(session, keys, lang).change, last)

    def new_kpi(self) -> None:
        dialog = KpiEditorDialog(self._names(), None, self)
        if dialog.exec() == KpiEditorDialog.DialogCode.Accepted:
            self.add_kpi(dialog.definition())

    def add_kpi(self, definition: KpiDefinition) -> None:
        """Add a KPI defined by hand as one undo step (also the entry point for tests)."""
        text = self.tr("Add {kpi}").format(kpi=definition.name)
        self._push(text, lambda session: define_kpi(session, definition), definition.name)

    def edit_kpi(self) -> None:
        kpi = self.selected_kpi()
        if kpi is None:
            return
        others = [n for n in self._names() if n != kpi.name]
        dialog = KpiEditorDialog(others, kpi, self)
        if dialog.exec() == KpiEditorDialog.DialogCode.Accepted:
            self.replace_kpi(kpi, dialog.definition())

    def toggle_archived(self) -> None:
        kpi = self.selected_kpi()
        if kpi is not None:
            self.replace_kpi(kpi, kpi.with_changes(archived=not kpi.archived))

    def replace_kpi(self, old: KpiDefinition, new: KpiDefinition) -> None:
        """Save an edited, archived or restored definition as one undo step."""
        if new.archived != old.archived:
            template = self.tr("Restore {kpi}") if old.archived else self.tr("Archive {kpi}")
        else:
            template = self.tr("Edit {kpi}")
        name = old.name

        def action(session: Session) -> ChangeSet:
            return redefine_kpi(session, name, new)

        self._push(template.format(kpi=name), action, new.name)

    def delete_kpi(self) -> None:
        """Ask, on the worker, whether the KPI has history, then confirm and delete it (not
        an undo step: the confirmation says it cannot be undone)."""
        kpi = self.selected_kpi()
        if kpi is None:
            return
        workspace, name = self.state.workspace, kpi.name

        def ask() -> bool:
            with workspace.reading() as session:
                return has_history(session, require_kpi(session, name))

        self.state.runner.run(
            ask,
            lambda keeps_history: self._confirm_delete(kpi, keeps_history),
            self._not_saved,
        )

    def _confirm_delete(self, kpi: KpiDefinition, keeps_history: bool) -> None:
        if keeps_history:
            question = self.tr(
                "“{kpi}” has figures or targets. Deleting it removes them for good and cannot "
                "be undone. Archive it instead to hide it and keep its history."
            ).format(kpi=kpi.name)
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Delete KPI"), question, parent=self
            )
            confirm = box.addButton(
                self.tr("Delete with its history"), QMessageBox.ButtonRole.DestructiveRole
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not confirm:
                return
        elif (
            QMessageBox.question(
                self, self.tr("Delete KPI"), self.tr("Delete “{kpi}”?").format(kpi=kpi.name)
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        name = kpi.name

        def delete(session: Session) -> tuple[None, Touched]:
            delete_kpi(session, require_kpi(session, name))
            return None, Touched(kpis=True)

        self.state.write(delete, on_error=self._not_saved)

    # --- targets ------------------------------------------------------------------------
    def set_target(self, kind: TargetKind) -> None:
        kpi = self.selected_kpi()
        if kpi is None:
            return
        dialog = TargetDialog(self.state.snapshot.scorecard, kpi, kind, self)
        if dialog.exec() == TargetDialog.DialogCode.Accepted:
            self.save_target(
                kpi,
                dialog.target_kind(),
                dialog.first_month(),
                dialog.goal_value(),
                dialog.note.text().strip(),
                dialog.chosen_spread(),
                dialog.goal_currency(),
            )

    def save_target(
        self,
        kpi: KpiDefinition,
        kind: TargetKind,
        month: Month,
        value: float,
        note: str,
        spread: Spread = Spread.EVEN,
        currency: str | None = None,
    ) -> None:
        """Add the decision as one undo step (also the entry point for tests and scripts);
        `currency` is the one the value was typed in (leva for a lev KPI)."""
        name = kpi.name
        if kind is TargetKind.ANNUAL:
            text = self.tr("Annual goal for {kpi}").format(kpi=name)
        else:
            text = self.tr("Target for {kpi}").format(kpi=name)
        command = goal_command(
            self.state,
            text,
            lambda s: set_goal(s, name, kind, month, value, note, spread, currency),
        )
        self.state.undo_stack.push(command)
