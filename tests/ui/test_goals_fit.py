"""At 1024×700, in Bulgarian, Estonian and the pseudo-language (every string half as long
again) as in English, no table in the Goals view scrolls sideways and no header is cut: the
KPI list, the target history and the plan all fit beside each other."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from kpidesk.store.workspace import Workspace
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.state import AppState
from tests.ui.conftest import settle
from tests.ui.test_pseudo_layout import _clipped_headers, language

__all__ = ["language"]  # the layout test's fixture: pseudo, Bulgarian, Estonian


def goals_fit(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(AppState(workspace))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.show_view("goals")
    goals = window.goals
    settle(qtbot, window.state)
    goals.select_kpi("Revenue")
    tables = goals.findChildren(QTableView)
    assert len(tables) == 3  # the KPI list, the target history, the plan

    def fits() -> None:
        for table in tables:
            name = table.model().headerData(0, Qt.Orientation.Horizontal)
            width = f"{name}: {table.horizontalHeader().length()} in {table.viewport().width()}"
            assert table.horizontalScrollBar().maximum() == 0, width
            assert not _clipped_headers(table.horizontalHeader()), name

    qtbot.waitUntil(fits)
    assert goals.history.rowCount() > 0
    assert goals.proxy.rowCount() > 0
    window.state.runner.wait()


def test_the_goals_view_fits_1024x700_in_english(qtbot, demo_workspace):
    goals_fit(qtbot, demo_workspace)


def test_the_goals_view_fits_1024x700_in_a_long_language(qtbot, language, demo_workspace):
    goals_fit(qtbot, demo_workspace)
