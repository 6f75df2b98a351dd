"""Segments as the owner manages them: adding, renaming, archiving, merging, each one
undoable change set, the same from the window's Goals view and from `kpidesk segment`."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from kpidesk.domain.kpi import KpiDefinition, name_key
from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.store.errors import StoreError
from kpidesk.store.figures import start_change
from kpidesk.store.kpis import find_kpi
from kpidesk.store.models import ChangeSet, SegmentRecord
from kpidesk.store.segment_merge import merge_segment
from kpidesk.store.segments import add_segment, rename_segment, require_segment, set_archived


@dataclass(frozen=True, slots=True)
class SegmentChanged:
    """A segment as an action left it, with the change set that holds the action."""

    name: str
    set_name: str
    change: ChangeSet
    figures_moved: int = 0


def new_segment(session: Session, name: str, set_name: str, source: str) -> SegmentChanged:
    """Add segment `name` to set `set_name` (created when new)."""
    change = start_change(session, "segment", source=source, summary=f"+ {name} ({set_name})")
    record = add_segment(session, change, name, set_name)
    return _changed(record, change)


def rename(session: Session, name: str, new_name: str, source: str) -> SegmentChanged:
    record = require_segment(session, name)
    change = start_change(session, "segment", source=source, summary=f"{record.name} → {new_name}")
    rename_segment(session, change, record, new_name)
    return _changed(record, change)


def archive(session: Session, name: str, archived: bool, source: str) -> SegmentChanged:
    record = require_segment(session, name)
    change = start_change(session, "segment", source=source, summary=record.name)
    set_archived(session, change, record, archived)
    return _changed(record, change)


def merge(session: Session, name: str, into: str, source: str) -> SegmentChanged:
    """Merge segment `name` into segment `into`: its figures move, it is archived."""
    record = require_segment(session, name)
    target = require_segment(session, into)
    change = start_change(
        session, "segment", source=source, summary=f"{record.name} → {target.name}"
    )
    moved = merge_segment(session, change, record, target)
    return SegmentChanged(target.name, target.segment_set_name(), change, moved)


def check_weight(session: Session, definition: KpiDefinition) -> None:
    """A weight must be another KPI of the workspace tracked by the same set, so each
    segment's figure has its own weight."""
    if definition.weight_kpi is None:
        return
    weight = find_kpi(session, definition.weight_kpi)
    if weight is None or weight.name_key == name_key(definition.name):
        raise StoreError(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "{kpi}: there is no KPI named '{weight}' to weight by"
                ),
                kpi=definition.name,
                weight=definition.weight_kpi,
            )
        )
    tracked_by = weight.segment_set.name if weight.segment_set else None
    if (
        definition.segment_set is None
        or tracked_by is None
        or (name_key(tracked_by) != name_key(definition.segment_set))
    ):
        raise StoreError(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "{kpi} and its weight {weight} must be tracked by the same set"
                ),
                kpi=definition.name,
                weight=weight.name,
            )
        )


def _changed(record: SegmentRecord, change: ChangeSet) -> SegmentChanged:
    return SegmentChanged(record.name, record.segment_set_name(), change)
