"""The window opens on Today: what is due at the window's day, overdue first, my tasks before the
team's; a line opens its case; a task added by hand through the case's Tasks tab shows there, on
the timeline and on Today; a task done leaves Today."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hirt_desk.actions.cases import PatientData, add_note, change_status, create_case
from hirt_desk.actions.tasks import add_task
from hirt_desk.records.proposals import Proposal
from hirt_desk.store.cases import count_cases, list_cases
from hirt_desk.store.models import Task
from hirt_desk.ui.case_list_model import CaseListModel
from hirt_desk.ui.main_window import MainWindow, Services
from tests.ui.helpers import answer_dialog, choose, replace_text, type_text

TODAY = date(2027, 4, 12)       # a Monday


def today_window(qtbot, database: Path, settings, user: str = "lena") -> MainWindow:  # type: ignore[no-untyped-def]
    model = CaseListModel(list_cases, count_cases)
    window = MainWindow(model, Services(database, lambda n: 0, lambda d: {}), settings, user=user,
                        today=lambda: TODAY)
    qtbot.addWidget(window, before_close_func=lambda w: w.editor.discard())
    model.reload()
    window.resize(1400, 900)
    window.show()
    window.show_today(after_paint=50)   # as app.py does: read once the view has painted
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def wait_for_lines(qtbot, window: MainWindow) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    view = window.today_view
    qtbot.waitUntil(lambda: not view.state.text().startswith("Reading"), timeout=10000)
    return view.lines()


def cases() -> tuple[str, str, str]:
    late = create_case(PatientData("LATE", "AN", nationality="VN"), inquiry_date=date(2027, 4, 5))
    other = create_case(PatientData("TRAN", "BICH", nationality="VN"), inquiry_date=date(2027, 3, 1))
    change_status(other.id, "records", effective=date(2027, 3, 2))
    add_task(other.id, "Call the referring hospital", date(2027, 4, 11), "olga", user="olga")
    add_task(other.id, "Fax the CT report", date(2027, 4, 14), "lena", user="olga")
    add_task(other.id, "Order the interpreter", date(2027, 4, 13), "", user="olga")
    add_task(other.id, "Book the hotel", date(2027, 5, 30), "lena", user="olga")      # beyond the week
    return late.id, late.number, other.number


def test_the_window_opens_on_today_and_a_line_opens_its_case(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    late_id, late, other = cases()
    window = today_window(qtbot, database, settings)
    assert window.right.currentWidget() is window.today_view
    assert window.today_view.heading.text() == "<h2>Today: Monday, Apr 12, 2027</h2>"
    assert wait_for_lines(qtbot, window) == [
        ("Replies due", "", ""),
        ("Apr 10, 2027 (overdue)", f"{late}  LATE AN", "Reply to the inquiry"),
        ("Tasks", "", ""),
        ("Apr 14, 2027", f"{other}  TRAN BICH", "Fax the CT report (lena)"),      # mine first
        ("Apr 11, 2027 (overdue)", f"{other}  TRAN BICH", "Call the referring hospital (olga)"),
        ("Apr 13, 2027", f"{other}  TRAN BICH", "Order the interpreter (the team)"),
        ("Coming up: tasks due later", "", ""),          # in sight from the day it was set
        ("May 30, 2027", f"{other}  TRAN BICH", "Book the hotel (lena)"),
    ]
    tree = window.today_view.tree
    line = tree.topLevelItem(1)
    assert line.foreground(0).color().name() == "#b42318"         # overdue in red
    rect = tree.visualItemRect(line)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())      # a double click:
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())     # press, then again
    assert window.right.currentWidget() is window.editor
    assert window.editor.detail is not None and window.editor.detail.id == late_id
    selected = window.case_list.table.selectionModel().selectedRows()
    assert [window.model.row_at(i.row()).id for i in selected] == [late_id]      # and the list shows it
    # back to Today with the toolbar's button, then Enter on a task's line
    window.today_action.trigger()
    assert window.right.currentWidget() is window.today_view
    wait_for_lines(qtbot, window)
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(3))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.editor.detail is not None and window.editor.detail.number == other


def test_adding_a_task_by_hand_in_the_form(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case = create_case(PatientData("NGUYEN", "AN", nationality="VN"), inquiry_date=date(2027, 3, 1))
    change_status(case.id, "records", effective=date(2027, 3, 2))
    add_note(case.id, "The son wrote on WeChat", user="olga")
    window = today_window(qtbot, database, settings)
    assert wait_for_lines(qtbot, window) == []
    assert window.today_view.state.text() == "Nothing is due."
    window._on_today_view_case_requested(case.id)
    tab = window.editor.tasks
    bar = window.editor.tabs.tabBar()
    where = bar.tabRect(window.editor.tabs.indexOf(tab)).center()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=where)
    assert tab.due.text() == "2027-04-12"                       # the window's day
    # bad input: said at the place, nothing saved
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "Say what needs doing." and Task.select().count() == 0
    type_text(qtbot, tab.title, "Send the pathology report to GHMC")
    replace_text(qtbot, tab.due, "2027-04-31")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert "There is no such day" in tab.message.text() and Task.select().count() == 0
    replace_text(qtbot, tab.due, "2027-04-13")
    choose(qtbot, tab.assignee, "the team")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    task = Task.get()
    assert (task.title, task.due, task.assignee, task.state, task.created_by) == (
        "Send the pathology report to GHMC", date(2027, 4, 13), "", "open", "lena")
    assert [tab.tasks.topLevelItem(0).text(c) for c in range(4)] == [
        "Apr 13, 2027", "Send the pathology report to GHMC", "the team", "open"]
    # the timeline interleaves it with the note and the status changes, newest first
    whats = [line[2] for line in window.editor.timeline.lines()]
    assert whats[0] == "Task: Send the pathology report to GHMC (due Apr 13, 2027, open)"
    assert "Note: The son wrote on WeChat" in whats and "Status: Inquiry → Records" in whats
    window.today_action.trigger()
    assert wait_for_lines(qtbot, window) == [
        ("Tasks", "", ""),
        ("Apr 13, 2027", f"{case.number}  NGUYEN AN", "Send the pathology report to GHMC (the team)")]
    # done: it leaves Today
    window._on_today_view_case_requested(case.id)
    window.editor.tabs.setCurrentWidget(tab)
    tab.tasks.setCurrentItem(tab.tasks.topLevelItem(0))
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    assert Task.get().state == "done" and tab.tasks.topLevelItem(0).text(3) == "done"
    window.today_action.trigger()
    assert wait_for_lines(qtbot, window) == []
    # a task added by mistake is removed (after a question): a tombstone
    window._on_today_view_case_requested(case.id)
    window.editor.tabs.setCurrentWidget(tab)
    tab.tasks.setCurrentItem(tab.tasks.topLevelItem(0))

    def yes(box: QWidget) -> None:
        assert "Send the pathology report to GHMC" in box.text()  # type: ignore[attr-defined]
        box.button(QMessageBox.StandardButton.Yes).click()  # type: ignore[attr-defined]
    answer_dialog(yes)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert tab.tasks.topLevelItemCount() == 0 and Task.get().deleted_at is not None


def test_the_program_opens_on_today(qtbot, db_path: Path, quiet_run) -> None:  # type: ignore[no-untyped-def]
    """Started as a user starts it (app.run): Today is shown and fills in once it has painted."""
    from PySide6.QtCore import QTimer

    from hirt_desk.store.database import close_database, open_database
    from tests.ui.helpers import shown_main_window
    open_database(db_path)
    case = create_case(PatientData("KIM", "MINJI", nationality="KR"))       # an inquiry made today
    close_database()
    seen: dict[str, object] = {}

    def look_and_quit(tries: int = 200) -> None:
        window = shown_main_window()
        if window is not None and "shown" not in seen:
            seen["shown"] = window.right.currentWidget() is window.today_view
            seen["first"] = window.today_view.state.text()
        if window is None or (window.today_view.state.text().startswith("Reading") and tries):
            QTimer.singleShot(50, lambda: look_and_quit(tries - 1))
            return
        seen["lines"] = window.today_view.lines()
        window.close()

    QTimer.singleShot(50, look_and_quit)
    assert quiet_run(db_path) == 0
    assert seen["shown"] is True and seen["first"] == "Reading what is due…"
    assert seen["lines"] == [("Replies due", "", ""), (
        labels_date(case.reply_due), f"{case.number}  KIM MINJI", "Reply to the inquiry")]


def labels_date(day: date) -> str:
    from hirt_desk.ui import labels
    return labels.short_date(day)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("ui_language", ["ja"], indirect=True)
def test_in_japanese_the_case_is_a_shourei_and_missing_records_are_listed_with_commas(  # type: ignore[no-untyped-def]
        qtbot, database: Path, settings, ui_language: str) -> None:
    """The Japanese window says 症例 for a case everywhere (as the case list does), not ケース,
    and lists the missing records with 、 as Japanese lists things."""
    create_case(PatientData("LATE", "AN", nationality="VN"), inquiry_date=date(2027, 4, 5))
    window = today_window(qtbot, database, settings)
    wait_for_lines(qtbot, window)
    tree = window.today_view.tree
    assert [tree.headerItem().text(c) for c in range(3)] == ["期限", "症例", "内容"]
    tasks = window.editor.tasks
    text = tasks.proposal_text(Proposal("records_request", "records_request", TODAY,
                                        detail="medical_summary, imaging_report, blood_tests"))
    assert text == "不足している資料を依頼：診療情報提供書、画像診断報告書、血液検査"
