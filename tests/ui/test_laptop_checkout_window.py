"""Checking cases out from the office window: several selected at once, or "my cases", into one
encrypted laptop file, a busy bar while the child process runs (the window keeps working), and a
clear message for each way it fails, in the user's language."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from hirt_desk.store import laptop
from hirt_desk.store.encryption import connect_file
from hirt_desk.store.server import ServerLogin
from hirt_desk.ui.main_window import MainWindow
from hirt_desk.ui.passphrase import NewPassphraseDialog
from tests.cli.conftest import run_main  # noqa: F401 - a fixture
from tests.sync.conftest import PASSPHRASE, PASSWORD, Office, office  # noqa: F401 - the fixture
from tests.ui.helpers import answer_dialog
from tests.ui.test_case_workflow import select_case
from tests.ui.test_laptop_sync import open_window


def ctrl_click(qtbot: Any, window: MainWindow, case_id: str) -> None:
    """Ctrl+click a case in the list, as a user adds it to the selection."""
    row = window.model.row_of(case_id)
    assert row >= 0
    rect = window.case_list.table.visualRect(window.model.index(row, 1))
    qtbot.mouseClick(window.case_list.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, rect.center())


def new_passphrase(qtbot: Any) -> Any:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, NewPassphraseDialog)
        qtbot.keyClicks(dialog.first, PASSPHRASE)
        qtbot.keyClicks(dialog.second, PASSPHRASE)
        dialog.accept()
    return answer


def passphrase_of_existing(text: str) -> Any:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog) and dialog.objectName() == "laptopPassphraseDialog"
        dialog.setTextValue(text)
        dialog.accept()
    return answer


def check_out(qtbot: Any, window: MainWindow, action: Any, target: Path, answer: Any,
              monkeypatch: pytest.MonkeyPatch) -> tuple[str, int]:
    """Trigger a check-out into `target`, answering its passphrase dialog; the status bar's message
    when it is over, and how often the window's event loop ran meanwhile (it never freezes)."""
    checkout = window.laptop_checkout
    assert checkout is not None
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    ended: list[object] = []
    checkout.done.connect(ended.append)
    ticks = [0]
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    answer_dialog(answer)
    action.trigger()
    if checkout.runner.running:
        assert checkout.progress.isVisible() and not checkout.action.isEnabled()
        assert not checkout.mine_action.isEnabled()
    timer.start(20)
    qtbot.waitUntil(lambda: bool(ended), timeout=60000)
    timer.stop()
    checkout.done.disconnect(ended.append)
    assert not checkout.progress.isVisible() and checkout.action.isEnabled()
    return str(window.statusBar().currentMessage()), ticks[0]


def laptop_cases(at: Office, target: Path) -> set[str]:
    result = at.run("--db", str(target), "--user", at.lena, "cases", "--json")
    return {c["id"] for c in at.ok(result)}


