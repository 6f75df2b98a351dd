"""KPI definitions with a trace: what a change did to each KPI, and replaying it either way.

A KPI added or edited from the window belongs to a change set like a typed figure does; its
revision keeps the stored columns before and after, so undo and redo restore the definition
exactly (an undone addition removes the KPI, its redo puts it back under the same id).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, insert, or_, select
from sqlalchemy.orm import Session

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.store.errors import UndoConflict
from kpidesk.store.kpis import find_kpi, stored_columns
from kpidesk.store.models import (
    ChangeSet,
    KpiRecord,
    KpiRevision,
    Measurement,
    MeasurementRevision,
    TargetRecord,
)

_PLACE = ("position", "created_at")
"""Kept with an addition so that its redo puts the KPI back where it was."""


def record_added(session: Session, change: ChangeSet, record: KpiRecord) -> None:
    place = {"position": record.position, "created_at": record.created_at.isoformat()}
    _record(session, change, record.id, None, stored_columns(record) | place)


def record_edited(
    session: Session, change: ChangeSet, kpi_id: int, before: dict[str, object]
) -> None:
    record = session.get(KpiRecord, kpi_id)
    assert record is not None
    _record(session, change, kpi_id, before, stored_columns(record))


def _record(
    session: Session,
    change: ChangeSet,
    kpi_id: int,
    old: dict[str, object] | None,
    new: dict[str, object],
) -> None:
    row = {"change_id": change.id, "kpi_id": kpi_id, "old": old, "new": new}
    session.execute(insert(KpiRevision), [row])


def kpi_revisions(session: Session, change_id: int) -> list[KpiRevision]:
    query = select(KpiRevision).where(KpiRevision.change_id == change_id)
    return list(session.scalars(query.order_by(KpiRevision.id)))


def replay_kpis(session: Session, change: ChangeSet, undo: bool) -> int:
    """Put every KPI `change` touched back as it was before it (undo) or after it (redo);
    refuse, changing nothing, when a KPI is no longer as the change left it."""
    revisions = kpi_revisions(session, change.id)
    for revision in reversed(revisions) if undo else revisions:
        expected, wanted = (revision.new, revision.old) if undo else (revision.old, revision.new)
        record = session.get(KpiRecord, revision.kpi_id)
        current = stored_columns(record) if record is not None else None
        if _definition(current) != _definition(expected):
            raise _changed_since(revision)
        if wanted is None:
            assert record is not None
            _remove_added(session, record)
        elif record is None:
            _put_back(session, revision.kpi_id, wanted)
        else:
            _apply(session, record, wanted)
    return len(revisions)


_LATER_COLUMNS: dict[str, object] = {"segment_set_id": None, "weight_kpi": None}
"""Columns added after some revisions were kept (0006), with the value such a KPI had then."""


def _definition(columns: dict[str, object] | None) -> dict[str, object] | None:
    if columns is None:
        return None
    whole = _LATER_COLUMNS | columns
    return {key: value for key, value in whole.items() if key not in _PLACE}


def _remove_added(session: Session, record: KpiRecord) -> None:
    """Undo an addition: only a KPI that has gathered nothing since goes."""
    of_kpi = record.id
    used = session.scalar(
        select(
            or_(
                exists().where(Measurement.kpi_id == of_kpi),
                exists().where(MeasurementRevision.kpi_id == of_kpi),
                exists().where(TargetRecord.kpi_id == of_kpi),
            )
        )
    )
    if used:
        raise UndoConflict(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{kpi} has figures or targets since it was added; archive it instead",
                ),
                kpi=record.name,
            )
        )
    session.delete(record)
    session.flush()


def _put_back(session: Session, kpi_id: int, columns: dict[str, object]) -> None:
    definition = _definition(columns) or {}
    for label in _labels(definition):
        if find_kpi(session, label) is not None:
            raise _name_taken(label)
    place = {
        "position": columns["position"],
        "created_at": datetime.fromisoformat(str(columns["created_at"])),
    }
    session.add(KpiRecord(id=kpi_id, **definition, **place))
    session.flush()


def _apply(session: Session, record: KpiRecord, columns: dict[str, object]) -> None:
    for label in _labels(columns):
        clash = find_kpi(session, label)
        if clash is not None and clash.id != record.id:
            raise _name_taken(label)
    for column, value in (_definition(columns) or {}).items():
        setattr(record, column, value)
    session.flush()


def _changed_since(revision: KpiRevision) -> UndoConflict:
    name = (revision.new or {}).get("name", "")
    return UndoConflict(
        message(
            QT_TRANSLATE_NOOP(
                "messages",
                "{kpi} was changed again after this change; undo the later change first",
            ),
            kpi=name,
        )
    )


def _name_taken(name: str) -> UndoConflict:
    return UndoConflict(
        message(
            QT_TRANSLATE_NOOP("messages", "a KPI named '{name}' exists again; rename it first"),
            name=name,
        )
    )


def _labels(columns: dict[str, object]) -> list[str]:
    """The name and aliases a KPI answers to, from its stored columns."""
    aliases = columns.get("aliases")
    if not isinstance(aliases, list | tuple):
        aliases = []
    return [str(columns["name"]), *(str(alias) for alias in aliases)]
