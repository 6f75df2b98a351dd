"""A command that fails writes nothing and creates nothing, in one line with exit status 2."""

import hashlib
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kpidesk.store.workspace import open_workspace
from tests.workbooks import write_text


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def refused(result: subprocess.CompletedProcess[str], says: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert says in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["status"],
        ["status", "--json"],
        ["kpi", "list"],
        ["export", "{tmp}/out.csv"],
        ["export", "-"],
        ["goal", "history", "Revenue"],
        ["record", "Revenue", "2025-01", "5"],
        ["goal", "set", "Revenue", "--from", "2025-01", "--monthly", "5"],
    ],
)
def test_a_mistyped_db_says_there_is_no_workspace_and_makes_none(
    cli, tmp_path: Path, args: list[str]
) -> None:
    cli.db = tmp_path / "typo.kpidesk"
    refused(cli(*[a.format(tmp=tmp_path) for a in args], ok=False), "there is no workspace at")
    assert files_in(tmp_path) == []


def test_a_command_that_would_make_a_workspace_but_fails_makes_nothing(cli, tmp_path: Path) -> None:
    cli.db = tmp_path / "new" / "folder" / "shop.kpidesk"
    refused(cli("kpi", "add", "--catalog", "no_such_key", ok=False), "no_such_key")
    notes = write_text(tmp_path / "notes.csv", "just,some\nwords,here\n")
    result = cli("import", str(notes), "--create-kpis", ok=False)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert files_in(tmp_path) == ["notes.csv"]


def test_the_catalog_needs_no_workspace(cli, tmp_path: Path) -> None:
    assert "nps" in cli("kpi", "catalog").stdout
    assert files_in(tmp_path) == []


@pytest.mark.parametrize("args", [["status"], ["demo"], ["kpi", "add", "--catalog", "nps"]])
def test_a_zero_byte_file_is_not_a_workspace(cli, tmp_path: Path, args: list[str]) -> None:
    cli.db.write_bytes(b"")
    refused(cli(*args, ok=False), "is empty (0 bytes)")
    assert cli.db.read_bytes() == b"" and files_in(tmp_path) == [cli.db.name]


def damage(path: Path) -> None:
    """Scribble over the second half of the file's pages, as a failing disk would."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:] = b"\x5a" * (len(data) - middle)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "args", [["status"], ["kpi", "list"], ["record", "Revenue", "2026-01", "5"], ["demo"]]
)
def test_a_damaged_workspace_is_found_said_and_never_written(
    cli, tmp_path: Path, args: list[str]
) -> None:
    cli("demo")
    damage(cli.db)
    before = digest(cli.db)
    result = cli(*args, ok=False)
    refused(result, "is damaged")
    assert "restore it from a backup copy" in result.stderr
    assert digest(cli.db) == before and files_in(tmp_path) == [cli.db.name]


def limited(args: list[str], file_size: int) -> subprocess.CompletedProcess[str]:
    """kpidesk in a process that cannot write a file beyond `file_size` bytes: the disk is
    full. SIGXFSZ is ignored so a write fails with an error instead of killing the process."""

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))

    return subprocess.run(
        [sys.executable, "-m", "kpidesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit,
    )


def test_a_full_disk_is_one_line_and_leaves_the_workspace_as_it_was(cli, tmp_path: Path) -> None:
    cli("kpi", "add", "Walk-ins", "--unit", "count", "--aggregation", "sum")
    before = digest(cli.db)
    table = tmp_path / "years.csv"
    months = [f"{year}-{month:02d}" for year in range(1900, 2100) for month in range(1, 13)]
    table.write_text(
        "kpi,month,value\n" + "".join(f"Walk-ins,{m},{i}\n" for i, m in enumerate(months))
    )
    result = limited(["--db", str(cli.db), "import", str(table)], cli.db.stat().st_size)
    refused(result, "could not save to cli.kpidesk")
    assert "nothing was changed" in result.stderr
    assert digest(cli.db) == before
    assert cli("export", "-").stdout == "kpi,month,value,target\n"


def test_a_backup_that_fails_is_one_line_and_the_old_workspace_stays(tmp_path: Path) -> None:
    from tests.store.test_migration import make_old_workspace

    path = tmp_path / "old.kpidesk"
    make_old_workspace(path, "0001")
    before = digest(path)
    result = limited(["--db", str(path), "status"], path.stat().st_size // 2)
    refused(result, "could not make the backup")
    assert digest(path) == before and files_in(tmp_path) == ["old.kpidesk"]


def test_the_workspace_made_by_a_command_is_complete(tmp_path: Path) -> None:
    """A new workspace is put in place only when its command is done, and then opens."""
    from kpidesk.cli import main

    path = tmp_path / "deep" / "shop.kpidesk"
    assert main(["--db", str(path), "kpi", "add", "--catalog", "nps"]) == 0
    assert files_in(path.parent) == ["shop.kpidesk"]
    open_workspace(path, create=False).close()
    assert os.path.getsize(path) > 0
