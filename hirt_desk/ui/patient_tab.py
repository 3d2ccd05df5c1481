"""The patient tab: the patient's identity and the companions travelling with them.

Removing a companion who has a visa record or itinerary items asks first what becomes of them:
removed with the companion, or the items handed to another traveller (the visa record, being
the companion's own, goes either way). The choice is saved with the case."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.actions import travellers
from hirt_desk.actions.case_detail import CompanionData
from hirt_desk.actions.cases import PatientData
from hirt_desk.planning.identity import ERROR
from hirt_desk.ui.likely_matches import Lookup, MatchPanel
from hirt_desk.ui.person_form import PersonForm

RELATIONS = ("spouse", "child", "parent", "sibling", "relative", "friend", "other")


def relation_label(code: str) -> str:
    translate = QCoreApplication.translate
    return {"spouse": translate("relation", "Spouse"), "child": translate("relation", "Child"),
            "parent": translate("relation", "Parent"), "sibling": translate("relation", "Sibling"),
            "relative": translate("relation", "Other relative"),
            "friend": translate("relation", "Friend"),
            "other": translate("relation", "Other")}.get(code, code)


class CompanionDialog(QDialog):
    """Add or edit one companion; OK only when the data has no errors."""

    def __init__(self, companion: CompanionData | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Companion"))
        self._original = companion
        self.relation = QComboBox(self)
        for code in RELATIONS:
            self.relation.addItem(relation_label(code), code)
        self.form = PersonForm(self)
        self.form.set_person(companion)
        if companion:
            self.relation.setCurrentIndex(max(0, self.relation.findData(companion.relation)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        top = QFormLayout()
        top.addRow(self.tr("Relation to the patient"), self.relation)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        problems = self.form.show_problems()
        if any(p.level == ERROR for p in problems):
            first = next(p for p in problems if p.level == ERROR)
            self.form.focus_field(first.field)
            return
        super().accept()

    def companion(self) -> CompanionData:
        data, _ = self.form.person()
        return CompanionData(**vars(data), relation=self.relation.currentData(),
                             id=self._original.id if self._original else None)


def person_name(person: PatientData) -> str:
    return person.name_native or f"{person.surname_latin} {person.given_names_latin}".strip()


class RemoveCompanionDialog(QDialog):
    """What becomes of a companion's visa record and itinerary items when it is removed."""

    def __init__(self, name: str, mentions: travellers.Mentions, others: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("removeCompanionDialog")
        self.setWindowTitle(self.tr("Remove companion"))
        facts = []
        if mentions.visa_record:
            facts.append(self.tr("%1 has a visa record; it is removed with them.").replace("%1", name))
        if mentions.items:
            facts.append(self.tr("%1 takes part in %2 itinerary item(s), %3 of them alone.")
                         .replace("%1", name).replace("%2", str(len(mentions.items)))
                         .replace("%3", str(len(mentions.only_theirs))))
        text = QLabel("\n".join(facts), self)
        text.setWordWrap(True)
        self.remove = QRadioButton(
            self.tr("Remove them from the itinerary (items only they take are removed)"), self)
        self.remove.setObjectName("removeItems")
        self.reassign = QRadioButton(self.tr("Give their itinerary items to:"), self)
        self.reassign.setObjectName("reassignItems")
        self.target = QComboBox(self)
        self.target.setObjectName("reassignTarget")
        for key, label in others:
            self.target.addItem(label, key)
        self.remove.setChecked(True)
        self.target.setEnabled(False)
        self.reassign.toggled.connect(self.target.setEnabled)
        self.reassign.setVisible(bool(mentions.items))
        self.target.setVisible(bool(mentions.items))
        self.remove.setVisible(bool(mentions.items))
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Remove companion"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.remove)
        row = QHBoxLayout()
        row.addWidget(self.reassign)
        row.addWidget(self.target, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def choice(self) -> str:
        """"remove" or "reassign:<traveller key>", as `actions.travellers` takes it."""
        if self.reassign.isChecked() and self.target.currentData():
            return f"{travellers.REASSIGN}{self.target.currentData()}"
        return travellers.REMOVE


class PatientTab(QWidget):
    #: anything on the tab was edited
    changed = Signal()
    #: Open on a likely match: its newest case (id)
    open_case_requested = Signal(str)
    #: Use this person on a likely match: this case's patient is that person (their id)
    merge_requested = Signal(str)
    #: Not the same on a likely match (their id)
    not_same_answered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = PersonForm(self)
        self.form.changed.connect(self.changed)
        # likely matches of the patient as it is edited (the case editor gives the look-up)
        self.matches = MatchPanel(self.form, lambda _data, _dismissed: [], self)
        self.matches.open_requested.connect(self.open_case_requested)
        self.matches.use_requested.connect(self.merge_requested)
        self.matches.not_same.connect(self.not_same_answered)
        self._companions: list[CompanionData] = []
        self._removals: dict[str, str] = {}       # companion id -> what becomes of its items

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("companionTable")
        self.table.setHorizontalHeaderLabels([self.tr("Relation"), self.tr("Name (passport)"),
                                              self.tr("Own script"), self.tr("Nationality")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(140)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        self.add_button = QPushButton(self.tr("Add companion…"), self)
        self.add_button.setObjectName("addCompanion")
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)

        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        companions = QGroupBox(self.tr("Companions"), self)
        box = QVBoxLayout(companions)
        box.addWidget(self.table)
        box.addLayout(buttons)

        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.addWidget(self.form)
        column.addWidget(self.matches)
        column.addWidget(companions)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def set_lookup(self, lookup: Lookup) -> None:
        """How likely matches of the patient shown are found (a new patient: none shown yet)."""
        self.matches.lookup = lookup
        self.matches.reset()

    def set_data(self, patient: PatientData, companions: list[CompanionData]) -> None:
        self.matches.reset()
        self.form.set_person(patient)
        self._companions = [replace(c) for c in companions]
        self._removals = {}
        self._refresh()

    def companions(self) -> list[CompanionData]:
        return list(self._companions)

    def removal_choices(self) -> dict[str, str]:
        """For each saved companion removed here: "remove" or "reassign:<traveller key>"."""
        return dict(self._removals)

    def _refresh(self) -> None:
        self.table.setRowCount(len(self._companions))
        for row, c in enumerate(self._companions):
            for col, text in enumerate((relation_label(c.relation),
                                        f"{c.surname_latin} {c.given_names_latin}".strip(),
                                        c.name_native, c.nationality)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        has = bool(self._companions)
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _selected(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else (0 if len(self._companions) == 1 else -1)

    def _on_add_clicked(self) -> None:
        dialog = CompanionDialog(None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._companions.append(dialog.companion())
            self._refresh()
            self.changed.emit()

    def _on_edit_clicked(self) -> None:
        row = self._selected()
        if row < 0:
            return
        dialog = CompanionDialog(self._companions[row], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._companions[row] = dialog.companion()
            self._refresh()
            self.changed.emit()

    def _on_remove_clicked(self) -> None:
        row = self._selected()
        if row < 0:
            return
        companion = self._companions[row]
        if companion.id is not None:
            mentions = travellers.companion_mentions(companion.id)
            choice = travellers.REMOVE
            if mentions:
                patient, _ = self.form.person()
                others = [(travellers.PATIENT, person_name(patient))] + [
                    (c.id, person_name(c)) for c in self._companions if c.id and c.id != companion.id]
                dialog = RemoveCompanionDialog(person_name(companion), mentions, others, self)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return
                choice = dialog.choice()
            self._removals[companion.id] = choice
        del self._companions[row]
        self._refresh()
        self.changed.emit()
