"""The month-end reminder: the month's first start on or after the chosen day opens on the
dashboard with the missing-figures banner first; a second start that month does not.

The demo's figures end in October 2026; today is 5 December 2026, so November is missing.
"""

from collections.abc import Callable, Iterator
from datetime import date

import pytest

from kpidesk.store.workspace import Workspace
from kpidesk.ui import settings as ui_settings
from kpidesk.ui.dashboard import missing_banner
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.settings_dialog import SettingsDialog
from kpidesk.ui.state import AppState
from kpidesk.ui.welcome.month_end import reminder_due


@pytest.fixture(autouse=True)
def december_fifth(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(missing_banner, "today", lambda: date(2026, 12, 5))


@pytest.fixture
def start(qtbot, demo_workspace: Workspace) -> Iterator[Callable[[], MainWindow]]:  # type: ignore[no-untyped-def]
    """Start the window as kpidesk does, once per call, on the same workspace."""
    states: list[AppState] = []

    def started() -> MainWindow:
        state = AppState(demo_workspace)
        states.append(state)
        window = MainWindow(state)
        qtbot.addWidget(window)
        window.show()
        return window

    yield started
    for state in states:
        state.runner.wait()


def remind_on(day: int) -> None:
    ui_settings.REMINDER_ON.set(True)
    ui_settings.REMINDER_DAY.set(day)
    ui_settings.LAST_VIEW.set("goals")


def test_the_first_start_on_the_day_shows_the_dashboard_with_the_banner(start) -> None:  # type: ignore[no-untyped-def]
    remind_on(5)
    window = start()
    assert window.current_view() == "dashboard"
    banner = window.dashboard.banner
    assert banner.isVisible()
    assert banner.headline.text().startswith("November 2026: 10 of 10 KPIs not entered")
    assert banner.enter_button.isDefault()
    assert window.focusWidget() is banner.enter_button
    assert ui_settings.LAST_REMINDED.get() == "2026-12"


def test_a_second_start_the_same_month_does_not_force_it(start) -> None:  # type: ignore[no-untyped-def]
    remind_on(3)
    assert start().current_view() == "dashboard"
    again = start()
    assert again.current_view() == "goals"
    assert not again.dashboard.banner.enter_button.isDefault()


def test_before_the_day_or_switched_off_nothing_is_forced(start) -> None:  # type: ignore[no-untyped-def]
    remind_on(6)
    assert start().current_view() == "goals"
    ui_settings.REMINDER_ON.set(False)
    ui_settings.REMINDER_DAY.set(1)
    assert start().current_view() == "goals"
    assert ui_settings.LAST_REMINDED.get() == ""


def test_reminder_due_once_a_month_on_or_after_the_day() -> None:
    assert reminder_due(date(2026, 12, 5), True, 5, "2026-11")
    assert reminder_due(date(2026, 12, 20), True, 5, "")
    assert not reminder_due(date(2026, 12, 4), True, 5, "2026-11")
    assert not reminder_due(date(2026, 12, 5), True, 5, "2026-12")
    assert not reminder_due(date(2026, 12, 5), False, 5, "2026-11")


def test_the_settings_dialog_turns_the_reminder_on_at_a_day(qtbot, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    state = AppState(demo_workspace)
    dialog = SettingsDialog(state.snapshot.settings)
    qtbot.addWidget(dialog)
    assert not dialog.reminder_on.isChecked() and not dialog.reminder_day.isEnabled()
    dialog.reminder_on.setChecked(True)
    assert dialog.reminder_day.isEnabled()
    assert (dialog.reminder_day.minimum(), dialog.reminder_day.maximum()) == (1, 28)
    dialog.reminder_day.setValue(25)
    dialog.accept()
    assert ui_settings.REMINDER_ON.get() is True
    assert ui_settings.REMINDER_DAY.get() == 25
