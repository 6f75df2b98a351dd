import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest


class Cli:
    """Runs `python -m kpidesk --db <file> ...` in a subprocess, as a script would."""

    def __init__(self, db: Path) -> None:
        self.db = db

    def __call__(self, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "kpidesk", "--db", str(self.db), *args],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if ok:
            assert result.returncode == 0, result.stderr
        return result

    def json(self, *args: str) -> list[dict]:
        return json.loads(self(*args).stdout)

    def status(self, month: str) -> dict[str, dict]:
        return {row["kpi"]: row for row in self.json("status", "--month", month, "--json")}


@pytest.fixture
def cli(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    return Cli(tmp_path / "cli.kpidesk")
