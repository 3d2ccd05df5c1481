"""The likely duplicate persons on file as a table: score, the two persons, why (issue 21)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from hirt_desk.actions.duplicates import PATIENT, StoredPair, StoredPerson
from hirt_desk.ui.reason_text import reasons_text

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


def person_text(p: StoredPerson) -> str:
    """"WANG WEI 王伟, 1961-03-14 — HD-2026-K7M-0001" (a companion says so)."""
    person = p.person
    name = " ".join(x for x in (f"{person.surname_latin} {person.given_names_latin}".strip(),
                                person.name_native) if x)
    born = person.date_of_birth.isoformat() if person.date_of_birth else "—"
    cases = ", ".join(p.cases)
    if p.kind == PATIENT:
        return translate("DuplicatesModel", "%1, %2 — %3").replace("%1", name).replace("%2", born) \
            .replace("%3", cases)
    return translate("DuplicatesModel", "%1, %2 — companion in %3").replace("%1", name) \
        .replace("%2", born).replace("%3", cases)


class DuplicatesModel(QAbstractTableModel):
    COLUMNS = ("score", "a", "b", "reasons")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._pairs: list[StoredPair] = []

    def set_pairs(self, pairs: Sequence[StoredPair]) -> None:
        """The pairs the matcher would warn about (others are left out), likeliest first."""
        self.beginResetModel()
        self._pairs = [p for p in pairs if p.match.same]
        self.endResetModel()

    def remove(self, pair: StoredPair) -> None:
        if pair in self._pairs:
            row = self._pairs.index(pair)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._pairs[row]
            self.endRemoveRows()

    def pair(self, row: int) -> StoredPair:
        return self._pairs[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._pairs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._pairs)):
            return None
        pair, column = self._pairs[index.row()], self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "score":
                return f"{round(pair.match.score * 100)} %"
            if column == "a":
                return person_text(pair.a)
            if column == "b":
                return person_text(pair.b)
            return reasons_text(pair.match.reasons, "; " if role == Qt.ItemDataRole.DisplayRole else "\n")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "score":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {"score": translate("DuplicatesModel", "Likeness"),
                "a": translate("DuplicatesModel", "Person"),
                "b": translate("DuplicatesModel", "May be the same as"),
                "reasons": translate("DuplicatesModel", "Why")}[self.COLUMNS[section]]
