"""Copy a workspace on a server into one self-contained workspace file.

A team's PostgreSQL workspace is backed up as a SQLite workspace file the owner can keep,
mail or open with `--db`: it shows the same status and the same export. The copy is a new
workspace at the current schema, filled with every table's rows in one read transaction
(REPEATABLE READ on PostgreSQL), so it is one moment of the workspace even while other
desktops write. It is built beside its place under a passing name and renamed into place
only when complete, so a copy that fails (a server gone, a full disk) leaves no file.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path

from sqlalchemy import JSON, Connection, Table, Text, bindparam, cast, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.store.engine import one_line
from kpidesk.store.errors import StoreError, WorkspaceRefused
from kpidesk.store.models import Base
from kpidesk.store.schema import backup_failed, check_sqlite_file
from kpidesk.store.workspace import Workspace, open_workspace

_BATCH = 2_000
"""Rows read and written at a time: a large history is copied without holding it all."""
_SIDE_FILES = ("-wal", "-shm", "-journal")


def copy_to_file(source: Workspace, destination: Path) -> None:
    """Write every row of `source` into a new workspace file at `destination` (replacing an
    earlier backup there), or raise WorkspaceRefused and leave no file behind."""
    partial = destination.with_name(f".{destination.name}.{os.getpid()}.partial")
    done = False
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        _remove(partial)
        copy = open_workspace(partial)
        try:
            _copy_rows(source, copy)
        finally:
            copy.close()
        os.replace(partial, destination)
        done = True
    except DBAPIError as error:
        raise backup_failed(destination, one_line(error.orig)) from None
    except StoreError as error:
        raise backup_failed(destination, error.message or str(error)) from None
    except OSError as error:
        raise backup_failed(destination, error) from None
    finally:
        if not done:
            _remove(partial)


def refuse_destination(source: Workspace, destination: Path) -> None:
    """A backup replaces only an earlier workspace file, never the workspace it copies nor
    another kind of file (a spreadsheet named by mistake)."""
    if not destination.exists():
        return
    if source.path is not None and destination.resolve() == source.path.resolve():
        raise WorkspaceRefused(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{path} is the workspace itself; name another file for the backup",
                ),
                path=destination,
            )
        )
    try:
        check_sqlite_file(destination)
    except WorkspaceRefused:
        raise WorkspaceRefused(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{path} exists and is not a kpidesk workspace; the backup would replace "
                    "it, so nothing was written: name another file",
                ),
                path=destination,
            )
        ) from None


def _copy_rows(source: Workspace, copy: Workspace) -> None:
    """Empty the new workspace's tables (a new one holds its clock's first row), then fill
    them in foreign-key order from one read of the source."""
    tables = Base.metadata.sorted_tables
    with source.reading() as reading, copy.engine.begin() as writing:
        for table in reversed(tables):
            writing.execute(table.delete())
        for table in tables:
            _copy_table(reading, writing, table)


def _copy_table(reading: Session, writing: Connection, table: Table) -> None:
    """A JSON column is copied as its text, so SQL NULL stays NULL and JSON null stays
    JSON null: decoded and encoded again, both would become one of them."""
    as_text = [column.name for column in table.columns if isinstance(column.type, JSON)]
    columns = [
        cast(column, Text).label(column.name) if column.name in as_text else column
        for column in table.columns
    ]
    query = select(*columns).order_by(*table.primary_key.columns)
    insert = table.insert().values({name: bindparam(name, type_=Text) for name in as_text})
    for batch in reading.execute(query).mappings().partitions(_BATCH):
        writing.execute(insert, [dict(row) for row in batch])


def _remove(partial: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        with suppress(OSError):
            Path(f"{partial}{suffix}").unlink()
