"""`packaging/try_postgres.sh` starts a local PostgreSQL that kpidesk works on with exactly
the command it prints (the password in a libpq password file, none in the URL), and stops
with the command it prints."""

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "packaging" / "try_postgres.sh"


@pytest.fixture
def folder() -> Iterator[Path]:
    """A folder in /tmp itself: as root the server runs as `postgres`, which cannot enter
    pytest's own (private) temporary folders."""
    made = Path(tempfile.mkdtemp(prefix="kpidesk-try-"))
    os.chmod(made, 0o755)
    yield made / "server"
    shutil.rmtree(made, ignore_errors=True)


def test_the_printed_command_opens_the_server_and_the_printed_stop_stops_it(
    folder: Path,
) -> None:
    started = subprocess.run(
        ["sh", str(SCRIPT), str(folder)], capture_output=True, text=True, timeout=120
    )
    assert started.returncode == 0, started.stderr
    printed = started.stdout
    stop = re.search(r"^Stop it:\s+(.+)$", printed, re.MULTILINE)
    assert stop is not None
    try:
        demo = re.search(r"^\s+PGPASSFILE=(\S+) kpidesk --db (\S+) demo$", printed, re.MULTILINE)
        assert demo is not None, printed
        pgpass, url = demo.groups()
        assert re.fullmatch(r"postgresql://kpidesk@127\.0\.0\.1:\d+/shop", url)
        assert Path(pgpass).stat().st_mode & 0o777 == 0o600
        env = {**os.environ, "PGPASSFILE": pgpass}
        env.pop("PGPASSWORD", None)
        for command, shows in ((["demo"], "Demo business"), (["status"], "Revenue")):
            result = subprocess.run(
                [sys.executable, "-m", "kpidesk", "--db", url, *command],
                capture_output=True,
                text=True,
                timeout=120,
                env=env,
            )
            assert result.returncode == 0, result.stderr
            assert shows in result.stdout
    finally:
        stopped = subprocess.run(shlex.split(stop.group(1)), capture_output=True, text=True)
    assert stopped.returncode == 0, stopped.stderr
    assert not (folder / "data" / "postmaster.pid").exists()
