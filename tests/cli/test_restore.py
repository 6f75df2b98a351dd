"""`kpidesk restore FROM` and `kpidesk restore --list`, in-process: what was restored and where
the state before went; a backup that cannot be restored is exit 2 with the file named and the
workspace unchanged."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from kpidesk.store.backups import backup_folder
from tests.cli.conftest import Cli


@pytest.fixture(autouse=True)
def backups_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The automatic backups go to the test's folder, not the user data folder."""
    root = tmp_path / "user-data" / "backups"
    monkeypatch.setattr("kpidesk.store.backups.backups_root", lambda: root)
    return root


@pytest.fixture
def shop(cli_fast: Cli, tmp_path: Path) -> Path:
    """A workspace with one KPI and January's figure 100, backed up to `backup.kpidesk`; then
    January became 250."""
    cli_fast("kpi", "add", "Visits", "--unit", "count", "--aggregation", "sum")
    cli_fast("record", "Visits", "2026-01", "100")
    cli_fast("backup", str(tmp_path / "backup.kpidesk"))
    cli_fast("record", "Visits", "2026-01", "250")
    return tmp_path / "backup.kpidesk"


def visits(path: Path) -> list[tuple[str, float]]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT month, value FROM measurement ORDER BY month").fetchall()


def test_restore_brings_back_the_backup_and_says_where_the_old_state_is(
    cli_fast: Cli, shop: Path
) -> None:
    result = cli_fast("restore", str(shop))
    workspace = Path(cli_fast.db)
    assert visits(workspace) == [("2026-01", 100.0)]
    [before] = backup_folder(workspace).glob("* before restore.kpidesk")
    assert visits(before) == [("2026-01", 250.0)]
    assert result.stdout == (
        f"Restored {workspace} from {shop} (1 KPI, 1 figure, 0 targets); "
        f"the workspace as it was is kept in {before}.\n"
    )
    assert cli_fast("status", "--month", "2026-01").returncode == 0


def test_a_damaged_backup_is_exit_2_naming_the_file(
    cli_fast: Cli, shop: Path, tmp_path: Path
) -> None:
    damaged = tmp_path / "damaged.kpidesk"
    damaged.write_bytes(shop.read_bytes()[:5000])
    workspace = Path(cli_fast.db)
    before = hashlib.sha256(workspace.read_bytes()).hexdigest()
    result = cli_fast("restore", str(damaged), ok=False)
    assert result.returncode == 2
    assert str(damaged) in result.stderr and "Traceback" not in result.stderr
    assert hashlib.sha256(workspace.read_bytes()).hexdigest() == before


def test_a_spreadsheet_is_not_restored(cli_fast: Cli, shop: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "figures.csv"
    sheet.write_text("kpi,month,value\nVisits,2026-01,9\n")
    result = cli_fast("restore", str(sheet), ok=False)
    assert result.returncode == 2
    assert result.stderr == (
        f"kpidesk: {sheet} is not a kpidesk workspace (it is not a SQLite database)\n"
    )
    assert visits(Path(cli_fast.db)) == [("2026-01", 250.0)]


def test_restore_without_a_file_or_list_is_refused(cli_fast: Cli, shop: Path) -> None:
    result = cli_fast("restore", ok=False)
    assert result.returncode == 2 and "restore --list" in result.stderr


def test_list_shows_the_backups_newest_first(cli_fast: Cli, shop: Path, backups_here: Path) -> None:
    workspace = Path(cli_fast.db)
    assert cli_fast("restore", "--list").stdout == (
        f"No backups of {workspace} yet; they are kept in {backup_folder(workspace)}.\n"
    )
    folder = backup_folder(workspace)
    folder.mkdir(parents=True)
    (folder / "2026-02-01 18-00-00.kpidesk").write_bytes(shop.read_bytes())
    (folder / "2026-02-03 09-15-00.kpidesk").write_bytes(b"not a workspace")
    lines = cli_fast("restore", "--list").stdout.splitlines()
    assert lines == [
        f"Backups of {workspace} in {folder}, newest first:",
        f"2026-02-03 09:15  damaged: {folder / '2026-02-03 09-15-00.kpidesk'} is not a kpidesk "
        f"workspace (it is not a SQLite database)  {folder / '2026-02-03 09-15-00.kpidesk'}",
        f"2026-02-01 18:00  1 KPI, 1 figure, 0 targets  {folder / '2026-02-01 18-00-00.kpidesk'}",
    ]
