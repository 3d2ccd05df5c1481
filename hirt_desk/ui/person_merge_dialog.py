"""Two records of one person side by side, field by field: keep left or keep right (issue 21).

The left record is the one kept (its id, and its cases stay where they are); the right one's cases
move to it and it stays behind as a record pointing to the kept one. "Swap" makes the right one
the kept one. For each field that differs the user picks the left or the right value; where the
left one is empty the right one is proposed. OK hands back (keep, other, fields taken from
other); the caller merges (actions/persons.py), so the dialog itself writes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.actions.persons import MERGE_FIELDS, PersonRecord
from hirt_desk.ui import field_labels
from hirt_desk.ui.person_form import field_label

LEFT, RIGHT = 0, 1


def _shown(record: PersonRecord, name: str) -> str:
    from hirt_desk.store.audit import text
    return field_labels.display_value("patient", name, text(getattr(record.data, name))) or "—"


class PersonMergeDialog(QDialog):
    def __init__(self, left: PersonRecord, right: PersonRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personMergeDialog")
        self.setWindowTitle(self.tr("Merge two records of one person"))
        self.records = [left, right]
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        intro = QLabel(self.tr("The record on the left is kept: the cases of the record on the right move to "
                               "it, with their companions, visa records and documents. Choose, field by "
                               "field, which value the kept record has. The merge can be undone from the "
                               "History tab."), self)
        intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.headers = [QLabel(self), QLabel(self)]
        field_header = self.tr("Field")
        self.grid.addWidget(QLabel(f"<b>{field_header}</b>", self), 0, 0)
        for side, header in enumerate(self.headers):
            header.setWordWrap(True)
            self.grid.addWidget(header, 0, 1 + side)
        for row, name in enumerate(MERGE_FIELDS, start=1):
            group = QButtonGroup(self)
            pair = (QRadioButton(self), QRadioButton(self))
            for side, button in enumerate(pair):
                button.setObjectName(f"{name}_{'left' if side == LEFT else 'right'}")
                group.addButton(button, side)
                self.grid.addWidget(button, row, 1 + side)
            self.grid.addWidget(QLabel(field_label(name), self), row, 0)
            self.groups[name], self.buttons[name] = group, pair
        self.swap_button = QPushButton(self.tr("Swap: keep the right record"), self)
        self.swap_button.setObjectName("swapRecords")
        self.swap_button.clicked.connect(self._on_swap_clicked)
        box = QDialogButtonBox(self)
        self.merge_button = box.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.swap_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(box)
        self.setMinimumWidth(760)
        self._show_records()

    def _show_records(self) -> None:
        for side, (record, header) in enumerate(zip(self.records, self.headers, strict=True)):
            title = self.tr("Kept") if side == LEFT else self.tr("Merged into it")
            cases = ", ".join(c.number for c in record.cases)
            header.setText(f"<b>{title}</b><br>{record.name_latin} {record.data.name_native}<br>{cases}")
        for name, (left_button, right_button) in self.buttons.items():
            left, right = (_shown(r, name) for r in self.records)
            left_button.setText(left)
            right_button.setText(right)
            same = left == right
            right_button.setEnabled(not same)
            take_right = not same and left == "—"
            (right_button if take_right else left_button).setChecked(True)

    def _on_swap_clicked(self) -> None:
        self.records.reverse()
        self._show_records()

    def choose(self, name: str, side: int) -> None:
        """Pick the left or the right value of a field (as clicking its button does)."""
        self.buttons[name][side].click()

    def result_choices(self) -> tuple[str, str, list[str]]:
        """(the kept record's id, the merged record's id, the fields taken from the merged one)."""
        take = [name for name, group in self.groups.items() if group.checkedId() == RIGHT]
        return self.records[LEFT].id, self.records[RIGHT].id, take
