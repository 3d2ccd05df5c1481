"""Encryption at rest: encrypted databases through SQLCipher, plain ones through sqlite3.

SQLCipher encrypts every page, page 1 and its header included, so an encrypted file is one
that does not start with SQLite's plaintext header yet has the shape of a database: a whole
number of pages of at least 512 bytes (`looks_encrypted`). A random file of that shape is taken
for encrypted too; the passphrase then does not open it ("wrong_passphrase", which says so).

A passphrase is held in memory only, by the open connection: never in settings, logs or the
audit. SQLCipher's own log (hmac errors on a wrong key) is switched off for every connection.

`encrypt_file` and `decrypt_file` convert a database in place: the other form is exported
(`sqlcipher_export`) to a temporary file beside it, checked (integrity, row counts of every
table, identity), synced and renamed over the original while the original is locked against
every other user; the plaintext it replaces is overwritten where the system allows.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeAlias, cast

from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from hirt_desk.store.errors import StoreError, translate
from hirt_desk.store.migrations import APPLICATION_ID, SCHEMA_VERSION

PASSPHRASE_ENV = "HIRT_DESK_PASSPHRASE"
MIN_PASSPHRASE_LENGTH = 8
_HEADER = b"SQLite format 3\x00"
_MIN_PAGE = 512
# sqlcipher3's connection is a twin of sqlite3's (the same DB-API module, forked)
Connection: TypeAlias = sqlite3.Connection
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
# Every page read from disk is decrypted and its HMAC checked: a larger page cache than SQLite's
# 2 MB keeps the search index's pages decrypted (measured: search +87 % over plain with 2 MB,
# about +20 % with 64 MB; tests/benchmarks/test_bench_encryption.py).
CACHE_KIB = 65536
# Pages are authenticated with HMAC-SHA256 rather than SQLCipher 4's default SHA-512: as strong a
# tamper check, and measured about a third cheaper per page read here. Another SQLCipher tool
# opening a HIRT Desk file needs `PRAGMA cipher_hmac_algorithm = HMAC_SHA256` after the key.
HMAC = "HMAC_SHA256"


def looks_encrypted(path: Path | str) -> bool:
    """Whether the file is (taken for) an SQLCipher database: no plaintext header, whole pages."""
    try:
        size = os.stat(path).st_size
        if size < _MIN_PAGE or size % _MIN_PAGE:
            return False
        with open(path, "rb") as fh:
            return fh.read(len(_HEADER)) != _HEADER
    except OSError:
        return False


def check_new_passphrase(passphrase: str) -> str | None:
    """Why a passphrase cannot protect a database ("short", "nul"), or None when it can."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return "short"
    if "\x00" in passphrase:
        return "nul"
    return None


