"""Backups through SQLite's online backup API: consistent while the app is writing.

A copy is written to a temporary file beside the destination, checked, then renamed into place,
so a failed backup never leaves a half file where a good one was. The source of a backup and
of a restore must pass SQLite's integrity_check: a damaged database is never copied over a
good backup, nor restored over the database.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from hirt_desk.files import replace_into
from hirt_desk.store import encryption
from hirt_desk.store.errors import StoreError, translate

_DB_ERRORS = encryption.DB_ERRORS


def _copy(source: encryption.Connection, dest: Path, *, overwrite: bool = True,
          passphrase: str | None = None) -> Path:
    """Back up `source` into `dest` atomically (temp file, check, rename); returns the path
    written. Without `overwrite` an existing file is never replaced: the copy gets the next
    free name (`name-2.sqlite`, ...). The copy of an encrypted database is encrypted with its
    `passphrase`."""
    from hirt_desk.store.database import owner_only, tighten
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        with owner_only():                  # a copy of medical records: the owner's only
            dest.parent.mkdir(parents=True, exist_ok=True)
            if dest.parent.name.endswith("-backups"):
                tighten(dest.parent, 0o700)
            remove_stale_temp_files(dest.parent)
            with contextlib.closing(encryption.connect_like(source, tmp, passphrase)) as target:
                source.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
                if target.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise StoreError("corrupt", dest, "the copy did not pass its check")
        tighten(tmp, 0o600)
        if overwrite:
            replace_into(tmp, dest)       # never over a device or a folder
            return dest
        return _move_to_free_name(tmp, dest)
    except _DB_ERRORS as exc:
        raise translate(exc, dest) or StoreError("io", dest, str(exc)) from None
    except OSError as exc:
        raise StoreError("cannot_create", dest, exc.strerror or str(exc)) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _move_to_free_name(tmp: Path, dest: Path) -> Path:
    """Rename `tmp` to `dest` or, when that exists, `dest-2`, `dest-3`...: never over a file."""
    for n in range(1, 1000):
        name = dest if n == 1 else dest.with_name(f"{dest.stem}-{n}{dest.suffix}")
        try:
            os.link(tmp, name)          # fails if `name` exists: no window to overwrite it
        except FileExistsError:
            continue
        except OSError:                 # no hard links on this file system
            if name.exists():
                continue
            os.replace(tmp, name)
            return name
        tmp.unlink()
        return name
    raise StoreError("cannot_create", dest, "too many copies of that name")


_TEMP = re.compile(r"^\..+\.(\d+)\.tmp(-journal|-wal|-shm)?$")


def remove_stale_temp_files(folder: Path) -> None:
    """Remove the hidden temporary copies (`.name.PID.tmp`) of processes that no longer run:
    a backup killed half-way leaves one, as large as the database."""
    try:
        names = [p for p in Path(folder).iterdir() if p.name.startswith(".")]
    except OSError:
        return
    for path in names:
        match = _TEMP.match(path.name)
        if match is None or int(match.group(1)) == os.getpid() or _process_runs(int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            path.unlink()


def _process_runs(pid: int) -> bool:
    if os.name != "posix":
        return True        # Windows refuses to delete a file another process has open anyway
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True        # it runs, under another user
    return True


def _source_path(connection: encryption.Connection) -> str:
    rows = connection.execute("PRAGMA database_list").fetchall()
    return next((row[2] for row in rows if row[1] == "main"), "") or "?"


def check_source(connection: encryption.Connection) -> None:
    """Refuse to copy a database that fails SQLite's full integrity_check."""
    path = _source_path(connection)
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    except _DB_ERRORS as exc:
        raise translate(exc, path) or StoreError("corrupt", path, str(exc)) from None
    if rows != [("ok",)]:
        raise StoreError("corrupt", path, str(rows[0][0])[:120])


def backup_database(connection: encryption.Connection, dest: Path, *,
                    passphrase: str | None = None) -> dict[str, object]:
    """Copy the open database to `dest`; returns what the command line prints."""
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / f"hirt-desk-{datetime.now():%Y%m%d-%H%M%S}.sqlite"
    check_source(connection)
    copy_documents(documents_beside(Path(_source_path(connection))), documents_beside(dest))
    _copy(connection, dest, passphrase=passphrase)
    with contextlib.closing(encryption.connect_file(dest, passphrase)) as check:
        cases = check.execute('SELECT count(*) FROM "case"').fetchone()[0]
    return {"out": str(dest), "bytes": dest.stat().st_size, "cases": cases}


