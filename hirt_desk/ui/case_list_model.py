"""The case list as a Qt model over the database: lazy and paged, never every row at once.

Rows arrive a page at a time through `canFetchMore`/`fetchMore`, so the list opens instantly on
100,000 cases. The model does not query the database itself: it is given the two store
functions it needs (list a page, count matches), which tests can replace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from hirt_desk.store.cases import CaseFilter, CaseRow
from hirt_desk.ui import labels

Index = QModelIndex | QPersistentModelIndex
FetchPage = Callable[[CaseFilter, int, int], list[CaseRow]]
CountRows = Callable[[CaseFilter], int]

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("number", "patient", "nationality", "site", "facility", "status", "reply_due", "next_date")
_OVERDUE = QBrush(QColor("#c62828"))


def _conflict_icon() -> QIcon:
    """The badge of a case with open conflicts (the style's warning sign)."""
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if style is not None else QIcon()


def shown(row: CaseRow, column: str) -> str:
    """A cell as the list shows it (and File → Export list… writes it)."""
    if column == "number":
        return row.number
    if column == "patient":
        return f"{row.name_latin}  {row.name_native}" if row.name_native else row.name_latin
    if column == "nationality":
        return row.nationality
    if column == "site":
        return labels.site(row.site)
    if column == "facility":
        return row.facility.upper()
    if column == "status":
        return labels.status(row.status)
    if column == "reply_due":
        return labels.short_date(row.reply_due)
    if column == "next_date":
        return labels.short_date(date.fromisoformat(row.next_date)) if row.next_date else ""
    return ""


class CaseListModel(QAbstractTableModel):
    PAGE = 200

    #: emitted after the filter changed and the first page is in; carries the number of matches
    reloaded = Signal(int)

    def __init__(self, fetch: FetchPage, count: CountRows,
                 today: Callable[[], date] = date.today, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._count = count
        self._today = today
        self._filter = CaseFilter()
        self._rows: list[CaseRow] = []
        self._total = 0

    # -- loading --------------------------------------------------------------------------------

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many cases match the filter (loaded or not)."""
        return self._total

    def set_filter(self, flt: CaseFilter) -> None:
        """Show the cases matching `flt`; read before anything changes, so a database that cannot
        be read (StoreError) leaves the list as it was."""
        total = self._count(flt)
        rows = self._fetch(flt, self.PAGE, 0)
        self.beginResetModel()
        self._filter = flt
        self._total = total
        self._rows = rows
        self.endResetModel()
        self.reloaded.emit(self._total)

    def reload(self) -> None:
        self.set_filter(self._filter)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the database (every case, not only the rows loaded); column -1: newest first."""
        key = COLUMNS[column] if 0 <= column < len(COLUMNS) else ""
        flt = replace(self._filter, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        if flt != self._filter:
            self.set_filter(flt)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._fetch(self._filter, self.PAGE, len(self._rows))
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- reading --------------------------------------------------------------------------------

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    def row_of(self, case_id: str) -> int:
        """The loaded row showing `case_id`, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return labels.column_title(COLUMNS[section])
        return None

    def _overdue(self, row: CaseRow) -> bool:
        return row.status == "inquiry" and row.reply_due < self._today()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(row, column)
        if row.conflicts and column == "number":
            if role == Qt.ItemDataRole.DecorationRole:
                return _conflict_icon()
            if role == Qt.ItemDataRole.ToolTipRole:
                return labels.conflicts_tip(row.conflicts)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "patient":             # in full where the column is too narrow
                return f"{row.name_latin}  {row.name_native}".strip()
            if column == "nationality":
                return labels.country(row.nationality)
            if column == "reply_due" and self._overdue(row):
                return labels.overdue_tip()
        if role == Qt.ItemDataRole.ForegroundRole and column == "reply_due" and self._overdue(row):
            return _OVERDUE
        if role == CASE_ID_ROLE:
            return row.id
        return None
