"""Stale writes: a figure typed over one that another desktop changed since the window loaded it.

The window sends, with each cell it writes, the figure it showed there (in the currency it
shows, as the grid holds it). Inside the write transaction, after the workspace clock made
writers take turns, each cell is compared with that; a cell that holds something else makes
the whole write refused with who changed it to what and when, so the owner can choose.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.domain.money import convert, display_currency
from kpidesk.domain.month import Month
from kpidesk.domain.plain_numbers import same_figure
from kpidesk.store.errors import StoreError
from kpidesk.store.models import (
    TOTAL_SEGMENT,
    ChangeSet,
    KpiRecord,
    Measurement,
    MeasurementRevision,
)

Expected = Mapping[tuple[int, Month, int], float | None]
"""The figure the window showed in each cell it writes, by KPI id, month and segment id
(`TOTAL_SEGMENT` for the business total; None: empty)."""


@dataclass(frozen=True, slots=True)
class StaleCell:
    """A cell that changed under the window: what it holds now and the change that did it."""

    kpi_id: int
    kpi_name: str
    month: Month
    value: float | None
    """What the cell holds now, in the currency the window shows (None: cleared)."""
    author: str
    computer: str
    made_at: datetime | None
    """When that change was made; None only if no change set is known for the cell."""
    segment_id: int = TOTAL_SEGMENT
    """Whose figure it is: a segment's, or the business total's."""


class StaleFigure(StoreError):
    """Cells changed by another desktop since the window loaded them; nothing was written."""

    def __init__(self, cells: list[StaleCell]) -> None:
        first = cells[0]
        super().__init__(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{author} changed {kpi}, {month} after you loaded it; nothing was saved",
                ),
                author=first.author,
                kpi=first.kpi_name,
                month=first.month,
            )
        )
        self.cells = cells


def check_unchanged(session: Session, expected: Expected) -> None:
    """Raise StaleFigure for the cells that no longer hold what the window showed."""
    if not expected:
        return
    kpis = _kpis(session, {kpi_id for kpi_id, _, _ in expected})
    held = _held(session, set(kpis))
    stale = [
        (kpi_id, month, segment_id, now)
        for (kpi_id, month, segment_id), shown in expected.items()
        if kpi_id in kpis
        and not _same(
            shown, now := _shown(held.get((kpi_id, segment_id, str(month))), kpis[kpi_id][1])
        )
    ]
    if stale:
        raise StaleFigure(
            [
                StaleCell(
                    kpi_id,
                    kpis[kpi_id][0],
                    month,
                    now,
                    *_last_change(session, kpi_id, month, segment_id),
                    segment_id,
                )
                for kpi_id, month, segment_id, now in stale
            ]
        )


def _kpis(session: Session, kpi_ids: set[int]) -> dict[int, tuple[str, str | None]]:
    rows = session.execute(
        select(KpiRecord.id, KpiRecord.name, KpiRecord.currency).where(KpiRecord.id.in_(kpi_ids))
    )
    return {kpi_id: (name, currency) for kpi_id, name, currency in rows}


def _held(
    session: Session, kpi_ids: set[int]
) -> dict[tuple[int, int, str], tuple[float, str | None]]:
    rows = session.execute(
        select(
            Measurement.kpi_id,
            Measurement.segment_id,
            Measurement.month,
            Measurement.value,
            Measurement.currency,
        ).where(Measurement.kpi_id.in_(kpi_ids))
    )
    return {
        (kpi_id, segment_id, month): (value, currency)
        for kpi_id, segment_id, month, value, currency in rows
    }


def _shown(figure: tuple[float, str | None] | None, kpi_currency: str | None) -> float | None:
    """A stored figure as the window shows it: a lev figure in euro, as the scorecard does."""
    if figure is None:
        return None
    return convert(figure[0], figure[1], display_currency(kpi_currency))


def _same(shown: float | None, now: float | None) -> bool:
    if shown is None or now is None:
        return shown is now
    return same_figure(shown, now)


def _last_change(
    session: Session, kpi_id: int, month: Month, segment_id: int
) -> tuple[str, str, datetime | None]:
    """Who last changed the cell, where and when: the change set its figure carries, or for
    a cleared cell the one whose revision cleared it."""
    change_id = session.scalar(
        select(Measurement.change_id).where(
            Measurement.kpi_id == kpi_id,
            Measurement.segment_id == segment_id,
            Measurement.month == str(month),
        )
    )
    if change_id is None:
        change_id = session.scalar(
            select(MeasurementRevision.change_id)
            .where(
                MeasurementRevision.kpi_id == kpi_id,
                MeasurementRevision.segment_id == segment_id,
                MeasurementRevision.month == str(month),
            )
            .order_by(MeasurementRevision.id.desc())
            .limit(1)
        )
    change = session.get(ChangeSet, change_id) if change_id is not None else None
    if change is None:
        return "", "", None
    return change.author, change.computer, change.made_at
