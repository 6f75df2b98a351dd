"""Write the demo business into an empty workspace, as one transaction: its segments first
(a KPI tracked by a set needs the set), then its KPIs, figures and targets, the segments'
own with them."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kpidesk.domain.demo import DemoBusiness
from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.store.errors import StoreError
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.kpis import add_kpi, list_kpis
from kpidesk.store.segments import add_segment
from kpidesk.store.settings import WorkspaceSettings, save_settings
from kpidesk.store.targets import add_target


def fill_demo(session: Session, demo: DemoBusiness, workspace_name: str) -> int:
    """Add the demo's KPIs, figures and target history; returns the number of figures."""
    if list_kpis(session):
        raise StoreError(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "the workspace already has KPIs; the demo fills only an empty one"
                )
            )
        )
    save_settings(
        session,
        WorkspaceSettings(
            workspace_name=workspace_name,
            business_name=demo.business_name,
            fiscal_start=demo.fiscal_start,
        ),
    )
    change = start_change(session, "demo", source="demo", summary=demo.business_name)
    segment_ids = {
        segment.key: add_segment(session, change, segment.name, segment_set.name).id
        for segment_set in demo.segment_sets
        for segment in segment_set.segments
    }
    records = {kpi.key: add_kpi(session, kpi) for kpi in demo.kpis}
    writes = [
        CellWrite(records[key].id, month, figure.value, figure.note, figure.currency)
        for key, figures in demo.figures.items()
        for month, figure in figures.items()
    ]
    writes += [
        CellWrite(records[key].id, month, f.value, f.note, f.currency, segment_ids[segment])
        for key, by_segment in demo.segment_figures.items()
        for segment, figures in by_segment.items()
        for month, f in figures.items()
    ]
    count = write_figures(session, change, writes)
    for key, changes in demo.targets.items():
        for target in changes:
            add_target(session, records[key], target, change)
    for key, by_segment in demo.segment_targets.items():
        for segment, changes in by_segment.items():
            for target in changes:
                add_target(session, records[key], target, change, segment_id=segment_ids[segment])
    return count
