"""Recording figures: one action of the owner is one change set, whichever door it came in by.

The window's grid (typed, pasted, cleared or annotated cells) and `kpidesk record` both call
here, so a figure is kept, and later undone by its change set, the same way from either.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from kpidesk.domain.month import Month
from kpidesk.store.errors import StoreError
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.kpis import require_kpi
from kpidesk.store.segment_cells import segment_id_for
from kpidesk.usecases.stale_figures import Expected, check_unchanged


def record_figures(
    session: Session,
    writes: list[CellWrite],
    *,
    source: str,
    summary: str = "",
    expected: Expected | None = None,
) -> int:
    """Write the figures as one change set in the caller's transaction; returns its id, the
    one undo and redo replay. With `expected` (the figures a window showed in the cells it
    writes), a cell another desktop changed since raises StaleFigure and nothing is written."""
    if expected:
        check_unchanged(session, expected)
    change = start_change(session, "edit", source=source, summary=summary)
    write_figures(session, change, writes)
    return change.id


def record_figure(
    session: Session,
    kpi_name: str,
    month: Month,
    value: float | None,
    note: str | None = None,
    currency: str | None = None,
    *,
    source: str,
    segment: str | None = None,
) -> tuple[str, int]:
    """One month's figure of the KPI named (or aliased) `kpi_name`, of one segment or (None)
    the business as a whole; `value` None clears it (missing, not zero). A formula KPI is
    refused: its figures come from its parts. Returns the KPI's name as kept and the change
    set's id."""
    record = require_kpi(session, kpi_name)
    if record.formula:
        raise StoreError(f"'{record.name}' is computed from its formula; record its parts")
    segment_id = segment_id_for(session, record, segment)
    write = CellWrite(record.id, month, value, note, currency, segment_id)
    return record.name, record_figures(session, [write], source=source)
