"""Dialogs of the main window: a new case, a status change, settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.actions.agency import AgencyProfile, check_agency
from hirt_desk.actions.cases import PatientData
from hirt_desk.packets.phrases import LANGUAGES
from hirt_desk.planning.identity import ERROR
from hirt_desk.planning.pipeline import VISA_NEEDED
from hirt_desk.ui import accessibility, labels, roles
from hirt_desk.ui.fields import DateField, FieldMessage, mark_invalid
from hirt_desk.ui.i18n import UI_LANGUAGE_NAMES
from hirt_desk.ui.likely_matches import Lookup, MatchPanel
from hirt_desk.ui.person_form import PersonForm
from hirt_desk.ui.staff_page import AddStaff, StaffPage
from hirt_desk.ui.who import StaffMember

if TYPE_CHECKING:
    from hirt_desk.money.quote import FeeData

FindPatients = Callable[[str], list[tuple[str, str]]]     # text -> [(patient id, description)]


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                           dialog)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class NewCaseDialog(QDialog):
    """A new inquiry: a new patient (passport name at least) or one already in the database.

    With `lookup`, likely matches of the new patient are shown as they are typed (ui/
    likely_matches.py): Open ends the dialog with OPEN_CASE (`open_case` says which),
    Use this person turns it into a case for that patient, Not the same is noted in
    `not_same_ids` for the caller to remember once the new patient exists."""

    OPEN_CASE = 2

    def __init__(self, facilities: list[tuple[str, str]], find_patients: FindPatients,
                 parent: QWidget | None = None, today: Callable[[], date] = date.today,
                 lookup: Lookup | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New case"))
        self._find = find_patients
        self.new_radio = QRadioButton(self.tr("New patient"), self)
        self.existing_radio = QRadioButton(self.tr("Patient already in HIRT Desk"), self)
        self.new_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.new_radio)
        group.addButton(self.existing_radio)
        self.form = PersonForm(self, today=today, columns=2)
        self.open_case = ""
        self.not_same_ids: list[str] = []
        self.matches: MatchPanel | None = None
        if lookup is not None:
            self.matches = MatchPanel(self.form, lookup, self)
            self.matches.open_requested.connect(self._on_matches_open_requested)
            self.matches.use_requested.connect(self._on_matches_use_requested)
            self.matches.not_same.connect(self.not_same_ids.append)
        self.search = QLineEdit(self)
        self.search.setObjectName("patientSearch")
        self.search.setPlaceholderText(self.tr("Name or passport number"))
        self.results = QListWidget(self)
        self.results.setObjectName("patientResults")
        self.results.setAccessibleName(self.tr("Matching patients"))
        # a patient a line, whole at this width; a longer one is cut in its middle (name and
        # passport number stay), never behind a horizontal scrollbar, and whole in its tooltip
        self.results.setMinimumWidth(480)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.facility = QComboBox(self)
        for code, name in facilities:
            self.facility.addItem(labels.facility(name), code)
        self.inquiry = DateField(self)
        self.inquiry.setObjectName("inquiryDate")
        self.inquiry.set_value(today())
        self.inquiry_message = FieldMessage(self)
        self.inquiry_message.keep_space(1)
        self.packet_language = QComboBox(self)
        for tag in LANGUAGES:
            self.packet_language.addItem(labels.LANGUAGE_NAMES[tag], tag)
        self.new_radio.toggled.connect(self._on_mode_toggled)
        # the packet follows the patient's languages until the user picks one by hand
        self._packet_chosen = False
        self.packet_language.setObjectName("packetLanguage")
        self.packet_language.activated.connect(self._on_packet_language_activated)
        self.form.languages.changed.connect(self._on_form_languages_changed)

        case_form = QFormLayout()
        case_form.addRow(self.tr("Facility"), self.facility)
        case_form.addRow(self.tr("Inquiry date"), self.inquiry)
        case_form.addRow("", self.inquiry_message)
        case_form.addRow(self.tr("Packet language"), self.packet_language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.new_radio)
        layout.addWidget(self.form)
        if self.matches is not None:
            layout.addWidget(self.matches)
        layout.addWidget(self.existing_radio)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addLayout(case_form)
        layout.addWidget(_buttons(self))
        self._on_mode_toggled(True)

    def _on_matches_open_requested(self, case_id: str) -> None:
        self.open_case = case_id
        self.done(self.OPEN_CASE)

    def _on_matches_use_requested(self, patient_id: str) -> None:
        """A new case for the patient already on file, instead of a second record of them."""
        assert self.matches is not None
        match = next(r.match for r in self.matches.rows if r.match.id == patient_id)
        self.existing_radio.setChecked(True)
        self.search.blockSignals(True)
        self.search.setText(match.name_latin or match.name_native)
        self.search.blockSignals(False)
        self.results.clear()
        item = QListWidgetItem(" ".join(x for x in (match.name_latin, match.name_native, match.nationality,
                                                    ", ".join(match.cases)) if x), self.results)
        item.setData(Qt.ItemDataRole.UserRole, patient_id)
        self.results.setCurrentRow(0)

    def _on_mode_toggled(self, new: bool) -> None:
        if self.matches is not None:
            self.matches.enabled = self.new_radio.isChecked()
            self.matches.setVisible(self.new_radio.isChecked() and bool(self.matches.rows))
        self.form.setVisible(self.new_radio.isChecked())
        self.search.setVisible(self.existing_radio.isChecked())
        self.results.setVisible(self.existing_radio.isChecked())
        accessibility.prepare(self)              # names the fields just shown

    def _on_packet_language_activated(self, _index: int) -> None:
        self._packet_chosen = True

    def _on_form_languages_changed(self) -> None:
        if self._packet_chosen:
            return
        spoken = [tag for tag in self.form.languages.values() if tag in LANGUAGES]
        choice = next((t for t in spoken if t != "ja"), spoken[0] if spoken else "en")
        self.packet_language.setCurrentIndex(max(0, self.packet_language.findData(choice)))

    def _on_search_text_changed(self, text: str) -> None:
        self.results.clear()
        for patient_id, description in self._find(text) if text.strip() else []:
            item = QListWidgetItem(description, self.results)
            item.setToolTip(description)
            item.setData(Qt.ItemDataRole.UserRole, patient_id)
        if self.results.count():
            self.results.setCurrentRow(0)

    def accept(self) -> None:
        ok = True
        try:
            if self.inquiry.value() is None:
                raise ValueError
            self.inquiry_message.clear_message()
            mark_invalid(self.inquiry, False)
        except ValueError:
            self.inquiry_message.show_message(labels.date_problem(self.inquiry.text()))
            mark_invalid(self.inquiry, True)
            ok = False
        if self.new_radio.isChecked():
            problems = [p for p in self.form.show_problems() if p.level == ERROR]
            if problems:
                self.form.focus_field(problems[0].field)
                ok = False
        elif self.results.currentItem() is None:
            ok = False
            self.search.setFocus()
        if ok:
            super().accept()

    def values(self) -> dict[str, Any]:
        """What create_case needs: patient (data or id), facility, inquiry date, language."""
        if self.new_radio.isChecked():
            patient: PatientData | str = self.form.person()[0]
        else:
            patient = self.results.currentItem().data(Qt.ItemDataRole.UserRole)
        return {"patient": patient, "facility": self.facility.currentData(),
                "inquiry_date": self.inquiry.value(),
                "packet_language": self.packet_language.currentData()}


class StatusDialog(QDialog):
    """Move the case to one of the statuses its current one allows, with a date (not before the
    inquiry) and a note. Moving on to travel, Japan or treatment while a traveller who needs a
    visa has none issued is warned about here; the user may go on."""

    def __init__(self, current: str, allowed: tuple[str, ...], parent: QWidget | None = None,
                 today: Callable[[], date] = date.today, *, inquiry: date | None = None,
                 without_visa: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change status"))
        self._inquiry = inquiry
        self._without_visa = without_visa or []
        self.target = QComboBox(self)
        self.target.setObjectName("targetStatus")
        for code in allowed:
            self.target.addItem(labels.status(code), code)
        self.target.currentIndexChanged.connect(self._on_target_changed)
        self.effective = DateField(self)
        self.effective.setObjectName("effectiveDate")
        self.effective.set_value(today())
        self.message = FieldMessage(self)
        self.message.setObjectName("statusDateMessage")
        self.visa_warning = FieldMessage(self)
        self.visa_warning.setObjectName("visaWarning")
        for m in (self.message, self.visa_warning):      # room kept: nothing moves when they show
            m.keep_space(2)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        form = QFormLayout(self)
        form.addRow(self.tr("Now"), QLabel(labels.status(current), self))
        form.addRow(self.tr("New status"), self.target)
        form.addRow("", self.visa_warning)
        form.addRow(self.tr("Effective date"), self.effective)
        form.addRow("", self.message)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(_buttons(self))
        self.setMinimumWidth(460)
        self._on_target_changed()

    def _on_target_changed(self) -> None:
        if self.target.currentData() in VISA_NEEDED and self._without_visa:
            self.visa_warning.show_message(
                self.tr("A visa is needed but none is issued yet for: %1. You can go on; "
                        "record the visa on the Visa tab.").replace("%1", ", ".join(self._without_visa)),
                warning=True)
        else:
            self.visa_warning.clear_message()

    def accept(self) -> None:
        try:
            value = self.effective.value()
            if value is None:
                raise ValueError
        except ValueError:
            self.message.show_message(labels.date_problem(self.effective.text()))
            mark_invalid(self.effective, True)
            self.effective.setFocus()
            return
        if self._inquiry is not None and value < self._inquiry:
            self.message.show_message(self.tr("Not before the inquiry (%1).")
                                      .replace("%1", labels.short_date(self._inquiry)))
            mark_invalid(self.effective, True)
            self.effective.setFocus()
            return
        super().accept()

    def values(self) -> tuple[str, date, str]:
        value = self.effective.value()
        assert value is not None
        return self.target.currentData(), value, self.note.toPlainText().strip()


class SettingsDialog(QDialog):
    """The user's settings and the agency's profile; the UI language applies from the next start."""

    def __init__(self, language: str, backups_kept: int, agency: AgencyProfile,
                 parent: QWidget | None = None, *, encrypted: bool = False,
                 encrypt: Callable[[str], bool] | None = None,
                 staff: list[StaffMember] | None = None, paper: str = "a4",
                 staff_access: str = roles.EDIT, agency_editable: bool = True,
                 add_staff: AddStaff | None = None, fees: list[FeeData] | None = None,
                 fees_editable: bool = True) -> None:
        """`staff_access`, `agency_editable` and `fees_editable`: what the session's role may do
        (ui/roles.py); `add_staff` adds one person on an office server (an admin's)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.agency_editable = agency_editable
        self.paper = QComboBox(self)
        self.paper.setObjectName("paperSize")
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.language = QComboBox(self)
        self.language.setObjectName("uiLanguage")
        self.language.addItem(self.tr("Same as the system"), "")
        for tag, name in UI_LANGUAGE_NAMES.items():
            self.language.addItem(name, tag)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.backups = QSpinBox(self)
        self.backups.setRange(1, 60)
        self.backups.setValue(backups_kept)
        general = QWidget(self)
        form = QFormLayout(general)
        form.addRow(self.tr("Language of the window"), self.language)
        form.addRow("", QLabel(self.tr("A new language applies when HIRT Desk starts again."), self))
        form.addRow(self.tr("Daily automatic backups kept"), self.backups)
        form.addRow(self.tr("Paper size of printed documents"), self.paper)
        # encryption at rest: offered while the database is plain (ui/passphrase.py)
        self._encrypt = encrypt
        self.encryption_state = QLabel(self.tr("The database is encrypted."), self)
        self.encryption_state.setObjectName("encryptionState")
        self.encryption_state.setVisible(encrypted)
        self.encrypt_button = QPushButton(self.tr("Encrypt the database…"), self)
        self.encrypt_button.setObjectName("encryptDatabase")
        self.encrypt_button.setVisible(not encrypted and encrypt is not None)
        self.encrypt_button.clicked.connect(self._on_encrypt_clicked)
        if encrypted or encrypt is not None:
            row = QVBoxLayout()
            row.addWidget(self.encryption_state)
            row.addWidget(self.encrypt_button, 0, Qt.AlignmentFlag.AlignLeft)
            form.addRow(self.tr("Encryption"), row)

        self.agency_fields: dict[str, QLineEdit] = {}
        self.agency_messages: dict[str, FieldMessage] = {}
        page = QWidget(self)
        agency_form = QFormLayout(page)
        agency_form.addRow(QLabel(self.tr("Printed as the guarantor on visa paperwork and packets."), page))
        if not agency_editable:
            only_admins = QLabel(self.tr("Only an administrator can change the agency's profile."), page)
            only_admins.setObjectName("agencyReadOnly")
            agency_form.addRow(only_admins)
        labels_ = {"name_en": self.tr("Name (English)"), "name_ja": self.tr("Name (Japanese)"),
                   "guarantor_list": self.tr("Guarantor list (A or B)"),
                   "guarantor_number": self.tr("Registration number"),
                   "representative": self.tr("Representative (signs and seals the guarantee form)"),
                   "address_en": self.tr("Address (English)"), "address_ja": self.tr("Address (Japanese)"),
                   "phone": self.tr("Phone"), "helpline": self.tr("24-hour helpline"),
                   "email": self.tr("E-mail")}
        for name, label in labels_.items():
            edit = QLineEdit(str(getattr(agency, name)), page)
            edit.setObjectName(f"agency_{name}")
            edit.setReadOnly(not agency_editable)
            edit.setMinimumWidth(360)             # a name or an address whole, in every language
            message = FieldMessage(page)
            self.agency_fields[name] = edit
            self.agency_messages[name] = message
            agency_form.addRow(label, edit)
            agency_form.addRow("", message)
        self._languages = list(agency.languages)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(page, self.tr("Agency"))
        self.staff_page = StaffPage(staff or [], staff_access, add_staff, self)
        if staff_access != roles.HIDDEN:
            self.tabs.addTab(self.staff_page, self.tr("Staff"))
        else:
            self.staff_page.hide()
        from hirt_desk.ui.fees_page import FeesPage  # (and Babel's currencies) with the settings
        self.fees_page = FeesPage(fees or [], fees_editable, self)
        self.fees_page.setObjectName("feesPage")
        self.tabs.addTab(self.fees_page, self.tr("Fees"))
        # the page's parts, as the dialog's (tests and the window reach them here)
        self.staff_table, self.staff_message = self.staff_page.table, self.staff_page.message
        self.add_staff_button = self.staff_page.add_button
        self.remove_staff_button = self.staff_page.remove_button
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(_buttons(self))

    def fees(self) -> list[FeeData]:
        """The fee schedule as the page holds it (checked by accept)."""
        return self.fees_page.fees()[0]

    def staff(self) -> list[StaffMember]:
        return self.staff_page.members()

    def _on_encrypt_clicked(self) -> None:
        from hirt_desk.ui.passphrase import NewPassphraseDialog
        dialog = NewPassphraseDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted or self._encrypt is None:
            return
        if self._encrypt(dialog.passphrase()):
            self.encrypt_button.hide()
            self.encryption_state.show()

    def agency(self) -> AgencyProfile:
        values = {name: edit.text().strip() for name, edit in self.agency_fields.items()}
        values["guarantor_list"] = values["guarantor_list"].upper()
        return AgencyProfile(**values, languages=self._languages)

    def accept(self) -> None:
        problems = check_agency(self.agency()) if self.agency_editable else {}
        texts = {"required": self.tr("Required."), "list": self.tr("A or B (MOFA's lists)."),
                 "phone": labels.problem("phone.invalid"), "email": labels.problem("email.format")}
        for name, message in self.agency_messages.items():
            mark_invalid(self.agency_fields[name], name in problems)
            if name in problems:
                message.show_message(texts[problems[name]])
            else:
                message.clear_message()
        if problems:
            self.tabs.setCurrentIndex(1)
            self.agency_fields[next(iter(problems))].setFocus()
            return
        _fees, fee_problem = self.fees_page.fees() if self.fees_page.editable else ([], None)
        if fee_problem is not None:
            row, text = fee_problem
            self.fees_page.message.show_message(text)
            self.tabs.setCurrentWidget(self.fees_page)
            self.fees_page.table.setCurrentCell(row, 0)
            return
        self.fees_page.message.clear_message()
        staff_problem = self.staff_page.problem() if self.staff_page.access == roles.EDIT else None
        if staff_problem is not None:
            row, text = staff_problem
            self.staff_message.show_message(text)
            self.tabs.setCurrentWidget(self.staff_page)
            self.staff_table.setCurrentCell(row, 0)
            self.staff_table.setFocus()
            return
        self.staff_message.clear_message()
        super().accept()

    def values(self) -> tuple[str, int]:
        return self.language.currentData(), self.backups.value()

    def paper_size(self) -> str:
        """"a4" or "letter": the paper packets and visa forms are laid out on."""
        return str(self.paper.currentData())
