"""Opening the case database: the one place that knows it is an SQLite file.

`open_database` refuses any file it should not touch (not SQLite, another program's, damaged,
truncated, newer than this release, read-only) before writing a byte, then switches on WAL,
foreign keys and a busy timeout, runs pending migrations (after a safety copy), binds the
models and gives the database a station where it needs one (store/station.py). An encrypted
file is checked and opened through SQLCipher (store/encryption.py) with its passphrase. A
PostgreSQL URL opens an office server instead (store/server.py), bound to the same models.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

import platformdirs
from peewee import Database, SqliteDatabase, _atomic

from hirt_desk.store import encryption
from hirt_desk.store.errors import StoreError, is_server_url, translate
from hirt_desk.store.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate
from hirt_desk.store.models import db, write_gate, write_lock

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


@contextlib.contextmanager
def owner_only() -> Iterator[None]:
    """Files and folders created meanwhile are the owner's only (POSIX umask 077): case
    records are medical data. SQLite gives a -wal and -shm the database file's own mode."""
    if os.name != "posix":
        yield
        return
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def tighten(path: Path, mode: int) -> None:
    """Take group and other permissions off an existing file or folder (POSIX)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):          # not ours, gone meanwhile: leave it
        if os.stat(path).st_mode & 0o077:
            os.chmod(path, mode)


def tighten_database_files(path: Path) -> None:
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        tighten(file, 0o600)
    if backups_dir(path).is_dir():
        tighten(backups_dir(path), 0o700)


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

    The file is judged as SQLite sees it, with its write-ahead log (-wal) applied: until the
    first checkpoint a new database is all in its -wal, and mid-checkpoint the main file may be
    shorter than its header says. A -wal left beside it that belongs to another database is
    refused before SQLite could apply it. Raises StoreError for anything HIRT Desk must not open.
    """
    path = Path(path)
    _roll_back_hot_journal(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(100)
    except PermissionError:
        raise StoreError("readonly", path, "no permission to read") from None
    except OSError as exc:
        raise StoreError("io", path, exc.strerror or "") from None
    wal = wal_header(path)
    if size == 0:
        if wal is not None:      # SQLite would delete it: it cannot belong to an empty file
            raise StoreError("stray_wal", path, "beside an empty file")
        return 0
    if not header.startswith(_HEADER):
        raise StoreError("encrypted" if encryption.looks_encrypted(path) else "not_sqlite", path)
    if len(header) < 100:
        raise StoreError("corrupt", path, "shorter than an SQLite header")
    fields = _header_fields(header)
    if fields["page_size"] < 512 or fields["page_size"] & (fields["page_size"] - 1):
        raise StoreError("corrupt", path, "bad page size")
    if wal is None and fields["valid_for"] == fields["change_counter"] and \
            size < fields["page_size"] * fields["page_count"]:
        raise StoreError("corrupt", path, "truncated")
    if wal is not None and wal.page_size != fields["page_size"]:
        raise StoreError("stray_wal", path, f"its pages are {wal.page_size} bytes, the file's "
                                            f"{fields['page_size']}")
    unattended = wal is not None and not in_use_elsewhere(path)
    try:
        with contextlib.closing(_read_only(path)) as conn:
            if unattended:         # left by a crash, or copied here: it must be this file's
                _check_wal_belongs(path, conn)
            version = _check_identity(path, conn)
            if version and (full_check or unattended):
                _quick_check(path, conn)
    except sqlite3.Error as exc:
        raise translate(exc, path) or StoreError("corrupt", path, str(exc)) from None
    return version


class WalHeader(NamedTuple):
    page_size: int
    salts: bytes


def wal_header(path: Path) -> WalHeader | None:
    """The header of the -wal beside `path` when it holds at least one frame SQLite would
    read (right magic and header checksum, a first frame with the header's salts); else None."""
    try:
        with open(f"{path}-wal", "rb") as fh:
            head = fh.read(32)
            if len(head) < 32 or int.from_bytes(head[:4], "big") not in (0x377F0682, 0x377F0683):
                return None
            page_size = int.from_bytes(head[8:12], "big") or 65536
            frame = fh.read(24)
    except OSError:
        return None
    big_endian = head[3] == 0x83
    if _wal_checksum(head[:24], big_endian) != head[24:32] or len(frame) < 24 \
            or frame[8:16] != head[16:24]:
        return None
    return WalHeader(page_size, head[16:24])


def _wal_checksum(data: bytes, big_endian: bool) -> bytes:
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    s1 = s2 = 0
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[i + 1] + s1) & 0xFFFFFFFF
    return s1.to_bytes(4, "big") + s2.to_bytes(4, "big")


