"""The case's Contacts tab: the contact log, newest first, and a form to log an entry (when, in or
out, which channel, with whom, a summary, the record kinds asked for, the documents sent).

Logging calls one action (actions/documents.log_contact); nothing here reads the database."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.actions import documents as actions
from hirt_desk.actions.documents import DocumentRefused
from hirt_desk.records.required import CHANNELS, KINDS, PARTIES
from hirt_desk.store.errors import StoreError
from hirt_desk.ui import record_labels as labels
from hirt_desk.ui.errors import store_error_text
from hirt_desk.ui.fields import DateField, FieldMessage


class ContactsTab(QWidget):
    #: an entry was logged (the required records' states may have changed)
    contact_logged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id = ""
        self.user = ""
        self.when = DateField(self)
        self.when.setObjectName("contactWhen")
        self.when_time = QLineEdit(self)
        self.when_time.setObjectName("contactTime")
        self.when_time.setPlaceholderText(self.tr("HH:MM"))
        self.when_time.setMaxLength(5)
        self.direction = QComboBox(self)
        self.direction.setObjectName("contactDirection")
        for code in ("in", "out"):
            self.direction.addItem(labels.text(labels.DIRECTION, code), code)
        self.channel = QComboBox(self)
        self.channel.setObjectName("contactChannel")
        for code in CHANNELS:
            self.channel.addItem(labels.text(labels.CHANNEL, code), code)
        self.party = QComboBox(self)
        self.party.setObjectName("contactParty")
        for code in PARTIES:
            self.party.addItem(labels.text(labels.PARTY, code), code)
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("contactSummary")
        self.summary.setPlaceholderText(self.tr("What was said, asked or sent"))
        self.summary.setMaximumHeight(70)
        self.kinds = QListWidget(self)
        self.kinds.setObjectName("contactKinds")
        self.kinds.setAccessibleName(self.tr("Records asked for"))
        for code in KINDS:
            item = QListWidgetItem(labels.text(labels.KIND, code), self.kinds)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.documents = QListWidget(self)
        self.documents.setObjectName("contactDocuments")
        self.documents.setAccessibleName(self.tr("Documents sent"))
        self.log_button = QPushButton(self.tr("Log contact"), self)
        self.log_button.setObjectName("logContact")
        self.message = FieldMessage(self)
        self.message.setObjectName("contactsMessage")
        form = QFormLayout()
        when = QHBoxLayout()
        when.addWidget(self.when)
        when.addWidget(self.when_time)
        when.addStretch(1)
        form.addRow(self.tr("When"), when)
        row = QHBoxLayout()
        row.addWidget(self.direction)
        row.addWidget(self.channel)
        row.addWidget(self.party, 1)
        form.addRow(self.tr("Direction, channel, who"), row)
        form.addRow(self.tr("Summary"), self.summary)
        lists = QHBoxLayout()
        lists.addWidget(self.kinds)
        lists.addWidget(self.documents)
        form.addRow(self.tr("Records asked for / documents sent"), lists)
        form.addRow("", self.log_button)
        self.log = QTableWidget(0, 5, self)
        self.log.setObjectName("contactLog")
        self.log.setAccessibleName(self.tr("Contact log"))
        self.log.setHorizontalHeaderLabels([self.tr("When"), self.tr("Direction"), self.tr("Channel"),
                                            self.tr("Who"), self.tr("Summary")])
        self.log.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.log.verticalHeader().hide()
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.log, 1)
        self.log_button.clicked.connect(self._on_log_clicked)

    def load(self, case_id: str) -> None:
        self.case_id = case_id
        now = datetime.now()
        self.when.set_value(now.date())
        self.when_time.setText(now.strftime("%H:%M"))
        self.summary.clear()
        self.message.clear_message()
        self.refresh()

    def refresh(self) -> None:
        if not self.case_id:
            return
        try:
            records = actions.case_records(self.case_id, verify=False)
        except StoreError as exc:
            self.message.show_message(store_error_text(exc))
            return
        self.documents.clear()
        for doc in records.documents:
            item = QListWidgetItem(f"{doc.name} ({labels.text(labels.KIND, doc.kind)})", self.documents)
            item.setData(Qt.ItemDataRole.UserRole, doc.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.log.setRowCount(len(records.contacts))
        for r, entry in enumerate(records.contacts):
            local = entry.at.replace(tzinfo=UTC).astimezone()
            cells = [local.strftime("%Y-%m-%d %H:%M"), labels.text(labels.DIRECTION, entry.direction),
                     labels.text(labels.CHANNEL, entry.channel), labels.text(labels.PARTY, entry.party),
                     entry.summary]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.log.setItem(r, c, item)
        self.log.resizeColumnsToContents()
        self.log.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def _checked(self, widget: QListWidget) -> list[str]:
        return [str(widget.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def _on_log_clicked(self) -> None:
        if not self.case_id:
            return
        try:
            day = self.when.value()
            hour, minute = (int(part) for part in self.when_time.text().strip().split(":"))
            if day is None:
                raise ValueError("no date")
            local = datetime(day.year, day.month, day.day, hour, minute)
        except ValueError:
            self.message.show_message(self.tr("When: a date (YYYY-MM-DD) and a time (HH:MM)."))
            return
        at = local.astimezone(UTC).replace(tzinfo=None)
        try:
            actions.log_contact(self.case_id, direction=str(self.direction.currentData()),
                                channel=str(self.channel.currentData()), party=str(self.party.currentData()),
                                summary=self.summary.toPlainText().strip(), at=at,
                                kinds=self._checked(self.kinds), documents=self._checked(self.documents),
                                user=self.user or None)
        except DocumentRefused as exc:
            self.message.show_message(self.tr("The contact was not logged.") + " " + str(exc))
            return
        except StoreError as exc:
            self.message.show_message(self.tr("The contact was not logged.") + " " + store_error_text(exc))
            return
        self.message.clear_message()
        self.summary.clear()
        for widget in (self.kinds, self.documents):
            for i in range(widget.count()):
                widget.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.refresh()
        self.contact_logged.emit()
