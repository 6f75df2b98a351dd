"""The empty-workspace start: what to do first, as three big buttons, instead of a dashboard
with nothing in it.

A workspace without KPIs has no month to pick, no row and no chart; an owner opening kpidesk
for the first time needs the way in instead: KPIs from the catalog, their own spreadsheet, or
the demo business to look around in. `WelcomeStack` shows this page in the dashboard's place
while the workspace has no KPIs, the way to its first figures while its KPIs have none, and
the dashboard as soon as there is a figure to show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kpidesk.store.loading import Snapshot
from kpidesk.ui.contrast import hint_label
from kpidesk.ui.state import AppState

_BUTTON_HEIGHT = 48
_BUTTON_CHARACTERS = 34
"""The buttons' width in average characters: the longest label in any language fits."""


class WelcomePage(QWidget):
    catalogRequested = Signal()
    importRequested = Signal()
    demoRequested = Signal()
    entryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Start tracking your business"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation = hint_label(
            self.tr(
                "This workspace has no KPIs yet. Pick them from the catalog, bring in the "
                "spreadsheet you keep, or look around in a demo business first."
            )
        )
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        width = self.explanation.fontMetrics().averageCharWidth() * 72
        self.explanation.setFixedWidth(width)
        self.explanation.setMinimumHeight(self.explanation.heightForWidth(width))
        self.catalog_button = self._button(self.tr("Add KPIs from the catalog…"))
        self.import_button = self._button(self.tr("Import a spreadsheet…"))
        self.demo_button = self._button(self.tr("Open the demo business"))
        self.entry_button = self._button(self.tr("Type the month's figures"))
        self.catalog_button.clicked.connect(self.catalogRequested)
        self.import_button.clicked.connect(self.importRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        self.entry_button.clicked.connect(self.entryRequested)
        self.catalog_button.setDefault(True)
        widest = max(button.minimumWidth() for button in self._all_buttons())
        for button in self._all_buttons():
            button.setMinimumWidth(widest)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(8)
        layout.addWidget(self.explanation, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(20)
        for button in self._all_buttons():
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self._awaiting_figures = False
        self.entry_button.hide()

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(_BUTTON_HEIGHT)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        button.setFont(font)
        metrics = button.fontMetrics()
        wanted = metrics.horizontalAdvance(text) + 4 * metrics.averageCharWidth()
        button.setMinimumWidth(max(wanted, metrics.averageCharWidth() * _BUTTON_CHARACTERS))
        return button

    def _all_buttons(self) -> list[QPushButton]:
        return [self.entry_button, self.catalog_button, self.import_button, self.demo_button]

    def buttons(self) -> list[QPushButton]:
        """The buttons shown: with no KPIs, the catalog, an import and the demo; with KPIs
        but no figure yet, typing them, an import and more KPIs (the demo fills only an
        empty workspace)."""
        return [button for button in self._all_buttons() if not button.isHidden()]

    def await_figures(self, awaiting: bool) -> None:
        """Show the page for a workspace whose KPIs have no figure yet, or for one with
        no KPIs at all."""
        if awaiting == self._awaiting_figures:
            return
        self._awaiting_figures = awaiting
        self.entry_button.setVisible(awaiting)
        self.demo_button.setVisible(not awaiting)
        self.entry_button.setDefault(awaiting)
        self.catalog_button.setDefault(not awaiting)
        self.title.setText(
            self.tr("Your KPIs are ready") if awaiting else self.tr("Start tracking your business")
        )
        self.explanation.setText(
            self.tr(
                "They have no figures yet. Type last month's figures, or bring them in from "
                "the spreadsheet you keep; the dashboard shows them at once."
            )
            if awaiting
            else self.tr(
                "This workspace has no KPIs yet. Pick them from the catalog, bring in the "
                "spreadsheet you keep, or look around in a demo business first."
            )
        )
        self.explanation.setMinimumHeight(self.explanation.heightForWidth(self.explanation.width()))

    def set_filling(self, filling: bool) -> None:
        """While the demo is being written: the buttons wait, and the demo's says why."""
        for button in self.buttons():
            button.setEnabled(not filling)
        filling_text = self.tr("Filling in the demo business…")
        self.demo_button.setText(filling_text if filling else self.tr("Open the demo business"))


class WelcomeStack(QStackedWidget):
    """The dashboard's place in the window: the welcome page while the workspace has no
    KPIs, else the dashboard."""

    def __init__(self, state: AppState, dashboard: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.welcome = WelcomePage()
        self.dashboard = dashboard
        self.addWidget(self.welcome)
        self.addWidget(dashboard)
        state.snapshotChanged.connect(self.show_snapshot)
        self.show_snapshot(state.snapshot)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        card = snapshot.scorecard
        no_figures = card.latest_month() is None
        self.welcome.await_figures(bool(card.kpis) and no_figures)
        self.setCurrentWidget(self.welcome if no_figures else self.dashboard)
        if card.kpis:
            self.welcome.set_filling(False)
