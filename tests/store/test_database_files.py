"""Opening the database: good files open; every kind of bad file is refused untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from hirt_desk.store.database import close_database, open_database
from hirt_desk.store.errors import StoreError
from hirt_desk.store.migrations import SCHEMA_VERSION
from hirt_desk.store.models import Facility


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_valid(path: Path) -> None:
    open_database(path, busy_timeout_ms=200)
    close_database()


@pytest.mark.sqlite_only
def test_new_database_gets_schema_and_reference_data(database: Path) -> None:
    conn = sqlite3.connect(database)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert Facility.get(Facility.code == "ghmc").profile["treatment_weekdays"] == ["mon", "tue", "wed", "thu"]


@pytest.mark.sqlite_only
def test_foreign_keys_are_on(database: Path) -> None:
    from hirt_desk.store.models import db
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_reopening_keeps_data(db_path: Path) -> None:
    from hirt_desk.actions.cases import PatientData, create_case
    open_database(db_path)
    create_case(PatientData("LI", "Na", "李娜"))
    close_database()
    open_database(db_path)
    from hirt_desk.store.cases import list_cases
    assert [r.name_native for r in list_cases()] == ["李娜"]
    close_database()


def _not_sqlite(p: Path) -> None:
    p.write_text("name,date\nWANG,2026-01-01\n")


def _foreign(p: Path) -> None:
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()


def _truncated(p: Path) -> None:
    make_valid(p)
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])


def _damaged(p: Path) -> None:
    make_valid(p)
    data = bytearray(p.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for i in range(page * 2, min(len(data), page * 6)):
        data[i] = 0xA5
    p.write_bytes(bytes(data))


def _newer(p: Path) -> None:
    make_valid(p)
    conn = sqlite3.connect(p)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(("make", "reason"), [
    (_not_sqlite, "not_sqlite"), (_foreign, "foreign"), (_truncated, "corrupt"),
    (_damaged, "corrupt"), (_newer, "newer"),
])
def test_bad_files_are_refused_and_left_alone(tmp_path: Path, make, reason: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "x.sqlite"
    make(path)
    before = digest(path)
    with pytest.raises(StoreError) as err:
        open_database(path)
    assert err.value.reason == reason
    assert digest(path) == before
    assert str(path) in str(err.value)


def test_read_only_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ro.sqlite"
    make_valid(path)
    before = digest(path)
    path.chmod(0o444)
    real_access = os.access       # root may write anyway: ask the OS as an ordinary user would
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == path and mode == os.W_OK
                        else real_access(p, mode))
    with pytest.raises(StoreError) as err:
        open_database(path)
    assert err.value.reason == "readonly"
    assert digest(path) == before


def test_read_only_folder_is_refused_for_a_new_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "new.sqlite"
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == tmp_path else real_access(p, mode))
    with pytest.raises(StoreError) as err:
        open_database(path)
    assert err.value.reason == "readonly"
    assert not path.exists()


def test_locked_database_gives_a_clear_error(tmp_path: Path) -> None:
    from hirt_desk.actions.cases import PatientData, create_case
    path = tmp_path / "locked.sqlite"
    make_valid(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")          # another program is writing
    try:
        open_database(path, busy_timeout_ms=100)
        with pytest.raises(StoreError) as err:
            create_case(PatientData("KIM", "Minjun"))
        assert err.value.reason == "locked"
    finally:
        other.execute("ROLLBACK")
        other.close()
        close_database()
    open_database(path)
    from hirt_desk.store.cases import count_cases
    assert count_cases() == 0        # the refused save left nothing half-written
    close_database()


def test_empty_sqlite_file_is_taken_as_new(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    sqlite3.connect(path).close()
    path.touch()
    open_database(path)
    close_database()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
