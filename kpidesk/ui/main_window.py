"""The main window: a navigation bar on the left, one page per view, menus and a status bar.

It owns no data: the views read the AppState's snapshot. Opening another workspace is asked of
the application (`openRequested`), which opens it in a fresh window and closes this one only
when that succeeded.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
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
from kpidesk.ui.charts import ChartPanel
from kpidesk.ui.dashboard.view import DashboardView
from kpidesk.ui.data_entry.view import DataEntryView
from kpidesk.ui.goals.view import GoalsView
from kpidesk.ui.importer import ImportView
from kpidesk.ui.importer.view import SUFFIXES as IMPORT_SUFFIXES
from kpidesk.ui.menus import build_menus
from kpidesk.ui.messages import error_text
from kpidesk.ui.settings_dialog import SettingsDialog
from kpidesk.ui.state import AppState
from kpidesk.usecases.importing import ImportSummary

VIEWS = ("dashboard", "goals", "data_entry", "import", "charts")
_STATUS_SECONDS = 8


class MainWindow(QMainWindow):
    openRequested = Signal(str)
    """The owner chose another workspace (a path)."""

    recent_menu: QMenu
    """File → Open recent, filled each time it opens (built by `build_menus`)."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.dashboard = DashboardView(state)
        self.goals = GoalsView(state)
        self.data_entry = DataEntryView(state)
        self.importer = ImportView(state)
        self.importer.importFinished.connect(self._imported)
        self.setAcceptDrops(True)
        self._charts: ChartPanel | None = None
        self.chart_page = QWidget()
        self._chart_layout = QVBoxLayout(self.chart_page)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        self.view_actions: dict[str, QAction] = {}
        self._build_navigation()
        self.setCentralWidget(self.pages)
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
        self.resize(1280, 800)
        geometry = ui_settings.GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        last = ui_settings.LAST_VIEW.get()
        self.show_view(last if last in VIEWS else "dashboard")

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
        pages = {
            "dashboard": (self.tr("Dashboard"), self.dashboard),
            "goals": (self.tr("Goals"), self.goals),
            "data_entry": (self.tr("Data entry"), self.data_entry),
            "import": (self.tr("Import"), self.importer),
            "charts": (self.tr("Charts"), self.chart_page),
        }
        for number, (name, (title, page)) in enumerate(pages.items(), start=1):
            self.pages.addWidget(page)
            action = QAction(title, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, n=name: self.show_view(n))
            group.addAction(action)
            bar.addAction(action)
            self.view_actions[name] = action
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, bar)

    # --- views --------------------------------------------------------------------------
    @property
    def charts(self) -> ChartPanel:
        """The chart panel, built the first time it is needed (it draws every KPI)."""
        if self._charts is None:
            self._charts = ChartPanel(self.state)
            self._chart_layout.addWidget(self._charts)
        return self._charts

    def page(self, name: str) -> QWidget:
        if name == "charts":
            return self.charts
        pages = {
            "dashboard": self.dashboard,
            "goals": self.goals,
            "data_entry": self.data_entry,
            "import": self.importer,
        }
        return pages[name]

    def current_view(self) -> str:
        return VIEWS[self.pages.currentIndex()]

    def show_view(self, name: str) -> None:
        page = self.page(name)
        self.pages.setCurrentWidget(self.chart_page if name == "charts" else page)
        self.view_actions[name].setChecked(True)
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

    def _dropped_spreadsheet(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        for url in event.mimeData().urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(IMPORT_SUFFIXES):
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_spreadsheet(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_spreadsheet(event)
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

        workspace = self.state.workspace

        def work() -> int:
            with workspace.reading() as session:
                exported, history = load_export(session)
            return export_to_file(exported, path, history)

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
            self.save_workspace_settings(dialog.settings())

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
        self.state.close()
        super().closeEvent(event)
