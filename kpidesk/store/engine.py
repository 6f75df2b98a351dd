"""Engines: where a workspace lives and the per-connection settings it needs.

SQLite-only statements live in the one connect hook here, so the rest of the store stays
dialect-neutral and a team can point kpidesk at PostgreSQL with `--db postgresql://...`.
"""

from __future__ import annotations

import os
import sqlite3
from enum import Enum
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

WORKSPACE_SUFFIX = ".kpidesk"
BUSY_TIMEOUT_MS = 15_000
READING = "kpidesk_reading"
"""The execution option that marks a read transaction: it begins without the write lock."""


def default_workspace_path() -> Path:
    """The owner's workspace in the platform's user data folder. platformdirs is imported
    here because only a command without `--db` needs it."""
    import platformdirs

    return platformdirs.user_data_path("kpidesk", appauthor=False) / f"workspace{WORKSPACE_SUFFIX}"


POSTGRES_DRIVER = "postgresql+psycopg"
"""psycopg 3, the driver `kpidesk[team]` installs; a plain `postgresql://` URL means it."""
_PASSWORD_PARAMETER = "password"
"""libpq's connection parameter for a password, which a URL may also carry as `?password=`."""
CONNECT_TIMEOUT_S = 5
"""How long a connection to a server that does not answer is tried: a server that is down
is said in one line well within ten seconds."""
LOCK_TIMEOUT_MS = 15_000
"""How long a write waits for another desktop's write, as SQLite's busy timeout."""


def workspace_url(location: str | Path | None) -> str:
    """A SQLAlchemy URL for `--db`: a path, a URL, or None for the default workspace.
    `postgresql://` and `postgres://` (libpq's own spellings) use psycopg 3."""
    if location is None:
        location = default_workspace_path()
    text = str(location)
    if "://" not in text:
        return f"sqlite:///{Path(text).expanduser().resolve()}"
    scheme, rest = text.split("://", 1)
    if scheme in ("postgresql", "postgres"):
        return f"{POSTGRES_DRIVER}://{rest}"
    return text


def hidden_password(url: str) -> str:
    """A URL to show in a message: any password in it replaced by ***, one given as a
    `password=` parameter left out, and a server's URL spelt `postgresql://` as the owner
    types it, not with the driver kpidesk chose."""
    if "://" not in url:
        return url
    try:
        parsed = make_url(url).difference_update_query([_PASSWORD_PARAMETER])
    except Exception:
        return url.split("://", 1)[0] + "://***"
    if parsed.drivername == POSTGRES_DRIVER:
        parsed = parsed.set(drivername="postgresql")
    return parsed.render_as_string(hide_password=True)


def without_password(location: str) -> str:
    """A workspace to remember or show in a list: a URL with its password taken out (from the
    address and a `password=` parameter), a path as it is. Opened again, libpq finds the
    password where the owner keeps it: ~/.pgpass, PGPASSWORD or a service file."""
    if "://" not in location:
        return location
    try:
        parsed = make_url(location)
    except Exception:
        return location.split("://", 1)[0] + "://"
    bare = parsed._replace(password=None).difference_update_query([_PASSWORD_PARAMETER])
    return bare.render_as_string(hide_password=False)


def server_gone(error: DBAPIError) -> bool:
    """Whether a database error says the server cannot be reached (down, unreachable, the
    connection dropped) rather than refusing what was asked: libpq gives such an error no
    SQLSTATE, or one of class 08 (connection exception) or 57P (the server shutting down).
    SQLite's errors carry no SQLSTATE attribute at all and are never this."""
    if error.connection_invalidated:
        return True
    state = getattr(error.orig, "sqlstate", "")
    return state is None or str(state).startswith(("08", "57P"))


def one_line(error: object) -> str:
    """A driver's message (libpq's spans several lines) as one line."""
    return " ".join(str(error).split())


