"""An exception nobody caught, in a slot a user's click ran: a message in the user's language,
the traceback in the crash log without patient data, and the window still works."""

from __future__ import annotations

import os
import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from hirt_desk.actions import cases
from hirt_desk.actions.case_detail import load_case
from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.crashlog import log_path
from hirt_desk.ui.crash import CrashHandler
from tests.ui.helpers import answer_dialog, type_text
from tests.ui.test_case_workflow import make_window, select_case

PASSPORT = "E98765432"


@pytest.fixture
def crash_handler(qapp) -> Iterator[CrashHandler]:  # type: ignore[no-untyped-def]
    handler = CrashHandler()
    handler.install()           # as app.py does, over pytest-qt's own hook
    yield handler
    handler.uninstall()


@pytest.mark.qt_no_exception_capture
def test_a_crash_in_a_slot_is_explained_and_the_window_goes_on(  # type: ignore[no-untyped-def]
        qtbot, database: Path, settings, crash_handler, japanese_ui, monkeypatch) -> None:
    case = create_case(PatientData("WANG", "Wei", "王伟", nationality="CN", passport_number=PASSPORT))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)
    add_note = cases.add_note

    def broken(ref: str, body: str, user: str | None = None):  # type: ignore[no-untyped-def]
        passport = PASSPORT          # noqa: F841 - a local value that must not reach the log
        raise RuntimeError(f"note for passport {PASSPORT}: {body}")
    monkeypatch.setattr(cases, "add_note", broken)

    seen: dict[str, str] = {}

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "crashBox"
        seen["text"], seen["details"] = box.text(), box.informativeText()
        box.button(QMessageBox.StandardButton.Ok).click()
    answer_dialog(read)
    overview = window.editor.overview
    type_text(qtbot, overview.note_text, "通訳の手配済み")
    qtbot.mouseClick(overview.add_note, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "details" in seen)

    assert "問題" in seen["text"], seen                      # in Japanese, as the window is
    assert "保存" in seen["details"] and str(log_path()) in seen["details"], seen
    log = log_path().read_text("utf-8")
    assert "in broken" in log and "RuntimeError: [message withheld" in log
    assert PASSPORT not in log and "通訳" not in log
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(log_path()).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(log_path().parent).st_mode) == 0o700

    # the window goes on: the note is still there, and with the action working it is saved
    monkeypatch.setattr(cases, "add_note", add_note)
    assert overview.note_text.toPlainText() == "通訳の手配済み"
    qtbot.mouseClick(overview.add_note, Qt.MouseButton.LeftButton)
    assert [n.body for n in load_case(case.id).notes] == ["通訳の手配済み"]
    assert window.isVisible() and window.editor.detail is not None


@pytest.mark.qt_no_exception_capture
def test_a_crash_in_another_thread_is_shown_on_the_window(qtbot, crash_handler) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def read(box: QWidget) -> None:
        seen.append(box.objectName())
        box.close()
    answer_dialog(read)

    def work() -> None:
        raise OSError(28, f"no space left for {PASSPORT}")
    thread = threading.Thread(target=work, name="worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: seen == ["crashBox"])
    log = log_path().read_text("utf-8")
    assert "in work" in log and "thread worker" in log and "errno=28" in log and PASSPORT not in log
