"""Two coordinators edit one case in two editors at once: the second save merges, and where both
changed a field, the merge dialog asks the second one what to keep."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hirt_desk.actions.case_detail import CompanionData, load_case, save_case
from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.actions.editing import MergeConflict
from hirt_desk.store import audit
from hirt_desk.store.models import Companion
from hirt_desk.ui.case_editor import CaseEditor
from hirt_desk.ui.merge_dialog import ConflictRow, MergeDialog
from tests.ui.helpers import answer_dialog, replace_text, type_text


@pytest.fixture
def case_id(database: Path) -> str:
    case = create_case(PatientData("NGUYEN", "VAN AN", "Nguyễn Văn An", "M", date(1958, 2, 1), "VN",
                                   "C1234567", phone="+84 912 345 678", email="an@example.com"),
                       user="sato")
    detail = load_case(case.id)
    save_case(case.id, patient=detail.patient, facts={"site": "liver", "ecog": 1},
              companions=[CompanionData("NGUYEN", "THI HOA", relation="spouse", nationality="VN",
                                        phone="+84 900 000 001")],
              coordinator="", packet_language="en", base=detail, user="sato")
    return case.id


@pytest.fixture
def as_user(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Who saves next: each editor saves under its coordinator's name."""
    def switch(name: str) -> None:
        monkeypatch.setattr(audit, "current_user", lambda: name)
    return switch


def open_editor(qtbot, case_id: str) -> CaseEditor:  # type: ignore[no-untyped-def]
    editor = CaseEditor()
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    editor.load(case_id)
    return editor


def press(dialog: QWidget, which: QDialogButtonBox.StandardButton) -> None:
    dialog.findChild(QDialogButtonBox).button(which).click()


def click(qtbot, button: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Click a button where its radio indicator (or its text) is."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def row_of(dialog: MergeDialog, what: str) -> ConflictRow:
    found = [r for r in dialog.rows if what in r.label.text()]
    assert len(found) == 1, [r.label.text() for r in dialog.rows]
    return found[0]


def no_merge_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("no merge dialog expected")
    monkeypatch.setattr("hirt_desk.ui.case_editor.MergeDialog", refuse)


def test_different_fields_merge(qtbot, case_id: str, as_user, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    mine, theirs = open_editor(qtbot, case_id), open_editor(qtbot, case_id)
    replace_text(qtbot, theirs.patient.form.phone, "+84 987 654 321")
    replace_text(qtbot, mine.patient.form.email, "van.an@example.com")
    replace_text(qtbot, mine.diagnosis.editors["ecog"].widget, "2")
    as_user("suzuki")
    assert theirs.save()
    no_merge_dialog(monkeypatch)
    as_user("sato")
    assert mine.save(), mine.message.text()
    now = load_case(case_id)
    assert (now.patient.phone, now.patient.email, now.facts["ecog"]) == (
        "+84 987 654 321", "van.an@example.com", 2)
    assert mine.patient.form.phone.text() == "+84 987 654 321"        # reloaded: theirs shown
    assert not mine.is_dirty


@pytest.mark.parametrize(("keep", "expected"), [("mine", "+84 981 111 111"),
                                                ("theirs", "+84 982 222 222"),
                                                ("merged", "+84 983 333 333")])
def test_the_same_field_asks_what_to_keep(qtbot, case_id: str, as_user, keep: str,  # type: ignore[no-untyped-def]
                                          expected: str) -> None:
    mine, theirs = open_editor(qtbot, case_id), open_editor(qtbot, case_id)
    replace_text(qtbot, theirs.patient.form.phone, "+84 982 222 222")
    replace_text(qtbot, mine.patient.form.phone, "+84 981 111 111")
    replace_text(qtbot, mine.patient.form.email, "van.an@example.com")
    as_user("suzuki")
    assert theirs.save()
    seen: list[tuple[str, str, str, str]] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, MergeDialog) and dialog.objectName() == "mergeDialog"
        [row] = dialog.rows
        seen.append((row.label.text(), row.base.text(), row.theirs_value.text(), row.yours_value.text()))
        if keep == "merged":
            assert row.edit is not None
            replace_text(qtbot, row.edit, expected)
            assert row.merged is not None and row.merged.isChecked()
        else:
            click(qtbot, row.yours if keep == "mine" else row.theirs)
        press(dialog, QDialogButtonBox.StandardButton.Ok)
    answer_dialog(answer)
    as_user("sato")
    assert mine.save(), mine.message.text()
    [(label, base, theirs_text, yours)] = seen
    assert "Phone" in label and base == "+84 912 345 678" and yours == "+84 981 111 111"
    assert "+84 982 222 222" in theirs_text and "suzuki" in theirs_text
    now = load_case(case_id)
    assert now.patient.phone == expected and now.patient.email == "van.an@example.com"
    assert mine.patient.form.phone.text() == expected and not mine.is_dirty


def test_cancel_keeps_the_edits_unsaved_and_a_new_conflict_asks_again(  # type: ignore[no-untyped-def]
        qtbot, case_id: str, as_user) -> None:
    mine, theirs = open_editor(qtbot, case_id), open_editor(qtbot, case_id)
    replace_text(qtbot, theirs.diagnosis.editors["ecog"].widget, "2")
    replace_text(qtbot, mine.diagnosis.editors["ecog"].widget, "0")
    replace_text(qtbot, mine.patient.form.email, "van.an@example.com")
    as_user("suzuki")
    assert theirs.save()

    labels: list[str] = []

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, MergeDialog)
        labels.extend(r.label.text() for r in dialog.rows)
        press(dialog, QDialogButtonBox.StandardButton.Cancel)
    answer_dialog(cancel)
    as_user("sato")
    assert not mine.save()
    assert labels == ["<b>ECOG performance status</b>"]
    assert mine.is_dirty and "Not saved" in mine.message.text()
    assert mine.diagnosis.facts()["ecog"] == 0 and load_case(case_id).facts["ecog"] == 2

    def keep_mine_while_someone_saves_the_email(dialog: QWidget) -> None:
        assert isinstance(dialog, MergeDialog)
        click(qtbot, dialog.rows[0].yours)
        other = load_case(case_id)            # a third coordinator saves meanwhile
        save_case(case_id, patient=replace(other.patient, email="nguyen@example.org"),
                  companions=other.companions, facts=other.facts, coordinator=other.coordinator,
                  packet_language=other.packet_language, base=other, user="tanaka")
        answer_dialog(keep_theirs)             # the next save meets the email: asked again
        press(dialog, QDialogButtonBox.StandardButton.Ok)

    again: list[str] = []

    def keep_theirs(dialog: QWidget) -> None:
        assert isinstance(dialog, MergeDialog)
        [row] = dialog.rows
        again.append(row.theirs_value.text())
        click(qtbot, row.theirs)
        press(dialog, QDialogButtonBox.StandardButton.Ok)
    answer_dialog(keep_mine_while_someone_saves_the_email)
    assert mine.save(), mine.message.text()
    assert len(again) == 1 and "tanaka" in again[0]
    now = load_case(case_id)
    assert now.facts["ecog"] == 0 and now.patient.email == "nguyen@example.org"
    assert not mine.is_dirty


