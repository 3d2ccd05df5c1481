"""demo, cases, backup, restore, rescreen and gui --exit-after-load against real databases: SQLite
files, and (where the command applies: not backup and restore) server databases."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import db_sql


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_demo_then_cases(cli, db_arg: str) -> None:  # type: ignore[no-untyped-def]
    db = db_arg
    res = cli("--db", db, "demo", "--cases", "40", "--seed", "7")
    assert res.code == 0, res.err
    assert res.json() == {"added": 40}
    listing = cli("--db", db, "cases", "--json").json()
    assert len(listing) == 40
    for row in listing:
        assert {"id", "number", "name", "nationality", "status", "site", "facility"} <= set(row)
        assert row["facility"] == "ghmc"
    inquiries = [r["inquiry_date"] for r in listing]
    assert inquiries == sorted(inquiries, reverse=True)
    someone = listing[5]
    found = cli("--db", db, "cases", "--search", someone["name_native"], "--json").json()
    assert someone["id"] in [r["id"] for r in found]
    plain = cli("--db", db, "cases", "--limit", "3")
    assert len(plain.out.strip().splitlines()) == 3


def test_demo_is_the_same_for_the_same_seed(cli, tmp_path: Path, backend: str,  # type: ignore[no-untyped-def]
                                            request: pytest.FixtureRequest) -> None:
    def people(db: str, seed: str) -> list[tuple[str, ...]]:
        assert cli("--db", db, "demo", "--cases", "25", "--seed", seed).code == 0
        return sorted((r["name"], r["name_native"], r["nationality"], r["status"], r["site"])
                      for r in cli("--db", db, "cases", "--json").json())

    def new_db(name: str) -> str:
        if backend == "sqlite":
            return str(tmp_path / f"{name}.sqlite")
        server = request.getfixturevalue("pg_server")
        url = server.new_database(server.READY)
        request.addfinalizer(lambda: server.drop(url))
        return str(url)
    a = people(new_db("a"), "3")
    b = people(new_db("b"), "3")
    c = people(new_db("c"), "4")
    assert a == b
    assert a != c


def test_backup_and_restore(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "c.sqlite")
    cli("--db", db, "demo", "--cases", "10")
    res = cli("--db", db, "backup", str(tmp_path / "b.sqlite"))
    assert res.code == 0
    info = res.json()
    assert info["cases"] == 10 and Path(info["out"]).is_file()
    cli("--db", db, "demo", "--cases", "5")
    assert len(cli("--db", db, "cases", "--json").json()) == 15
    res = cli("--db", db, "restore", str(tmp_path / "b.sqlite"))
    assert res.code == 0, res.err
    assert len(cli("--db", db, "cases", "--json").json()) == 10


@pytest.mark.parametrize("kind", ["text", "foreign", "newer", "truncated"])
@pytest.mark.parametrize("command", [("cases",), ("demo", "--cases", "1"), ("backup", "x.sqlite"),
                                     ("gui", "--exit-after-load")])
def test_every_command_refuses_bad_files(cli, tmp_path: Path, kind: str, command: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.sqlite"
    if kind == "text":
        path.write_text("hello")
    else:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (randomblob(9000))")
        if kind == "newer":
            conn.execute("PRAGMA application_id = 1212764756")
            conn.execute("PRAGMA user_version = 99")
        conn.commit()
        conn.close()
        if kind == "truncated":
            path.write_bytes(path.read_bytes()[:5000])
    before = digest(path)
    command = tuple(str(tmp_path / c) if c.endswith(".sqlite") else c for c in command)
    res = cli("--db", str(path), *command)
    assert res.code == 2
    assert len(res.err.strip().splitlines()) == 1, res.err
    assert str(path) in res.err
    assert "Traceback" not in res.err
    assert digest(path) == before


def test_gui_exit_after_load_reports_startup(cli, db_arg: str) -> None:  # type: ignore[no-untyped-def]
    db = db_arg
    cli("--db", db, "demo", "--cases", "30")
    res = cli("--db", db, "gui", "--exit-after-load")
    assert res.code == 0, res.err
    line = json.loads(res.out.strip().splitlines()[-1])
    assert line["cases"] == 30
    assert 0 < line["startup_ms"] < 60000


def test_rescreen_reports_changed_verdicts(cli, db_arg: str) -> None:  # type: ignore[no-untyped-def]
    db = db_arg
    cli("--db", db, "demo", "--cases", "30", "--seed", "2")
    first = cli("--db", db, "rescreen").json()
    assert first["checked"] == 30 and first["changed"] == []
    # a screening stored under an older rule version
    [(case_id, verdict)] = db_sql(db, "SELECT case_id, verdict FROM screening ORDER BY case_id LIMIT 1")
    stale = "review" if verdict != "review" else "eligible"
    db_sql(db, "UPDATE screening SET verdict = ?, rule_set_version = '2020.1' WHERE case_id = ?",
           (stale, case_id))
    report = cli("--db", db, "rescreen", "--apply").json()
    assert [c["id"] for c in report["changed"]] == [case_id]
    assert report["changed"][0]["old"] == stale and report["changed"][0]["new"] == verdict
    assert report["changed"][0]["old_version"] == "2020.1"
    assert cli("--db", db, "rescreen").json()["changed"] == []


def test_unknown_option_is_one_line(cli) -> None:  # type: ignore[no-untyped-def]
    res = cli("cases", "--frobnicate")
    assert res.code == 2 and len(res.err.strip().splitlines()) == 1


def test_version(cli) -> None:  # type: ignore[no-untyped-def]
    res = cli("--version")
    assert res.code == 0 and res.out.startswith("hirt-desk ")
