"""The missing-figures banner on the dashboard: its words, its button, its close.

Today is 2 December 2026. Eleven KPIs and Wait time (by location, Kalamaja and Telliskivi)
have figures for September and October; November has KPI 4 to KPI 11 and Kalamaja's wait
time: KPI 1, KPI 2, KPI 3 and Telliskivi's wait time are missing, 4 of the 12 KPIs.
"""

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt

from kpidesk.domain.kpi import Aggregation, Direction, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.store.workspace import Workspace
from kpidesk.ui.dashboard import missing_banner
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.state import AppState
from kpidesk.usecases.figures import record_figure
from kpidesk.usecases.kpis import define_kpi
from kpidesk.usecases.segments import new_segment

SEP, OCT, NOV = Month(2026, 9), Month(2026, 10), Month(2026, 11)
PLAIN = [f"KPI {n}" for n in range(1, 12)]


@pytest.fixture(autouse=True)
def december_second(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(missing_banner, "today", lambda: date(2026, 12, 2))


def record(workspace: Workspace, kpi: str, month: Month, segment: str | None = None) -> None:
    with workspace.transaction() as session:
        record_figure(session, kpi, month, 10, source="test", segment=segment)


@pytest.fixture
def shop(workspace: Workspace) -> Workspace:
    with workspace.transaction() as session:
        for name in ("Kalamaja", "Telliskivi"):
            new_segment(session, name, "Locations", source="test")
        for name in PLAIN:
            define_kpi(session, KpiDefinition(name, Unit.COUNT, decimals=0))
        define_kpi(
            session,
            KpiDefinition(
                "Wait time",
                Unit.COUNT,
                Direction.LOWER,
                Aggregation.MEAN,
                segment_set="Locations",
            ),
        )
        for month in (SEP, OCT):
            for name in PLAIN:
                record_figure(session, name, month, 10, source="test")
            for segment in ("Kalamaja", "Telliskivi"):
                record_figure(session, "Wait time", month, 5, source="test", segment=segment)
        for name in PLAIN[3:]:
            record_figure(session, name, NOV, 12, source="test")
        record_figure(session, "Wait time", NOV, 6, source="test", segment="Kalamaja")
    return workspace


@pytest.fixture
def window(qtbot, shop: Workspace) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    state = AppState(shop)
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.show()
    yield win
    state.runner.wait()


def test_the_banner_names_the_month_and_how_many_kpis_are_missing(window: MainWindow) -> None:
    banner = window.dashboard.banner
    assert banner.isVisible()
    assert banner.headline.text() == "November 2026: 4 of 12 KPIs not entered"
    assert banner.details.text() == "KPI 1; KPI 2; KPI 3; Wait time: Telliskivi"
    assert banner.enter_button.text() == "Enter November figures"


def test_an_earlier_month_is_counted_and_listed_in_the_tooltip(
    window: MainWindow, shop: Workspace
) -> None:
    with shop.transaction() as session:
        record_figure(session, "KPI 11", OCT, None, source="test")
    window.state.reload_now()
    banner = window.dashboard.banner
    assert banner.headline.text().startswith("November 2026: 4 of 12 KPIs not entered, and 1 ")
    assert "October 2026: 1 of 12 KPIs not entered: KPI 11" in banner.toolTip()


def test_the_button_opens_data_entry_at_november(window: MainWindow) -> None:
    window.dashboard.banner.enter_button.click()
    assert window.current_view() == "data_entry"
    grid = window.data_entry
    assert grid.year() == 2026 and grid.segment() is None
    current = grid.table.currentIndex()
    assert grid.model.months[current.column()] == NOV
    assert grid.model.kpis[current.row()].name == "KPI 1"
    assert grid.model.index(current.row(), current.column()).data(Qt.ItemDataRole.EditRole) == ""


def test_one_segment_missing_opens_that_segment(window: MainWindow, shop: Workspace) -> None:
    for name in PLAIN[:3]:
        record(shop, name, NOV)
    window.state.reload_now()
    banner = window.dashboard.banner
    assert banner.headline.text() == "November 2026: 1 of 12 KPIs not entered"
    banner.enter_button.click()
    grid = window.data_entry
    assert grid.segment() is not None and grid.segment().name == "Telliskivi"
    current = grid.table.currentIndex()
    assert grid.model.kpis[current.row()].name == "Wait time"
    assert grid.model.months[current.column()] == NOV


def test_closing_hides_it_until_the_missing_figures_change(
    window: MainWindow, shop: Workspace
) -> None:
    banner = window.dashboard.banner
    banner.close_button.click()
    assert not banner.isVisible()
    window.state.reload_now()
    assert not banner.isVisible()
    record(shop, "KPI 1", NOV)
    window.state.reload_now()
    assert banner.isVisible()
    assert banner.headline.text() == "November 2026: 3 of 12 KPIs not entered"


def test_nothing_missing_shows_no_banner(window: MainWindow, shop: Workspace) -> None:
    for name in PLAIN[:3]:
        record(shop, name, NOV)
    record(shop, "Wait time", NOV, "Telliskivi")
    window.state.reload_now()
    assert not window.dashboard.banner.isVisible()


def test_the_strip_reads_in_a_light_and_a_dark_palette(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette

    from kpidesk.ui.contrast import contrast

    for window_colour, text in (("#efefef", "#000000"), ("#2b2b2b", "#f0f0f0")):
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Window, QColor(window_colour))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        strip = missing_banner.strip_colour(palette)
        assert contrast(strip, QColor(text)) >= 4.5
        assert strip != QColor(window_colour)
