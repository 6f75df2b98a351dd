"""A cell's history: every value it had, when it changed, who changed it on which computer,
and where the change came from."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.messages import QT_TRANSLATE_NOOP
from kpidesk.domain.money import convert, display_currency
from kpidesk.domain.month import Month
from kpidesk.store.figures import cell_history
from kpidesk.store.models import TOTAL_SEGMENT
from kpidesk.ui.formatting import format_moment, format_month, format_value
from kpidesk.ui.messages import error_text
from kpidesk.ui.rows_model import RowsModel
from kpidesk.ui.state import AppState
from kpidesk.ui.typed_value import format_typed

COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryModel", "When"),
    QT_TRANSLATE_NOOP("HistoryModel", "Before"),
    QT_TRANSLATE_NOOP("HistoryModel", "After"),
    QT_TRANSLATE_NOOP("HistoryModel", "Who"),
    QT_TRANSLATE_NOOP("HistoryModel", "Computer"),
    QT_TRANSLATE_NOOP("HistoryModel", "From"),
    QT_TRANSLATE_NOOP("HistoryModel", "Undone"),
)
_SOURCES = {
    "data entry": QT_TRANSLATE_NOOP("HistoryModel", "data entry"),
    "command line": QT_TRANSLATE_NOOP("HistoryModel", "command line"),
    "demo": QT_TRANSLATE_NOOP("HistoryModel", "demo"),
    "import": QT_TRANSLATE_NOOP("HistoryModel", "import"),
    "edit": QT_TRANSLATE_NOOP("HistoryModel", "edit"),
    "target": QT_TRANSLATE_NOOP("HistoryModel", "target"),
}


def source_label(kind: str, source: str) -> str:
    """Where a change came from, in the interface language.

    The store keeps English words ("data entry", "demo", "command line") or, for an import,
    the file's name; the name is shown as it is, a known word translated, anything else as
    stored (a workspace written by another version).
    """
    if kind == "import" and source:
        return source
    stored = source or kind
    word = _SOURCES.get(stored)
    return QCoreApplication.translate("HistoryModel", word) if word else stored


class HistoryModel(RowsModel[tuple[str, ...]]):
    CONTEXT = "HistoryModel"
    COLUMNS = COLUMNS

    def set_history(self, rows: list[tuple[str, ...]]) -> None:
        self.set_rows(rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        return None


class CellHistoryDialog(QDialog):
    """Loads the history off the GUI thread and lists it, newest first."""

    def __init__(
        self,
        state: AppState,
        kpi: KpiDefinition,
        month: Month,
        parent: Any = None,
        segment: tuple[str, int] | None = None,
    ):
        """`segment` (its name and store id) for a segment's cell; None for the total's."""
        super().__init__(parent)
        title = self.tr("History of {kpi}, {month}").format(
            kpi=kpi.name, month=format_month(month, long=True)
        )
        segment_id = TOTAL_SEGMENT
        if segment is not None:
            title = self.tr("History of {kpi} of {segment}, {month}").format(
                kpi=kpi.name, segment=segment[0], month=format_month(month, long=True)
            )
            segment_id = segment[1]
        self.setWindowTitle(title)
        # Said in the dialog too: a window title is cut or hidden by some desktops, and the
        # owner who opened several histories tells them apart by their cell.
        self.heading = QLabel(title)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel(self.tr("Loading…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 320)
        kpi_id = state.kpi_id(kpi.name)
        workspace = state.workspace

        def load() -> list[tuple[Any, ...]]:
            with workspace.reading() as session:
                return [
                    (
                        c.made_at,
                        r.old_value,
                        r.old_currency,
                        r.new_value,
                        r.new_currency,
                        c.author,
                        c.computer,
                        c.kind,
                        c.source or "",
                        c.undone_at,
                    )
                    for c, r in reversed(cell_history(session, kpi_id, month, segment_id))
                ]

        self.kpi = kpi
        state.runner.run(load, self._loaded, lambda error: self.status.setText(error_text(error)))

    def _row(self, raw: tuple[Any, ...]) -> tuple[str, ...]:
        (
            made_at,
            old_value,
            old_currency,
            new_value,
            new_currency,
            author,
            computer,
            kind,
            source,
            undone_at,
        ) = raw
        kpi = self.kpi
        shown = display_currency(kpi.currency)

        def value(number: float | None, currency: str | None) -> str:
            if number is None:
                return self.tr("(empty)")
            if shown and currency != shown:
                return format_value(kpi, convert(number, currency, shown))
            return format_typed(kpi, number)

        return (
            format_moment(made_at),
            value(old_value, old_currency),
            value(new_value, new_currency),
            author,
            computer,
            source_label(kind, source),
            format_moment(undone_at) if undone_at else "",
        )

    def _loaded(self, raw_rows: list[tuple[Any, ...]]) -> None:
        rows = [self._row(raw) for raw in raw_rows]
        self.model.set_history(rows)
        self.status.setText(
            self.tr("%n change(s), newest first", "", len(rows))
            if rows
            else self.tr("This cell has never had a figure.")
        )
