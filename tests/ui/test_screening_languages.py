"""A screening shown in each of the window's seven languages: the verdict panel's criteria,
schedule and the row's title come from the rule set in the window's language, with no English
criterion text left (ko, vi and ru used to show the table's English); the facility's name too."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from hirt_desk.rules import get_rule_set
from hirt_desk.ui.i18n import UI_LANGUAGES
from tests.ui.helpers import choose
from tests.ui.test_chinese_window import chinese_window, visible_texts


@pytest.mark.sqlite_only
@pytest.mark.parametrize("ui_language", UI_LANGUAGES, indirect=True)
def test_a_screening_speaks_the_window_language(qtbot, database: Path, settings,  # type: ignore[no-untyped-def]
                                               ui_language: str) -> None:
    window = chinese_window(qtbot, database, settings, 2)
    tab = window.editor.diagnosis
    site = tab.editors["site"].widget
    choose(qtbot, site, site.itemText(site.findData("lung")))
    choose(qtbot, tab.editors["stage"].widget, "IB")
    rules = get_rule_set("ghmc")
    row = rules.indications["lung"]
    criteria = [rules.site, *rules.common, *row.criteria]
    shown = html.unescape(tab.panel.criteria.text())
    by_id = {c.id: c for c in criteria}
    assert sorted(cid for cid, _status, _text in tab.panel.rows) == sorted(by_id)
    assert all(text == by_id[cid].text.get(ui_language) for cid, _status, text in tab.panel.rows)
    for c in criteria:
        assert c.text.get(ui_language) in shown
    assert tab.specific_box.title() == row.title.get(ui_language)
    facility = window.case_list.facility_filter.itemText(1)        # the facility's name, too
    assert window.editor.overview.facility.text() == facility
    if ui_language == "en":
        assert facility == "Gunma University Heavy Ion Medical Center"
        return
    assert facility != "Gunma University Heavy Ion Medical Center"
    everything = "\n".join([shown, tab.specific_box.title(), *visible_texts(tab)])
    english = [c.text.en for c in criteria if c.text.en in everything]
    assert english == []
    assert "fraction" not in tab.panel.schedule.text() and "week" not in tab.panel.schedule.text()
