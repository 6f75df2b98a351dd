"""Desktops that open, write and undo in one workspace at the same moment, on PostgreSQL and
on SQLite: each reproduces a finding of issue 12 (the first two desktops on a new server
database: one failed creating `alembic_version`)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.store.engine import workspace_url
from kpidesk.store.kpis import add_kpi
from kpidesk.store.schema import HEAD_REVISION
from kpidesk.store.workspace import open_workspace
from kpidesk.usecases.figures import record_figure
from tests.history_chain import figure
from tests.together import run_together

ROUNDS = 2

OPENER = """
import sys
from kpidesk.store.workspace import open_workspace
wait_for_the_others()
open_workspace(sys.argv[1]).close()
"""

UNDOER = """
import sys
from kpidesk.store.errors import StoreError
from kpidesk.store.figures import undo_change
from kpidesk.store.workspace import open_workspace
workspace = open_workspace(sys.argv[1])
wait_for_the_others()
try:
    with workspace.transaction() as session:
        undo_change(session, int(sys.argv[2]))
except StoreError as error:
    print(error, file=sys.stderr)
    sys.exit(2)
finally:
    workspace.close()
"""

PRELOAD = ("kpidesk.store.workspace", "sqlalchemy.dialects.postgresql.psycopg", "alembic.command")


@pytest.fixture(params=["sqlite", "postgresql"])
def new_location(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], str]:
    """Where a new workspace goes, a new one each call: a file path not yet made, or the
    URL of a new empty database on the test server."""
    if request.param == "sqlite":
        paths = (str(tmp_path / f"new-{number}.kpidesk") for number in range(1000))
        return lambda: next(paths)
    return request.getfixturevalue("postgres").new_database


def script(tmp_path: Path, name: str, code: str) -> str:
    path = tmp_path / name
    path.write_text(code)
    return str(path)


def test_two_desktops_opening_an_empty_database_at_once_make_one_schema(
    new_location: Callable[[], str], tmp_path: Path
) -> None:
    opener = script(tmp_path, "opener.py", OPENER)
    for _ in range(ROUNDS):
        location = new_location()
        results = run_together([[opener, location]] * 2, preload=PRELOAD)
        assert [result.returncode for result in results] == [0, 0], [r.stderr for r in results]
        engine = create_engine(workspace_url(location))
        try:
            with engine.connect() as connection:
                versions = connection.execute(text("SELECT version_num FROM alembic_version"))
                assert versions.scalars().all() == [HEAD_REVISION]
                assert {"kpi", "measurement", "change_set", "workspace_clock"} <= set(
                    inspect(connection).get_table_names()
                )
                clock = connection.execute(text("SELECT count(*) FROM workspace_clock"))
                assert clock.scalar_one() == 1
        finally:
            engine.dispose()


def test_two_desktops_undoing_one_change_at_once_undo_it_once(
    new_location: Callable[[], str], tmp_path: Path
) -> None:
    undoer = script(tmp_path, "undoer.py", UNDOER)
    location = new_location()
    month = Month(2026, 2)
    with closing(open_workspace(location)) as workspace:
        with workspace.transaction() as session:
            kpi_id = add_kpi(session, KpiDefinition("Sales", Unit.COUNT)).id
        changes = []
        for value in (1001, 1002, 1003):
            with workspace.transaction() as session:
                changes.append(record_figure(session, "Sales", month, value, source="test")[1])
        for change, restored in zip(reversed(changes), (1002, 1001, None), strict=True):
            results = run_together([[undoer, location, str(change)]] * 2, preload=PRELOAD)
            assert sorted(result.returncode for result in results) == [0, 2]
            refused = next(result for result in results if result.returncode == 2)
            assert refused.stderr.strip() == "this change is already undone"
            assert figure(workspace, kpi_id, month) == restored
