"""The workspace history window lists every change with who made it, and undoes or redoes
any one through the worker; the cell, goal and import histories say who too."""

from datetime import datetime

from PySide6.QtWidgets import QDialog

from kpidesk.domain.month import Month
from kpidesk.store.identity import computer_name, system_user
from kpidesk.ui import settings as ui_settings
from kpidesk.ui.data_entry.history_dialog import COLUMNS as CELL_COLUMNS
from kpidesk.ui.data_entry.history_dialog import CellHistoryDialog
from kpidesk.ui.goals.history_model import SET_COLUMN
from kpidesk.ui.history.model import COL_COMPUTER, COL_STATE, COL_WHAT, COL_WHO
from kpidesk.ui.history.view import WorkspaceHistoryDialog
from kpidesk.ui.importer.history import COL_COMPUTER as IMPORT_COMPUTER
from kpidesk.ui.importer.history import COL_WHO as IMPORT_WHO
from kpidesk.ui.importer.history import HistoryModel as ImportHistoryModel
from kpidesk.ui.importer.operations import HistoryRow
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.settings_dialog import SettingsDialog
from kpidesk.ui.state import AppState

from .conftest import settle
from .test_data_entry import cell, open_year, stored, type_into

MARCH = Month(2026, 3)


def _window(qtbot, workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(AppState(workspace))
    qtbot.addWidget(window)
    window.show()
    return window


def _history(qtbot, window: MainWindow) -> WorkspaceHistoryDialog:  # type: ignore[no-untyped-def]
    window.actions_by_name["history"].trigger()
    dialog = window.history_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=5000)
    return dialog


def test_a_typed_figure_is_listed_with_its_author_and_undone_from_the_history(
    qtbot, demo_workspace
):
    ui_settings.AUTHOR_NAME.set("Maria")  # set before the window opens: applied at start
    window = _window(qtbot, demo_workspace)
    open_year(window, 2026)
    index = cell(window, "Revenue", MARCH)
    before = stored(window, "Revenue", MARCH)
    type_into(qtbot, window, index, "31250")
    settle(qtbot, window.state)
    dialog = _history(qtbot, window)
    model = dialog.model
    assert model.rowCount() == 2  # the demo, then the typed figure
    assert model.index(0, COL_WHO).data() == "Maria"
    assert model.index(0, COL_COMPUTER).data() == computer_name()
    assert model.index(0, COL_WHAT).data() == "Figures · data entry · 1 figure · Mar 2026 · Revenue"
    assert model.index(0, COL_STATE).data() == "In effect"
    assert model.index(1, COL_WHO).data() == system_user()  # the demo, written before

    dialog.select_change(model.row_at(0).id)
    assert dialog.undo_button.isEnabled() and not dialog.redo_button.isEnabled()
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: model.row_at(0).undone_at is not None, timeout=5000)
    assert stored(window, "Revenue", MARCH) == before
    assert window.state.snapshot.scorecard.value("Revenue", MARCH) == before
    assert model.index(0, COL_STATE).data().startswith("↶ Undone ")
    assert dialog.message.text() == f"Undid change {model.row_at(0).id}: 1 figure restored."
    assert dialog.redo_button.isEnabled()  # the change stays selected across the reload

    dialog.redo_button.click()
    qtbot.waitUntil(lambda: model.row_at(0).undone_at is None, timeout=5000)
    assert stored(window, "Revenue", MARCH) == 31250
    settle(qtbot, window.state)
    assert index.data() == "31,250"


def test_an_undo_a_later_change_contradicts_is_refused_in_the_window(qtbot, window):
    open_year(window, 2026)
    index = cell(window, "Revenue", MARCH)
    type_into(qtbot, window, index, "100")
    dialog = _history(qtbot, window)
    type_into(qtbot, window, index, "200")  # the open history lists it when it lands
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=5000)
    first = dialog.model.row_at(1)
    assert first.figures == 1 and first.undone_at is None
    dialog.select_change(first.id)
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: dialog.message.text().startswith("✖"), timeout=5000)
    assert "changed again after this change" in dialog.message.text()
    assert stored(window, "Revenue", MARCH) == 200
    assert dialog.undo_button.isEnabled()


def test_the_name_set_in_the_settings_is_whom_changes_are_recorded_as(qtbot, window, monkeypatch):
    def accept_as_ivan(dialog: SettingsDialog) -> int:
        dialog.author.setText(" Ivan ")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", accept_as_ivan)
    window.edit_settings()
    assert ui_settings.AUTHOR_NAME.get() == "Ivan"
    assert window.state.workspace.author == "Ivan"
    settle(qtbot, window.state)  # the settings' own write lands before the grid is typed in
    open_year(window, 2026)
    index = cell(window, "Revenue", MARCH)
    type_into(qtbot, window, index, "123")
    assert stored(window, "Revenue", MARCH) == 123
    dialog = CellHistoryDialog(window.state, window.data_entry.model.kpis[index.row()], MARCH)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)  # the demo's, Ivan's
    who, computer = CELL_COLUMNS.index("Who"), CELL_COLUMNS.index("Computer")
    assert dialog.model.index(0, who).data() == "Ivan"  # newest first
    assert dialog.model.index(0, computer).data() == computer_name()

    def back_to_the_user(dialog: SettingsDialog) -> int:
        dialog.author.setText("")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", back_to_the_user)
    window.edit_settings()
    assert window.state.workspace.author == system_user()
    settle(qtbot, window.state)


def test_goal_and_import_histories_say_who(qtbot, window):
    window.show_view("goals")
    window.goals.select_kpi("Revenue")
    history = window.goals.history
    assert history.rowCount() > 0
    # The day the decision was set on, over who set it on which computer.
    assert history.index(0, SET_COLUMN).data().splitlines()[1] == (
        f"{system_user()} ({computer_name()})"
    )
    imports = ImportHistoryModel()
    when = datetime(2026, 3, 1, 9, 30)
    imports.set_rows([HistoryRow(1, "owner.xlsx", None, when, 3, 0, 0, None, "Maria", "desk-2")])
    assert imports.index(0, IMPORT_WHO).data() == "Maria"
    assert imports.index(0, IMPORT_COMPUTER).data() == "desk-2"
