"""`Workspace.backup`: any workspace, a server one too, as one self-contained workspace file
that holds every row as it was, opens at the current schema, and exports the same CSV; a
backup that fails leaves no file."""

import io
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import JSON, Text, cast, select
from sqlalchemy.exc import OperationalError

from kpidesk.domain.demo import build_demo
from kpidesk.domain.month import Month
from kpidesk.io.export_csv import write_csv
from kpidesk.store import copy as store_copy
from kpidesk.store.demo_fill import fill_demo
from kpidesk.store.errors import WorkspaceRefused
from kpidesk.store.figures import undo_change
from kpidesk.store.loading import load_export
from kpidesk.store.models import Base
from kpidesk.store.schema import HEAD_REVISION, current_revision
from kpidesk.store.workspace import Workspace, open_workspace
from kpidesk.usecases.figures import record_figure

JANUARY = Month.parse("2026-01")


def every_row(workspace: Workspace) -> dict[str, list[tuple]]:
    """Each table's rows in key order, JSON as the text stored (SQL NULL apart from null)."""
    rows = {}
    with workspace.reading() as session:
        for table in Base.metadata.sorted_tables:
            columns = [cast(c, Text) if isinstance(c.type, JSON) else c for c in table.columns]
            query = select(*columns).order_by(*table.primary_key.columns)
            rows[table.name] = [tuple(row) for row in session.execute(query)]
    return rows


def exported(workspace: Workspace) -> str:
    with workspace.reading() as session:
        scorecard, _history = load_export(session)
    out = io.StringIO()
    write_csv(scorecard, out)
    return out.getvalue()


@pytest.fixture
def shop(any_workspace: Workspace) -> Workspace:
    """The demo business with one figure changed and the change undone (revisions, a change
    set marked undone, a clock that moved)."""
    with any_workspace.transaction() as session:
        fill_demo(session, build_demo("en"), workspace_name="Shop")
    with any_workspace.transaction() as session:
        _name, change = record_figure(session, "Revenue", JANUARY, 1234.5, "typo", source="test")
    with any_workspace.transaction() as session:
        undo_change(session, change)
    return any_workspace


def test_a_backup_holds_every_row_and_exports_the_same(shop: Workspace, tmp_path: Path) -> None:
    destination = tmp_path / "copy.kpidesk"
    shop.backup(destination)
    with closing(open_workspace(destination, create=False)) as copy:
        assert current_revision(copy.engine) == HEAD_REVISION
        copied, original = every_row(copy), every_row(shop)
        assert copied == original
        assert exported(copy) == exported(shop)
    assert copied["workspace_clock"] == [(1, 3)]  # three writes: demo, record, undo
    assert len(copied["measurement_revision"]) > 100
    assert sorted(p.name for p in tmp_path.iterdir() if "copy" in p.name) == ["copy.kpidesk"]


def test_a_backup_replaces_an_earlier_one(shop: Workspace, tmp_path: Path) -> None:
    destination = tmp_path / "copy.kpidesk"
    shop.backup(destination)
    with shop.transaction() as session:
        record_figure(session, "Revenue", JANUARY + 1, 777.0, source="test")
    shop.backup(destination)
    with closing(open_workspace(destination, create=False)) as copy:
        assert every_row(copy) == every_row(shop)


def test_a_server_backup_that_fails_leaves_no_file(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with closing(open_workspace(postgres_url)) as server:
        with server.transaction() as session:
            fill_demo(session, build_demo("en"), workspace_name="Shop")
        earlier = tmp_path / "copy.kpidesk"
        server.backup(earlier)
        before = earlier.read_bytes()
        copy_table = store_copy._copy_table
        copied: list[str] = []

        def server_gone(reading, writing, table) -> None:  # type: ignore[no-untyped-def]
            if table.name == "measurement_revision":
                raise OperationalError("SELECT", {}, Exception("server closed the connection"))
            copied.append(table.name)
            copy_table(reading, writing, table)

        monkeypatch.setattr(store_copy, "_copy_table", server_gone)
        with pytest.raises(WorkspaceRefused, match="server closed the connection"):
            server.backup(earlier)
        with pytest.raises(WorkspaceRefused, match="nothing was changed"):
            server.backup(tmp_path / "new.kpidesk")
    assert {"kpi", "measurement"} <= set(copied)  # the copies failed half-way through
    assert earlier.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.kpidesk"]


def test_a_backup_never_replaces_another_kind_of_file(shop: Workspace, tmp_path: Path) -> None:
    sheet = tmp_path / "figures.xlsx"
    sheet.write_bytes(b"PK\x03\x04 a spreadsheet")
    with pytest.raises(WorkspaceRefused, match="is not a kpidesk workspace"):
        shop.backup(sheet)
    assert sheet.read_bytes() == b"PK\x03\x04 a spreadsheet"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_file_backup_never_replaces_the_workspace_itself(workspace: Workspace) -> None:
    assert workspace.path is not None
    with pytest.raises(WorkspaceRefused, match="is the workspace itself"):
        workspace.backup(workspace.path)
