"""Monthly figures: writing them with a trace of what they replaced, and undoing that.

Every write belongs to a change set; for each cell it actually changes, a revision keeps the
value before and after. Undo and redo walk those revisions through the same cell-setting
function, so an undone import restores every value it overwrote.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import Select, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.domain.money import entry_currency
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Figure
from kpidesk.store.errors import StoreError, UndoConflict
from kpidesk.store.models import ChangeSet, KpiRecord, Measurement, MeasurementRevision
from kpidesk.store.targets import set_retracted


class CellWrite(NamedTuple):
    """Set (or, with value None, clear) one KPI's figure for one month.

    `note` None keeps the cell's note; `currency` None means the KPI's currency for that month.
    """

    kpi_id: int
    month: Month
    value: float | None
    note: str | None = None
    currency: str | None = None


CellWriteFields = tuple[int, Month, float | None, str | None, str | None]
"""A `CellWrite`'s five fields as a plain tuple, which `write_figures` takes as well: an import
of a hundred thousand figures builds them without a Python call each."""


class CellState(NamedTuple):
    value: float | None
    currency: str | None
    note: str


_EMPTY = CellState(None, None, "")


def start_change(session: Session, kind: str, source: str = "", summary: str = "") -> ChangeSet:
    """Open a change set for one user action (typed edit, paste, import, demo)."""
    change = ChangeSet(made_at=datetime.now(), kind=kind, source=source, summary=summary)
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
    targets: dict[tuple[int, str], tuple[float | None, str | None, str]] = {}
    for kpi_id, month, value, note, currency in writes:
        text = month_texts.get(month)
        if text is None:
            text = month_texts[month] = str(month)
        key = (kpi_id, text)
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
        (k, m, *state, change_id)
        for (k, m), state in targets.items()
        if (k, m) not in current and state[0] is not None
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


NewFigure = tuple[int, Month, float, str | None, str]
"""KPI id, month, figure, its currency (None: the KPI's for that month) and its note."""


def insert_figures(session: Session, change: ChangeSet, figures: list[NewFigure]) -> int:
    """Write figures into cells that hold none, as part of `change`: an import's new cells,
    which its preview found empty within the same transaction. Each KPI and month appears
    once. A cell that holds a figure after all is refused by the store's unique index, and
    the whole change with it. Returns how many were written."""
    kpi_ids = {figure[0] for figure in figures}
    currencies = _kpi_currencies(session, kpi_ids)
    _refuse_unknown(kpi_ids, currencies)
    texts = {month: str(month) for month in {figure[1] for figure in figures}}
    change_id = change.id
    rows = [
        (
            kpi_id,
            texts[month],
            float(value),
            currency or entry_currency(currencies[kpi_id], month),
            note,
            change_id,
        )
        for kpi_id, month, value, currency, note in figures
    ]
    try:
        _insert_new_cells(session, rows)
    except IntegrityError:
        raise StoreError(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "a figure was written meanwhile to a cell thought empty; try again"
                )
            )
        ) from None
    return len(rows)


def _refuse_unknown(kpi_ids: set[int], currencies: dict[int, str | None]) -> None:
    unknown = kpi_ids - currencies.keys()
    if unknown:
        raise StoreError(
            message(QT_TRANSLATE_NOOP("messages", "no KPI with id {id}"), id=min(unknown))
        )


def _insert_new_cells(session: Session, rows: Sequence[tuple[object, ...]]) -> None:
    """Insert figures for cells that had none, with their revisions (nothing before, the
    figure after). The revisions are copied by one INSERT … SELECT from the rows just
    inserted, which are the ones past the highest id before: half the work of an import of
    a hundred thousand new figures."""
    if not rows:
        return
    table = Measurement.__table__
    before = session.scalar(select(func.coalesce(func.max(Measurement.id), 0)))
    _insert_many(session, table, _MEASUREMENT_COLUMNS, rows)
    copied = select(
        table.c.change_id,
        table.c.kpi_id,
        table.c.month,
        table.c.value,
        table.c.currency,
        table.c.note,
    ).where(table.c.id > before)
    revisions = MeasurementRevision.__table__
    session.execute(
        insert(revisions).from_select(
            ["change_id", "kpi_id", "month", "new_value", "new_currency", "new_note"], copied
        )
    )


