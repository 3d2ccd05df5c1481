"""The history of one case as a table: when, who, what, which field, before and after, newest
first, filtered by field and by person."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from hirt_desk.actions.history import HistoryRow
from hirt_desk.ui import field_labels

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ShownRow:
    """One change as the table shows it."""

    when: str
    who: str
    what: str
    field: str
    before: str
    after: str
    change: str = ""           # the change it was saved in (what Undo takes)


def _names(rows: Sequence[HistoryRow]) -> dict[str, str]:
    """Companions' names by record id, from their creations (and removals) in the history."""
    names: dict[str, str] = {}
    for row in rows:
        if row.table == "companion" and row.action in ("create", "delete"):
            try:
                values = json.loads((row.new if row.action == "create" else row.old) or "{}")
            except ValueError:
                continue
            if isinstance(values, dict):
                names[row.record] = field_labels.person_name(values)
    return names


def shown(rows: Sequence[HistoryRow]) -> list[ShownRow]:
    """The changes in words of the UI language, newest first."""
    names = _names(rows)
    out = []
    for row in reversed(rows):
        what = field_labels.record_label(row.table, names.get(row.record, ""))
        if row.action == "create":
            field, before = translate("HistoryModel", "Added"), ""
            after = row.new_shown or field_labels.summary(row.table, row.new)
        elif row.action == "delete":
            field, after = translate("HistoryModel", "Removed"), ""
            before = row.old_shown or field_labels.summary(row.table, row.old)
        else:
            field = field_labels.field_label(row.table, row.field)
            before = row.old_shown or field_labels.display_value(row.table, row.field, row.old)
            after = row.new_shown or field_labels.display_value(row.table, row.field, row.new)
        out.append(ShownRow(field_labels.local_time(row.at), row.by, what, field, before, after, row.change))
    return out


class HistoryModel(QAbstractTableModel):
    COLUMNS = ("when", "who", "what", "field", "before", "after")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[ShownRow] = []
        self._rows: list[ShownRow] = []
        self._field = ""
        self._person = ""

    # -- data -----------------------------------------------------------------------------------

    def set_history(self, rows: Sequence[HistoryRow]) -> None:
        """Show these changes (as the action gives them, oldest first); the filter stays."""
        self.beginResetModel()
        self._all = shown(rows)
        self._apply()
        self.endResetModel()

    def set_filter(self, field: str = "", person: str = "") -> None:
        """Only the changes of this field (as the Field column names it) and by this person;
        "" for all."""
        self.beginResetModel()
        self._field, self._person = field, person
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        self._rows = [r for r in self._all if (not self._field or r.field == self._field)
                      and (not self._person or r.who == self._person)]

    def fields(self) -> list[str]:
        """The fields changed (Field column), for the filter."""
        return sorted({r.field for r in self._all if r.field})

    def people(self) -> list[str]:
        return sorted({r.who for r in self._all})

    def changes(self) -> list[str]:
        """The changes shown, newest first, each once."""
        return list(dict.fromkeys(r.change for r in self._rows if r.change))

    def row(self, number: int) -> ShownRow:
        return self._rows[number]

    # -- Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = str(getattr(self._rows[index.row()], self.COLUMNS[index.column()]))
            return text.replace("\n", " ") if role == Qt.ItemDataRole.DisplayRole else text
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {"when": translate("HistoryModel", "When"), "who": translate("HistoryModel", "Who"),
                "what": translate("HistoryModel", "What"), "field": translate("HistoryModel", "Field"),
                "before": translate("HistoryModel", "Before"),
                "after": translate("HistoryModel", "After")}[self.COLUMNS[section]]
