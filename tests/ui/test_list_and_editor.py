"""The case list and the editor agree: the highlighted row is the case shown, after the
unsaved-changes prompt (whatever the answer) and after a new case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.ui.main_window import MainWindow
from tests.ui.helpers import answer_dialog, choose, type_text
from tests.ui.test_case_workflow import make_window, open_tab, press_ok, select_case


def highlighted(window: MainWindow) -> list[str]:
    """The cases whose row is painted as selected, as the user sees the list."""
    table = window.case_list.table
    QApplication.processEvents()
    image = table.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    colour = table.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    rows = []
    for row in range(window.model.rowCount()):
        rect = table.visualRect(window.model.index(row, 1))          # the patient column
        if rect.isEmpty():
            continue
        pixel = image.pixelColor(int((rect.left() + 2) * ratio), int(rect.center().y() * ratio))
        if pixel == colour:
            rows.append(window.model.row_at(row).id)
    return rows


def shown(window: MainWindow) -> str:
    return window.editor.detail.id if window.editor.detail else ""


def test_the_prompt_keeps_list_and_editor_together(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    first = create_case(PatientData("LEE", "EUNJI"))
    second = create_case(PatientData("PARK", "SUBIN"))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, first.id)
    assert highlighted(window) == [first.id] == [shown(window)]
    open_tab(qtbot, window, 1)
    for answer in (QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard):
        type_text(qtbot, window.editor.patient.form.passport, "M1234567")
        answer_dialog(lambda box, a=answer: box.button(a).click())
        select_case(qtbot, window, second.id)
        assert highlighted(window) == [shown(window)], answer
        select_case(qtbot, window, first.id)
        open_tab(qtbot, window, 1)
    type_text(qtbot, window.editor.patient.form.passport, "M7654321")
    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Save).click())
    select_case(qtbot, window, second.id)
    assert highlighted(window) == [second.id] == [shown(window)]


def test_a_new_case_is_the_one_highlighted(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    first = create_case(PatientData("LEE", "EUNJI"))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, first.id)
    choose(qtbot, window.case_list.status_filter, "Inquiry")
    select_case(qtbot, window, first.id)

    def fill(dialog: QWidget) -> None:
        type_text(qtbot, dialog.form.surname, "NEW")
        press_ok(dialog)
    answer_dialog(fill)
    window.new_action.trigger()
    assert shown(window) != first.id
    assert highlighted(window) == [shown(window)]
    # a filter that would hide the new case is lifted
    choose(qtbot, window.case_list.status_filter, "Closed")
    answer_dialog(fill)
    window.new_action.trigger()
    assert highlighted(window) == [shown(window)]
    assert window.case_list.status_filter.currentData() == ""
