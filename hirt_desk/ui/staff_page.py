"""Settings → Staff: the agency's staff, and adding one person with a login on an office server.

On a file the list is edited in place (login, full name, role) and saved with the Settings
dialog. On a server an admin adds people one by one, each with a password (`AddStaffDialog`,
saved at once: it creates their login); a manager sees the list; a coordinator does not see
the page at all (ui/roles.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.actions.staff import MIN_PASSWORD_LENGTH, ROLES, StaffError, StaffMember
from hirt_desk.store.errors import StoreError
from hirt_desk.ui import roles
from hirt_desk.ui.errors import store_error_text
from hirt_desk.ui.fields import FieldMessage, mark_invalid

AddStaff = Callable[[StaffMember, str], None]      # adds a member with this password, or raises


def _role_box(role: str, parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    for r in ROLES:
        box.addItem(roles.role_label(r), r)
    box.setCurrentIndex(max(0, box.findData(role)))
    return box


class StaffPage(QWidget):
    """The staff list of the Settings dialog, as the session's role may see and change it."""

    def __init__(self, staff: list[StaffMember], access: str = roles.EDIT, add_staff: AddStaff | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self._add_staff = add_staff
        texts = {roles.EDIT: self.tr("The people who work with HIRT Desk. When the list is not empty, "
                                     "HIRT Desk asks at start who is working, and records every change "
                                     "under that login."),
                 roles.ADD: self.tr("The people who log in to the office server. A person added here can log "
                                    "in at once with the password you give them."),
                 roles.READ: self.tr("The people who log in to the office server. An administrator adds "
                                     "them.")}
        note = QLabel(texts.get(access, ""), self)
        note.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("staffTable")
        self.table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Full name"), self.tr("Role")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        if access != roles.EDIT:
            self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for m in staff:
            self._add_row(m.login, m.name, m.role)
        adds = self.tr("Add person…") if access == roles.ADD else self.tr("Add person")
        self.add_button = QPushButton(adds, self)
        self.add_button.setObjectName("addStaff")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.add_button.setVisible(access in (roles.EDIT, roles.ADD))
        self.remove_button = QPushButton(self.tr("Remove person"), self)
        self.remove_button.setObjectName("removeStaff")
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.remove_button.setVisible(access == roles.EDIT)
        self.message = FieldMessage(self)
        self.message.setObjectName("staffMessage")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def _add_row(self, login: str, name: str, role: str = "coordinator") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(login))
        self.table.setItem(row, 1, QTableWidgetItem(name))
        if self.access == roles.EDIT:
            self.table.setCellWidget(row, 2, _role_box(role, self.table))
        else:                       # read here: the role as text
            item = QTableWidgetItem(roles.role_label(role))
            item.setData(Qt.ItemDataRole.UserRole, role)
            self.table.setItem(row, 2, item)
        return row

    def _on_add_clicked(self) -> None:
        if self.access == roles.ADD:
            self._add_on_server()
            return
        row = self._add_row("", "")
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def _add_on_server(self) -> None:
        if self._add_staff is None:
            return
        dialog = AddStaffDialog(self._add_staff, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.added is not None:
            m = dialog.added
            self.table.setCurrentCell(self._add_row(m.login, m.name, m.role), 0)

    def _on_remove_clicked(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)

    def _rows(self) -> list[tuple[int, str, str, str]]:
        out = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, col) for col in (0, 1)]
            login, name = (c.text().strip() if c is not None else "" for c in cells)
            box, item = self.table.cellWidget(row, 2), self.table.item(row, 2)
            role = str(box.currentData() if isinstance(box, QComboBox)
                       else item.data(Qt.ItemDataRole.UserRole) if item is not None else "coordinator")
            if login or name:
                out.append((row, login, name, role))
        return out

    def members(self) -> list[StaffMember]:
        return [StaffMember(login, name or login, role) for _, login, name, role in self._rows()]

    def problem(self) -> tuple[int, str] | None:
        """The first row to correct before the list can be saved, and what is wrong."""
        seen: set[str] = set()
        for row, login, _name, _role in self._rows():
            if not login:
                return row, self.tr("Each person needs a login.")
            if any(c.isspace() or not c.isprintable() for c in login):
                return row, self.tr("A login has no spaces.")
            if login in seen:
                return row, self.tr("The login %1 is listed twice.").replace("%1", login)
            seen.add(login)
        return None


class AddStaffDialog(QDialog):
    """A new staff member on the office server: login, full name, role and a first password
    (typed twice). Added when OK is pressed; a refusal is shown at the field it is about."""

    def __init__(self, add_staff: AddStaff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addStaffDialog")
        self.setWindowTitle(self.tr("Add a staff member"))
        self._add_staff = add_staff
        self.added: StaffMember | None = None
        self.login = QLineEdit(self)
        self.login.setObjectName("newLogin")
        self.name = QLineEdit(self)
        self.name.setObjectName("newName")
        self.role = _role_box("coordinator", self)
        self.role.setObjectName("newRole")
        self.password = QLineEdit(self)
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setObjectName("newPasswordAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = FieldMessage(self)
        self.message.setObjectName("addStaffMessage")
        self.message.keep_space(2)
        form = QFormLayout()
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Full name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("The password again"), self.again)
        Button = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(Button.Ok | Button.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 440), self.sizeHint().height())

    def _refuse(self, field: QLineEdit | None, text: str) -> None:
        for edit in (self.login, self.name, self.password, self.again):
            mark_invalid(edit, edit is field)
        self.message.show_message(text)
        if field is not None:
            field.setFocus()

    def accept(self) -> None:
        member = StaffMember(self.login.text().strip(), self.name.text().strip(),
                             str(self.role.currentData()))
        password = self.password.text()
        if password != self.again.text():
            self._refuse(self.again, self.tr("The two passwords differ."))
            return
        try:
            self._add_staff(member, password)
        except StaffError as exc:
            self._refuse(*self._where(exc))
            return
        except StoreError as exc:
            self._refuse(None, store_error_text(exc))
            return
        self.added = member
        super().accept()

    def _where(self, exc: StaffError) -> tuple[QLineEdit | None, str]:
        """The field a refusal is about, and the refusal in the user's language."""
        if exc.code == "login":
            return self.login, self.tr("A login starts with a letter, then letters, digits or _ . @ - "
                                       "(at most 63).")
        if exc.code == "exists":
            return self.login, self.tr("This login exists already.")
        if exc.code == "name":
            return self.name, self.tr("The full name is required.")
        if exc.code == "password":
            return self.password, self.tr("The password needs at least %1 characters.").replace(
                "%1", str(MIN_PASSWORD_LENGTH))
        return None, self.tr("Your role may not add staff.")
