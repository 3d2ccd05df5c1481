"""Passphrases of an encrypted database: asked when it opens, chosen when it is encrypted.

A passphrase lives in these dialogs' fields and in the open connection only: never in settings,
logs or the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from hirt_desk.store.encryption import MIN_PASSPHRASE_LENGTH, check_new_passphrase
from hirt_desk.store.errors import StoreError
from hirt_desk.ui.dialogs import _buttons
from hirt_desk.ui.fields import FieldMessage


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class PassphraseDialog(QDialog):
    """The passphrase of an encrypted database, tried at once: a wrong one is said so and asked
    again; Cancel opens nothing."""

    def __init__(self, path: Path, try_open: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Encrypted database"))
        self._try_open = try_open
        self.error: StoreError | None = None
        self.passphrase_value: str | None = None
        text = QLabel(self.tr("The database %1 is encrypted. Enter its passphrase to open it.")
                      .replace("%1", str(path)), self)
        text.setWordWrap(True)
        self.passphrase = _password_field(self, "passphrase")
        self.message = FieldMessage(self)
        self.message.setObjectName("passphraseMessage")
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.setMinimumWidth(440)          # the database's path on a line or two, not one per word
        self.passphrase.setFocus()

    def accept(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.passphrase.setFocus()
            return
        try:
            self._try_open(passphrase)
        except StoreError as exc:
            if exc.reason in ("wrong_passphrase", "encrypted"):
                self.message.show_message(self.tr("This passphrase does not open the database. "
                                                  "Check it and try again."))
                self.passphrase.clear()
                self.passphrase.setFocus()
                return
            self.error = exc          # another problem with the file: the caller explains it
            self.reject()
            return
        self.passphrase_value = passphrase
        self.passphrase.clear()
        super().accept()


def ask_passphrase(path: Path, try_open: Callable[[str], None]) -> str | None:
    """Ask until `try_open(passphrase)` succeeds; the passphrase, or None when cancelled.
    A StoreError other than a wrong passphrase is raised."""
    dialog = PassphraseDialog(path, try_open)
    dialog.exec()
    if dialog.error is not None:
        raise dialog.error
    return dialog.passphrase_value


class NewPassphraseDialog(QDialog):
    """A passphrase to encrypt the database with: typed twice, long enough, and a warning that
    a lost passphrase cannot be recovered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self.setWindowTitle(self.tr("Encrypt the database"))
        text = QLabel(self.tr("After encryption the database and its backups can be read only with "
                              "this passphrase. HIRT Desk asks for it at every start."), self)
        text.setWordWrap(True)
        warning = QLabel(self.tr("<b>If the passphrase is lost, the cases cannot be recovered</b>: "
                                 "nobody can open the database without it. Keep it somewhere safe."), self)
        warning.setObjectName("lostPassphraseWarning")
        warning.setWordWrap(True)
        self.first = _password_field(self, "newPassphrase")
        self.second = _password_field(self, "repeatPassphrase")
        self.message = FieldMessage(self)
        self.message.setObjectName("newPassphraseMessage")
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Passphrase again"), self.second)
        form.addRow("", self.message)
        form.addRow("", QLabel(self.tr("At least %n character(s).", "", MIN_PASSPHRASE_LENGTH), self))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.first.setFocus()

    def accept(self) -> None:
        problem = check_new_passphrase(self.first.text())
        if problem == "short":
            self.message.show_message(self.tr("The passphrase is too short: at least %n character(s).",
                                              "", MIN_PASSPHRASE_LENGTH))
        elif problem is not None:
            self.message.show_message(self.tr("The passphrase contains a character that cannot be used."))
        elif self.second.text() != self.first.text():
            self.message.show_message(self.tr("The two passphrases differ."))
        else:
            super().accept()
            return
        self.second.clear()
        self.first.setFocus()
        self.first.selectAll()

    def passphrase(self) -> str:
        return self.first.text()
