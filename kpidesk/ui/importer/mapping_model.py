"""The mapping table: each label of the file and the KPI it goes to.

A label starts as the workspace resolves it (matched by name, alias or an earlier import's
mapping; ignored last time; or not known). The owner can map it to an existing KPI, have a new
KPI created for it, or ignore it. Choices are kept by label across re-reads of the file, so
switching the sheet or the layout does not lose them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kpidesk.domain.messages import QT_TRANSLATE_NOOP
from kpidesk.ui.rows_model import RowsModel
from kpidesk.usecases.import_mapping import LabelResolution

COL_LABEL, COL_KPI, COL_HOW = range(3)
COLUMNS = (
    QT_TRANSLATE_NOOP("MappingModel", "Label in the file"),
    QT_TRANSLATE_NOOP("MappingModel", "Goes to"),
    QT_TRANSLATE_NOOP("MappingModel", "How"),
)
CREATE = "create"
IGNORE = "ignore"
UNSET = ""
KPI_PREFIX = "kpi:"
"""Choices are strings: `kpi:<name>`, `create`, `ignore`, or "" for not yet decided."""


def kpi_choice(name: str) -> str:
    return f"{KPI_PREFIX}{name}"


def choice_text(choice: str) -> str:
    """How a choice reads in the table and in the combo."""
    if choice.startswith(KPI_PREFIX):
        return choice.removeprefix(KPI_PREFIX)
    if choice == CREATE:
        return QCoreApplication.translate("MappingModel", "＋ Create new KPI")
    if choice == IGNORE:
        return QCoreApplication.translate("MappingModel", "Ignore")
    return QCoreApplication.translate("MappingModel", "⚠ Choose a KPI…")


@dataclass(slots=True)
class MappingRow:
    label: str
    found: str
    """What the workspace alone says: a `kpi:` choice, IGNORE, or UNSET (unknown label)."""
    owner: str | None = None
    """The owner's choice, or None to keep what was found."""

    @property
    def choice(self) -> str:
        return self.owner if self.owner is not None else self.found


class MappingModel(RowsModel[MappingRow]):
    CONTEXT = "MappingModel"
    COLUMNS = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._owner: dict[str, str] = {}

    def set_labels(self, labels: list[str], found: LabelResolution) -> None:
        """Show a freshly read file's labels; earlier choices for the same labels stay, except
        "create" for a label that now matches a KPI."""
        rows = []
        for label in labels:
            if label in found.matched:
                resolved = kpi_choice(found.matched[label])
            elif label in found.ignored:
                resolved = IGNORE
            else:
                resolved = UNSET
            owner = self._owner.get(label)
            if owner == CREATE and resolved != UNSET:
                owner = None
            rows.append(MappingRow(label, resolved, owner))
        self.set_rows(rows)

    def forget_choices(self) -> None:
        """After an import the workspace remembers the choices itself (as label mappings),
        and labels it created are KPIs now; the next resolution starts from that."""
        self._owner.clear()

    def choices_for(self, row: int) -> list[str]:
        """What a label may be mapped to besides existing KPIs: a new KPI only for a label
        that matches none (creating one beside a match would make a duplicate name)."""
        found = self._rows[row].found
        return [CREATE, IGNORE] if found == UNSET else [IGNORE]

    def unmapped(self) -> list[str]:
        return [row.label for row in self._rows if row.choice == UNSET]

    def corrections(self) -> dict[str, str | None]:
        """The owner's choices as `ImportOptions.corrections`; labels not decided yet are left
        out of the preview (as if ignored) while the view refuses to import them."""
        result: dict[str, str | None] = {}
        for row in self._rows:
            if row.choice.startswith(KPI_PREFIX) and row.owner is not None:
                result[row.label] = row.choice.removeprefix(KPI_PREFIX)
            elif row.choice in (IGNORE, UNSET):
                result[row.label] = None
        return result

    def create_kpis(self) -> bool:
        return any(row.choice == CREATE for row in self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_KPI:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.label, choice_text(row.choice), self._how(row))[column]
        if role == Qt.ItemDataRole.EditRole and column == COL_KPI:
            return row.choice
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_LABEL:
            return row.label
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_KPI:
            return QCoreApplication.translate(
                "MappingModel", "Double-click to choose the KPI this label goes to"
            )
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or index.column() != COL_KPI or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        choice = str(value)
        row.owner = None if choice == row.found else choice
        if row.owner is None:
            self._owner.pop(row.label, None)
        else:
            self._owner[row.label] = choice
        self.dataChanged.emit(self.index(index.row(), COL_KPI), self.index(index.row(), COL_HOW))
        return True

    def _how(self, row: MappingRow) -> str:
        if row.owner is not None:
            return QCoreApplication.translate("MappingModel", "your choice")
        if row.found == IGNORE:
            return QCoreApplication.translate("MappingModel", "ignored last time")
        if row.found == UNSET:
            return QCoreApplication.translate("MappingModel", "not a KPI yet")
        return QCoreApplication.translate("MappingModel", "found")
