"""Planning a stay in the itinerary tab as a coordinator does."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.store.models import ItineraryItem
from tests.ui.helpers import answer_dialog, choose, replace_text, type_text
from tests.ui.test_case_workflow import make_window, open_tab, select_case


def press_ok(dialog: QWidget) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def add_item(qtbot, tab, fill) -> None:  # type: ignore[no-untyped-def]
    answer_dialog(fill)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)


def agenda_rows(tab) -> list[str]:  # type: ignore[no-untyped-def]
    rows = []
    for i in range(tab.agenda.topLevelItemCount()):
        node = tab.agenda.topLevelItem(i)
        rows += [f"{node.text(0)} {node.child(j).text(0)} {node.child(j).text(1)}"
                 for j in range(node.childCount())]
    return rows


def test_plan_a_stay(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case = create_case(PatientData("NGUYEN", "VAN AN", "Nguyễn Văn An", nationality="VN"))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)
    open_tab(qtbot, window, 3)
    tab = window.editor.itinerary

    def flight(dialog: QWidget) -> None:
        choose(qtbot, dialog.kind, "Flight")
        type_text(qtbot, dialog.title, "Hanoi to Narita")
        type_text(qtbot, dialog.starts, "2027-04-25 23:50")
        dialog.start_tz.setFocus()
        replace_text(qtbot, dialog.start_tz.lineEdit(), "Asia/Ho_Chi_Minh")
        type_text(qtbot, dialog.ends, "2027-04-26 07:05")
        type_text(qtbot, dialog.reference, "VN300")
        type_text(qtbot, dialog.cost, "68000")
        press_ok(dialog)
    add_item(qtbot, tab, flight)

    def hotel(dialog: QWidget) -> None:
        choose(qtbot, dialog.kind, "Accommodation")
        type_text(qtbot, dialog.title, "Hotel near GHMC")
        type_text(qtbot, dialog.starts, "2027-04-26 15:00")
        type_text(qtbot, dialog.ends, "2027-05-28 10:00")
        type_text(qtbot, dialog.place_to, "Maebashi")
        press_ok(dialog)
    add_item(qtbot, tab, hotel)

    def home(dialog: QWidget) -> None:
        choose(qtbot, dialog.kind, "Flight")
        type_text(qtbot, dialog.starts, "2027-05-20 14:30")
        type_text(qtbot, dialog.ends, "2027-05-20 18:00")
        replace_text(qtbot, dialog.end_tz.lineEdit(), "Asia/Ho_Chi_Minh")
        press_ok(dialog)
    add_item(qtbot, tab, home)

    rows = case.itinerary.order_by(ItineraryItem.starts)
    assert [(r.kind, r.starts, r.start_tz, r.cost_yen) for r in rows] == [
        ("flight", "2027-04-25T23:50", "Asia/Ho_Chi_Minh", 68000),
        ("accommodation", "2027-04-26T15:00", "Asia/Tokyo", None),
        ("flight", "2027-05-20T14:30", "Asia/Tokyo", None)]

    replace_text(qtbot, tab.first_session, "2027-04-26")
    replace_text(qtbot, tab.fractions, "16")
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    assert tab.plan_message.text().startswith("Sessions planned: 16 added, 0 removed")
    assert ItineraryItem.select().where((ItineraryItem.case == case.id)
                                        & (ItineraryItem.kind == "session")).count() == 16
    # the flight home (20 May) is before the last session (27 May): the check says so
    findings = [tab.findings.item(i).text() for i in range(tab.findings.count())]
    assert findings == ["The patient leaves before the last treatment session."]
    assert any("Treatment session" in r or "Session 1/16" in r for r in agenda_rows(tab))

    # the facility moves the start by two weeks: re-plan, and the user sees what moved
    replace_text(qtbot, tab.first_session, "2027-05-10")
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    assert "First moved session:" in tab.plan_message.text()
    sessions = sorted(r.starts for r in case.itinerary.where(ItineraryItem.kind == "session"))
    assert sessions[0] == "2027-05-10T10:00" and len(sessions) == 16

    # clicking the finding selects the flight it concerns
    tab.findings.itemClicked.emit(tab.findings.item(0))
    assert tab.selected_item() is not None and tab.selected_item().kind == "flight"
    # the case list shows the next date of the stay
    row = window.model.row_of(case.id)
    assert window.model.index(row, 7).data() == "Apr 25, 2027"


def test_item_dialog_refuses_wrong_times(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case = create_case(PatientData("KIM", "MINJUN"))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)
    open_tab(qtbot, window, 3)
    seen: list[str] = []

    def wrong(dialog: QWidget) -> None:
        type_text(qtbot, dialog.starts, "2027-05-10 10:00")
        type_text(qtbot, dialog.ends, "2027-05-10 09:00")
        press_ok(dialog)
        seen.append(dialog.message.text())
        replace_text(qtbot, dialog.starts, "2027-02-30 10:00")
        press_ok(dialog)
        seen.append(dialog.message.text())
        dialog.reject()
    add_item(qtbot, window.editor.itinerary, wrong)
    assert seen == ["It ends before it starts.", "Enter when it starts: YYYY-MM-DD HH:MM."]
    assert ItineraryItem.select().count() == 0


def test_item_dialog_orders_times_in_utc(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case = create_case(PatientData("SRISUK", "SOMCHAI", nationality="TH"))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)
    open_tab(qtbot, window, 3)
    seen: list[str] = []

    def bangkok_to_tokyo(dialog: QWidget) -> None:
        choose(qtbot, dialog.kind, "Flight")
        type_text(qtbot, dialog.starts, "2027-05-10 08:00")
        replace_text(qtbot, dialog.start_tz.lineEdit(), "Asia/Bangkok")
        type_text(qtbot, dialog.ends, "2027-05-10 09:00")        # 07:00 in Bangkok: before it left
        press_ok(dialog)
        seen.append(dialog.message.text())
        replace_text(qtbot, dialog.ends, "2027-05-10 16:00")     # six hours later
        press_ok(dialog)
    add_item(qtbot, window.editor.itinerary, bangkok_to_tokyo)
    assert seen == ["It ends before it starts."]

    def tokyo_to_honolulu(dialog: QWidget) -> None:               # lands "earlier" by the clock
        choose(qtbot, dialog.kind, "Flight")
        type_text(qtbot, dialog.starts, "2027-06-10 21:00")
        type_text(qtbot, dialog.ends, "2027-06-10 09:30")
        replace_text(qtbot, dialog.end_tz.lineEdit(), "Pacific/Honolulu")
        press_ok(dialog)
    add_item(qtbot, window.editor.itinerary, tokyo_to_honolulu)
    rows = case.itinerary.order_by(ItineraryItem.starts)
    assert [(r.starts, r.start_tz, r.ends, r.end_tz) for r in rows] == [
        ("2027-05-10T08:00", "Asia/Bangkok", "2027-05-10T16:00", "Asia/Tokyo"),
        ("2027-06-10T21:00", "Asia/Tokyo", "2027-06-10T09:30", "Pacific/Honolulu")]


def test_sessions_fixed_by_hand_survive_a_replan(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    from hirt_desk.actions.itinerary import list_items, plan_treatment
    case = create_case(PatientData("LI", "NA", "李娜"))
    plan_treatment(case.id, date(2027, 6, 7), 4)
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)
    open_tab(qtbot, window, 3)
    tab = window.editor.itinerary
    first_session = next(i for i in tab.items if i.kind == "session")
    for i in range(tab.agenda.topLevelItemCount()):
        node = tab.agenda.topLevelItem(i)
        if node.childCount() and node.child(0).data(0, Qt.ItemDataRole.UserRole + 1) == first_session.id:
            tab.agenda.setCurrentItem(node.child(0))

    def later(dialog: QWidget) -> None:
        replace_text(qtbot, dialog.starts, "2027-06-07 16:00")
        replace_text(qtbot, dialog.ends, "2027-06-07 17:00")
        press_ok(dialog)
    answer_dialog(later)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    replace_text(qtbot, tab.first_session, "2027-06-14")
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    assert "1 fixed by hand kept" in tab.plan_message.text()
    starts = sorted(i.starts for i in list_items(case.id) if i.kind == "session")
    assert starts[0] == datetime(2027, 6, 7, 16, 0) and len(starts) == 4


def test_a_course_past_the_last_date_is_refused(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case = create_case(PatientData("NGUYEN", "Van An"))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)
    open_tab(qtbot, window, 3)
    tab = window.editor.itinerary
    replace_text(qtbot, tab.first_session, "9999-12-27")
    replace_text(qtbot, tab.fractions, "16")
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    assert tab.plan_message.text() == "Not a date: use YYYY-MM-DD."
    assert tab.first_session.property("invalid") is True
    assert case.itinerary.count() == 0
