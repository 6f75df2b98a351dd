"""The problems list: everything wrong with the file, each with its sheet, cell and reason.

Whether a problem stops the import or only leaves one cell out is said in words and with a
symbol, not by colour alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle

from kpidesk.io.plan import Problem, Severity
from kpidesk.ui.messages import translated

COL_SEVERITY, COL_SHEET, COL_CELL, COL_REASON = range(4)
COLUMNS = (
    "",
    QT_TRANSLATE_NOOP("ProblemsModel", "Sheet"),
    QT_TRANSLATE_NOOP("ProblemsModel", "Cell"),
    QT_TRANSLATE_NOOP("ProblemsModel", "Reason"),
)


class ProblemsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        """Refusals first: they are what the owner must fix before importing."""
        self.beginResetModel()
        self._problems = sorted(problems, key=lambda p: p.severity is not Severity.REFUSAL)
        self.endResetModel()

    def problem_at(self, row: int) -> Problem:
        return self._problems[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("ProblemsModel", COLUMNS[section])
                if COLUMNS[section]
                else ""
            )
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        problem = self._problems[index.row()]
        column = index.column()
        refusal = problem.severity is Severity.REFUSAL
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_SEVERITY:
                return (
                    QCoreApplication.translate("ProblemsModel", "Stops the import")
                    if refusal
                    else QCoreApplication.translate("ProblemsModel", "Cell left out")
                )
            if column == COL_SHEET:
                return problem.sheet or "—"
            if column == COL_CELL:
                return problem.cell or "—"
            return translated(problem.message)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{problem.file}: {translated(problem.message)}"
        if role == Qt.ItemDataRole.DecorationRole and column == COL_SEVERITY:
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if refusal
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_SEVERITY:
            return QColor("#c0392b") if refusal else QColor("#b36b00")
        return None
