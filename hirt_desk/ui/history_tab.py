"""The History tab of a case: who changed what and when, newest first, filtered by field and by
person."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.actions.history import HistoryRow
from hirt_desk.ui.history_model import HistoryModel


class HistoryTab(QWidget):
    #: Undo merge… on a row of a merge of two persons: the change's id
    undo_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None,
                 undoable: Callable[[str], bool] = lambda _change: False) -> None:
        """`undoable(change)`: whether the change can be undone here (a merge not undone yet)."""
        super().__init__(parent)
        self.undoable = undoable
        self.model = HistoryModel(self)
        self.field = QComboBox(self)
        self.field.setObjectName("historyField")
        self.person = QComboBox(self)
        self.person.setObjectName("historyPerson")
        for combo in (self.field, self.person):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.count = QLabel(self)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in (4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)

        self.undo_button = QPushButton(self.tr("Undo this merge…"), self)
        self.undo_button.setObjectName("undoMerge")
        self.undo_button.setToolTip(self.tr("Take back the merge of two persons' records that the selected "
                                            "change belongs to"))
        self.undo_button.clicked.connect(self._on_undo_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._on_selection_changed()

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Field:"), self))
        filters.addWidget(self.field)
        filters.addSpacing(16)
        filters.addWidget(QLabel(self.tr("Person:"), self))
        filters.addWidget(self.person)
        filters.addStretch(1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Every saved change to this case, newest first."), self))
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)

    def load(self, rows: Sequence[HistoryRow]) -> None:
        """Show the case's history (oldest first, as the action gives it); the chosen filters stay
        where they still apply."""
        field, person = self.field.currentData(), self.person.currentData()
        self.model.set_history(rows)
        for combo, everything, values, chosen in (
                (self.field, self.tr("All fields"), self.model.fields(), field),
                (self.person, self.tr("Everyone"), self.model.people(), person)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.blockSignals(False)
        self._on_filter_changed()

    def _on_filter_changed(self) -> None:
        self.model.set_filter(self.field.currentData() or "", self.person.currentData() or "")
        self.count.setText(self.tr("%n change(s)", "", self.model.rowCount()))
        self._on_selection_changed()

    def selected_change(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()).change if rows else ""

    def _on_selection_changed(self) -> None:
        change = self.selected_change()
        self.undo_button.setEnabled(bool(change) and self.undoable(change))

    def _on_undo_clicked(self) -> None:
        change = self.selected_change()
        if change:
            self.undo_requested.emit(change)