def backup_file(source: Path, dest: Path, *, passphrase: str | None = None) -> dict[str, object]:
    """`backup_database` through a connection of its own: safe on any thread (the window runs
    it in the background)."""
    with contextlib.closing(encryption.connect_file(source, passphrase)) as connection:
        return backup_database(connection, dest, passphrase=passphrase)


def keep_safety_copy(source: Path, dest: Path, *, passphrase: str | None = None) -> Path:
    """A copy of the database as last committed (e.g. before a migration, taken while the
    migrating connection holds the write lock), under a name no earlier copy has; returns it."""
    with contextlib.closing(encryption.connect_file(source, passphrase, read_only=True)) as src:
        return _copy(src, dest, overwrite=False, passphrase=passphrase)


def rolling_backup(connection: encryption.Connection, folder: Path, keep: int = 10, *,
                   passphrase: str | None = None) -> Path | None:
    """Today's automatic backup in `folder`, keeping the newest `keep` of them.

    One a day is enough (a large database is hundreds of MB); returns None when today's
    backup already exists. A damaged database is not copied (StoreError), so it never
    pushes a good backup out.
    """
    now = datetime.now()
    if any(Path(folder).glob(f"auto-{now:%Y%m%d}-*.sqlite")):
        return None
    dest = Path(folder) / f"auto-{now:%Y%m%d-%H%M%S}.sqlite"
    check_source(connection)
    copy_documents(documents_beside(Path(_source_path(connection))), documents_beside(dest))
    _copy(connection, dest, passphrase=passphrase)
    autos = sorted(Path(folder).glob("auto-*.sqlite"))
    for old in autos[:-keep] if keep > 0 else autos:
        old.unlink(missing_ok=True)
    return dest


AUTO_DOCUMENTS = "documents"          # the automatic backups' documents, shared (one copy per hash)


def documents_beside(database: Path) -> Path:
    """Where the documents of a database or backup are: `<file>.files`, or for the automatic
    backups one folder they share (a document is the same bytes in every day's backup)."""
    database = Path(database)
    if database.name.startswith("auto-"):
        return database.parent / AUTO_DOCUMENTS
    return Path(f"{database}.files")


def copy_documents(source: Path, dest: Path) -> int:
    """Copy the documents' files (content-addressed, never changed once stored) that `dest` lacks,
    each through a fsynced temp file renamed into place; returns how many. Copied before the
    database itself, so a backup never names a document it lacks."""
    import shutil
    if not source.is_dir():
        return 0
    copied = 0
    for path in sorted(source.glob("??/*")):
        if path.name.startswith("."):
            continue
        target = dest / path.parent.name / path.name
        if target.exists() and target.stat().st_size == path.stat().st_size:
            continue
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            for folder in (dest, target.parent):          # medical data: the owner's only
                folder.mkdir(mode=0o700, exist_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
            with os.fdopen(fd, "wb") as out, path.open("rb") as src:
                shutil.copyfileobj(src, out, 1 << 20)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise StoreError("full" if exc.errno == 28 else "io", dest, exc.strerror or str(exc)) from None
        copied += 1
    return copied


def check_backup(backup: Path, passphrase: str | None = None) -> int:
    """A file fit to restore: a HIRT Desk database as SQLite sees it (its -wal included), not
    newer than this release, passing integrity_check. Returns its schema version."""
    backup = Path(backup)
    try:
        empty = backup.stat().st_size == 0
    except OSError as exc:
        raise StoreError("io", backup, exc.strerror or "") from None
    if empty:
        raise StoreError("empty", backup)
    version = encryption.inspect(backup, passphrase, full_check=False)
    if version == 0:
        raise StoreError("empty", backup, "an SQLite file without HIRT Desk's tables")
    with contextlib.closing(encryption.connect_file(backup, passphrase, read_only=True)) as conn:
        check_source(conn)
    return version


@contextlib.contextmanager
def exclusive_access(path: Path, *, wait_s: float = 1.0,
                     passphrase: str | None = None) -> Iterator[encryption.Connection]:
    """A connection that alone has the database open, until the block ends.

    Leaving WAL mode needs every other connection closed (each holds a shared lock on the file
    while open), and in EXCLUSIVE locking mode the lock is then kept: nobody can open the file
    meanwhile, and whoever tries waits and then reads what is there when the block ends.
    StoreError("locked") when another process has it open.
    """
    from hirt_desk.store.database import owner_only
    with owner_only():
        conn = encryption.connect_file(path, passphrase, encrypted=passphrase is not None)
    conn.isolation_level = None
    try:
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(wait_s * 1000)}")
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except _DB_ERRORS as exc:
            known = translate(exc, path)
            if known is not None and known.reason == "locked":
                raise StoreError("locked", path, "open in another process or window; close it "
                                 "and try again") from None
            raise known or StoreError("corrupt", path, str(exc)) from None
        if mode != "delete":
            raise StoreError("locked", path, "open in another process or window")
        yield conn
    finally:
        conn.close()