def _kpi_currencies(session: Session, kpi_ids: set[int]) -> dict[int, str | None]:
    rows = session.execute(
        select(KpiRecord.id, KpiRecord.currency).where(KpiRecord.id.in_(kpi_ids))
    )
    return {kpi_id: currency for kpi_id, currency in rows}


def _cells_query() -> Select[int, str, float, str | None, str]:
    return select(
        Measurement.kpi_id,
        Measurement.month,
        Measurement.value,
        Measurement.currency,
        Measurement.note,
    )


def _current_cells(session: Session, kpi_ids: set[int]) -> dict[tuple[int, str], CellState]:
    query = _cells_query().where(Measurement.kpi_id.in_(kpi_ids))
    return {(k, m): CellState(v, c, n or "") for k, m, v, c, n in session.execute(query)}


_REVISION_COLUMNS = (
    "change_id",
    "kpi_id",
    "month",
    "old_value",
    "old_currency",
    "old_note",
    "new_value",
    "new_currency",
    "new_note",
)
_MEASUREMENT_COLUMNS = ("kpi_id", "month", "value", "currency", "note", "change_id")


def _record_revisions(
    session: Session,
    change_id: int,
    changed: dict[tuple[int, str], CellState],
    current: dict[tuple[int, str], CellState],
) -> None:
    rows = [
        (change_id, kpi_id, month, *current.get((kpi_id, month), _EMPTY), *after)
        for (kpi_id, month), after in changed.items()
    ]
    _insert_many(session, MeasurementRevision.__table__, _REVISION_COLUMNS, rows)


def _set_cells(
    session: Session,
    change_id: int,
    cells: dict[tuple[int, str], CellState],
    current: dict[tuple[int, str], CellState],
) -> None:
    inserts, updates, deletes = [], [], []
    for (kpi_id, month), state in cells.items():
        exists = current.get((kpi_id, month), _EMPTY).value is not None
        if state.value is None:
            if exists:
                deletes.append({"k": kpi_id, "m": month})
        elif exists:
            updates.append(
                {
                    "k": kpi_id,
                    "m": month,
                    "v": state.value,
                    "c": state.currency,
                    "n": state.note,
                    "ch": change_id,
                }
            )
        else:
            inserts.append((kpi_id, month, state.value, state.currency, state.note, change_id))
    _insert_many(session, Measurement.__table__, _MEASUREMENT_COLUMNS, inserts)
    table = Measurement.__table__
    same_cell = (table.c.kpi_id == bindparam("k"), table.c.month == bindparam("m"))
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
    times faster than SQLAlchemy's parameter processing for an import of 100 000 figures."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    marks = ", ".join("?" for _ in columns)
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})"
    connection.exec_driver_sql(sql, rows)


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
    wanted: dict[tuple[int, str], CellState] = {}
    for revision in reversed(revisions):
        old = CellState(revision.old_value, revision.old_currency, revision.old_note or "")
        new = CellState(revision.new_value, revision.new_currency, revision.new_note or "")
        expected, restored = (new, old) if undo else (old, new)
        key = (revision.kpi_id, revision.month)
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
    set_retracted(session, change, datetime.now() if undo else None)
    change.undone_at = datetime.now() if undo else None
    return len(wanted)


def load_figures(session: Session) -> dict[int, dict[Month, Figure]]:
    """Every current figure, by KPI id and month."""
    figures: dict[int, dict[Month, Figure]] = {}
    for kpi_id, month, value, currency, note in session.execute(_cells_query()):
        figures.setdefault(kpi_id, {})[Month.parse(month)] = Figure(value, currency, note or "")
    return figures


def cell_history(
    session: Session, kpi_id: int, month: Month
) -> list[tuple[ChangeSet, MeasurementRevision]]:
    """Every change to one cell, oldest first: the old and new value, when and from where."""
    query = (
        select(ChangeSet, MeasurementRevision)
        .join(MeasurementRevision, MeasurementRevision.change_id == ChangeSet.id)
        .where(MeasurementRevision.kpi_id == kpi_id, MeasurementRevision.month == str(month))
        .order_by(MeasurementRevision.id)
    )
    return [(change, revision) for change, revision in session.execute(query)]
