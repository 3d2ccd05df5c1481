"""A full disk while saving: the message says so where the user saved, in their language, and the
edit stays in the editor so it can be saved once there is room."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from hirt_desk.actions.case_detail import load_case
from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.store.models import db
from tests.ui.helpers import type_text
from tests.ui.test_case_workflow import make_window, open_tab, select_case

ADDRESS = "北京市朝阳区建国路88号 " * 300


class FullDisk:
    """The database file may not grow (SQLite's max_page_count, the SQLITE_FULL a full disk gives),
    and the free space inside it is taken, so any save that writes rows needs room it has not."""

    def fill(self) -> None:
        pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
        db.execute_sql(f"PRAGMA max_page_count = {pages + 8}")
        db.execute_sql("PRAGMA cache_size = 1")
        db.execute_sql("CREATE TABLE IF NOT EXISTS test_filler (b BLOB)")
        size = 4000
        while size >= 1:
            try:
                db.execute_sql("INSERT INTO test_filler VALUES (randomblob(?))", (size,))
            except Exception as exc:      # noqa: BLE001 - only the disk being full ends the filling
                assert "full" in str(exc)
                size //= 2

    def free(self) -> None:
        db.execute_sql("PRAGMA max_page_count = 1073741823")


def test_save_on_a_full_disk_keeps_the_edit(qtbot, database: Path, settings, japanese_ui) -> None:  # type: ignore[no-untyped-def]
    case = create_case(PatientData("WANG", "Wei", "王伟", nationality="CN"))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)
    open_tab(qtbot, window, 1)
    disk = FullDisk()
    disk.fill()

    form = window.editor.patient.form
    type_text(qtbot, form.passport, "E12345678")
    type_text(qtbot, form.address, ADDRESS)      # more than fits in the pages' free space
    qtbot.keyClick(form.passport, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    message = window.editor.message.text()
    assert "保存していません" in message and "ディスクがいっぱい" in message, message
    assert "変更はここに残っています" in message, message
    assert window.editor.message.isVisible()
    assert window.editor.is_dirty and window.save_action.isEnabled()
    assert form.passport.text() == "E12345678"
    assert form.address.toPlainText() == ADDRESS
    assert load_case(case.id).patient.passport_number == ""

    disk.free()
    qtbot.keyClick(form.passport, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.editor.is_dirty, window.editor.message.text()
    saved = load_case(case.id).patient
    assert saved.passport_number == "E12345678" and saved.address == ADDRESS.strip()


def test_note_on_a_full_disk_is_kept_to_add_again(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    """A new row on a full disk: SQLite cancels the whole transaction itself (peewee's rollback
    then finds none); still the same message, and the note stays in its box."""
    case = create_case(PatientData("WANG", "Wei", "王伟", nationality="CN"))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)
    disk = FullDisk()
    disk.fill()

    overview = window.editor.overview
    type_text(qtbot, overview.note_text, NOTE)
    qtbot.mouseClick(overview.add_note, Qt.MouseButton.LeftButton)
    message = window.editor.message.text()
    assert message.startswith("The note was not saved.") and "is full" in message, message
    assert overview.note_text.toPlainText() == NOTE
    assert load_case(case.id).notes == []

    disk.free()
    qtbot.mouseClick(overview.add_note, Qt.MouseButton.LeftButton)
    assert [n.body for n in load_case(case.id).notes] == [NOTE]
    assert overview.note_text.toPlainText() == "" and not window.editor.message.isVisible()


NOTE = "家属希望每次治疗都有会说普通话的护士陪同。" * 100
