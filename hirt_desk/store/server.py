"""An office server: a PostgreSQL database holding the same tables as an SQLite file.

`--db postgresql://LOGIN@HOST[:PORT]/DBNAME[?sslmode=…]` names one (contracts/team.md). libpq
takes the password the way its own tools do (PGPASSWORD, ~/.pgpass) and honours sslmode; the
URL is never stored or shown with a password in it (errors.redacted).

What an SQLite file keeps in its header (application_id, user_version) a server database keeps
in the table `hirt_desk_schema` (store/migrations.py); `server init` creates the schema, so that
the logins of the staff need no right to create tables. Opening refuses a database that cannot
be reached, is not UTF-8 (pg_trgm splits CJK names only in UTF-8), belongs to another program,
has no schema yet or an older or newer one, each with a StoreError saying what to do.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import parse_qs, quote, unquote, urlsplit

from peewee import PostgresqlDatabase

from hirt_desk.store import postgres_driver
from hirt_desk.store.errors import StoreError, translate
from hirt_desk.store.migrations import (
    APPLICATION_ID,
    PG_SCHEMA_TABLE,
    SCHEMA_VERSION,
    migrate_server,
    server_version,
)

CONNECT_TIMEOUT_S = 10
DEFAULT_PORT = 5432
SSL_MODES = ("verify-full", "require", "disable")


@dataclass(frozen=True)
class ServerLogin:
    """Where an office server is and who logs in: everything of a connection but the password,
    so it may be remembered and shown."""

    host: str
    database: str
    login: str
    port: int = DEFAULT_PORT
    sslmode: str = "verify-full"

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = f"?sslmode={self.sslmode}" if self.sslmode else ""
        return (f"postgresql://{quote(self.login, safe='')}@{host}:{self.port}/"
                f"{quote(self.database, safe='')}{query}")

    @classmethod
    def from_url(cls, url: str) -> ServerLogin:
        """The login of a `postgresql://LOGIN@HOST[:PORT]/DBNAME[?sslmode=…]` URL (any password
        in it is left out; a part it does not name is ""); ValueError for one that is not a URL."""
        parts = urlsplit(url)
        if parts.scheme not in ("postgresql", "postgres"):
            raise ValueError(url)
        modes = parse_qs(parts.query).get("sslmode", [""])
        return cls(parts.hostname or "", unquote(parts.path.lstrip("/")), unquote(parts.username or ""),
                   parts.port or DEFAULT_PORT, modes[-1])


def connect_problem(url: str, exc: BaseException) -> StoreError:
    """Why connecting failed, in the reason the window explains: libpq gives no SQLSTATE before
    the session exists, so its message text says which it was."""
    detail = _first_line(exc)
    text = str(exc.__cause__ or exc).lower()
    reasons = (("no password supplied", "password_needed"),
               ("password authentication failed", "wrong_password"),
               ("role \"", "wrong_password"),
               ("failed to resolve host", "unknown_host"), ("could not translate host", "unknown_host"),
               ("name or service not known", "unknown_host"),
               ("does not exist", "no_database"),
               ("ssl", "tls"), ("certificate", "tls"))
    reason = next((r for needle, r in reasons if needle in text), "cannot_connect")
    return StoreError(reason, url, detail)


class ServerDatabase(PostgresqlDatabase):
    """A server database whose connection may go away (server restarted, network gone, login
    changed). The statement that meets a dead connection fails (StoreError "connection_lost" once
    translated, its transaction rolled back by the server); the next statement outside a
    transaction connects again, asking `ask_password` for a new password when the old one is
    refused. The password lives in this object only, never in the URL."""

    def __init__(self, url: str, password: str | None = None) -> None:
        postgres_driver.load()              # psycopg is imported only when a server is opened
        params: dict[str, Any] = {"prefer_psycopg3": True, "connect_timeout": CONNECT_TIMEOUT_S,
                                  "application_name": "HIRT Desk"}
        if password:
            params["password"] = password
        super().__init__(url, **params)
        self.url = url
        #: asked for a password when the server refuses the one held (the window's dialog); None: give up
        self.ask_password: Callable[[StoreError], str | None] | None = None
        self._asking = False

    @property
    def password(self) -> str | None:
        value = self.connect_params.get("password")
        return str(value) if value else None

    def set_password(self, password: str | None) -> None:
        if password:
            self.connect_params["password"] = password
        else:
            self.connect_params.pop("password", None)

    def listening_connection(self) -> Any:
        """A new connection of its own (autocommit), for a thread that listens for changes;
        it logs in as this database does, with the password held now."""
        import psycopg
        params = {k: v for k, v in self.connect_params.items() if k != "prefer_psycopg3"}
        return psycopg.connect(self.url, autocommit=True, **params)

    @property
    def _conn_state(self) -> Any:
        """peewee's per-thread connection state (`closed`, `conn`)."""
        return cast(Any, self)._state

    @property
    def backend_pid(self) -> int | None:
        """The server process of this thread's connection (a notification names its sender's)."""
        state = self._conn_state
        conn = state.conn
        return None if state.closed or conn is None or conn.closed else int(conn.info.backend_pid)

    def lost(self) -> bool:
        """Whether this thread's connection was open and the server or network ended it."""
        state = self._conn_state
        return not state.closed and state.conn is not None and bool(state.conn.closed or state.conn.broken)

    def cursor(self, named_cursor: Any = None) -> Any:
        if self.lost() and not self.in_transaction():
            with contextlib.suppress(Exception):
                self._conn_state.conn.close()
            self._conn_state.reset()          # connected again just below
        return cast(Any, super()).cursor(named_cursor)

    def _connect(self) -> Any:
        while True:
            try:
                return cast(Any, super())._connect()
            except Exception as exc:
                problem = connect_problem(self.url, exc)
                if problem.reason not in ("wrong_password", "password_needed") \
                        or self.ask_password is None or self._asking:
                    raise problem from None
                self._asking = True
                try:
                    password = self.ask_password(problem)
                finally:
                    self._asking = False
                if password is None:
                    raise problem from None
                self.set_password(password)


