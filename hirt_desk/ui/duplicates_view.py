"""Duplicate persons in the window (issue 21): the Duplicates view listing likely pairs with their
likeness and reasons, merging a pair side by side, answering "not the same"; and the look-ups
the New case dialog and the patient tab warn with.

The list is read in the background (every person on file is compared through blocking keys: a
second or two at 100,000 persons); merging and answering are actions, run at the user's click.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.actions import persons
from hirt_desk.actions.cases import PatientData
from hirt_desk.store.errors import StoreError
from hirt_desk.ui import jobs
from hirt_desk.ui.errors import show_error
from hirt_desk.ui.likely_matches import Lookup
from hirt_desk.ui.person_merge_dialog import PersonMergeDialog

if TYPE_CHECKING:      # the matcher and its romanisers load when a look-up first runs, not at start
    from hirt_desk.actions import duplicates
    from hirt_desk.actions.entry_matches import LikelyMatch


def lookup_new(data: PatientData, dismissed: set[str]) -> list[LikelyMatch]:
    """Likely matches of a person not saved yet (the New case dialog)."""
    from hirt_desk.actions import entry_matches
    return entry_matches.likely_matches(entry_matches.person_of(data), exclude=dismissed)


def lookup_for(patient_id: str) -> Lookup:
    """The look-up of the patient tab: never the patient itself nor those said not to be them."""
    def lookup(data: PatientData, dismissed: set[str]) -> list[LikelyMatch]:
        from hirt_desk.actions import entry_matches
        return entry_matches.matches_for_patient(patient_id, entry_matches.person_of(data),
                                                 dismissed=dismissed)
    return lookup


def remember_not_same(patient_id: str, others: list[str], user: str) -> None:
    """The New case dialog's "Not the same" answers, once the new patient exists. An answer that
    cannot be stored now is simply asked again next time."""
    for other in others:
        try:
            persons.mark_not_same(patient_id, other, user=user)
        except (StoreError, persons.PersonRefused):
            pass


def refusal_text(exc: persons.PersonRefused) -> str:
    """A refused merge or undo in the user's language."""
    translate = QCoreApplication.translate
    return {
        "merged": translate("DuplicatesView", "One of the two records was merged into another already."),
        "undone": translate("DuplicatesView", "This merge was undone already."),
        "later": translate("DuplicatesView", "The kept record was merged into another since: undo that "
                                             "merge first."),
        "companion": translate("DuplicatesView", "Only patients' records can be merged; this person is a "
                                                 "companion on a case."),
    }.get(exc.reason, translate("DuplicatesView", "The records could not be merged: %1")
          .replace("%1", str(exc)))


def merge_pair(parent: QWidget, keep: str, other: str, user: str) -> persons.MergeResult | None:
    """Show two records side by side and merge them as the user chooses; None when cancelled or
    refused (the user has been told why)."""
    try:
        left, right = persons.load_person(keep), persons.load_person(other)
    except (StoreError, persons.PersonRefused) as exc:
        _tell(parent, exc)
        return None
    dialog = PersonMergeDialog(left, right, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    kept, merged, take = dialog.result_choices()
    try:
        return persons.merge_persons(kept, merged, take=take, user=user)
    except (StoreError, persons.PersonRefused) as exc:
        _tell(parent, exc)
        return None


def _tell(parent: QWidget, exc: Exception) -> None:
    translate = QCoreApplication.translate
    if isinstance(exc, persons.PersonRefused):
        box = QMessageBox(QMessageBox.Icon.Warning, translate("DuplicatesView", "Duplicate persons"),
                          refusal_text(exc), QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("mergeRefused")
        box.exec()
    else:
        show_error(parent, translate("DuplicatesView", "The records were not merged."), exc)


class DuplicatesDialog(QDialog):
    """The likely duplicate persons on file; merge a pair, or say they are different people."""

    #: a merge was saved (the cases it moved may be open or listed): the change's id
    merged = Signal(str)

    def __init__(self, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Duplicate persons"))
        self.user = user
        from hirt_desk.ui.duplicates_model import DuplicatesModel
        self.model = DuplicatesModel(self)
        self.state = QLabel(self.tr("Looking for likely duplicates…"), self)
        self.state.setObjectName("duplicatesState")
        self.table = QTableView(self)
        self.table.setObjectName("duplicatesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, 300)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.merge_button = QPushButton(self.tr("Merge…"), self)
        self.merge_button.setObjectName("mergePair")
        self.not_same_button = QPushButton(self.tr("Not the same person"), self)
        self.not_same_button.setObjectName("notSamePair")
        self.merge_button.clicked.connect(self._on_merge_clicked)
        self.not_same_button.clicked.connect(self._on_not_same_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.not_same_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.resize(1180, 560)
        self._on_selection_changed()
        self.reload()

    def reload(self) -> None:
        """Read the pairs again, in the background."""
        self.state.setText(self.tr("Looking for likely duplicates…"))
        self.merge_button.setEnabled(False)
        self.not_same_button.setEnabled(False)
        from hirt_desk.actions import duplicates
        jobs.start(lambda _job: duplicates.stored_duplicates_apart(), self._on_pairs_found,
                   self._on_pairs_failed)

    def _on_pairs_found(self, pairs: list[duplicates.StoredPair]) -> None:
        self.model.set_pairs(pairs)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._on_pairs_shown()

    def _on_pairs_failed(self, exc: Exception) -> None:
        if not isinstance(exc, StoreError):
            raise exc
        self.state.setText(self.tr("The persons could not be read."))
        show_error(self, self.tr("The persons could not be read."), exc)

    def _selected(self) -> duplicates.StoredPair | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.pair(rows[0].row()) if rows else None

    def _on_selection_changed(self) -> None:
        pair = self._selected()
        self.not_same_button.setEnabled(pair is not None)
        from hirt_desk.actions.duplicates import PATIENT
        both_patients = pair is not None and pair.a.kind == pair.b.kind == PATIENT
        self.merge_button.setEnabled(both_patients)
        self.merge_button.setToolTip("" if both_patients or pair is None else
                                     self.tr("Only two patients' records are merged; a companion belongs "
                                             "to one case."))

    def _on_merge_clicked(self) -> None:
        pair = self._selected()
        if pair is None:
            return
        result = merge_pair(self, pair.a.id, pair.b.id, self.user)
        if result is not None:
            self.merged.emit(result.change)
            self.reload()

    def _on_not_same_clicked(self) -> None:
        pair = self._selected()
        if pair is None:
            return
        try:
            persons.mark_not_same(pair.a.id, pair.b.id, user=self.user)
        except (StoreError, persons.PersonRefused) as exc:
            _tell(self, exc)
            return
        self.model.remove(pair)
        self._on_pairs_shown()

    def _on_pairs_shown(self) -> None:
        count = self.model.rowCount()
        self.state.setText(self.tr("%n pair(s) of records may be one person each.", "", count) if count
                           else self.tr("No likely duplicates."))
        self._on_selection_changed()

    def done(self, result: int) -> None:
        jobs.wait_idle()                 # the list being read finishes before the dialog goes
        super().done(result)


def show_duplicates(parent: QWidget, user: str) -> DuplicatesDialog:
    dialog = DuplicatesDialog(user, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog
