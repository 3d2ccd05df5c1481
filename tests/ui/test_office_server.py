"""The window on the office server, against the test session's real PostgreSQL cluster: connecting
as a user does, two seats with two logins editing one case, and a connection that goes away."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.app import Desk
from hirt_desk.store.database import bind, bound, bound_database, open_database
from hirt_desk.store.server import ServerDatabase, ServerLogin
from hirt_desk.ui import settings as S
from hirt_desk.ui.main_window import MainWindow
from hirt_desk.ui.merge_dialog import MergeDialog
from tests.conftest import PgTestServer
from tests.ui.helpers import answer_dialog, choose, replace_text, type_text
from tests.ui.test_case_workflow import press_ok, select_case
from tests.ui.test_crash_handler import crash_handler  # noqa: F401 - a fixture
from tests.ui.test_merge_dialog import click

CTRL = Qt.KeyboardModifier.ControlModifier


def new_settings(tmp_path: Path, name: str) -> S.Settings:
    return S.Settings(QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))


def activate(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Bring a window to the front, as a click on it does (its shortcuts work then)."""
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def save(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)


class Office:
    """Windows on one server database, each logged in as its own login."""

    def __init__(self, qtbot: Any, url: str, pg_login: Callable[[str, str], str], tmp_path: Path) -> None:
        self.qtbot, self.url, self.tmp_path = qtbot, url, tmp_path
        self._pg_login = pg_login
        self.windows: list[MainWindow] = []
        self.desks: list[Desk] = []
        self.logins: dict[str, ServerLogin] = {}
        self._colleague: ServerDatabase | None = None

    def login(self, name: str) -> ServerLogin:
        if name not in self.logins:
            self.logins[name] = ServerLogin.from_url(self._pg_login(self.url, name))
        return self.logins[name]

    def track(self, window: MainWindow) -> MainWindow:
        self.qtbot.addWidget(window, before_close_func=lambda w: w.editor.discard())
        window.resize(1400, 900)
        self.windows.append(window)
        return window

    def open(self, name: str) -> MainWindow:
        login = self.login(name)
        desk = Desk(new_settings(self.tmp_path, name))
        self.desks.append(desk)          # as app.py keeps its Desk while the window is open
        return self.track(desk.show_server(desk.try_server(login, f"pw-{name}-1234"), login))

    @property
    def colleague(self) -> ServerDatabase:
        """A third seat: somebody else in the office, saving from their own PC."""
        if self._colleague is None:
            before = bound_database()
            self._colleague = open_database(self.url)       # as a PC opens it (reference data kept)
            if before is not None:
                bind(before)
        return self._colleague  # type: ignore[return-value]

    def close(self) -> None:
        if self._colleague is not None:
            self._colleague.close()
        for window in self.windows:
            window.stop_listening()
            if window.services.database is not None:
                window.services.database.close()


@pytest.fixture
def office(qtbot, pg_ready_url: str, pg_login: Callable[[str, str], str],  # type: ignore[no-untyped-def]
           tmp_path: Path) -> Iterator[Office]:
    place = Office(qtbot, pg_ready_url, pg_login, tmp_path)
    yield place
    place.close()


def admin_row(url: str, sql: str, *params: object) -> tuple[Any, ...]:
    """A row read beside the windows, as the server has it."""
    with psycopg.connect(url) as conn:
        row = conn.execute(sql, params).fetchone()
    assert row is not None
    return tuple(row)


def new_case(at: MainWindow | ServerDatabase, user: str = "carol") -> str:
    """A case created at a seat (a window's, or a third seat's database), as that seat's user."""
    database = at.services.database if isinstance(at, MainWindow) else at
    with bound(database):
        return create_case(PatientData("WANG", "FANG", "王芳", "F", date(1960, 5, 1), "CN", "E1234567",
                                       phone="+86 139 1111 2222"), user=user).id


# -- connecting ---------------------------------------------------------------------------------

