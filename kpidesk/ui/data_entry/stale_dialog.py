"""The question a stale write asks: another desktop changed these cells since you loaded them.

It names who changed each cell, on which computer, to what and when (from the change set that
last set it), beside the figure the owner typed, and offers both: keep theirs, or write
mine over it. A paste asks once for all its changed cells.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QMessageBox, QWidget

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.ui.data_entry.model import StaleWrite
from kpidesk.ui.formatting import format_moment, format_month, format_number, format_value
from kpidesk.usecases.stale_figures import StaleCell

_MAX_LISTED = 3


class StaleDialog(QMessageBox):
    """Asks whether to keep the other desktop's figures or write the owner's; `mine` says
    which was chosen once it is closed (Escape keeps theirs)."""

    def __init__(
        self, stale: StaleWrite, kpis: Mapping[int, KpiDefinition], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.stale = stale
        self._kpis = kpis
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Changed on another desktop"))
        cells = stale.cells
        if len(cells) == 1:
            self.setText(self._sentence(cells[0]))
            self.setInformativeText(
                self.tr("Yours: {figure}").format(
                    figure=self._figure(cells[0], self._typed(cells[0]))
                )
            )
            theirs, mine = self.tr("Keep theirs"), self.tr("Use mine")
        else:
            self.setText(
                self.tr(
                    "%n of the figures you are saving changed after you loaded them.",
                    "",
                    len(cells),
                )
            )
            listed = [f"• {self._sentence(cell)}" for cell in cells[:_MAX_LISTED]]
            more = len(cells) - _MAX_LISTED
            if more > 0:
                listed.append(self.tr("(and %n more)", "", more))
            self.setInformativeText("\n".join(listed))
            theirs, mine = self.tr("Keep theirs for all"), self.tr("Use mine for all")
        self.theirs_button = self.addButton(theirs, QMessageBox.ButtonRole.RejectRole)
        self.mine_button = self.addButton(mine, QMessageBox.ButtonRole.AcceptRole)
        self.setDefaultButton(self.theirs_button)
        self.setEscapeButton(self.theirs_button)

    @property
    def mine(self) -> bool:
        return self.clickedButton() is self.mine_button

    def _sentence(self, cell: StaleCell) -> str:
        who = cell.author or self.tr("Someone")
        computer = cell.computer or self.tr("another computer")
        when = format_moment(cell.made_at) if cell.made_at else self.tr("an unknown time")
        where = format_month(cell.month, long=True)
        if cell.value is None:
            return self.tr(
                "{who} on {computer} cleared {kpi}, {month} at {time} after you loaded it."
            ).format(who=who, computer=computer, kpi=cell.kpi_name, month=where, time=when)
        return self.tr(
            "{who} on {computer} changed {kpi}, {month} to {value} at {time} after you loaded it."
        ).format(
            who=who,
            computer=computer,
            kpi=cell.kpi_name,
            month=where,
            value=self._figure(cell, cell.value),
            time=when,
        )

    def _typed(self, cell: StaleCell) -> float | None:
        return next(
            w.value
            for w in self.stale.writes
            if (w.kpi_id, w.month, w.segment_id) == (cell.kpi_id, cell.month, cell.segment_id)
        )

    def _figure(self, cell: StaleCell, value: float | None) -> str:
        if value is None:
            return self.tr("empty")
        kpi = self._kpis.get(cell.kpi_id)
        return format_value(kpi, value) if kpi is not None else format_number(value, 2)
