"""File → Connect to office server…: where the server is, which database, who logs in, how the
connection is protected, and the password.

The password lives in its field and in the open connection only: it is never stored in the
settings, a log, the audit or a message. The dialog tries the connection itself: what went wrong
(a wrong password, an unknown host, a database that is not HIRT Desk's…) is said in one line
under the fields, and the user corrects it and tries again; Cancel changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.store.errors import StoreError
from hirt_desk.store.server import DEFAULT_PORT, SSL_MODES, ServerLogin
from hirt_desk.ui.errors import show_error, store_error_text
from hirt_desk.ui.fields import FieldMessage

TryConnect = Callable[[ServerLogin, str], object]
translate = QCoreApplication.translate


def ask_local_file(parent: QWidget | None, start: str) -> str:
    """File → Use a local database…: an SQLite file on this PC, existing or new ("" cancelled)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("ConnectDialog", "Use a local database"), start,
        translate("ConnectDialog", "HIRT Desk database (*.sqlite);;All files (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite)
    return name


def show_local_error(parent: QWidget | None, exc: StoreError) -> None:
    show_error(parent, translate("ConnectDialog", "The database could not be opened."), exc)


class ConnectDialog(QDialog):
    """Ask until `try_connect(login, password)` succeeds (`opened` holds what it returned), or
    Cancel. With `password_only` every field but the password is fixed (a server that now
    refuses the password it was given)."""

    def __init__(self, try_connect: TryConnect, login: ServerLogin | None = None,
                 parent: QWidget | None = None, *, error: StoreError | None = None,
                 password_only: bool = False, default_login: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to office server"))
        self._try_connect = try_connect
        self.opened: object = None
        self.login: ServerLogin | None = None
        intro = QLabel(self.tr("The office server keeps the cases of the whole agency. Your "
                               "administrator gives you its address, the database and your login."), self)
        if password_only:
            intro.setText(self.tr("The office server asks for your password again."))
        intro.setWordWrap(True)

        self.host = QLineEdit(self)
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText(self.tr("e.g. db.agency.example"))
        self.port = QSpinBox(self)
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("hirt_desk", self)
        self.database.setObjectName("serverDatabase")
        self.user = QLineEdit(default_login, self)
        self.user.setObjectName("serverLogin")
        self.tls = QComboBox(self)
        self.tls.setObjectName("serverTls")
        labels = {"verify-full": self.tr("Encrypted, server certificate checked (recommended)"),
                  "require": self.tr("Encrypted, certificate not checked"),
                  "disable": self.tr("Not encrypted (only on a trusted office network)")}
        for mode in SSL_MODES:
            self.tls.addItem(labels[mode], mode)
        tls_help = QLabel(self.tr("Checking the certificate makes sure you talk to your own server; it "
                                  "needs the agency's certificate installed on this computer."), self)
        tls_help.setWordWrap(True)
        tls_help.setStyleSheet("color: palette(placeholder-text);")
        self.password = QLineEdit(self)
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = FieldMessage(self)
        self.message.setObjectName("connectMessage")

        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Login"), self.user)
        form.addRow(self.tr("Connection"), self.tls)
        form.addRow("", tls_help)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.message)
        Button = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(Button.Ok | Button.Cancel, self)
        buttons.button(Button.Ok).setText(self.tr("Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

        if login is not None:
            self.host.setText(login.host)
            self.port.setValue(login.port)
            self.database.setText(login.database)
            self.user.setText(login.login)
            mode = login.sslmode or "prefer"         # a URL without sslmode: libpq's default
            if self.tls.findData(mode) < 0:          # one of libpq's other modes, as the URL gave it
                self.tls.addItem(f"sslmode={mode}", mode)
            self.tls.setCurrentIndex(self.tls.findData(mode))
        for field in (self.host, self.port, self.database, self.user, self.tls):
            field.setEnabled(not password_only)
        if error is not None and error.reason != "password_needed":
            self.message.show_message(store_error_text(error))
        first_empty = next((f for f in (self.host, self.database, self.user) if not f.text().strip()), None)
        QTimer.singleShot(0, (first_empty or self.password).setFocus)     # once the dialog is shown

    def server_login(self) -> ServerLogin | None:
        """The connection the fields describe, or None while one is missing."""
        host, database, login = (f.text().strip() for f in (self.host, self.database, self.user))
        if not (host and database and login):
            return None
        return ServerLogin(host, database, login, self.port.value(), str(self.tls.currentData()))

    def accept(self) -> None:
        login = self.server_login()
        if login is None:
            self.message.show_message(self.tr("Enter the server address, the database and your login."))
            next(f for f in (self.host, self.database, self.user) if not f.text().strip()).setFocus()
            return
        self.message.clear_message()
        try:
            self.opened = self._try_connect(login, self.password.text())
        except StoreError as exc:
            self.message.show_message(store_error_text(exc))
            if exc.reason in ("wrong_password", "password_needed"):
                self.password.clear()
                self.password.setFocus()
            elif exc.reason in ("unknown_host", "cannot_connect", "tls"):
                self.host.setFocus()
            elif exc.reason in ("no_database", "foreign", "not_initialised", "older", "newer", "not_utf8"):
                self.database.setFocus()
            return
        self.login = login
        self.password.clear()            # the connection holds it now; the dialog does not
        super().accept()
