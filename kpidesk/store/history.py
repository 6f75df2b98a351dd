"""The workspace history: every change set, newest first, with who made it, where, and what it
touched, a page at a time.

A change set is what undo and redo replay (`store.figures.undo_change`), so this list is what
the owner picks from to undo any one change, also one made by a command or before a restart.
What a change touched is counted here from its revisions, never taken from its summary (a
summary is free text written in whatever language the window had).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from kpidesk.store.models import (
    TOTAL_SEGMENT,
    ChangeSet,
    KpiRecord,
    KpiRevision,
    MeasurementRevision,
    SegmentRecord,
    SegmentRevision,
    TargetRecord,
)

PAGE = 100
"""How many changes one page lists unless asked otherwise."""


@dataclass(frozen=True, slots=True)
class ChangeEntry:
    """One change set as the history lists it."""

    id: int
    made_at: datetime
    author: str
    computer: str
    kind: str
    """"edit" (typed, pasted, `record`), "import", "target", "kpi" or "demo"."""
    source: str
    """Where it came from: "data entry", "command line", "catalog", an import's file name."""
    summary: str
    figures: int
    """How many cells it changed."""
    targets: int
    """How many target decisions it made."""
    kpis: int
    """How many KPI definitions it added or changed."""
    kpi_names: tuple[str, ...]
    """The KPIs it touched, by name, sorted (a KPI since deleted is left out)."""
    first_month: str | None
    last_month: str | None
    """The span of months of the figures it changed (None: it changed none)."""
    undone_at: datetime | None
    segments: int = 0
    """How many segment definitions it added or changed (renamed, archived, merged)."""
    segment_names: tuple[str, ...] = ()
    """The segments it touched, by name, sorted: whose figures or targets it changed, and
    whose definitions."""


def count_changes(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ChangeSet)) or 0


def list_changes(session: Session, limit: int = PAGE, offset: int = 0) -> list[ChangeEntry]:
    """One page of the history, newest first (the highest id is the latest change)."""
    changes = list(
        session.scalars(select(ChangeSet).order_by(ChangeSet.id.desc()).limit(limit).offset(offset))
    )
    ids = [change.id for change in changes]
    if not ids:
        return []
    figures = _figure_counts(session, ids)
    targets = _counts(session, TargetRecord.change_id, ids)
    kpis = _counts(session, KpiRevision.change_id, ids)
    segments = _counts(session, SegmentRevision.change_id, ids)
    names = _kpi_names(session, ids)
    segment_names = _segment_names(session, ids)
    entries = []
    for change in changes:
        count, first, last = figures.get(change.id, (0, None, None))
        entries.append(
            ChangeEntry(
                id=change.id,
                made_at=change.made_at,
                author=change.author,
                computer=change.computer,
                kind=change.kind,
                source=change.source or "",
                summary=change.summary or "",
                figures=count,
                targets=targets.get(change.id, 0),
                kpis=kpis.get(change.id, 0),
                kpi_names=_sorted(names.get(change.id, set())),
                first_month=first,
                last_month=last,
                undone_at=change.undone_at,
                segments=segments.get(change.id, 0),
                segment_names=_sorted(segment_names.get(change.id, set())),
            )
        )
    return entries


def _figure_counts(
    session: Session, ids: Sequence[int]
) -> dict[int, tuple[int, str | None, str | None]]:
    of = MeasurementRevision
    query = (
        select(of.change_id, func.count(), func.min(of.month), func.max(of.month))
        .where(of.change_id.in_(ids))
        .group_by(of.change_id)
    )
    return {
        change_id: (count, first, last) for change_id, count, first, last in session.execute(query)
    }


def _counts(
    session: Session, column: InstrumentedAttribute[int], ids: Sequence[int]
) -> dict[int, int]:
    query = select(column, func.count()).where(column.in_(ids)).group_by(column)
    return {change_id: count for change_id, count in session.execute(query)}


def _kpi_names(session: Session, ids: Sequence[int]) -> dict[int, set[str]]:
    """The names of the KPIs each change touched: by its figures, its targets, and the
    definitions it wrote (named as the change left them, so an undone addition still says
    what it added)."""
    names: dict[int, set[str]] = {}
    for table in (MeasurementRevision, TargetRecord):
        query = (
            select(table.change_id, KpiRecord.name)
            .distinct()
            .join(KpiRecord, KpiRecord.id == table.kpi_id)
            .where(table.change_id.in_(ids))
        )
        for change_id, name in session.execute(query):
            names.setdefault(change_id, set()).add(name)
    definitions = select(KpiRevision.change_id, KpiRevision.new).where(
        KpiRevision.change_id.in_(ids)
    )
    for change_id, new in session.execute(definitions):
        names.setdefault(change_id, set()).add(str((new or {}).get("name", "")))
    return names


def _segment_names(session: Session, ids: Sequence[int]) -> dict[int, set[str]]:
    """The names of the segments each change touched: by figures and targets (as the segment
    is called now) and by the definitions it wrote (as the change left them)."""
    names: dict[int, set[str]] = {}
    for table in (MeasurementRevision, TargetRecord):
        query = (
            select(table.change_id, SegmentRecord.name)
            .distinct()
            .join(SegmentRecord, SegmentRecord.id == table.segment_id)
            .where(table.change_id.in_(ids), table.segment_id != TOTAL_SEGMENT)
        )
        for change_id, name in session.execute(query):
            names.setdefault(change_id, set()).add(name)
    definitions = select(SegmentRevision.change_id, SegmentRevision.new).where(
        SegmentRevision.change_id.in_(ids)
    )
    for change_id, new in session.execute(definitions):
        names.setdefault(change_id, set()).add(str((new or {}).get("name", "")))
    return names


def _sorted(names: set[str]) -> tuple[str, ...]:
    return tuple(sorted(names, key=str.casefold))
