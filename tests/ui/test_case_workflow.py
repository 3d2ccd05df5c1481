"""A coordinator runs a case from inquiry to a screened, saved case in the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QMessageBox, QWidget

from hirt_desk.actions.case_detail import load_case
from hirt_desk.actions.cases import PatientData, change_status, create_case
from hirt_desk.store.cases import CaseFilter, count_cases, list_cases
from hirt_desk.store.models import AuditEntry, Case, ScreeningRecord, StatusChange
from hirt_desk.ui.case_list_model import CaseListModel
from hirt_desk.ui.main_window import MainWindow, Services
from tests.ui.helpers import answer_dialog, choose, replace_text, type_text


def make_window(qtbot, database: Path, settings) -> MainWindow:  # type: ignore[no-untyped-def]
    model = CaseListModel(list_cases, count_cases)
    window = MainWindow(model, Services(database, lambda n: 0, lambda d: {}), settings)
    qtbot.addWidget(window, before_close_func=lambda w: w.editor.discard())
    model.reload()
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)   # shortcuts need it
    return window


def press_ok(dialog: QWidget) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def select_case(qtbot, window: MainWindow, case_id: str) -> None:  # type: ignore[no-untyped-def]
    row = window.model.row_of(case_id)
    assert row >= 0
    rect = window.case_list.table.visualRect(window.model.index(row, 1))
    qtbot.mouseClick(window.case_list.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_tab(qtbot, window: MainWindow, index: int) -> None:  # type: ignore[no-untyped-def]
    bar = window.editor.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.editor.tabs.currentIndex() == index


def fact(window: MainWindow, name: str) -> QWidget:
    return window.editor.diagnosis.editors[name].widget


def test_new_case_to_screened_saved_case(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    create_case(PatientData("OTHER", "Case"))      # the list is not empty: no welcome page
    window = make_window(qtbot, database, settings)

    def fill_new_case(dialog: QWidget) -> None:
        form = dialog.form
        type_text(qtbot, form.surname, "nguyen")
        type_text(qtbot, form.given, "van an")
        type_text(qtbot, form.native, "Nguyễn Văn An")
        type_text(qtbot, form.nationality.lineEdit(), "VN")
        press_ok(dialog)
    answer_dialog(fill_new_case)
    window.new_action.trigger()

    detail = window.editor.detail
    assert detail is not None and detail.patient.surname_latin == "NGUYEN"
    assert detail.patient.name_native == "Nguyễn Văn An" and detail.patient.nationality == "VN"
    assert window.model.total == 2
    assert window.editor.tabs.currentWidget() is window.editor.patient

    form = window.editor.patient.form
    type_text(qtbot, form.birth, "1961-04-09")
    type_text(qtbot, form.passport, "c1234567")
    type_text(qtbot, form.phone, "+84 912 345 678")
    assert window.editor.is_dirty and window.save_state.text() == "Unsaved changes"

    open_tab(qtbot, window, 2)
    panel = window.editor.diagnosis.panel
    assert panel.verdict.text() == "Needs information"
    type_text(qtbot, fact(window, "site").lineEdit(), "Lung")
    qtbot.keyClick(fact(window, "site").lineEdit(), Qt.Key.Key_Tab)
    for name in ("measurable",):
        choose(qtbot, fact(window, name), "Yes")
    for name in ("distant_metastasis", "gi_tract_invasion", "spinal_cord_invasion"):
        choose(qtbot, fact(window, name), "No")
    type_text(qtbot, fact(window, "tumor_size_cm"), "3.2")
    type_text(qtbot, fact(window, "ecog"), "1")
    choose(qtbot, fact(window, "histology"), "Non-small cell lung cancer")
    assert panel.verdict.text() == "Needs information"
    assert "Clinical stage" in panel.missing.text()
    assert fact(window, "stage").property("missing") is True
    choose(qtbot, fact(window, "stage"), "IB")
    assert panel.verdict.text() == "Eligible"
    assert panel.schedule.text() == "Schedule: 4 fractions in 1 week"
    assert fact(window, "stage").property("missing") is False
    type_text(qtbot, fact(window, "ecog"), "3")          # typed on: "13" is refused at the field
    message = window.editor.diagnosis.editors["ecog"].message
    assert message.text() == "Not taken: must be from 0 to 5" and message.isVisible()
    assert panel.verdict.text() == "Needs information"        # the screening goes on without it

    replace_text(qtbot, fact(window, "ecog"), "3")
    assert panel.verdict.text() == "Not eligible"
    statuses = {text: words for _id, words, text in panel.rows}
    assert statuses["Performance status 0-2"] == "not met"
    assert "Performance status 0-2" in panel.criteria.text() and "not met" in panel.criteria.text()
    replace_text(qtbot, fact(window, "ecog"), "1")
    assert panel.verdict.text() == "Eligible"

    window.activateWindow()          # offscreen has no window manager to do it after the dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(fact(window, "ecog"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.editor.is_dirty, window.editor.message.text()
    assert window.save_state.text() == "All changes saved"

    case = Case.get_by_id(detail.id)
    assert case.facts["stage"] == "IB" and case.facts["ecog"] == 1 and case.site == "lung"
    assert case.patient.passport_number == "C1234567"
    assert case.patient.date_of_birth == date(1961, 4, 9)
    assert case.patient.phone == "+84 912 345 678"
    record = ScreeningRecord.get(ScreeningRecord.case == case.id)
    assert record.verdict == "eligible" and record.rule_set_id == "ghmc" and record.rule_set_version
    assert AuditEntry.select().where((AuditEntry.record_id == case.patient.id)
                                     & (AuditEntry.field == "passport_number")).count() == 1

    # reopen: another case, then back again, shows what was saved
    other = next(r.id for r in list_cases() if r.id != case.id)
    select_case(qtbot, window, other)
    select_case(qtbot, window, case.id)
    assert window.editor.patient.form.passport.text() == "C1234567"
    assert window.editor.diagnosis.editors["stage"].value() == "IB"
    assert window.editor.diagnosis.panel.verdict.text() == "Eligible"


def test_invalid_date_is_refused_with_a_message(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case = create_case(PatientData("KIM", "MINJUN", "김민준"))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)
    open_tab(qtbot, window, 1)
    form = window.editor.patient.form
    type_text(qtbot, form.birth, "1970-02-3O")          # a letter O
    qtbot.keyClick(form.birth, Qt.Key.Key_Tab)
    assert form.messages["date_of_birth"].isVisible()
    assert form.messages["date_of_birth"].text() == "Not a date: use YYYY-MM-DD."
    replace_text(qtbot, form.birth, "1970-02-30")         # in the form, but no such day
    qtbot.keyClick(form.birth, Qt.Key.Key_Tab)
    assert form.messages["date_of_birth"].text() == "There is no such day in the calendar."
    where = form.passport.mapTo(window, form.passport.rect().topLeft())
    window.save_action.trigger()
    assert form.passport.mapTo(window, form.passport.rect().topLeft()) == where     # nothing moved
    assert window.editor.is_dirty
    assert window.editor.message.text() == "Not saved: correct the marked fields of the patient."
    assert Case.get_by_id(case.id).patient.date_of_birth is None
    replace_text(qtbot, form.birth, "1970-02-28")
    window.save_action.trigger()
    assert not window.editor.is_dirty
    assert Case.get_by_id(case.id).patient.date_of_birth == date(1970, 2, 28)


def test_companion_added_in_dialog_is_saved(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case = create_case(PatientData("WANG", "WEI", "王伟", nationality="CN"))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)
    open_tab(qtbot, window, 1)

    def fill(dialog: QWidget) -> None:
        choose(qtbot, dialog.relation, "Spouse")
        type_text(qtbot, dialog.form.surname, "LI")
        type_text(qtbot, dialog.form.given, "NA")
        type_text(qtbot, dialog.form.native, "李娜")
        type_text(qtbot, dialog.form.nationality.lineEdit(), "CN")
        press_ok(dialog)
    answer_dialog(fill)
    qtbot.mouseClick(window.editor.patient.add_button, Qt.MouseButton.LeftButton)
    assert window.editor.patient.table.item(0, 2).text() == "李娜"
    window.save_action.trigger()
    companions = list(Case.get_by_id(case.id).companions)
    assert [(c.relation, c.name_native, c.nationality) for c in companions] == [("spouse", "李娜", "CN")]
    assert [r.id for r in list_cases(CaseFilter(search="李娜"))] == [case.id]


def test_status_change_and_a_refused_transition(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case = create_case(PatientData("SMIRNOV", "ANDREI"), inquiry_date=date(2026, 11, 1))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)
    offered: list[str] = []

    def move_to_records(dialog: QWidget) -> None:
        target = dialog.findChild(QComboBox, "targetStatus")
        offered.extend(target.itemText(i) for i in range(target.count()))
        choose(qtbot, target, "Records")
        replace_text(qtbot, dialog.effective, "2026-11-03")
        type_text(qtbot, dialog.note, "Pathology report received")
        press_ok(dialog)
    answer_dialog(move_to_records)
    qtbot.mouseClick(window.editor.overview.change_status, Qt.MouseButton.LeftButton)
    assert "In treatment" not in offered and "Records" in offered
    assert Case.get_by_id(case.id).status == "records"
    last = (StatusChange.select().where(StatusChange.case == case.id)
            .order_by(StatusChange.created.desc()).get())
    assert (last.to_status, last.effective_date, last.note) == ("records", date(2026, 11, 3),
                                                                "Pathology report received")
    assert "Records" in window.editor.overview.status.text()
    assert window.model.index(window.model.row_of(case.id), 5).data() == "Records"

    # someone else withdrew the case meanwhile: the move offered by the stale window is refused
    change_status(case.id, "withdrawn")

    def move_on(dialog: QWidget) -> None:
        choose(qtbot, dialog.findChild(QComboBox, "targetStatus"), "Facility review")
        press_ok(dialog)
    answer_dialog(move_on)
    qtbot.mouseClick(window.editor.overview.change_status, Qt.MouseButton.LeftButton)
    assert window.editor.message.isVisible()
    assert window.editor.message.text().startswith("The status was not changed.")
    assert Case.get_by_id(case.id).status == "withdrawn"


def test_unsaved_changes_prompt(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    first = create_case(PatientData("LEE", "EUNJI"))
    second = create_case(PatientData("PARK", "SUBIN"))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, first.id)
    open_tab(qtbot, window, 1)
    type_text(qtbot, window.editor.patient.form.passport, "M12345678")

    def cancel(box: QWidget) -> None:
        assert box.objectName() == "unsavedPrompt"
        box.button(QMessageBox.StandardButton.Cancel).click()
    answer_dialog(cancel)
    select_case(qtbot, window, second.id)
    assert window.editor.detail.id == first.id and window.editor.is_dirty
    assert window.case_list.table.currentIndex().row() == window.model.row_of(first.id)

    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Save).click())
    select_case(qtbot, window, second.id)
    assert window.editor.detail.id == second.id
    assert window.case_list.table.currentIndex().row() == window.model.row_of(second.id)
    assert load_case(first.id).patient.passport_number == "M12345678"

    open_tab(qtbot, window, 0)
    type_text(qtbot, window.editor.overview.coordinator, "Sato")
    assert window.editor.is_dirty
    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    select_case(qtbot, window, first.id)
    assert load_case(second.id).coordinator == ""

    open_tab(qtbot, window, 0)
    type_text(qtbot, window.editor.overview.coordinator, "Tanaka")
    assert window.editor.is_dirty
    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    window.close()
    assert window.isVisible()                  # closing waited for the answer and stayed open
    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Save).click())
    window.close()
    assert not window.isVisible()
    assert load_case(first.id).coordinator == "Tanaka"


def test_filters_and_last_case(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    late = create_case(PatientData("LATE", "REPLY"), inquiry_date=date(2026, 1, 5))
    create_case(PatientData("ON", "TIME"))
    window = make_window(qtbot, database, settings)
    qtbot.mouseClick(window.case_list.overdue_filter, Qt.MouseButton.LeftButton)
    assert [window.model.row_at(i).id for i in range(window.model.rowCount())] == [late.id]
    qtbot.mouseClick(window.case_list.overdue_filter, Qt.MouseButton.LeftButton)
    choose(qtbot, window.case_list.status_filter, "Records")
    assert window.model.rowCount() == 0
    choose(qtbot, window.case_list.status_filter, "All statuses")
    select_case(qtbot, window, late.id)
    window.close()
    again = make_window(qtbot, database, settings)
    again.open_last_case()
    assert again.editor.detail is not None and again.editor.detail.id == late.id
