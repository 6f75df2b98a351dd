"""Which segment a figure or target of a KPI goes to, when the owner names one."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.store.errors import StoreError
from kpidesk.store.models import TOTAL_SEGMENT, KpiRecord
from kpidesk.store.segments import require_segment


def segment_id_for(session: Session, record: KpiRecord, segment: str | None) -> int:
    """The store id of segment `segment` of the KPI's set (0, the business, for None).

    A figure for a segment of a KPI tracked by no set, or by another set, would count nowhere,
    so it is refused with what to do instead."""
    if segment is None:
        return TOTAL_SEGMENT
    found = require_segment(session, segment)
    if record.segment_set_id is None:
        raise StoreError(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{kpi} is not tracked by segments; track it with "
                    "`kpidesk kpi edit {kpi} --by SET` first",
                ),
                kpi=record.name,
            )
        )
    if found.set_id != record.segment_set_id:
        raise StoreError(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "{segment} is not one of the {set} that {kpi} is tracked by"
                ),
                segment=found.name,
                set=record.segment_set.name if record.segment_set else "",
                kpi=record.name,
            )
        )
    return found.id
