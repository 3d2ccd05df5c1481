"""Duplicate persons in the window, driven as a coordinator does (issue 21): the second WANG WEI is
caught while being typed in New case and on the patient tab; the Duplicates view merges a pair
side by side; the History tab undoes the merge."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.store.models import Case, NotSame, Patient
from hirt_desk.ui.likely_matches import MatchPanel
from hirt_desk.ui.main_window import MainWindow
from tests.ui.helpers import answer_dialog, type_text
from tests.ui.test_case_workflow import make_window, open_tab, press_ok, select_case

WANG = PatientData("WANG", "WEI", "王伟", "M", date(1961, 3, 14), "CN", "E12345678")


def returning_patient() -> Case:
    """WANG WEI 王伟, born 1961-03-14, already with two cases."""
    first = create_case(WANG, user="sato")
    create_case(first.patient.id, user="sato")
    return first


def type_second_wang_wei(qtbot, dialog: QWidget) -> MatchPanel:  # type: ignore[no-untyped-def]
    form = dialog.form
    type_text(qtbot, form.surname, "WANG")
    type_text(qtbot, form.given, "WEI")
    type_text(qtbot, form.native, "王伟")                  # through the input method, as on Windows
    qtbot.keyClick(form.native, Qt.Key.Key_Tab)
    type_text(qtbot, form.birth, "1961-03-14")
    panel: MatchPanel = dialog.matches
    qtbot.waitUntil(lambda: panel.isVisible() and len(panel.rows) == 1, timeout=3000)
    return panel


def test_the_second_wang_wei_is_caught_while_typed_and_becomes_a_new_case(  # type: ignore[no-untyped-def]
        qtbot, database: Path, settings) -> None:
    first = returning_patient()
    window = make_window(qtbot, database, settings)
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        panel = type_second_wang_wei(qtbot, dialog)
        seen["text"] = panel.rows[0].text.text()
        qtbot.mouseClick(panel.rows[0].use_button, Qt.MouseButton.LeftButton)
        seen["existing"] = dialog.existing_radio.isChecked() and dialog.results.currentItem() is not None
        press_ok(dialog)
    answer_dialog(fill)
    window.new_action.trigger()
    numbers = sorted(c.number for c in Case.select().where(Case.patient == first.patient.id))
    assert seen["text"] == f"May be the same person as {numbers[1]} WANG WEI 王伟, 1961-03-14, 2 cases"
    assert seen["existing"]
    assert Patient.select().count() == 1 and len(numbers) == 3          # a new case, no second record
    assert window.editor.detail.patient_id == first.patient.id


def test_not_the_same_is_remembered_and_not_asked_again(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    first = returning_patient()
    window = make_window(qtbot, database, settings)

    def fill(dialog: QWidget) -> None:
        panel = type_second_wang_wei(qtbot, dialog)
        qtbot.mouseClick(panel.rows[0].not_same_button, Qt.MouseButton.LeftButton)
        assert not panel.isVisible()
        type_text(qtbot, dialog.form.passport, "G98765432")   # typing on: the answer stands
        qtbot.wait(600)
        assert not panel.isVisible()
        press_ok(dialog)
    answer_dialog(fill)
    window.new_action.trigger()
    second = window.editor.detail.patient_id
    assert second != first.patient.id
    assert NotSame.select().where(NotSame.person_a.in_([first.patient.id, second])).count() == 1
    # on the new patient's tab, the answered pair is not offered again
    open_tab(qtbot, window, 1)
    panel = window.editor.patient.matches
    type_text(qtbot, window.editor.patient.form.phone, "+86 139 1234 5678")
    qtbot.wait(600)
    assert not panel.isVisible()


def test_open_shows_the_case_already_on_file(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    first = returning_patient()
    window = make_window(qtbot, database, settings)

    def fill(dialog: QWidget) -> None:
        panel = type_second_wang_wei(qtbot, dialog)
        qtbot.mouseClick(panel.rows[0].open_button, Qt.MouseButton.LeftButton)
    answer_dialog(fill)
    window.new_action.trigger()
    newest = max(Case.select().where(Case.patient == first.patient.id), key=lambda c: c.number)
    assert window.editor.detail.id == newest.id and Patient.select().count() == 1


def two_records(window_factory) -> tuple[Case, Case]:  # type: ignore[no-untyped-def]
    first = create_case(WANG, user="sato")
    second = create_case(PatientData("WANG", "WEI", "", "M", date(1961, 3, 14), "CN",
                                     email="wang.wei@example.cn"), user="suzuki")
    return first, second


def answer_merge(qtbot, take_email: bool = True, tries: int = 200) -> None:  # type: ignore[no-untyped-def]
    """Answer the side-by-side merge dialog once it is the modal one (the Duplicates view, modal
    to the window, is there before it)."""
    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.objectName() == "personMergeDialog" and modal.isVisible():
            try:
                if take_email:
                    modal.choose("email", 1)
                qtbot.mouseClick(modal.merge_button, Qt.MouseButton.LeftButton)
            finally:
                if modal.isVisible():
                    modal.close()
            return
        state["left"] -= 1
        if state["left"] > 0:
            QTimer.singleShot(20, poll)
    state = {"left": tries}
    QTimer.singleShot(0, poll)


def test_use_this_person_on_the_patient_tab_merges_and_history_undoes_it(  # type: ignore[no-untyped-def]
        qtbot, database: Path, settings) -> None:
    first, second = two_records(None)
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, second.id)
    open_tab(qtbot, window, 1)
    tab = window.editor.patient
    type_text(qtbot, tab.form.native, "王伟")
    qtbot.waitUntil(lambda: tab.matches.isVisible() and len(tab.matches.rows) == 1, timeout=3000)
    assert tab.matches.rows[0].match.id == first.patient.id
    answer_merge(qtbot)
    qtbot.mouseClick(tab.matches.rows[0].use_button, Qt.MouseButton.LeftButton)
    assert Case.get_by_id(second.id).patient.id == first.patient.id
    assert Patient.get_by_id(first.patient.id).email == "wang.wei@example.cn"
    assert window.editor.patient.form.email.text() == "wang.wei@example.cn"
    # the History tab shows the merge and takes it back
    open_tab(qtbot, window, window.editor.tabs.indexOf(window.editor.history))
    history = window.editor.history
    rows = [history.model.row(r) for r in range(history.model.rowCount())]
    merge_row = next(i for i, r in enumerate(rows) if r.field == "Patient record (merge)")
    # by name: the record typed here (saved first, with its 王伟) moved to the one on file
    assert (rows[merge_row].before, rows[merge_row].after) == ("WANG WEI 王伟", "WANG WEI 王伟")
    assert Patient.get_by_id(second.patient.id).name_native == "王伟"
    assert not history.undo_button.isEnabled()
    history.table.selectRow(merge_row)
    assert history.undo_button.isEnabled()
    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    assert Case.get_by_id(second.id).patient.id == second.patient.id
    assert Patient.get_by_id(second.patient.id).merged_into is None
    assert Patient.get_by_id(first.patient.id).email == ""
    assert "separate record again" in window.editor.message.text()
    history.table.selectRow(0)
    assert not history.undo_button.isEnabled()


def open_duplicates(qtbot, window: MainWindow) -> QWidget:  # type: ignore[no-untyped-def]
    window.duplicates_action.trigger()
    dialog = window.findChild(QWidget, "duplicatesDialog")
    assert dialog is not None
    qtbot.waitUntil(lambda: "Looking" not in dialog.state.text(), timeout=10000)
    return dialog


def test_duplicates_view_merges_a_pair_side_by_side(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    first, second = two_records(None)
    create_case(PatientData("KIM", "MINJI", "김민지", "F", date(1970, 5, 5), "KR"), user="sato")
    window = make_window(qtbot, database, settings)
    dialog = open_duplicates(qtbot, window)
    assert dialog.state.text() == "1 pair of records may be one person each."
    model = dialog.model
    assert [model.index(0, c).data() for c in range(2)] == [
        model.index(0, 0).data(), model.index(0, 1).data()]
    texts = {model.index(0, 1).data(), model.index(0, 2).data()}
    assert any("WANG WEI 王伟, 1961-03-14 — " in t for t in texts)
    assert "same birth date (1961-03-14)" in model.index(0, 3).data()
    assert dialog.merge_button.isEnabled()
    answer_merge(qtbot)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state.text() == "No likely duplicates.", timeout=10000)
    kept = {Case.get_by_id(c.id).patient.id for c in (first, second)}
    assert len(kept) == 1
    assert Patient.get_by_id(kept.pop()).email == "wang.wei@example.cn"
    dialog.close()
    QApplication.processEvents()


def test_duplicates_view_not_the_same(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    first, second = two_records(None)
    window = make_window(qtbot, database, settings)
    dialog = open_duplicates(qtbot, window)
    qtbot.mouseClick(dialog.not_same_button, Qt.MouseButton.LeftButton)
    assert dialog.state.text() == "No likely duplicates." and dialog.model.rowCount() == 0
    assert NotSame.select().count() == 1
    dialog.close()
    dialog = open_duplicates(qtbot, window)
    assert dialog.model.rowCount() == 0
    dialog.close()
    QApplication.processEvents()