def test_a_choice_is_needed_for_every_field(qtbot, case_id: str, as_user) -> None:  # type: ignore[no-untyped-def]
    mine, theirs = open_editor(qtbot, case_id), open_editor(qtbot, case_id)
    replace_text(qtbot, theirs.patient.form.birth, "1958-02-03")
    replace_text(qtbot, mine.patient.form.birth, "1958-03-01")
    as_user("suzuki")
    assert theirs.save()

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, MergeDialog)
        press(dialog, QDialogButtonBox.StandardButton.Ok)        # nothing chosen yet
        assert dialog.isVisible() and dialog.rows[0].message.text() == "Choose what to keep."
        edit = dialog.rows[0].edit
        assert edit is not None
        replace_text(qtbot, edit, "1958-02-30")
        press(dialog, QDialogButtonBox.StandardButton.Ok)
        assert dialog.isVisible() and "YYYY-MM-DD" in dialog.rows[0].message.text()
        replace_text(qtbot, edit, "1958-02-28")
        press(dialog, QDialogButtonBox.StandardButton.Ok)
    answer_dialog(answer)
    as_user("sato")
    assert mine.save()
    assert load_case(case_id).patient.date_of_birth == date(1958, 2, 28)


def add_companion(qtbot, editor: CaseEditor, surname: str, given: str) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: QWidget) -> None:
        type_text(qtbot, dialog.form.surname, surname)
        type_text(qtbot, dialog.form.given, given)
        press(dialog, QDialogButtonBox.StandardButton.Ok)
    answer_dialog(fill)
    click(qtbot, editor.patient.add_button)


def edit_companion_phone(qtbot, editor: CaseEditor, row: int, phone: str) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: QWidget) -> None:
        replace_text(qtbot, dialog.form.phone, phone)
        press(dialog, QDialogButtonBox.StandardButton.Ok)
    editor.patient.table.selectRow(row)
    answer_dialog(fill)
    click(qtbot, editor.patient.edit_button)


