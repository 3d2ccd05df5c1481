"""The window on a laptop database, against the test session's real PostgreSQL cluster: File →
Sync with office runs the sync as its own process (the passphrase and the password in its
environment), says what it did in the status bar, and the Conflicts view resolves what both
sides changed; the resolution reaches the office at the next sync."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLabel, QMessageBox, QWidget

from hirt_desk.app import Desk
from hirt_desk.store import laptop
from hirt_desk.store.server import ServerLogin
from hirt_desk.ui import settings as S
from hirt_desk.ui.conflicts_view import ConflictsDialog
from hirt_desk.ui.main_window import MainWindow
from hirt_desk.ui.passphrase import NewPassphraseDialog
from tests.cli.conftest import run_main  # noqa: F401 - a fixture
from tests.sync.conftest import PASSPHRASE, PASSWORD, Office, office, on  # noqa: F401 - the fixture
from tests.ui.helpers import answer_dialog
from tests.ui.test_case_workflow import select_case

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_window(qtbot: Any, tmp_path: Path, where: str, user: str, **server: str) -> MainWindow:
    """The window as app.py opens it: on the laptop file (with its passphrase), or on the server."""
    desk = Desk(S.Settings(QSettings(str(tmp_path / f"{user}.ini"), QSettings.Format.IniFormat)),
                given_user=user)
    if server:
        login = ServerLogin.from_url(where)
        window = desk.show_server(desk.try_server(login, server["password"]), login)
    else:
        window = desk.start_local(where, PASSPHRASE, user)
    assert window is not None
    window._desk = desk          # type: ignore[attr-defined]  # app.py keeps it while the window is open
    # no unsaved edits are left in these tests: nothing is read at the end (the models may be bound
    # to a database a command has closed meanwhile, which would connect again)
    qtbot.addWidget(window, before_close_func=lambda w: (w.stop_listening(),
                                                         server and w.services.database.close()))
    window.resize(1280, 700)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def run(qtbot: Any, window: MainWindow, runner: Any, trigger: Any) -> str:
    """Start a laptop command from the window; the status bar's message when it is over."""
    ended: list[object] = []
    runner.finished.connect(ended.append)
    runner.failed.connect(ended.append)
    trigger()
    qtbot.waitUntil(lambda: bool(ended) and not runner.running, timeout=60000)
    runner.finished.disconnect(ended.append)
    runner.failed.disconnect(ended.append)
    return str(window.statusBar().currentMessage())


def sync(qtbot: Any, window: MainWindow) -> str:
    """Ctrl+Shift+S, as the user presses it; the status bar's message when the sync is over."""
    assert window.laptop_sync is not None

    def press() -> None:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)   # its shortcuts work then
        qtbot.keyClick(window, Qt.Key.Key_S, CTRL_SHIFT)
    return run(qtbot, window, window.laptop_sync.runner, press)


def failure_box(window: MainWindow) -> str:
    """The box a failed sync opens beside the status bar's message (which the bar may cut): its
    text, and closed, as the user closes it."""
    box = window.findChild(QMessageBox, "syncFailedBox")
    assert box is not None and box.isVisible()
    said = f"{box.text()}\n{box.informativeText()}"
    box.button(QMessageBox.StandardButton.Ok).click()
    return said


def digits(cell: str) -> str:
    """The phone number on a cell's first line, digits only (numbers are stored normalised)."""
    return re.sub(r"\D", "", cell.splitlines()[0])


def status_text(window: MainWindow, name: str) -> str:
    label = window.findChild(QLabel, name)
    assert label is not None
    return label.text() if label.isVisible() else ""


