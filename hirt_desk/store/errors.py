"""The store's own exceptions: problems with the user's file, as opposed to programming errors.

`StoreError.reason` is a stable code the window translates into the user's language; `str()`
gives a one-line English message for the command line.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import peewee
from sqlcipher3 import dbapi2 as _sqlcipher

REASONS = {
    "not_sqlite": "is not a HIRT Desk database (not an SQLite file)",
    "foreign": "is an SQLite database of another program, not HIRT Desk's",
    "corrupt": "is damaged or truncated",
    "newer": "was written by a newer version of HIRT Desk; update HIRT Desk to open it",
    "locked": "is in use by another program; close it and try again",
    "readonly": "is read-only; HIRT Desk needs to write to it",
    "full": "could not be written: the disk is full. Nothing of the last change was saved",
    "io": "could not be read or written (disk or network drive error)",
    "cannot_create": "cannot be created here",
    "stray_wal": "has a write-ahead log (its -wal file) beside it that does not belong to it; "
                 "HIRT Desk left both untouched: move the -wal file away, then open the database",
    "empty": "is empty: it holds no HIRT Desk database",
    # encryption at rest (store/encryption.py)
    "encrypted": "is encrypted; give its passphrase (HIRT_DESK_PASSPHRASE)",
    "wrong_passphrase": "is encrypted and this passphrase does not open it (or it is not a HIRT Desk "
                        "database)",
    "already_encrypted": "is already encrypted",
    "not_encrypted": "is not encrypted",
    # an office server (PostgreSQL, store/server.py)
    "cannot_connect": "cannot be reached, or refused this login",
    "not_utf8": "is not a UTF-8 database with a UTF-8 character type (LC_CTYPE); HIRT Desk needs one "
                "to search names in every script. Create it with: createdb --encoding=UTF8 "
                "--locale=C.UTF-8 --template=template0 NAME",
    "not_initialised": "holds no HIRT Desk schema yet; its owner creates it with: "
                       "hirt-desk --db URL server init",
    "older": "has an older HIRT Desk schema; its owner upgrades it with: hirt-desk --db URL server init",
    "denied": "does not allow this login to do that (ask the administrator for the right role)",
    "no_pg_dump": "cannot be backed up here: PostgreSQL's pg_dump is not installed (Debian/Ubuntu: "
                  "apt-get install postgresql-client; Windows: PostgreSQL's command line tools)",
    "pg_dump_older": "cannot be backed up with this pg_dump: it is older than the server; install "
                     "the client tools of the server's version",
    "password_needed": "needs a password for this login (PGPASSWORD, ~/.pgpass, or the window asks)",
    "wrong_password": "refused this login: the login or the password is wrong",
    "unknown_host": "cannot be reached: the server's name is not known; check the address",
    "no_database": "does not exist on that server; check the database name",
    "tls": "refused the encrypted connection (TLS): its certificate could not be checked, or the "
           "server offers no TLS; check the TLS mode (sslmode)",
    "connection_lost": "lost its connection (server restarted, network gone or the login changed); "
                       "the last change was not saved",
}
# The same reasons said of a server database where the file's wording would mislead
SERVER_REASONS = {
    "foreign": "holds tables of another program, not HIRT Desk's",
    "not_sqlite": "is not a HIRT Desk database",
    "locked": "is busy: another save waited too long for the same records; try again",
    "full": "could not be written: the server's disk is full. Nothing of the last change was saved",
    "io": "could not be read or written (server error)",
}


def is_server_url(name: object) -> bool:
    """Whether a --db value names a PostgreSQL database (a URL) rather than an SQLite file."""
    return isinstance(name, str) and name.startswith(("postgresql://", "postgres://"))


def redacted(url: str) -> str:
    """A server URL without any password in it: what messages, logs and settings may show."""
    from urllib.parse import urlsplit, urlunsplit
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


class StoreError(Exception):
    """A database file that cannot be used as it is. Nothing was changed in it."""

    def __init__(self, reason: str, path: Path | str, detail: str = "") -> None:
        self.reason = reason
        server = is_server_url(path)
        self.path = Path(path)          # a file's path (for a server URL, use `where`)
        self.where = redacted(str(path)) if server else str(self.path)
        self.detail = detail
        text = f"database {self.where} {(SERVER_REASONS if server else {}).get(reason, REASONS[reason])}"
        super().__init__(f"{text} ({detail})" if detail else text)


def read_message(line: str) -> StoreError | None:
    """The StoreError a command-line process reported in `line` (its one-line stderr), for a
    window that ran it as a child process to say in the user's language; None for another error."""
    text = line.strip().removeprefix("hirt-desk: error: ")
    if not text.startswith("database "):
        return None
    rest = text.removeprefix("database ")
    # the sentence that starts first after the place (one may end with another's words: "is
    # encrypted and this passphrase does not open it (or it is not a HIRT Desk database)")
    found = [(at, -len(said), reason) for table in (SERVER_REASONS, REASONS)
             for reason, said in table.items() if (at := rest.find(f" {said}")) > 0]
    if not found:
        return None
    at, _, reason = min(found)
    return StoreError(reason, rest[:at])