def test_connecting_as_a_user_does(qtbot, office: Office, pg_ready_url: str,  # type: ignore[no-untyped-def]
                                   tmp_path: Path) -> None:
    login = office.login("alice")
    settings = new_settings(tmp_path, "mine")
    desk = Desk(settings)
    local = office.track(desk.start_local(tmp_path / "cases.sqlite", None, None))
    assert local.db_label.text().startswith("Local database: ")
    seen: dict[str, object] = {}

    def connect(dialog: QWidget) -> None:
        type_text(qtbot, dialog.host, login.host)
        replace_text(qtbot, dialog.port, str(login.port))
        replace_text(qtbot, dialog.database, login.database)
        replace_text(qtbot, dialog.user, login.login)
        choose(qtbot, dialog.tls, "Not encrypted (only on a trusted office network)")
        type_text(qtbot, dialog.password, "not-my-password")
        press_ok(dialog)
        seen["wrong"] = dialog.message.text()
        seen["still open"] = dialog.isVisible()
        seen["cleared"] = dialog.password.text()
        type_text(qtbot, dialog.password, "pw-alice-1234")
        press_ok(dialog)
    answer_dialog(connect)
    activate(qtbot, local)
    local.menuBar().setFocus()
    local.connect_action.trigger()

    assert seen["still open"] and seen["cleared"] == ""
    assert seen["wrong"] == (f"The office server {login.host}:{login.port}/{login.database} refused the "
                             "login: the login or the password is wrong.")
    window = office.track(desk.window)
    assert window is not local and not local.isVisible()
    assert window.db_label.text() == f"Office server {login.database} on {login.host}:{login.port}"
    assert window.user == login.login                    # the database login, fixed
    assert window.user_label.text() == f"Working as: Alice ({login.login}) · Coordinator"
    assert not window.change_user_action.isVisible() and not window.backup_action.isVisible()
    settings.sync()
    stored = Path(settings._q.fileName()).read_text()
    assert "pw-alice-1234" not in stored and "not-my-password" not in stored
    assert settings.get(S.SERVER_URL) == f"postgresql://{login.login}@{login.host}:{login.port}/" \
                                         f"{login.database}?sslmode=disable"
    assert settings.get(S.DATABASE_KIND) == "server"
    # what the window does goes to the server, under the login
    case_id = new_case(window, window.user)
    assert admin_row(pg_ready_url, 'SELECT "user" FROM audit WHERE case_id = %s LIMIT 1', case_id) \
        == (login.login,)


