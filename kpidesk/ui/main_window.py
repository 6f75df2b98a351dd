"""The main window: a navigation bar on the left, one page per view, menus and a status bar.

It owns no data: the views read the AppState's snapshot. Opening another workspace is asked of
the application (`openRequested`), which opens it in a fresh window and closes this one only
when that succeeded. Only the dashboard is built at start-up; every other view (and what it
imports: pyqtgraph for the charts, the import machinery) is built the first time it is shown,
so the first paint waits on nothing it does not show.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kpidesk import __version__
from kpidesk.store.engine import WORKSPACE_SUFFIX
from kpidesk.store.loading import Snapshot
from kpidesk.store.refresh import Touched
from kpidesk.store.settings import WorkspaceSettings, save_settings
from kpidesk.ui import settings as ui_settings
from kpidesk.ui.backup.actions import BackupActions
from kpidesk.ui.dashboard.view import DashboardView
from kpidesk.ui.dropped_files import dropped_spreadsheet
from kpidesk.ui.focus import focus_view, order_chart_controls
from kpidesk.ui.history.author import apply_author
from kpidesk.ui.live import LiveWatcher
from kpidesk.ui.menus import build_menus
from kpidesk.ui.messages import error_text
from kpidesk.ui.navigation_keys import NavigationKeys
from kpidesk.ui.settings_dialog import SettingsDialog
from kpidesk.ui.state import AppState
from kpidesk.ui.welcome.month_end import attach_month_end
from kpidesk.ui.welcome.page import WelcomeStack

if TYPE_CHECKING:
    from kpidesk.ui.charts import ChartPanel
    from kpidesk.ui.data_entry.view import DataEntryView
    from kpidesk.ui.goals.view import GoalsView
    from kpidesk.ui.history.view import WorkspaceHistoryDialog
    from kpidesk.ui.importer import ImportView
    from kpidesk.ui.leaderboard.view import LeaderboardView
    from kpidesk.usecases.importing import ImportSummary

VIEWS = ("dashboard", "goals", "data_entry", "import", "charts", "leaderboard")
_STATUS_SECONDS = 8


class MainWindow(QMainWindow):
    openRequested = Signal(str)
    """The owner chose another workspace (a path)."""

    recent_menu: QMenu
    """File → Open recent, filled each time it opens (built by `build_menus`)."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.live = LiveWatcher(state)
        """Shows what other desktops write to the workspace within a few seconds."""
        apply_author(state.workspace)
        self.history_dialog: WorkspaceHistoryDialog | None = None
        self.dashboard = DashboardView(state)
        self.dashboard_page = WelcomeStack(state, self.dashboard)
        """The dashboard, or while the workspace has no KPIs the welcome page in its place."""
        self._views: dict[str, QWidget] = {"dashboard": self.dashboard}
        self._holders: dict[str, QWidget] = {"dashboard": self.dashboard_page}
        self.setAcceptDrops(True)
        self.pages = QStackedWidget()
        self.view_actions: dict[str, QAction] = {}
        self._build_navigation()
        self.setCentralWidget(self.pages)
        self.backups = BackupActions(self)
        self.actions_by_name = build_menus(self)
        self.busy = QLabel()
        self.statusBar().addPermanentWidget(self.busy)
        self.dashboard.kpiActivated.connect(self.open_chart)
        state.snapshotChanged.connect(self._on_snapshot)
        state.errorRaised.connect(self._show_error)
        state.busyChanged.connect(
            lambda busy: self.busy.setText(self.tr("Saving…") if busy else "")
        )
        self._on_snapshot(state.snapshot)
        self.resize(_first_size(self))
        geometry = ui_settings.GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        last = ui_settings.LAST_VIEW.get()
        self.show_view(last if last in VIEWS else "dashboard")
        attach_month_end(self)

    def _build_navigation(self) -> None:
        bar = QToolBar(self.tr("Views"))
        bar.setObjectName("navigation")
        bar.setMovable(False)
        bar.setOrientation(Qt.Orientation.Vertical)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setIconSize(QSize(0, 0))
        bar.setStyleSheet(
            "QToolBar { spacing: 2px; padding: 6px; }"
            "QToolButton { padding: 8px 12px; min-width: 96px; text-align: left; }"
            "QToolButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-radius: 4px; }"
        )
        group = QActionGroup(self)
        titles = {
            "dashboard": self.tr("Dashboard"),
            "goals": self.tr("Goals"),
            "data_entry": self.tr("Data entry"),
            "import": self.tr("Import"),
            "charts": self.tr("Charts"),
            "leaderboard": self.tr("Leaderboard"),
        }
        for number, (name, title) in enumerate(titles.items(), start=1):
            self.pages.addWidget(self._holder(name))
            action = QAction(title, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, n=name: self.show_view(n))
            group.addAction(action)
            bar.addAction(action)
            self.view_actions[name] = action
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, bar)
        self.navigation_keys = NavigationKeys(bar, list(self.view_actions.values()))

    # --- views --------------------------------------------------------------------------
    def _holder(self, name: str) -> QWidget:
        """The page a view sits in: the dashboard itself, or an empty page the view is put
        into when it is first built."""
        holder = self._holders.get(name)
        if holder is None:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders[name] = holder
        return holder

    def is_built(self, name: str) -> bool:
        """Whether the view has been built (shown, or asked for, at least once)."""
        return name in self._views

    def page(self, name: str) -> QWidget:
        """The view, built now if it has not been yet."""
        view = self._views.get(name)
        if view is None:
            view = self._build_view(name)
            self._views[name] = view
            layout = self._holder(name).layout()
            assert layout is not None
            layout.addWidget(view)
            if name == "charts":
                order_chart_controls(self.charts)  # placed first: an order set before is lost
        return view

    def _build_view(self, name: str) -> QWidget:
        if name == "goals":
            from kpidesk.ui.goals.view import GoalsView

            return GoalsView(self.state)
        if name == "data_entry":
            from kpidesk.ui.data_entry.view import DataEntryView

            return DataEntryView(self.state)
        if name == "import":
            from kpidesk.ui.importer import ImportView

            importer = ImportView(self.state)
            importer.importFinished.connect(self._imported)
            return importer
        if name == "leaderboard":
            from kpidesk.ui.leaderboard.view import LeaderboardView

            return LeaderboardView(self.state)
        from kpidesk.ui.charts import ChartPanel

        return ChartPanel(self.state)

    @property
    def goals(self) -> GoalsView:
        return cast("GoalsView", self.page("goals"))

    @property
    def data_entry(self) -> DataEntryView:
        return cast("DataEntryView", self.page("data_entry"))

    @property
    def importer(self) -> ImportView:
        return cast("ImportView", self.page("import"))

    @property
    def charts(self) -> ChartPanel:
        return cast("ChartPanel", self.page("charts"))

    @property
    def leaderboard(self) -> LeaderboardView:
        return cast("LeaderboardView", self.page("leaderboard"))

    def current_view(self) -> str:
        return VIEWS[self.pages.currentIndex()]

    def show_view(self, name: str) -> None:
        self.page(name)
        self.pages.setCurrentWidget(self._holder(name))
        self.view_actions[name].setChecked(True)
        focus_view(self._holder(name), self._views[name])
        on_grid = name == "data_entry"
        for key in ("cut", "copy", "paste", "delete"):
            self.actions_by_name[key].setEnabled(on_grid)

    def open_chart(self, kpi_name: str) -> None:
        """Show one KPI's chart (the dashboard's Enter and double click)."""
        self.charts.show_kpi(kpi_name)
        self.show_view("charts")

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        settings = snapshot.settings
        names = [n for n in (settings.business_name, settings.workspace_name) if n]
        self.setWindowTitle(" — ".join([*dict.fromkeys(names), "kpidesk"]))

    def _show_error(self, text: str) -> None:
        self.statusBar().showMessage(text, _STATUS_SECONDS * 1000)

    # --- File menu ----------------------------------------------------------------------
    def _workspace_filter(self) -> str:
        return self.tr("kpidesk workspaces (*{suffix});;All files (*)").format(
            suffix=WORKSPACE_SUFFIX
        )

    def new_workspace(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New workspace"), "", self._workspace_filter()
        )
        if path:
            if not path.endswith(WORKSPACE_SUFFIX):
                path += WORKSPACE_SUFFIX
            if Path(path).exists():
                QMessageBox.warning(
                    self,
                    self.tr("New workspace"),
                    self.tr("{path} already exists; open it instead.").format(path=path),
                )
                return
            self.openRequested.emit(path)

    def open_workspace_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open workspace"), "", self._workspace_filter()
        )
        if path:
            self.openRequested.emit(path)

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import figures"),
            "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.ods *.csv);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Show the import view on a file; nothing is written until the owner confirms."""
        self.show_view("import")
        self.importer.open_file(path)

    def _imported(self, summary: ImportSummary) -> None:
        self.statusBar().showMessage(
            self.tr("Imported %n figure(s).", "", summary.values_imported),
            _STATUS_SECONDS * 1000,
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_spreadsheet(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_spreadsheet(event)
        if path is not None:
            event.acceptProposedAction()
            self.import_file(path)

    def export_dialog(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export"),
            "",
            self.tr("Excel workbook (*.xlsx);;CSV, one row per KPI and month (*.csv)"),
        )
        if path:
            if Path(path).suffix.lower() not in (".xlsx", ".csv"):
                path += ".csv" if "csv" in chosen.lower() else ".xlsx"
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the workspace off the GUI thread; the status bar says when it is done."""
        from kpidesk.io.export_file import export_to_file
        from kpidesk.store.loading import load_export
        from kpidesk.store.segment_history import segment_decision_history

        workspace = self.state.workspace

        def work() -> int:
            with workspace.reading() as session:
                exported, history = load_export(session)
                segment_history = segment_decision_history(session)
            return export_to_file(exported, path, history, segment_history)

        def failed(error: Exception) -> None:
            QMessageBox.warning(self, self.tr("Export failed"), error_text(error))

        self.statusBar().showMessage(self.tr("Exporting to {path}…").format(path=path))
        self.state.runner.run(
            work,
            lambda count: self.statusBar().showMessage(
                self.tr("Exported %n row(s) to {path}.", "", count).format(path=path),
                _STATUS_SECONDS * 1000,
            ),
            failed,
        )

    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.state.snapshot.settings, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            apply_author(self.state.workspace)
            self.save_workspace_settings(dialog.settings())

    def workspace_history(self) -> WorkspaceHistoryDialog:
        """Show the workspace history beside the window (built on first use)."""
        from kpidesk.ui.history.view import WorkspaceHistoryDialog

        if self.history_dialog is None:
            self.history_dialog = WorkspaceHistoryDialog(self.state, self)
        self.history_dialog.show()
        self.history_dialog.raise_()
        self.history_dialog.activateWindow()
        return self.history_dialog

    def save_workspace_settings(self, chosen: WorkspaceSettings) -> None:
        """Save the settings on the worker; the snapshot then holds them."""

        def save(session: Session) -> tuple[None, Touched]:
            save_settings(session, chosen)
            return None, Touched(settings=True)

        self.state.write(
            save,
            on_error=lambda error: QMessageBox.warning(
                self, self.tr("Not saved"), error_text(error)
            ),
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About kpidesk"),
            self.tr(
                "<b>kpidesk {version}</b><p>Track your business's key performance indicators "
                "month by month: goals, figures and whether each is on track.</p>"
                "<p>Workspace: {workspace}</p>"
            ).format(version=__version__, workspace=self.state.workspace.display_name()),
        )

    # --- closing ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        ui_settings.GEOMETRY.set(self.saveGeometry())
        ui_settings.LAST_VIEW.set(self.current_view())
        self.backups.close()
        super().closeEvent(event)


def _first_size(window: QWidget) -> QSize:
    """1280×800 the first time, but never larger than the screen's free area: on a 1024×700
    screen the window must fit it, not hang over its edge with the last columns cut."""
    wanted = QSize(1280, 800)
    screen = window.screen() or QGuiApplication.primaryScreen()
    return wanted if screen is None else wanted.boundedTo(screen.availableGeometry().size())