def _quoted(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def _cipher_connect(target: str, passphrase: str | None, **params: Any) -> sqlcipher.Connection:
    """A SQLCipher connection, silent on a wrong key, keyed when a passphrase is given."""
    conn = sqlcipher.connect(target, **params)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if passphrase:
            conn.execute(f"PRAGMA key = {_quoted(passphrase)}")
            conn.execute(f"PRAGMA cipher_hmac_algorithm = {HMAC}")
    except BaseException:
        conn.close()
        raise
    return conn


def connect_file(path: Path, passphrase: str | None = None, *, read_only: bool = False,
                 encrypted: bool | None = None) -> Connection:
    """A DB-API connection to an existing file (or a new one): SQLCipher keyed with `passphrase`
    when the file is encrypted (or `encrypted` says it is to be), else the standard sqlite3."""
    path = Path(path)
    if encrypted is None:
        encrypted = looks_encrypted(path)
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    if not encrypted:
        return sqlite3.connect(target, uri=read_only)
    if not passphrase:
        raise StoreError("encrypted", path)
    if not path.exists() and not read_only:
        _create_private(path)
    return cast(Connection, _cipher_connect(target, passphrase, uri=read_only))


def connect_like(source: Connection, dest: Path, passphrase: str | None) -> Connection:
    """A connection to a new file `dest` that is encrypted exactly when `source` is (a backup of an
    encrypted database is encrypted with the same passphrase)."""
    return connect_file(dest, passphrase, encrypted=isinstance(source, sqlcipher.Connection))


def _create_private(path: Path) -> None:
    """An empty file readable by its owner only (SQLite gives its -wal and -shm the same mode)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


class CipherDatabase(SqlCipherDatabase):  # type: ignore[misc]  # playhouse.sqlcipher_ext is untyped
    """peewee's database for an encrypted file (its passphrase in `connect_params`), silent on a
    wrong key."""

    def _connect(self) -> sqlcipher.Connection:
        params = dict(self.connect_params)
        conn = _cipher_connect(self.database, params.pop("passphrase", None),
                               isolation_level=None, **params)
        try:
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            self._add_conn_hooks(conn)
        except BaseException:
            conn.close()
            raise
        return conn


def _store_error(exc: BaseException, path: Path) -> StoreError:
    if isinstance(exc, sqlcipher.DatabaseError) and "not a database" in str(exc):
        return StoreError("wrong_passphrase", path)
    return translate(exc, path) or StoreError("corrupt", path, str(exc))


def inspect_encrypted(path: Path, passphrase: str | None, *, full_check: bool = True) -> int:
    """`inspect_file` for an encrypted file: its schema version, or StoreError ("encrypted" without
    a passphrase, "wrong_passphrase", "foreign", "newer", "corrupt"); the file is not changed."""
    if not passphrase:
        raise StoreError("encrypted", path)
    try:
        with contextlib.closing(connect_file(path, passphrase, read_only=True, encrypted=True)) as conn:
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version: int = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                if app_id == 0 and version == 0 and tables == 0:
                    return 0
                raise StoreError("foreign", path)
            if version > SCHEMA_VERSION:
                raise StoreError("newer", path, f"schema {version}, this release knows {SCHEMA_VERSION}")
            if full_check:
                rows = conn.execute("PRAGMA quick_check").fetchall()
                if rows != [("ok",)]:
                    raise StoreError("corrupt", path, str(rows[0][0])[:120])
    except sqlcipher.Error as exc:
        raise _store_error(exc, path) from None
    return version


def inspect(path: Path, passphrase: str | None = None, *, full_check: bool = True) -> int:
    """Check an existing file, plain or encrypted, without changing it; its schema version."""
    if looks_encrypted(path):
        return inspect_encrypted(path, passphrase, full_check=full_check)
    from hirt_desk.store.database import inspect_file
    return inspect_file(path, full_check=full_check)


# -- converting a file in place ---------------------------------------------------------------

@contextlib.contextmanager
def _locked(path: Path, passphrase: str | None) -> Iterator[Connection]:
    """A connection holding `path` exclusively (refused with "locked" while anyone else, this
    process included, has it open), its WAL folded in and the file in rollback-journal mode so
    no -wal or -shm is left beside it."""
    conn = connect_file(path, passphrase, encrypted=passphrase is not None)
    conn.isolation_level = None
    try:
        conn.execute("PRAGMA busy_timeout = 200")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("ROLLBACK")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        except (sqlite3.Error, sqlcipher.Error) as exc:
            raise _store_error(exc, path) from None
        yield conn
    finally:
        conn.close()


def _counts(conn: Connection, schema: str = "main") -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    return {n: conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


def _export(reader: sqlcipher.Connection, path: Path, tmp: Path, key: str) -> None:
    """Export the database `reader` has open into `tmp` (encrypted with `key`, plain when "")."""
    _create_private(tmp)
    reader.execute("ATTACH DATABASE ? AS converted KEY ?", (str(tmp), key))
    if key:
        reader.execute(f"PRAGMA converted.cipher_hmac_algorithm = {HMAC}")
    try:
        reader.execute("SELECT sqlcipher_export('converted')").fetchone()
        for pragma in ("application_id", "user_version"):
            value = int(reader.execute(f"PRAGMA main.{pragma}").fetchone()[0])
            reader.execute(f"PRAGMA converted.{pragma} = {value}")
        ok = reader.execute("PRAGMA converted.integrity_check").fetchall() == [("ok",)]
        if not ok or _counts(reader, "converted") != _counts(reader, "main"):
            raise StoreError("corrupt", path, "the converted copy did not pass its check")
    finally:
        reader.execute("DETACH DATABASE converted")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _convert(path: Path, passphrase: str, *, encrypt: bool) -> None:
    path = Path(path)
    if encrypt and looks_encrypted(path):
        raise StoreError("already_encrypted", path)
    if not encrypt and not looks_encrypted(path):
        raise StoreError("not_encrypted", path)
    version = inspect(path, None if encrypt else passphrase)
    if version == 0:
        raise StoreError("foreign", path, "no HIRT Desk data in it")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.converting")
    tmp.unlink(missing_ok=True)
    old_fd: int | None = None
    try:
        with _locked(path, None if encrypt else passphrase) as guard:
            reader = guard if not encrypt else _cipher_connect(str(path), None, isolation_level=None)
            try:
                _export(reader, path, tmp, passphrase if encrypt else "")
                # the copy is read back as a stranger would: keyed only with the passphrase
                if inspect(tmp, passphrase if encrypt else None) != version:
                    raise StoreError("corrupt", path, "the converted copy did not read back")
                _fsync(tmp)
                for sidecar in (Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
                    sidecar.unlink(missing_ok=True)
                if os.name == "nt":       # Windows renames no file that is open
                    reader.close()
                    guard.close()
                elif encrypt:
                    old_fd = os.open(path, os.O_RDWR)
                os.replace(tmp, path)
                with contextlib.suppress(OSError):
                    _fsync(path.parent)
            finally:
                if reader is not guard:
                    reader.close()
        if old_fd is not None:
            _overwrite(old_fd)
    except (sqlite3.Error, sqlcipher.Error) as exc:
        raise _store_error(exc, path) from None
    except OSError as exc:
        raise StoreError("io", path, exc.strerror or str(exc)) from None
    finally:
        if old_fd is not None:
            with contextlib.suppress(OSError):
                os.close(old_fd)
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _overwrite(fd: int) -> None:
    """Best effort: zeros over the replaced plaintext file (an SSD or a copy-on-write file system
    may still keep the old blocks: whole-disk encryption is the answer to that)."""
    size = os.fstat(fd).st_size
    os.lseek(fd, 0, os.SEEK_SET)
    block = bytes(1 << 20)
    done = 0
    while done < size:
        done += os.write(fd, block[: min(len(block), size - done)])
    os.fsync(fd)


def encrypt_file(path: Path, passphrase: str) -> None:
    """Encrypt the plain database at `path` in place (it must not be open anywhere)."""
    problem = check_new_passphrase(passphrase)
    if problem is not None:
        raise ValueError(f"passphrase refused: {problem}")
    _convert(path, passphrase, encrypt=True)


def decrypt_file(path: Path, passphrase: str) -> None:
    """Turn the encrypted database at `path` back into a plain one, in place."""
    _convert(path, passphrase, encrypt=False)


def encrypt_backups(folder: Path, passphrase: str) -> dict[str, list[str]]:
    """Encrypt the plaintext databases in a backups folder; a plaintext copy that cannot be
    converted (damaged, not HIRT Desk's) is removed, so no plaintext copy is left behind."""
    done: dict[str, list[str]] = {"encrypted": [], "removed": []}
    for file in sorted(Path(folder).glob("*.sqlite")) if Path(folder).is_dir() else []:
        if looks_encrypted(file) or not file.stat().st_size:
            continue
        try:
            _convert(file, passphrase, encrypt=True)
            done["encrypted"].append(str(file))
        except StoreError:
            for doomed in (file, Path(f"{file}-wal"), Path(f"{file}-shm")):
                doomed.unlink(missing_ok=True)
            done["removed"].append(str(file))
    return done


def encrypt_database(path: Path, passphrase: str) -> dict[str, Any]:
    """Encrypt a database and the plaintext backups beside it; what the command line prints."""
    from hirt_desk.store.database import backups_dir, connect
    from hirt_desk.store.documents import encrypt_plain_files
    encrypt_file(path, passphrase)
    database = connect(path, passphrase=passphrase)        # the documents beside it follow
    try:
        encrypt_plain_files(database)
    finally:
        database.close()
    backups = encrypt_backups(backups_dir(path), passphrase)
    return {"encrypted": str(path), "backups_encrypted": len(backups["encrypted"]),
            "backups_removed": backups["removed"]}


def encrypt_open_database(path: Path, passphrase: str) -> dict[str, Any]:
    """`encrypt_database` for the database this process has open (the window): closed, encrypted,
    and opened again, encrypted or, when encryption failed, as it was."""
    from hirt_desk.store.database import close_database, open_database
    close_database()
    try:
        return encrypt_database(path, passphrase)
    finally:
        open_database(path, passphrase=passphrase)
