"""The window shows a database's cases before SQLite's page check has read every page (that
check runs in the background: store/test_page_check.py); damage it finds is said at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hirt_desk.store.models import write_gate
from tests.store.test_page_check import damage_unused_index, some_cases
from tests.ui.helpers import answer_dialog, shown_main_window

pytestmark = pytest.mark.sqlite_only


def test_damage_found_after_the_list_shows_is_said(qtbot, db_path: Path, quiet_run) -> None:  # type: ignore[no-untyped-def]
    some_cases(db_path)
    damage_unused_index(db_path)
    seen: dict[str, object] = {}

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["message"] = box.text()
        window = shown_main_window()
        seen["cases"] = window.model.total if window else None
        box.close()
        if window:
            window.close()
    answer_dialog(read, tries=1500)
    assert quiet_run(db_path, user="tanaka") == 0
    assert seen["cases"] == 3                       # the list was there, the damage then said
    assert seen["message"] == f"The database {db_path} is damaged. Restore it from a backup."


def test_a_sound_database_says_nothing(qtbot, db_path: Path, quiet_run) -> None:  # type: ignore[no-untyped-def]
    some_cases(db_path)
    seen: dict[str, object] = {}

    def look_and_quit() -> None:
        window = shown_main_window()
        if window is None or write_gate.holding:     # until the check is done
            QTimer.singleShot(50, look_and_quit)
            return
        QTimer.singleShot(200, lambda: (seen.update(modal=QApplication.activeModalWidget()),
                                        window.close()))
    QTimer.singleShot(50, look_and_quit)
    assert quiet_run(db_path, user="tanaka") == 0
    assert seen["modal"] is None
    # closed cleanly on quitting: no write-ahead log left for the next start to judge as a crash's
    assert not Path(f"{db_path}-wal").exists()
