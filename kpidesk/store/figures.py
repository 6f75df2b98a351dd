"""Monthly figures: writing them with a trace of what they replaced, and undoing that.

Every write belongs to a change set; for each cell it actually changes, a revision keeps the
value before and after. Undo and redo walk those revisions through the same cell-setting
function, so an undone import restores every value it overwrote.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import Dialect, Select, Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.domain.money import entry_currency
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Figure
from kpidesk.store.errors import StoreError, UndoConflict
from kpidesk.store.kpi_revisions import replay_kpis
from kpidesk.store.models import (
    TOTAL_SEGMENT,
    ChangeSet,
    KpiRecord,
    Measurement,
    MeasurementRevision,
)
from kpidesk.store.segments import replay_segments
from kpidesk.store.targets import set_retracted


class CellWrite(NamedTuple):
    """Set (or, with value None, clear) one KPI's figure for one month, of one segment or
    (`segment_id` 0) of the business as a whole.

    `note` None keeps the cell's note; `currency` None means the KPI's currency for that month.
    """

    kpi_id: int
    month: Month
    value: float | None
    note: str | None = None
    currency: str | None = None
    segment_id: int = TOTAL_SEGMENT


CellWriteFields = tuple[int, Month, float | None, str | None, str | None, int]
"""A `CellWrite`'s six fields as a plain tuple, which `write_figures` takes as well: an import
of a hundred thousand figures builds them without a Python call each."""

CellKey = tuple[int, int, str]
"""A stored cell: KPI id, segment id, month as `YYYY-MM`."""


class CellState(NamedTuple):
    value: float | None
    currency: str | None
    note: str


_EMPTY = CellState(None, None, "")


def start_change(session: Session, kind: str, source: str = "", summary: str = "") -> ChangeSet:
    """Open a change set for one user action (typed edit, paste, import, demo), recorded as
    made by whom and where the workspace's transaction says."""
    change = ChangeSet(
        made_at=datetime.now(),
        kind=kind,
        source=source,
        summary=summary,
        author=session.info.get("author", ""),
        computer=session.info.get("computer", ""),
    )
    session.add(change)
    session.flush()
    return change


def write_figures(session: Session, change: ChangeSet, writes: Iterable[CellWriteFields]) -> int:
    """Apply writes as part of `change`; returns how many cells actually changed."""
    writes = writes if isinstance(writes, list) else list(writes)
    if not writes:
        return 0
    kpi_ids = {write[0] for write in writes}
    currencies = _kpi_currencies(session, kpi_ids)
    _refuse_unknown(kpi_ids, currencies)
    current = _current_cells(session, kpi_ids)
    month_texts: dict[Month, str] = {}
    targets: dict[CellKey, tuple[float | None, str | None, str]] = {}
    for kpi_id, month, value, note, currency, segment_id in writes:
        text = month_texts.get(month)
        if text is None:
            text = month_texts[month] = str(month)
        key = (kpi_id, segment_id, text)
        if value is None:
            targets[key] = _EMPTY
            continue
        if note is None:
            before = current.get(key)
            note = before.note if before is not None else ""
        currency = currency or entry_currency(currencies[kpi_id], month)
        targets[key] = (float(value), currency, note)
    change_id = change.id
    new = [
        (*key, *state, change_id)
        for key, state in targets.items()
        if key not in current and state[0] is not None
    ]
    changed = {
        key: CellState(*state)
        for key, state in targets.items()
        if key in current and state != current[key]
    }
    _insert_new_cells(session, new)
    _record_revisions(session, change_id, changed, current)
    _set_cells(session, change_id, changed, current)
    return len(new) + len(changed)


def _refuse_unknown(kpi_ids: set[int], currencies: dict[int, str | None]) -> None:
    unknown = kpi_ids - currencies.keys()
    if unknown:
        raise StoreError(
            message(QT_TRANSLATE_NOOP("messages", "no KPI with id {id}"), id=min(unknown))
        )