# SQLite's POSIX locks: every connection in WAL mode holds a shared lock on these bytes of the
# database file (and on byte 128 of the -shm) for as long as it is open.
_SHARED_FIRST, _SHARED_SIZE = 0x40000000 + 2, 510


def in_use_elsewhere(path: Path) -> bool:
    """Whether another process has the database open (POSIX: it holds SQLite's shared lock).
    Where that cannot be asked, assume it is in use."""
    try:
        import fcntl
    except ImportError:
        return True
    probes = ((Path(path), _SHARED_FIRST, _SHARED_SIZE), (Path(f"{path}-shm"), 128, 1))
    for file, start, length in probes:
        try:
            with open(file, "rb") as fh:
                request = struct.pack("hhqqi", fcntl.F_WRLCK, 0, start, length, 0)
                answer = fcntl.fcntl(fh.fileno(), fcntl.F_GETLK, request)
        except OSError:
            continue
        if struct.unpack("hhqqi", answer)[0] != fcntl.F_UNLCK:
            return True
    return False


def _read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A read-only connection: it never writes the file nor its -wal, and it never
    checkpoints. `immutable` reads the main file alone, without the -wal."""
    query = "immutable=1" if immutable else "mode=ro"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True)


def _check_identity(path: Path, conn: sqlite3.Connection) -> int:
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    if application_id != APPLICATION_ID:
        if application_id == 0 and version == 0 and not _has_tables(conn):
            return 0       # an empty SQLite file: ours to fill
        raise StoreError("foreign", path)
    if version > SCHEMA_VERSION:
        raise StoreError("newer", path, f"schema {version}, this release knows {SCHEMA_VERSION}")
    return version


def _has_tables(conn: sqlite3.Connection) -> bool:
    tables: int = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    return tables > 0


def _facility_ids(conn: sqlite3.Connection) -> set[str] | None:
    try:
        return {row[0] for row in conn.execute("SELECT id FROM facility")}
    except sqlite3.Error:
        return None


def _check_wal_belongs(path: Path, with_wal: sqlite3.Connection) -> None:
    """A -wal nobody has open: the file with it applied must be the file without it, moved on.

    Every HIRT Desk database gets its own facility rows (random ids) in its first session and
    keeps them; a -wal of another database replaces pages with that database's, so its rows,
    its identity or its b-trees no longer agree with the main file."""
    stray = StoreError("stray_wal", path, "it belongs to another database; move it away")
    try:
        with contextlib.closing(_read_only(path, immutable=True)) as alone:
            main_id = alone.execute("PRAGMA application_id").fetchone()[0]
            main_tables = _has_tables(alone)
            main_ids = _facility_ids(alone) if main_id == APPLICATION_ID else None
    except sqlite3.Error:
        return                   # the main file alone is unreadable: judged with the -wal below
    try:
        wal_id = with_wal.execute("PRAGMA application_id").fetchone()[0]
        if main_tables and wal_id != main_id:
            raise stray
        if main_ids is not None and not main_ids <= (_facility_ids(with_wal) or set()):
            raise stray
        rows = with_wal.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        known = translate(exc, path)
        raise (known if known is not None and known.reason == "locked" else stray) from None
    if rows != [("ok",)]:
        raise stray


def _roll_back_hot_journal(path: Path) -> None:
    """A rollback journal left by a killed writer (a restore) makes the main file half-written
    until SQLite rolls it back; let it do so (it puts back what was there) before judging."""
    journal = Path(f"{path}-journal")
    try:
        if journal.stat().st_size == 0:
            return
    except OSError:
        return
    try:
        with contextlib.closing(sqlite3.connect(path, timeout=5)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        raise translate(exc, path) or StoreError("corrupt", path, str(exc)) from None


def _quick_check(path: Path, conn: sqlite3.Connection) -> None:
    rows = conn.execute("PRAGMA quick_check").fetchall()
    if rows != [("ok",)]:
        raise StoreError("corrupt", path, str(rows[0][0])[:120])


def integrity_check(path: Path) -> None:
    """SQLite's full check (every page, every index against its table) of the file as SQLite
    sees it, its -wal included; StoreError("corrupt") when it fails."""
    try:
        with contextlib.closing(_read_only(path)) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.Error as exc:
        raise translate(exc, path) or StoreError("corrupt", path, str(exc)) from None
    if rows != [("ok",)]:
        raise StoreError("corrupt", path, str(rows[0][0])[:120])


def check_pages_in_background(path: Path, passphrase: str | None,
                               done: Callable[[StoreError | None], None]) -> threading.Thread:
    """SQLite's page check of a database already open (`open_database(full_check=False)`),
    on a thread with its own read-only connection, so a window shows a large database at once.
    Writes wait for the verdict (models.write_gate); a damaged file refuses every write after
    it. `done` gets None or the StoreError, on the checking thread."""
    write_gate.hold()

    def check() -> None:
        verdict: StoreError | None = None
        try:
            encryption.inspect(path, passphrase if encryption.looks_encrypted(path) else None)
        except StoreError as exc:
            verdict = exc
        except Exception as exc:            # the check itself failed: the file is not trusted
            verdict = translate(exc, path) or StoreError("corrupt", path, str(exc))
        write_gate.release(verdict)
        done(verdict)

    thread = threading.Thread(target=check, daemon=True, name="page-check")
    thread.start()
    return thread


def _check_writable(path: Path) -> None:
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError("readonly", path)
    if not os.access(folder, os.W_OK):
        raise StoreError("readonly", path, f"folder {folder} is not writable")


def connect(path: Path, *, busy_timeout_ms: int = 5000, passphrase: str | None = None) -> SqliteDatabase:
    """An unchecked connection with our pragmas; `open_database` is what callers want."""
    pragmas = {
        "busy_timeout": busy_timeout_ms,   # first: switching to WAL may wait for another opener
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": "full",      # a committed save survives a power cut
    }
    if passphrase:                  # encryption at rest
        return encryption.CipherDatabase(str(path), passphrase=passphrase, pragmas=pragmas)
    return SqliteDatabase(str(path), pragmas=pragmas)


def open_database(path: Path | str | None = None, *, busy_timeout_ms: int = 5000,
                  full_check: bool = True, passphrase: str | None = None) -> Database:
    """Open (creating if needed) the case database at `path` and bind the models to it.

    `passphrase` opens an encrypted file (StoreError "encrypted" without it, "wrong_passphrase");
    a plain file ignores it, and a new file is created plain. A PostgreSQL URL opens that
    server database (prepared by `server init`); `passphrase` and the file checks do not apply."""
    write_gate.release()                     # a gate held for the database opened before
    if is_server_url(path):
        return _open_server(str(path))
    path = Path(path) if path else default_database_path()
    try:
        with owner_only():
            path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError("cannot_create", path, exc.strerror or "") from None
    if path.parent == data_dir():
        tighten(path.parent, 0o700)
    key = passphrase if encryption.looks_encrypted(path) else None
    if path.exists():
        version = encryption.inspect(path, key, full_check=full_check)
        if not full_check and 0 < version < SCHEMA_VERSION:
            encryption.inspect(path, key)    # about to be upgraded: its pages are checked first
        tighten_database_files(path)         # only once it is known to be ours
    _check_writable(path)
    database = connect(path, busy_timeout_ms=busy_timeout_ms, passphrase=key)
    try:
        with owner_only():
            database.connect()
            migrate(database, before_upgrade=lambda old: _keep_before_upgrade(path, old, key))
    except Exception as exc:
        database.close()
        known = translate(exc, path)
        if known is not None:
            raise known from None
        raise
    db.initialize(database)
    from hirt_desk.store.reference import sync_reference_data
    from hirt_desk.store.station import place_of
    try:
        with store_errors(path):
            sync_reference_data(place_of(path))
    except Exception:
        database.close()
        raise
    return database


def _open_server(url: str) -> Database:
    from hirt_desk.store.reference import sync_reference_data
    from hirt_desk.store.server import open_server
    from hirt_desk.store.station import server_place
    database = open_server(url)
    db.initialize(database)
    try:
        with store_errors(url):
            sync_reference_data(server_place())
    except StoreError as exc:
        # Only admins and the owner may refresh the facilities and the station; a coordinator
        # works with them as `server init` left them (it writes them).
        if exc.reason != "denied":
            database.close()
            raise
    except Exception:
        database.close()
        raise
    return database


def write_transaction() -> _atomic:
    """The transaction of an action that saves: on SQLite it takes the write lock up front
    (BEGIN IMMEDIATE), so concurrent writers queue within the busy timeout instead of failing
    when a read-then-write transaction cannot upgrade its lock; on a server the case row is
    locked where versions are checked (audit.CaseChange). Nested, it is a savepoint."""
    return write_lock()


def _keep_before_upgrade(path: Path, version: int, passphrase: str | None) -> None:
    """The copy of a database about to be upgraded, taken from the un-upgraded file (the
    caller holds the write lock) under a name of its own: an earlier copy is never replaced."""
    from hirt_desk.store.backup import keep_safety_copy
    when = datetime.now().strftime("%Y%m%d-%H%M%S")
    keep_safety_copy(path, backups_dir(path) /
                     f"{path.stem}-before-schema-{SCHEMA_VERSION}-from-{version}-{when}.sqlite",
                     passphrase=passphrase)


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