def test_the_next_start_asks_only_the_password(qtbot, office: Office, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    login = dataclasses.replace(office.login("alice"), sslmode="disable")    # as the dialog saved it
    settings = new_settings(tmp_path, "mine")
    settings.set(S.DATABASE_KIND, "server")
    settings.set(S.SERVER_URL, login.url)
    seen: dict[str, object] = {}

    def password_only(dialog: QWidget) -> None:
        seen["fields"] = (dialog.host.text(), dialog.port.value(), dialog.database.text(), dialog.user.text())
        seen["message"] = dialog.message.text()
        qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
        seen["focus"] = dialog.focusWidget() is dialog.password
        type_text(qtbot, dialog.password, "pw-alice-1234")
        press_ok(dialog)
    answer_dialog(password_only)
    desk = Desk(settings)
    window = office.track(desk.start_server(settings.get(S.SERVER_URL), explicit=False))
    assert seen["fields"] == (login.host, login.port, login.database, login.login)
    assert seen["message"] == "" and seen["focus"]
    assert window.user == login.login


def test_a_database_that_is_not_hirt_desks_is_said_and_nothing_changes(  # type: ignore[no-untyped-def]
        qtbot, office: Office, pg_server: PgTestServer, tmp_path: Path) -> None:
    other = pg_server.new_database()                 # empty: no HIRT Desk schema
    try:
        login = ServerLogin.from_url(other)
        settings = new_settings(tmp_path, "mine")
        seen: list[str] = []

        def answer(dialog: QWidget) -> None:
            press_ok(dialog)
            seen.append(dialog.message.text())
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
        answer_dialog(answer)
        desk = Desk(settings)
        assert desk.connect_dialog(None, login) is None
        assert seen == [f"The server database {login.host}:{login.port}/{login.database} has no HIRT Desk "
                        "schema yet. Ask the administrator to run: hirt-desk --db URL server init"]
        assert settings.get(S.SERVER_URL) == "" and desk.window is None
    finally:
        pg_server.drop(other)


# -- two seats ----------------------------------------------------------------------------------

def test_two_seats_edit_different_fields_and_see_each_others_saves(  # type: ignore[no-untyped-def]
        qtbot, office: Office, pg_ready_url: str) -> None:
    alice, bob = office.open("alice"), office.open("bob")
    case_id = new_case(office.colleague)
    for window in (alice, bob):
        qtbot.waitUntil(lambda w=window: w.model.row_of(case_id) >= 0, timeout=5000)
        select_case(qtbot, window, case_id)
    replace_text(qtbot, alice.editor.patient.form.phone, "+86 139 0000 1111")
    replace_text(qtbot, bob.editor.patient.form.email, "wang.fang@example.com")
    save(qtbot, alice)
    assert not alice.editor.is_dirty
    # Bob has unsaved edits: they stay, and a calm notice says who saved
    qtbot.waitUntil(lambda: bob.editor.notice.isVisible(), timeout=5000)
    assert bob.editor.notice.text().startswith(f"{alice.user} saved this case meanwhile.")
    assert bob.editor.patient.form.email.text() == "wang.fang@example.com" and bob.editor.is_dirty
    save(qtbot, bob)                                  # merged: no dialog, both kept
    assert not bob.editor.is_dirty and not bob.editor.notice.isVisible()
    assert bob.editor.patient.form.phone.text() == "+86 139 0000 1111"
    assert admin_row(pg_ready_url, "SELECT phone, email FROM patient WHERE id = "
                     "(SELECT patient_id FROM \"case\" WHERE id = %s)", case_id) == \
        ("+86 139 0000 1111", "wang.fang@example.com")
    # Alice had nothing unsaved: Bob's save appears in her window by itself
    qtbot.waitUntil(lambda: alice.editor.patient.form.email.text() == "wang.fang@example.com", timeout=5000)
    assert not alice.editor.is_dirty and alice.editor.detail is not None and alice.editor.detail.version == 3
    with psycopg.connect(pg_ready_url) as conn:
        by = {r[0] for r in conn.execute("SELECT \"user\" FROM audit WHERE case_id = %s "
                                         "AND action = 'update'", (case_id,))}
    assert by == {alice.user, bob.user}


def test_two_seats_change_the_same_field_and_the_second_chooses(  # type: ignore[no-untyped-def]
        qtbot, office: Office, pg_ready_url: str) -> None:
    alice, bob = office.open("alice"), office.open("bob")
    case_id = new_case(office.colleague)
    for window in (alice, bob):
        qtbot.waitUntil(lambda w=window: w.model.row_of(case_id) >= 0, timeout=5000)
        select_case(qtbot, window, case_id)
    replace_text(qtbot, alice.editor.patient.form.phone, "+86 139 0000 1111")
    replace_text(qtbot, bob.editor.patient.form.phone, "+86 139 0000 2222")
    save(qtbot, alice)
    qtbot.waitUntil(lambda: bob.editor.notice.isVisible(), timeout=5000)
    seen: dict[str, object] = {}

    def keep_mine(dialog: QWidget) -> None:
        assert isinstance(dialog, MergeDialog)
        row = dialog.rows[0]
        seen["theirs"] = row.theirs_value.text()
        seen["yours"] = row.yours_value.text()
        click(qtbot, row.yours)
        seen["chosen"] = row.yours.isChecked()
        press_ok(dialog)
        seen["message"] = dialog.message.text()
    answer_dialog(keep_mine)
    save(qtbot, bob)
    assert seen["chosen"], seen
    assert "+86 139 0000 1111" in str(seen["theirs"]) and alice.user in str(seen["theirs"])
    assert "+86 139 0000 2222" in str(seen["yours"])
    assert not bob.editor.is_dirty
    assert admin_row(pg_ready_url, "SELECT phone FROM patient WHERE id = "
                     "(SELECT patient_id FROM \"case\" WHERE id = %s)", case_id) == ("+86 139 0000 2222",)
    qtbot.waitUntil(lambda: alice.editor.patient.form.phone.text() == "+86 139 0000 2222", timeout=5000)


def test_a_case_created_at_one_seat_appears_in_the_others_list_where_the_user_was(  # type: ignore[no-untyped-def]
        qtbot, office: Office) -> None:
    alice, bob = office.open("alice"), office.open("bob")
    with bound(alice.services.database):
        from hirt_desk.actions.demo import add_demo_cases
        add_demo_cases(60, seed=3, user=alice.user)
    qtbot.waitUntil(lambda: bob.model.total == 60, timeout=8000)
    table = bob.case_list.table
    header = table.horizontalHeader()
    activate(qtbot, bob)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, 1))
    sort = bob.model.case_filter.sort
    assert sort == "patient"
    chosen = bob.model.row_at(40).id
    select_case(qtbot, bob, chosen)
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum() // 2)
    position = table.verticalScrollBar().value()
    assert position > 0

    def fill(dialog: QWidget) -> None:
        type_text(qtbot, dialog.form.surname, "ZZNEW")
        press_ok(dialog)
    answer_dialog(fill)
    activate(qtbot, alice)
    qtbot.keyClick(alice, Qt.Key.Key_N, CTRL)
    created = alice.editor.detail
    assert created is not None and created.patient.surname_latin == "ZZNEW"
    qtbot.waitUntil(lambda: bob.model.total == 61, timeout=5000)
    assert bob.model.row_of(created.id) >= 0
    assert bob.model.case_filter.sort == sort and header.sortIndicatorSection() == 1
    current = table.selectionModel().currentIndex()
    assert bob.model.row_at(current.row()).id == chosen and bob.editor.detail is not None \
        and bob.editor.detail.id == chosen
    assert table.verticalScrollBar().value() == position


