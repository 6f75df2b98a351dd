"""A grid cell as the data-entry model holds it and how the scorecard makes one, and a step
refused because its cells changed."""

from __future__ import annotations

from dataclasses import dataclass

from kpidesk.domain.kpi import KpiDefinition
from kpidesk.domain.month import Month
from kpidesk.domain.progress import Status
from kpidesk.domain.scorecard import Scorecard
from kpidesk.store.figures import CellWrite
from kpidesk.usecases.stale_figures import StaleCell


@dataclass(frozen=True, slots=True)
class Cell:
    value: float | None
    status: Status
    note: str
    target: float | None
    converted: bool = False
    """Entered in leva and shown in euro."""
    derived: bool = False
    """A business total its segments make: read-only, typed per segment."""
    coverage: tuple[int, int] = (0, 0)
    """For a derived total: (segments it covers, segments expected)."""


CellKey = tuple[int, Month, int]
"""A grid cell in the store: KPI id, month, segment id."""


def cell_key(write: CellWrite) -> CellKey:
    return (write.kpi_id, write.month, write.segment_id)


@dataclass(frozen=True, slots=True)
class StaleWrite:
    """A step refused because cells changed under it: what it wrote, what it expected there,
    and the cells that hold something else now, for the owner to choose."""

    text: str
    writes: list[CellWrite]
    expected: dict[CellKey, float | None]
    cells: list[StaleCell]

    def again(self, mine: bool) -> tuple[list[CellWrite], dict[CellKey, float | None]]:
        """The writes to make now, expecting what the cells hold: all of them (`mine`), or
        all but the cells the other desktop changed."""
        theirs = {(cell.kpi_id, cell.month, cell.segment_id): cell.value for cell in self.cells}
        writes = [w for w in self.writes if mine or cell_key(w) not in theirs]
        expected = {**self.expected, **theirs}
        return writes, {cell_key(w): expected[cell_key(w)] for w in writes}


def cell_of(scorecard: Scorecard, kpi: KpiDefinition, month: Month) -> Cell:
    """A cell as the scorecard has it: figure, status, note, target."""
    value = scorecard.value(kpi.name, month)
    target = scorecard.target(kpi.name, month)
    return Cell(
        value,
        scorecard.month_status(kpi.name, month),
        scorecard.note(kpi.name, month),
        target,
        scorecard.is_converted(kpi.name, month),
    )


def total_cell(scorecard: Scorecard, kpi: KpiDefinition, month: Month) -> Cell:
    """A business-total cell: for a KPI tracked by a set, derived from its segments
    wherever one of them has a figure that month."""
    cell = cell_of(scorecard, kpi, month)
    if kpi.is_formula or scorecard.set_of(kpi.name) is None:
        return cell
    by_segment = scorecard.segment_figures.get(kpi.key, {}).values()
    if not any(month in figures for figures in by_segment):
        return cell
    return Cell(
        cell.value,
        cell.status,
        "",
        cell.target,
        derived=True,
        coverage=scorecard.coverage(kpi.name, month),
    )
