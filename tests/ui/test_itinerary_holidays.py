"""Japan's public holidays on the itinerary's calendar, and a course asked to start on one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor

from hirt_desk.actions.cases import PatientData, create_case
from tests.ui.helpers import type_text
from tests.ui.test_case_workflow import make_window, open_tab, select_case


def test_holidays_are_marked_and_a_holiday_start_is_explained(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case = create_case(PatientData("NGUYEN", "VAN AN", nationality="VN"))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)
    open_tab(qtbot, window, 3)
    tab = window.editor.itinerary
    type_text(qtbot, tab.first_session, "2027-04-29")            # Showa Day, a Thursday
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    assert ("No session on Apr 29, 2027 (Showa Day): the course starts on May 6, 2027."
            in tab.plan_message.text())                        # GHMC closes for Golden Week too
    assert (tab.calendar.yearShown(), tab.calendar.monthShown()) == (2027, 5)
    assert "May 3, 2027 Constitution Day" in tab.holidays.text()
    assert tab.calendar.dateTextFormat(QDate(2027, 5, 3)).foreground().color() == QColor("#c62828")
    tab.calendar.showPreviousMonth()
    showa = tab.calendar.dateTextFormat(QDate(2027, 4, 29))
    assert showa.foreground().color() == QColor("#c62828") and showa.toolTip() == "Showa Day"
    assert tab.holidays.text() == "Public holidays: Apr 29, 2027 Showa Day"
    # a working day asked for: nothing to explain
    tab.first_session.selectAll()
    type_text(qtbot, tab.first_session, "2027-05-10")
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    assert "No session on" not in tab.plan_message.text()
