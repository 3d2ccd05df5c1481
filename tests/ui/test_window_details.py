"""Details a coordinator meets every day: the list sorted by any column with sensible columns at
laptop width, save dialogs that start where the last file went, the date to apply for a visa,
and slow work (backup, visa documents, printing) that never freezes the window."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.planning.visa import apply_by
from hirt_desk.store.backup import backup_file
from hirt_desk.store.cases import count_cases, list_cases
from hirt_desk.ui import jobs
from hirt_desk.ui.case_list_model import COLUMNS, CaseListModel
from hirt_desk.ui.main_window import MainWindow, Services
from tests.ui.helpers import answer_dialog
from tests.ui.test_case_workflow import make_window, open_tab, select_case
from tests.ui.test_visa_tab import VISA_TAB, make_case, own_agency, wait_written


def click_header(qtbot, window: MainWindow, column: str) -> None:  # type: ignore[no-untyped-def]
    header = window.case_list.table.horizontalHeader()
    section = COLUMNS.index(column)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def surnames(window: MainWindow) -> list[str]:
    return [window.model.row_at(i).surname_latin for i in range(window.model.rowCount())]


def test_columns_sort_and_fit_a_laptop(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    for surname in ("KIM", "ADAMS", "WANG", "NGUYEN"):
        create_case(PatientData(surname, "X"))
    window = make_window(qtbot, database, settings)
    window.resize(1280, 720)
    QApplication.processEvents()
    table = window.case_list.table
    header = table.horizontalHeader()
    shown = [c for i, c in enumerate(COLUMNS) if not header.isSectionHidden(i)]
    assert shown == ["number", "patient", "status", "reply_due"]
    assert not table.horizontalScrollBar().isVisible()
    assert surnames(window) == ["NGUYEN", "WANG", "ADAMS", "KIM"]         # newest first
    click_header(qtbot, window, "patient")
    assert surnames(window) == ["ADAMS", "KIM", "NGUYEN", "WANG"]
    click_header(qtbot, window, "patient")
    assert surnames(window) == ["WANG", "NGUYEN", "KIM", "ADAMS"]
    select_case(qtbot, window, window.model.row_at(2).id)
    shown_case = window.editor.detail.id
    click_header(qtbot, window, "patient")                               # the case shown stays highlighted
    assert [i.row() for i in table.selectionModel().selectedRows()] == [window.model.row_of(shown_case)]

    # another column from the header's menu
    def tick_site() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, tick_site)
            return
        action = next(a for a in menu.actions() if a.text() == "Site")
        action.trigger()
        menu.close()
    QTimer.singleShot(0, tick_site)
    header.customContextMenuRequested.emit(header.rect().center())
    assert not header.isSectionHidden(COLUMNS.index("site"))


def test_save_dialogs_start_in_the_last_folder(qtbot, database: Path, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    create_case(PatientData("KIM", "X"))
    threads: list[threading.Thread] = []

    def backup_to(dest: Path) -> dict[str, object]:
        threads.append(threading.current_thread())
        return backup_file(database, dest)
    model = CaseListModel(list_cases, count_cases)
    window = MainWindow(model, Services(database, lambda n, u: 0, backup_to), settings)
    qtbot.addWidget(window, before_close_func=lambda w: w.editor.discard())
    model.reload()
    window.show()
    (tmp_path / "backups").mkdir()
    seen: list[str] = []

    def save_in(folder: Path):  # type: ignore[no-untyped-def]
        def answer(dialog: QWidget) -> None:
            assert isinstance(dialog, QFileDialog)
            seen.append(dialog.directory().absolutePath())
            dialog.selectFile(str(folder / "copy.sqlite"))
            dialog.accept()
        return answer
    answer_dialog(save_in(tmp_path / "backups"))
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: "Backup written" in window.statusBar().currentMessage(), timeout=10000)
    assert (tmp_path / "backups" / "copy.sqlite").exists()
    assert threads and threads[0] is not threading.main_thread()          # not on the GUI thread
    answer_dialog(lambda dialog: (seen.append(dialog.directory().absolutePath()), dialog.reject()))
    window.backup_action.trigger()
    assert seen == [str(Path.home()), str(tmp_path / "backups")]


def test_visa_documents_in_the_background_and_the_apply_by_date(qtbot, database: Path, settings,  # type: ignore[no-untyped-def]
                                                                  tmp_path: Path, monkeypatch) -> None:
    import hirt_desk.packets.guarantor as guarantor  # imported by the action when a form is written
    threads: list[threading.Thread] = []
    real = guarantor.render_guarantee_form

    def render(form, out, *args):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(form, out, *args)
    monkeypatch.setattr(guarantor, "render_guarantee_form", render)
    case_id, _companions = make_case()
    own_agency()                          # visa paperwork is refused with the sample agency
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)
    open_tab(qtbot, window, VISA_TAB)
    tab = window.editor.visa
    section = tab.sections[0]
    arrival = section.entry.arrival
    assert section.apply_by.isVisible()
    assert section.apply_by.text().startswith(
        f"Apply for the visa by {apply_by(arrival):%b} {apply_by(arrival).day}, {apply_by(arrival).year}")
    assert section.apply_by.property("late") is (date.today() > apply_by(arrival))
    (tmp_path / "papers").mkdir()
    folders: list[str] = []

    def answer(dialog: QWidget) -> None:
        folders.append(dialog.directory().absolutePath())
        dialog.selectFile(str(tmp_path / "papers" / "form.pdf"))
        dialog.accept()
    answer_dialog(answer)
    qtbot.mouseClick(tab.form_button, Qt.MouseButton.LeftButton)
    wait_written(qtbot, tab)
    assert tab.written.text() == f"Written to {tmp_path / 'papers' / 'form.pdf'}"
    assert threads and threads[0] is not threading.main_thread()
    answer_dialog(lambda dialog: (folders.append(dialog.directory().absolutePath()), dialog.reject()))
    qtbot.mouseClick(tab.report_button, Qt.MouseButton.LeftButton)
    assert folders == [str(Path.home()), str(tmp_path / "papers")]


def test_closing_the_packet_dialog_does_not_wait_for_printing(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_packet_dialog import close, open_packet
    from tests.ui.test_packet_dialog import make_case as packet_case
    case_id = packet_case("en")
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)
    dialog = open_packet(qtbot, window)
    folder = Path(dialog._folder.path())
    release = threading.Event()
    jobs.start(lambda _job: release.wait(10), lambda _r: None, lambda _e: None)   # a long print job
    try:
        close(qtbot, window, dialog)                  # at once, while the job still runs
        assert not release.is_set() and folder.exists()
    finally:
        release.set()
    jobs.wait_idle()
    qtbot.waitUntil(lambda: not folder.exists())      # removed once the work is over
