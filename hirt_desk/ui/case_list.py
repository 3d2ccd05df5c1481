"""The case list panel: a search box over the lazy case table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.planning.pipeline import STATUSES
from hirt_desk.store.cases import CaseFilter
from hirt_desk.ui import labels
from hirt_desk.ui.case_list_model import CASE_ID_ROLE, COLUMNS, CaseListModel

#: columns hidden until the user shows them (header menu): the list fits beside the editor
DEFAULT_HIDDEN = ("nationality", "facility", "site", "next_date")
#: rows read to fit a column's width (Qt's default reads up to 1,000)
SAMPLE_ROWS = 50


class CaseListPanel(QWidget):
    #: the user selected a case (its id), or cleared the selection ("")
    case_selected = Signal(str)

    def __init__(self, model: CaseListModel, parent: QWidget | None = None,
                 facilities: list[tuple[str, str]] = (), today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._today = today
        self.model = model
        self.search = QLineEdit(self)
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, case number or passport number"))
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # a long name keeps its start (passport surname) and its end (own script) in view when
        # cut; the whole name is in the cell's tooltip
        self.table.setWordWrap(False)        # one line a case: wrapped, a name was cut at its end
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        # the columns are fitted to what they hold once per reload (fit_columns), not kept fitted
        # by Qt (ResizeToContents read each of the 200 rows fetched, three times over while the
        # window opened: ~50 ms of the start at 100,000 cases); the user may widen them
        self._set_resize_modes()
        self._fitted: set[int] = set()        # columns fitted once (fit_columns)
        header.setSectionsMovable(True)
        # at laptop width: number, patient, status and reply; the others from the header's menu
        for name in DEFAULT_HIDDEN:
            header.hideSection(COLUMNS.index(name))
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu_requested)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)      # newest first until clicked
        self.table.setSortingEnabled(True)

        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(labels.column_title("status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for code in STATUSES:
            self.status_filter.addItem(labels.status(code), code)
        self.facility_filter = QComboBox(self)
        self.facility_filter.setAccessibleName(labels.column_title("facility"))
        self.facility_filter.addItem(self.tr("All facilities"), "")
        for code, name in facilities:
            self.facility_filter.addItem(labels.facility(name), code)
        # as wide as the list leaves it, not as its longest facility's name: at 1280 pixels that
        # name would take the room the case editor's tabs need (the open list shows it whole)
        self.facility_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.facility_filter.setMinimumContentsLength(12)
        self.overdue_filter = QCheckBox(self.tr("Reply overdue"), self)
        self.overdue_filter.setObjectName("overdueFilter")
        for combo in (self.status_filter, self.facility_filter):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.overdue_filter.toggled.connect(self._on_filter_changed)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.facility_filter, 1)
        filters.addWidget(self.overdue_filter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

        # Search as the user types, once they pause: one query per pause, not per key.
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._on_debounce_timeout)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        model.reloaded.connect(self._on_model_reloaded)

    def current_filter(self) -> CaseFilter:
        """What the search and filters ask for, in the order the list is sorted."""
        return replace(self.model.case_filter, search=self.search.text().strip(),
                       status=self.status_filter.currentData() or "",
                       facility=self.facility_filter.currentData() or "",
                       overdue_on=self._today() if self.overdue_filter.isChecked() else None)

    def column_menu(self) -> QMenu:
        """A tick per column: which the list shows."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        for section, name in enumerate(COLUMNS):
            action = menu.addAction(labels.column_title(name))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(section))
            action.setEnabled(name != "number")
            action.toggled.connect(lambda on, s=section: self._show_column(s, on))
        return menu

    def _set_resize_modes(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("patient"), QHeaderView.ResizeMode.Stretch)

    def restore_columns(self, state: QByteArray) -> None:
        """The columns as the user left them (order, shown, widths), with today's resize modes:
        a state saved by an older version would bring back ResizeToContents."""
        self.table.horizontalHeader().restoreState(state)
        self._set_resize_modes()

    def _show_column(self, section: int, shown: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(section, not shown)
        if shown:
            self.fit_columns()

    def fit_columns(self) -> None:
        """Each shown column but the patient's (which takes the room left) as wide as its title
        and the first rows need (a sample: these columns hold values of one width, numbers, dates
        and status words); after the first fit only wider, so a column the user widened stays."""
        header = self.table.horizontalHeader()
        for section, name in enumerate(COLUMNS):
            if name != "patient" and not header.isSectionHidden(section):
                wanted = max(self._width_of_rows(section), header.sectionSizeHint(section))
                if wanted > header.sectionSize(section) or section not in self._fitted:
                    header.resizeSection(section, wanted)
                    self._fitted.add(section)

    def _width_of_rows(self, section: int) -> int:
        """What the first SAMPLE_ROWS rows of the column need, as the view measures a cell
        (QTableView.sizeHintForColumn reads every row fetched, whatever its precision says)."""
        option = QStyleOptionViewItem()
        self.table.initViewItemOption(option)
        delegate = self.table.itemDelegateForColumn(section) or self.table.itemDelegate()
        rows = range(min(SAMPLE_ROWS, self.model.rowCount()))
        width = max((delegate.sizeHint(option, self.model.index(row, section)).width() for row in rows),
                    default=0)
        return width + (1 if self.table.showGrid() else 0)

    def _on_header_menu_requested(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def clear_filters(self) -> None:
        """Show every case: no search, no filter (one reload)."""
        widgets = (self.search, self.status_filter, self.facility_filter, self.overdue_filter)
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        self.facility_filter.setCurrentIndex(0)
        self.overdue_filter.setChecked(False)
        for w in widgets:
            w.blockSignals(False)
        self._debounce.stop()
        self.model.set_filter(self.current_filter())

    def _on_debounce_timeout(self) -> None:
        self._debounce.stop()
        flt = self.current_filter()
        if flt != self.model.case_filter:
            self.model.set_filter(flt)

    def _on_filter_changed(self) -> None:
        self.model.set_filter(self.current_filter())

    def _on_model_reloaded(self, total: int) -> None:
        self.count_label.setText(self.tr("%n case(s)", "", total))
        self.fit_columns()

    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.case_selected.emit(current.data(CASE_ID_ROLE) or "" if current.isValid() else "")

    def select_case(self, case_id: str) -> bool:
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        # one of several selected, or Ctrl/Shift+click choosing several (the view selects after
        # saying the current row changed): the selection stays the user's
        adding = QApplication.keyboardModifiers() & (Qt.KeyboardModifier.ControlModifier
                                                     | Qt.KeyboardModifier.ShiftModifier)
        if selection.isRowSelected(row, QModelIndex()) or (adding and selection.currentIndex().row() == row):
            flags = QItemSelectionModel.SelectionFlag.NoUpdate
        selection.setCurrentIndex(self.model.index(row, 0), flags)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def allow_several(self) -> None:
        """Ctrl+click and Shift+click select several cases (to check them out to a laptop); the
        current row stays the case shown in the editor."""
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def selected_case_ids(self) -> list[str]:
        """The selected cases' ids, in the list's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [str(self.model.index(row, 0).data(CASE_ID_ROLE)) for row in rows]

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