def _section_center(header: Any, section: int) -> Any:
    from PySide6.QtCore import QPoint
    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
                  header.height() // 2)


def test_a_seat_ignores_its_own_saves(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    alice = office.open("alice")
    case_id = new_case(office.colleague)
    qtbot.waitUntil(lambda: alice.model.row_of(case_id) >= 0, timeout=5000)
    select_case(qtbot, alice, case_id)
    reloads: list[int] = []
    alice.model.reloaded.connect(reloads.append)
    replace_text(qtbot, alice.editor.patient.form.phone, "+86 139 0000 1111")
    save(qtbot, alice)
    qtbot.wait(600)                  # the save's own notification has come back by now
    assert len(reloads) == 1         # the reload after saving, none for the notification
    assert not alice.editor.notice.isVisible()


# -- the connection goes away ---------------------------------------------------------------------

def _phone_of(url: str, case_id: str) -> tuple[Any, ...]:
    return admin_row(url, "SELECT p.phone, c.version FROM patient p JOIN \"case\" c ON c.patient_id = p.id "
                          "WHERE c.id = %s", case_id)


def test_a_lost_connection_keeps_the_edits_and_the_next_save_goes_through(  # type: ignore[no-untyped-def]
        qtbot, office: Office, pg_server: PgTestServer, pg_ready_url: str) -> None:
    alice, bob = office.open("alice"), office.open("bob")
    case_id = new_case(office.colleague)
    qtbot.waitUntil(lambda: alice.model.row_of(case_id) >= 0, timeout=5000)
    select_case(qtbot, alice, case_id)
    replace_text(qtbot, alice.editor.patient.form.phone, "+86 139 0000 3333")
    pg_server.admin.execute("SELECT pg_terminate_backend(%s)", (alice.services.database.backend_pid,))
    save(qtbot, alice)
    assert alice.editor.message.text().startswith("Not saved. The connection to the office server ")
    assert "Your changes are still here" in alice.editor.message.text()
    assert alice.editor.is_dirty and alice.editor.patient.form.phone.text() == "+86 139 0000 3333"
    assert _phone_of(pg_ready_url, case_id) == ("+86 139 1111 2222", 1)
    save(qtbot, alice)                                 # connects again, and saves
    assert not alice.editor.is_dirty and not alice.editor.message.isVisible()
    assert _phone_of(pg_ready_url, case_id) == ("+86 139 0000 3333", 2)
    qtbot.waitUntil(lambda: bob.model.row_of(case_id) >= 0, timeout=5000)
    select_case(qtbot, bob, case_id)
    assert bob.editor.patient.form.phone.text() == "+86 139 0000 3333"


def test_the_server_stopped_and_started_again(qtbot, office: Office, pg_server: PgTestServer,  # type: ignore[no-untyped-def]
                                              pg_ready_url: str) -> None:
    alice = office.open("alice")
    case_id = new_case(office.colleague)
    qtbot.waitUntil(lambda: alice.model.row_of(case_id) >= 0, timeout=5000)
    select_case(qtbot, alice, case_id)
    replace_text(qtbot, alice.editor.patient.form.phone, "+86 139 0000 4444")
    cluster = pg_server.cluster
    pg_server.admin.execute("CHECKPOINT")        # the test cluster commits without waiting for the disk
    pg_server.admin.close()
    cluster.stop()
    try:
        qtbot.waitUntil(lambda: alice.connection_label.isVisible(), timeout=8000)
        assert alice.connection_label.text() == "Office server not reachable: reconnecting…"
        save(qtbot, alice)
        first = alice.editor.message.text()
        save(qtbot, alice)                             # still down: it cannot connect
        second = alice.editor.message.text()
    finally:
        cluster.start()
        pg_server.admin = psycopg.connect(cluster.url, autocommit=True)
    assert first.startswith("Not saved. The connection to the office server ")
    assert second.startswith("Not saved. The office server ") and "cannot be reached" in second
    assert alice.editor.is_dirty and alice.editor.patient.form.phone.text() == "+86 139 0000 4444"
    assert _phone_of(pg_ready_url, case_id) == ("+86 139 1111 2222", 1)
    save(qtbot, alice)
    assert not alice.editor.is_dirty
    assert _phone_of(pg_ready_url, case_id) == ("+86 139 0000 4444", 2)
    qtbot.waitUntil(lambda: not alice.connection_label.isVisible(), timeout=8000)


def test_a_changed_password_is_asked_for_and_the_save_goes_through(  # type: ignore[no-untyped-def]
        qtbot, office: Office, pg_server: PgTestServer, pg_ready_url: str) -> None:
    alice = office.open("alice")
    case_id = new_case(office.colleague)
    qtbot.waitUntil(lambda: alice.model.row_of(case_id) >= 0, timeout=5000)
    select_case(qtbot, alice, case_id)
    replace_text(qtbot, alice.editor.patient.form.phone, "+86 139 0000 5555")
    pg_server.admin.execute(f"ALTER ROLE {alice.user} PASSWORD 'changed-pw'")
    pg_server.admin.execute("SELECT pg_terminate_backend(%s)", (alice.services.database.backend_pid,))
    save(qtbot, alice)
    assert alice.editor.is_dirty
    seen: dict[str, object] = {}

    def password(dialog: QWidget) -> None:
        seen["fixed"] = not dialog.host.isEnabled() and not dialog.user.isEnabled()
        seen["message"] = dialog.message.text()
        type_text(qtbot, dialog.password, "changed-pw")
        press_ok(dialog)
    answer_dialog(password)
    save(qtbot, alice)
    assert seen["fixed"] and "refused the login" in str(seen["message"])
    assert not alice.editor.is_dirty
    assert _phone_of(pg_ready_url, case_id) == ("+86 139 0000 5555", 2)


@pytest.mark.qt_no_exception_capture
@pytest.mark.usefixtures("crash_handler")            # as app.py installs it
def test_a_lost_connection_met_anywhere_is_said_calmly(  # type: ignore[no-untyped-def]
        qtbot, office: Office, pg_server: PgTestServer) -> None:
    from hirt_desk.crashlog import log_path
    alice = office.open("alice")
    new_case(office.colleague)
    qtbot.waitUntil(lambda: alice.model.total == 1, timeout=5000)
    seen: list[tuple[str, str]] = []

    def read(box: QWidget) -> None:
        seen.append((box.objectName(), box.text()))
        box.close()
    answer_dialog(read)
    pg_server.admin.execute("SELECT pg_terminate_backend(%s)", (alice.services.database.backend_pid,))
    activate(qtbot, alice)
    search = alice.case_list.search
    type_text(qtbot, search, "WANG")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[0][0] == "storeErrorBox"
    assert seen[0][1].startswith("The connection to the office server ")
    assert not log_path().exists()                    # not a bug: no crash log
    assert alice.model.case_filter.search == ""        # the list as it was
    qtbot.keyClick(search, Qt.Key.Key_Return)         # the user tries again: connected again
    qtbot.waitUntil(lambda: alice.model.case_filter.search == "WANG", timeout=5000)
    assert alice.model.total == 1 and len(seen) == 1


def test_hirt_desk_opens_the_window_on_a_server_url(office: Office, pg_ready_url: str) -> None:
    """`hirt-desk --db postgresql://…`: libpq's own password (PGPASSWORD) opens the window on the
    server as that login; without one, a window that cannot ask says so in one line."""
    import json
    import os
    import subprocess
    import sys
    new_case(office.colleague)
    url = office.login("alice").url
    env = {k: v for k, v in os.environ.items() if k != "PGPASSWORD"}
    program = [sys.executable, "-m", "hirt_desk", "--db", url, "gui", "--exit-after-load"]
    opened = subprocess.run(program, env={**env, "PGPASSWORD": "pw-alice-1234"}, capture_output=True,
                            text=True, timeout=120)
    assert opened.returncode == 0, opened.stderr
    assert json.loads(opened.stdout.strip().splitlines()[-1])["cases"] == 1
    refused = subprocess.run(program, env=env, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1 and "needs a password" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_use_a_local_database_switches_back(qtbot, office: Office, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from hirt_desk.ui import connect_dialog
    login = office.login("alice")
    settings = new_settings(tmp_path, "mine")
    desk = Desk(settings)
    server = office.track(desk.show_server(desk.try_server(login, "pw-alice-1234"), login))
    assert settings.get(S.DATABASE_KIND) == "server"
    local = tmp_path / "mine.sqlite"
    asked: list[str] = []

    def choose_file(parent: QWidget, start: str) -> str:
        asked.append(start)
        return str(local)
    monkeypatch.setattr(connect_dialog, "ask_local_file", choose_file)
    activate(qtbot, server)
    server.local_action.trigger()
    window = office.track(desk.window)
    assert window is not server and not server.isVisible()
    assert asked[0].endswith("hirt-desk.sqlite")       # the usual data file is offered
    assert window.db_label.text() == f"Local database: {local}"
    assert window.change_user_action.isVisible() and window.feed is None
    assert settings.get(S.DATABASE_KIND) == "local" and settings.get(S.LOCAL_DATABASE) == str(local)
    assert local.exists()
