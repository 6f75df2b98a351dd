"""The month-end routine in the window: the missing-figures banner opens Data entry, the
welcome page's buttons lead to the catalog, an import and the demo, and the reminder.

The reminder needs no background service and no network: the owner chooses a day of the
month in the settings, and the first start on or after that day in a month, when figures are
missing, opens on the dashboard with the banner emphasised, whatever view was left open.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.orm import Session

from kpidesk.domain.month import Month
from kpidesk.store.refresh import Touched
from kpidesk.ui import settings as ui_settings
from kpidesk.ui.dashboard import missing_banner
from kpidesk.ui.messages import error_text

if TYPE_CHECKING:
    from kpidesk.ui.main_window import MainWindow


def reminder_due(today: date, on: bool, day: int, last_reminded: str) -> bool:
    """Whether today's start is the month's first on or after the reminder's day."""
    return on and today.day >= day and last_reminded != str(Month(today.year, today.month))


def attach_month_end(window: MainWindow) -> None:
    """Connect the banner and the welcome page to the window's views, then remind."""
    window.dashboard.banner.enterRequested.connect(
        lambda month, segment, kpi: enter_figures(window, month, segment, kpi)
    )
    welcome = window.dashboard_page.welcome
    welcome.catalogRequested.connect(lambda: add_from_catalog(window))
    welcome.importRequested.connect(window.import_dialog)
    welcome.demoRequested.connect(lambda: open_demo(window))
    welcome.entryRequested.connect(lambda: enter_first_figures(window))
    remind(window)


def enter_figures(window: MainWindow, month: Month, segment: str | None, kpi: str | None) -> None:
    """Data entry at the month (and segment), the cursor on the first missing KPI."""
    window.show_view("data_entry")
    window.data_entry.go_to(month, segment, kpi)


def enter_first_figures(window: MainWindow) -> None:
    """Data entry at last month, the one an owner starting now has figures for."""
    today = missing_banner.today()
    enter_figures(window, Month(today.year, today.month) - 1, None, None)


def add_from_catalog(window: MainWindow) -> None:
    """Goals, with its catalog picker open: the way Goals adds KPIs."""
    window.show_view("goals")
    window.goals.add_from_catalog()


def open_demo(window: MainWindow) -> None:
    """Fill the empty workspace with the demo business on the worker; the snapshot that
    follows shows the dashboard in the welcome page's place."""
    from kpidesk.ui.language import interface_language

    page = window.dashboard_page.welcome
    lang = interface_language()

    def fill(session: Session) -> tuple[int, Touched]:
        from kpidesk.domain.demo import build_demo
        from kpidesk.store.demo_fill import fill_demo

        demo = build_demo(lang)
        count = fill_demo(session, demo, workspace_name=demo.business_name)
        return count, Touched(kpis=True, settings=True)

    def failed(error: Exception) -> None:
        page.set_filling(False)
        QMessageBox.warning(
            window,
            QCoreApplication.translate("WelcomePage", "The demo was not opened"),
            error_text(error),
        )

    page.set_filling(True)
    window.state.write(fill, on_error=failed)


def remind(window: MainWindow) -> None:
    """On the month's first start on or after the reminder's day, with figures missing:
    the dashboard, the banner emphasised; remembered, so the month reminds once."""
    today = missing_banner.today()
    due = reminder_due(
        today,
        ui_settings.REMINDER_ON.get(),
        ui_settings.REMINDER_DAY.get(),
        ui_settings.LAST_REMINDED.get(),
    )
    if not due or not window.dashboard.banner.months:
        return
    ui_settings.LAST_REMINDED.set(str(Month(today.year, today.month)))
    window.show_view("dashboard")
    window.dashboard.banner.emphasise()
