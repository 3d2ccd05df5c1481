"""The New case dialog on a laptop: it fits a 1280 x 720 screen with room, a message never moves
the fields under the mouse, and the packet language follows the patient's languages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.store.models import Case
from hirt_desk.ui.main_window import MainWindow
from tests.ui.helpers import answer_dialog, choose, type_text
from tests.ui.test_case_workflow import make_window, press_ok
from tests.ui.test_check_list import tick


def fill_with_mistakes(qtbot, database: Path, settings) -> tuple[MainWindow, dict[str, object]]:  # type: ignore[no-untyped-def]
    """Open New case, make three mistakes, note what moved, then correct them and press OK."""
    create_case(PatientData("OTHER", "CASE"))
    window = make_window(qtbot, database, settings)
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        form = dialog.form
        QApplication.processEvents()
        seen["size"] = dialog.size()
        where = {name: w.mapTo(dialog, QPoint(0, 0)) for name, w in form.fields.items()}
        type_text(qtbot, form.birth, "1961-02-30")
        qtbot.keyClick(form.birth, Qt.Key.Key_Tab)
        type_text(qtbot, form.phone, "12")
        qtbot.keyClick(form.phone, Qt.Key.Key_Tab)
        press_ok(dialog)                             # the surname is missing: three messages
        QApplication.processEvents()
        seen["messages"] = [m.text() for m in form.messages.values() if m.text()]
        seen["moved"] = [name for name, w in form.fields.items()
                         if w.mapTo(dialog, QPoint(0, 0)) != where[name]]
        seen["size_after"] = dialog.size()
        seen["clipped"] = [m.text() for m in form.messages.values()
                           if m.text() and m.heightForWidth(m.width()) > m.height()]
        type_text(qtbot, form.surname, "NGUYEN")
        form.birth.selectAll()
        type_text(qtbot, form.birth, "1961-02-28")
        form.phone.selectAll()
        type_text(qtbot, form.phone, "+84 912 345 678")
        press_ok(dialog)
    answer_dialog(fill)
    window.new_action.trigger()
    return window, seen


def test_the_dialog_fits_and_nothing_moves(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    window, seen = fill_with_mistakes(qtbot, database, settings)
    size = seen["size"]
    assert size.height() <= 720 - 120 and size.width() <= 1280 - 120, size      # room to spare
    assert seen["messages"] == ["The surname as in the passport is required.",
                                "There is no such day in the calendar.",
                                "Not a valid phone number; include the country code (e.g. +86)."]
    assert seen["moved"] == [] and seen["size_after"] == size and seen["clipped"] == []
    assert window.editor.detail.patient.surname_latin == "NGUYEN"


def test_the_packet_language_follows_the_patient(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    create_case(PatientData("OTHER", "CASE"))
    window = make_window(qtbot, database, settings)
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        type_text(qtbot, dialog.form.surname, "WANG")
        languages = dialog.form.languages
        tick(qtbot, languages, [languages.item(i).text() for i in range(languages.count())].index("简体中文"))
        seen["after_tick"] = dialog.packet_language.currentText()
        press_ok(dialog)
    answer_dialog(fill)
    window.new_action.trigger()
    assert seen["after_tick"] == "简体中文"
    assert Case.get_by_id(window.editor.detail.id).packet_language == "zh-Hans"
    assert window.editor.overview.packet_language.currentText() == "简体中文"

    def chosen_by_hand(dialog: QWidget) -> None:
        type_text(qtbot, dialog.form.surname, "LEE")
        choose(qtbot, dialog.packet_language, "English")
        languages = dialog.form.languages
        tick(qtbot, languages, [languages.item(i).text() for i in range(languages.count())].index("한국어"))
        seen["kept"] = dialog.packet_language.currentText()
        press_ok(dialog)
    answer_dialog(chosen_by_hand)
    window.new_action.trigger()
    assert seen["kept"] == "English"                 # a choice made by hand stays


def test_in_japanese_too(qtbot, database: Path, settings, japanese_ui) -> None:  # type: ignore[no-untyped-def]
    window, seen = fill_with_mistakes(qtbot, database, settings)
    size = seen["size"]
    assert size.height() <= 720 - 120 and size.width() <= 1280 - 120, size
    assert len(seen["messages"]) == 3
    assert seen["moved"] == [] and seen["size_after"] == size and seen["clipped"] == []
