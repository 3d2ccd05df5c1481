"""The visa tab: for every traveller, whether a visa is needed and why, what was applied for
and issued, the document checklist, and what is late or wrong, updated as the user types."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.actions.visa import PaperworkRefused, TravellerVisa
from hirt_desk.planning.visa import (
    DOC_STATUSES,
    ERROR,
    VisaFinding,
    VisaRecordData,
    apply_by,
    required_documents,
)
from hirt_desk.store.errors import StoreError
from hirt_desk.ui import jobs, labels
from hirt_desk.ui import settings as S
from hirt_desk.ui.errors import document_error_text
from hirt_desk.ui.fields import DateField, mark_invalid

translate = QCoreApplication.translate
Recheck = Callable[[TravellerVisa, VisaRecordData], list[VisaFinding]]


def document_label(doc: str) -> str:
    return {"passport": translate("visa", "Passport"), "photo": translate("visa", "Photo"),
            "application_form": translate("visa", "Visa application form"),
            "guarantee_form": translate("visa", "Certificate of scheduled treatment and letter of guarantee"),
            "proof_of_funds": translate("visa", "Proof of funds"),
            "identity_documents": translate("visa", "Identity documents"),
            "certificate_of_eligibility": translate("visa", "Certificate of Eligibility"),
            "treatment_schedule": translate("visa", "Treatment schedule")}.get(doc, doc)


def status_label(code: str) -> str:
    return {"to_request": translate("visa", "To request"), "requested": translate("visa", "Requested"),
            "received": translate("visa", "Received"), "checked": translate("visa", "Checked"),
            "submitted": translate("visa", "Submitted")}[code]


def finding_text(f: VisaFinding) -> str:
    texts = {
        "companion_not_on_guarantee": translate("visa", "Not named on the patient's guarantee form."),
        "passport_expires_during_stay": translate("visa", "The passport expires before the stay ends."),
        "passport_under_six_months": translate("visa", "Less than 6 months of passport validity "
                                                       "at departure."),
        "long_stay_route": translate("visa", "Over 90 days: hospital admission and a Certificate of "
                                             "Eligibility are required."),
        "document_missing": translate("visa", "%1 is not in hand yet.").replace(
            "%1", document_label(f.field.removeprefix("doc:"))),
        "not_applied": translate("visa", "The visa has not been applied for."),
        "single_entry_lapses": translate("visa", "The single-entry visa lapses before the flight "
                                                 "(use within 3 months of issue)."),
        "visa_expired_before_arrival": translate("visa", "The visa is no longer valid on arrival."),
        "permitted_stay_short": translate("visa", "The permitted stay does not cover the whole stay."),
        "no_travel_dates": translate("visa", "Add the flights in the itinerary to decide the visa."),
        "no_nationality": translate("visa", "Enter the nationality to decide the visa."),
    }
    return texts.get(f.code, f.message)


def route_text(entry: TravellerVisa) -> str:
    d = entry.decision
    if d is None:
        return translate("visa", "Not decided yet.")
    head = {"visa_exempt": translate("visa", "No visa needed (visa-free stay)."),
            "medical_stay": translate("visa", "Visa for Medical Stay needed."),
            "designated_activities": translate("visa", "Designated Activities (over 90 days, in hospital) "
                                                       "with a Certificate of Eligibility.")}[d.route]
    days = translate("visa", "Stay: %1 days (%2 to %3).").replace("%1", str(d.stay_days)) \
        .replace("%2", labels.short_date(entry.arrival)).replace("%3", labels.short_date(entry.departure))
    country = labels.country(entry.nationality)
    if d.exempt_days is None:
        why = translate("visa", "%1: a visa is required to enter Japan.").replace("%1", country)
    else:
        why = translate("visa", "%1: visa-free up to %2 days.").replace("%1", country) \
            .replace("%2", str(d.exempt_days))
    if d.stay_days > 90 and d.route == "medical_stay":
        why += " " + translate("visa", "Over 90 days: split the stay into visits of 90 days or less, "
                                       "or admit the patient to hospital.")
    return f"<b>{head}</b> {days}<br><span style='color:gray'>{html.escape(why)}</span>"


class TravellerSection(QGroupBox):
    changed = Signal()

    def __init__(self, entry: TravellerVisa, parent: QWidget | None = None) -> None:
        role = translate("visa", "Patient") if entry.role == "patient" else translate("visa", "Companion")
        country = f"{entry.nationality} {labels.country(entry.nationality)}".strip()
        super().__init__(f"{role}: {entry.name}  ({country})", parent)
        self.entry = entry
        r = entry.record
        self.decision = QLabel(route_text(entry), self)
        self.decision.setWordWrap(True)
        # when to hand in the application: the embassy's processing time before the arrival
        self.apply_by = QLabel(self)
        self.apply_by.setObjectName(f"apply_by_{entry.key}")
        self.apply_by.setWordWrap(True)
        if entry.decision is not None and entry.decision.needs_visa and entry.arrival is not None:
            due = apply_by(entry.arrival)
            late = r.application_date is None and date.today() > due
            self.apply_by.setText(translate("visa", "Apply for the visa by %1 (processing time before "
                                                    "the arrival on %2).")
                                  .replace("%1", labels.short_date(due))
                                  .replace("%2", labels.short_date(entry.arrival)))
            self.apply_by.setStyleSheet("color: #c62828; font-weight: bold;" if late else "")
            self.apply_by.setProperty("late", late)
        self.apply_by.setVisible(bool(self.apply_by.text()))
        self.embassy = QLineEdit(r.embassy, self)
        self.application = DateField(self)
        self.application.set_value(r.application_date)
        self.issued = DateField(self)
        self.issued.set_value(r.issue_date)
        self.number = QLineEdit(r.visa_number, self)
        self.valid_until = DateField(self)
        self.valid_until.set_value(r.valid_until)
        self.permitted = QLineEdit("" if r.permitted_days is None else str(r.permitted_days), self)
        self.permitted.setPlaceholderText(translate("visa", "days"))
        self.entries = QComboBox(self)
        self.entries.addItem(translate("visa", "Single entry"), "single")
        self.entries.addItem(translate("visa", "Multiple entry"), "multiple")
        self.entries.setCurrentIndex(0 if r.entries == "single" else 1)
        self.entries.setAccessibleName(translate("visa", "Entries"))
        self.on_form = QCheckBox(translate("visa", "Named on the patient's guarantee form"), self)
        self.on_form.setChecked(r.on_guarantee_form)
        self.on_form.setVisible(entry.role == "companion")
        self.fields: dict[str, QWidget] = {
            "embassy": self.embassy, "application_date": self.application, "issue_date": self.issued,
            "visa_number": self.number, "valid_until": self.valid_until,
            "permitted_days": self.permitted, "entries": self.entries,
            "on_guarantee_form": self.on_form}
        for name, w in self.fields.items():
            w.setObjectName(f"{name}_{entry.key}")

        docs = list(required_documents(entry.decision, r)) if entry.decision else []
        self.docs = QTableWidget(len(docs), 3, self)
        self.docs.setObjectName(f"documents_{entry.key}")
        self.docs.setHorizontalHeaderLabels([translate("visa", "Document"), translate("visa", "Status"),
                                             translate("visa", "Date")])
        self.docs.verticalHeader().hide()
        self.docs.horizontalHeader().setStretchLastSection(True)
        self.docs.setColumnWidth(0, 360)
        self.docs.setColumnWidth(1, 130)
        self.doc_widgets: dict[str, tuple[QComboBox, DateField]] = {}
        notes = entry.decision.embassy_notes if entry.decision else {}
        for row, doc in enumerate(docs):
            name = QLabel(document_label(doc) + (" *" if doc in notes else ""), self.docs)
            name.setToolTip(notes.get(doc, ""))
            status = QComboBox(self.docs)
            for code in DOC_STATUSES:
                status.addItem(status_label(code), code)
            status.setCurrentIndex(DOC_STATUSES.index(r.status_of(doc)))
            when = DateField(self.docs)
            stored = r.documents.get(doc, {}).get("date")
            when.set_value(date.fromisoformat(stored) if stored else None)
            self.docs.setCellWidget(row, 0, name)
            self.docs.setCellWidget(row, 1, status)
            self.docs.setCellWidget(row, 2, when)
            status.currentIndexChanged.connect(self._on_doc_status_changed)
            when.textEdited.connect(self.changed)
            self.doc_widgets[doc] = (status, when)
            self.fields[f"doc:{doc}"] = status
        self.docs.setFixedHeight(28 + 30 * max(1, len(docs)))
        self.docs.setVisible(bool(docs))

        form = QFormLayout()
        form.addRow(translate("visa", "Embassy or consulate"), self.embassy)
        dates = QHBoxLayout()
        for label, w in ((translate("visa", "Applied"), self.application),
                         (translate("visa", "Issued"), self.issued),
                         (translate("visa", "Valid until"), self.valid_until)):
            dates.addWidget(QLabel(label, self))
            dates.addWidget(w)
        form.addRow(translate("visa", "Dates"), dates)
        visa = QHBoxLayout()
        visa.addWidget(self.number)
        visa.addWidget(QLabel(translate("visa", "Permitted stay"), self))
        visa.addWidget(self.permitted)
        visa.addWidget(self.entries)
        form.addRow(translate("visa", "Visa number"), visa)
        form.addRow("", self.on_form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.decision)
        layout.addWidget(self.apply_by)
        layout.addLayout(form)
        layout.addWidget(self.docs)
        for w in (self.embassy, self.application, self.issued, self.number, self.valid_until, self.permitted):
            w.textEdited.connect(self.changed)
        self.entries.currentIndexChanged.connect(self.changed)
        self.on_form.toggled.connect(self.changed)

    def _on_doc_status_changed(self) -> None:
        combo = self.sender()
        for status, when in self.doc_widgets.values():
            if status is combo and not when.text():
                when.set_value(date.today())         # when it changed, unless the user says
        self.changed.emit()

    def record(self) -> tuple[VisaRecordData, list[str]]:
        """The record as entered, and the fields whose value is not valid."""
        bad: list[str] = []

        def day(name: str, w: DateField) -> date | None:
            try:
                return w.value()
            except ValueError:
                bad.append(name)
                return None
        permitted = self.permitted.text().strip()
        if permitted and not permitted.isdigit():
            bad.append("permitted_days")
        documents = {}
        for doc, (status, when) in self.doc_widgets.items():
            d = day(f"doc:{doc}", when)
            documents[doc] = {"status": status.currentData(), "date": d.isoformat() if d else ""}
        record = replace(self.entry.record, embassy=self.embassy.text().strip(),
                         application_date=day("application_date", self.application),
                         issue_date=day("issue_date", self.issued), visa_number=self.number.text().strip(),
                         valid_until=day("valid_until", self.valid_until),
                         permitted_days=int(permitted) if permitted.isdigit() else None,
                         entries=self.entries.currentData(), on_guarantee_form=self.on_form.isChecked(),
                         documents=documents)
        for name, w in self.fields.items():
            mark_invalid(w, name in bad)
        return record, bad


class VisaTab(QWidget):
    #: a field was edited
    changed = Signal()

    def __init__(self, recheck: Recheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recheck = recheck
        self._settings: S.Settings | None = None
        self.sections: list[TravellerSection] = []
        self.findings = QListWidget(self)
        self.findings.setObjectName("visaFindings")
        self.findings.itemClicked.connect(self._on_finding_clicked)
        self.body = QWidget(self)
        self.column = QVBoxLayout(self.body)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        self.case_id = ""
        self.form_button = QPushButton(self.tr("Guarantor form (PDF)…"), self)
        self.form_button.setObjectName("guaranteeForm")
        self.report_button = QPushButton(self.tr("Departure report (PDF)…"), self)
        self.report_button.setObjectName("departureReport")
        self.form_button.clicked.connect(self._on_form_clicked)
        self.report_button.clicked.connect(self._on_report_clicked)
        self.written = QLabel(self)
        self.written.setObjectName("writtenMessage")
        paper = QHBoxLayout()
        paper.addWidget(self.form_button)
        paper.addWidget(self.report_button)
        paper.addWidget(self.written, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(paper)
        layout.addWidget(QLabel(self.tr("What is late or wrong"), self))
        layout.addWidget(self.findings)
        layout.addWidget(scroll, 1)

    def load(self, entries: list[TravellerVisa], case_id: str = "") -> None:
        self.case_id = case_id
        self.written.clear()
        for section in self.sections:
            section.setParent(None)
            section.deleteLater()
        while self.column.count():
            self.column.takeAt(0)
        self.sections = [TravellerSection(e, self.body) for e in entries]
        for section in self.sections:
            self.column.addWidget(section)
            section.changed.connect(self._on_section_changed)
        self.column.addStretch(1)
        self._show_findings([f for e in entries for f in e.findings])

    def records(self) -> tuple[list[VisaRecordData], list[str]]:
        records, bad = [], []
        for s in self.sections:
            record, wrong = s.record()
            records.append(record)
            bad += wrong
        return records, bad

    def _on_section_changed(self) -> None:
        found = []
        for s in self.sections:
            record, _bad = s.record()
            found += self._recheck(s.entry, record) if s.entry.decision else s.entry.findings
        self._show_findings(found)
        self.changed.emit()

    def _show_findings(self, findings: list[VisaFinding]) -> None:
        names = {s.entry.key: s.entry.name for s in self.sections}
        self.findings.clear()
        for f in sorted(findings, key=lambda f: f.level != ERROR):
            item = QListWidgetItem(f"{names.get(f.traveller, '')}: {finding_text(f)}", self.findings)
            item.setForeground(QColor("#c62828" if f.level == ERROR else "#9a6700"))
            item.setData(Qt.ItemDataRole.UserRole, (f.traveller, f.field))
        if not findings:
            QListWidgetItem(self.tr("Nothing late or wrong."), self.findings)
        # three lines, then it scrolls: on a 720-pixel screen the travellers' forms need the room,
        # and a height that stays the same moves no field under the mouse as findings come and go
        self.findings.setFixedHeight(3 * self.findings.sizeHintForRow(0) + 2 * self.findings.frameWidth() + 4)

    def set_settings(self, settings: S.Settings) -> None:
        """Where documents were last saved is remembered there (the save dialog starts in it)."""
        self._settings = settings

    def _write(self, title: str, suggested: str,
               prepare: Callable[..., Callable[[Path], Path]]) -> None:
        """Ask where, read the case (quick), then lay the PDF out in the background: the window
        stays usable; the outcome is shown when it is back."""
        folder = (self._settings.get(S.PDF_FOLDER) if self._settings else "") or str(Path.home())
        name, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / suggested),
                                              self.tr("PDF document (*.pdf)"))
        if not name:
            return
        try:
            render = prepare(self.case_id, page_size=S.paper_size(self._settings or S.Settings()))
        except PaperworkRefused as exc:
            self.written.setStyleSheet("color: #c62828; font-weight: bold;")
            self.written.setText(self.tr("Not written: %1").replace("%1", self._refusal_text(exc)))
            return
        except StoreError as exc:
            self._on_write_failed(exc)
            return
        target = Path(name)
        self.written.setStyleSheet("")
        self.written.setText(self.tr("Writing %1…").replace("%1", target.name))
        for b in (self.form_button, self.report_button):
            b.setEnabled(False)
        jobs.start(lambda _job: render(target), self._on_write_finished, self._on_write_failed)

    def _on_write_finished(self, out: Path) -> None:
        for b in (self.form_button, self.report_button):
            b.setEnabled(True)
        if self._settings is not None:
            self._settings.set(S.PDF_FOLDER, str(out.parent))
        self.written.setStyleSheet("")
        self.written.setText(self.tr("Written to %1").replace("%1", str(out)))

    def _refusal_text(self, exc: PaperworkRefused) -> str:
        """Why visa paperwork is not printed yet, in the window's language."""
        if exc.code == "sample_agency":
            return self.tr("The agency profile is still the fictional sample agency. Enter your own "
                           "agency (name, guarantor registration, address) in Settings first.")
        if exc.code == "before_departure":
            return self.tr("Not everyone has left Japan yet: write the departure report on or after "
                           "each traveller's departure day.")
        if exc.code == "no_departure":
            return self.tr("A traveller has no flight out of Japan in the itinerary: add it first.")
        return str(exc)

    def _on_write_failed(self, exc: Exception) -> None:
        from hirt_desk.packets.fonts import MissingFont, UncoveredText  # with the renderer, not at start
        for b in (self.form_button, self.report_button):
            b.setEnabled(True)
        if not isinstance(exc, StoreError | MissingFont | UncoveredText | OSError):
            raise exc
        self.written.setStyleSheet("color: #c62828;")
        self.written.setText(self.tr("Not written: %1").replace("%1", document_error_text(exc)))

    def _on_form_clicked(self) -> None:
        from hirt_desk.actions.visa import prepare_guarantee_form
        self._write(self.tr("Guarantor form"), "guarantee-form.pdf", prepare_guarantee_form)

    def _on_report_clicked(self) -> None:
        from hirt_desk.actions.visa import prepare_departure_report
        self._write(self.tr("Departure report"), "departure-report.pdf", prepare_departure_report)

    def _on_finding_clicked(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if not target:
            return
        traveller, field = target
        for s in self.sections:
            if s.entry.key == traveller and field in s.fields:
                s.fields[field].setFocus(Qt.FocusReason.OtherFocusReason)
                return
