"""The case list panel: a search box over the lazy case table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.store.cases import CaseFilter
from hirt_desk.ui.case_list_model import CASE_ID_ROLE, CaseListModel


class CaseListPanel(QWidget):
    #: the user selected a case (its id), or cleared the selection ("")
    case_selected = Signal(str)

    def __init__(self, model: CaseListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit(self)
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, case number or passport number"))
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

        # Search as the user types, once they pause: one query per pause, not per key.
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._on_debounce_timeout)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        model.reloaded.connect(self._on_model_reloaded)

    def _on_debounce_timeout(self) -> None:
        self._debounce.stop()
        flt = self.model.case_filter
        text = self.search.text().strip()
        if text != flt.search:
            self.model.set_filter(CaseFilter(text, flt.status, flt.facility, flt.overdue_on))

    def _on_model_reloaded(self, total: int) -> None:
        self.count_label.setText(self.tr("%n case(s)", "", total))

    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.case_selected.emit(current.data(CASE_ID_ROLE) or "" if current.isValid() else "")

    def select_case(self, case_id: str) -> bool:
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
