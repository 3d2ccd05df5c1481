"""Opening the case database: the one place that knows it is an SQLite file.

`open_database` refuses any file it should not touch (not SQLite, another program's, damaged,
truncated, newer than this release, read-only) before writing a byte, then switches on WAL,
foreign keys and a busy timeout, runs pending migrations (after a safety copy) and binds the
models. An encrypted file is checked and opened through SQLCipher (store/encryption.py) when the
passphrase is given; a PostgreSQL server would be added here only.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import platformdirs
from peewee import SqliteDatabase

from hirt_desk.store import encryption
from hirt_desk.store.errors import StoreError, translate
from hirt_desk.store.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate
from hirt_desk.store.models import db

APP_NAME = "HIRT Desk"
_HEADER = b"SQLite format 3\x00"


def data_dir() -> Path:
    """The user's data folder (never the install folder), e.g. ~/.local/share/HIRT Desk."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "hirt-desk.sqlite"


def backups_dir(path: Path) -> Path:
    """Automatic backups live beside the database, in `<name>-backups/`."""
    return path.with_name(path.stem + "-backups")


def _header_fields(header: bytes) -> dict[str, int]:
    page_size = int.from_bytes(header[16:18], "big")
    return {
        "page_size": 65536 if page_size == 1 else page_size,
        "change_counter": int.from_bytes(header[24:28], "big"),
        "page_count": int.from_bytes(header[28:32], "big"),
        "user_version": int.from_bytes(header[60:64], "big"),
        "application_id": int.from_bytes(header[68:72], "big"),
        "valid_for": int.from_bytes(header[92:96], "big"),
    }


def inspect_file(path: Path, *, full_check: bool = True) -> int:
    """Check an existing file without changing it; returns its schema version (0 when new).

    Raises StoreError for anything HIRT Desk must not open.
    """
    try:
        size = path.stat().st_size
        if size == 0:
            return 0
        with path.open("rb") as fh:
            header = fh.read(100)
    except PermissionError:
        raise StoreError("readonly", path, "no permission to read") from None
    except OSError as exc:
        raise StoreError("io", path, exc.strerror or "") from None
    if not header.startswith(_HEADER):
        raise StoreError("encrypted" if encryption.looks_encrypted(path) else "not_sqlite", path)
    if len(header) < 100:
        raise StoreError("corrupt", path, "shorter than an SQLite header")
    fields = _header_fields(header)
    if fields["page_size"] < 512 or fields["page_size"] & (fields["page_size"] - 1):
        raise StoreError("corrupt", path, "bad page size")
    if fields["valid_for"] == fields["change_counter"] and \
            size < fields["page_size"] * fields["page_count"]:
        raise StoreError("corrupt", path, "truncated")
    version = fields["user_version"]
    if fields["application_id"] != APPLICATION_ID:
        if fields["application_id"] == 0 and version == 0 and not _has_tables(path):
            return 0       # an empty SQLite file: ours to fill
        raise StoreError("foreign", path)
    if version > SCHEMA_VERSION:
        raise StoreError("newer", path, f"schema {version}, this release knows {SCHEMA_VERSION}")
    if full_check:
        _quick_check(path)
    return version


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _has_tables(path: Path) -> bool:
    try:
        with contextlib.closing(_read_only(path)) as conn:
            return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    except sqlite3.Error as exc:
        raise translate(exc, path) or StoreError("corrupt", path, str(exc)) from None


def _quick_check(path: Path) -> None:
    try:
        with contextlib.closing(_read_only(path)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        raise translate(exc, path) or StoreError("corrupt", path, str(exc)) from None
    if rows != [("ok",)]:
        raise StoreError("corrupt", path, str(rows[0][0])[:120])


def _check_writable(path: Path) -> None:
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError("readonly", path)
    if not os.access(folder, os.W_OK):
        raise StoreError("readonly", path, f"folder {folder} is not writable")


def connect(path: Path, *, busy_timeout_ms: int = 5000, passphrase: str | None = None) -> SqliteDatabase:
    """An unchecked connection with our pragmas; `open_database` is what callers want."""
    pragmas = {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "busy_timeout": busy_timeout_ms,
        "synchronous": "full",      # a committed save survives a power cut
    }
    if passphrase:                  # encryption at rest
        return encryption.CipherDatabase(str(path), passphrase=passphrase, pragmas=pragmas)
    return SqliteDatabase(str(path), pragmas=pragmas)


def open_database(path: Path | None = None, *, busy_timeout_ms: int = 5000,
                  full_check: bool = True, passphrase: str | None = None) -> SqliteDatabase:
    """Open (creating if needed) the case database at `path` and bind the models to it.

    `passphrase` opens an encrypted file (StoreError "encrypted" without it, "wrong_passphrase");
    a plain file ignores it, and a new file is created plain."""
    path = Path(path) if path else default_database_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError("cannot_create", path, exc.strerror or "") from None
    # encryption at rest: an encrypted file is checked, copied and opened with its passphrase
    encrypted = encryption.looks_encrypted(path)
    key = passphrase if encrypted else None
    if encrypted:
        version = encryption.inspect_encrypted(path, key, full_check=full_check)
    else:
        version = inspect_file(path, full_check=full_check) if path.exists() else 0
    _check_writable(path)
    if 0 < version < SCHEMA_VERSION:
        from hirt_desk.store.backup import copy_file_safely
        copy_file_safely(path, backups_dir(path) / f"{path.stem}-before-schema-{SCHEMA_VERSION}.sqlite",
                         passphrase=key)
    database = connect(path, busy_timeout_ms=busy_timeout_ms, passphrase=key)
    try:
        database.connect()
        migrate(database)
    except Exception as exc:
        database.close()
        known = translate(exc, path)
        if known is not None:
            raise known from None
        raise
    db.initialize(database)
    from hirt_desk.store.reference import sync_reference_data
    with store_errors(path):
        sync_reference_data()
    return database


def close_database() -> None:
    if db.obj is not None and not db.is_closed():
        db.close()


@contextlib.contextmanager
def store_errors(path: Path | str | None = None) -> Iterator[None]:
    """Turn sqlite errors about the file (locked, full, damaged) into StoreError."""
    try:
        yield
    except StoreError:
        raise
    except Exception as exc:
        known = translate(exc, path if path is not None else (db.obj.database if db.obj else "?"))
        if known is None:
            raise
        raise known from None
