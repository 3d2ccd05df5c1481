"""Logins and roles on an office server, enforced by the server itself: each role tried with a real
login against the tests' cluster (a raw psycopg connection, as a script of theirs would have),
and "who" written by the server, not by the client."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest

from hirt_desk.store.errors import StoreError
from hirt_desk.store.migrations import SCHEMA_VERSION
from tests.agency_server import AgencyServer
from tests.cli.conftest import Result, db_digest
from tests.conftest import PgTestServer


@pytest.fixture
def office(pg_server: PgTestServer, run_main: Callable[..., Result],
           monkeypatch: pytest.MonkeyPatch) -> Iterator[AgencyServer]:
    """An office database set up as the README says: its owner (no superuser) runs `server init`,
    adds an admin, who adds a manager and a coordinator, each with a password."""
    office = AgencyServer(pg_server)
    try:
        init = run_main("--db", office.url(office.owner), "server", "init")
        assert (init.code, init.err) == (0, "")
        for who, role, by in (("ann", "admin", office.owner), ("mia", "manager", "ann"),
                              ("carl", "coordinator", "ann")):
            login = office.login(who)
            office.passwords[login] = f"{who}-password"
            monkeypatch.setenv("HIRT_DESK_NEW_PASSWORD", office.passwords[login])
            by_login = by if by == office.owner else office.login(by)
            added = run_main("--db", office.url(by_login), "users", "add", login, "--name", who.title(),
                             "--role", role)
            assert (added.code, added.err) == (0, ""), added.err
        yield office
    finally:
        office.remove()


def _refused(conn: Any, sql: str, params: tuple[Any, ...] = ()) -> str:
    """The server's refusal of `sql` (its SQLSTATE)."""
    with pytest.raises(psycopg.Error) as caught:
        conn.execute(sql, params)
    return str(caught.value.sqlstate)


def test_passwords_are_scram_and_admins_may_create_roles(office: AgencyServer) -> None:
    with office.superuser() as su:
        rows = dict(su.execute("SELECT rolname, rolpassword FROM pg_authid WHERE rolname = ANY(%s)",
                               ([office.login(w) for w in ("ann", "mia", "carl")],)).fetchall())
        assert all(p.startswith("SCRAM-SHA-256$4096:") for p in rows.values())
        assert "password" not in " ".join(rows.values())
        createrole = dict(su.execute("SELECT rolname, rolcreaterole FROM pg_roles WHERE rolname = ANY(%s)",
                                     ([office.login(w) for w in ("ann", "mia", "carl")],)).fetchall())
        assert createrole == {office.login("ann"): True, office.login("mia"): False,
                              office.login("carl"): False}
        # groups named after the database, so another agency's database in the cluster has its own
        groups = [r for (r,) in su.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s ORDER BY 1",
                                           (f"{office.name}.%",))]
        assert groups == [f"{office.name}.admin", f"{office.name}.coordinator", f"{office.name}.manager"]


def test_a_coordinator_works_on_cases_but_cannot_rewrite_history_or_do_an_admins_work(
        office: AgencyServer, run_main: Callable[..., Result]) -> None:
    carl = office.login("carl")
    made = run_main("--db", office.url(carl), "case", "new", "--surname", "WANG", "--given", "Wei",
                    "--nationality", "CN", "--birth", "1960-01-01")
    assert made.code == 0, made.err
    case_id = made.json()["id"]
    phone = run_main("--db", office.url(carl), "case", "set", case_id, "patient.phone=+8613800138000")
    assert phone.code == 0
    with office.connect(carl) as conn:
        assert conn.execute('SELECT count(*) FROM "audit"').fetchone()[0] > 0
        assert _refused(conn, 'UPDATE "audit" SET "new" = %s', ("forged",)) == "42501"
        assert _refused(conn, 'DELETE FROM "audit"') == "42501"
        assert _refused(conn, 'DELETE FROM "case"') == "42501"          # removal is a tombstone
        assert _refused(conn, 'UPDATE "agency" SET "name_en" = %s', ("Mine",)) == "42501"
        assert _refused(conn, 'UPDATE "facility" SET "phone" = %s', ("0",)) == "42501"
        assert _refused(conn, 'INSERT INTO "staff" ("id", "created", "updated", "login", "name", "role") '
                              "VALUES ('x', now(), now(), 'eve', 'Eve', 'admin')") == "42501"
        assert _refused(conn, "CREATE ROLE eve LOGIN") == "42501"
        assert _refused(conn, f'GRANT "{office.name}.admin" TO "{carl}"') == "42501"
        # the station is the owner's; case-number counters are everyone's
        # (row-level security: the station's row is not there to change, the counters' rows are)
        station = """UPDATE "local_info" SET "value" = 'ZZZ' WHERE "key" = 'station'"""
        assert conn.execute(station).rowcount == 0
        assert _refused(conn, """INSERT INTO "local_info" VALUES ('station-x', 'ZZZ')""") == "42501"
        counters = """UPDATE "local_info" SET "value" = "value" WHERE "key" LIKE 'seq-%'"""
        assert conn.execute(counters).rowcount == 1
        assert conn.execute('SELECT "login" FROM "staff"').fetchall() == [(carl,)]     # its own row only
    with office.superuser() as su:
        assert su.execute('SELECT "name_en" FROM "agency"').fetchone()[0] != "Mine"
        assert su.execute('SELECT count(*) FROM "case"').fetchone()[0] == 1


