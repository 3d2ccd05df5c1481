"""Edit → Conflicts…: the fields a laptop's sync found changed on both sides, and resolving them.

Each open conflict shows its case, the field, the value before, the office's and the laptop's
(who, when); the user keeps one side or types the merged value (where the record takes one:
actions.conflicts.accepts_value). A resolution is an ordinary audited change that the next sync
carries to the other side. Works on the office server and on a laptop alike.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.actions.conflicts import (
    LAPTOP,
    OFFICE,
    ConflictRefused,
    ConflictView,
    accepts_value,
    open_conflicts,
    resolve_conflict,
)
from hirt_desk.actions.editing import REMOVED
from hirt_desk.store.errors import StoreError
from hirt_desk.ui.errors import show_error
from hirt_desk.ui.field_labels import display_value, field_label, local_time, record_label

translate = QCoreApplication.translate


def refusal_text(exc: ConflictRefused) -> str:
    """Why a resolution was refused, in the user's language (the reason codes of
    actions.conflicts.ConflictRefused; its English sentence is the command line's)."""
    values = exc.values
    if exc.reason == "closed":
        kept = {OFFICE: translate("ConflictsDialog", "the office's value was kept"),
                LAPTOP: translate("ConflictsDialog", "the laptop's value was kept")}.get(
            values.get("resolution", ""), translate("ConflictsDialog", "a typed value was kept"))
        return (translate("ConflictsDialog", "This conflict was already resolved by %1 (%2). The list "
                                             "now shows the conflicts still open.")
                .replace("%1", values.get("by", "")).replace("%2", kept))
    if exc.reason == "unknown":
        return translate("ConflictsDialog", "This conflict is no longer here. The list now shows the "
                                            "conflicts still open.")
    if exc.reason == "removed":
        return translate("ConflictsDialog", "One side removed this record: keep the office's or the "
                                            "laptop's, a value cannot be typed.")
    if exc.reason == "as_recorded":
        return (translate("ConflictsDialog", "%1 is kept as one side recorded it: keep the office's or "
                                             "the laptop's, a value cannot be typed.")
                .replace("%1", record_label(values.get("table", ""))))
    if exc.reason == "bad_value":
        field = values.get("field", "")
        label = field_label(values.get("table", ""), field) or field
        return (translate("ConflictsDialog", "“%1” is not a value %2 can take. Correct it and try again.")
                .replace("%1", values.get("value", "")).replace("%2", label))
    return translate("ConflictsDialog", "Keep the office's or the laptop's value, or type the value "
                                        "to keep.")


def open_count() -> int:
    """How many conflicts are open (0 when the database cannot say now)."""
    try:
        return len(open_conflicts())
    except StoreError:
        return 0


def _side(by: str, at: str | None) -> str:
    if not at:
        return by
    try:
        when = local_time(datetime.fromisoformat(at.removesuffix("Z")))
    except ValueError:
        when = at
    return f"{by}, {when}"


class ConflictsDialog(QDialog):
    """The open conflicts; one resolved at a time."""

    #: a conflict was resolved (its case changed): the case's id
    resolved = Signal(str)

    def __init__(self, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicts"))
        self.user = user
        self.conflicts: list[ConflictView] = []
        self.state = QLabel(self)
        self.state.setObjectName("conflictsState")
        self.state.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("conflictsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Field"), self.tr("Before"),
                                              self.tr("Office"), self.tr("Laptop")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col in range(5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col >= 2
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.keep_office = QPushButton(self.tr("Keep office"), self)
        self.keep_office.setObjectName("keepOffice")
        self.keep_laptop = QPushButton(self.tr("Keep laptop"), self)
        self.keep_laptop.setObjectName("keepLaptop")
        self.value = QLineEdit(self)
        self.value.setObjectName("conflictValue")
        self.value.setPlaceholderText(self.tr("or type the value to keep"))
        self.use_value = QPushButton(self.tr("Use this value"), self)
        self.use_value.setObjectName("useValue")
        self.keep_office.clicked.connect(lambda: self._resolve(keep=OFFICE))
        self.keep_laptop.clicked.connect(lambda: self._resolve(keep=LAPTOP))
        self.use_value.clicked.connect(lambda: self._resolve(value=self.value.text()))
        self.value.returnPressed.connect(self.use_value.click)
        self.value.textChanged.connect(self._on_selection_changed)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        buttons = QHBoxLayout()
        for w in (self.keep_office, self.keep_laptop):
            buttons.addWidget(w)
        buttons.addWidget(self.value, 1)
        buttons.addWidget(self.use_value)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(980, 420)
        self.reload()

    def reload(self) -> None:
        try:
            self.conflicts = open_conflicts()
        except StoreError as exc:
            self.conflicts = []
            show_error(self, self.tr("The conflicts could not be read."), exc)
        self.table.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            label = field_label(c.table, c.field) or record_label(c.table)
            cells = [f"{c.number}\n{c.patient}".strip(), label, display_value(c.table, c.field, c.base),
                     f"{display_value(c.table, c.field, c.office)}\n({_side(c.office_by, c.office_at)})",
                     f"{display_value(c.table, c.field, c.laptop)}\n({_side(c.laptop_by, c.laptop_at)})"]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self.state.setText(self.tr("%n open conflict(s): the same field was changed in the office and "
                                   "on a laptop. Keep one value, or type the value to keep.", "",
                                   len(self.conflicts)) if self.conflicts
                           else self.tr("No open conflicts."))
        if self.conflicts:
            self.table.selectRow(0)
        self._on_selection_changed()

    def selected(self) -> ConflictView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows else None

    def _on_selection_changed(self) -> None:
        c = self.selected()
        self.keep_office.setEnabled(c is not None)
        self.keep_laptop.setEnabled(c is not None)
        typed = c is not None and accepts_value(c.table) and REMOVED not in (c.office, c.laptop)
        self.value.setEnabled(typed)
        self.use_value.setEnabled(typed and bool(self.value.text().strip()))
        if c is not None and not typed:
            self.value.setToolTip(self.tr("This record is kept as one side recorded it: keep the "
                                          "office's or the laptop's."))
        else:
            self.value.setToolTip("")

    def _resolve(self, keep: str | None = None, value: str | None = None) -> None:
        c = self.selected()
        if c is None:
            return
        try:
            typed = value.strip() if value is not None else None
            resolve_conflict(c.id, keep=keep, value=typed, user=self.user)
        except ConflictRefused as exc:
            if exc.reason in ("closed", "unknown"):      # resolved meanwhile elsewhere: the list as it is
                self.reload()
            else:
                self.value.setFocus(Qt.FocusReason.OtherFocusReason)
            self.state.setText(self.tr("Not resolved: %1").replace("%1", refusal_text(exc)))
            self.state.setStyleSheet("color: #b42318;")
            if exc.reason in ("closed", "unknown"):
                self.resolved.emit(c.case)             # the window's count and badge follow
            return
        except StoreError as exc:
            show_error(self, self.tr("The conflict was not resolved."), exc)
            return
        self.value.clear()
        self.state.setStyleSheet("")
        self.reload()
        self.resolved.emit(c.case)
