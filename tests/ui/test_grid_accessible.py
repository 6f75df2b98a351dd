"""A screen reader hears what a sighted owner sees in a grid cell: figure, status, note mark."""

from datetime import datetime

from PySide6.QtCore import Qt

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.domain.targets import TargetChange, TargetKind
from kpidesk.ui.data_entry.model import GridModel
from kpidesk.ui.state import AppState


def test_a_cell_speaks_its_figure_status_and_note(qtbot, workspace) -> None:
    sales = KpiDefinition("Sales", Unit.COUNT, decimals=0)
    card = Scorecard(
        [sales],
        {"sales": {Month(2026, 3): Figure(1200, note="Fair week"), Month(2026, 4): Figure(850)}},
        {"sales": [TargetChange(TargetKind.MONTHLY, Month(2026, 1), 1000, datetime(2026, 1, 1))]},
    )
    model = GridModel(AppState(workspace))
    model.load(card, 2026, kpi_ids={"sales": 1})
    spoken = [model.index(0, m).data(Qt.ItemDataRole.AccessibleTextRole) for m in (2, 3, 4)]
    # 1 200 against 1 000 is on track; 850 is 15 % short, past the 10 % tolerance.
    assert spoken == ["1,200, On track, has a note", "850, Off track", "empty"]
