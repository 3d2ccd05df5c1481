"""`backup` of an office server database runs PostgreSQL's pg_dump into a new file that its
pg_restore reads back whole; without pg_dump, or with a server it cannot reach: exit 2, one line,
no file. `restore` stays the server administrator's (pg_restore)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from hirt_desk.store import server_backup
from tests.conftest import PgTestServer


@pytest.fixture
def server_db(pg_ready_url: str, run_main) -> str:  # type: ignore[no-untyped-def]
    assert run_main("--db", pg_ready_url, "demo", "--cases", "6", "--seed", "3").code == 0
    return pg_ready_url


def test_backup_writes_a_dump_that_restores_to_the_same_cases(server_db: str, run_main, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                               pg_server: PgTestServer) -> None:
    out = tmp_path / "office.dump"
    res = run_main("--db", server_db, "backup", str(out))
    assert res.code == 0, res.err
    written = res.json()
    assert written["out"] == str(out) and written["bytes"] == out.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []   # no partial left
    copy = pg_server.new_database()
    program = server_backup.pg_dump_program()
    assert program is not None
    restored = subprocess.run([str(program.with_name("pg_restore")), "--no-owner", f"--dbname={copy}",
                               str(out)], capture_output=True, text=True)
    assert restored.returncode == 0, restored.stderr
    cases = run_main("--db", server_db, "cases", "--json").json()
    assert len(cases) == 6
    assert run_main("--db", copy, "cases", "--json").json() == cases
    pg_server.drop(copy)


def test_backup_into_a_folder_names_the_file_by_database_and_time(server_db: str, run_main,  # type: ignore[no-untyped-def]
                                                                   tmp_path: Path) -> None:
    res = run_main("--db", server_db, "backup", str(tmp_path))
    assert res.code == 0, res.err
    name = Path(res.json()["out"]).name
    assert name.startswith(f"hirt-desk-{server_db.rsplit('/', 1)[1]}-") and name.endswith(".dump")


def test_without_pg_dump_the_backup_says_what_to_install(server_db: str, run_main, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_backup, "pg_dump_program", lambda: None)
    res = run_main("--db", server_db, "backup", str(tmp_path / "office.dump"))
    assert res.code == 2 and len(res.err.strip().splitlines()) == 1
    assert "pg_dump is not installed" in res.err and "postgresql-client" in res.err
    assert not (tmp_path / "office.dump").exists()


def test_a_dump_that_fails_leaves_no_file_and_no_password(server_db: str, tmp_path: Path) -> None:
    url = server_db.replace("postgresql://postgres@", "postgresql://nobody:s3cret@")
    with pytest.raises(Exception) as caught:
        server_backup.dump_server(url, tmp_path / "office.dump")
    assert getattr(caught.value, "reason", None) == "cannot_connect"
    assert "s3cret" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_restore_onto_a_server_is_left_to_its_administrator(server_db: str, run_main, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    res = run_main("--db", server_db, "restore", str(tmp_path / "office.dump"))
    assert res.code == 2 and "pg_restore" in res.err
