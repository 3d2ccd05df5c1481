"""Reports (issue 22): pick a figure and filters, see its table and chart, print or save it as a
PDF, export it as CSV or XLSX. A manager's or an admin's on the office server, anyone's on a file.

matplotlib (and its Qt canvas) loads when the window first opens, never at start-up.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.actions import report_files, reports
from hirt_desk.actions.staff import StaffError
from hirt_desk.store.errors import StoreError
from hirt_desk.ui import fit, jobs, labels
from hirt_desk.ui.errors import show_error

translate = QCoreApplication.translate


def titles() -> dict[str, str]:
    """Report and column titles in the user's language."""
    return {
        "report": translate("reports", "HIRT Desk: the agency's figures"),
        "no_data": translate("reports", "No cases in this period."),
        "by_nationality_year": translate("reports", "Cases by nationality and year"),
        "pipeline": translate("reports", "Pipeline"),
        "endings": translate("reports", "Where cases ended"),
        "screening_by_site": translate("reports", "Screening verdicts by site"),
        "times": translate("reports", "Reply and treatment times"),
        "revenue_by_month": translate("reports", "Revenue and receivables by month"),
        "nationality": translate("reports", "Nationality"),
        "year": translate("reports", "Year"),
        "inquiries": translate("reports", "Inquiries"),
        "treated": translate("reports", "Treated"),
        "status": translate("reports", "Status"),
        "now": translate("reports", "Now"),
        "reached": translate("reports", "Reached"),
        "ending": translate("reports", "Ending"),
        "from": translate("reports", "From"),
        "cases": translate("reports", "Cases"),
        "site": translate("reports", "Site"),
        "verdict": translate("reports", "Verdict"),
        "measure": translate("reports", "Measure"),
        "within_promise_pct": translate("reports", "Within 5 days (%)"),
        "median_days": translate("reports", "Median (days)"),
        "p90_days": translate("reports", "90th percentile (days)"),
        "month": translate("reports", "Month"),
        "revenue_jpy": translate("reports", "Revenue (JPY)"),
        "receivables_jpy": translate("reports", "Receivables (JPY)"),
        "replies": translate("reports", "Reply to the inquiry"),
        "first_session": translate("reports", "Inquiry to first session"),
    }


def label(kind: str, value: str) -> str:
    """What the window, its charts and its files show for a code (report_files.Label)."""
    if kind in ("column", "table", "title", "measure"):
        return titles().get(value, value)
    if kind in ("status", "ending", "from"):
        return labels.status(value) if value else ""
    if kind == "nationality":
        return labels.country(value) or value
    if kind == "site":
        return labels.site(value) or value
    if kind == "verdict":
        return labels.verdict(value)
    return value


def summary_text(report: reports.Report) -> str:
    """"Receivables on 31 Dec 2026: ¥100,000 · replies within 5 days: 60.0%"."""
    from hirt_desk.money import Money, format_money
    owed = format_money(Money(report.receivables_jpy), labels.ui_language())
    text = translate("reports", "Receivables on %1: %2").replace("%1", labels.short_date(report.filter.end))
    text = text.replace("%2", owed)
    pct = report.reply_within_promise_pct
    if pct is not None:
        text += " · " + translate("reports", "replies within 5 days: %1%").replace("%1", f"{pct:.1f}")
    return text


REPORT_KEYS = ("by_nationality_year", "pipeline", "endings", "screening_by_site", "times", "revenue_by_month")


