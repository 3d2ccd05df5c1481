"""Encryption in the window: an encrypted database asks for its passphrase at start (a wrong one
is said so and asked again; Cancel quits), and Settings encrypts a plain one in place."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.store import encryption
from hirt_desk.store.cases import count_cases, list_cases
from hirt_desk.store.database import close_database, open_database
from hirt_desk.ui.case_list_model import CaseListModel
from hirt_desk.ui.main_window import MainWindow, Services
from tests.ui.helpers import answer_dialog, shown_main_window, type_text
from tests.ui.test_case_workflow import press_ok

SECRET = "correct horse battery"


@pytest.fixture
def encrypted_db(db_path: Path) -> Path:
    open_database(db_path)
    create_case(PatientData("WANG", "Wei", "王伟", nationality="CN"))
    close_database()
    encryption.encrypt_file(db_path, SECRET)
    return db_path


def test_the_window_asks_for_the_passphrase(qtbot, encrypted_db: Path, quiet_run) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def answer(dialog: QWidget) -> None:
        assert dialog.objectName() == "passphraseDialog"
        type_text(qtbot, dialog.passphrase, "not the passphrase")
        press_ok(dialog)
        seen["still open"] = dialog.isVisible()
        seen["message"] = dialog.message.text()
        type_text(qtbot, dialog.passphrase, SECRET)
        press_ok(dialog)

    def look_and_quit() -> None:
        window = shown_main_window()
        if window is None:
            QTimer.singleShot(50, look_and_quit)
            return
        seen["cases"] = window.model.total
        seen["name"] = window.model.index(0, 1).data()
        window.close()                  # the last window: app.exec() in run() returns

    answer_dialog(answer)
    QTimer.singleShot(50, look_and_quit)
    assert quiet_run(encrypted_db) == 0
    assert seen["still open"] is True
    assert seen["message"] == "This passphrase does not open the database. Check it and try again."
    assert seen["cases"] == 1
    assert "WANG" in str(seen["name"])


def test_cancel_quits_and_leaves_the_file_alone(qtbot, encrypted_db: Path, quiet_run) -> None:  # type: ignore[no-untyped-def]
    before = hashlib.sha256(encrypted_db.read_bytes()).hexdigest()

    def cancel(dialog: QWidget) -> None:
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    answer_dialog(cancel)
    assert quiet_run(encrypted_db) == 0
    assert shown_main_window() is None
    assert hashlib.sha256(encrypted_db.read_bytes()).hexdigest() == before


def test_settings_encrypts_the_database(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case = create_case(PatientData("SUZUKI", "Hanako", "鈴木花子", nationality="JP"))
    model = CaseListModel(list_cases, count_cases)
    window = MainWindow(model, Services(
        database, lambda n: 0, lambda d: {}, is_encrypted=lambda: encryption.looks_encrypted(database),
        encrypt_database=lambda p: encryption.encrypt_open_database(database, p)), settings)
    qtbot.addWidget(window, before_close_func=lambda w: w.editor.discard())
    model.reload()
    window.show()
    seen: dict[str, object] = {}

    def choose_passphrase(dialog: QWidget) -> None:
        assert dialog.objectName() == "newPassphraseDialog"
        seen["warning"] = dialog.findChild(QWidget, "lostPassphraseWarning").text()
        type_text(qtbot, dialog.first, "short")
        type_text(qtbot, dialog.second, "short")
        press_ok(dialog)
        seen["short"] = dialog.message.text()
        type_text(qtbot, dialog.first, SECRET)        # the field was selected: typing replaces it
        type_text(qtbot, dialog.second, SECRET + "x")
        press_ok(dialog)
        seen["differ"] = dialog.message.text()
        type_text(qtbot, dialog.second, SECRET)
        press_ok(dialog)

    def settings_dialog(dialog: QWidget) -> None:
        button = dialog.encrypt_button
        seen["offered"] = button.isVisible() and button.text()
        answer_dialog(choose_passphrase)
        button.click()
        seen["state"] = dialog.encryption_state.isVisible() and not button.isVisible()
        press_ok(dialog)

    answer_dialog(settings_dialog)
    window.settings_action.trigger()
    assert seen["offered"] == "Encrypt the database…"
    assert "cannot be recovered" in str(seen["warning"])
    assert seen["short"] == "The passphrase is too short: at least 8 characters."
    assert seen["differ"] == "The two passphrases differ."
    assert seen["state"] is True

    assert encryption.looks_encrypted(database)
    data = database.read_bytes()
    assert b"SUZUKI" not in data and "鈴木".encode() not in data
    # the window goes on with the reopened, encrypted database
    assert count_cases() == 1 and list_cases()[0].id == case.id
    window.model.reload()
    assert window.model.total == 1
    create_case(PatientData("LI", "Na", "李娜", nationality="CN"))
    window.model.reload()
    assert window.model.total == 2
    close_database()
    with pytest.raises(Exception) as err:
        open_database(database)
    assert getattr(err.value, "reason", "") == "encrypted"
    open_database(database, passphrase=SECRET)      # the database fixture closes it
