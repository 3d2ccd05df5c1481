"""The Conflicts view says why a resolution was refused in the user's language (the reason codes
of `conflicts resolve`'s refusals, never the command line's English sentence): a conflict resolved
meanwhile by someone else, a typed value the field cannot take."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from hirt_desk.ui.conflicts_view import ConflictsDialog
from tests.cli.conftest import run_main  # noqa: F401 - a fixture
from tests.sync.conftest import PASSWORD, Office, office  # noqa: F401 - the fixture
from tests.ui.helpers import answer_dialog, type_text
from tests.ui.test_laptop_sync import open_window, status_text


def conflict_on(at: Office, field: str, base: str, laptop: str, theirs: str) -> dict[str, Any]:
    """A case whose `field` the laptop and the office changed to different values, synced."""
    case = at.new_case(**{field: base})
    at.checkout(case["id"])
    at.ok(at.on_laptop("case", "set", case["id"], f"{field}={laptop}"))
    at.ok(at.office("case", "set", case["id"], f"{field}={theirs}"))
    assert at.sync()["conflicts"] == 1
    return case


def test_a_conflict_resolved_meanwhile_elsewhere_is_said_and_leaves_the_list(
        qtbot: Any, office: Office, tmp_path: Path) -> None:  # noqa: F811
    case = conflict_on(office, "patient.email", "a@example.com", "laptop@example.com", "office@example.com")
    window = open_window(qtbot, tmp_path, office.url, office.olga, password=PASSWORD)
    assert status_text(window, "conflictCount") == "1 open conflict"
    seen: dict[str, Any] = {}

    def late_click(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictsDialog) and dialog.table.rowCount() == 1
        # Lena resolves it at another desk while the view is open here
        conflict_id = office.conflicts("office")[0]["id"]
        office.ok(office.run("--db", office.laptop_server, "conflicts", "resolve", conflict_id,
                             "--keep", "office"))
        qtbot.mouseClick(dialog.keep_laptop, Qt.MouseButton.LeftButton)
        seen["state"], seen["rows"] = dialog.state.text(), dialog.table.rowCount()
        dialog.reject()
    answer_dialog(late_click)
    window.conflicts_action.trigger()
    assert seen["state"] == (f"Not resolved: This conflict was already resolved by {office.lena} (the "
                             "office's value was kept). The list now shows the conflicts still open."), seen
    assert seen["rows"] == 0
    assert status_text(window, "conflictCount") == ""
    window.close()
    assert office.show(case["id"], "office")["patient"]["email"] == "office@example.com"
    assert office.conflicts("office") == []


def test_a_value_the_field_cannot_take_is_said_in_japanese(
        qtbot: Any, office: Office, tmp_path: Path, japanese_ui: None) -> None:  # noqa: F811
    case = conflict_on(office, "patient.date_of_birth", "1960-05-01", "1961-01-01", "1962-02-02")
    window = open_window(qtbot, tmp_path, office.url, office.olga, password=PASSWORD)
    seen: dict[str, Any] = {}

    def type_wrong(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictsDialog)
        type_text(qtbot, dialog.value, "31 Feb")
        qtbot.mouseClick(dialog.use_value, Qt.MouseButton.LeftButton)
        seen["state"], seen["rows"] = dialog.state.text(), dialog.table.rowCount()
        dialog.grab().save(str(tmp_path / "refusal-ja.png"))
        dialog.reject()
    answer_dialog(type_wrong)
    window.conflicts_action.trigger()
    assert seen["state"] == ("解決できませんでした：「31 Feb」は「生年月日」に使えない値です。"
                             "直してからもう一度お試しください。"), seen
    assert seen["rows"] == 1            # still open: corrected and tried again
    window.close()
    assert office.show(case["id"], "office")["patient"]["date_of_birth"] == "1962-02-02"
    assert len(office.conflicts("office")) == 1