def test_several_selected_cases_checked_out_at_once_into_an_encrypted_file(
        qtbot: Any, office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    first, second, other = office.new_case("NGUYEN"), office.new_case("TRAN"), office.new_case("LE")
    window = open_window(qtbot, tmp_path, office.url, office.olga, password=PASSWORD)
    assert window.laptop_checkout is not None
    select_case(qtbot, window, first["id"])
    ctrl_click(qtbot, window, second["id"])
    assert sorted(window.case_list.selected_case_ids()) == sorted([first["id"], second["id"]])
    assert window.editor.detail is not None and window.editor.detail.id == second["id"]

    target = tmp_path / "two.sqlite"
    said, ticks = check_out(qtbot, window, window.laptop_checkout.action, target,
                            new_passphrase(qtbot), monkeypatch)
    assert said == f"2 cases checked out to {target}.", said
    print(f"\n[figure] checkout of 2 cases from the window: {window.laptop_checkout.seconds:.2f} s")
    assert ticks >= 3, ticks                   # the window went on while the child process ran
    assert sorted(window.case_list.selected_case_ids()) == sorted([first["id"], second["id"]])
    window.close()
    assert laptop_cases(office, target) == {first["id"], second["id"]}
    assert other["id"] not in laptop_cases(office, target)
    assert target.read_bytes()[:16] != b"SQLite format 3\x00"      # encrypted


def test_my_cases_and_each_failure_said_in_words(
        qtbot: Any, office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    mine = [office.new_case(name, assigned_to=office.olga) for name in ("NGUYEN", "PHAM")]
    office.new_case("TRAN", assigned_to=office.lena)
    window = open_window(qtbot, tmp_path, office.url, office.olga, password=PASSWORD)
    checkout = window.laptop_checkout
    assert checkout is not None and checkout.mine_action.isVisible()
    assert checkout.mine_action.text() == "Check out &my cases to a laptop…"

    target = tmp_path / "mine.sqlite"
    said, _ = check_out(qtbot, window, checkout.mine_action, target, new_passphrase(qtbot), monkeypatch)
    assert said == f"2 cases checked out to {target}.", said
    before = target.read_bytes()

    # the laptop file's passphrase typed wrong: said so, the file untouched
    said, _ = check_out(qtbot, window, checkout.mine_action, target, passphrase_of_existing("wrong-one-1"),
                        monkeypatch)
    assert said == f"Nothing was checked out: The passphrase does not open the database {target}.", said
    assert target.read_bytes() == before

    # a laptop file of another office's server
    # (written on a connection of its own: the models stay bound to the window's database)
    conn = connect_file(target, PASSPHRASE)
    with conn:
        conn.execute("UPDATE local_info SET value = 'another-office' WHERE key = ?", (laptop.SERVER_ID,))
    conn.close()
    said, _ = check_out(qtbot, window, checkout.mine_action, target, passphrase_of_existing(PASSPHRASE),
                        monkeypatch)
    assert said == ("Nothing was checked out: This laptop database was checked out from another office's "
                    "server. Choose another file, or a new one."), said

    # the server cannot be reached (nothing listens there)
    away = re.sub(r"@([^/]+)/", "@127.0.0.1:1/", office.url)
    monkeypatch.setattr(window, "services", replace(window.services, server=ServerLogin.from_url(away)))
    said, _ = check_out(qtbot, window, checkout.mine_action, tmp_path / "gone.sqlite", new_passphrase(qtbot),
                        monkeypatch)
    assert said.startswith("Nothing was checked out: The office server 127.0.0.1:1/"), said
    assert "\n" not in said and "Traceback" not in said
    window.close()
    assert laptop_cases(office, target) == {c["id"] for c in mine}


def test_my_cases_when_none_is_assigned_says_so(
        qtbot: Any, office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    office.new_case("TRAN", assigned_to=office.lena)
    window = open_window(qtbot, tmp_path, office.url, office.olga, password=PASSWORD)
    assert window.laptop_checkout is not None
    target = tmp_path / "none.sqlite"
    said, _ = check_out(qtbot, window, window.laptop_checkout.mine_action, target, new_passphrase(qtbot),
                        monkeypatch)
    assert said == (f"No case is assigned to {office.olga}: nothing was checked out. Cases assigned to "
                    f"{office.olga} later come to none.sqlite with each sync."), said


def test_fifty_cases_checked_out_from_the_window(
        qtbot: Any, office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    """The figure for the note: 50 cases selected with Ctrl+A and checked out in one go."""
    office.ok(office.office("demo", "--cases", "50"))
    window = open_window(qtbot, tmp_path, office.url, office.olga, password=PASSWORD)
    assert window.laptop_checkout is not None
    while window.model.canFetchMore():
        window.model.fetchMore()
    table = window.case_list.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(window.case_list.selected_case_ids()) == 50
    target = tmp_path / "fifty.sqlite"
    said, _ = check_out(qtbot, window, window.laptop_checkout.action, target, new_passphrase(qtbot),
                        monkeypatch)
    assert said == f"50 cases checked out to {target}.", said
    print(f"\n[figure] checkout of 50 cases from the window: {window.laptop_checkout.seconds:.2f} s")
    window.close()
    assert len(laptop_cases(office, target)) == 50
