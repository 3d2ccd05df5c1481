"""Backups through SQLite's online backup API: consistent while the app is writing.

A copy is written to a temporary file beside the destination, checked, then renamed into place,
so a failed backup never leaves a half file where a good one was.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from hirt_desk.files import replace_into
from hirt_desk.store.errors import StoreError, translate


def _copy(source: sqlite3.Connection, dest: Path) -> None:
    """Back up `source` into `dest` atomically (temp file, check, rename)."""
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.closing(sqlite3.connect(tmp)) as target:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            if target.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise StoreError("corrupt", dest, "the copy did not pass its check")
        replace_into(tmp, dest)       # never over a device or a folder
    except sqlite3.Error as exc:
        raise translate(exc, dest) or StoreError("io", dest, str(exc)) from None
    except OSError as exc:
        raise StoreError("cannot_create", dest, exc.strerror or str(exc)) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def backup_database(connection: sqlite3.Connection, dest: Path) -> dict[str, object]:
    """Copy the open database to `dest`; returns what the command line prints."""
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / f"hirt-desk-{datetime.now():%Y%m%d-%H%M%S}.sqlite"
    _copy(connection, dest)
    with contextlib.closing(sqlite3.connect(dest)) as check:
        cases = check.execute('SELECT count(*) FROM "case"').fetchone()[0]
    return {"out": str(dest), "bytes": dest.stat().st_size, "cases": cases}


def copy_file_safely(source: Path, dest: Path) -> None:
    """Back up a database file that is not open (e.g. before a migration)."""
    with contextlib.closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as src:
        _copy(src, dest)


def rolling_backup(connection: sqlite3.Connection, folder: Path, keep: int = 10) -> Path | None:
    """Today's automatic backup in `folder`, keeping the newest `keep` of them.

    One a day is enough (a large database is hundreds of MB); returns None when today's
    backup already exists.
    """
    now = datetime.now()
    if any(Path(folder).glob(f"auto-{now:%Y%m%d}-*.sqlite")):
        return None
    dest = Path(folder) / f"auto-{now:%Y%m%d-%H%M%S}.sqlite"
    _copy(connection, dest)
    autos = sorted(Path(folder).glob("auto-*.sqlite"))
    for old in autos[:-keep] if keep > 0 else autos:
        old.unlink(missing_ok=True)
    return dest


def restore_database(backup: Path, target: Path) -> Path | None:
    """Replace `target` with the backup (which must be a HIRT Desk database).

    The database at `target` must not be open. Its current content is kept as
    `<name>-before-restore-<time>.sqlite` beside the backups; that path is returned.
    """
    from hirt_desk.store.database import backups_dir, inspect_file
    inspect_file(Path(backup))
    safety = None
    if target.exists() and target.stat().st_size:
        safety = backups_dir(target) / f"{target.stem}-before-restore-{datetime.now():%Y%m%d-%H%M%S}.sqlite"
        copy_file_safely(target, safety)
    with contextlib.closing(sqlite3.connect(f"{Path(backup).resolve().as_uri()}?mode=ro", uri=True)) as src:
        tmp = target.with_name(f".{target.name}.restore.tmp")
        _copy(src, tmp)
    for sidecar in (Path(f"{target}-wal"), Path(f"{target}-shm")):
        sidecar.unlink(missing_ok=True)
    os.replace(tmp, target)
    return safety
