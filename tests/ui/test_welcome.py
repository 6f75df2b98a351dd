"""The empty-workspace start: three ways in instead of an empty dashboard."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from kpidesk.store.workspace import Workspace
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.state import AppState


@pytest.fixture
def empty_window(qtbot, workspace: Workspace) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    state = AppState(workspace)
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.show()
    yield win
    state.runner.wait()


def test_an_empty_workspace_shows_three_buttons_and_no_dashboard_table(
    empty_window: MainWindow,
) -> None:
    page = empty_window.dashboard_page
    assert page.currentWidget() is page.welcome
    assert [b.text() for b in page.welcome.buttons()] == [
        "Add KPIs from the catalog…",
        "Import a spreadsheet…",
        "Open the demo business",
    ]
    assert all(b.isVisible() and b.isEnabled() for b in page.welcome.buttons())
    assert page.welcome.title.text() == "Start tracking your business"
    assert not empty_window.dashboard.isVisible()
    assert not empty_window.dashboard.table.isVisible()


def test_open_the_demo_business_fills_it_and_the_dashboard_appears(
    qtbot,
    empty_window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    page = empty_window.dashboard_page
    qtbot.mouseClick(page.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.currentWidget() is empty_window.dashboard, timeout=10000)
    qtbot.waitUntil(lambda: empty_window.dashboard.proxy.rowCount() == 12, timeout=10000)
    assert empty_window.dashboard.table.isVisible()
    assert empty_window.windowTitle() == "Kalamaja Café & Web Shop — kpidesk"


def test_import_a_spreadsheet_opens_the_window_s_import_dialog(
    empty_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    titles: list[str] = []

    def ask(_parent: object, title: str, *_rest: object) -> tuple[str, str]:
        titles.append(title)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", ask)
    empty_window.dashboard_page.welcome.import_button.click()
    assert titles == ["Import figures"]


def test_add_kpis_from_the_catalog_opens_goals_with_its_catalog_picker(
    empty_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kpidesk.ui.goals.view import GoalsView

    opened: list[bool] = []
    monkeypatch.setattr(GoalsView, "add_from_catalog", lambda self: opened.append(True))
    empty_window.dashboard_page.welcome.catalog_button.click()
    assert empty_window.current_view() == "goals"
    assert opened


def test_kpis_without_figures_lead_to_typing_last_months_figures(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from kpidesk.domain.kpi import KpiDefinition, Unit
    from kpidesk.domain.month import Month
    from kpidesk.ui.dashboard import missing_banner
    from kpidesk.usecases.figures import record_figure
    from kpidesk.usecases.kpis import define_kpi

    with workspace.transaction() as session:
        define_kpi(session, KpiDefinition("Sales", Unit.COUNT, decimals=0))
    monkeypatch.setattr(missing_banner, "today", lambda: date(2026, 12, 2))
    state = AppState(workspace)
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.show()
    page = win.dashboard_page
    assert page.currentWidget() is page.welcome
    assert page.welcome.title.text() == "Your KPIs are ready"
    assert [b.text() for b in page.welcome.buttons()] == [
        "Type the month's figures",
        "Add KPIs from the catalog…",
        "Import a spreadsheet…",
    ]
    page.welcome.entry_button.click()
    assert win.current_view() == "data_entry"
    table = win.data_entry.table
    assert win.data_entry.model.months[table.currentIndex().column()] == Month(2026, 11)
    with workspace.transaction() as session:
        record_figure(session, "Sales", Month(2026, 11), 40, source="test")
    state.catch_up()
    qtbot.waitUntil(lambda: page.currentWidget() is win.dashboard, timeout=10000)
    state.runner.wait()
