"""A real PostgreSQL server for the test run, started once and stopped at its end.

The server is Debian's `postgresql` (what `packaging/setup.sh test` installs): `initdb` into
a temporary folder as an unprivileged user (`postgres` when the tests run as root, since the
server refuses to run as root), then `pg_ctl` on 127.0.0.1 and a free port, with fsync off.
Each test gets a database of its own. A machine without the server fails the tests that
need it, naming what is missing: in CI a missing server is a failure, never a skip.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "kpidesk_test"


@dataclass
class PostgresServer:
    folder: Path
    port: int
    user: str
    _numbers = itertools.count(1)
    _template: str | None = None

    def new_workspace_database(self) -> str:
        """A new database holding a new, migrated workspace: a copy of one migrated once per
        test run, which spares each test the half second that migrating takes."""
        if self._template is None:
            from kpidesk.store.workspace import open_workspace

            name = f"template_{os.getpid()}"
            self.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
            open_workspace(self.url(name)).close()
            self._template = name
        name = f"ws_{os.getpid()}_{next(self._numbers)}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self._template}"')
        return self.url(name)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A new empty database; returns its SQLAlchemy URL."""
        name = f"ws_{os.getpid()}_{next(self._numbers)}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.url(name)

    def execute(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(statement)

    def halt(self) -> None:
        """Stop the server, keeping its databases: a server gone down mid-session."""
        _run_as(
            self.user,
            [_binary("pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop"],
        )

    def resume(self) -> None:
        """Start a halted server again on its port."""
        _start(self.user, self.folder, self.port)

    def stop(self) -> None:
        self.halt()
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server() -> PostgresServer:
    """Start a throwaway server, or raise RuntimeError saying what is missing."""
    user = _server_user()
    folder = Path(tempfile.mkdtemp(prefix="kpidesk-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    _run_as(
        user,
        [
            _binary("initdb"),
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            "-A",
            "trust",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C",
        ],
    )
    port = _free_port()
    _start(user, folder, port)
    return PostgresServer(folder, port, user)


def _start(user: str, folder: Path, port: int) -> None:
    options = f"-h 127.0.0.1 -p {port} -k {folder} -F -c max_connections=200"
    _run_as(
        user,
        [
            _binary("pg_ctl"),
            "-D",
            str(folder / "data"),
            "-o",
            options,
            "-l",
            str(folder / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        ],
    )


def _server_user() -> str:
    """The user the server runs as: ourselves, or `postgres` when we are root."""
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid()).pw_name
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise RuntimeError(
            "the tests run as root and there is no 'postgres' user to run PostgreSQL as "
            "(install Debian's postgresql package: sh packaging/setup.sh test)"
        ) from None
    return "postgres"


def _binary(name: str) -> str:
    """A server program from Debian's versioned folder (not on PATH), or from PATH."""
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    found = candidates[0] if candidates else shutil.which(name)
    if found is None:
        raise RuntimeError(
            f"PostgreSQL's {name} was not found (install Debian's postgresql package: "
            "sh packaging/setup.sh test)"
        )
    return found


def _run_as(user: str, command: list[str]) -> None:
    if os.geteuid() == 0:
        command = ["runuser", "-u", user, "--", *command]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {result.stderr or result.stdout}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
