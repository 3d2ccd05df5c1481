"""The window and its dialogs on a laptop screen (1280x720, 1366x768) in English, Japanese and
Chinese: nothing cut off, no horizontal scrollbar, no window taller than the screen, and the
Chinese window in Chinese (facts, criteria, schedules, holidays), not English."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.actions.demo import add_demo_cases
from hirt_desk.ui import fit
from hirt_desk.ui.case_list_model import COLUMNS
from hirt_desk.ui.main_window import MainWindow
from tests.ui.helpers import choose
from tests.ui.test_case_workflow import make_window, open_tab, select_case

ROOT = Path(__file__).resolve().parents[2]
TASKBAR = 40                # what a laptop's taskbar takes off the screen (as packaging/screenshots.py)
SIZES = [(1280, 720), (1366, 768)]


def laptop(qtbot, database: Path, settings, size: tuple[int, int]) -> tuple[MainWindow, QSize]:  # type: ignore[no-untyped-def]
    """The window maximized on a laptop screen: the screen less its taskbar and the window's
    title bar. Returns the window and the room a window has on that screen."""
    window = make_window(qtbot, database, settings)
    room = QSize(size[0], size[1] - TASKBAR)
    window.resize(room.width(), room.height() - fit.TITLE_BAR)
    QApplication.processEvents()
    wanted = QSize(room.width(), room.height() - fit.TITLE_BAR)
    assert window.size() == wanted, "the window's minimum size is larger than the screen"
    return window, room


def settled(window: QWidget, room: QSize) -> list[str]:
    """What does not fit once the layouts have caught up with the last click."""
    for _ in range(3):
        QApplication.processEvents()
    return fit.problems(window, room)


def visible_texts(widget: QWidget) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel) if w.isVisible() and w.text()]


@pytest.mark.sqlite_only
@pytest.mark.parametrize("size", SIZES, ids=["1280x720", "1366x768"])
@pytest.mark.parametrize("ui_language", ["en", "ja", "zh_Hans", "zh_Hant"], indirect=True)
def test_every_tab_fits_a_laptop_screen(qtbot, database: Path, settings, ui_language: str,  # type: ignore[no-untyped-def]
                                        size: tuple[int, int]) -> None:
    add_demo_cases(20, seed=7, today=date(2027, 3, 1), user="demo")
    window, room = laptop(qtbot, database, settings, size)
    rows = [window.model.row_at(i) for i in range(window.model.rowCount())]
    busy = next(r for r in rows if r.status in ("travel", "in_japan", "accepted", "in_treatment"))
    select_case(qtbot, window, busy.id)
    assert settled(window, room) == []
    for index in range(window.editor.tabs.count()):
        open_tab(qtbot, window, index)
        assert settled(window, room) == [], window.editor.tabs.tabText(index)
    open_tab(qtbot, window, 2)
    site = window.editor.diagnosis.editors["site"].widget
    for code in ("prostate", "liver", "sarcoma", "oligo_recurrence"):     # each site's own facts
        choose(qtbot, site, site.itemText(site.findData(code)))
        assert settled(window, room) == [], code


@pytest.mark.parametrize("language", ["en", "ja", "zh_Hans", "zh_Hant"])
def test_every_view_and_dialog_fits_a_1280x720_screen(tmp_path: Path, language: str) -> None:
    """The screenshot tool on a real 1280x720 offscreen screen (taskbar off): the window at the
    size it opens with, every tab and every dialog, each measured with fit.problems. Only Qt's
    own file dialog has a horizontal scrollbar (its sidebar shows the temporary folder's long
    name)."""
    out = subprocess.run([sys.executable, str(ROOT / "packaging" / "screenshots.py"), str(tmp_path),
                          "--size", "1280x720", "--lang", language, "--cases", "20"],
                         capture_output=True, text=True, timeout=240, cwd=ROOT,
                         env={**_environment(), "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr[-2000:]
    shots = {Path(line).stem for line in out.stdout.splitlines() if line.endswith(".png")}
    assert {"window", "tab-diagnosis", "tab-visa", "tab-history", "dialog-new-case", "dialog-settings-staff",
            "dialog-merge", "dialog-item", "dialog-companion", "dialog-packet", "dialog-passphrase",
            "dialog-who", "dialog-help", "dialog-save-pdf"} <= shots
    problems = [line.strip() for line in out.stdout.splitlines()
                if line.startswith("    ") and not line.strip().startswith("English?")]
    assert [p for p in problems if not p.startswith("QListView#sidebar:")] == []


def _environment() -> dict[str, str]:
    import os
    return {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}


@pytest.mark.sqlite_only
@pytest.mark.parametrize("ui_language", ["zh_Hans"], indirect=True)
def test_a_long_name_in_the_case_list_at_1280_pixels(qtbot, database: Path, settings,  # type: ignore[no-untyped-def]
                                                      ui_language: str) -> None:
    add_demo_cases(12, seed=3, user="demo")
    long = create_case(PatientData("NGUYEN THI", "HOANG LAN", "阮氏黄兰", nationality="VN"))
    window, _room = laptop(qtbot, database, settings, (1280, 720))
    table = window.case_list.table
    header = table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    row = window.model.row_of(long.id)
    cell = window.model.index(row, COLUMNS.index("patient"))
    shown = cell.data()
    assert shown == "NGUYEN THI HOANG LAN  阮氏黄兰"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == shown      # whole, where the cell is too narrow
    # a name too long for the column is cut in its middle: the passport surname and the name in
    # its own script both stay in view
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle and not table.wordWrap()
    # the patients' names have room: wider than the number, status and reply columns together
    width = {name: header.sectionSize(COLUMNS.index(name)) for name in COLUMNS}
    assert width["patient"] >= 200
    metrics = table.fontMetrics()
    assert width["patient"] >= metrics.horizontalAdvance(shown) + 8, "the name would be cut at 1280 px"
    # the other columns show what they hold whole
    for name in ("number", "status", "reply_due"):
        column = COLUMNS.index(name)
        assert not header.isSectionHidden(column)
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), name


@pytest.mark.sqlite_only
@pytest.mark.parametrize("ui_language", ["ja"], indirect=True)
def test_an_existing_patient_with_a_long_name_is_found_whole(qtbot, database: Path,  # type: ignore[no-untyped-def]
                                                             ui_language: str) -> None:
    from hirt_desk.actions import cases
    from hirt_desk.ui.dialogs import NewCaseDialog
    from tests.ui.helpers import type_text
    create_case(PatientData("LKHAGVA", "TEMUULEN BAYARSAIKHAN", "Лхагва Тэмүүлэн Баярсайхан",
                            nationality="MN", passport_number="E5353448"))
    dialog = NewCaseDialog(cases.facility_choices("ja"), cases.find_patients)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.existing_radio, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.search, "LKH")
    item = dialog.results.item(0)
    assert item is not None and "E5353448" in item.text()
    assert item.toolTip() == item.text()                      # whole, also when the line is cut
    assert settled(dialog, QSize(1280, 680)) == []           # no horizontal scrollbar
    assert dialog.results.width() >= 480


@pytest.mark.parametrize("ui_language", ["zh_Hans"], indirect=True)
def test_every_language_to_tick_stays_in_view_in_a_narrow_dialog(qtbot, ui_language: str) -> None:  # type: ignore[no-untyped-def]
    """The companion dialog is one column wide: its languages wrap onto more rows, and the list
    grows with them instead of hiding the last row behind a scrollbar."""
    from hirt_desk.ui.patient_tab import CompanionDialog
    dialog = CompanionDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    ticks = dialog.form.languages
    assert settled(dialog, QSize(1280, 680)) == []
    assert not ticks.verticalScrollBar().isVisible()
    inside = ticks.viewport().rect()
    for i in range(ticks.count()):
        assert inside.contains(ticks.visualItemRect(ticks.item(i))), ticks.item(i).text()
    # wider, it needs fewer rows and gives the room back
    tall = ticks.height()
    dialog.resize(dialog.width() + 400, dialog.height())
    settled(dialog, QSize(1920, 1040))
    assert ticks.height() < tall


@pytest.mark.sqlite_only
def test_visa_findings_keep_their_height_as_they_come_and_go(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    """Three lines high whatever their number (more scroll): findings that come and go as the
    user works move no field of the travellers' forms under the mouse, and leave them the room
    on a 720-pixel screen."""
    add_demo_cases(40, seed=7, today=date.today(), user="demo")      # flights soon: things are late
    window, room = laptop(qtbot, database, settings, (1280, 720))
    rows = [window.model.row_at(i) for i in range(window.model.rowCount())]
    busy = [r.id for r in rows if r.status in ("visa", "travel", "in_japan", "accepted", "in_treatment")]
    seen = {}
    for case_id in busy:
        select_case(qtbot, window, case_id)
        open_tab(qtbot, window, 4)
        settled(window, room)
        visa = window.editor.visa
        first = visa.sections[0]
        seen[visa.findings.count()] = (visa.findings.height(), first.mapTo(window, first.rect().topLeft()))
    assert min(seen) <= 1 and max(seen) > 3, seen
    assert len(set(seen.values())) == 1, seen
    height = next(iter(seen.values()))[0]
    assert height <= 3 * window.editor.visa.findings.sizeHintForRow(0) + 10
