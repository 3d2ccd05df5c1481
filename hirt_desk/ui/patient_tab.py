"""The patient tab: the patient's identity and the companions travelling with them."""

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
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.actions.case_detail import CompanionData
from hirt_desk.actions.cases import PatientData
from hirt_desk.planning.identity import ERROR
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


class PatientTab(QWidget):
    #: anything on the tab was edited
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = PersonForm(self)
        self.form.changed.connect(self.changed)
        self._companions: list[CompanionData] = []

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
        column.addWidget(companions)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def set_data(self, patient: PatientData, companions: list[CompanionData]) -> None:
        self.form.set_person(patient)
        self._companions = [replace(c) for c in companions]
        self._refresh()

    def companions(self) -> list[CompanionData]:
        return list(self._companions)

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
        del self._companions[row]
        self._refresh()
        self.changed.emit()
