"""Each UI test gets fresh window settings in a temporary folder, and the demo in the shared
`workspace` fixture (tests/conftest.py) when it asks for it."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from kpidesk.domain.demo import build_demo
from kpidesk.store.demo_fill import fill_demo
from kpidesk.store.workspace import Workspace
from kpidesk.ui.language import apply_language
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.state import AppState


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path: Path) -> Iterator[None]:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> None:
    """The English the window shows, with its plural forms ("1 figure", "2 figures"), from the
    first test on: a test does not read differently after one that switched languages back."""
    apply_language(qapp, "en")


@pytest.fixture
def demo_workspace(workspace: Workspace) -> Workspace:
    with workspace.transaction() as session:
        demo = build_demo("en")
        fill_demo(session, demo, workspace_name=demo.business_name)
    return workspace


@pytest.fixture
def window(qtbot, demo_workspace: Workspace) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    state = AppState(demo_workspace)
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.show()
    yield win
    state.runner.wait()


def settle(qtbot, state: AppState) -> None:  # type: ignore[no-untyped-def]
    """Wait until background reloads have landed: a result comes back to the GUI thread as a
    queued signal, delivered once the worker is done; a result that starts more work (a
    reload after a reload) is waited for in turn. No fixed wait, which a loaded machine
    outruns."""
    state.runner.wait()
    QCoreApplication.processEvents()
    while not state.runner.wait(0):
        state.runner.wait()
        QCoreApplication.processEvents()
