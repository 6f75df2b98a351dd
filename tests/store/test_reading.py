"""Reads take no write lock: a preview or a reload never makes a typed edit wait, and SQL in
the store is never pasted together from strings."""

import ast
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.store.errors import WorkspaceRefused
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.kpis import add_kpi
from kpidesk.store.loading import load_snapshot
from kpidesk.store.workspace import open_for_reading, open_workspace

JAN = Month(2025, 1)
STORE = Path(__file__).parents[2] / "kpidesk" / "store"
SQL_WORDS = ("SELECT ", "INSERT ", "UPDATE ", "DELETE ", "PRAGMA ", "CREATE ", "DROP ", "BEGIN")


def test_a_write_lands_while_a_read_transaction_is_open(any_location: str) -> None:
    """A read is one moment of the workspace: another desktop's write lands meanwhile, and
    the read sees it only in its next transaction (on PostgreSQL: REPEATABLE READ)."""
    workspace = open_workspace(any_location)
    other = open_workspace(any_location)
    try:
        with workspace.transaction() as session:
            kpi_id = add_kpi(session, KpiDefinition("Sales", Unit.COUNT)).id
        with workspace.reading() as reading:
            assert load_snapshot(reading).scorecard.value("Sales", Month(2025, 1)) is None
            with other.transaction() as session:
                change = start_change(session, "edit")
                write_figures(session, change, [CellWrite(kpi_id, Month(2025, 1), 3)])
            assert load_snapshot(reading).scorecard.value("Sales", Month(2025, 1)) is None
        with workspace.reading() as reading:
            assert load_snapshot(reading).scorecard.value("Sales", Month(2025, 1)) == 3
    finally:
        other.close()
        workspace.close()


def test_only_writes_begin_immediate(workspace) -> None:
    from sqlalchemy import event

    begun: list[str] = []
    event.listen(
        workspace.engine,
        "before_cursor_execute",
        lambda _c, _k, statement, *_: begun.append(statement) if "BEGIN" in statement else None,
    )
    with workspace.reading() as session:
        load_snapshot(session)
    with workspace.transaction() as session:
        add_kpi(session, KpiDefinition("Sales", Unit.COUNT))
    assert begun == ["BEGIN", "BEGIN IMMEDIATE"]


def test_no_sql_in_the_store_is_built_from_an_f_string() -> None:
    built = []
    for source in sorted(STORE.rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                text = "".join(
                    part.value for part in node.values if isinstance(part, ast.Constant)
                ).upper()
                if any(word in text for word in SQL_WORDS):
                    built.append(f"{source.name}:{node.lineno}")
    assert built == []


def test_a_read_only_workspace_from_an_older_kpidesk_is_refused_in_one_line_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.kpidesk"
    workspace = open_workspace(path)
    with workspace.transaction() as session:
        kpi_id = add_kpi(session, KpiDefinition("Sales", Unit.COUNT)).id
        write_figures(session, start_change(session, "edit"), [CellWrite(kpi_id, JAN, 8)])
    workspace.close()
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("DROP TABLE workspace_clock")
        connection.execute("UPDATE alembic_version SET version_num = '0004'")
    before = path.read_bytes()
    monkeypatch.setattr(os, "access", lambda *_args, **_kwargs: False)
    with pytest.raises(WorkspaceRefused, match=r"older kpidesk .* read-only; copy it"):
        open_for_reading(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.kpidesk"]
