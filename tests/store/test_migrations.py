"""A database written at an older schema version upgrades and keeps every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hirt_desk.store.database import backups_dir, close_database, connect, open_database
from hirt_desk.store.migrations import SCHEMA_VERSION, migrate


def write_version_1(path: Path) -> None:
    """What the first release wrote: schema 1 (no search index), with a case in it."""
    database = connect(path)
    database.connect()
    migrate(database, target=1)
    rows = [
        ("INSERT INTO facility VALUES (?,?,?,?,?,?,?,?,?,?,?)",
         ("f1", "2026-01-01", "2026-01-01", "ghmc", "GHMC", "群馬", "", "", "", "ghmc", "{}")),
        ("INSERT INTO patient VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
         ("p1", "2026-01-01", "2026-01-01", "NGUYEN", "VAN AN", "Nguyễn Văn An", "M", "1960-05-01",
          "VN", "C1234567", "2030-01-01", '["vi"]', "", "", "")),
        ("INSERT INTO \"case\" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
         ("c1", "2026-01-02 10:00:00", "2026-01-02 10:00:00", "HD-2026-ABC-0001", "p1", "f1",
          "records", "2026-01-02", "2026-01-07", "", "vi", '{"site": "lung"}', "lung")),
        ("INSERT INTO companion VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
         ("m1", "2026-01-01", "2026-01-01", "TRAN", "THI HOA", "Trần Thị Hoa", "F", None, "VN",
          "C7654321", None, "[]", "", "", "", "c1", "spouse")),
        ("INSERT INTO audit (at, user, \"table\", record_id, action, field) VALUES (?,?,?,?,?,?)",
         ("2026-01-02", "old", "case", "c1", "create", "")),
    ]
    for sql, params in rows:
        database.execute_sql(sql, params)
    database.close()


def test_version_1_database_upgrades_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    write_version_1(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 1

    open_database(path)
    from hirt_desk.store.cases import CaseFilter, list_cases
    from hirt_desk.store.models import AuditEntry, Case
    case = Case.get_by_id("c1")
    assert case.patient.name_native == "Nguyễn Văn An"
    assert case.facts == {"site": "lung"}
    assert [c.name_native for c in case.companions] == ["Trần Thị Hoa"]
    assert AuditEntry.select().count() == 1
    # the new search index covers the old rows, companions included
    assert [r.id for r in list_cases(CaseFilter(search="nguyen"))] == ["c1"]
    assert [r.id for r in list_cases(CaseFilter(search="C7654321"))] == ["c1"]
    close_database()

    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    kept = list(backups_dir(path).glob("*before-schema*.sqlite"))
    assert len(kept) == 1
    assert sqlite3.connect(kept[0]).execute("PRAGMA user_version").fetchone()[0] == 1


def test_failed_migration_leaves_the_old_version(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import hirt_desk.store.migrations as m
    path = tmp_path / "old.sqlite"
    write_version_1(path)

    def broken(database):  # type: ignore[no-untyped-def]
        database.execute_sql('CREATE TABLE "half_done" (x)')
        raise RuntimeError("disk pulled out")
    monkeypatch.setattr(m, "MIGRATIONS", (m.MIGRATIONS[0], broken))
    database = connect(path)
    database.connect()
    try:
        migrate(database)
    except RuntimeError:
        pass
    database.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='half_done'").fetchone()[0] == 0


def _schema_copies(path: Path) -> list[Path]:
    return sorted(backups_dir(path).glob("*before-schema*.sqlite"))


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_the_copy_before_a_migration_survives_a_crash_after_it(tmp_path: Path) -> None:
    """Killed after upgrading (the upgrade still in the -wal): the next open must not take the
    upgraded file for an old one and overwrite the copy of the old one with it."""
    from tests.store.procs import HOLDER, expect, start, stop
    path = tmp_path / "old.sqlite"
    write_version_1(path)
    holder = start(HOLDER, str(path))
    expect(holder, "open")
    stop(holder)
    assert int.from_bytes(path.read_bytes()[60:64], "big") == 1     # the main file alone
    [kept] = _schema_copies(path)
    assert _version(kept) == 1
    open_database(path)
    close_database()
    assert _schema_copies(path) == [kept] and _version(kept) == 1


def test_a_second_upgrade_never_overwrites_an_earlier_copy(tmp_path: Path) -> None:
    import hashlib
    path = tmp_path / "old.sqlite"
    write_version_1(path)
    open_database(path)
    close_database()
    [first] = _schema_copies(path)
    before = hashlib.sha256(first.read_bytes()).hexdigest()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    write_version_1(path)            # an old file again (in the same second)
    open_database(path)
    close_database()
    copies = _schema_copies(path)
    assert len(copies) == 2 and first in copies
    assert hashlib.sha256(first.read_bytes()).hexdigest() == before
    assert [_version(c) for c in copies] == [1, 1]


def test_version_8_agency_gains_an_empty_representative(tmp_path: Path) -> None:
    """Schema 9 adds the agency's representative (代表者, who seals the guarantee form): an
    agency profile saved before keeps every field and gets an empty one to fill in Settings."""
    path = tmp_path / "eight.sqlite"
    database = connect(path)
    database.connect()
    migrate(database, target=8)
    database.execute_sql(
        "INSERT INTO agency VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        ("a1", "2026-01-01", "2026-01-01", "Maebashi Bridge", "前橋ブリッジ", "B", "0412", "", "", "", "", "",
         "[]"))
    database.close()

    open_database(path)
    from hirt_desk.actions.agency import load_agency, save_agency
    profile = load_agency()
    assert (profile.name_ja, profile.guarantor_number, profile.representative) == ("前橋ブリッジ", "0412", "")
    profile.representative = "前橋 太郎"
    save_agency(profile, "test")
    assert load_agency().representative == "前橋 太郎"
    close_database()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