def test_a_companion_added_by_one_and_another_edited_by_the_other(  # type: ignore[no-untyped-def]
        qtbot, case_id: str, as_user, monkeypatch) -> None:
    mine, theirs = open_editor(qtbot, case_id), open_editor(qtbot, case_id)
    add_companion(qtbot, theirs, "nguyen", "van binh")
    edit_companion_phone(qtbot, mine, 0, "+84 901 234 567")
    assert theirs.is_dirty and mine.is_dirty
    as_user("suzuki")
    assert theirs.save()
    no_merge_dialog(monkeypatch)
    as_user("sato")
    assert mine.save(), mine.message.text()
    companions = {c.given_names_latin: c.phone for c in load_case(case_id).companions}
    assert companions == {"THI HOA": "+84 901 234 567", "VAN BINH": ""}
    assert mine.patient.table.rowCount() == 2                         # reloaded: both shown


def test_editing_a_companion_the_other_removed(qtbot, case_id: str, as_user) -> None:  # type: ignore[no-untyped-def]
    spouse = load_case(case_id).companions[0].id
    mine, theirs = open_editor(qtbot, case_id), open_editor(qtbot, case_id)
    theirs.patient.table.selectRow(0)
    click(qtbot, theirs.patient.remove_button)
    edit_companion_phone(qtbot, mine, 0, "+84 901 234 567")
    as_user("suzuki")
    assert theirs.save()
    said: list[str] = []

    def keep_it(dialog: QWidget) -> None:
        assert isinstance(dialog, MergeDialog)
        row = row_of(dialog, "Companion")
        said.append(row.label.text() + " " + row.theirs_value.text())
        assert row.theirs.text() == "Remove it" and row.merged is None
        click(qtbot, row.yours)
        press(dialog, QDialogButtonBox.StandardButton.Ok)
    answer_dialog(keep_it)
    as_user("sato")
    assert mine.save(), mine.message.text()
    assert "THI HOA" in said[0] and "Removed by suzuki" in said[0] and "Phone" in said[0]
    [kept] = load_case(case_id).companions
    assert (kept.given_names_latin, kept.phone) == ("THI HOA", "+84 901 234 567") and kept.id != spouse
    assert Companion.get_by_id(spouse).deleted_by == "suzuki"


def test_removing_a_companion_the_other_edited(qtbot, case_id: str, as_user) -> None:  # type: ignore[no-untyped-def]
    mine, theirs = open_editor(qtbot, case_id), open_editor(qtbot, case_id)
    edit_companion_phone(qtbot, theirs, 0, "+84 901 234 567")
    mine.patient.table.selectRow(0)
    click(qtbot, mine.patient.remove_button)
    as_user("suzuki")
    assert theirs.save()

    def remove_it(dialog: QWidget) -> None:
        assert isinstance(dialog, MergeDialog)
        row = row_of(dialog, "Companion")
        assert "Changed by suzuki" in row.theirs_value.text()
        assert row.yours.text() == "Remove it"
        click(qtbot, row.yours)
        press(dialog, QDialogButtonBox.StandardButton.Ok)
    answer_dialog(remove_it)
    as_user("sato")
    assert mine.save(), mine.message.text()
    assert load_case(case_id).companions == [] and mine.patient.table.rowCount() == 0


def test_the_dialog_speaks_japanese(qtbot, case_id: str, japanese_ui) -> None:  # type: ignore[no-untyped-def]
    mine, theirs = load_case(case_id), load_case(case_id)

    def save(detail, user: str, **changes):  # type: ignore[no-untyped-def]
        values = {"patient": detail.patient, "companions": detail.companions, "facts": detail.facts,
                  "coordinator": detail.coordinator, "packet_language": detail.packet_language, **changes}
        save_case(detail.id, base=detail, user=user, **values)
    save(theirs, "suzuki", patient=replace(theirs.patient, phone="+84 901 112 233"),
         facts={**theirs.facts, "ecog": 2},
         companions=[replace(theirs.companions[0], phone="+84 905 556 677")])
    with pytest.raises(MergeConflict) as raised:
        save(mine, "sato", patient=replace(mine.patient, phone="+84 987 654 321"),
             facts={**mine.facts, "ecog": 0}, companions=[])
    dialog = MergeDialog(raised.value.conflicts, {mine.companions[0].id or "": "NGUYEN THI HOA"})
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "ほかの人がこの症例を変更しました"
    assert [r.label.text() for r in dialog.rows] == ["<b>患者: 電話</b>", "<b>ECOG PS</b>",
                                                     "<b>同行者 NGUYEN THI HOA</b>"]
    assert dialog.rows[0].yours.text() == "自分の値を残す"
    said = dialog.rows[2].theirs_value.text()
    assert "suzuki" in said and "変更しました" in said
