"""Automatic backups and restoring: a week of days and a year of months are kept, nothing
else is deleted, a restore keeps what it replaces, and a backup that cannot be restored
(damaged, newer, not a workspace) is refused with the workspace unchanged."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kpidesk.domain.demo import build_demo
from kpidesk.domain.month import Month
from kpidesk.store.backups import (
    BackupKind,
    automatic_backup,
    backup_folder,
    kept,
    latest_good_backup,
    list_backups,
)
from kpidesk.store.backups_check import check_backup
from kpidesk.store.backups_restore import restore, workspace_damage
from kpidesk.store.demo_fill import fill_demo
from kpidesk.store.errors import StoreError, WorkspaceRefused
from kpidesk.store.workspace import Workspace, open_workspace
from kpidesk.usecases.figures import record_figure
from tests.store.test_migration import make_old_workspace

JANUARY = Month(2026, 1)


def revenue_january(path: Path) -> float | None:
    """The Revenue figure of January 2026 as it lies in the file."""
    with closing(sqlite3.connect(path)) as db:
        row = db.execute(
            "SELECT m.value FROM measurement m JOIN kpi k ON k.id = m.kpi_id "
            "WHERE k.name = 'Revenue' AND m.month = '2026-01' AND m.segment_id = 0"
        ).fetchone()
    return row[0] if row else None


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def set_revenue(workspace: Workspace, value: float) -> None:
    with workspace.transaction() as session:
        record_figure(session, "Revenue", JANUARY, value, source="test")


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """A closed demo workspace whose January revenue is 1000."""
    path = tmp_path / "shop.kpidesk"
    with closing(open_workspace(path)) as workspace:
        with workspace.transaction() as session:
            fill_demo(session, build_demo("en"), workspace_name="Shop")
        set_revenue(workspace, 1000.0)
    return path


def test_forty_days_of_closes_keep_seven_days_and_the_newest_of_each_month(
    workspace: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "2024-11-30 09-00-00.kpidesk").write_bytes(b"a daily copy from long ago")
    (folder / "2024-11-30 09-00-00 before restore.kpidesk").write_bytes(b"kept")
    (folder / "notes.kpidesk").write_bytes(b"not named by kpidesk")
    day = date(2025, 12, 15)
    for _ in range(40):  # 15 Dec 2025 to 23 Jan 2026, one close a day at 18:00
        with workspace.transaction():
            pass  # something changed: the clock moved
        automatic_backup(workspace, folder, datetime(day.year, day.month, day.day, 18))
        day += timedelta(days=1)
    assert sorted(p.name for p in folder.iterdir()) == [
        "2024-11-30 09-00-00 before restore.kpidesk",
        "2025-12-31 18-00-00.kpidesk",
        "2026-01-17 18-00-00.kpidesk",
        "2026-01-18 18-00-00.kpidesk",
        "2026-01-19 18-00-00.kpidesk",
        "2026-01-20 18-00-00.kpidesk",
        "2026-01-21 18-00-00.kpidesk",
        "2026-01-22 18-00-00.kpidesk",
        "2026-01-23 18-00-00.kpidesk",
        "notes.kpidesk",
    ]


def test_a_close_with_nothing_changed_writes_no_copy(workspace: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    first = automatic_backup(workspace, folder, datetime(2026, 3, 1, 9))
    assert first == folder / "2026-03-01 09-00-00.kpidesk"
    assert automatic_backup(workspace, folder, datetime(2026, 3, 2, 9)) is None
    with workspace.transaction():
        pass
    assert automatic_backup(workspace, folder, datetime(2026, 3, 2, 10)) == (
        folder / "2026-03-02 10-00-00.kpidesk"
    )


def test_the_newest_of_a_day_is_kept_and_a_year_old_month_is_not() -> None:
    made = [
        datetime(2026, 5, 10, 8),
        datetime(2026, 5, 10, 19),
        datetime(2025, 6, 30, 12),  # 11 months back: kept
        datetime(2025, 5, 31, 12),  # 12 months back: gone
        datetime(2026, 5, 11, 7),  # after today (a clock put back): kept
    ]
    assert kept(made, date(2026, 5, 10)) == {
        datetime(2026, 5, 10, 19),
        datetime(2025, 6, 30, 12),
        datetime(2026, 5, 11, 7),
    }


def test_each_workspace_has_its_own_readable_folder(tmp_path: Path) -> None:
    one = backup_folder(tmp_path / "a" / "Пекарна.kpidesk")
    other = backup_folder(tmp_path / "b" / "Пекарна.kpidesk")
    assert one.name.startswith("Пекарна-") and len(one.name) == len("Пекарна-") + 8
    assert one != other and one.parent == other.parent
    assert backup_folder(tmp_path / "a" / "Пекарна.kpidesk") == one


def test_a_restore_brings_back_the_figures_and_keeps_what_it_replaced(
    shop: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    with closing(open_workspace(shop)) as workspace:
        copy = automatic_backup(workspace, folder, datetime(2026, 2, 1, 18))
        set_revenue(workspace, 2500.0)
    assert copy is not None
    restored = restore(shop, copy, folder, now=datetime(2026, 2, 2, 9, 30))
    assert revenue_january(shop) == 1000.0
    assert restored.before == folder / "2026-02-02 09-30-00 before restore.kpidesk"
    assert revenue_january(restored.before) == 2500.0
    assert restored.contents.counts.kpis == 12
    assert sorted(p.name for p in shop.parent.iterdir()) == ["backups", "shop.kpidesk"]
    entries = list_backups(folder)
    assert [(e.path.name, e.kind) for e in entries] == [
        ("2026-02-02 09-30-00 before restore.kpidesk", BackupKind.BEFORE_RESTORE),
        ("2026-02-01 18-00-00.kpidesk", BackupKind.DAILY),
    ]
    with closing(sqlite3.connect(shop)) as db:  # two writes in the copy, three replaced
        assert db.execute("SELECT tick FROM workspace_clock").fetchone() == (4,)
    with closing(open_workspace(shop, create=False)) as reopened:
        assert reopened.path == shop.resolve()


def test_a_damaged_backup_is_refused_and_the_workspace_is_unchanged(
    shop: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    with closing(open_workspace(shop)) as workspace:
        copy = automatic_backup(workspace, folder, datetime(2026, 2, 1, 18))
    assert copy is not None
    with copy.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\xff" * 4096 * 4)
    before = digest(shop)
    with pytest.raises(WorkspaceRefused) as refused:
        restore(shop, copy, folder)
    assert str(copy) in str(refused.value)
    assert digest(shop) == before
    assert [p.name for p in folder.iterdir()] == [copy.name]
    [entry] = list_backups(folder)
    assert entry.damaged and str(copy) in str(entry.problem)


def test_a_backup_from_a_newer_kpidesk_is_refused(shop: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer.kpidesk"
    with closing(open_workspace(shop)) as workspace:
        workspace.backup(newer)
    with closing(sqlite3.connect(newer)) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
        db.commit()
    before = digest(shop)
    with pytest.raises(WorkspaceRefused, match=r"newer version of kpidesk \(schema 9999\)"):
        restore(shop, newer, tmp_path / "backups")
    assert digest(shop) == before
    assert not (tmp_path / "backups").exists()


def test_a_file_that_is_not_a_workspace_is_refused(shop: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "figures.kpidesk"
    sheet.write_text("kpi,month,value\n")
    with pytest.raises(WorkspaceRefused, match="not a kpidesk workspace"):
        check_backup(sheet)
    with pytest.raises(WorkspaceRefused, match="no backup file"):
        restore(shop, tmp_path / "missing.kpidesk", tmp_path / "backups")


def test_an_older_backup_is_migrated_when_restored(shop: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.kpidesk"
    make_old_workspace(old, "0004")
    restore(shop, old, tmp_path / "backups")
    with closing(sqlite3.connect(shop)) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == ("0006",)
        assert db.execute(
            "SELECT value FROM workspace_setting WHERE key = 'business_name'"
        ).fetchone() == ("Pagarikoda",)
    assert sorted(p.name for p in shop.parent.iterdir()) == [
        "backups",
        "old.kpidesk",
        "shop.kpidesk",
    ]


def test_a_restore_is_refused_while_the_workspace_is_open(shop: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    with closing(open_workspace(shop)) as workspace:
        copy = automatic_backup(workspace, folder, datetime(2026, 2, 1, 18))
        assert copy is not None
        with pytest.raises(WorkspaceRefused, match="open in another kpidesk"):
            restore(shop, copy, folder)


def test_a_damaged_workspace_is_restored_from_its_latest_good_backup(
    shop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kpidesk.store.backups.backups_root", lambda: tmp_path / "root")
    folder = backup_folder(shop)
    with closing(open_workspace(shop)) as workspace:
        good = automatic_backup(workspace, None, datetime(2026, 2, 1, 18))
        set_revenue(workspace, 3000.0)
        newest = automatic_backup(workspace, None, datetime(2026, 2, 2, 18))
    assert good is not None and newest is not None and good.parent == folder
    newest.write_bytes(b"\x00" * 1024)  # the newest copy is no workspace
    shop.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)
    assert workspace_damage(shop) is not None
    best = latest_good_backup(shop)
    assert best is not None and best.path == good
    restored = restore(shop, best.path, now=datetime(2026, 2, 3, 8))
    assert revenue_january(shop) == 1000.0
    assert restored.before is not None
    assert restored.before.read_bytes().startswith(b"SQLite format 3\x00\x13")
    assert workspace_damage(shop) is None


def test_a_server_workspace_is_not_restored_from_a_file(shop: Path) -> None:
    with pytest.raises(StoreError, match="server workspace cannot be restored"):
        restore("postgresql://maria@server/shop", shop)


def test_a_server_workspace_is_backed_up_too_and_only_when_it_changed(
    any_workspace: Workspace, tmp_path: Path
) -> None:
    with any_workspace.transaction() as session:
        fill_demo(session, build_demo("en"), workspace_name="Shop")
    folder = tmp_path / "backups"
    copy = automatic_backup(any_workspace, folder, datetime(2026, 4, 30, 17, 45))
    assert copy == folder / "2026-04-30 17-45-00.kpidesk"
    assert automatic_backup(any_workspace, folder, datetime(2026, 5, 1, 8)) is None
    [entry] = list_backups(folder)
    assert entry.contents is not None and entry.contents.counts.kpis == 12
