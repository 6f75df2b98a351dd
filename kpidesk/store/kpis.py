"""KPI definitions in the store, and their translation to and from domain objects."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, func, insert, select
from sqlalchemy.orm import Session

from kpidesk.domain.kpi import Aggregation, Category, Direction, KpiDefinition, Unit, name_key
from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.store.errors import DuplicateKpiError, StoreError, UnknownKpi
from kpidesk.store.models import TOTAL_SEGMENT, KpiRecord, Measurement, TargetRecord
from kpidesk.store.segments import require_set


def to_definition(record: KpiRecord) -> KpiDefinition:
    tracked_by = record.segment_set
    return KpiDefinition(
        name=record.name,
        unit=Unit(record.unit),
        direction=Direction(record.direction),
        aggregation=Aggregation(record.aggregation),
        category=Category(record.category),
        currency=record.currency,
        duration_unit=record.duration_unit,
        formula=record.formula,
        decimals=record.decimals,
        tolerance=record.tolerance,
        benchmark=record.benchmark,
        description=record.description,
        aliases=tuple(record.aliases or ()),
        archived=record.archived,
        catalog_key=record.catalog_key,
        segment_set=tracked_by.name if tracked_by is not None else None,
        weight_kpi=record.weight_kpi,
    )


def _columns(kpi: KpiDefinition, set_id: int | None) -> dict[str, object]:
    """The stored columns of a definition, tracked by the segment set of id `set_id`."""
    return {
        "name": kpi.name.strip(),
        "name_key": kpi.key,
        "aliases": list(kpi.aliases),
        "category": kpi.category.value,
        "unit": kpi.unit.value,
        "currency": kpi.currency,
        "duration_unit": kpi.duration_unit,
        "direction": kpi.direction.value,
        "aggregation": kpi.aggregation.value,
        "formula": kpi.formula,
        "decimals": kpi.decimals,
        "tolerance": kpi.tolerance,
        "benchmark": kpi.benchmark,
        "description": kpi.description,
        "archived": kpi.archived,
        "catalog_key": kpi.catalog_key,
        "segment_set_id": set_id,
        "weight_kpi": kpi.weight_kpi,
    }


def stored_columns(record: KpiRecord) -> dict[str, object]:
    """A record's definition columns, as `_columns` gives them for a definition (what a KPI
    revision keeps, and compares with to see that nothing changed since)."""
    return _columns(to_definition(record), record.segment_set_id)


def _set_id(session: Session, kpi: KpiDefinition) -> int | None:
    """The store id of the set a definition names; refuse a set that does not exist."""
    if kpi.segment_set is None:
        return None
    return require_set(session, kpi.segment_set).id


def _apply(session: Session, record: KpiRecord, kpi: KpiDefinition) -> None:
    set_id = _set_id(session, kpi)
    if set_id != record.segment_set_id:
        _refuse_split_figures(session, record)
    for column, value in _columns(kpi, set_id).items():
        setattr(record, column, value)


def _refuse_split_figures(session: Session, record: KpiRecord) -> None:
    """A KPI whose figures are split by one set cannot move to another or to none: those
    figures would belong to no segment of it. (Totals typed before a split stay totals.)"""
    split = session.scalar(
        select(
            exists().where(Measurement.kpi_id == record.id, Measurement.segment_id != TOTAL_SEGMENT)
        )
    )
    if split:
        raise StoreError(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{kpi} has figures by {set}; it stays tracked by {set}",
                ),
                kpi=record.name,
                set=record.segment_set.name if record.segment_set else "",
            )
        )


def list_kpis(session: Session, include_archived: bool = True) -> list[KpiRecord]:
    query = select(KpiRecord).order_by(KpiRecord.position, KpiRecord.id)
    if not include_archived:
        query = query.where(KpiRecord.archived.is_(False))
    return list(session.scalars(query))


def kpi_ids_by_name(session: Session) -> dict[str, int]:
    """Every KPI's store id by its name, without loading whole records."""
    return {name: kpi_id for name, kpi_id in session.execute(select(KpiRecord.name, KpiRecord.id))}


def kpi_index(session: Session) -> dict[str, KpiRecord]:
    """Every KPI by the key of its name and of each alias (names win over aliases), for
    matching many labels at once."""
    index: dict[str, KpiRecord] = {}
    records = list_kpis(session)
    for record in records:
        for alias in record.aliases or ():
            index.setdefault(name_key(alias), record)
    index.update({record.name_key: record for record in records})
    return index


def find_kpi(session: Session, name: str) -> KpiRecord | None:
    """A KPI by name or alias, compared case- and space-insensitively."""
    key = name_key(name)
    record = session.scalar(select(KpiRecord).where(KpiRecord.name_key == key))
    return record if record is not None else kpi_index(session).get(key)


def require_kpi(session: Session, name: str) -> KpiRecord:
    record = find_kpi(session, name)
    if record is None:
        raise UnknownKpi(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "there is no KPI named '{name}' (see `kpidesk kpi list`)"
                ),
                name=name,
            )
        )
    return record


def add_kpi(session: Session, kpi: KpiDefinition) -> KpiRecord:
    """Add a KPI; refuse a name (or alias) that another KPI already answers to."""
    record = session.get(KpiRecord, add_kpis(session, [kpi])[0])
    assert record is not None
    return record


def add_kpis(session: Session, kpis: list[KpiDefinition]) -> list[int]:
    """Add several KPIs at once (an import may create hundreds), checking every name and
    alias against the workspace and against each other; returns their ids, in order."""
    index = kpi_index(session)
    taken = {key: record.name for key, record in index.items()}
    position = session.scalar(select(func.max(KpiRecord.position))) or 0
    rows = []
    now = datetime.now()
    for kpi in kpis:
        keys = {name_key(label) for label in (kpi.name, *kpi.aliases)}
        for key in keys:
            if key in taken:
                raise _duplicate(taken[key])
        taken.update(dict.fromkeys(keys, kpi.name))
        position += 1
        columns = _columns(kpi, _set_id(session, kpi))
        rows.append({**columns, "created_at": now, "position": position})
    if not rows:
        return []
    session.execute(insert(KpiRecord), rows)
    added_keys = [kpi.key for kpi in kpis]
    added = select(KpiRecord.name_key, KpiRecord.id).where(KpiRecord.name_key.in_(added_keys))
    ids = {key: kpi_id for key, kpi_id in session.execute(added)}
    return [ids[key] for key in added_keys]


def update_kpi(session: Session, record: KpiRecord, kpi: KpiDefinition) -> None:
    """Change a KPI's definition; its figures and targets stay as they are."""
    for label in (kpi.name, *kpi.aliases):
        clash = find_kpi(session, label)
        if clash is not None and clash.id != record.id:
            raise _duplicate(clash.name)
    _apply(session, record, kpi)
    session.flush()


def _duplicate(name: str) -> DuplicateKpiError:
    return DuplicateKpiError(
        message(QT_TRANSLATE_NOOP("messages", "a KPI named '{name}' already exists"), name=name)
    )


def has_history(session: Session, record: KpiRecord) -> bool:
    """Whether deleting the KPI would lose figures or targets (and so needs confirmation)."""
    figures = session.scalar(select(func.count()).where(Measurement.kpi_id == record.id))
    targets = session.scalar(select(func.count()).where(TargetRecord.kpi_id == record.id))
    return bool(figures or targets)


def delete_kpi(session: Session, record: KpiRecord) -> None:
    """Delete a KPI with its figures, history and targets (the caller has confirmed)."""
    session.delete(record)
    session.flush()
