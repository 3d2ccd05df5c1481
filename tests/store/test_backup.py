from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.store.backup import backup_database, restore_database, rolling_backup
from hirt_desk.store.cases import count_cases, list_cases
from hirt_desk.store.database import close_database, open_database
from hirt_desk.store.errors import StoreError
from hirt_desk.store.models import db

pytestmark = pytest.mark.sqlite_only      # backups of the SQLite file (a server: pg_dump)


def test_backup_while_writing_and_restore(database: Path, tmp_path: Path) -> None:
    create_case(PatientData("PARK", "Subin", "박수빈"))
    copy = tmp_path / "copy.sqlite"
    info = backup_database(db.connection(), copy)
    assert info == {"out": str(copy), "bytes": copy.stat().st_size, "cases": 1}
    create_case(PatientData("CHOI", "Jihoon", "최지훈"))   # after the backup
    close_database()

    previous = restore_database(copy, database)
    open_database(database)
    assert [r.name_native for r in list_cases()] == ["박수빈"]
    close_database()
    assert previous is not None
    open_database(previous)
    assert count_cases() == 2      # what was replaced is kept
    close_database()


def test_restore_refuses_a_file_that_is_not_a_backup(database: Path, tmp_path: Path) -> None:
    create_case(PatientData("KIM", "Eunji"))
    close_database()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 10)
    with pytest.raises(StoreError):
        restore_database(junk, database)
    open_database(database)
    assert count_cases() == 1


def test_rolling_backup_keeps_the_newest(database: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import hirt_desk.store.backup as b
    folder = tmp_path / "auto"
    days = iter(range(10, 40))

    class Clock:
        @staticmethod
        def now():  # type: ignore[no-untyped-def]
            from datetime import datetime
            return datetime(2026, 11, next(days), 9, 30, 0)
    monkeypatch.setattr(b, "datetime", Clock)
    conn = sqlite3.connect(database)
    for _ in range(5):
        assert rolling_backup(conn, folder, keep=3) is not None
    names = sorted(p.name for p in folder.glob("auto-*.sqlite"))
    assert names == ["auto-20261112-093000.sqlite", "auto-20261113-093000.sqlite",
                     "auto-20261114-093000.sqlite"]
    assert not list(folder.glob(".*tmp"))


def test_rolling_backup_once_a_day(database: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(database)
    assert rolling_backup(conn, tmp_path / "auto") is not None
    assert rolling_backup(conn, tmp_path / "auto") is None
    assert len(list((tmp_path / "auto").glob("auto-*.sqlite"))) == 1


def test_backup_to_unwritable_place_is_a_clear_error(database: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError) as err:
        backup_database(db.connection(), blocker / "sub" / "copy.sqlite")
    assert err.value.reason == "cannot_create"


def test_a_killed_backup_leaves_no_temp_file_behind(database: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys
    folder = tmp_path / "copies"
    folder.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        stale = folder / f".copy.sqlite.{dead.pid}.tmp"          # killed half-way, full size
        stale.write_bytes(b"\0" * 100_000)
        Path(f"{stale}-journal").write_bytes(b"\0" * 512)
        busy = folder / f".other.sqlite.{alive.pid}.tmp"          # still being written
        busy.write_bytes(b"\0" * 1000)
        backup_database(db.connection(), folder / "copy.sqlite")
        assert sorted(p.name for p in folder.iterdir()) == [busy.name, "copy.sqlite"]
        assert os.getpid() != dead.pid
    finally:
        alive.kill()
        alive.wait()
