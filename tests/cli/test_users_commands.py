"""`users add` and `users list` (contracts/team.md) on both kinds of database, and their bad input:
exit 2, one line on stderr, nothing changed."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.cli.conftest import Result, db_digest


@pytest.fixture
def staff_db(db_arg: str, backend: str, run_main: Callable[..., Result],
             monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[str]:
    """--db for staff commands: a file, or a server database whose roles `server init` has set
    up (as its superuser here); logins made by the test are dropped afterwards."""
    monkeypatch.setenv("HIRT_DESK_NEW_PASSWORD", "a-good-password")
    if backend == "sqlite":
        yield db_arg
        return
    assert run_main("--db", db_arg, "server", "init").code == 0
    yield db_arg
    server = request.getfixturevalue("pg_server")
    name = db_arg.rsplit("/", 1)[1]
    server.drop(db_arg)
    roles = server.admin.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s OR rolname LIKE %s",
                                 (f"%\\_{name}", f"{name}.%")).fetchall()
    for (role,) in roles:
        server.admin.execute(f'DROP ROLE "{role}"')


def _login(db: str, who: str) -> str:
    """A login of this test: role names are shared by the whole cluster."""
    return f"{who}_{db.rsplit('/', 1)[1]}" if db.startswith("postgresql") else who


def test_users_add_and_list(staff_db: str, run_main: Callable[..., Result]) -> None:
    ann, ben = _login(staff_db, "ann"), _login(staff_db, "ben")
    added = run_main("--db", staff_db, "users", "add", ann, "--name", "Ann Admin", "--role", "admin")
    assert (added.code, added.err) == (0, "")
    assert added.json() == {"login": ann, "role": "admin"}
    added = run_main("--db", staff_db, "users", "add", ben, "--name", " 鈴木 ベン ", "--role", "coordinator")
    assert added.json() == {"login": ben, "role": "coordinator"}
    listed = run_main("--db", staff_db, "users", "list", "--json")
    assert listed.code == 0
    assert listed.json() == [{"login": ann, "name": "Ann Admin", "role": "admin"},
                             {"login": ben, "name": "鈴木 ベン", "role": "coordinator"}]
    plain = run_main("--db", staff_db, "users", "list")
    assert plain.out.splitlines()[0] == f"{ann}\tAnn Admin\tadmin"


def test_adding_a_user_is_in_the_audit(staff_db: str, run_main: Callable[..., Result]) -> None:
    from hirt_desk.store.database import close_database, open_database
    from hirt_desk.store.models import AuditEntry
    ann = _login(staff_db, "ann")
    assert run_main("--db", staff_db, "users", "add", ann, "--name", "Ann", "--role", "manager").code == 0
    open_database(staff_db)
    try:
        entries = AuditEntry.select().where(AuditEntry.table == "staff")
        rows = [(e.table, e.action, e.case_id) for e in entries]
        assert rows == [("staff", "create", None)]
        new = AuditEntry.get(AuditEntry.table == "staff").new
        assert f'"login": "{ann}"' in new and '"role": "manager"' in new
    finally:
        close_database()


@pytest.mark.parametrize("args, message", [
    (("--role", "boss", "--name", "X"), "unknown role 'boss' (one of coordinator, manager, admin)"),
    (("--role", "admin", "--name", "  "), "needs a name"),
    (("--role", "admin",), "the following arguments are required: --name"),
    (("--name", "X"), "the following arguments are required: --role"),
])
def test_bad_input_is_refused_and_changes_nothing(staff_db: str, run_main: Callable[..., Result],
                                                  args: tuple[str, ...], message: str) -> None:
    run_main("--db", staff_db, "users", "list")          # the database exists before
    before = db_digest(staff_db)
    result = run_main("--db", staff_db, "users", "add", _login(staff_db, "cid"), *args)
    assert result.code == 2 and result.out == ""
    assert len(result.err.strip().splitlines()) == 1 and message in result.err
    assert db_digest(staff_db) == before


def test_a_login_that_is_not_one_is_refused(staff_db: str, run_main: Callable[..., Result]) -> None:
    run_main("--db", staff_db, "users", "list")
    before = db_digest(staff_db)
    result = run_main("--db", staff_db, "users", "add", "two words", "--name", "X", "--role", "admin")
    assert result.code == 2 and "'two words'" in result.err
    assert db_digest(staff_db) == before


def test_a_duplicate_login_is_refused(staff_db: str, run_main: Callable[..., Result]) -> None:
    ann = _login(staff_db, "ann")
    assert run_main("--db", staff_db, "users", "add", ann, "--name", "Ann", "--role", "admin").code == 0
    before = db_digest(staff_db)
    again = run_main("--db", staff_db, "users", "add", ann, "--name", "Another Ann", "--role", "coordinator")
    assert again.code == 2 and again.err == f"hirt-desk: error: the login {ann} exists already\n"
    assert db_digest(staff_db) == before


def test_no_password_and_no_terminal_is_refused_on_the_server(staff_db: str, backend: str,
                                                              run_main: Callable[..., Result],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """On a file there is no password (one PC: the person is chosen at start)."""
    monkeypatch.delenv("HIRT_DESK_NEW_PASSWORD")
    run_main("--db", staff_db, "users", "list")
    before = db_digest(staff_db)
    ann = _login(staff_db, "ann")
    result = run_main("--db", staff_db, "users", "add", ann, "--name", "Ann", "--role", "admin")
    if backend == "sqlite":
        assert result.code == 0
        return
    assert result.code == 2
    assert result.err == (f"hirt-desk: error: no password for the new login {ann}: set "
                          "HIRT_DESK_NEW_PASSWORD or run on a terminal; nothing was changed\n")
    assert db_digest(staff_db) == before
    monkeypatch.setenv("HIRT_DESK_NEW_PASSWORD", "short")
    result = run_main("--db", staff_db, "users", "add", ann, "--name", "Ann", "--role", "admin")
    assert result.code == 2 and "at least 8 characters" in result.err
    assert db_digest(staff_db) == before


@pytest.mark.sqlite_only
def test_users_need_a_command(run_main: Callable[..., Result], tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = run_main("--db", str(tmp_path / "x.sqlite"), "users")
    assert result.code == 2 and result.err == "hirt-desk: error: users needs a command: add or list\n"
