"""An older workspace is migrated on open, after a backup made with SQLite's backup API."""

import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command

from kpidesk.domain.month import Month
from kpidesk.store.engine import create_workspace_engine, workspace_url
from kpidesk.store.figures import load_figures
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


def test_the_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from kpidesk.store.models import Base

    path = tmp_path / "fresh.kpidesk"
    open_workspace(path).close()
    engine = create_workspace_engine(workspace_url(path))
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_a_workspace_at_0002_keeps_its_figures_and_one_unique_cell_index(
    tmp_path: Path,
) -> None:
    path = tmp_path / "two.kpidesk"
    make_old_workspace(path, "0002")
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO kpi (id, name, name_key, aliases, category, unit, direction, "
            "aggregation, decimals, tolerance, description, archived, position, created_at) "
            "VALUES (1, 'Visits', 'visits', '[]', 'custom', 'count', 'higher', 'sum', 0, 10, "
            "'', 0, 1, '2025-01-01 00:00:00')"
        )
        db.execute("INSERT INTO change_set VALUES (1, '2025-01-01 00:00:00', 'edit', '', '', NULL)")
        db.execute(
            "INSERT INTO measurement (kpi_id, month, value, currency, note, change_id) "
            "VALUES (1, '2025-01', 42.0, NULL, '', 1)"
        )
    db.close()
    with closing(open_workspace(path)) as workspace, workspace.transaction() as session:
        assert load_figures(session)[1][Month(2025, 1)].value == 42.0
    with sqlite3.connect(path) as db:
        indexes = {row[1]: row[2] for row in db.execute("PRAGMA index_list(measurement)")}
        columns = {
            name: [row[2] for row in db.execute(f"PRAGMA index_info('{name}')")] for name in indexes
        }
        assert db.execute("SELECT value FROM workspace_setting").fetchone() == ("Pagarikoda",)
    db.close()
    assert [(columns[name], unique) for name, unique in indexes.items()] == [
        (["kpi_id", "segment_id", "month"], 1)
    ]
