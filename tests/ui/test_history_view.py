"""The History tab: who changed what and when, newest first, filtered by field and by person,
refreshed after each save."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from hirt_desk.actions.case_detail import CompanionData, load_case, save_case
from hirt_desk.actions.cases import PatientData, change_status, create_case
from hirt_desk.actions.history import case_history
from hirt_desk.store import audit
from hirt_desk.ui.history_model import HistoryModel
from tests.ui.helpers import choose, replace_text
from tests.ui.test_case_workflow import make_window, open_tab, select_case


def a_case_with_a_past() -> str:
    case = create_case(PatientData("NGUYEN", "VAN AN", "Nguyễn Văn An", "M", date(1958, 2, 1), "VN",
                                   phone="+84 912 345 678"), user="sato")
    detail = load_case(case.id)
    save_case(case.id, patient=detail.patient, facts={"site": "liver", "ecog": 1, "measurable": True},
              companions=[CompanionData("NGUYEN", "THI HOA", relation="spouse")], coordinator="",
              packet_language="en", base=detail, user="suzuki")
    detail = load_case(case.id)
    save_case(case.id, patient=replace(detail.patient, email="an@example.com"), facts=detail.facts,
              companions=[], coordinator="", packet_language="en", base=detail, user="suzuki")
    change_status(case.id, "records", user="tanaka")
    return case.id


def table(model: HistoryModel) -> list[tuple[str, ...]]:
    return [tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def test_the_model(qtmodeltester, database: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = a_case_with_a_past()
    model = HistoryModel()
    model.set_history(case_history(case_id))
    qtmodeltester.check(model, force_py=True)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "When", "Who", "What", "Field", "Before", "After"]
    rows = table(model)
    assert rows[0][1:] == ("tanaka", "Case", "Status", "Inquiry", "Records")       # newest first
    assert rows[-1][1:] == ("sato", "Patient", "Added", "", "Nguyễn Văn An")
    assert ("suzuki", "Companion NGUYEN THI HOA", "Removed", "NGUYEN THI HOA", "") in [r[1:] for r in rows]
    assert ("suzuki", "Case", "Measurable on imaging", "—", "Yes") in [r[1:] for r in rows]
    assert ("suzuki", "Screening", "Added", "", "Needs information") in [r[1:] for r in rows]
    assert model.people() == ["sato", "suzuki", "tanaka"]
    model.set_filter(person="tanaka")                 # the tester goes on watching the model
    assert {r[1] for r in table(model)} == {"tanaka"} and model.rowCount() == 2
    model.set_filter(field="E-mail")
    assert [r[3:] for r in table(model)] == [("E-mail", "—", "an@example.com")]


def test_history_in_the_window(qtbot, database: Path, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case_id = a_case_with_a_past()
    monkeypatch.setattr(audit, "current_user", lambda: "kobayashi")
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)
    editor = window.editor
    replace_text(qtbot, editor.patient.form.phone, "+84 987 654 321")
    qtbot.keyClick(editor.patient.form.phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.is_dirty, editor.message.text()

    open_tab(qtbot, window, editor.tabs.indexOf(editor.history))
    assert editor.tabs.tabText(editor.tabs.currentIndex()) == "History"
    tab = editor.history
    assert tab.table.isVisible()
    first = table(tab.model)[0]
    assert first[1:] == ("kobayashi", "Patient", "Phone", "+84 912 345 678", "+84 987 654 321")
    total = tab.model.rowCount()
    assert tab.count.text() == f"{total} changes"

    choose(qtbot, tab.person, "suzuki")
    rows = table(tab.model)
    assert rows and {r[1] for r in rows} == {"suzuki"} and len(rows) < total
    assert tab.count.text() == f"{len(rows)} changes"
    choose(qtbot, tab.field, "Phone")
    assert table(tab.model) == []                        # suzuki never changed the phone
    choose(qtbot, tab.person, "Everyone")
    assert [r[1] for r in table(tab.model)] == ["kobayashi"]

    choose(qtbot, tab.field, "All fields")
    replace_text(qtbot, editor.patient.form.email, "van.an@example.com")    # saved again: refreshed
    qtbot.keyClick(editor.patient.form.email, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.is_dirty
    assert table(tab.model)[0][3:] == ("E-mail", "an@example.com", "van.an@example.com")
    assert tab.model.rowCount() == total + 1
