"""The problems list: everything wrong with the file, each with its sheet, cell and reason.

Whether a problem stops the import or only leaves one cell out is said in words and with a
symbol, not by colour alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle

from kpidesk.domain.messages import QT_TRANSLATE_NOOP
from kpidesk.io.plan import Problem, Severity
from kpidesk.ui.messages import translated
from kpidesk.ui.rows_model import RowsModel

COL_SEVERITY, COL_SHEET, COL_CELL, COL_REASON = range(4)
COLUMNS = (
    "",
    QT_TRANSLATE_NOOP("ProblemsModel", "Sheet"),
    QT_TRANSLATE_NOOP("ProblemsModel", "Cell"),
    QT_TRANSLATE_NOOP("ProblemsModel", "Reason"),
)


class ProblemsModel(RowsModel[Problem]):
    CONTEXT = "ProblemsModel"
    COLUMNS = COLUMNS

    def set_problems(self, problems: list[Problem]) -> None:
        """Refusals first: they are what the owner must fix before importing."""
        self.set_rows(sorted(problems, key=lambda p: p.severity is not Severity.REFUSAL))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        problem = self._rows[index.row()]
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
