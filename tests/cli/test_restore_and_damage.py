"""backup and restore refuse damaged, empty, newer or busy databases (exit 2, one line, nothing
changed), and damage met while reading is a one-line error too, never exit 1."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

from tests.store.procs import HOLDER, expect, send, start, stop


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(res, *paths: Path, before: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert res.code == 2, (res.out, res.err)
    assert len(res.err.strip().splitlines()) == 1, res.err
    assert "Traceback" not in res.err
    assert [digest(p) for p in paths] == before


def damage_index(path: Path) -> None:
    """Table and index disagree: integrity_check fails, quick_check does not notice."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("""UPDATE sqlite_master SET sql = replace(sql, '("status")', '("site")')
                    WHERE name = 'case_status'""")
    conn.commit()
    conn.close()
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert check.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    check.close()


def test_restore_refuses_while_another_process_has_the_database_open(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "c.sqlite"
    backup = tmp_path / "b.sqlite"
    assert cli("--db", str(db), "demo", "--cases", "3").code == 0
    assert cli("--db", str(db), "backup", str(backup)).code == 0
    holder = start(HOLDER, str(db))
    try:
        expect(holder, "open")                          # 4 cases, the window saving more
        before = [digest(db), digest(backup)]
        res = cli("--db", str(db), "restore", str(backup))
        refused(res, db, backup, before=before)
        assert "in use" in res.err
        for _ in range(3):                               # its saves go on into the same file
            send(holder, "save")
            expect(holder, "saved")
    finally:
        stop(holder)
    assert len(cli("--db", str(db), "cases", "--json").json()) == 7
    res = cli("--db", str(db), "restore", str(backup))   # closed: now it restores
    assert res.code == 0, res.err
    assert len(cli("--db", str(db), "cases", "--json").json()) == 3
    assert sqlite3.connect(res.json()["previous"]).execute('SELECT count(*) FROM "case"').fetchone()[0] == 7


def test_restore_refuses_a_damaged_or_empty_backup(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "c.sqlite"
    assert cli("--db", str(db), "demo", "--cases", "5").code == 0
    damaged = tmp_path / "damaged.sqlite"
    assert cli("--db", str(db), "backup", str(damaged)).code == 0
    damage_index(damaged)
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    empty_sqlite = tmp_path / "empty-sqlite.sqlite"
    sqlite3.connect(empty_sqlite).execute("PRAGMA user_version = 0").close()
    for bad in (damaged, empty, empty_sqlite):
        before = [digest(db), digest(bad)]
        refused(cli("--db", str(db), "restore", str(bad)), db, bad, before=before)
    assert len(cli("--db", str(db), "cases", "--json").json()) == 5


def test_backup_refuses_a_damaged_or_missing_database(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "c.sqlite"
    assert cli("--db", str(db), "demo", "--cases", "5").code == 0
    damage_index(db)
    dest = tmp_path / "b.sqlite"
    refused(cli("--db", str(db), "backup", str(dest)), db, before=[digest(db)])
    assert not dest.exists()
    missing = tmp_path / "nothing.sqlite"
    res = cli("--db", str(missing), "backup", str(dest))
    assert res.code == 2 and len(res.err.strip().splitlines()) == 1
    assert not missing.exists() and not dest.exists()


def test_restore_checks_the_backup_with_its_wal(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "c.sqlite"
    assert cli("--db", str(db), "demo", "--cases", "4").code == 0
    source = tmp_path / "newer-live.sqlite"
    assert cli("--db", str(source), "demo", "--cases", "2").code == 0
    conn = sqlite3.connect(source, isolation_level=None)    # a newer HIRT Desk, still running
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("PRAGMA user_version = 99")
    backup = tmp_path / "newer.sqlite"
    shutil.copyfile(source, backup)
    shutil.copyfile(f"{source}-wal", f"{backup}-wal")
    conn.close()
    before = [digest(db), digest(backup), digest(Path(f"{backup}-wal"))]
    res = cli("--db", str(db), "restore", str(backup))
    refused(res, db, backup, Path(f"{backup}-wal"), before=before)
    assert "newer" in res.err
    assert len(cli("--db", str(db), "cases", "--json").json()) == 4


def test_a_damaged_row_read_later_is_a_one_line_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "c.sqlite"
    assert cli("--db", str(db), "demo", "--cases", "5").code == 0
    conn = sqlite3.connect(db)
    conn.execute("UPDATE patient SET surname_latin = CAST(x'c328ff' AS TEXT) WHERE rowid = 1")
    conn.execute("""UPDATE "case" SET facts = '{"site": "lu' WHERE rowid = 2""")
    conn.commit()
    conn.close()
    for command in (("cases", "--json"), ("rescreen",)):
        res = cli("--db", str(db), *command)
        assert res.code == 2, (command, res.err)
        assert len(res.err.strip().splitlines()) == 1 and "damaged" in res.err, res.err
