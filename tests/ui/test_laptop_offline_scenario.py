"""Issue 17's "Done when", from the window, against a real server of its own: a coordinator checks
out two cases in the office window, opens the laptop file, the network goes (the server is
stopped), edits both cases offline and saves, a sync then says the server cannot be reached and
changes nothing; the server comes back, the office edits the same field, the laptop's sync meets
the conflict, it is resolved in the Conflicts view by clicking, a last sync, and both sides agree.

The test has a PostgreSQL cluster of its own (stopping the session's would break the tests that
follow it); it is removed at the end."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from hirt_desk.ui.conflicts_view import ConflictsDialog
from hirt_desk.ui.main_window import MainWindow
from tests.cli.conftest import run_main  # noqa: F401 - a fixture
from tests.sync.conftest import PASSPHRASE, PASSWORD, Office, staffed_office
from tests.ui.helpers import answer_dialog, replace_text
from tests.ui.test_case_workflow import open_tab, select_case
from tests.ui.test_laptop_checkout_window import check_out, ctrl_click, new_passphrase
from tests.ui.test_laptop_sync import failure_box, open_window, status_text, sync


@pytest.fixture
def own_office(request: pytest.FixtureRequest, tmp_path: Path,
               monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Office, Any]]:
    """An office server on a cluster of this test only (it may be stopped and started again)."""
    from tests.pg_server import bin_dir, throwaway_cluster
    assert bin_dir() is not None, "PostgreSQL's server is not installed: ./dev installs it"
    with throwaway_cluster() as cluster:
        cluster.psql("CREATE DATABASE office TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' "
                     "LC_CTYPE 'C.UTF-8'")
        yield (staffed_office(request.getfixturevalue("run_main"), cluster.url_for("office"),
                              tmp_path / "laptop.sqlite", monkeypatch), cluster)


def shot(widget: QWidget, name: str) -> None:
    """A screenshot for a person to look at, when HIRT_DESK_SHOTS names a folder."""
    folder = os.environ.get("HIRT_DESK_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def edit_and_save(qtbot: Any, window: MainWindow, case_id: str, field: str, text: str) -> None:
    """Open the case, type over a field of its patient, Ctrl+S."""
    select_case(qtbot, window, case_id)
    open_tab(qtbot, window, window.editor.tabs.indexOf(window.editor.patient))
    widget = getattr(window.editor.patient.form, field)
    replace_text(qtbot, widget, text)
    assert window.editor.is_dirty
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.editor.is_dirty
    assert status_text(window, "saveState") == "All changes saved"


def content_of(laptop: Path) -> str:
    """Everything the laptop database holds, as SQL (a checkpoint of its -wal changes no row)."""
    from hirt_desk.store.encryption import connect_file
    conn = connect_file(laptop, PASSPHRASE, read_only=True)
    try:
        digest = hashlib.sha256()
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "ORDER BY name")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr((table, row)).encode())
        return digest.hexdigest()
    finally:
        conn.close()


def test_check_out_two_work_offline_meet_an_office_edit_resolve_and_both_sides_agree(
        qtbot: Any, own_office: tuple[Office, Any], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    office, cluster = own_office
    first = office.new_case("NGUYEN", **{"patient.email": "an@example.com"})
    second = office.new_case("TRAN", **{"patient.phone": "+84 90 111 2222"})
    laptop = Path(office.laptop)

    # in the office: both cases selected in the list, checked out into a new encrypted file
    office_window = open_window(qtbot, tmp_path, office.url, office.olga, password=PASSWORD)
    assert office_window.laptop_checkout is not None
    select_case(qtbot, office_window, first["id"])
    ctrl_click(qtbot, office_window, second["id"])
    said, _ = check_out(qtbot, office_window, office_window.laptop_checkout.action, laptop,
                        new_passphrase(qtbot), monkeypatch)
    assert said == f"2 cases checked out to {laptop}.", said
    shot(office_window, "1-office-checked-out")
    office_window.close()

    # at the patient's: the laptop file, and no network
    window = open_window(qtbot, tmp_path, office.laptop, office.olga)
    assert window.model.total == 2
    assert "0 changes to send" in status_text(window, "syncState")
    cluster.stop()
    edit_and_save(qtbot, window, first["id"], "email", "laptop@example.com")
    edit_and_save(qtbot, window, second["id"], "phone", "+84 90 777 8888")
    waiting = status_text(window, "syncState")
    assert "2 changes to send" in waiting, waiting
    shot(window, "2-laptop-offline-edited")

    # Sync with the server down: said in words, nothing changed on the laptop
    before = content_of(laptop)
    said = sync(qtbot, window)
    assert said.startswith("Sync did not complete: The office server 127.0.0.1:"), said
    assert "cannot be reached" in said and "\n" not in said
    shot(window, "3-laptop-server-unreachable")
    box = window.findChild(QMessageBox, "syncFailedBox")
    assert box is not None
    shot(box, "3b-sync-failed-box")
    assert "cannot be reached" in failure_box(window)
    assert content_of(laptop) == before
    assert status_text(window, "syncState") == waiting
    assert window.laptop_sync is not None and window.laptop_sync.action.isEnabled()

    # back in the office, the network returns: Lena changes the same field there
    cluster.start()
    office.ok(office.run("--db", office.laptop_server, "case", "set", first["id"],
                         "patient.email=office@example.com"))

    said = sync(qtbot, window)
    assert said == "Sent 1 change, received 1, 1 conflict", said       # the email: a conflict
    assert status_text(window, "conflictCount") == "1 open conflict"
    assert "0 changes to send" in status_text(window, "syncState")
    badge = window.model.index(window.model.row_of(first["id"]), 0)
    assert window.model.data(badge, Qt.ItemDataRole.DecorationRole) is not None
    other = window.model.index(window.model.row_of(second["id"]), 0)
    assert window.model.data(other, Qt.ItemDataRole.DecorationRole) is None
    shot(window, "4-laptop-conflict")

    seen: dict[str, Any] = {}

    def keep_laptop(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictsDialog)
        seen["row"] = [dialog.table.item(0, col).text() for col in range(5)]
        shot(dialog, "5-conflicts-view")
        qtbot.mouseClick(dialog.keep_laptop, Qt.MouseButton.LeftButton)
        seen["after"] = dialog.state.text()
        dialog.reject()
    answer_dialog(keep_laptop)
    window.conflicts_action.trigger()
    assert seen["row"][0] == f"{first['number']}\nNGUYEN AN" and seen["row"][1] == "E-mail"
    assert seen["row"][2] == "an@example.com"
    assert seen["row"][3].startswith("office@example.com") and office.lena in seen["row"][3]
    assert seen["row"][4].startswith("laptop@example.com") and office.olga in seen["row"][4]
    assert seen["after"] == "No open conflicts."
    assert status_text(window, "conflictCount") == ""

    said = sync(qtbot, window)
    assert said.startswith("Sent "), said
    assert "0 changes to send" in status_text(window, "syncState")
    shot(window, "6-laptop-agreed")
    window.close()

    # both sides agree, the conflict is closed on both
    for case, path in ((first, ("patient", "email")), (second, ("patient", "phone"))):
        there, here = office.show(case["id"], "office"), office.show(case["id"], "laptop")
        assert there[path[0]][path[1]] == here[path[0]][path[1]], (case["number"], there, here)
    assert office.show(first["id"], "office")["patient"]["email"] == "laptop@example.com"
    assert office.show(second["id"], "office")["patient"]["phone"].replace(" ", "").endswith("907778888")
    assert office.conflicts("office") == [] and office.conflicts("laptop") == []
