"""Reports in the window (issue 22): open them from the menu, change a filter and the report, see
the table and the chart, export XLSX and PDF (the file dialog answered); export the case list as
shown; screenshots of a chart with Chinese and Japanese labels; a coordinator on the office server
is not offered reports, a manager is."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog, QLineEdit

from hirt_desk.ui import fit
from hirt_desk.ui.main_window import MainWindow
from tests.actions.test_reports import agency
from tests.ui.helpers import answer_dialog, choose, replace_text, type_text
from tests.ui.test_main_window import make_window


def answer_save(monkeypatch: pytest.MonkeyPatch, out: Path) -> list[str]:
    """The next save dialogs answer `out`; returns the captions asked."""
    asked: list[str] = []

    def save(parent: Any, caption: str = "", *rest: Any) -> tuple[str, str]:
        asked.append(caption)
        return str(out), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    return asked


def cells(window: Any) -> list[list[str]]:
    model = window.table_model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def settle(qtbot, reports: Any) -> None:  # type: ignore[no-untyped-def]
    """Wait until the figures asked for last are shown (they are read in the background)."""
    qtbot.waitUntil(lambda: not reports.busy, timeout=10000)


def open_reports(qtbot, window: MainWindow) -> Any:  # type: ignore[no-untyped-def]
    assert window.reports_action.isVisible()
    window.reports_action.trigger()
    reports = window.reports_window
    assert reports is not None and reports.isVisible()
    settle(qtbot, reports)
    return reports


def test_a_manager_opens_a_report_changes_filters_and_exports(qtbot, database: Path, settings,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path, monkeypatch) -> None:
    agency()
    window = make_window(qtbot, database, settings)
    reports = open_reports(qtbot, window)
    assert reports.start.date().month() == 1 and reports.start.date().day() == 1   # this year so far
    reports.start.setFocus()                   # the year is the field in the date the keys change
    for _year in range(reports.start.date().year() - 2025):
        qtbot.keyClick(reports.start, Qt.Key.Key_Down)
    reports.end.setFocus()
    qtbot.keyClick(reports.end, Qt.Key.Key_Up)
    assert reports.start.date() == QDate(2025, 1, 1)
    settle(qtbot, reports)
    assert [reports.table_model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Nationality", "Year", "Inquiries", "Treated"]
    assert cells(reports) == [["China", "2025", "2", "1"], ["Vietnam", "2025", "1", "0"],
                              ["China", "2026", "1", "1"], ["Russia", "2026", "1", "0"]]
    ticks = [t.get_text() for t in reports.canvas.figure.axes[0].get_xticklabels()]
    assert ticks == ["China", "Russia", "Vietnam"]      # most inquiries first
    summary = reports.summary.text()
    assert summary.startswith("Receivables on ") and summary.endswith(": ¥0 · replies within 5 days: 60.0%")

    replace_text(qtbot, reports.nationality, "cn")
    reports.nationality.editingFinished.emit()
    settle(qtbot, reports)
    assert [row[0] for row in cells(reports)] == ["China", "China"]
    replace_text(qtbot, reports.nationality, "")
    reports.nationality.editingFinished.emit()
    settle(qtbot, reports)
    choose(qtbot, reports.choice, "Where cases ended")
    assert cells(reports) == [["Declined", "Records", "1"], ["Not indicated", "Inquiry", "1"]]

    replace_text(qtbot, reports.nationality, "C")
    reports.nationality.editingFinished.emit()
    settle(qtbot, reports)
    assert reports.problem.isVisible() and "two-letter" in reports.problem.text()
    replace_text(qtbot, reports.nationality, "")
    reports.nationality.editingFinished.emit()
    settle(qtbot, reports)
    assert not reports.problem.isVisible()

    out = tmp_path / "figures.xlsx"
    asked = answer_save(monkeypatch, out)
    with qtbot.waitSignal(reports.written, timeout=20000):
        qtbot.mouseClick(reports.export_button, Qt.MouseButton.LeftButton)
    assert asked == ["Export the report"]
    assert reports.reading.text() == f"Saved as {out}."
    book = load_workbook(out)
    assert list(book["by_nationality_year"].iter_rows(values_only=True))[1] == ("China", 2025, 2, 1)
    assert list(book["endings"].iter_rows(values_only=True))[1] == ("Declined", "Records", 1)

    pdf = tmp_path / "figures"
    answer_save(monkeypatch, pdf)
    with qtbot.waitSignal(reports.written, timeout=30000):
        qtbot.mouseClick(reports.pdf_button, Qt.MouseButton.LeftButton)
    text = subprocess.run(["pdftotext", "-layout", str(pdf.with_suffix(".pdf")), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Cases by nationality and year" in text and "China" in text and "Russia" in text

    printed = tmp_path / "printed.pdf"

    def print_to_file(print_dialog: Any) -> None:
        assert isinstance(print_dialog, QPrintDialog)
        # to a file, explicitly: the machine's default printer may be a real queue
        choose(qtbot, print_dialog.findChild(QComboBox, "printers"), "Print to File (PDF)")
        name = print_dialog.findChild(QLineEdit, "filename")
        name.clear()
        type_text(qtbot, name, str(printed))
        print_dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    answer_dialog(print_to_file)
    with qtbot.waitSignal(reports.printed, timeout=60000) as signal:
        qtbot.mouseClick(reports.print_button, Qt.MouseButton.LeftButton)
    pages = signal.args[0]
    assert pages == len(pdfium.PdfDocument(str(pdf.with_suffix(".pdf")))) and pages >= 2
    assert len(pdfium.PdfDocument(str(printed))) == pages
    assert reports.reading.text() == f"{pages} pages printed: {printed}."
    assert reports.printing is None

    answer_save(monkeypatch, tmp_path / "figures.docx")
    qtbot.mouseClick(reports.export_button, Qt.MouseButton.LeftButton)
    assert reports.problem.text() == "Choose a name ending in .csv, .xlsx or .pdf."
    assert not (tmp_path / "figures.docx").exists()
    reports.grab().save("/tmp/reports-en.png")
    reports.close()


def test_the_case_list_is_exported_as_shown(qtbot, database: Path, settings, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            monkeypatch) -> None:
    agency()
    window = make_window(qtbot, database, settings)
    choose(qtbot, window.case_list.status_filter, "In Japan")
    qtbot.waitUntil(lambda: window.model.total == 1)
    out = tmp_path / "list.csv"
    answer_save(monkeypatch, out)
    window.export_list_action.trigger()
    lines = list(csv.reader(out.read_text("utf-8-sig").splitlines()))
    assert lines[0] == ["Case", "Patient", "Nationality", "Site", "Facility", "Status", "Reply due",
                        "Next date"]
    assert len(lines) == 2
    number, patient, nationality, site, facility, status, _due, next_date = lines[1]
    assert (patient, nationality, site, facility, status) == ("TEST CN", "CN", "Lung", "GHMC", "In Japan")
    assert number == window.model.index(0, 0).data() and next_date == ""      # its sessions are past
    choose(qtbot, window.case_list.status_filter, "All statuses")
    qtbot.waitUntil(lambda: window.model.total == 6)
    out = tmp_path / "list.xlsx"
    answer_save(monkeypatch, out)
    window.export_list_action.trigger()
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == 7 and sorted(r[2] for r in rows[1:]) == ["CN", "CN", "CN", "CN", "RU", "VN"]
    assert "exported" in window.statusBar().currentMessage()


@pytest.mark.parametrize("ui_language", ["en", "ja", "zh_Hans"], indirect=True)
def test_chart_labels_in_chinese_and_japanese(qtbot, database: Path, settings, ui_language,  # type: ignore[no-untyped-def]
                                              tmp_path: Path) -> None:
    agency()
    window = make_window(qtbot, database, settings)
    reports = open_reports(qtbot, window)
    reports.start.setDate(QDate(2025, 1, 1))
    settle(qtbot, reports)
    reports.end.setDate(QDate(2026, 12, 31))
    settle(qtbot, reports)
    assert reports.reading.text() == "" and "2026" in reports.summary.text()
    ticks = [t.get_text() for t in reports.canvas.figure.axes[0].get_xticklabels()]
    expected = {"en": "China", "ja": "中国", "zh_Hans": "中国"}[ui_language]
    assert ticks[0] == expected
    reports.grab().save(f"/tmp/reports-chart-{ui_language}.png")
    from hirt_desk.actions.report_files import write_report
    from hirt_desk.ui.reports_view import label
    pdf = tmp_path / "report.pdf"
    write_report(reports.report, pdf, label, label("title", "report"))      # as Save PDF… does
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert expected in text and label("table", "by_nationality_year") in text
    reports.close()


@pytest.fixture(scope="module")
def office(pg_server):  # type: ignore[no-untyped-def]
    from tests.agency_server import staffed_office
    office = staffed_office(pg_server)
    from hirt_desk.store.database import close_database, open_database
    open_database(office.url(office.owner))
    try:
        agency()
    finally:
        close_database()
    yield office
    office.remove()


def test_on_the_server_a_coordinator_is_not_offered_reports(qtbot, office, settings) -> None:  # type: ignore[no-untyped-def]
    from hirt_desk.store.database import close_database
    from hirt_desk.ui.reports_view import ReportsWindow
    from tests.ui.test_roles_window import server_window
    try:
        carl = server_window(qtbot, office, "carl", settings)
        assert not carl.reports_action.isVisible()
        assert "&Reports" not in [a.text() for a in carl.menuBar().actions() if a.isVisible()]
        forced = ReportsWindow([], carl)           # were it opened anyway: the figures are refused
        forced.start.setDate(QDate(2025, 1, 1))
        settle(qtbot, forced)
        assert forced.report is None and forced.table_model.rowCount() == 0
        assert forced.problem.text() == "Reports are for managers: your role may not read them."
        forced.close()
    finally:
        close_database()


def test_on_the_server_a_manager_reads_reports(qtbot, office, settings) -> None:  # type: ignore[no-untyped-def]
    from hirt_desk.store.database import close_database
    from tests.ui.test_roles_window import server_window
    try:
        mia = server_window(qtbot, office, "mia", settings)
        reports = open_reports(qtbot, mia)
        reports.start.setDate(QDate(2025, 1, 1))
        settle(qtbot, reports)
        assert cells(reports)[0] == ["China", "2025", "2", "1"]
        reports.close()
    finally:
        close_database()


@pytest.mark.sqlite_only
def test_the_reports_window_opens_no_taller_than_the_screen(qtbot, database: Path, settings,  # type: ignore[no-untyped-def]
                                                             monkeypatch) -> None:
    """On a 1280x720 laptop (its taskbar takes 40 pixels) the window opens within the screen
    with its title bar, its Close and Export buttons on screen."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1280, 680))
    agency()
    window = make_window(qtbot, database, settings)
    reports = open_reports(qtbot, window)
    room = reports.screen().availableGeometry()
    assert room.height() < 760 + fit.TITLE_BAR             # the screen is the small one
    assert reports.height() + fit.TITLE_BAR <= room.height()
    assert reports.width() <= room.width()
    assert reports.export_button.isVisible()
