"""The duplicate reasons in the user's language (issue 21): in a Japanese window the Duplicates
view and the warning at entry say why two records may be one person in Japanese, with the names
and dates as they are, and no English sentence left over."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.persons.reasons import ENGLISH, Reason
from hirt_desk.ui.main_window import MainWindow
from hirt_desk.ui.reason_text import reason_text
from tests.ui.helpers import answer_dialog
from tests.ui.test_case_workflow import make_window
from tests.ui.test_duplicate_persons import WANG, returning_patient, two_records, type_second_wang_wei

ENGLISH_WORDS = re.compile(r"\b[a-z]{3,}\b")      # names are capitals, dates digits: words are English


def no_english(text: str) -> None:
    assert ENGLISH_WORDS.findall(text) == [], text


def show_duplicates(qtbot, window: MainWindow, rows: int) -> QWidget:  # type: ignore[no-untyped-def]
    window.duplicates_action.trigger()
    dialog = window.findChild(QWidget, "duplicatesDialog")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == rows, timeout=10000)
    return dialog


@pytest.mark.sqlite_only
def test_the_duplicates_view_gives_its_reasons_in_japanese(  # type: ignore[no-untyped-def]
        qtbot, database: Path, settings, japanese_ui) -> None:
    two_records(None)
    create_case(PatientData("PARK", "JIYOUNG", "", "F", date(1980, 1, 2), "KR"), user="sato")
    create_case(PatientData("PAK", "JI YEONG", "박지영", "F", date(1980, 1, 2), "KR"), user="sato")
    window = make_window(qtbot, database, settings)
    dialog = show_duplicates(qtbot, window, 2)
    dialog.resize(1200, 500)
    QApplication.processEvents()
    dialog.grab().save("/tmp/reasons-duplicates-ja.png")
    model = dialog.model
    shown = {model.index(r, 1).data() + model.index(r, 2).data(): model.index(r, 3).data()
             for r in range(model.rowCount())}
    wang = next(t for who, t in shown.items() if "WANG" in who)
    park = next(t for who, t in shown.items() if "PARK" in who)
    assert wang == "名前が同じ（WANG WEI）; 生年月日が同じ（1961-03-14）; 国籍が同じ"
    assert "박지영 の読みは PARK JIYEONG（박 は PARK とも綴る）" in park
    for r in range(model.rowCount()):
        no_english(model.index(r, 3).data())
        no_english(model.index(r, 3).data(Qt.ItemDataRole.ToolTipRole))
        assert model.index(r, 3).data(Qt.ItemDataRole.ToolTipRole).count("\n") >= 2
    dialog.close()
    QApplication.processEvents()


@pytest.mark.sqlite_only
def test_the_warning_at_entry_gives_its_reasons_in_japanese(  # type: ignore[no-untyped-def]
        qtbot, database: Path, settings, japanese_ui) -> None:
    returning_patient()
    window = make_window(qtbot, database, settings)
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        panel = type_second_wang_wei(qtbot, dialog)
        row = panel.rows[0]
        seen["reasons"] = row.text.toolTip()
        seen["text"] = row.text.text()
        dialog.grab().save("/tmp/reasons-entry-ja.png")
        dialog.reject()
    answer_dialog(fill)
    window.new_action.trigger()
    assert WANG.name_native in seen["text"]
    reasons = seen["reasons"].split("\n")
    assert "自国の文字での名前が同じ（王伟）" in reasons and "生年月日が同じ（1961-03-14）" in reasons
    no_english(seen["reasons"])


def test_every_reason_has_a_japanese_text(japanese_ui) -> None:  # type: ignore[no-untyped-def]
    values = {"a": "A", "b": "B", "date": "1961-03-14", "names": "王伟", "name": "WANG WEI",
              "native": "王伟", "latin": "WANG WEI", "surname": "王", "spelling": "WONG"}
    for code in ENGLISH:
        params = {k: v for k, v in values.items() if "{" + k + "}" in ENGLISH[code]}
        if "{system}" in ENGLISH[code]:
            params["system"] = "cantonese"
        reason = Reason(code, **params)
        said = reason_text(reason)
        assert "%" not in said and said != str(reason), code
        no_english(said)
        assert all(v in said for k, v in params.items() if k != "system"), (code, said)
