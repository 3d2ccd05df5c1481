"""Who made a change on the command line: the global --user LOGIN, else the operating-system login
(on a server: the database login, which the logins and roles set)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hirt_desk.store.audit import current_user
from tests.cli.conftest import db_digest, db_sql


def audit_users(db: Path | str) -> set[str]:
    return {u for (u,) in db_sql(str(db), 'SELECT DISTINCT "user" FROM audit')}


# On a server who made a change is the database login, never a name given by the client: --user
# there belongs to the logins and roles (grants, the audit's trigger), tested with them.
@pytest.mark.sqlite_only
def test_user_option_is_recorded_by_writing_commands(run_main, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "c.sqlite"
    res = run_main("--db", str(db), "--user", "tanaka", "demo", "--cases", "1", "--seed", "3")
    assert res.code == 0, res.err
    assert audit_users(db) == {"tanaka"}

    with sqlite3.connect(db) as conn:          # a screening stored under an older rule version
        case_id, verdict = conn.execute("SELECT case_id, verdict FROM screening LIMIT 1").fetchone()
        conn.execute("UPDATE screening SET verdict = ?, rule_set_version = '2020.1' WHERE case_id = ?",
                     ("review" if verdict != "review" else "eligible", case_id))
    res = run_main("--db", str(db), "--user", "sato", "rescreen", "--apply")
    assert res.code == 0, res.err
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT DISTINCT user FROM audit WHERE \"table\" = 'screening'"
                            " AND action = 'create' AND case_id = ? ORDER BY seq", (case_id,)).fetchall()
        screened_by = conn.execute("SELECT screened_by FROM screening WHERE case_id = ? "
                                   "ORDER BY created DESC LIMIT 1", (case_id,)).fetchone()[0]
    assert ("sato",) in rows and screened_by == "sato"


@pytest.mark.sqlite_only          # on a server: the database login (see above)
def test_without_user_the_operating_system_login(run_main, db_arg: str) -> None:  # type: ignore[no-untyped-def]
    assert run_main("--db", db_arg, "demo", "--cases", "1").code == 0
    assert run_main("--db", db_arg, "case", "new", "--surname", "Li", "--given", "Wei", "--nationality", "CN",
                    "--birth", "1960-01-02").code == 0
    assert audit_users(db_arg) == {current_user()}


@pytest.mark.parametrize("login", ["", "two words", "tab\there", "x" * 65])
def test_a_login_that_is_no_login_is_refused(run_main, db_arg: str, login: str) -> None:  # type: ignore[no-untyped-def]
    before = db_digest(db_arg)
    res = run_main("--db", db_arg, "--user", login, "demo", "--cases", "1")
    assert res.code == 2 and "login" in res.err and len(res.err.splitlines()) == 1
    assert db_digest(db_arg) == before
