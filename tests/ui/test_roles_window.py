"""The window on an office server shows the login's role and offers only what the role may do
(the server refuses the rest anyway): Settings → Staff editable by admins (one person at a time,
with a password), read-only for managers, hidden for coordinators; the agency's profile changed
by admins only; no "Change user…". Each role is a real login on the tests' cluster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from hirt_desk import app
from hirt_desk.store.cases import count_cases, list_cases
from hirt_desk.store.database import close_database, open_database
from hirt_desk.ui import who
from hirt_desk.ui.case_list_model import CaseListModel
from hirt_desk.ui.main_window import MainWindow, Services
from tests.agency_server import AgencyServer, staffed_office
from tests.conftest import PgTestServer
from tests.ui.helpers import answer_dialog, choose, replace_text, type_text
from tests.ui.test_case_workflow import press_ok


@pytest.fixture(scope="module")
def office(pg_server: PgTestServer) -> Iterator[AgencyServer]:
    office = staffed_office(pg_server)
    yield office
    office.remove()


@pytest.fixture(autouse=True)
def _closed_afterwards() -> Iterator[None]:
    """The session's server connection is closed after each test (the window may be gone)."""
    yield
    close_database()


def server_window(qtbot, office: AgencyServer, who_: str, settings) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window as app.py builds it for a session on the server as `who_`."""
    open_database(office.url(office.login(who_)))
    role = app.session_role()
    user = app.session_user(settings)
    model = CaseListModel(list_cases, count_cases)
    window = MainWindow(model, Services(Path(office.name), lambda n, login: 0, lambda d: {},
                                        user_fixed=True, role=role), settings, user=user)
    qtbot.addWidget(window)
    model.reload()
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def settings_tabs(dialog: QWidget) -> list[str]:
    return [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]


def test_a_coordinator_sees_no_staff_and_cannot_change_the_agency(qtbot, office: AgencyServer,  # type: ignore[no-untyped-def]
                                                                  settings) -> None:
    window = server_window(qtbot, office, "carl", settings)
    carl = office.login("carl")
    assert window.user == carl
    assert window.user_label.text() == f"Working as: Carl ({carl}) · Coordinator"
    assert not window.change_user_action.isVisible()
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        seen["tabs"] = settings_tabs(dialog)
        dialog.tabs.setCurrentIndex(1)
        phone = dialog.agency_fields["phone"]
        seen["read_only"] = phone.isReadOnly()
        seen["note"] = dialog.findChild(QLabel, "agencyReadOnly").text()
        qtbot.keyClicks(phone, "123")                       # typing changes nothing
        seen["phone"] = phone.text()
        fees = dialog.fees_page                             # the fees: read, not changed
        editable = fees.table.editTriggers() != fees.table.EditTrigger.NoEditTriggers
        seen["fees"] = (fees.add_button.isEnabled(), editable)
        press_ok(dialog)
    answer_dialog(look)
    window.settings_action.trigger()
    assert seen["tabs"] == ["General", "Agency", "Fees"] and seen["read_only"] is True
    assert seen["fees"] == (False, False)
    assert seen["note"] == "Only an administrator can change the agency's profile."
    assert "123" not in str(seen["phone"])
    assert window.statusBar().currentMessage() == "Settings saved."       # nothing refused, nothing sent


def test_a_manager_sees_the_whole_staff_but_changes_none(qtbot, office: AgencyServer, settings) -> None:  # type: ignore[no-untyped-def]
    window = server_window(qtbot, office, "mia", settings)
    assert window.user_label.text().endswith(" · Manager")
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        seen["tabs"] = settings_tabs(dialog)
        table = dialog.staff_table
        seen["rows"] = [(table.item(r, 0).text(), table.item(r, 2).text()) for r in range(table.rowCount())]
        seen["buttons"] = (dialog.add_staff_button.isVisible(), dialog.remove_staff_button.isVisible())
        seen["editable"] = table.editTriggers() != table.EditTrigger.NoEditTriggers
        seen["role_editable"] = table.cellWidget(0, 2) is not None
        seen["fees"] = dialog.fees_page.add_button.isEnabled()             # a manager keeps the fees
        dialog.tabs.setCurrentWidget(dialog.staff_page)
        dialog.grab().save("/tmp/srv-roles-manager.png")
        press_ok(dialog)
    answer_dialog(look)
    window.settings_action.trigger()
    assert seen["tabs"] == ["General", "Agency", "Staff", "Fees"] and seen["fees"] is True
    assert seen["rows"] == sorted([(office.login("ann"), "Administrator"),
                                   (office.login("carl"), "Coordinator"), (office.login("mia"), "Manager")])
    assert seen["buttons"] == (False, False)
    assert seen["editable"] is False and seen["role_editable"] is False


def test_an_admin_adds_a_person_with_a_password(qtbot, office: AgencyServer, settings) -> None:  # type: ignore[no-untyped-def]
    window = server_window(qtbot, office, "ann", settings)
    ann, dora = office.login("ann"), office.login("dora")
    messages: list[str] = []

    def add(dialog: QWidget) -> None:
        assert dialog.objectName() == "addStaffDialog"
        type_text(qtbot, dialog.login, office.login("carl"))            # someone's login already
        type_text(qtbot, dialog.name, "Dora Manager")
        choose(qtbot, dialog.role, "Manager")
        type_text(qtbot, dialog.password, "dora-password")
        type_text(qtbot, dialog.again, "dora-passwort")
        press_ok(dialog)
        messages.append(dialog.message.text())
        replace_text(qtbot, dialog.again, "dora-password")
        press_ok(dialog)
        messages.append(dialog.message.text())
        assert dialog.isVisible() and dialog.login.property("invalid") is True      # marked at the field
        replace_text(qtbot, dialog.login, dora)
        dialog.grab().save("/tmp/srv-roles-add-staff.png")
        press_ok(dialog)

    def staff_page(dialog: QWidget) -> None:
        dialog.tabs.setCurrentWidget(dialog.staff_page)
        assert dialog.add_staff_button.text() == "Add person…" and not dialog.remove_staff_button.isVisible()
        answer_dialog(add)
        qtbot.mouseClick(dialog.add_staff_button, Qt.MouseButton.LeftButton)
        table = dialog.staff_table
        messages.append(table.item(table.currentRow(), 0).text())
        dialog.grab().save("/tmp/srv-roles-staff-page.png")
        replace_text(qtbot, dialog.agency_fields["helpline"], "+81 27 220 0002")     # an admin may
        press_ok(dialog)
    answer_dialog(staff_page)
    window.settings_action.trigger()
    assert messages == ["The two passwords differ.", "This login exists already.", dora]
    assert window.statusBar().currentMessage() == "Settings saved."
    window.grab().save("/tmp/srv-roles-window.png")
    with office.superuser() as su:
        assert su.execute("SELECT rolcanlogin, rolcreaterole FROM pg_roles WHERE rolname = %s",
                          (dora,)).fetchone() == (True, False)
        assert su.execute('SELECT "name", "role" FROM "staff" WHERE "login" = %s', (dora,)).fetchone() == \
            ("Dora Manager", "manager")
        last = su.execute("""SELECT "user" FROM "audit" WHERE "table" = 'staff' ORDER BY "seq" DESC""")
        assert last.fetchone() == (ann,)
        assert su.execute('SELECT "helpline" FROM "agency"').fetchone() == ("+81 27 220 0002",)
    office.passwords[dora] = "dora-password"
    with office.connect(dora) as conn:          # the new person logs in with the password given
        assert conn.execute("SELECT count(*) FROM staff").fetchone()[0] == 4


def test_on_a_file_roles_are_kept_in_the_staff_list(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    """No roles are enforced on one PC, but the list keeps each person's role (for the day the
    agency moves onto a server)."""
    who.set_staff([who.StaffMember("sato", "Sato Hanako")], "setup")
    model = CaseListModel(list_cases, count_cases)
    window = MainWindow(model, Services(database, lambda n, login: 0, lambda d: {}), settings, user="sato")
    qtbot.addWidget(window)
    window.show()
    assert window.user_label.text() == "Working as: Sato Hanako (sato)"       # no role on a file

    def promote(dialog: QWidget) -> None:
        dialog.tabs.setCurrentWidget(dialog.staff_page)
        choose(qtbot, dialog.staff_table.cellWidget(0, 2), "Administrator")
        press_ok(dialog)
    answer_dialog(promote)
    window.settings_action.trigger()
    assert who.staff() == [who.StaffMember("sato", "Sato Hanako", "admin")]
    assert QApplication.activeModalWidget() is None
