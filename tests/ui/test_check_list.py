"""Values to tick (CheckList): one widget for a list fact, a traveller's languages and the
travellers of an itinerary item."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from hirt_desk.rules.facts import FACTS
from hirt_desk.ui.diagnosis_tab import FactEditor
from hirt_desk.ui.fields import CheckList


def tick(qtbot, ticks: CheckList, row: int) -> None:  # type: ignore[no-untyped-def]
    """Click a value's check box, as a user does."""
    rect = ticks.visualItemRect(ticks.item(row))
    qtbot.mouseClick(ticks.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.topLeft() + QPoint(8, rect.height() // 2))      # on the check box


def test_ticking_and_setting_values(qtbot) -> None:  # type: ignore[no-untyped-def]
    ticks = CheckList([("Thai", "th"), ("English", "en"), ("Korean", "ko")], height=64)
    qtbot.addWidget(ticks)
    ticks.show()
    with qtbot.waitSignal(ticks.changed):
        tick(qtbot, ticks, 2)
    assert ticks.values() == ["ko"]
    with qtbot.assertNotEmitted(ticks.changed):
        ticks.set_values(["en", "th"])
    assert ticks.values() == ["th", "en"]              # in the order offered
    ticks.set_values([])
    assert ticks.values() == []


def test_a_list_fact_reads_and_writes_through_its_check_list(qtbot) -> None:  # type: ignore[no-untyped-def]
    fact = next(f for f in FACTS if f.kind == "text_list")
    parent = QWidget()
    qtbot.addWidget(parent)
    changes = []
    editor = FactEditor(fact, parent, lambda: changes.append(1))
    assert isinstance(editor.widget, CheckList) and editor.value() is None
    editor.set_value([fact.choices[1]])
    assert editor.value() == [fact.choices[1]] and changes == []    # loading is not an edit
    editor.widget.show()
    tick(qtbot, editor.widget, 0)
    assert editor.value() == [fact.choices[0], fact.choices[1]] and changes == [1]