class ReportsWindow(QDialog):
    """Pick a report and its filters; its table beside its chart; print and export."""

    #: the figures asked for last are shown (or were refused)
    refreshed = Signal()
    #: a report file was written; carries its path
    written = Signal(str)
    #: the report was printed; carries how many pages
    printed = Signal(int)

    def __init__(self, facilities: list[tuple[str, str]], parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsWindow")
        self.setWindowTitle(self.tr("Reports"))
        self.report: reports.Report | None = None
        self._asked = self._answered = self._writing = 0
        self.printing: _Printing | None = None
        today = today or date.today()

        self.choice = QComboBox(self)
        self.choice.setObjectName("reportChoice")
        for key in REPORT_KEYS:
            self.choice.addItem(label("table", key), key)
        self.start = QDateEdit(QDate(today.year, 1, 1), self)
        self.end = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit, name in ((self.start, "reportFrom"), (self.end, "reportTo")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setObjectName(name)
        self.facility = QComboBox(self)
        self.facility.setObjectName("reportFacility")
        self.facility.addItem(self.tr("All facilities"), "")
        for code, name in facilities:
            self.facility.addItem(name, code)
        self.nationality = QLineEdit(self)
        self.nationality.setObjectName("reportNationality")
        self.nationality.setPlaceholderText(self.tr("All (or a code such as CN)"))
        self.nationality.setMaxLength(2)
        self.coordinator = QLineEdit(self)
        self.coordinator.setObjectName("reportCoordinator")
        self.coordinator.setPlaceholderText(self.tr("All coordinators"))
        self.problem = QLabel(self)
        self.problem.setObjectName("reportProblem")
        self.problem.setStyleSheet("color: #b42318;")
        self.problem.hide()
        self.reading = QLabel(self)
        self.reading.setObjectName("reportReading")
        self.summary = QLabel(self)            # the contract's two figures, whatever the report picked
        self.summary.setObjectName("reportSummary")

        form = QFormLayout()
        form.addRow(self.tr("Report:"), self.choice)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.end)
        form.addRow(self.tr("Inquiries from:"), period)
        form.addRow(self.tr("Facility:"), self.facility)
        form.addRow(self.tr("Nationality:"), self.nationality)
        form.addRow(self.tr("Coordinator:"), self.coordinator)

        self.table_model = QStandardItemModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("reportTable")
        self.table.setModel(self.table_model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure
        self.canvas = FigureCanvasQTAgg(Figure(figsize=(7.0, 3.6)))
        self.canvas.setObjectName("reportChart")
        self.canvas.setMinimumSize(520, 300)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.canvas)

        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("reportPrint")
        self.pdf_button = QPushButton(self.tr("Save PDF…"), self)
        self.pdf_button.setObjectName("reportPdf")
        self.export_button = QPushButton(self.tr("Export CSV/XLSX…"), self)
        self.export_button.setObjectName("reportExport")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.summary)
        layout.addWidget(self.reading)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        # 900x760 where there is room; on a 1280x720 laptop no taller than the screen less its
        # title bar, so that the buttons at the bottom stay on screen
        room = self.screen().availableGeometry()
        self.resize(min(900, room.width()), min(760, room.height() - fit.TITLE_BAR))

        self.choice.currentIndexChanged.connect(self._on_choice_changed)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._on_filter_changed)
        self.facility.currentIndexChanged.connect(self._on_filter_changed)
        self.nationality.editingFinished.connect(self._on_filter_changed)
        self.coordinator.editingFinished.connect(self._on_filter_changed)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)

    # -- figures --------------------------------------------------------------------------------

    def report_filter(self) -> reports.ReportFilter | None:
        """The filters as entered, or None (with the problem shown) when the period is backwards."""
        start, end = self.start.date().toPython(), self.end.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        if start > end:
            self._show_problem(self.tr("The period ends before it starts."))
            return None
        code = self.nationality.text().strip().upper()
        if code and (len(code) != 2 or not code.isalpha()):
            self._show_problem(self.tr("A nationality is a two-letter country code, such as CN."))
            return None
        self._show_problem("")
        return reports.ReportFilter(start, end, facility=str(self.facility.currentData() or ""),
                                    nationality=code, coordinator=self.coordinator.text().strip())

    def refresh(self) -> None:
        """Read the figures for the filters again, in the background (a few seconds on tens of
        thousands of cases); an answer to filters changed since is dropped."""
        flt = self.report_filter()
        if flt is None:
            return
        self._asked += 1
        asked = self._asked
        self.reading.setText(self.tr("Reading the figures…"))
        jobs.start(lambda _job: (asked, reports.build_report_apart(flt)), self._on_report_read,
                   self._on_report_failed)

    @property
    def busy(self) -> bool:
        """Whether figures asked for are still being read."""
        return self._answered < self._asked

    def _on_report_read(self, outcome: tuple[int, reports.Report]) -> None:
        asked, report = outcome
        self._answered = max(self._answered, asked)
        if asked != self._asked:
            return
        self.reading.setText("")
        self.report = report
        self.summary.setText(summary_text(report))
        self._show_table()
        self.refreshed.emit()

    def _on_report_failed(self, exc: Exception) -> None:
        self._answered = self._asked
        self.reading.setText("")
        if isinstance(exc, StaffError):
            self._show_problem(self.tr("Reports are for managers: your role may not read them."))
        elif isinstance(exc, StoreError):
            show_error(self, self.tr("The report could not be read."), exc)
        else:
            raise exc
        self.refreshed.emit()

    def current_table(self) -> reports.Table | None:
        if self.report is None:
            return None
        key = self.choice.currentData()
        return next(t for t in self.report.tables() if t.key == key)

    def _show_table(self) -> None:
        table = self.current_table()
        self.table_model.clear()
        if table is None:
            return
        header, rows = report_files.shown(table, label)
        self.table_model.setHorizontalHeaderLabels(header)
        for row in rows:
            items = []
            for value in row:
                item = QStandardItem("" if value is None else str(value))
                item.setEditable(False)
                if isinstance(value, int | float):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                items.append(item)
            self.table_model.appendRow(items)
        from hirt_desk.actions.report_charts import chart
        chart(table, label, label("table", table.key), figure=self.canvas.figure)
        self.canvas.draw()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # -- slots ----------------------------------------------------------------------------------

    def _on_choice_changed(self, _index: int) -> None:
        self._show_table()

    def _on_filter_changed(self, *_args: Any) -> None:
        self.refresh()

    def _save_name(self, caption: str, filters: str) -> Path | None:
        name, _chosen = QFileDialog.getSaveFileName(self, caption, "", filters)
        return Path(name) if name else None

    def _write(self, out: Path) -> None:
        """Write the report shown to `out`, in the background (charts and PDF take seconds)."""
        if self.report is None:
            return
        try:
            report_files.file_type(out, report_files.REPORT_TYPES)
        except report_files.UnknownFileType:
            self._show_problem(self.tr("Choose a name ending in .csv, .xlsx or .pdf."))
            return
        self._show_problem("")
        self.reading.setText(self.tr("Writing %1…").replace("%1", out.name))
        report, title = self.report, label("title", "report")
        self._writing += 1
        jobs.start(lambda _job: report_files.write_report(report, out, label, title), self._on_written,
                   self._on_write_failed)

    @property
    def writing(self) -> bool:
        return self._writing > 0

    def _on_written(self, outcome: dict[str, Any]) -> None:
        self._writing -= 1
        self.reading.setText(self.tr("Saved as %1.").replace("%1", str(outcome.get("out", ""))))
        self.written.emit(str(outcome.get("out", "")))

    def _on_write_failed(self, exc: Exception) -> None:
        self._writing -= 1
        self.reading.setText("")
        if not isinstance(exc, OSError):
            raise exc
        show_error(self, self.tr("The file could not be written."), exc)

    def _on_print_clicked(self) -> None:
        if self.report is None or self.printing is not None:
            return
        self.reading.setText(self.tr("Preparing the pages…"))
        self.printing = printing = _Printing()
        report, title = self.report, label("title", "report")
        jobs.start(lambda _job: report_files.write_report(report, printing.path, label, title),
                   self._on_print_laid_out, self._on_print_failed)

    def _on_print_laid_out(self, _outcome: object) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from hirt_desk.ui.pdf_pages import print_pdf
        printing = self.printing
        if printing is None:
            return
        printer = printing.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setDocName(self.tr("Reports"))
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.reading.setText("")
            self._print_done()
            return
        self.reading.setText(self.tr("Printing…"))
        path = printing.path
        jobs.start(lambda job: print_pdf(path, printer, job.report), self._on_printed, self._on_print_failed)

    def _on_printed(self, pages: int) -> None:
        printer = self.printing.printer if self.printing is not None else None
        where = (printer.outputFileName() or printer.printerName()) if printer is not None else ""
        self.reading.setText(self.tr("%n page(s) printed: %1.", "", pages).replace("%1", where))
        self._print_done()
        self.printed.emit(pages)

    def _on_print_failed(self, exc: Exception) -> None:
        self.reading.setText("")
        self._print_done()
        if not isinstance(exc, OSError):
            raise exc
        show_error(self, self.tr("The report could not be printed."), exc)

    def _print_done(self) -> None:
        if self.printing is not None:
            self.printing.remove()
        self.printing = None

    def _on_pdf_clicked(self) -> None:
        out = self._save_name(self.tr("Save the report as PDF"), self.tr("PDF (*.pdf)"))
        if out is not None:
            self._write(out if out.suffix else out.with_suffix(".pdf"))

    def _on_export_clicked(self) -> None:
        out = self._save_name(self.tr("Export the report"), self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if out is not None:
            self._write(out if out.suffix else out.with_suffix(".xlsx"))


class _Printing:
    """Print…: the report laid out as a PDF in a folder of its own, then printed page by page
    (ui/pdf_pages.py) on the printer the print dialog chose; the folder goes afterwards."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="hirt-desk-report-"))
        self.path = self.folder / "report.pdf"
        self.printer: Any = None

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def open_reports(parent: QWidget, facilities: list[tuple[str, str]]) -> ReportsWindow:
    window = ReportsWindow(facilities, parent)
    window.refresh()
    return window
