import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from kpidesk.store.errors import WorkspaceRefused
from kpidesk.store.schema import head_revision
from kpidesk.store.settings import WorkspaceSettings, load_settings, save_settings
from kpidesk.store.workspace import open_workspace


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_workspace_is_migrated_to_head(tmp_path: Path) -> None:
    path = tmp_path / "new.kpidesk"
    open_workspace(path).close()
    with sqlite3.connect(path) as db:
        assert (
            db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        )
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"kpi", "measurement", "measurement_revision", "target_change", "change_set"} <= tables


def test_every_connection_has_foreign_keys_wal_and_busy_timeout(workspace) -> None:
    with workspace.transaction() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_a_file_from_a_newer_kpidesk_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "newer.kpidesk"
    open_workspace(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    db.close()
    before = digest(path)
    with pytest.raises(WorkspaceRefused, match="newer version of kpidesk"):
        open_workspace(path)
    assert digest(path) == before


def test_a_foreign_sqlite_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    db.close()
    before = digest(path)
    with pytest.raises(WorkspaceRefused, match="not a kpidesk workspace"):
        open_workspace(path)
    assert digest(path) == before
    assert not Path(f"{path}-wal").exists()


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.kpidesk"
    path.write_text("these are my notes")
    with pytest.raises(WorkspaceRefused, match="not a SQLite database"):
        open_workspace(path)
    assert path.read_text() == "these are my notes"


def test_backup_is_a_consistent_copy(workspace, tmp_path: Path) -> None:
    with workspace.transaction() as session:
        save_settings(session, WorkspaceSettings(business_name="Kohvik", fiscal_start=4))
    copy = tmp_path / "copy.kpidesk"
    workspace.backup(copy)
    with closing(open_workspace(copy)) as reopened, reopened.transaction() as session:
        assert load_settings(session).business_name == "Kohvik"


def test_a_url_works_as_well_as_a_path(tmp_path: Path) -> None:
    path = tmp_path / "by-url.kpidesk"
    ws = open_workspace(f"sqlite:///{path}")
    ws.close()
    assert path.exists()