def test_sync_from_the_window_meets_a_conflict_resolved_in_the_conflicts_view(
        qtbot: Any, office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    case = office.new_case(**{"patient.phone": "+84 90 111 2222"})
    office.checkout(case["id"])
    office.ok(office.on_laptop("case", "set", case["id"], "patient.phone=+84 90 333 4444",
                               "patient.email=an@example.com"))
    office.ok(office.office("case", "set", case["id"], "patient.phone=+84 90 555 6666"))

    window = open_window(qtbot, tmp_path, office.laptop, office.lena)
    monkeypatch.delenv("HIRT_DESK_PASSPHRASE")    # the window hands the sync the one it opened with
    assert window.laptop_sync is not None and window.laptop_sync.action.isVisible()
    assert "Last sync: never" in status_text(window, "syncState")
    assert "2 changes to send" in status_text(window, "syncState")
    assert status_text(window, "conflictCount") == ""

    said = sync(qtbot, window)
    assert said == "Sent 1 change, received 1, 1 conflict"      # the phone stayed the office's
    assert "0 changes to send" in status_text(window, "syncState")
    assert "Last sync: never" not in status_text(window, "syncState")
    assert status_text(window, "conflictCount") == "1 open conflict"
    assert window.conflicts_action.text() == "C&onflicts (1)…"
    badge = window.model.index(window.model.row_of(case["id"]), 0)      # on the case in the list
    assert window.model.data(badge, Qt.ItemDataRole.ToolTipRole) == "1 open conflict: Edit → Conflicts…"
    assert window.model.data(badge, Qt.ItemDataRole.DecorationRole) is not None
    window.grab().save(str(tmp_path / "laptop-window.png"))

    seen: dict[str, Any] = {}

    def keep_laptop(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictsDialog)
        table = dialog.table
        seen["row"] = [table.item(0, col).text() for col in range(5)]
        seen["typed"] = dialog.value.isEnabled()
        dialog.grab().save(str(tmp_path / "conflicts.png"))
        qtbot.mouseClick(dialog.keep_laptop, Qt.MouseButton.LeftButton)
        seen["after"] = dialog.state.text()
        dialog.reject()
    answer_dialog(keep_laptop)
    window.conflicts_action.trigger()
    assert seen["row"][0] == f"{case['number']}\nNGUYEN AN"
    assert seen["row"][1] == "Phone"
    assert digits(seen["row"][2]) == "84901112222"
    assert digits(seen["row"][3]) == "84905556666" and office.olga in seen["row"][3]
    assert digits(seen["row"][4]) == "84903334444" and office.lena in seen["row"][4]
    assert seen["typed"] is True
    assert seen["after"] == "No open conflicts."
    assert status_text(window, "conflictCount") == ""
    assert window.conflicts_action.text() == "C&onflicts…"
    badge = window.model.index(window.model.row_of(case["id"]), 0)
    assert window.model.data(badge, Qt.ItemDataRole.DecorationRole) is None
    assert "1 change to send" in status_text(window, "syncState") or \
        "changes to send" in status_text(window, "syncState")

    said = sync(qtbot, window)
    assert said.startswith("Sent "), said
    window.close()
    monkeypatch.setenv("HIRT_DESK_PASSPHRASE", PASSPHRASE)
    shown = office.show(case["id"], "office")
    assert shown["patient"]["phone"] == office.show(case["id"], "laptop")["patient"]["phone"]
    assert shown["patient"]["phone"].replace(" ", "").endswith("903334444")
    assert shown["patient"]["email"] == "an@example.com"
    assert office.conflicts("office") == [] and office.conflicts("laptop") == []


def test_sync_asks_the_password_when_libpq_has_none_and_never_keeps_it(
        qtbot: Any, office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    case = office.new_case()
    office.checkout(case["id"])
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    window = open_window(qtbot, tmp_path, office.laptop, office.lena)
    asked: list[str] = []

    def answer(password: str) -> Any:
        def handle(dialog: QWidget) -> None:
            assert isinstance(dialog, QInputDialog) and dialog.objectName() == "syncPasswordDialog"
            asked.append(dialog.labelText())
            dialog.setTextValue(password)
            dialog.accept()
        return handle

    answer_dialog(answer("not-the-password"))
    said = sync(qtbot, window)
    assert said.startswith("Sync did not complete: ") and "refused the login" in said, said
    assert "refused the login" in failure_box(window)
    assert window.laptop_sync is not None and window.laptop_sync._password is None

    answer_dialog(answer(PASSWORD))
    said = sync(qtbot, window)
    assert said.startswith("Sent 0 changes, received "), said
    assert len(asked) == 2 and "Password of your login on the office server" in asked[0]
    settings_file = (tmp_path / f"{office.lena}.ini").read_text(encoding="utf-8")
    assert PASSWORD not in settings_file


def test_unreachable_server_is_said_in_one_line_and_nothing_changes(
        qtbot: Any, office: Office, tmp_path: Path) -> None:  # noqa: F811
    case = office.new_case()
    office.checkout(case["id"])
    office.ok(office.on_laptop("case", "set", case["id"], "patient.email=x@example.com"))
    with on(office.laptop):
        away = laptop.get(laptop.SERVER)
        assert away is not None
        laptop.put(laptop.SERVER, re.sub(r"@([^/]+)/", "@127.0.0.1:1/", away))   # nothing listens there
    window = open_window(qtbot, tmp_path, office.laptop, office.lena)
    said = sync(qtbot, window)
    assert said.startswith("Sync did not complete: The office server 127.0.0.1:1/"), said
    assert "\n" not in said
    boxed = failure_box(window)
    assert boxed.startswith("Sync did not complete.\nThe office server 127.0.0.1:1/"), boxed
    assert boxed.endswith("Nothing is lost: this laptop keeps its changes, and the next sync sends them.")
    assert "1 change to send" in status_text(window, "syncState")
    assert window.laptop_sync is not None and window.laptop_sync.action.isEnabled()


def test_a_laptop_not_synced_for_days_says_so_at_start(
        qtbot: Any, office: Office, tmp_path: Path) -> None:  # noqa: F811
    case = office.new_case()
    office.checkout(case["id"])
    with on(office.laptop):
        laptop.put(laptop.LAST, (datetime.now(UTC) - timedelta(days=9)).replace(tzinfo=None)
                   .isoformat(timespec="seconds"))
    window = open_window(qtbot, tmp_path, office.laptop, office.lena)
    assert "has not synced with the office for 9 days" in window.statusBar().currentMessage()


def test_conflicts_view_on_the_office_server_takes_a_typed_value(
        qtbot: Any, office: Office, tmp_path: Path) -> None:  # noqa: F811
    case = office.new_case(**{"patient.email": "a@example.com"})
    office.checkout(case["id"])
    office.ok(office.on_laptop("case", "set", case["id"], "patient.email=laptop@example.com"))
    office.ok(office.office("case", "set", case["id"], "patient.email=office@example.com"))
    assert office.sync()["conflicts"] == 1

    window = open_window(qtbot, tmp_path, office.url, office.olga, password=PASSWORD)
    assert window.laptop_sync is None
    assert status_text(window, "conflictCount") == "1 open conflict"
    seen: dict[str, Any] = {}

    def type_value(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictsDialog)
        seen["disabled"] = not dialog.use_value.isEnabled()
        qtbot.keyClicks(dialog.value, "merged@example.com")
        seen["enabled"] = dialog.use_value.isEnabled()
        qtbot.mouseClick(dialog.use_value, Qt.MouseButton.LeftButton)
        seen["rows"] = dialog.table.rowCount()
        dialog.reject()
    answer_dialog(type_value)
    window.conflicts_action.trigger()
    assert seen == {"disabled": True, "enabled": True, "rows": 0}
    assert status_text(window, "conflictCount") == ""
    window.close()
    assert office.show(case["id"], "office")["patient"]["email"] == "merged@example.com"
    assert office.sync()["pulled"] >= 1
    assert office.show(case["id"], "laptop")["patient"]["email"] == "merged@example.com"
    assert office.conflicts("laptop") == []


def test_check_out_from_the_office_window_then_hand_back_from_the_laptop(
        qtbot: Any, office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    case = office.new_case()
    kept = office.new_case("TRAN")
    office_window = open_window(qtbot, tmp_path, office.url, office.olga, password=PASSWORD)
    checkout = office_window.laptop_checkout
    assert checkout is not None and office_window.laptop_sync is None
    select_case(qtbot, office_window, case["id"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (office.laptop, "")))

    def new_passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, NewPassphraseDialog)
        qtbot.keyClicks(dialog.first, PASSPHRASE)
        qtbot.keyClicks(dialog.second, PASSPHRASE)
        dialog.accept()
    answer_dialog(new_passphrase)
    said = run(qtbot, office_window, checkout.runner, checkout.action.trigger)
    assert said == f"1 case checked out to {office.laptop}.", said
    office_window.close()
    assert [c["id"] for c in office.ok(office.on_laptop("cases", "--json"))] == [case["id"]]

    window = open_window(qtbot, tmp_path, office.laptop, office.lena)
    assert window.laptop_sync is not None and window.laptop_sync.hand_back_action.isVisible()
    select_case(qtbot, window, case["id"])

    def yes(dialog: QWidget) -> None:
        assert dialog.objectName() == "handBackPrompt" and case["number"] in dialog.text()  # type: ignore[attr-defined]
        dialog.button(QMessageBox.StandardButton.Yes).click()  # type: ignore[attr-defined]
    answer_dialog(yes)
    said = run(qtbot, window, window.laptop_sync.runner, window.laptop_sync.hand_back_action.trigger)
    assert said == "Handed back to the office: 1 case left this laptop.", said
    assert window.model.total == 0 and window.right.currentWidget() is window.placeholder
    window.close()
    assert office.ok(office.on_laptop("cases", "--json")) == []
    assert {c["id"] for c in office.ok(office.office("cases", "--json"))} == {case["id"], kept["id"]}