def connect_server(url: str, password: str | None = None) -> ServerDatabase:
    """A connected server database (psycopg 3), or the StoreError saying why not."""
    database = ServerDatabase(url, password)
    database.connect()
    return database


def session_login(database: PostgresqlDatabase) -> str:
    """Who is logged in: the session's login, as the server knows it (never what the client says)."""
    return str(database.execute_sql("SELECT session_user").fetchone()[0])


def _first_line(exc: BaseException) -> str:
    """The server's or libpq's message, on one line, without the "connection failed:" prefix."""
    cause = exc.__cause__ or exc
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    text = lines[0] if lines else type(cause).__name__
    text = text.removeprefix("connection failed: ")
    return text.split(" failed: ", 1)[-1] if text.startswith("connection to server") else text


def check_encoding(database: PostgresqlDatabase, url: str) -> None:
    """A UTF-8 database, or StoreError("not_utf8")."""
    encoding, ctype = database.execute_sql(
        "SELECT pg_encoding_to_char(encoding), datctype FROM pg_database "
        "WHERE datname = current_database()").fetchone()
    if encoding != "UTF8":
        raise StoreError("not_utf8", url, f"encoding {encoding}, LC_CTYPE {ctype}")


def check_trigrams(database: PostgresqlDatabase, url: str) -> None:
    """Names in every script are searchable: pg_trgm finds trigrams in a CJK name. It classifies
    characters by the database's LC_CTYPE, and under `C` (or a locale that is not UTF-8 on Linux)
    it finds none, so Chinese, Japanese and Korean names could never be found. Tried, not
    guessed from the locale's name: Windows locales ("English_United States") serve UTF-8
    databases well. Before `server init` has installed pg_trgm it is tried in a transaction that
    is rolled back."""
    with database.atomic() as transaction:
        if not database.execute_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").fetchone():
            database.execute_sql("CREATE EXTENSION pg_trgm")
        found = database.execute_sql("SELECT show_trgm('山田太郎')").fetchone()[0]
        transaction.rollback()
    if not found:
        ctype = database.execute_sql("SELECT datctype FROM pg_database "
                                     "WHERE datname = current_database()").fetchone()[0]
        raise StoreError("not_utf8", url, f"LC_CTYPE {ctype}: CJK names would not be searchable")


def _has_tables(database: PostgresqlDatabase) -> bool:
    return bool(database.execute_sql("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables "
                                     "WHERE schemaname = current_schema())").fetchone()[0])


def inspect_server(database: PostgresqlDatabase, url: str) -> int:
    """The schema version of a connected server database (0: empty, ours to fill); StoreError
    for one HIRT Desk must not use."""
    check_encoding(database, url)
    version = server_version(database)
    if version == 0:
        if _has_tables(database):
            raise StoreError("foreign", url)
        check_trigrams(database, url)
        return 0
    application_id = database.execute_sql(f'SELECT "application_id" FROM "{PG_SCHEMA_TABLE}"').fetchone()
    if application_id is None or application_id[0] != APPLICATION_ID:
        raise StoreError("foreign", url)
    if version > SCHEMA_VERSION:
        raise StoreError("newer", url, f"schema {version}, this release knows {SCHEMA_VERSION}")
    check_trigrams(database, url)
    return version


def open_server(url: str, password: str | None = None) -> ServerDatabase:
    """Connect and check a server database that `server init` has prepared."""
    database = connect_server(url, password)
    try:
        version = inspect_server(database, url)
        if version == 0:
            raise StoreError("not_initialised", url)
        if version < SCHEMA_VERSION:
            raise StoreError("older", url, f"schema {version}, this release uses {SCHEMA_VERSION}")
    except Exception as exc:
        database.close()
        known = exc if isinstance(exc, StoreError) else translate(exc, url)
        if known is not None:
            raise known from None
        raise
    return database


def init_server(url: str) -> int:
    """`server init`: create the schema in an empty database or upgrade an older one, and give
    the staff's group roles their rights (store/roles.py), in one transaction; then the reference
    rows (facilities, the agency) and the station, which only the owner and admins may write.
    The login must own the database and may create roles (no superuser needed); running it
    again changes nothing. Returns the version."""
    from hirt_desk.store.roles import apply_grants
    database = connect_server(url)
    try:
        inspect_server(database, url)
        with database.atomic():
            migrate_server(database)
            apply_grants(database)
        _fill_reference_rows(database, url)
        return server_version(database)
    except Exception as exc:
        known = exc if isinstance(exc, StoreError) else translate(exc, url)
        if known is not None:
            raise known from None
        raise
    finally:
        database.close()


def _fill_reference_rows(database: PostgresqlDatabase, url: str) -> None:
    """The facilities, the agency's sample profile and the station, written as the owner so that
    a coordinator's first session finds them there (a coordinator may not write them)."""
    from hirt_desk.store.models import db
    from hirt_desk.store.reference import sync_reference_data
    from hirt_desk.store.station import server_place
    bound = db.obj
    db.initialize(database)
    try:
        sync_reference_data(server_place())
    finally:
        db.initialize(bound)          # as it was (a command's own database, or none)
