"""Who is working: the agency's staff (kept in the database) and the "Who is working?" dialog.

Every change the window makes is recorded under the login chosen here (app.py asks at start,
File → Change user… asks again). With no staff list the operating-system login is used.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.actions.staff import StaffMember, list_staff, save_staff_list
from hirt_desk.actions.staff import move_settings_staff as move_settings_staff_into_database
from hirt_desk.ui import settings as S

__all__ = ["StaffMember", "WhoDialog", "choose_user", "member", "move_settings_staff", "set_staff", "staff"]


def staff() -> list[StaffMember]:
    """The agency's staff, kept in the database (the `staff` table, schema 8)."""
    return list_staff()


def set_staff(members: list[StaffMember], user: str) -> None:
    """Make the database's staff this list (Settings → Staff on a file), recorded under `user`."""
    save_staff_list(members, user)


def move_settings_staff(settings: S.Settings, user: str) -> None:
    """A staff list kept in Settings by an earlier release goes into the database, once: the
    setting is emptied when it is there."""
    entries = settings.get(S.STAFF)
    if not entries:
        return
    move_settings_staff_into_database(entries, user)
    settings.set(S.STAFF, [])
    settings.sync()


def member(members: list[StaffMember], login: str) -> StaffMember:
    """The staff member with this login, or one known by the login alone."""
    return next((m for m in members if m.login == login), StaffMember(login))


class WhoDialog(QDialog):
    """Pick who is working from the staff list; Enter (or a double click) accepts."""

    def __init__(self, members: list[StaffMember], default: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whoDialog")
        self.setWindowTitle(self.tr("Who is working?"))
        text = QLabel(self.tr("Changes you make are recorded under the name you choose."), self)
        text.setWordWrap(True)
        self.people = QListWidget(self)
        self.people.setObjectName("whoList")
        for m in members:
            item = QListWidgetItem(m.label(), self.people)
            item.setData(Qt.ItemDataRole.UserRole, m.login)
            if m.login == default:
                self.people.setCurrentItem(item)
        if self.people.currentItem() is None and self.people.count():
            self.people.setCurrentRow(0)
        self.people.itemActivated.connect(self.accept)
        Button = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(Button.Ok | Button.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(Button.Ok).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.people)
        layout.addWidget(buttons)
        self.people.setFocus()
        self.resize(max(self.sizeHint().width(), 360), self.sizeHint().height())

    def login(self) -> str:
        item = self.people.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""


def choose_user(settings: S.Settings, os_login: str, parent: QWidget | None = None, *,
                ask: bool = True) -> str | None:
    """Who works now: the staff member chosen in the dialog (remembered for next time), the
    operating-system login when the agency keeps no staff list, None when the dialog was
    cancelled. With `ask` False the default is taken without asking (a start that only loads)."""
    members = staff()
    if not members:
        return os_login
    last = settings.get(S.LAST_USER)
    logins = [m.login for m in members]
    default = last if last in logins else os_login if os_login in logins else logins[0]
    if not ask:
        return default
    dialog = WhoDialog(members, default, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.login():
        return None
    settings.set(S.LAST_USER, dialog.login())
    settings.sync()
    return dialog.login()
