"""Imports in the store: the record of each import, undoing one, and remembered label mappings
(of KPIs and of segments)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from kpidesk.domain.kpi import MAX_NAME_LENGTH, name_key
from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.store.errors import StoreError
from kpidesk.store.figures import undo_change
from kpidesk.store.models import (
    ChangeSet,
    ImportRecord,
    KpiRecord,
    LabelMapping,
    SegmentLabel,
    SegmentRecord,
)


@dataclass(frozen=True, slots=True)
class ImportCounts:
    values_imported: int
    values_skipped: int
    kpis_created: int


def record_import(
    session: Session,
    change: ChangeSet,
    file_name: str,
    file_hash: str,
    layout: str,
    sheet: str | None,
    counts: ImportCounts,
) -> ImportRecord:
    record = ImportRecord(
        change_id=change.id,
        made_at=datetime.now(),
        file_name=file_name,
        file_hash=file_hash,
        layout=layout,
        sheet=sheet,
        values_imported=counts.values_imported,
        values_skipped=counts.values_skipped,
        kpis_created=counts.kpis_created,
    )
    session.add(record)
    session.flush()
    return record


def list_imports(session: Session) -> list[tuple[ImportRecord, ChangeSet]]:
    """Every import, newest first, with its change set (whose `undone_at` says if undone)."""
    query = (
        select(ImportRecord, ChangeSet)
        .join(ChangeSet, ChangeSet.id == ImportRecord.change_id)
        .order_by(ImportRecord.id.desc())
    )
    return [(record, change) for record, change in session.execute(query)]


def undo_import(session: Session, import_id: int) -> int:
    """Restore every value the import overwrote and remove what it added."""
    record = session.get(ImportRecord, import_id)
    if record is None:
        raise StoreError(
            message(QT_TRANSLATE_NOOP("messages", "there is no import {id}"), id=import_id)
        )
    return undo_change(session, record.change_id)


def import_of_change(session: Session, change_id: int) -> int | None:
    """The id of the import a change set holds, if it is an import's."""
    query = select(ImportRecord.id).where(ImportRecord.change_id == change_id)
    return session.scalar(query)


def remember_mappings(session: Session, mappings: dict[str, int | None]) -> None:
    """Keep label → KPI id (None: ignore this label) for the next file of the same shape.
    A label longer than a KPI name can be (a sentence in the name column) is imported as
    mapped but not remembered: no database column of the workspace could hold it."""
    rows = {
        key: {"label_key": key, "kpi_id": kpi_id, "ignored": kpi_id is None}
        for label, kpi_id in mappings.items()
        if len(key := name_key(label)) <= MAX_NAME_LENGTH
    }
    if not rows:
        return
    session.execute(delete(LabelMapping).where(LabelMapping.label_key.in_(list(rows))))
    session.execute(insert(LabelMapping), list(rows.values()))


def recall_mappings(session: Session) -> dict[str, KpiRecord | None]:
    """Remembered mappings by label key: a KPI, or None for a label the owner ignores."""
    rows = session.execute(
        select(LabelMapping, KpiRecord).outerjoin(KpiRecord, KpiRecord.id == LabelMapping.kpi_id)
    )
    return {mapping.label_key: kpi for mapping, kpi in rows if kpi is not None or mapping.ignored}


def remember_segment_labels(session: Session, mappings: dict[str, int]) -> None:
    """Keep segment label → segment id (`Sofia shop` → Sofia) for the next file; a label
    that is the segment's own name or alias needs no memory and is kept all the same, so a
    later rename of the segment does not lose what the file calls it."""
    rows = {
        key: {"label_key": key, "segment_id": segment_id}
        for label, segment_id in mappings.items()
        if len(key := name_key(label)) <= MAX_NAME_LENGTH
    }
    if not rows:
        return
    session.execute(delete(SegmentLabel).where(SegmentLabel.label_key.in_(list(rows))))
    session.execute(insert(SegmentLabel), list(rows.values()))


def recall_segment_labels(session: Session) -> dict[str, SegmentRecord]:
    """Remembered segment labels by label key."""
    rows = session.execute(
        select(SegmentLabel, SegmentRecord).join(
            SegmentRecord, SegmentRecord.id == SegmentLabel.segment_id
        )
    )
    return {label.label_key: segment for label, segment in rows}
