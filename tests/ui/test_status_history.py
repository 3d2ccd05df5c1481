"""Status history as a coordinator meets it: a date before the inquiry refused at the field, a
mis-click undone, closing a case, the visa warning in the status dialog, a reopened case's new
reply-due date."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from hirt_desk.actions.cases import PatientData, change_status, create_case
from hirt_desk.store.models import AuditEntry, Case, StatusChange
from tests.ui.helpers import answer_dialog, choose, replace_text
from tests.ui.test_case_workflow import make_window, press_ok, select_case
from tests.ui.test_visa_tab import make_case


def offered(dialog: QWidget) -> list[str]:
    target = dialog.findChild(QComboBox, "targetStatus")
    return [target.itemText(i) for i in range(target.count())]


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_date_before_the_inquiry_is_refused_in_the_dialog(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case = create_case(PatientData("SMIRNOV", "ANDREI"), inquiry_date=date(2026, 11, 10))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)
    seen: dict[str, object] = {}

    def answer(dialog: QWidget) -> None:
        choose(qtbot, dialog.findChild(QComboBox, "targetStatus"), "Records")
        note_y = dialog.note.y()
        replace_text(qtbot, dialog.effective, "2026-11-09")
        press_ok(dialog)
        seen["refused"] = dialog.isVisible() and dialog.message.text()
        seen["moved"] = dialog.note.y() != note_y                    # nothing moves
        replace_text(qtbot, dialog.effective, "2026-02-30")
        press_ok(dialog)
        seen["no_such_day"] = dialog.message.text()
        replace_text(qtbot, dialog.effective, "2026-11-10")
        press_ok(dialog)
    answer_dialog(answer)
    click(qtbot, window.editor.overview.change_status)
    assert seen["refused"] == "Not before the inquiry (Nov 10, 2026)."
    assert seen["moved"] is False
    assert seen["no_such_day"] == "There is no such day in the calendar."
    assert Case.get_by_id(case.id).status == "records"


def test_a_mis_click_is_undone_and_a_case_is_closed(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case = create_case(PatientData("SMIRNOV", "ANDREI"), inquiry_date=date(2026, 11, 1))
    for status in ("records", "facility_review", "travel", "in_japan"):
        change_status(case.id, status, effective=date(2026, 12, 1))
    window = make_window(qtbot, database, settings)
    window.editor.set_user("tanaka")
    select_case(qtbot, window, case.id)
    overview = window.editor.overview

    def accept(dialog: QWidget) -> None:
        choose(qtbot, dialog.findChild(QComboBox, "targetStatus"), "Accepted")
        press_ok(dialog)
    answer_dialog(accept)
    click(qtbot, overview.change_status)
    assert Case.get_by_id(case.id).status == "accepted"
    assert overview.undo_status.isEnabled()

    asked: list[str] = []

    def yes(box: QWidget) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()
    answer_dialog(yes)
    click(qtbot, overview.undo_status)
    assert asked == ["Undo the change from In Japan to Accepted? The case goes back to In Japan; "
                     "the history keeps both changes."]
    assert Case.get_by_id(case.id).status == "in_japan"
    assert "In Japan" in overview.status.text()
    last = StatusChange.select().where(StatusChange.case == case.id).order_by(
        StatusChange.created.desc()).get()
    assert (last.from_status, last.to_status, last.note, last.changed_by) == (
        "accepted", "in_japan", "Undone: Accepted", "tanaka")
    assert AuditEntry.select().where(
        (AuditEntry.record_id == case.id) & (AuditEntry.field == "status")
        & (AuditEntry.new == "in_japan") & (AuditEntry.user == "tanaka")).exists()

    def no(box: QWidget) -> None:
        box.button(QMessageBox.StandardButton.No).click()
    answer_dialog(no)
    click(qtbot, overview.undo_status)
    assert Case.get_by_id(case.id).status == "in_japan"           # "No" leaves it

    # not indicated is no dead end: it can be closed
    change_status(case.id, "not_indicated", effective=date(2026, 12, 2))
    select_case(qtbot, window, case.id)
    lists: list[list[str]] = []

    def close(dialog: QWidget) -> None:
        lists.append(offered(dialog))
        choose(qtbot, dialog.findChild(QComboBox, "targetStatus"), "Closed")
        press_ok(dialog)
    answer_dialog(close)
    window.editor.load(case.id)
    click(qtbot, overview.change_status)
    assert lists == [["Inquiry", "Closed"]]
    assert Case.get_by_id(case.id).status == "closed"
    assert not overview.change_status.isEnabled() and overview.undo_status.isEnabled()


def test_travel_without_an_issued_visa_is_warned_about(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case_id, _companions = make_case()             # Chinese travellers need a visa; none issued
    for status in ("records", "facility_review", "visa"):
        change_status(case_id, status)
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)
    seen: dict[str, object] = {}

    def answer(dialog: QWidget) -> None:
        choose(qtbot, dialog.findChild(QComboBox, "targetStatus"), "Facility review")
        seen["before"] = dialog.visa_warning.text()
        choose(qtbot, dialog.findChild(QComboBox, "targetStatus"), "Travel")
        seen["warning"] = dialog.visa_warning.text()
        press_ok(dialog)                          # the user may go on
    answer_dialog(answer)
    click(qtbot, window.editor.overview.change_status)
    assert seen["before"] == ""
    assert seen["warning"] == ("A visa is needed but none is issued yet for: 王伟, 李娜. You can go on; "
                               "record the visa on the Visa tab.")
    assert Case.get_by_id(case_id).status == "travel"


def test_a_reopened_case_is_not_overdue_at_once(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    case = create_case(PatientData("SMIRNOV", "ANDREI"), inquiry_date=today - timedelta(days=60))
    change_status(case.id, "declined", effective=today - timedelta(days=50))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)

    def reopen(dialog: QWidget) -> None:
        choose(qtbot, dialog.findChild(QComboBox, "targetStatus"), "Inquiry")
        press_ok(dialog)
    answer_dialog(reopen)
    click(qtbot, window.editor.overview.change_status)
    assert Case.get_by_id(case.id).reply_due == today + timedelta(days=5)
    assert window.editor.overview.reply_due.property("overdue") is False
    row = window.model.row_of(case.id)
    assert window.model.index(row, 0).isValid()


def test_an_overdue_reply_is_red_on_the_case_tab_as_in_the_list(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    late = create_case(PatientData("LATE", "REPLY"), inquiry_date=date.today() - timedelta(days=9))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, late.id)
    reply = window.editor.overview.reply_due
    assert reply.property("overdue") is True and "#c62828" in reply.styleSheet()
    row = window.model.row_of(late.id)
    column = window.model.index(row, 6)
    assert window.model.data(column, Qt.ItemDataRole.ForegroundRole) is not None      # same in the list
