"""Removing a companion in the window: when it has a visa record or itinerary items, the window
asks what becomes of them (removed with it, or handed to another traveller, or cancel), and the
saved database has no reference left to someone no longer travelling."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from hirt_desk.actions.itinerary import list_items, save_item
from hirt_desk.actions.travellers import remove_companion
from hirt_desk.planning.itinerary import Item
from hirt_desk.store.models import Companion, ItineraryItem, VisaRecord, db
from hirt_desk.ui.main_window import MainWindow
from tests.actions.test_travellers import family
from tests.integrity import dangling_references, items_without_travellers
from tests.ui.helpers import answer_dialog, choose, type_text
from tests.ui.test_case_workflow import make_window, open_tab, select_case
from tests.ui.test_check_list import tick


def remove_in_window(qtbot, window: MainWindow, companion_id: str) -> None:  # type: ignore[no-untyped-def]
    tab = window.editor.patient
    open_tab(qtbot, window, window.editor.tabs.indexOf(tab))
    row = next(i for i, c in enumerate(tab.companions()) if c.id == companion_id)
    rect = tab.table.visualRect(tab.table.model().index(row, 1))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)


def press(dialog: QWidget, label: str) -> None:
    box = dialog.findChild(QDialogButtonBox)
    [button] = [b for b in box.findChildren(QPushButton) if b.text() == label]
    button.click()


def by_title(case_id: str) -> dict[str, tuple[str, ...]]:
    return {i.title: i.travellers for i in list_items(case_id)}


def test_the_window_asks_and_hands_the_items_to_the_patient(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case_id, wife, son = family(database)
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)
    seen = {}

    def reassign(dialog: QWidget) -> None:
        seen["title"] = dialog.windowTitle()
        qtbot.mouseClick(dialog.reassign, Qt.MouseButton.LeftButton)
        choose(qtbot, dialog.target, "NGUYEN VAN AN")
        press(dialog, "Remove companion")
    answer_dialog(reassign)
    remove_in_window(qtbot, window, son)
    qtbot.waitUntil(lambda: len(window.editor.patient.companions()) == 1)
    assert seen["title"] == "Remove companion"
    window.save_action.trigger()
    assert not window.editor.is_dirty

    assert by_title(case_id) == {"VN 300": ("patient", wife), "Hotel": ("patient", wife),
                                 "VN 301": ("patient",)}
    assert Companion.get_by_id(son).deleted_at is not None
    assert VisaRecord.get(VisaRecord.visa_number == "MS3").deleted_at is not None
    assert dangling_references(db) == [] and items_without_travellers(db) == []
    assert [c.id for c in window.editor.detail.companions] == [wife]


def test_the_window_removes_the_items_with_the_companion_or_cancels(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case_id, wife, son = family(database)
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)

    answer_dialog(lambda dialog: press(dialog, "Cancel"))
    remove_in_window(qtbot, window, son)
    qtbot.wait(100)
    assert len(window.editor.patient.companions()) == 2 and not window.editor.is_dirty

    def remove(dialog: QWidget) -> None:
        assert dialog.remove.isChecked()          # removing is what the dialog offers first
        press(dialog, "Remove companion")
    answer_dialog(remove)
    remove_in_window(qtbot, window, son)
    qtbot.waitUntil(lambda: len(window.editor.patient.companions()) == 1)
    window.save_action.trigger()
    assert not window.editor.is_dirty

    assert by_title(case_id) == {"VN 300": ("patient", wife), "Hotel": ("patient", wife)}
    assert ItineraryItem.get(ItineraryItem.title == "VN 301").deleted_at is not None
    assert VisaRecord.get(VisaRecord.visa_number == "MS3").deleted_at is not None
    assert dangling_references(db) == [] and items_without_travellers(db) == []


def test_a_companion_with_nothing_to_take_along_goes_unasked(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case_id, wife, son = family(database)
    remove_companion(case_id, son)
    VisaRecord.delete().where(VisaRecord.companion == wife).execute()
    for item in list_items(case_id):                    # the wife's mentions gone by hand too
        save_item(case_id, Item(**{**item.__dict__, "travellers": ("patient",)}))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)
    remove_in_window(qtbot, window, wife)                # no dialog: nothing waits for an answer
    assert window.editor.patient.companions() == []
    window.save_action.trigger()
    assert Companion.get_by_id(wife).deleted_at is not None


def test_the_question_is_asked_in_japanese(qtbot, database: Path, settings, japanese_ui) -> None:  # type: ignore[no-untyped-def]
    case_id, wife, son = family(database)
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)
    seen = {}

    def look(dialog: QWidget) -> None:
        seen["texts"] = [dialog.windowTitle(), dialog.remove.text(), dialog.reassign.text()]
        press(dialog, dialog.ok.text())
    answer_dialog(look)
    remove_in_window(qtbot, window, son)
    qtbot.waitUntil(lambda: "texts" in seen)
    assert all(not t.isascii() for t in seen["texts"]), seen


def test_an_item_for_a_companion_removed_at_another_seat_is_refused_with_a_message(
        qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case_id, wife, son = family(database)
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)
    open_tab(qtbot, window, window.editor.tabs.indexOf(window.editor.itinerary))
    tab = window.editor.itinerary
    remove_companion(case_id, son, user="suzuki")             # another coordinator, another seat
    before = ItineraryItem.select().count()

    def for_the_son(dialog: QWidget) -> None:
        type_text(qtbot, dialog.title, "Bus to the airport")
        type_text(qtbot, dialog.starts, "2027-05-21 10:00")
        tick(qtbot, dialog.who, 0)                    # the patient off,
        tick(qtbot, dialog.who, 2)                    # the son (still listed here) on
        assert dialog.who.values() == [son]
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    answer_dialog(for_the_son)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.error.text().startswith("Not saved: a traveller of this item"))
    assert ItineraryItem.select().count() == before            # nothing saved, no crash
    assert dangling_references(db) == []
