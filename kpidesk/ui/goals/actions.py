"""What the Goals view does with KPIs and targets, each change one undo step.

KPIs are added from the catalog or defined by hand, edited, archived (hidden, history kept)
and deleted only after an explicit confirmation when they have figures or targets. Target
decisions go on the undo stack: undo retracts a decision in the database, redo restores it.
The texts keep the "GoalsView" context they have always had in the translations.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QTableView, QWidget
from sqlalchemy.orm import Session

from kpidesk.domain.catalog import catalog_entry
from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.month import Month
from kpidesk.domain.targets import Spread, TargetKind
from kpidesk.store.kpis import delete_kpi, has_history, require_kpi
from kpidesk.store.models import ChangeSet
from kpidesk.store.refresh import Touched
from kpidesk.ui.commands import goal_command, kpi_command
from kpidesk.ui.goals.catalog_picker import CatalogPickerDialog
from kpidesk.ui.goals.kpi_editor import KpiEditorDialog
from kpidesk.ui.goals.kpi_model import KPI_ROLE
from kpidesk.ui.goals.target_editor import TargetDialog
from kpidesk.ui.language import interface_language
from kpidesk.ui.messages import error_text
from kpidesk.ui.state import AppState
from kpidesk.usecases.goals import set_goal
from kpidesk.usecases.kpis import add_catalog_entries, define_kpi, redefine_kpi


class GoalActions(QWidget):
    """The Goals view's actions; the view provides the state and the selected KPI."""

    state: AppState
    kpi_table: QTableView
    _pending_select: str | None

    def selected_kpi(self) -> KpiDefinition | None:
        index = self.kpi_table.selectionModel().currentIndex()
        return index.data(KPI_ROLE) if index.isValid() else None

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
        QMessageBox.warning(
            self, QCoreApplication.translate("GoalsView", "Not saved"), error_text(error)
        )

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
        text = QCoreApplication.translate("GoalsView", "Add {kpi}").format(kpi=last)
        self._push(text, lambda session: add_catalog_entries(session, keys, lang).change, last)

    def new_kpi(self) -> None:
        dialog = KpiEditorDialog(self._names(), None, self, self.state.snapshot.scorecard)
        if dialog.exec() == KpiEditorDialog.DialogCode.Accepted:
            self.add_kpi(dialog.definition())

    def add_kpi(self, definition: KpiDefinition) -> None:
        """Add a KPI defined by hand as one undo step (also the entry point for tests)."""
        text = QCoreApplication.translate("GoalsView", "Add {kpi}").format(kpi=definition.name)
        self._push(text, lambda session: define_kpi(session, definition), definition.name)

    def edit_kpi(self) -> None:
        kpi = self.selected_kpi()
        if kpi is None:
            return
        others = [n for n in self._names() if n != kpi.name]
        dialog = KpiEditorDialog(others, kpi, self, self.state.snapshot.scorecard)
        if dialog.exec() == KpiEditorDialog.DialogCode.Accepted:
            self.replace_kpi(kpi, dialog.definition())

    def toggle_archived(self) -> None:
        kpi = self.selected_kpi()
        if kpi is not None:
            self.replace_kpi(kpi, kpi.with_changes(archived=not kpi.archived))

    def replace_kpi(self, old: KpiDefinition, new: KpiDefinition) -> None:
        """Save an edited, archived or restored definition as one undo step."""
        if new.archived != old.archived:
            template = (
                QCoreApplication.translate("GoalsView", "Restore {kpi}")
                if old.archived
                else QCoreApplication.translate("GoalsView", "Archive {kpi}")
            )
        else:
            template = QCoreApplication.translate("GoalsView", "Edit {kpi}")
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
            question = QCoreApplication.translate(
                "GoalsView",
                "“{kpi}” has figures or targets. Deleting it removes them for good and cannot "
                "be undone. Archive it instead to hide it and keep its history.",
            ).format(kpi=kpi.name)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("GoalsView", "Delete KPI"),
                question,
                parent=self,
            )
            confirm = box.addButton(
                QCoreApplication.translate("GoalsView", "Delete with its history"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not confirm:
                return
        elif (
            QMessageBox.question(
                self,
                QCoreApplication.translate("GoalsView", "Delete KPI"),
                QCoreApplication.translate("GoalsView", "Delete “{kpi}”?").format(kpi=kpi.name),
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
                dialog.segment(),
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
        segment: str | None = None,
    ) -> None:
        """Add the decision as one undo step (also the entry point for tests and scripts);
        `currency` is the one the value was typed in (leva for a lev KPI); `segment` the
        segment it is for (None: the business total)."""
        name = kpi.name
        shown = name
        if segment is not None:
            shown = QCoreApplication.translate("GoalsView", "{kpi} of {segment}").format(
                kpi=name, segment=segment
            )
        if kind is TargetKind.ANNUAL:
            text = QCoreApplication.translate("GoalsView", "Annual goal for {kpi}").format(
                kpi=shown
            )
        else:
            text = QCoreApplication.translate("GoalsView", "Target for {kpi}").format(kpi=shown)
        command = goal_command(
            self.state,
            text,
            lambda s: set_goal(s, name, kind, month, value, note, spread, currency, segment),
        )
        self.state.undo_stack.push(command)
