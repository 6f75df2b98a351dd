"""Start the window: the QApplication, the language, the workspace, and switching workspaces.

`launch` is what `kpidesk` without a subcommand runs. A workspace that cannot be opened is
reported in a dialog (exit status 2), never with a traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kpidesk.store.engine import default_workspace_path
from kpidesk.store.errors import StoreError
from kpidesk.store.workspace import open_workspace
from kpidesk.ui import settings as ui_settings
from kpidesk.ui.app_icon import app_icon
from kpidesk.ui.backup.damaged import offer_backup
from kpidesk.ui.first_paint import exit_after_first_paint
from kpidesk.ui.language import apply_language
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.messages import error_text
from kpidesk.ui.state import AppState

EXIT_REFUSED = 2
_windows: list[MainWindow] = []


def application(lang: str | None = None) -> QApplication:
    """The one QApplication, created with the interface language on first use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("kpidesk")
    app.setOrganizationName("kpidesk")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("kpidesk")  # Wayland finds the icon through kpidesk.desktop
    apply_language(app, lang)
    return app


def fill_demo_if_empty(location: str | Path, lang: str) -> None:
    """Fill the demo workspace with the demo business the first time it is opened."""
    from kpidesk.domain.demo import build_demo
    from kpidesk.store.demo_fill import fill_demo
    from kpidesk.store.kpis import list_kpis

    workspace = open_workspace(location)
    try:
        with workspace.transaction() as session:
            if not list_kpis(session):
                demo = build_demo(lang)
                fill_demo(session, demo, workspace_name=demo.business_name)
    finally:
        workspace.close()


def open_window(location: str | Path) -> MainWindow:
    """Open a workspace in a new window; raises StoreError when it cannot be opened."""
    workspace = open_workspace(location)
    window = MainWindow(AppState(workspace))
    window.backups.automatic = True
    window.openRequested.connect(lambda target: _switch(window, target))
    window.backups.reopenRequested.connect(lambda target, note: _switch(window, target, note))
    _windows.append(window)
    ui_settings.remember_workspace(str(location))
    window.show()
    return window


def _switch(current: MainWindow, location: str, note: str = "") -> None:
    """Open `location` in a new window, then close `current`; `note` goes to its status bar."""
    opened = _opened(
        current,
        location,
        lambda error: QMessageBox.warning(
            current, QCoreApplication.translate("app", "Cannot open workspace"), error_text(error)
        ),
    )
    if opened is None:
        return
    if note:
        opened.statusBar().showMessage(note)
    current.close()
    _windows.remove(current)


def _opened(
    parent: QWidget | None, location: str, refuse: Callable[[StoreError], object]
) -> MainWindow | None:
    """The workspace in a new window. A damaged file offers its latest good backup and is
    opened once that is restored; else `refuse` says why it was not opened, and None."""
    try:
        return open_window(location)
    except StoreError as error:
        offered = offer_backup(parent, location, error)
        if offered is None:
            refuse(error)
        if not offered:
            return None
    try:
        return open_window(location)
    except StoreError as error:
        refuse(error)
        return None


def startup_location(location: str | None) -> str:
    """`--db`, else the workspace used last (if it still exists), else the default one."""
    if location:
        return location
    last = ui_settings.LAST_WORKSPACE.get()
    if last and ("://" in last or Path(last).is_file()):
        return last
    return str(default_workspace_path())


def launch(location: str | None, demo: bool, lang: str | None, self_test: bool) -> int:
    """Run the window until it closes; with `self_test`, check every view offscreen."""
    if self_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = application(lang)
        from kpidesk.ui.self_test import run_self_test

        return run_self_test(app, None if demo else location)
    app = application(lang)
    target = startup_location(location)

    def refuse(error: StoreError) -> None:
        QMessageBox.critical(None, "kpidesk", error_text(error))

    try:
        if demo:
            from kpidesk.ui.language import interface_language

            fill_demo_if_empty(target, interface_language())
    except StoreError as error:
        refuse(error)
        return EXIT_REFUSED
    window = _opened(None, target, refuse)
    if window is None:
        return EXIT_REFUSED
    exit_after_first_paint(window.dashboard)
    return app.exec()
