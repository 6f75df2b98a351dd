"""The menu bar: File, Edit, View, Help, with the platform's standard shortcuts.

Cut, copy, paste and delete act on the data-entry grid and are enabled only while it is shown
(so it has been built by then); undo and redo come from the workspace's undo stack and so act
on the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from kpidesk.store.engine import without_password
from kpidesk.ui import settings as ui_settings

if TYPE_CHECKING:
    from kpidesk.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Create the menus; returns the actions other code enables or triggers, by name."""
    bar = window.menuBar()
    actions: dict[str, QAction] = {}

    def add(
        menu: QMenu,
        name: str,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        actions[name] = action
        return action

    file_menu = bar.addMenu(QCoreApplication.translate("menus", "&File"))
    add(
        file_menu,
        "new",
        QCoreApplication.translate("menus", "&New workspace…"),
        window.new_workspace,
        QKeySequence.StandardKey.New,
    )
    add(
        file_menu,
        "open",
        QCoreApplication.translate("menus", "&Open workspace…"),
        window.open_workspace_dialog,
        QKeySequence.StandardKey.Open,
    )
    window.recent_menu = file_menu.addMenu(QCoreApplication.translate("menus", "Open &recent"))
    window.recent_menu.aboutToShow.connect(lambda: _fill_recent(window))
    file_menu.addSeparator()
    add(
        file_menu,
        "import",
        QCoreApplication.translate("menus", "&Import…"),
        window.import_dialog,
        "Ctrl+I",
    )
    add(
        file_menu,
        "export",
        QCoreApplication.translate("menus", "&Export…"),
        window.export_dialog,
        "Ctrl+E",
    )
    add(
        file_menu,
        "backup",
        QCoreApplication.translate("menus", "&Back up…"),
        window.backups.back_up_dialog,
    )
    add(
        file_menu,
        "restore",
        QCoreApplication.translate("menus", "Res&tore…"),
        window.backups.restore_dialog,
    ).setEnabled(window.state.workspace.path is not None)
    add(
        file_menu,
        "report",
        QCoreApplication.translate("menus", "Monthly re&port…"),
        lambda: _monthly_report(window),
    )
    add(
        file_menu,
        "settings",
        QCoreApplication.translate("menus", "Workspace &settings…"),
        window.edit_settings,
        QKeySequence.StandardKey.Preferences,
    )
    file_menu.addSeparator()
    add(
        file_menu,
        "quit",
        QCoreApplication.translate("menus", "&Quit"),
        window.close,
        QKeySequence.StandardKey.Quit,
    )

    edit_menu = bar.addMenu(QCoreApplication.translate("menus", "&Edit"))
    undo = window.state.undo_stack.createUndoAction(
        window, QCoreApplication.translate("menus", "&Undo")
    )
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.state.undo_stack.createRedoAction(
        window, QCoreApplication.translate("menus", "&Redo")
    )
    redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")])
    edit_menu.addActions([undo, redo])
    actions["undo"], actions["redo"] = undo, redo
    add(
        edit_menu,
        "history",
        QCoreApplication.translate("menus", "Workspace &history…"),
        window.workspace_history,
        "Ctrl+H",
    )
    edit_menu.addSeparator()
    add(
        edit_menu,
        "cut",
        QCoreApplication.translate("menus", "Cu&t"),
        lambda: window.data_entry.cut(),
        QKeySequence.StandardKey.Cut,
    )
    add(
        edit_menu,
        "copy",
        QCoreApplication.translate("menus", "&Copy"),
        lambda: window.data_entry.copy(),
        QKeySequence.StandardKey.Copy,
    )
    add(
        edit_menu,
        "paste",
        QCoreApplication.translate("menus", "&Paste"),
        lambda: window.data_entry.paste(),
        QKeySequence.StandardKey.Paste,
    )
    add(
        edit_menu,
        "delete",
        QCoreApplication.translate("menus", "&Delete"),
        lambda: window.data_entry.delete_selection(),
        QKeySequence.StandardKey.Delete,
    )

    view_menu = bar.addMenu(QCoreApplication.translate("menus", "&View"))
    for action in window.view_actions.values():
        view_menu.addAction(action)

    help_menu = bar.addMenu(QCoreApplication.translate("menus", "&Help"))
    add(help_menu, "about", QCoreApplication.translate("menus", "&About kpidesk"), window.about)
    return actions


def _monthly_report(window: MainWindow) -> None:
    """File → Monthly report… (its dialog and the PDF writer load on first use)."""
    from kpidesk.ui.report.dialog import open_report_dialog

    open_report_dialog(window)


def _fill_recent(window: MainWindow) -> None:
    menu = window.recent_menu
    menu.clear()
    recent = ui_settings.RECENT_WORKSPACES.get()
    for location in recent:
        action = menu.addAction(without_password(location))
        action.triggered.connect(
            lambda _checked=False, loc=location: window.openRequested.emit(loc)
        )
    if not recent:
        menu.addAction(QCoreApplication.translate("menus", "(none yet)")).setEnabled(False)
