"""Merging one segment into another: its figures move, its name becomes an alias.

Two people typed as "Ivan" and "Ivan P." are one; merging moves every figure of the one into
the other as a write of the same change, so the cells' history says where each came from and
undoing the merge puts every figure back. A month in which both have a figure for a KPI is
not guessed at: the merge is refused, naming it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.domain.month import Month
from kpidesk.store.errors import StoreError
from kpidesk.store.figures import CellWrite, write_figures
from kpidesk.store.models import ChangeSet, KpiRecord, Measurement, SegmentRecord, TargetRecord
from kpidesk.store.segments import mark_merged


def merge_segment(
    session: Session, change: ChangeSet, source: SegmentRecord, into: SegmentRecord
) -> int:
    """Move `source`'s figures (and its targets, for KPIs `into` has none for) into `into`,
    archive `source` as merged; returns how many figures moved."""
    if source.id == into.id or source.set_id != into.set_id:
        raise StoreError(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "{source} can only be merged into another segment of its set"
                ),
                source=source.name,
            )
        )
    moved = _move_figures(session, change, source, into)
    _copy_targets(session, change, source, into)
    mark_merged(session, change, source, into)
    return moved


def _move_figures(
    session: Session, change: ChangeSet, source: SegmentRecord, into: SegmentRecord
) -> int:
    cells = select(
        Measurement.kpi_id,
        Measurement.segment_id,
        Measurement.month,
        Measurement.value,
        Measurement.currency,
        Measurement.note,
    ).where(Measurement.segment_id.in_([source.id, into.id]))
    theirs: dict[tuple[int, str], tuple[float, str | None, str]] = {}
    taken: set[tuple[int, str]] = set()
    for kpi_id, segment_id, month, value, currency, note in session.execute(cells):
        if segment_id == source.id:
            theirs[(kpi_id, month)] = (value, currency, note or "")
        else:
            taken.add((kpi_id, month))
    clash = sorted(theirs.keys() & taken)
    if clash:
        kpi_id, month = clash[0]
        raise StoreError(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{source} and {into} both have a figure for {kpi} in {month}; "
                    "clear one of them first",
                ),
                source=source.name,
                into=into.name,
                kpi=session.get(KpiRecord, kpi_id).name,  # type: ignore[union-attr]
                month=month,
            )
        )
    writes = []
    for (kpi_id, month), (value, currency, note) in theirs.items():
        parsed = Month.parse(month)
        writes.append(CellWrite(kpi_id, parsed, value, note, currency, into.id))
        writes.append(CellWrite(kpi_id, parsed, None, None, None, source.id))
    write_figures(session, change, writes)
    return len(theirs)


def _copy_targets(
    session: Session, change: ChangeSet, source: SegmentRecord, into: SegmentRecord
) -> None:
    """Give `into` the target decisions of `source` for every KPI it has none for."""
    active = select(TargetRecord).where(
        TargetRecord.segment_id.in_([source.id, into.id]), TargetRecord.retracted_at.is_(None)
    )
    records = list(session.scalars(active.order_by(TargetRecord.id)))
    planned = {record.kpi_id for record in records if record.segment_id == into.id}
    for record in records:
        if record.segment_id != source.id or record.kpi_id in planned:
            continue
        session.add(
            TargetRecord(
                kpi_id=record.kpi_id,
                segment_id=into.id,
                change_id=change.id,
                kind=record.kind,
                first_month=record.first_month,
                value=record.value,
                spread=record.spread,
                monthly_values=list(record.monthly_values or ()),
                currency=record.currency,
                note=record.note,
                set_at=record.set_at,
            )
        )
    session.flush()
