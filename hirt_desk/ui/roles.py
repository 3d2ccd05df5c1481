"""What the window offers to the session's role (contracts/team.md, issue 16 "Logins and roles").

On an SQLite file there are no roles (`""`): the person at the PC may do everything. On an office
server the role of the login decides, and the server enforces the same rules (store/roles.py):
the window only hides what would be refused anyway. Settings → Staff: admins add staff, managers
see the list, coordinators do not see it; the agency's profile is changed by admins only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

EDIT, ADD, READ, HIDDEN = "edit", "add", "read", "hidden"


def role_label(role: str) -> str:
    """The role as people read it, in the user's language ("" on a file)."""
    labels = {"coordinator": translate("roles", "Coordinator"), "manager": translate("roles", "Manager"),
              "admin": translate("roles", "Administrator")}
    return labels.get(role, "")


def staff_access(role: str) -> str:
    """Settings → Staff: `edit` the list (a file), `add` people one by one with a password (an
    admin on a server), `read` it (a manager), or `hidden` (a coordinator)."""
    return {"": EDIT, "admin": ADD, "manager": READ}.get(role, HIDDEN)


def reports_allowed(role: str) -> bool:
    """The agency's reports (issue 22): managers and admins on a server, anyone on a file."""
    return role in ("", "manager", "admin")


def agency_editable(role: str) -> bool:
    return role in ("", "admin")


def fees_editable(role: str) -> bool:
    """The agency's fee schedule: managers and admins (and anyone on a file)."""
    return role in ("", "manager", "admin")


def working_as(label: str, role: str) -> str:
    """The status bar's "Working as: Sato Hanako (sato)", with the role beside it on a server."""
    if not role:
        return translate("MainWindow", "Working as: %1").replace("%1", label)
    return translate("roles", "Working as: %1 · %2").replace("%1", label).replace("%2", role_label(role))
