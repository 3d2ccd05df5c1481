"""An office's server database on the tests' cluster: owned by a login that may create roles but
is no superuser (as `server init` and `users add` expect), with real staff logins that connect
over TCP with their passwords (scram-sha-256)."""

from __future__ import annotations

import contextlib
from typing import Any

from tests.conftest import PgTestServer

OWNER_PASSWORD = "owner-pass-1"


class AgencyServer:
    """A fresh database `agencyN` owned by `owner_agencyN`; logins are named `<who>_agencyN` so that
    tests never meet each other's (role names are cluster-wide), and all of them go at the end."""

    def __init__(self, server: PgTestServer) -> None:
        self.server = server
        server.count += 1
        self.name = f"agency{server.count}"
        self.owner = self.login("owner")
        self.passwords = {self.owner: OWNER_PASSWORD}
        server.admin.execute(f'CREATE ROLE "{self.owner}" LOGIN CREATEROLE PASSWORD \'{OWNER_PASSWORD}\'')
        server.admin.execute(f'CREATE DATABASE "{self.name}" OWNER "{self.owner}" TEMPLATE {server.EMPTY}')

    def login(self, who: str) -> str:
        return f"{who}_{self.name}"

    def url(self, login: str) -> str:
        """The URL a staff member passes as --db, their password in it (never shown: redacted)."""
        password = self.passwords.get(login, "")
        return f"postgresql://{login}:{password}@127.0.0.1:{self.server.cluster.port}/{self.name}"

    def connect(self, login: str) -> Any:
        """A raw psycopg connection as `login` (autocommit), as a script of theirs would have."""
        import psycopg
        return psycopg.connect(self.url(login), autocommit=True)

    def superuser(self) -> Any:
        import psycopg
        return psycopg.connect(self.server.cluster.url_for(self.name), autocommit=True)

    def remove(self) -> None:
        admin = self.server.admin
        admin.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        names = [r for (r,) in admin.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s OR rolname LIKE %s",
            (f"%\\_{self.name}", f"{self.name}.%"))]
        for name in sorted(names, key=lambda n: n == self.owner):     # the owner last
            with contextlib.suppress(Exception):
                admin.execute(f'DROP ROLE "{name}"')


def recorded(user: str, where: str | None = None) -> str:
    """The login a change made as `user` is recorded under: on an office server the session's
    login, which the server writes whatever the client sends (schema 8); on a file `user`.
    `where`: the --db of a command that has finished (its URL names the login)."""
    from urllib.parse import urlsplit

    from hirt_desk.store.errors import is_server_url
    from hirt_desk.store.models import db, on_server
    if where is not None:
        return str(urlsplit(where).username) if is_server_url(where) else user
    return str(db.execute_sql("SELECT session_user").fetchone()[0]) if on_server() else user


def add_logins(url: str, users: tuple[str, ...], role: str = "coordinator") -> dict[str, str]:
    """Real logins on the server database `url` (whose superuser URL this is): `server init` run
    there (its groups, named after the database), then `<user>_<database>` added for each user.
    Returns each user's own URL (the password in it), for a seat of theirs."""
    from hirt_desk.actions.staff import StaffMember, add_staff
    from hirt_desk.store.database import close_database, open_database
    from hirt_desk.store.server import init_server
    init_server(url)
    name = url.rsplit("/", 1)[1]
    seats = {}
    open_database(url)
    try:
        for user in users:
            login, password = f"{user}_{name}", f"{user}-password"
            add_staff(StaffMember(login, user.title(), role), password=password)
            seats[user] = url.replace("//postgres@", f"//{login}:{password}@")
    finally:
        close_database()
    return seats


def drop_logins(server: PgTestServer, url: str) -> None:
    """Drop the database `url` and the roles named after it (its groups and logins)."""
    name = url.rsplit("/", 1)[1]
    server.drop(url)
    roles = server.admin.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s OR rolname LIKE %s",
                                 (f"%\\_{name}", f"{name}.%")).fetchall()
    for (role,) in roles:
        server.admin.execute(f'DROP ROLE "{role}"')


def staffed_office(server: PgTestServer) -> AgencyServer:
    """An office whose owner ran `server init` and added ann (admin), mia (manager) and carl
    (coordinator), each with the password `<who>-password`."""
    from hirt_desk.actions.staff import StaffMember, add_staff
    from hirt_desk.store.database import close_database, open_database
    from hirt_desk.store.server import init_server
    office = AgencyServer(server)
    init_server(office.url(office.owner))
    open_database(office.url(office.owner))
    try:
        for who, role in (("ann", "admin"), ("mia", "manager"), ("carl", "coordinator")):
            login = office.login(who)
            office.passwords[login] = f"{who}-password"
            add_staff(StaffMember(login, who.title(), role), password=office.passwords[login])
    finally:
        close_database()
    return office