def _insert_new_cells(session: Session, rows: Sequence[tuple[object, ...]]) -> None:
    """Insert figures for cells that had none, with their revisions (nothing before, the
    figure after). Each revision is written from the same row as its figure, so it is tied
    to its change by the change set's own id and never by guessing which rows are new."""
    if not rows:
        return
    _insert_many(session, Measurement.__table__, _MEASUREMENT_COLUMNS, rows)
    revisions = [
        (change_id, kpi_id, segment_id, month, value, currency, note)
        for kpi_id, segment_id, month, value, currency, note, change_id in rows
    ]
    _insert_many(session, MeasurementRevision.__table__, _NEW_REVISION_COLUMNS, revisions)


def _kpi_currencies(session: Session, kpi_ids: set[int]) -> dict[int, str | None]:
    rows = session.execute(
        select(KpiRecord.id, KpiRecord.currency).where(KpiRecord.id.in_(kpi_ids))
    )
    return {kpi_id: currency for kpi_id, currency in rows}


def _cells_query() -> Select[int, int, str, float, str | None, str]:
    return select(
        Measurement.kpi_id,
        Measurement.segment_id,
        Measurement.month,
        Measurement.value,
        Measurement.currency,
        Measurement.note,
    )


def _current_cells(session: Session, kpi_ids: set[int]) -> dict[CellKey, CellState]:
    query = _cells_query().where(Measurement.kpi_id.in_(kpi_ids))
    return {(k, g, m): CellState(v, c, n or "") for k, g, m, v, c, n in session.execute(query)}


_REVISION_COLUMNS = (
    "change_id",
    "kpi_id",
    "segment_id",
    "month",
    "old_value",
    "old_currency",
    "old_note",
    "new_value",
    "new_currency",
    "new_note",
)
_MEASUREMENT_COLUMNS = (
    "kpi_id",
    "segment_id",
    "month",
    "value",
    "currency",
    "note",
    "change_id",
)
_NEW_REVISION_COLUMNS = (
    "change_id",
    "kpi_id",
    "segment_id",
    "month",
    "new_value",
    "new_currency",
    "new_note",
)


def _record_revisions(
    session: Session,
    change_id: int,
    changed: dict[CellKey, CellState],
    current: dict[CellKey, CellState],
) -> None:
    rows = [(change_id, *key, *current.get(key, _EMPTY), *after) for key, after in changed.items()]
    _insert_many(session, MeasurementRevision.__table__, _REVISION_COLUMNS, rows)


def _set_cells(
    session: Session,
    change_id: int,
    cells: dict[CellKey, CellState],
    current: dict[CellKey, CellState],
) -> None:
    inserts, updates, deletes = [], [], []
    for (kpi_id, segment_id, month), state in cells.items():
        exists = current.get((kpi_id, segment_id, month), _EMPTY).value is not None
        cell = {"k": kpi_id, "g": segment_id, "m": month}
        if state.value is None:
            if exists:
                deletes.append(cell)
        elif exists:
            updates.append(
                {
                    **cell,
                    "v": state.value,
                    "c": state.currency,
                    "n": state.note,
                    "ch": change_id,
                }
            )
        else:
            inserts.append(
                (kpi_id, segment_id, month, state.value, state.currency, state.note, change_id)
            )
    _insert_many(session, Measurement.__table__, _MEASUREMENT_COLUMNS, inserts)
    table = Measurement.__table__
    same_cell = (
        table.c.kpi_id == bindparam("k"),
        table.c.segment_id == bindparam("g"),
        table.c.month == bindparam("m"),
    )
    if updates:
        session.execute(
            update(table)
            .where(*same_cell)
            .values(
                value=bindparam("v"),
                currency=bindparam("c"),
                note=bindparam("n"),
                change_id=bindparam("ch"),
            ),
            updates,
        )
    if deletes:
        session.execute(delete(table).where(*same_cell), deletes)


