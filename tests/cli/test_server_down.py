"""A server that is down, does not answer or stops mid-session is one line and exit status 2
within ten seconds, never a traceback; once it is back the same command works. Connections
follow libpq's conventions: a password from PGPASSWORD or a password file, a service file,
sslmode, all given to libpq as they are, so kpidesk never needs one in the URL."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.postgres_server import SUPERUSER, PostgresServer, start_server

WITHIN_S = 10


def kpidesk(
    *args: str, env: dict[str, str] | None = None
) -> tuple[float, subprocess.CompletedProcess[str]]:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "kpidesk", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    return time.monotonic() - started, result


def assert_one_line_refusal(seconds: float, result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    assert seconds < WITHIN_S
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("kpidesk: ") and result.stderr.count("\n") == 1
    return result.stderr


@pytest.fixture(scope="module")
def own_server() -> Iterator[PostgresServer]:
    """A server of this module's own, to stop and start and to ask for passwords."""
    server = start_server()
    yield server
    server.stop()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_closed_port_is_one_line(tmp_path: Path) -> None:
    url = f"postgresql://maria@127.0.0.1:{closed_port()}/shop"
    backup = str(tmp_path / "shop.kpidesk")
    for command in (["status"], ["record", "Revenue", "2026-01", "5"], ["backup", backup]):
        line = assert_one_line_refusal(*kpidesk("--db", url, *command))
        assert f"cannot open workspace {url}: " in line
        assert "Connection refused" in line
    assert list(tmp_path.iterdir()) == []


def test_a_server_that_never_answers_is_given_up_on_within_ten_seconds() -> None:
    """A host that takes the connection and then says nothing, as one behind a dead link."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        line = assert_one_line_refusal(
            *kpidesk("--db", f"postgresql://maria@127.0.0.1:{port}/shop", "status")
        )
    assert "timeout expired" in line


def test_a_server_stopped_mid_session_is_one_line_and_works_again(
    own_server: PostgresServer,
) -> None:
    url = own_server.new_database()
    assert kpidesk("--db", url, "demo")[1].returncode == 0
    own_server.halt()
    try:
        for command in (["record", "Revenue", "2026-01", "5"], ["status"]):
            line = assert_one_line_refusal(*kpidesk("--db", url, *command))
            assert "Connection refused" in line
    finally:
        own_server.resume()
    _seconds, result = kpidesk("--db", url, "record", "Revenue", "2026-01", "5")
    assert result.returncode == 0, result.stderr
    assert "Revenue 2026-01: 5." in result.stdout


@pytest.fixture(scope="module")
def maria(own_server: PostgresServer) -> str:
    """A role that must give its password (scram), on a database of its own: the URL of the
    database without any password in it."""
    hba = own_server.folder / "data" / "pg_hba.conf"
    hba.write_text(f"host all maria 127.0.0.1/32 scram-sha-256\n{hba.read_text()}")
    own_server.execute("CREATE ROLE maria LOGIN PASSWORD 'kohvik-2026'")
    own_server.execute("CREATE DATABASE shop OWNER maria TEMPLATE template0")
    own_server.execute("SELECT pg_reload_conf()")
    return f"postgresql://maria@127.0.0.1:{own_server.port}/shop"


def libpq_env(tmp_path: Path, **values: str) -> dict[str, str]:
    """The environment without any libpq setting of the machine's, plus `values`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["PGPASSFILE"] = str(tmp_path / "no-pgpass")
    env.update(values)
    return env


def test_without_a_password_the_server_refusal_is_one_line(maria: str, tmp_path: Path) -> None:
    line = assert_one_line_refusal(*kpidesk("--db", maria, "status", env=libpq_env(tmp_path)))
    assert "no password supplied" in line


def test_pgpassword_gives_the_password(maria: str, tmp_path: Path) -> None:
    env = libpq_env(tmp_path, PGPASSWORD="kohvik-2026")
    assert kpidesk("--db", maria, "demo", env=env)[1].returncode == 0
    _seconds, result = kpidesk("--db", maria, "status", env=env)
    assert result.returncode == 0 and "Revenue" in result.stdout


def test_a_password_file_gives_the_password(
    own_server: PostgresServer, maria: str, tmp_path: Path
) -> None:
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{own_server.port}:shop:maria:kohvik-2026\n")
    pgpass.chmod(0o600)
    env = libpq_env(tmp_path, PGPASSFILE=str(pgpass))
    _seconds, result = kpidesk("--db", maria, "kpi", "list", env=env)
    assert result.returncode == 0, result.stderr


def test_a_service_file_names_the_server(own_server: PostgresServer, tmp_path: Path) -> None:
    url = own_server.new_database()
    database = url.rsplit("/", 1)[1]
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[team]\nhost=127.0.0.1\nport={own_server.port}\nuser={SUPERUSER}\n")
    env = libpq_env(tmp_path, PGSERVICEFILE=str(services))
    _seconds, result = kpidesk("--db", f"postgresql:///{database}?service=team", "demo", env=env)
    assert result.returncode == 0, result.stderr
    _seconds, result = kpidesk("--db", url, "kpi", "list")
    assert "Revenue" in result.stdout


def test_sslmode_in_the_url_reaches_libpq(own_server: PostgresServer) -> None:
    """The test server speaks no SSL, so `sslmode=require` is refused by libpq itself."""
    url = f"{own_server.new_database()}?sslmode=require".replace("+psycopg", "")
    line = assert_one_line_refusal(*kpidesk("--db", url, "status"))
    assert "server does not support SSL" in line
