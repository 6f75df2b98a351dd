"""An older workspace is migrated on open, after a backup made with SQLite's backup API."""

import sqlite3
from pathlib import Path

from alembic import command

from kpidesk.store.engine import create_workspace_engine, workspace_url
from kpidesk.store.schema import alembic_config, head_revision
from kpidesk.store.workspace import open_workspace


def make_old_workspace(path: Path, revision: str) -> None:
    engine = create_workspace_engine(workspace_url(path))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO workspace_setting VALUES ('business_name', 'Pagarikoda')")
    db.close()


def test_older_workspace_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.kpidesk"
    make_old_workspace(path, "0001")
    workspace = open_workspace(path)
    workspace.close()
    backups = list(tmp_path.glob("old.kpidesk.before-0001-*.bak"))
    assert len(backups) == 1 and workspace.migration_backup == backups[0]
    with sqlite3.connect(backups[0]) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert db.execute("SELECT value FROM workspace_setting").fetchone() == ("Pagarikoda",)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
        assert db.execute("SELECT value FROM workspace_setting").fetchone() == ("Pagarikoda",)
        db.execute("SELECT count(*) FROM import_record").fetchone()


def test_current_workspace_is_opened_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "current.kpidesk"
    open_workspace(path).close()
    open_workspace(path).close()
    assert not list(tmp_path.glob("*.bak"))