# SQLite's primary result codes (the low byte of an extended code) that are about the file
_CODES = {5: "locked", 6: "locked", 8: "readonly", 10: "io", 11: "corrupt", 13: "full",
          14: "cannot_create", 26: "not_sqlite"}
_MESSAGES = (
    ("database is locked", "locked"), ("database table is locked", "locked"),
    ("readonly", "readonly"), ("read-only", "readonly"),
    ("disk is full", "full"), ("malformed", "corrupt"), ("not a database", "not_sqlite"),
    ("disk i/o error", "io"), ("unable to open", "cannot_create"),
    ("could not decode to utf-8", "corrupt"),
)
_DATABASE_ERRORS: tuple[type[BaseException], ...] = (
    sqlite3.Error, _sqlcipher.Error, peewee.DatabaseError, peewee.OperationalError)


def _database_errors() -> tuple[type[BaseException], ...]:
    """The database errors, psycopg's among them once a server was opened (it is imported only
    then: store/postgres_driver.py; before, none of its errors can be raised)."""
    psycopg = sys.modules.get("psycopg")
    return _DATABASE_ERRORS + ((psycopg.Error,) if psycopg is not None else ())


def _chain(exc: BaseException) -> list[BaseException]:
    """`exc` and the exceptions it was raised from or while handling, outermost first.

    SQLite rolls a transaction back by itself on a full disk; peewee's own rollback then fails
    with "cannot rollback - no transaction is active", and the reason is only in its context."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


# PostgreSQL's SQLSTATEs (whole codes, then classes) that are about the server, not a bug
_SQLSTATES = {"53100": "full", "42501": "denied", "40P01": "locked", "55P03": "locked", "40001": "locked",
              "57P01": "connection_lost", "57P02": "connection_lost", "57P03": "cannot_connect",
              "3D000": "no_database", "28P01": "wrong_password", "28000": "wrong_password", "58030": "io"}
_SQLSTATE_CLASSES = {"08": "connection_lost", "28": "wrong_password", "53": "full", "XX": "corrupt"}


def _reason(exc: BaseException) -> str | None:
    state = getattr(exc, "sqlstate", None)
    if isinstance(state, str):
        return _SQLSTATES.get(state) or _SQLSTATE_CLASSES.get(state[:2])
    if type(exc).__module__.startswith("psycopg") and type(exc).__name__ == "OperationalError":
        return "connection_lost"        # no SQLSTATE: the connection in use broke (connecting: server.py)
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _CODES:
        return _CODES[code & 0xFF]
    message = str(exc).lower()
    return next((reason for needle, reason in _MESSAGES if needle in message), None)


def translate(exc: BaseException, path: Path | str) -> StoreError | None:
    """The StoreError that a sqlite/peewee error means for the user, or None for a bug."""
    errors = _database_errors()
    if not isinstance(exc, errors):
        return None
    for link in _chain(exc):
        if isinstance(link, StoreError):
            return link
        if isinstance(link, errors) and (reason := _reason(link)) is not None:
            return StoreError(reason, path, str(link))
    return None
