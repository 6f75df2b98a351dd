"""What an export of a workspace with segments needs beyond `load_export`: every target
decision each segment was given, retracted ones too, so the whole history goes out and
comes back as the total's does."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpidesk.domain.targets import PastDecision
from kpidesk.store.models import TOTAL_SEGMENT, KpiRecord, SegmentRecord, TargetRecord
from kpidesk.store.targets import to_target_change

SegmentDecisions = dict[tuple[str, str], list[PastDecision]]
"""Decisions by KPI name key and segment name key, oldest first."""


def segment_decision_history(session: Session) -> SegmentDecisions:
    query = (
        select(TargetRecord, KpiRecord.name_key, SegmentRecord.name_key)
        .join(KpiRecord, KpiRecord.id == TargetRecord.kpi_id)
        .join(SegmentRecord, SegmentRecord.id == TargetRecord.segment_id)
        .where(TargetRecord.segment_id != TOTAL_SEGMENT)
        .order_by(TargetRecord.set_at, TargetRecord.id)
    )
    history: SegmentDecisions = {}
    for record, kpi_key, segment_key in session.execute(query):
        decision = PastDecision(to_target_change(record), record.retracted_at)
        history.setdefault((kpi_key, segment_key), []).append(decision)
    return history