def _insert_many(
    session: Session, table: Table, columns: tuple[str, ...], rows: Sequence[tuple[object, ...]]
) -> None:
    """Insert many rows. On SQLite the tuples go straight to the driver's executemany, several
    times faster than SQLAlchemy's parameter processing for an import of 100 000 figures; the
    statement itself is SQLAlchemy's, compiled for the dialect."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    connection.exec_driver_sql(_positional_insert(table, columns, connection.dialect), rows)


def _positional_insert(table: Table, columns: tuple[str, ...], dialect: Dialect) -> str:
    """An INSERT taking `columns` as positional parameters, in that order (checked: SQLAlchemy
    lists them in the table's order, which `columns` must follow)."""
    compiled = (
        insert(table).values({name: bindparam(name) for name in columns}).compile(dialect=dialect)
    )
    if tuple(compiled.positiontup or ()) != columns:
        raise ValueError(f"{columns} are not in the order of table {table.name}")
    return str(compiled)


def undo_change(session: Session, change_id: int) -> int:
    """Put back every figure `change_id` replaced; refuse if a later change altered them."""
    return _replay(session, change_id, undo=True)


def redo_change(session: Session, change_id: int) -> int:
    """Apply an undone change again."""
    return _replay(session, change_id, undo=False)


def _replay(session: Session, change_id: int, undo: bool) -> int:
    change = session.get(ChangeSet, change_id)
    if change is None:
        raise StoreError(
            message(QT_TRANSLATE_NOOP("messages", "there is no change {id}"), id=change_id)
        )
    if undo == (change.undone_at is not None):
        raise UndoConflict(
            message(QT_TRANSLATE_NOOP("messages", "this change is already undone"))
            if undo
            else message(QT_TRANSLATE_NOOP("messages", "this change is not undone"))
        )
    revisions = change.revisions
    current = _current_cells(session, {r.kpi_id for r in revisions})
    wanted: dict[CellKey, CellState] = {}
    for revision in reversed(revisions):
        old = CellState(revision.old_value, revision.old_currency, revision.old_note or "")
        new = CellState(revision.new_value, revision.new_currency, revision.new_note or "")
        expected, restored = (new, old) if undo else (old, new)
        key = (revision.kpi_id, revision.segment_id, revision.month)
        if current.get(key, _EMPTY) != expected:
            raise UndoConflict(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "the figure for {month} was changed again after this change; "
                        "undo the later change first",
                    ),
                    month=revision.month,
                )
            )
        wanted[key] = restored
    _set_cells(session, change.id, wanted, current)
    replay_kpis(session, change, undo)
    replay_segments(session, change, undo)
    set_retracted(session, change, datetime.now() if undo else None)
    change.undone_at = datetime.now() if undo else None
    return len(wanted)


def load_figures(
    session: Session, kpi_ids: Collection[int] | None = None
) -> dict[int, dict[Month, Figure]]:
    """Every current figure of the business as a whole (or those of `kpi_ids`), by KPI id and
    month: all of an untracked KPI's, a tracked one's typed totals."""
    return load_cells(session, kpi_ids)[0]


SegmentFigures = dict[int, dict[int, dict[Month, Figure]]]
"""Figures by KPI id, segment id and month."""


def load_cells(
    session: Session, kpi_ids: Collection[int] | None = None
) -> tuple[dict[int, dict[Month, Figure]], SegmentFigures]:
    """Every current figure (or those of `kpi_ids`) in one read: the totals by KPI id and
    month, and the segments' figures by KPI id, segment id and month."""
    query = _cells_query()
    if kpi_ids is not None:
        query = query.where(Measurement.kpi_id.in_(list(kpi_ids)))
    totals: dict[int, dict[Month, Figure]] = {}
    segments: SegmentFigures = {}
    months: dict[str, Month] = {}
    for kpi_id, segment_id, text, value, currency, note in session.execute(query):
        month = months.get(text)
        if month is None:
            month = months[text] = Month.parse(text)
        figure = Figure(value, currency, note or "")
        if segment_id == TOTAL_SEGMENT:
            totals.setdefault(kpi_id, {})[month] = figure
        else:
            segments.setdefault(kpi_id, {}).setdefault(segment_id, {})[month] = figure
    return totals, segments


def cell_history(
    session: Session, kpi_id: int, month: Month, segment_id: int = TOTAL_SEGMENT
) -> list[tuple[ChangeSet, MeasurementRevision]]:
    """Every change to one cell, oldest first: the old and new value, when and from where."""
    query = (
        select(ChangeSet, MeasurementRevision)
        .join(MeasurementRevision, MeasurementRevision.change_id == ChangeSet.id)
        .where(
            MeasurementRevision.kpi_id == kpi_id,
            MeasurementRevision.segment_id == segment_id,
            MeasurementRevision.month == str(month),
        )
        .order_by(MeasurementRevision.id)
    )
    return [(change, revision) for change, revision in session.execute(query)]
