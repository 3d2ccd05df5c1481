"""The agency's staff: who works with HIRT Desk, under which login and in which role
(contracts/team.md, `users add` and `users list`; the window's Settings → Staff and "Who is
working?").

On an SQLite file a staff member is a row of the `staff` table: the person is chosen at start and
the file enforces nothing. On an office server each one is also a database login in its role's
group (store/roles.py), and the server enforces the role: only an admin (or the schema owner)
adds staff, and every change is recorded under the login of the session, whoever it claims to be.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from hirt_desk.store import audit
from hirt_desk.store.database import store_errors, write_transaction
from hirt_desk.store.models import Staff, db, on_server, utcnow

ROLES = ("coordinator", "manager", "admin")
MIN_PASSWORD_LENGTH = 8
MAX_NAME_LENGTH = 200


@dataclass(frozen=True)
class StaffMember:
    login: str
    name: str = ""
    role: str = "coordinator"

    def label(self) -> str:
        """"Full Name (login)", or the login alone when no name is known."""
        return f"{self.name} ({self.login})" if self.name and self.name != self.login else self.login

    def to_json(self) -> dict[str, str]:
        return {"login": self.login, "name": self.name, "role": self.role}


class StaffError(ValueError):
    """A staff change that was refused, nothing changed. `code` says why (the window words it in
    the user's language): login, name, role, exists, password, not_allowed, fixed_user."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def check_login(login: str) -> None:
    """A login usable here: on a server a PostgreSQL login name HIRT Desk can create (a letter,
    then letters, digits, `_ . @ -`, at most 63), on a file any name without spaces."""
    if on_server():
        from hirt_desk.store.roles import LOGIN_PATTERN
        if not LOGIN_PATTERN.fullmatch(login) or login.lower().startswith("pg_"):
            raise StaffError("login", f"'{login}' cannot be a login on the server: a letter first, then "
                                      "letters, digits, _ . @ or -, at most 63 (not pg_…)")
    elif not login or len(login) > 63 or any(c.isspace() or not c.isprintable() for c in login):
        raise StaffError("login", f"'{login}' is not a login name (no spaces, at most 63 characters)")


def check_member(member: StaffMember) -> None:
    check_login(member.login)
    if not member.name.strip():
        raise StaffError("name", f"{member.login} needs a name (--name \"Full Name\")")
    if len(member.name) > MAX_NAME_LENGTH or any(not c.isprintable() for c in member.name):
        raise StaffError("name", f"the name of {member.login} must be one line of at most "
                                 f"{MAX_NAME_LENGTH} characters")
    if member.role not in ROLES:
        raise StaffError("role", f"unknown role '{member.role}' (one of {', '.join(ROLES)})")


def _member(row: Staff) -> StaffMember:
    return StaffMember(str(row.login), str(row.name), str(row.role))


def _live() -> Iterable[Staff]:
    return Staff.select().where(Staff.deleted_at.is_null()).order_by(Staff.login)


def list_staff() -> list[StaffMember]:
    """The staff, by login. On a server a coordinator sees its own row only (the server's rule)."""
    with store_errors():
        return [_member(row) for row in _live()]


def on_office_server() -> bool:
    """Whether the database is an office server (logins and roles) rather than a file."""
    return on_server()


def session_role() -> str | None:
    """What the session may do on a server ("coordinator", "manager", "admin"; None: nothing);
    on a file "" (no roles: the person at the PC may do everything)."""
    if not on_server():
        return ""
    from hirt_desk.store.roles import session_role as server_role
    with store_errors():
        return server_role(db.obj)


def session_login() -> str:
    """Who the session is: the database login on a server, else the operating-system login."""
    with store_errors():
        return audit.current_user()


def check_given_user(given: str | None) -> None:
    """On a server every change is recorded under the database login: naming another person
    (`--user`) is refused rather than silently ignored."""
    if given and on_server():
        login = session_login()
        if given != login:
            raise StaffError("fixed_user", f"--user {given} is not used on the office server: changes are "
                                           f"recorded under the database login {login}")


def _login_taken(login: str) -> bool:
    if Staff.select().where((Staff.login == login) & Staff.deleted_at.is_null()).exists():
        return True
    if on_server():
        from hirt_desk.store.roles import role_exists
        return role_exists(db.obj, login)
    return False


def check_can_add(member: StaffMember) -> None:
    """Everything `add_staff` checks before it needs the password (a read): the member's fields,
    that the session may add staff, that the login is free. StaffError otherwise."""
    check_member(member)
    if on_server():
        role = session_role()
        if role != "admin":
            raise StaffError("not_allowed", f"the role {role or 'of this login'} may not add staff; "
                                            "an admin adds them")
    with store_errors():
        if _login_taken(member.login):
            raise StaffError("exists", f"the login {member.login} exists already")


def add_staff(member: StaffMember, *, password: str | None = None, user: str | None = None) -> StaffMember:
    """Add a staff member (`users add`): on a server also their login with `password`, in one
    transaction. StaffError for bad input, a login that exists, or a session that may not add
    staff; nothing is changed then."""
    member = StaffMember(member.login, member.name.strip(), member.role)
    check_can_add(member)
    if on_server():
        if password is None or len(password) < MIN_PASSWORD_LENGTH:
            raise StaffError("password", f"the new login needs a password of at least {MIN_PASSWORD_LENGTH} "
                                         "characters")
        if "\x00" in password:
            raise StaffError("password", "the password must not contain NUL characters")
    user = user or audit.current_user()
    with store_errors(), write_transaction():
        if _login_taken(member.login):
            raise StaffError("exists", f"the login {member.login} exists already")
        if on_server():
            from hirt_desk.store.roles import create_login
            create_login(db.obj, member.login, password or "", member.role)
        row = Staff.create(login=member.login, name=member.name, role=member.role)
        with audit.CaseChange(None, user) as change:
            change.create(row)
    return member


def save_staff_list(members: list[StaffMember], user: str | None = None) -> None:
    """Make the staff what the window's list says (a file's Settings → Staff): new logins added,
    names and roles changed, people no longer listed removed as tombstones; all audited, in one
    transaction. On a server staff are added one by one with their password (`add_staff`)."""
    for m in members:
        check_member(m)
    logins = [m.login for m in members]
    if len(set(logins)) != len(logins):
        twice = next(login for login in logins if logins.count(login) > 1)
        raise StaffError("exists", f"the login {twice} is listed twice")
    if on_server():
        raise StaffError("not_allowed", "on the office server staff are added one by one, each with a "
                                        "password")
    user = user or audit.current_user()
    wanted = {m.login: m for m in members}
    with store_errors(), write_transaction(), audit.CaseChange(None, user) as change:
        current = {str(row.login): row for row in _live()}
        for login, row in current.items():
            if login not in wanted:
                change.delete(row)
            elif change.update(row, {"name": wanted[login].name.strip(), "role": wanted[login].role}):
                _bump(row)
        for m in members:
            if m.login not in current:
                change.create(Staff.create(login=m.login, name=m.name.strip(), role=m.role))


def _bump(row: Staff) -> None:
    Staff.update(version=Staff.version + 1, updated=utcnow()).where(Staff.id == row.id).execute()


def move_settings_staff(entries: Iterable[object], user: str | None = None) -> int:
    """Bring a staff list kept in the window's settings (before schema 8) into the database:
    entries {"login", "name"} whose login is not there yet are added as coordinators. Returns how
    many were added; entries that are not a usable login are left out."""
    members: dict[str, StaffMember] = {}
    for entry in entries:
        if not isinstance(entry, Mapping):
            continue
        login, name = str(entry.get("login") or "").strip(), str(entry.get("name") or "").strip()
        member = StaffMember(login, name or login)
        try:
            check_member(member)
        except StaffError:
            continue
        members.setdefault(login, member)
    if not members or on_server():
        return 0
    user = user or audit.current_user()
    added = 0
    with store_errors(), write_transaction(), audit.CaseChange(None, user) as change:
        for member in members.values():
            if not _login_taken(member.login):
                change.create(Staff.create(login=member.login, name=member.name, role=member.role))
                added += 1
    return added
