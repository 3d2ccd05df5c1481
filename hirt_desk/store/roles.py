"""Logins, roles and grants on an office server, so that the server itself enforces what each
role may do (a script with a coordinator's login cannot do an admin's work).

Each staff member is a PostgreSQL login (scram-sha-256) and a member of one of three group roles
of this database: coordinator (the cases), manager (+ sees the whole staff), admin (+ adds staff,
edits the agency; its logins have CREATEROLE). Role names are cluster-wide and one cluster may
hold several agencies' databases, so the groups are named after the database:
`<database>.coordinator`, `<database>.manager`, `<database>.admin` (a long name is shortened
with a digest to fit PostgreSQL's 63 bytes). Manager is a member of coordinator and admin of
manager, so each role has what the one before has.

The schema owner (the login that ran `server init`) keeps everything. `server init` applies the
grants on every run (`apply_grants`): the groups get exactly what is listed here, and every other
role (PUBLIC included, and the groups of a database this one was copied from) loses what it had
on this database's tables, so a copy or a restore under another name belongs to its own staff
once `server init` has run on it.

Nothing is ever hard-deleted by the program (records are removed as tombstones), so no role is
granted DELETE on the case tables; the audit is insert-only for everyone but the owner.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from peewee import Database

from hirt_desk.store.migrations import PG_SCHEMA_TABLE

ROLES = ("coordinator", "manager", "admin")
# the case tables: read and written by every role, never deleted from
CASE_TABLES = ("patient", "case", "companion", "screening", "status_change", "note", "itinerary_item",
               "itinerary_traveller", "visa_record", "case_search", "conflict",
               "not_same", "quote", "bill", "payment")
_MAX_NAME = 63                       # bytes in a PostgreSQL identifier (NAMEDATALEN - 1)
LOGIN_PATTERN = re.compile(r"[A-Za-z][A-Za-z0-9_.@-]{0,62}")


def quote(name: str) -> str:
    """An identifier quoted for SQL (role names are not parameters)."""
    return '"' + name.replace('"', '""') + '"'


def group_names(database_name: str) -> dict[str, str]:
    """The three group roles of a database, by role: `<database>.<role>` within 63 bytes."""
    longest = max(len(r) for r in ROLES) + 1
    base = database_name
    if len(base.encode()) + longest > _MAX_NAME:
        digest = hashlib.sha256(database_name.encode()).hexdigest()[:8]
        room = _MAX_NAME - longest - len(digest) - 1
        base = base.encode()[:room].decode(errors="ignore") + "~" + digest
    return {role: f"{base}.{role}" for role in ROLES}


def groups(database: Database) -> dict[str, str]:
    """The group roles of the connected database."""
    return group_names(str(database.execute_sql("SELECT current_database()").fetchone()[0]))


def _scalar(database: Database, sql: str, params: tuple[Any, ...] = ()) -> Any:
    row = database.execute_sql(sql, params).fetchone()
    return row[0] if row else None


def role_exists(database: Database, name: str) -> bool:
    return bool(_scalar(database, "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %s)", (name,)))


def session_login(database: Database) -> str:
    """The login of this connection, as the server records it (session_user)."""
    return str(_scalar(database, "SELECT session_user"))


def session_role(database: Database) -> str | None:
    """What the server lets this login do: "admin" for an admin, the schema owner or a superuser,
    "manager", "coordinator", or None for a login that is none of these (it can read nothing)."""
    owner = _scalar(database, "SELECT r.rolsuper OR d.datdba = r.oid FROM pg_roles r, pg_database d "
                              "WHERE r.rolname = session_user AND d.datname = current_database()")
    if owner:
        return "admin"
    names = groups(database)
    held = {str(row[0]) for row in database.execute_sql(
        "SELECT rolname FROM pg_roles WHERE rolname = ANY(%s) AND pg_has_role(session_user, oid, 'USAGE')",
        (list(names.values()),))}
    return next((role for role in reversed(ROLES) if names[role] in held), None)


def _grant_statements(names: dict[str, str], database_name: str) -> list[str]:
    coordinator, manager, admin = (quote(names[r]) for r in ROLES)
    case_tables = ", ".join(quote(t) for t in CASE_TABLES)
    return [
        f"GRANT {coordinator} TO {manager}",
        f"GRANT {manager} TO {admin}",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {quote(database_name)} TO {coordinator}",
        f"GRANT USAGE ON SCHEMA {quote('public')} TO {coordinator}",
        # coordinator: the cases (read, add, change; removal is a tombstone, an UPDATE)
        f"GRANT SELECT, INSERT, UPDATE ON {case_tables} TO {coordinator}",
        # reference rows and the schema's version: read; the facilities from the program's own
        # files and the agency's profile are refreshed by admins (and the owner's server init)
        f'GRANT SELECT ON "facility", "agency", {quote(PG_SCHEMA_TABLE)} TO {coordinator}',
        f'GRANT INSERT, UPDATE ON "facility", "agency" TO {admin}',
        # the agency's fee schedule (schema 11): read by all, kept by managers and admins
        f'GRANT SELECT ON "fee" TO {coordinator}',
        f'GRANT INSERT, UPDATE ON "fee" TO {manager}',
        # the audit: read and add, never change or remove (history cannot be rewritten)
        f'GRANT SELECT, INSERT ON "audit" TO {coordinator}',
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {quote('public')} TO {coordinator}",
        # case-number counters (seq-…) in local_info; the station itself only the owner changes
        # (%% is a literal %: psycopg reads every statement peewee sends for parameters)
        f'GRANT SELECT, INSERT, UPDATE ON "local_info" TO {coordinator}',
        'ALTER TABLE "local_info" ENABLE ROW LEVEL SECURITY',
        'DROP POLICY IF EXISTS "local_info_read" ON "local_info"',
        f'CREATE POLICY "local_info_read" ON "local_info" FOR SELECT TO {coordinator} USING (true)',
        'DROP POLICY IF EXISTS "local_info_counters_add" ON "local_info"',
        f"""CREATE POLICY "local_info_counters_add" ON "local_info" FOR INSERT TO {coordinator}
            WITH CHECK ("key" LIKE 'seq-%%')""",
        'DROP POLICY IF EXISTS "local_info_counters_count" ON "local_info"',
        f"""CREATE POLICY "local_info_counters_count" ON "local_info" FOR UPDATE TO {coordinator}
            USING ("key" LIKE 'seq-%%') WITH CHECK ("key" LIKE 'seq-%%')""",
        # staff: a coordinator reads its own row, a manager all rows, an admin adds and changes them
        f'GRANT SELECT ON "staff" TO {coordinator}',
        f'GRANT INSERT, UPDATE ON "staff" TO {admin}',
        'ALTER TABLE "staff" ENABLE ROW LEVEL SECURITY',
        'DROP POLICY IF EXISTS "staff_own" ON "staff"',
        f'CREATE POLICY "staff_own" ON "staff" FOR SELECT TO {coordinator} USING ("login" = session_user)',
        'DROP POLICY IF EXISTS "staff_all" ON "staff"',
        f'CREATE POLICY "staff_all" ON "staff" FOR SELECT TO {manager} USING (true)',
        'DROP POLICY IF EXISTS "staff_add" ON "staff"',
        f'CREATE POLICY "staff_add" ON "staff" FOR INSERT TO {admin} WITH CHECK (true)',
        'DROP POLICY IF EXISTS "staff_change" ON "staff"',
        f'CREATE POLICY "staff_change" ON "staff" FOR UPDATE TO {admin} USING (true) WITH CHECK (true)',
    ]


def _others_with_rights(database: Database, names: dict[str, str]) -> list[str]:
    """Roles other than the owners and our groups that hold a right on this database or on a
    table or sequence of its schema (e.g. the groups of the database this one was copied from)."""
    rows = database.execute_sql(
        """SELECT DISTINCT r.rolname FROM (
             SELECT a.grantee, c.relowner AS owner FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
              WHERE c.relnamespace = 'public'::regnamespace
             UNION ALL
             SELECT a.grantee, d.datdba FROM pg_database d CROSS JOIN LATERAL aclexplode(d.datacl) a
              WHERE d.datname = current_database()) g
           JOIN pg_roles r ON r.oid = g.grantee
           WHERE g.grantee <> g.owner AND NOT (r.rolname = ANY(%s))""", (list(names.values()),))
    return [str(row[0]) for row in rows]


def apply_grants(database: Database) -> dict[str, str]:
    """Create this database's group roles if needed and give them exactly their rights; run by
    `server init` (the owner, who may create roles) inside its transaction. Returns the groups."""
    database_name = str(_scalar(database, "SELECT current_database()"))
    names = group_names(database_name)
    for name in names.values():
        if not role_exists(database, name):
            database.execute_sql(f"CREATE ROLE {quote(name)} NOLOGIN")
    public = quote("public")
    for grantee in ("PUBLIC", *(quote(r) for r in _others_with_rights(database, names))):
        database.execute_sql(f"REVOKE ALL ON DATABASE {quote(database_name)} FROM {grantee}")
        database.execute_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA {public} FROM {grantee}")
        database.execute_sql(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {public} FROM {grantee}")
    for sql in _grant_statements(names, database_name):
        database.execute_sql(sql)
    return names


def create_login(database: Database, login: str, password: str, role: str) -> None:
    """A new login for a staff member, in the caller's transaction: its password as a
    scram-sha-256 verifier (computed here, so the password itself never reaches the server or
    its logs), member of the role's group; an admin may create roles and pass its groups on."""
    names = groups(database)
    missing = [name for name in names.values() if not role_exists(database, name)]
    if missing:       # a database copied or restored under this name: its owner runs server init
        from hirt_desk.store.errors import StoreError
        raise StoreError("not_initialised", str(database.database),
                         f"its staff roles ({', '.join(missing)}) are missing")
    database.execute_sql("SET LOCAL password_encryption = 'scram-sha-256'")
    connection: Any = database.connection()
    verifier = connection.pgconn.encrypt_password(password.encode(), login.encode(),
                                                  b"scram-sha-256").decode("ascii")
    if "'" in verifier or "\\" in verifier:       # base64, '$' and ':' only; never a quote
        raise ValueError("unexpected password verifier")
    attributes = "LOGIN CREATEROLE" if role == "admin" else "LOGIN"
    database.execute_sql(f"CREATE ROLE {quote(login)} {attributes} PASSWORD '{verifier}'")
    if role == "admin":       # PostgreSQL 16+: granting a group needs ADMIN OPTION on it
        groups_sql = ", ".join(quote(names[r]) for r in ROLES)
        database.execute_sql(f"GRANT {groups_sql} TO {quote(login)} WITH ADMIN OPTION")
    else:
        database.execute_sql(f"GRANT {quote(names[role])} TO {quote(login)}")
