"""Reading commands take no write lock and work on a workspace that cannot be written."""

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

READING = [
    ["status"],
    ["status", "--json"],
    ["kpi", "list"],
    ["goal", "history", "Revenue", "--json"],
    ["export", "{out}"],
]
SHOWS = {"status": "Revenue", "kpi": "Revenue", "goal": "First goals", "export": "Revenue"}


def as_owner(args: list[str]) -> subprocess.CompletedProcess[str]:
    """kpidesk as a plain user would run it: root ignores file modes, so as root it runs
    without the capability that overrides them (setpriv), and chmod means what it says."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: file modes cannot be enforced")
        prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"]
    return subprocess.run(
        [*prefix, sys.executable, "-m", "kpidesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def shop(cli, tmp_path: Path) -> Path:
    folder = tmp_path / "shop"
    folder.mkdir()
    cli.db = folder / "shop.kpidesk"
    cli("demo")
    return cli.db


@pytest.mark.parametrize("args", READING)
@pytest.mark.parametrize("locked", ["file", "folder"])
def test_reading_commands_work_on_a_read_only_workspace(
    shop: Path, tmp_path: Path, args: list[str], locked: str
) -> None:
    out = tmp_path / "out.csv"
    before = digest(shop)
    target = shop if locked == "file" else shop.parent
    mode = target.stat().st_mode
    target.chmod(0o444 if locked == "file" else 0o555)
    try:
        result = as_owner(["--db", str(shop), *[a.format(out=out) for a in args]])
    finally:
        target.chmod(mode)
    assert result.returncode == 0, result.stderr
    assert SHOWS[args[0]] in (out.read_text() if "export" in args else result.stdout)
    assert digest(shop) == before
    assert sorted(p.name for p in shop.parent.iterdir()) == ["shop.kpidesk"]


def test_a_change_to_a_read_only_workspace_is_refused_in_one_line(shop: Path) -> None:
    before = digest(shop)
    shop.chmod(0o444)
    try:
        result = as_owner(["--db", str(shop), "record", "Revenue", "2026-01", "5"])
    finally:
        shop.chmod(0o644)
    assert result.returncode == 2 and "is read-only" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert digest(shop) == before
    assert sorted(p.name for p in shop.parent.iterdir()) == ["shop.kpidesk"]


@pytest.mark.parametrize("args", READING)
def test_reading_commands_answer_while_another_kpidesk_is_writing(
    shop: Path, tmp_path: Path, args: list[str]
) -> None:
    """Another connection holds the write lock (BEGIN IMMEDIATE) for longer than kpidesk's
    busy timeout; a reader does not wait for it."""
    out = tmp_path / "out.csv"
    with closing(sqlite3.connect(shop, isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE measurement SET value = value + 1")
        started = time.monotonic()
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "kpidesk",
                "--db",
                str(shop),
                *[a.format(out=out) for a in args],
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        elapsed = time.monotonic() - started
        writer.execute("ROLLBACK")
    assert result.returncode == 0, result.stderr
    assert elapsed < 10


def test_a_reading_command_on_an_older_workspace_upgrades_it_first(tmp_path: Path) -> None:
    """An older workspace cannot be read as it is; the reading command migrates it (after a
    backup) as any opening does, then answers."""
    from tests.store.test_migration import make_old_workspace

    path = tmp_path / "old.kpidesk"
    make_old_workspace(path, "0001")
    result = subprocess.run(
        [sys.executable, "-m", "kpidesk", "--db", str(path), "kpi", "list", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert len(list(tmp_path.glob("old.kpidesk.before-0001-*.bak"))) == 1
