"""The window as a user meets it: first run, sample cases, searching."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hirt_desk.actions.demo import add_demo_cases
from hirt_desk.store.backup import backup_file
from hirt_desk.store.cases import count_cases, list_cases
from hirt_desk.ui.case_list_model import CaseListModel
from hirt_desk.ui.main_window import MainWindow, Services


def make_window(qtbot, database: Path, settings) -> MainWindow:  # type: ignore[no-untyped-def]
    model = CaseListModel(list_cases, count_cases)
    services = Services(database, lambda n, user: add_demo_cases(n, seed=11, user=user),
                        lambda dest: backup_file(database, dest))
    window = MainWindow(model, services, settings)
    qtbot.addWidget(window, before_close_func=lambda w: w.editor.discard())
    model.reload()
    window.show()
    qtbot.waitExposed(window)
    return window


def test_first_run_offers_sample_cases(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, database, settings)
    assert window.pages.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.splitter
    assert window.model.total == 50 and count_cases() == 50
    assert window.case_list.count_label.text() == "50 cases"
    assert str(database) in window.db_label.text()


def test_typing_in_search_filters_the_list(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    add_demo_cases(60, seed=4)
    window = make_window(qtbot, database, settings)
    target = list_cases(limit=60)[37]
    qtbot.keyClicks(window.case_list.search, target.number)
    qtbot.waitUntil(lambda: window.model.total == 1, timeout=3000)
    assert window.model.index(0, 0).data() == target.number
    window.case_list.search.clear()
    qtbot.waitUntil(lambda: window.model.total == 60, timeout=3000)


def test_selecting_a_row_announces_the_case(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    add_demo_cases(5, seed=4)
    window = make_window(qtbot, database, settings)
    with qtbot.waitSignal(window.case_list.case_selected) as blocker:
        window.case_list.table.setFocus()
        qtbot.keyClick(window.case_list.table, Qt.Key.Key_Down)
    assert blocker.args[0] in {r.id for r in list_cases()}


def test_geometry_is_remembered(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, database, settings)
    window.resize(1300, 820)
    window.close()
    again = make_window(qtbot, database, settings)
    assert (again.width(), again.height()) == (1300, 820)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_backup_is_not_written_over_a_device(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    import os
    import stat

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from tests.ui.helpers import answer_dialog
    window = make_window(qtbot, database, settings)
    messages: list[str] = []

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, QFileDialog)

        def read_error(box) -> None:  # type: ignore[no-untyped-def]
            if isinstance(box, QMessageBox) and box.objectName() == "errorBox":
                messages.append(box.informativeText())
                box.accept()
            else:                                       # "replace it?" first, then the error
                box.button(QMessageBox.StandardButton.Yes).click()
                answer_dialog(read_error)
        answer_dialog(read_error)
        dialog.selectFile("/dev/full")
        dialog.accept()
    try:
        answer_dialog(answer)
        window.backup_action.trigger()
        qtbot.waitUntil(lambda: bool(messages))
    finally:
        assert stat.S_ISCHR(os.stat("/dev/full").st_mode), "/dev/full is no longer a device"
    assert messages == [
        "/dev/full is a device or another special file, not a regular file. Choose a file name."]
    assert not list(Path("/dev").glob(".full*"))


def test_the_case_tabs_are_made_when_a_case_is_first_opened(qtbot, database: Path,  # type: ignore[no-untyped-def]
                                                             settings) -> None:
    add_demo_cases(3, seed=4)
    window = make_window(qtbot, database, settings)
    assert window.right.currentWidget() is window.today_view     # the window opens on Today
    assert window.editor._tabs.count() == 0          # none of the case's tabs is made at start
    window.case_list.table.setFocus()
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.editor)
    tabs = window.editor.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Case", "Patient", "Diagnosis", "Itinerary", "Visa", "Documents", "Contacts", "Money",
        "Tasks", "Timeline", "History"]
    assert window.editor.detail is not None
    assert window.editor.overview.number.text() == window.editor.detail.number