def sqlite_file(url: str) -> Path | None:
    """The database file behind a SQLite URL; None for other databases and in-memory ones."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


class Access(Enum):
    """How a command uses a SQLite workspace file, which decides how it is connected to."""

    CREATE = "rwc"
    """Make the file if it is missing (the window, and a command's new workspace)."""
    WRITE = "rw"
    """Change a file that exists; a file deleted meanwhile is not silently made again."""
    READ = "read"
    """Read only: no write lock, and a file or folder that cannot be written still opens."""


def create_workspace_engine(url: str, access: Access = Access.CREATE) -> Engine:
    """An engine whose SQLite connections enforce foreign keys, use WAL and wait when busy.

    A write starts its transaction with BEGIN IMMEDIATE, so a second writer waits instead of
    failing; a read (an engine opened to read, or a connection with the READING option) uses
    a plain BEGIN, which in WAL mode never waits for a writer and never makes one wait. The
    busy wait is the driver's own timeout, so no PRAGMA is built from a number."""
    path = sqlite_file(url)
    if path is None:
        if make_url(url).get_backend_name() == "postgresql":
            return _postgres_engine(url)
        engine = create_engine(url, **_busy_timeout(url))
        if engine.dialect.name == "sqlite":
            _install_sqlite_hooks(engine, in_memory=True, read_only=False)
        return engine
    uri = _sqlite_uri(path, access)
    engine = create_engine(
        url,
        creator=lambda: sqlite3.connect(
            uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        ),
    )
    _install_sqlite_hooks(engine, in_memory=False, read_only=access is Access.READ)
    return engine


def reading_engine(engine: Engine) -> Engine:
    """The engine a read transaction uses: on SQLite a plain BEGIN (see above); on PostgreSQL
    REPEATABLE READ, so a snapshot load of many queries reads one moment of the workspace
    while other desktops write, and, reading only, it never fails for them."""
    if engine.dialect.name == "postgresql":
        return engine.execution_options(isolation_level="REPEATABLE READ", **{READING: True})
    return engine.execution_options(**{READING: True})


def _postgres_engine(url: str) -> Engine:
    """A server engine: connections follow libpq's conventions (a service file, ~/.pgpass,
    PGPASSWORD, sslmode in the URL), so kpidesk never holds a password; a server that does
    not answer is given up on after `CONNECT_TIMEOUT_S`, and a connection the server dropped
    is replaced before use instead of failing the next action. Writes are READ COMMITTED
    whatever the server's default: each takes the workspace clock's row lock first and then
    reads the latest committed figures, where a stricter level would fail the second of two
    writers for the concurrent update it had waited for."""
    given = make_url(url).query
    defaults: dict[str, object] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "kpidesk",
        "options": f"-c lock_timeout={LOCK_TIMEOUT_MS}",
    }
    connect_args = {key: value for key, value in defaults.items() if key not in given}
    try:
        return create_engine(
            url, connect_args=connect_args, pool_pre_ping=True, isolation_level="READ COMMITTED"
        )
    except ModuleNotFoundError:
        raise ModuleNotFoundError(
            "a PostgreSQL workspace needs the psycopg driver: pip install 'kpidesk[team]'"
        ) from None


def _sqlite_uri(path: Path, access: Access) -> str:
    """SQLite's URI for the file. A reader opens a writable file normally (so that, being the
    last to close, it can fold a crashed writer's -wal back in); a file it cannot write is
    opened read-only, and immutable when no -wal exists, because then no writer can be at
    work and SQLite need not create the -shm and -wal it could not remove afterwards."""
    base = path.as_uri()
    if access is not Access.READ:
        return f"{base}?mode={access.value}"
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        return f"{base}?mode=rw"
    if Path(f"{path}-wal").exists():
        return f"{base}?mode=ro"
    return f"{base}?mode=ro&immutable=1"


def _busy_timeout(url: str) -> dict[str, object]:
    if make_url(url).get_backend_name() != "sqlite":
        return {}
    return {"connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000}}


def _install_sqlite_hooks(engine: Engine, in_memory: bool, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not in_memory and not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        reading = read_only or connection.get_execution_options().get(READING, False)
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")