def restore_database(backup: Path, target: Path, *, passphrase: str | None = None) -> Path | None:
    """Replace the content of `target` with the backup (which must be a sound HIRT Desk database).

    Refused (StoreError, nothing changed) while another process has `target` open: its next
    save would land in a database that is no longer there. The backup is written into the
    same file under an exclusive lock (SQLite's backup API, with a rollback journal: a restore
    killed half-way is rolled back at the next open). The current content is kept first as
    `<name>-before-restore-<time>.sqlite` beside the backups; that path is returned.
    `passphrase` opens whichever is encrypted; a backup is restored only over a database of
    its own kind (both plain or both encrypted), since its pages are written into the file.
    The restored database gets a new station when next opened (store/station.py): this PC may
    have issued numbers after the backup was taken, which its old station would issue again.
    """
    from hirt_desk.store.database import backups_dir
    from hirt_desk.store.station import mark_restored
    backup, target = Path(backup), Path(target)
    check_backup(backup, passphrase)
    had_data = target.exists() and target.stat().st_size > 0
    if had_data and encryption.looks_encrypted(backup) != encryption.looks_encrypted(target):
        raise StoreError("encrypted" if encryption.looks_encrypted(target) else "not_encrypted", backup,
                         "a backup is restored over a database of its own kind: encrypt or decrypt "
                         "one of them first")
    if had_data:
        try:
            encryption.inspect(target, passphrase, full_check=False)
        except StoreError as exc:
            if exc.reason != "corrupt":       # a damaged database is what restoring is for
                raise
    safety = None
    key = passphrase if encryption.looks_encrypted(backup) else None
    copy_documents(documents_beside(backup), documents_beside(target))   # the backup's documents back
    with exclusive_access(target, passphrase=key) as conn:
        if had_data:
            when = f"{datetime.now():%Y%m%d-%H%M%S}"
            safety = _keep_copy(conn, target,
                                backups_dir(target) / f"{target.stem}-before-restore-{when}.sqlite", key)
        try:
            with contextlib.closing(encryption.connect_file(backup, key, read_only=True)) as src:
                src.backup(conn)
            mark_restored(conn)        # its next open gives it a new station
        except _DB_ERRORS as exc:
            raise translate(exc, target) or StoreError("io", target, str(exc)) from None
    return safety


def _keep_copy(conn: encryption.Connection, target: Path, dest: Path, passphrase: str | None) -> Path:
    """The current content of a database we hold exclusively, never over an earlier copy;
    byte for byte when SQLite cannot read it (damaged), so nothing is lost by restoring."""
    try:
        return _copy(conn, dest, overwrite=False, passphrase=passphrase)
    except StoreError as exc:
        if exc.reason != "corrupt":
            raise
        import shutil

        from hirt_desk.store.database import owner_only, tighten
        tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
        try:
            with owner_only():
                shutil.copyfile(target, tmp)
            tighten(tmp, 0o600)
            return _move_to_free_name(tmp, dest)
        except OSError as err:
            raise StoreError("cannot_create", dest, err.strerror or str(err)) from None