def test_a_coordinator_adding_staff_is_refused_in_one_line_and_nothing_changes(
        office: AgencyServer, run_main: Callable[..., Result], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HIRT_DESK_NEW_PASSWORD", "eve-password")
    url = office.url(office.owner)
    before = db_digest(url)
    for who in ("carl", "mia"):
        result = run_main("--db", office.url(office.login(who)), "users", "add", office.login("eve"),
                          "--name", "Eve", "--role", "admin")
        role = "coordinator" if who == "carl" else "manager"
        assert (result.code, result.out) == (2, "")
        assert result.err == f"hirt-desk: error: the role {role} may not add staff; an admin adds them\n"
    assert db_digest(url) == before
    with office.superuser() as su:
        eve = su.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s", (office.login("eve"),))
        assert eve.fetchone() == (0,)


def test_a_manager_sees_the_whole_staff_and_an_admin_adds_and_edits_the_agency(
        office: AgencyServer, run_main: Callable[..., Result], monkeypatch: pytest.MonkeyPatch) -> None:
    mia, ann, dan = office.login("mia"), office.login("ann"), office.login("dan")
    listed = run_main("--db", office.url(mia), "users", "list", "--json")
    assert [m["login"] for m in listed.json()] == sorted([ann, office.login("carl"), mia])
    with office.connect(mia) as conn:
        assert _refused(conn, 'UPDATE "agency" SET "name_en" = %s', ("Mine",)) == "42501"
        assert _refused(conn, 'UPDATE "staff" SET "role" = %s', ("admin",)) == "42501"
    monkeypatch.setenv("HIRT_DESK_NEW_PASSWORD", "dan-password")
    added = run_main("--db", office.url(ann), "users", "add", dan, "--name", "Dan", "--role", "admin")
    assert added.json() == {"login": dan, "role": "admin"}
    office.passwords[dan] = "dan-password"
    with office.connect(dan) as conn:           # the new admin logs in and may edit the agency
        conn.execute('UPDATE "agency" SET "phone" = %s', ("+81 27 220 0000",))
        assert conn.execute('SELECT count(*) FROM "staff"').fetchone()[0] == 4


def test_the_window_is_told_the_role_and_permission_errors_are_denied(office: AgencyServer) -> None:
    from hirt_desk.actions import agency, staff
    from hirt_desk.store.database import close_database, open_database
    roles = {}
    for who in ("ann", "mia", "carl"):
        open_database(office.url(office.login(who)))
        try:
            roles[who] = (staff.session_role(), staff.session_login())
            if who == "carl":
                profile = agency.load_agency()
                with pytest.raises(StoreError) as caught:
                    agency.save_agency(profile.__class__(**{**profile.__dict__, "phone": "+81 27 220 0001"}))
                assert caught.value.reason == "denied"
                assert "\n" not in str(caught.value) and "does not allow this login" in str(caught.value)
        finally:
            close_database()
    assert roles == {"ann": ("admin", office.login("ann")), "mia": ("manager", office.login("mia")),
                     "carl": ("coordinator", office.login("carl"))}


def test_a_login_of_no_role_cannot_even_connect(office: AgencyServer,
                                                run_main: Callable[..., Result]) -> None:
    """CONNECT is the staff's only: another agency's login in the same cluster gets nothing."""
    stranger = office.login("stranger")
    office.server.admin.execute(f"CREATE ROLE \"{stranger}\" LOGIN PASSWORD 'stranger-pw'")
    office.passwords[stranger] = "stranger-pw"
    result = run_main("--db", office.url(stranger), "cases", "--json")
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1
    assert "permission denied for database" in result.err and "stranger-pw" not in result.err


# -- who: the server's session login -------------------------------------------------------------

def _audit_row(user: str, origin: str = "") -> tuple[str, ...]:
    return ('INSERT INTO "audit" ("at", "user", "table", "record_id", "action", "field", "change_id", '
            '"origin") VALUES (now(), %s, \'case\', \'r1\', \'update\', \'x\', gen_random_uuid()::text, %s) '
            'RETURNING "user", "carried_by"', user, origin)   # type: ignore[return-value]


def test_who_is_the_session_login_whatever_the_client_writes(office: AgencyServer,
                                                             run_main: Callable[..., Result]) -> None:
    carl, ann = office.login("carl"), office.login("ann")
    made = run_main("--db", office.url(carl), "case", "new", "--surname", "LI", "--given", "Na",
                    "--nationality", "CN", "--birth", "1970-02-02")
    case_id = made.json()["id"]
    forged = run_main("--db", office.url(carl), "--user", ann, "case", "set", case_id,
                      "patient.phone=+8613800138001")
    assert forged.code == 2
    assert forged.err == (f"hirt-desk: error: --user {ann} is not used on the office server: changes are "
                          f"recorded under the database login {carl}\n")
    own = run_main("--db", office.url(carl), "--user", carl, "case", "set", case_id, "facts.ecog=1")
    assert own.code == 0
    with office.connect(carl) as conn:
        sql, *params = _audit_row(ann)
        assert conn.execute(sql, params).fetchone() == (carl, None)
        conn.execute("""INSERT INTO "note" ("id", "created", "updated", "case_id", "body", "author")
                        VALUES ('n1', now(), now(), %s, 'hello', %s)""", (case_id, ann))
        conn.execute("""UPDATE "note" SET "author" = %s WHERE "id" = 'n1'""", (ann,))
        conn.execute("""UPDATE "note" SET "deleted_at" = now(), "deleted_by" = %s
                        WHERE "id" = 'n1'""", (ann,))
        assert conn.execute("""SELECT "author", "deleted_by" FROM "note" WHERE "id" = 'n1'""").fetchone() \
            == (carl, carl)
        conn.execute("""INSERT INTO "status_change" ("id", "created", "updated", "case_id", "to_status",
                        "effective_date", "note", "changed_by") VALUES ('s1', now(), now(), %s, 'records',
                        current_date, '', %s)""", (case_id, ann))
        conn.execute("""INSERT INTO "screening" ("id", "created", "updated", "case_id", "verdict", "result",
                        "rule_set_id", "rule_set_version", "screened_by") VALUES ('q1', now(), now(), %s,
                        'eligible', '{}', 'ghmc', '1', %s)""", (case_id, ann))
        assert conn.execute('SELECT "changed_by" FROM "status_change"').fetchone() == (carl,)
        assert conn.execute('SELECT "screened_by" FROM "screening"').fetchone() == (carl,)
        users = {u for (u,) in conn.execute('SELECT DISTINCT "user" FROM "audit" WHERE "case_id" = %s',
                                            (case_id,))}
        assert users == {carl}


def test_laptop_sync_carries_the_authors_name_only_through_its_hook(office: AgencyServer) -> None:
    """The one way to record a change under another name: a transaction that sets hirt_desk.carry
    on, for a change made at another station; the server still records who carried it."""
    carl = office.login("carl")
    with office.connect(carl) as conn:
        station = conn.execute("""SELECT "value" FROM "local_info" WHERE "key" = 'station'""").fetchone()[0]
        with conn.transaction():
            conn.execute("SELECT set_config('hirt_desk.carry', 'on', true)")
            sql, *params = _audit_row("lena", "LAP")
            assert conn.execute(sql, params).fetchone() == ("lena", carl)      # made on a laptop
            sql, *params = _audit_row("lena", station)
            assert conn.execute(sql, params).fetchone() == (carl, None)        # made here: not carried
        sql, *params = _audit_row("lena", "LAP")
        assert conn.execute(sql, params).fetchone() == (carl, None)            # the setting ended


def test_an_existing_version_6_server_is_upgraded_by_server_init(pg_server: PgTestServer,
                                                                run_main: Callable[..., Result]) -> None:
    from hirt_desk.store.migrations import migrate_server
    from hirt_desk.store.server import connect_server
    office = AgencyServer(pg_server)
    try:
        database = connect_server(office.url(office.owner))
        try:
            migrate_server(database, target=6)
            database.execute_sql("""INSERT INTO "audit" ("at", "user", "table", "record_id", "action",
                                    "field") VALUES (now(), 'old', 'case', 'r', 'update', 'f')""")
        finally:
            database.close()
        upgraded = run_main("--db", office.url(office.owner), "server", "init").json()
        assert upgraded == {"schema": SCHEMA_VERSION}
        with office.superuser() as su:
            assert su.execute('SELECT "user", "carried_by" FROM "audit"').fetchall() == [("old", None)]
            assert su.execute('SELECT count(*) FROM "staff"').fetchone() == (0,)
            assert su.execute('SELECT "version" FROM "hirt_desk_schema"').fetchone() == (SCHEMA_VERSION,)
    finally:
        office.remove()


def test_a_copy_under_another_name_belongs_to_its_own_staff(office: AgencyServer,
                                                           run_main: Callable[..., Result]) -> None:
    """Another database copied from this one holds its grants, to this one's groups: its own
    `server init` takes them back and gives them to the copy's own groups."""
    copy = AgencyServer.__new__(AgencyServer)
    copy.server, copy.name = office.server, f"{office.name}copy"
    copy.owner, copy.passwords = office.owner, dict(office.passwords)
    office.server.admin.execute(f'CREATE DATABASE "{copy.name}" TEMPLATE "{office.name}" '
                                f'OWNER "{office.owner}"')
    try:
        # before it: no staff can be added to the copy (it has no groups of its own yet)
        early = run_main("--db", copy.url(office.owner), "users", "add", office.login("zoe"), "--name", "Zoe",
                         "--role", "coordinator")
        assert early.code == 2 and "server init" in early.err and len(early.err.splitlines()) == 1
        assert run_main("--db", copy.url(office.owner), "server", "init").code == 0
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            copy.connect(office.login("carl"))
    finally:
        office.server.admin.execute(f'DROP DATABASE "{copy.name}" WITH (FORCE)')
        for role in ("admin", "manager", "coordinator"):
            office.server.admin.execute(f'DROP ROLE IF EXISTS "{copy.name}.{role}"')


def test_the_fee_schedule_is_kept_by_managers_and_read_by_coordinators(office: AgencyServer) -> None:
    """Schema 11: a manager sets the agency's fees (audited under their login); a coordinator
    reads them, quotes with them, and is refused when changing one."""
    from hirt_desk.actions import money
    from hirt_desk.store.database import close_database, open_database
    from hirt_desk.store.models import AuditEntry, Fee
    open_database(office.url(office.login("mia")))
    try:
        fee = money.save_fee(name_en="Coordination fee", basis="fixed", amount_jpy=300_000)
        audited = {a.user for a in AuditEntry.select().where(AuditEntry.record_id == fee.id)}
        assert audited == {office.login("mia")}
    finally:
        close_database()
    open_database(office.url(office.login("carl")))
    try:
        assert [f.amount_jpy for f in money.list_fees()] == [300_000]
        with pytest.raises(StoreError) as caught:
            money.save_fee(name_en="Interpreter", basis="per_day", amount_jpy=30_000)
        assert caught.value.reason == "denied"
        with pytest.raises(StoreError):
            money.remove_fee(fee.id)
        assert Fee.get_by_id(fee.id).deleted_at is None
    finally:
        close_database()
