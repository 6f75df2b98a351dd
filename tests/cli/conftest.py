import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kpidesk.cli import main


class Cli:
    """Runs `kpidesk --db <file or URL> ...`: in a subprocess exactly as a script would, or
    in this process through `kpidesk.cli.main` (same parser and code, without the start-up
    cost)."""

    def __init__(self, db: Path | str, in_process: bool) -> None:
        self.db = db
        self.in_process = in_process

    def __call__(self, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        argv = ["--db", str(self.db), *args]
        result = (
            self._in_process(argv)
            if self.in_process
            else subprocess.run(
                [sys.executable, "-m", "kpidesk", *argv],
                capture_output=True,
                text=True,
                timeout=120,
            )
        )
        if ok:
            assert result.returncode == 0, result.stderr
        return result

    @staticmethod
    def _in_process(argv: list[str]) -> subprocess.CompletedProcess[str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as leaving:
                code = int(leaving.code or 0)
        return subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())

    def json(self, *args: str) -> list[dict]:
        return json.loads(self(*args).stdout)

    def status(self, month: str) -> dict[str, dict]:
        return {row["kpi"]: row for row in self.json("status", "--month", month, "--json")}


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    """The command line in a subprocess: exit codes, stderr and no tracebacks, end to end."""
    return Cli(tmp_path / "cli.kpidesk", in_process=False)


@pytest.fixture
def cli_fast(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "cli.kpidesk", in_process=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def cli_any(request: pytest.FixtureRequest, tmp_path: Path) -> Cli:
    """The command line in a subprocess, once on a workspace file and once with `--db` the
    URL of a new database on the test run's PostgreSQL server."""
    if request.param == "sqlite":
        return Cli(tmp_path / "cli.kpidesk", in_process=False)
    return Cli(request.getfixturevalue("postgres_url"), in_process=False)
