"""Keyboard-only work and accessible names: pressing Tab walks every input of each tab of the
case editor and of the New case dialog (no table or text box keeps the focus), and every input
has an accessible name a screen reader can say, taken from its label (ui/accessibility.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QRadioButton, QWidget

from hirt_desk.ui.accessibility import inputs_of


def walk_tab_order(start: QWidget, qtbot, steps: int = 600) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The widgets Tab reaches from `start`, in order, until the focus comes back round."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is start
    reached = [start]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is None or focus in reached:
            break
        reached.append(focus)
    return reached


def must_reach(page: QWidget) -> list[QWidget]:
    """The inputs of `page` Tab must reach: visible and enabled; of a radio group only the
    checked button (the arrows move inside the group)."""
    return [w for w in inputs_of(page) if w.isVisibleTo(page) and w.isEnabled()
            and not (isinstance(w, QRadioButton) and w.autoExclusive() and not w.isChecked())]


def spoken_name(widget: QWidget) -> str:
    return widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")


def check(page: QWidget, reached: list[QWidget], where: str) -> None:
    inputs = must_reach(page)
    assert inputs, where
    missed = [f"{type(w).__name__} {w.objectName()}" for w in inputs if w not in reached]
    assert missed == [], f"{where}: Tab never reaches {missed}"
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in inputs if not spoken_name(w).strip()]
    assert unnamed == [], f"{where}: no accessible name: {unnamed}"


@pytest.fixture
def window(qtbot, database: Path, settings):  # type: ignore[no-untyped-def]
    from hirt_desk.actions.demo import add_demo_cases
    from hirt_desk.store.cases import count_cases, list_cases
    from hirt_desk.ui.case_list_model import CaseListModel
    from hirt_desk.ui.main_window import MainWindow, Services
    add_demo_cases(20, seed=7, today=date(2027, 3, 1))
    model = CaseListModel(list_cases, count_cases)
    window = MainWindow(model, Services(database, lambda n, u: 0, lambda d: {}), settings)
    qtbot.addWidget(window, before_close_func=lambda w: w.editor.discard())
    model.reload()
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    # a case with companions, an itinerary and visa records: every kind of field is on screen
    travelling = next(r for r in list_cases(limit=100) if r.status in ("travel", "in_japan", "accepted"))
    assert window.case_list.select_case(travelling.id)
    return window


def test_tab_walks_every_input_of_every_tab_of_the_case(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    tabs = window.editor.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.currentWidget()
        reached = walk_tab_order(window.case_list.search, qtbot)
        assert window.case_list.search in reached and tabs.tabBar() in reached
        check(page, reached, tabs.tabText(index))
    # the case list too: search, filters, the table, and out of the table again
    check(window.case_list, walk_tab_order(window.case_list.search, qtbot), "case list")


def test_ctrl_tab_moves_between_the_tabs_of_the_case(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    tabs = window.editor.tabs
    tabs.setCurrentIndex(0)
    inputs_of(tabs.currentWidget())[1].setFocus()
    for expected in range(1, tabs.count()):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert tabs.currentIndex() == expected


@pytest.mark.parametrize("mode", ["new", "existing"])
def test_new_case_dialog_by_keyboard(mode: str, qtbot, database: Path) -> None:  # type: ignore[no-untyped-def]
    from hirt_desk.ui.dialogs import NewCaseDialog
    dialog = NewCaseDialog([("ghmc", "Gunma")], lambda text: [], None)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    if mode == "existing":
        dialog.new_radio.setFocus()
        qtbot.keyClick(dialog.new_radio, Qt.Key.Key_Down)            # arrows choose in a radio group
        assert dialog.existing_radio.isChecked()
    start = dialog.new_radio if mode == "new" else dialog.existing_radio
    check(dialog, walk_tab_order(start, qtbot), f"New case ({mode})")
    names = {w.accessibleName() for w in inputs_of(dialog) if w.isVisibleTo(dialog)}
    assert ({"Surname (passport)", "Date of birth", "Facility", "Inquiry date"} <= names if mode == "new"
            else {"Name or passport number", "Matching patients", "Facility"} <= names)


def test_the_three_tnm_boxes_are_told_apart(window) -> None:  # type: ignore[no-untyped-def]
    diagnosis = window.editor.diagnosis
    names = [diagnosis.editors[part].widget.accessibleName() for part in ("tnm.t", "tnm.n", "tnm.m")]
    assert names == ["TNM: Clinical T", "TNM: Clinical N", "TNM: Clinical M"]
