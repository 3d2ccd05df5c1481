"""`hirt-desk --db URL import FILE.sqlite` (issue 16, "Moving an office onto the server"): a local
database's cases, history and numbers copied into the server, once; bad input changes nothing."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import psycopg
import pytest

from tests.cli.conftest import db_digest
from tests.cli.test_history_command import a_worked_case

RELEASES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "releases").glob("release-*.sqlite"))


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def same_everywhere(cli, db: str, server: str) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    """`cases --json`, and `case show` and `history` of every case, read the same on both."""
    on_file = cli("--db", db, "cases", "--json")
    on_server = cli("--db", server, "cases", "--json")
    assert on_file.code == 0 and on_server.code == 0, on_file.err + on_server.err
    rows: list[dict[str, Any]] = on_file.json()
    assert on_server.json() == rows
    for row in rows:
        for command in (("case", "show"), ("history",)):
            mine, theirs = (cli("--db", where, *command, row["number"]) for where in (db, server))
            assert mine.code == 0 and theirs.code == 0, mine.err + theirs.err
            assert theirs.json() == mine.json(), (command, row["number"])
    return rows


@pytest.mark.parametrize("release", RELEASES, ids=lambda p: p.stem)
def test_a_release_database_moves_to_the_server(cli, pg_ready_url: str, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                release: Path) -> None:
    db = tmp_path / release.name
    shutil.copyfile(release, db)
    before = file_digest(db)
    cases = sqlite3.connect(db).execute('SELECT count(*) FROM "case"').fetchone()[0]

    res = cli("--db", pg_ready_url, "import", str(db))
    assert res.code == 0, res.err
    report = res.json()
    assert (report["cases"], report["unchanged"], report["different"]) == (cases, 0, 0)
    assert report["records"] > cases and report["changes"] > 0
    assert file_digest(db) == before                 # the file is read, never changed

    server = db_digest(pg_ready_url)
    again = cli("--db", pg_ready_url, "import", str(db))
    assert again.code == 0, again.err
    assert again.json() == {"cases": 0, "unchanged": cases, "different": 0, "records": 0, "changes": 0,
                            "agency": "same", "different_cases": []}
    assert db_digest(pg_ready_url) == server         # nothing added the second time
    assert len(same_everywhere(cli, str(db), pg_ready_url)) == cases


def test_a_demo_database_with_its_history_moves_and_numbers_stay_unique(  # type: ignore[no-untyped-def]
        cli, pg_ready_url: str, tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite"
    case_id, number, companion = a_worked_case(db)      # edits by three people, a companion removed
    assert cli("--db", str(db), "--user", "kato", "demo", "--cases", "25", "--seed", "4").code == 0
    # the server happens to have the file's station: its numbers must not be issued again
    station = sqlite3.connect(db).execute("SELECT value FROM local_info WHERE key = 'station'").fetchone()[0]
    with psycopg.connect(pg_ready_url, autocommit=True) as conn:
        conn.execute("UPDATE local_info SET value = %s WHERE key = 'station'", (station,))

    res = cli("--db", pg_ready_url, "import", str(db))
    assert res.code == 0, res.err
    assert res.json()["cases"] == 26 and res.json()["agency"] == "imported"
    rows = same_everywhere(cli, str(db), pg_ready_url)
    history = cli("--db", pg_ready_url, "history", number).json()
    assert {r["by"] for r in history} == {"sato", "suzuki", "tanaka"}
    assert [r["record"] for r in history if r["table"] == "companion"] == [companion, companion]
    with psycopg.connect(pg_ready_url) as conn:       # the tombstone came too
        tombstone = conn.execute("SELECT deleted_by FROM companion WHERE id = %s", (companion,)).fetchone()
        assert tombstone == ("suzuki",)
        changes = conn.execute("SELECT change_id, changeset, origin, case_version FROM audit "
                               "WHERE case_id = %s ORDER BY seq", (case_id,)).fetchall()
    mine = sqlite3.connect(db).execute("SELECT change_id, changeset, origin, case_version FROM audit "
                                       "WHERE case_id = ? ORDER BY seq", (case_id,)).fetchall()
    assert changes == mine

    used = {r["number"] for r in rows}
    for _ in range(2):
        new = cli("--db", pg_ready_url, "case", "new", "--surname", "Park", "--given", "Ji Woo",
                  "--nationality", "KR", "--birth", "1961-03-04")
        assert new.code == 0, new.err
        assert new.json()["number"] not in used
        used.add(new.json()["number"])
    found = cli("--db", pg_ready_url, "cases", "--search", rows[3]["name_native"], "--json").json()
    assert rows[3]["id"] in [r["id"] for r in found]


def test_a_case_changed_on_the_server_is_reported_not_overwritten(cli, pg_ready_url: str,  # type: ignore[no-untyped-def]
                                                                  tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    assert cli("--db", db, "demo", "--cases", "5").code == 0
    assert cli("--db", pg_ready_url, "import", db).code == 0
    number = cli("--db", db, "cases", "--json").json()[2]["number"]
    assert cli("--db", pg_ready_url, "case", "set", number, "patient.email=new@example.com").code == 0
    res = cli("--db", pg_ready_url, "import", db)
    assert res.code == 0, res.err
    report = res.json()
    assert (report["different"], report["different_cases"], report["unchanged"]) == (1, [number], 4)
    assert number in res.err and res.err.count("\n") == 1
    assert cli("--db", pg_ready_url, "case", "show", number).json()["patient"]["email"] == "new@example.com"


def test_an_encrypted_file_takes_its_passphrase(run_main, pg_ready_url: str, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "c.sqlite")
    assert run_main("--db", db, "demo", "--cases", "3").code == 0
    monkeypatch.setenv("HIRT_DESK_PASSPHRASE", "correct horse battery")
    assert run_main("--db", db, "encrypt").code == 0
    res = run_main("--db", pg_ready_url, "import", db)
    assert res.code == 0, res.err
    assert res.json()["cases"] == 3
    for passphrase in ("wrong horse battery", None):
        if passphrase is None:
            monkeypatch.delenv("HIRT_DESK_PASSPHRASE")
        else:
            monkeypatch.setenv("HIRT_DESK_PASSPHRASE", passphrase)
        res = run_main("--db", pg_ready_url, "import", db)
        assert res.code == 2 and "encrypted" in res.err and res.err.count("\n") == 1, res.err


def bad_file(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.sqlite"
    if kind == "text":
        path.write_text("not a database")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind in ("foreign", "newer"):
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t (x)")
        if kind == "newer":
            conn.execute("PRAGMA application_id = 1212764756")
            conn.execute("PRAGMA user_version = 99")
        conn.commit()
        conn.close()
    elif kind == "encrypted":
        import os
        path.write_bytes(os.urandom(4096 * 3))
    return path


@pytest.mark.parametrize("kind", ["text", "empty", "foreign", "newer", "encrypted", "missing", "folder"])
def test_a_file_that_is_no_hirt_desk_database_changes_nothing(cli, pg_ready_url: str, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                              kind: str) -> None:
    path = tmp_path if kind == "folder" else bad_file(tmp_path, kind)
    before_file = file_digest(path) if path.is_file() else None
    before = db_digest(pg_ready_url)
    res = cli("--db", pg_ready_url, "import", str(path))
    assert res.code == 2, res.err
    assert res.out == "" and res.err.count("\n") == 1 and "Traceback" not in res.err, res.err
    assert db_digest(pg_ready_url) == before
    if before_file is not None:
        assert file_digest(path) == before_file


def test_a_server_that_cannot_take_it(cli, pg_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "c.sqlite")
    assert cli("--db", db, "demo", "--cases", "2").code == 0
    before = file_digest(Path(db))
    for target, says in ((pg_url, "server init"),                      # no schema yet
                         ("postgresql://nobody@127.0.0.1:1/none", "cannot be reached"),
                         (str(tmp_path / "other.sqlite"), "postgresql://")):
        res = cli("--db", target, "import", db)
        assert res.code == 2 and res.out == "" and res.err.count("\n") == 1, res.err
        assert says in res.err
    assert db_digest(pg_url) == db_digest(pg_url) and file_digest(Path(db)) == before
    assert not (tmp_path / "other.sqlite").exists()


def test_a_failure_half_way_leaves_the_server_as_it_was(run_main, pg_ready_url: str, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from hirt_desk.actions import importing
    db = str(tmp_path / "c.sqlite")
    assert run_main("--db", db, "demo", "--cases", "30").code == 0
    monkeypatch.setattr(importing, "CHUNK", 10)
    calls = {"n": 0}
    real = importing.bulk_insert

    def failing(model, rows):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 25:              # in the third chunk of cases
            raise psycopg.errors.DiskFull("could not extend file: No space left on device")
        return real(model, rows)
    monkeypatch.setattr(importing, "bulk_insert", failing)
    assert run_main("--db", pg_ready_url, "cases").code == 0     # its first opening gives it a station
    before = db_digest(pg_ready_url)
    res = run_main("--db", pg_ready_url, "import", db)
    assert res.code == 2 and "disk is full" in res.err and res.err.count("\n") == 1, res.err
    assert db_digest(pg_ready_url) == before
    monkeypatch.setattr(importing, "bulk_insert", real)
    res = run_main("--db", pg_ready_url, "import", db)
    assert res.code == 0 and res.json()["cases"] == 30


@pytest.mark.parametrize("server_has_its_own", [False, True])
def test_the_agency_profile(run_main, pg_ready_url: str, tmp_path: Path,  # type: ignore[no-untyped-def]
                            server_has_its_own: bool) -> None:
    """The file's profile replaces the sample a new server starts with, with its history; a
    server's own profile is kept."""
    from hirt_desk.actions.agency import AgencyProfile, load_agency, save_agency
    from hirt_desk.store.database import close_database, open_database
    from hirt_desk.store.models import Agency, AuditEntry
    db = str(tmp_path / "c.sqlite")
    for where, name in ((db, "Sakura Medical Coordination"), (pg_ready_url, "Office Agency KK")):
        if where == pg_ready_url and not server_has_its_own:
            continue
        open_database(where)
        save_agency(AgencyProfile(name, guarantor_list="B", guarantor_number="12-345"), user="sato")
        close_database()
    res = run_main("--db", pg_ready_url, "import", db)
    assert res.code == 0, res.err
    assert res.json()["agency"] == ("kept" if server_has_its_own else "imported")
    open_database(pg_ready_url)
    try:
        kept = "Office Agency KK" if server_has_its_own else "Sakura Medical Coordination"
        assert load_agency().name_en == kept
        assert Agency.select().count() == 1
        edits = AuditEntry.select().where((AuditEntry.table == "agency") & (AuditEntry.field == "name_en"))
        assert [e.new for e in edits] == (["Office Agency KK"] if server_has_its_own
                                          else ["Sakura Medical Coordination"])
    finally:
        close_database()
    assert run_main("--db", pg_ready_url, "import", db).json()["agency"] == (
        "kept" if server_has_its_own else "same")
