"""The window in Chinese (Simplified and Traditional): the diagnosis form, the screening and
the calendar in Chinese, not in the English the data falls back to."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.rules import get_rule_set
from hirt_desk.rules.facts import FACTS
from hirt_desk.ui import labels
from tests.ui.helpers import choose, type_text
from tests.ui.test_case_workflow import make_window, open_tab, select_case


def chinese_window(qtbot, database: Path, settings, tab: int):  # type: ignore[no-untyped-def]
    case = create_case(PatientData("WANG", "JUN", "王军", nationality="CN"))
    window = make_window(qtbot, database, settings)
    window.resize(1280, 648)
    select_case(qtbot, window, case.id)
    open_tab(qtbot, window, tab)
    return window


def visible_texts(widget: QWidget) -> list[str]:
    QApplication.processEvents()
    return [w.text() for w in widget.findChildren(QLabel) if w.isVisible() and w.text()]


def test_every_fact_of_the_vocabulary_has_a_label_to_translate() -> None:
    assert labels.FACT_LABELS == {f.name: f.label_en for f in FACTS}


@pytest.mark.sqlite_only
@pytest.mark.parametrize("ui_language", ["zh_Hans", "zh_Hant"], indirect=True)
def test_the_chinese_window_screens_in_chinese(qtbot, database: Path, settings,  # type: ignore[no-untyped-def]
                                               ui_language: str) -> None:
    window = chinese_window(qtbot, database, settings, 2)
    tab = window.editor.diagnosis
    site = tab.editors["site"].widget
    choose(qtbot, site, site.itemText(site.findData("lung")))
    choose(qtbot, tab.editors["stage"].widget, "IB")
    shown = "\n".join(visible_texts(tab))
    english = [f.label_en for f in FACTS if f.label_en in shown]
    rules = get_rule_set("ghmc")
    english += [c.text.en for c in (*rules.common, *rules.indications["lung"].criteria) if c.text.en in shown]
    assert english == []
    assert tab.specific_box.title() == "肺癌"
    hans = ui_language == "zh_Hans"
    assert tab.panel.schedule.text() == ("治疗日程：1周4次" if hans else "治療日程：1週4次")
    criteria = tab.panel.criteria.text()
    assert ("可测量的肿瘤" if ui_language == "zh_Hans" else "可測量的腫瘤") in criteria
    assert ("影像学可测量" if ui_language == "zh_Hans" else "影像學可測量") in shown
    choose(qtbot, site, site.itemText(site.findData("oligo_recurrence")))
    missing = tab.panel.missing.text()
    assert "、" in missing and ", " not in missing              # listed as Chinese lists


@pytest.mark.sqlite_only
@pytest.mark.parametrize("ui_language", ["zh_Hans"], indirect=True)
def test_the_chinese_calendar_names_the_holidays_in_chinese(qtbot, database: Path, settings,  # type: ignore[no-untyped-def]
                                                            ui_language: str) -> None:
    window = chinese_window(qtbot, database, settings, 3)
    tab = window.editor.itinerary
    type_text(qtbot, tab.first_session, "2027-03-22")            # a substitute holiday, a Monday
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    assert "补休日" in tab.plan_message.text()
    assert tab.holidays.text() == "法定节假日：2027年3月21日 春分日; 2027年3月22日 补休日"


