"""Target decisions in the store. They are only ever added; an undo marks one retracted."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kpidesk.domain.money import display_currency
from kpidesk.domain.month import Month
from kpidesk.domain.targets import PastDecision, Spread, TargetChange, TargetKind
from kpidesk.store.models import TOTAL_SEGMENT, ChangeSet, KpiRecord, TargetRecord


def add_target(
    session: Session,
    kpi: KpiRecord,
    change: TargetChange,
    change_set: ChangeSet,
    retracted_at: datetime | None = None,
    segment_id: int = TOTAL_SEGMENT,
) -> TargetRecord:
    """Add one decision, for a segment or (0) the business as a whole; `retracted_at` for one
    that arrives already undone (an export's history holds those too)."""
    record = TargetRecord(
        kpi_id=kpi.id,
        segment_id=segment_id,
        change_id=change_set.id,
        kind=change.kind.value,
        first_month=str(change.first_month),
        value=change.value,
        spread=change.spread.value if change.spread else None,
        monthly_values=list(change.monthly_values),
        currency=change.currency or display_currency(kpi.currency),
        note=change.note,
        set_at=change.set_at,
        retracted_at=retracted_at,
    )
    session.add(record)
    session.flush()
    return record


def to_target_change(record: TargetRecord, author: str = "", computer: str = "") -> TargetChange:
    """The domain's decision; `author` and `computer` those of the change set that made it."""
    return TargetChange(
        kind=TargetKind(record.kind),
        first_month=Month.parse(record.first_month),
        value=record.value,
        set_at=record.set_at,
        note=record.note,
        spread=Spread(record.spread) if record.spread else None,
        monthly_values=tuple(record.monthly_values or ()),
        change_id=record.id,
        currency=record.currency,
        author=author,
        computer=computer,
    )


def load_target_changes(
    session: Session, kpi_ids: Collection[int] | None = None
) -> dict[int, list[TargetChange]]:
    """Every target decision in force for the business as a whole (not retracted), or those
    of `kpi_ids`, by KPI id, oldest first."""
    return load_all_target_changes(session, kpi_ids)[0]


SegmentTargets = dict[int, dict[int, list[TargetChange]]]
"""Target decisions by KPI id and segment id."""


def load_all_target_changes(
    session: Session, kpi_ids: Collection[int] | None = None
) -> tuple[dict[int, list[TargetChange]], SegmentTargets]:
    """Every target decision in force (or those of `kpi_ids`), oldest first, in one read: the
    business's by KPI id, and the segments' by KPI id and segment id."""
    query = (
        select(TargetRecord, ChangeSet.author, ChangeSet.computer)
        .join(ChangeSet, ChangeSet.id == TargetRecord.change_id)
        .where(TargetRecord.retracted_at.is_(None))
        .order_by(TargetRecord.set_at, TargetRecord.id)
    )
    if kpi_ids is not None:
        query = query.where(TargetRecord.kpi_id.in_(list(kpi_ids)))
    changes: dict[int, list[TargetChange]] = {}
    segments: SegmentTargets = {}
    for record, author, computer in session.execute(query):
        change = to_target_change(record, author, computer)
        if record.segment_id == TOTAL_SEGMENT:
            changes.setdefault(record.kpi_id, []).append(change)
        else:
            by_segment = segments.setdefault(record.kpi_id, {})
            by_segment.setdefault(record.segment_id, []).append(change)
    return changes, segments


def target_history(
    session: Session, kpi_id: int, segment_id: int = TOTAL_SEGMENT
) -> list[TargetRecord]:
    """Every decision ever made for one KPI (and segment), retracted ones included, newest
    first."""
    return [record for record, _change in decisions_made(session, kpi_id, segment_id)]


def decisions_made(
    session: Session, kpi_id: int, segment_id: int = TOTAL_SEGMENT
) -> list[tuple[TargetRecord, ChangeSet]]:
    """Every decision ever made for one KPI (and segment) with the change set that made it
    (who, where), retracted ones included, newest first."""
    query = (
        select(TargetRecord, ChangeSet)
        .join(ChangeSet, ChangeSet.id == TargetRecord.change_id)
        .where(TargetRecord.kpi_id == kpi_id, TargetRecord.segment_id == segment_id)
        .order_by(TargetRecord.set_at.desc(), TargetRecord.id.desc())
    )
    return [(record, change) for record, change in session.execute(query)]


def decision_history(session: Session) -> dict[int, list[PastDecision]]:
    """Every decision ever made for the business as a whole, retracted ones included, by KPI
    id, oldest first."""
    query = (
        select(TargetRecord)
        .where(TargetRecord.segment_id == TOTAL_SEGMENT)
        .order_by(TargetRecord.set_at, TargetRecord.id)
    )
    history: dict[int, list[PastDecision]] = {}
    for record in session.scalars(query):
        decision = PastDecision(to_target_change(record), record.retracted_at)
        history.setdefault(record.kpi_id, []).append(decision)
    return history


def set_retracted(session: Session, change: ChangeSet, when: datetime | None) -> None:
    """Retract at `when` the decisions in force that one change set made (undo), or, with
    None, restore those its undo retracted (redo): the ones retracted after the change was
    made. A decision that came in already retracted (an export's history holds those)
    stays retracted through an undo and a redo of its import."""
    of_change = TargetRecord.change_id == change.id
    if when is not None:
        query = update(TargetRecord).where(of_change, TargetRecord.retracted_at.is_(None))
        session.execute(query.values(retracted_at=when))
    else:
        query = update(TargetRecord).where(of_change, TargetRecord.retracted_at >= change.made_at)
        session.execute(query.values(retracted_at=None))
