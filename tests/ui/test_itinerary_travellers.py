"""The itinerary's travellers and checks as a coordinator meets them: a companion saved on the
Patient tab is offered at once, a new item is for everyone, a passport expiring mid-stay is
flagged, an overlap names both items, and the item form speaks of each kind in its own words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.actions.itinerary import list_items
from tests.ui.helpers import answer_dialog, choose, type_text
from tests.ui.test_case_workflow import make_window, open_tab, press_ok, select_case
from tests.ui.test_itinerary_tab import add_item


def findings(tab) -> list[str]:  # type: ignore[no-untyped-def]
    return [tab.findings.item(i).text() for i in range(tab.findings.count())]


def add_companion(qtbot, window, surname: str, native: str, expiry: str = "") -> None:  # type: ignore[no-untyped-def]
    open_tab(qtbot, window, 1)

    def fill(dialog: QWidget) -> None:
        choose(qtbot, dialog.relation, "Spouse")
        type_text(qtbot, dialog.form.surname, surname)
        type_text(qtbot, dialog.form.native, native)
        type_text(qtbot, dialog.form.nationality.lineEdit(), "CN")
        if expiry:
            type_text(qtbot, dialog.form.expiry, expiry)
        press_ok(dialog)
    answer_dialog(fill)
    qtbot.mouseClick(window.editor.patient.add_button, Qt.MouseButton.LeftButton)


def test_a_saved_companion_travels_by_default(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case = create_case(PatientData("WANG", "WEI", "王伟", nationality="CN", passport_expiry=date(2035, 1, 1)))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)
    add_companion(qtbot, window, "LI", "李娜", "2027-05-20")     # expires in the middle of the stay
    window.save_action.trigger()
    assert not window.editor.is_dirty
    open_tab(qtbot, window, 3)
    tab = window.editor.itinerary
    offered: dict[str, object] = {}

    def flight_in(dialog: QWidget) -> None:
        offered["for"] = [dialog.who.item(i).text() for i in range(dialog.who.count())]
        offered["ticked"] = dialog.who.values()
        offered["reference"] = dialog.reference_label.text()
        choose(qtbot, dialog.kind, "Flight")
        type_text(qtbot, dialog.starts, "2027-05-09 09:00")
        dialog.start_tz.setFocus()
        dialog.start_tz.lineEdit().selectAll()
        type_text(qtbot, dialog.start_tz.lineEdit(), "Asia/Shanghai")
        type_text(qtbot, dialog.ends, "2027-05-09 14:00")
        press_ok(dialog)
    add_item(qtbot, tab, flight_in)
    assert offered["for"] == ["王伟", "李娜"]
    assert len(offered["ticked"]) == 2                          # everyone, not the patient only
    saved, = list_items(case.id)
    assert len(saved.travellers) == 2

    def flight_out(dialog: QWidget) -> None:
        choose(qtbot, dialog.kind, "Flight")
        type_text(qtbot, dialog.starts, "2027-06-01 10:00")
        dialog.end_tz.setFocus()
        dialog.end_tz.lineEdit().selectAll()
        type_text(qtbot, dialog.end_tz.lineEdit(), "Asia/Shanghai")
        type_text(qtbot, dialog.ends, "2027-06-01 13:00")
        press_ok(dialog)
    add_item(qtbot, tab, flight_out)
    assert any("passport" in text and "李娜" in text and "2027-05-20" in text for text in findings(tab)), \
        findings(tab)


def test_the_overlap_names_both_items_and_labels_follow_the_kind(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case = create_case(PatientData("NGUYEN", "VAN AN", nationality="VN"))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)
    open_tab(qtbot, window, 3)
    tab = window.editor.itinerary
    labels: dict[str, str] = {}

    def consultation(dialog: QWidget) -> None:
        choose(qtbot, dialog.kind, "Accommodation")
        labels["accommodation"] = dialog.reference_label.text()
        choose(qtbot, dialog.kind, "Flight")
        labels["flight"] = dialog.reference_label.text()
        choose(qtbot, dialog.kind, "Appointment")
        type_text(qtbot, dialog.title, "First consultation")
        type_text(qtbot, dialog.starts, "2027-05-10 14:00")
        type_text(qtbot, dialog.ends, "2027-05-10 15:00")
        press_ok(dialog)
    add_item(qtbot, tab, consultation)
    assert labels == {"accommodation": "Hotel or booking name", "flight": "Flight number"}

    def pickup(dialog: QWidget) -> None:
        choose(qtbot, dialog.kind, "Transfer / pickup")
        type_text(qtbot, dialog.title, "Airport pickup")
        type_text(qtbot, dialog.starts, "2027-05-10 14:30")
        type_text(qtbot, dialog.ends, "2027-05-10 16:00")
        press_ok(dialog)
    add_item(qtbot, tab, pickup)
    assert "“First consultation” and “Airport pickup” overlap on May 10, 2027." in findings(tab)


def test_the_agenda_is_readable_at_laptop_width(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication
    case = create_case(PatientData("NGUYEN", "VAN AN", nationality="VN"))
    window = make_window(qtbot, database, settings)
    window.resize(1280, 720)
    select_case(qtbot, window, case.id)
    open_tab(qtbot, window, 3)
    tab = window.editor.itinerary

    def long_item(dialog: QWidget) -> None:
        choose(qtbot, dialog.kind, "Appointment")
        type_text(qtbot, dialog.title, "First consultation and examinations")
        type_text(qtbot, dialog.starts, "2027-05-10 09:00")
        type_text(qtbot, dialog.place_to, "Gunma University Hospital")
        type_text(qtbot, dialog.confirmation, "H22369")
        press_ok(dialog)
    add_item(qtbot, tab, long_item)
    QApplication.processEvents()
    agenda = tab.agenda
    assert not agenda.horizontalScrollBar().isVisible()
    row = agenda.topLevelItem(0).child(0)
    assert row.text(1) == "First consultation and examinations · #H22369\nGunma University Hospital"
    metrics = agenda.fontMetrics()
    widest = max(metrics.horizontalAdvance(line) for line in row.text(1).split("\n"))
    assert widest + agenda.iconSize().width() + 12 <= agenda.header().sectionSize(1)     # not cut
