"""The workspace history as a table: every change, newest first, with its number, when it was
made (in the interface's locale), who made it, on which computer, what it touched, and whether
it is undone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kpidesk.domain.messages import QT_TRANSLATE_NOOP
from kpidesk.domain.month import Month
from kpidesk.store.history import ChangeEntry
from kpidesk.ui.data_entry.history_dialog import source_label
from kpidesk.ui.formatting import format_moment, format_month
from kpidesk.ui.rows_model import RowsModel

CONTEXT = "ChangesModel"
COL_ID, COL_WHEN, COL_WHO, COL_COMPUTER, COL_WHAT, COL_STATE = range(6)
COLUMNS = (
    QT_TRANSLATE_NOOP("ChangesModel", "No."),
    QT_TRANSLATE_NOOP("ChangesModel", "When"),
    QT_TRANSLATE_NOOP("ChangesModel", "Who"),
    QT_TRANSLATE_NOOP("ChangesModel", "Computer"),
    QT_TRANSLATE_NOOP("ChangesModel", "What"),
    QT_TRANSLATE_NOOP("ChangesModel", "State"),
)
_KINDS = {
    "edit": QT_TRANSLATE_NOOP("ChangesModel", "Figures"),
    "import": QT_TRANSLATE_NOOP("ChangesModel", "Import"),
    "target": QT_TRANSLATE_NOOP("ChangesModel", "Target"),
    "kpi": QT_TRANSLATE_NOOP("ChangesModel", "KPI definition"),
    "demo": QT_TRANSLATE_NOOP("ChangesModel", "Demo business"),
    "segment": QT_TRANSLATE_NOOP("ChangesModel", "Segments"),
}
_SOURCES = {"catalog": QT_TRANSLATE_NOOP("ChangesModel", "from the catalog")}
_NAMES_SHOWN = 3
"""How many KPI names a row lists before "and N more"; the tooltip lists them all."""


def _tr(text: str) -> str:
    """A word marked with QT_TRANSLATE_NOOP above, in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


class ChangesModel(RowsModel[ChangeEntry]):
    CONTEXT = CONTEXT
    COLUMNS = COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_WHEN:
                return format_moment(entry.made_at, long=True)
            if column == COL_WHAT:
                names = entry.kpi_names
                more = len(names) > _NAMES_SHOWN
                return "\n".join([self.what(entry), *(names if more else ())])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ID:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, entry: ChangeEntry, column: int) -> str:
        if column == COL_ID:
            return str(entry.id)  # as `kpidesk undo` takes it, not grouped
        if column == COL_WHEN:
            return format_moment(entry.made_at)
        if column == COL_WHO:
            return entry.author or "—"
        if column == COL_COMPUTER:
            return entry.computer or "—"
        if column == COL_WHAT:
            return self.what(entry)
        if entry.undone_at is not None:
            return self.tr("↶ Undone {when}").format(when=format_moment(entry.undone_at))
        return self.tr("In effect")

    def what(self, entry: ChangeEntry) -> str:
        """`Figures · data entry · 2 figure(s) · Jan 2025 – Mar 2025 · Revenue`, in the
        interface language: the kind and where it came from, what it touched, in which months,
        and of which KPIs (the longest part, so last, where a narrow column cuts it)."""
        kind = _KINDS.get(entry.kind)
        parts = [_tr(kind) if kind else entry.kind]
        if entry.source and entry.kind != "demo":  # the demo's source says "demo" again
            source = _SOURCES.get(entry.source)
            parts.append(_tr(source) if source else source_label(entry.kind, entry.source))
        figures, targets, kpis = entry.figures, entry.targets, entry.kpis
        if figures:
            parts.append(self.tr("%n figure(s)", "", figures))
        if targets:
            parts.append(self.tr("%n target(s)", "", targets))
        if kpis:
            parts.append(self.tr("%n KPI definition(s)", "", kpis))
        if entry.segments:
            parts.append(self.tr("%n segment definition(s)", "", entry.segments))
        if entry.first_month and entry.last_month:
            first = format_month(Month.parse(entry.first_month))
            last = format_month(Month.parse(entry.last_month))
            parts.append(first if first == last else f"{first} – {last}")
        names = list(entry.kpi_names)
        if len(names) > _NAMES_SHOWN:
            more = len(names) - _NAMES_SHOWN
            shown = ", ".join(names[:_NAMES_SHOWN])
            parts.append(self.tr("{names} and %n more", "", more).format(names=shown))
        elif names:
            parts.append(", ".join(names))
        if entry.segment_names:
            parts.append(", ".join(entry.segment_names))
        return " · ".join(parts)

    def row_of(self, change_id: int) -> int | None:
        for row, entry in enumerate(self._rows):
            if entry.id == change_id:
                return row
        return None
