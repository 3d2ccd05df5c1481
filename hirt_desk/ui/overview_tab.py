"""The case tab: where the case stands (status, dates, coordinator), its history and notes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.actions.case_detail import CaseDetail
from hirt_desk.packets.phrases import LANGUAGES
from hirt_desk.ui import labels


class OverviewTab(QWidget):
    #: an editable field (coordinator, packet language) changed
    changed = Signal()
    #: the user asked to change the status
    status_change_requested = Signal()
    #: the user asked to undo the last status change
    status_undo_requested = Signal()
    #: the user wrote a note and pressed "Add note" (its text); `note_saved()` clears the box
    note_added = Signal(str)

    def __init__(self, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._today = today
        self.number = QLabel(self)
        self.number.setObjectName("caseNumber")
        self.facility = QLabel(self)
        self.status = QLabel(self)
        self.status.setObjectName("caseStatus")
        self.change_status = QPushButton(self.tr("Change status…"), self)
        self.change_status.setObjectName("changeStatus")
        self.change_status.clicked.connect(self.status_change_requested)
        self.undo_status = QPushButton(self.tr("Undo last change"), self)
        self.undo_status.setObjectName("undoStatus")
        self.undo_status.clicked.connect(self.status_undo_requested)
        self.inquiry = QLabel(self)
        self.reply_due = QLabel(self)
        self.coordinator = QLineEdit(self)
        self.coordinator.setObjectName("coordinator")
        self.coordinator.textEdited.connect(self.changed)
        self.packet_language = QComboBox(self)
        for tag in LANGUAGES:
            self.packet_language.addItem(labels.LANGUAGE_NAMES[tag], tag)
        self.packet_language.currentIndexChanged.connect(self.changed)
        self.balance = QLabel(self)               # the case's money (ui/money_tab.balance_text)
        self.balance.setObjectName("caseBalance")
        self.balance.setWordWrap(True)

        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addWidget(self.change_status)
        status_row.addWidget(self.undo_status)
        status_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Case number"), self.number)
        form.addRow(self.tr("Facility"), self.facility)
        form.addRow(self.tr("Status"), status_row)
        form.addRow(self.tr("Inquiry"), self.inquiry)
        form.addRow(self.tr("Reply due"), self.reply_due)
        form.addRow(self.tr("Coordinator"), self.coordinator)
        form.addRow(self.tr("Packet language"), self.packet_language)
        form.addRow(self.tr("Balance"), self.balance)

        self.history = QListWidget(self)
        self.history.setObjectName("history")
        history_box = QGroupBox(self.tr("Status history"), self)
        QVBoxLayout(history_box).addWidget(self.history)

        self.notes = QListWidget(self)
        self.notes.setWordWrap(True)
        self.note_text = QPlainTextEdit(self)
        self.note_text.setObjectName("noteText")
        self.note_text.setFixedHeight(60)
        self.note_text.setTabChangesFocus(True)
        self.note_text.setPlaceholderText(self.tr("Write a note for this case"))
        self.add_note = QPushButton(self.tr("Add note"), self)
        self.add_note.setObjectName("addNote")
        self.add_note.clicked.connect(self._on_add_note_clicked)
        notes_box = QGroupBox(self.tr("Notes"), self)
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.notes)
        notes_layout.addWidget(self.note_text)
        notes_layout.addWidget(self.add_note)

        lower = QHBoxLayout()
        lower.addWidget(history_box)
        lower.addWidget(notes_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lower, 1)

    def set_case(self, case: CaseDetail) -> None:
        self.number.setText(case.number)
        self.facility.setText(labels.facility(case.facility_name_en, case.facility_name_ja))
        self.status.setText(f"<b>{labels.status(case.status)}</b>")
        self.change_status.setEnabled(bool(case.next_statuses))
        last = case.history[-1] if case.history else None
        self.undo_status.setEnabled(last is not None and last.from_status is not None
                                    and last.to_status == case.status)
        self.undo_status.setToolTip(
            self.tr("Back from %1 to %2").replace("%1", labels.status(last.to_status))
            .replace("%2", labels.status(last.from_status)) if last and last.from_status else "")
        self.inquiry.setText(labels.short_date(case.inquiry_date))
        overdue = case.status == "inquiry" and case.reply_due < self._today()
        self.reply_due.setText(labels.short_date(case.reply_due))
        self.reply_due.setStyleSheet("color: #c62828; font-weight: bold;" if overdue else "")
        self.reply_due.setToolTip(labels.overdue_tip() if overdue else "")
        self.reply_due.setProperty("overdue", overdue)
        for w in (self.coordinator, self.packet_language):
            w.blockSignals(True)
        self.coordinator.setText(case.coordinator)
        self.packet_language.setCurrentIndex(max(0, self.packet_language.findData(case.packet_language)))
        for w in (self.coordinator, self.packet_language):
            w.blockSignals(False)
        self.history.clear()
        for h in reversed(case.history):
            line = f"{labels.short_date(h.effective)}  {labels.status(h.to_status)}"
            if h.by:
                line += f"  ({h.by})"
            if h.note:
                line += f" — {h.note}"
            self.history.addItem(line)
        self.notes.clear()
        for n in reversed(case.notes):
            self.notes.addItem(f"{labels.short_date(n.written.date())}  {n.author}\n{n.body}")

    def _on_add_note_clicked(self) -> None:
        text = self.note_text.toPlainText().strip()
        if text:
            self.note_added.emit(text)       # the text stays until the note is saved

    def note_saved(self) -> None:
        self.note_text.clear()
