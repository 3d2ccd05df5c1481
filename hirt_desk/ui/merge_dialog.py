"""Two people changed the same fields of a case: the user sees, per field, the value when they
opened the case, theirs (who, when) and their own, and chooses what is saved.

Nothing was saved when this dialog appears. OK hands the choices back to the case editor, which
saves again; Cancel leaves the user's edits in the editor, unsaved.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.actions.editing import REMOVED, FieldConflict
from hirt_desk.actions.merging import MERGED, THEIRS, YOURS, Choice, Key, check_choice, is_removal
from hirt_desk.ui import field_labels
from hirt_desk.ui.fields import FieldMessage

translate = QCoreApplication.translate


class ConflictRow:
    """The widgets of one conflicting field (or of one record removed on one side)."""

    def __init__(self, dialog: MergeDialog, conflicts: list[FieldConflict], what: str) -> None:
        self.conflict = conflicts[0]
        c = self.conflict
        self.removal = is_removal(c)
        self.group = QButtonGroup(dialog)
        self.label = QLabel(f"<b>{what}</b>", dialog)
        self.label.setWordWrap(True)
        who = (translate("MergeDialog", "%1, %2").replace("%1", c.by)
               .replace("%2", field_labels.local_time(c.at)))
        self.edit: QLineEdit | None = None
        self.merged: QRadioButton | None = None
        if self.removal:
            fields = ", ".join(field_labels.field_label(x.table, x.field) for x in conflicts if x.field)
            if c.theirs == REMOVED:
                said = (translate("MergeDialog", "Removed by %1. You changed: %2.")
                        .replace("%1", who).replace("%2", fields))
                self.theirs = QRadioButton(translate("MergeDialog", "Remove it"), dialog)
                self.yours = QRadioButton(translate("MergeDialog", "Keep it, with my changes"), dialog)
            else:
                said = translate("MergeDialog", "Changed by %1. You removed it.").replace("%1", who)
                self.theirs = QRadioButton(translate("MergeDialog", "Keep it, with their changes"), dialog)
                self.yours = QRadioButton(translate("MergeDialog", "Remove it"), dialog)
            self.base = QLabel("", dialog)
            self.theirs_value = QLabel(said, dialog)
            self.yours_value = QLabel("", dialog)
        else:
            def shown(text: str | None) -> str:
                return field_labels.display_value(c.table, c.field, text)
            self.base = QLabel(shown(c.base), dialog)
            self.theirs_value = QLabel(f"{shown(c.theirs)}<br><small>{who}</small>", dialog)
            self.yours_value = QLabel(shown(c.yours), dialog)
            self.theirs = QRadioButton(translate("MergeDialog", "Keep theirs"), dialog)
            self.yours = QRadioButton(translate("MergeDialog", "Keep mine"), dialog)
            self.merged = QRadioButton(translate("MergeDialog", "Merged value:"), dialog)
            self.edit = QLineEdit(c.yours or "", dialog)
            self.edit.setMinimumWidth(180)
            self.edit.textEdited.connect(self._on_edit_text_edited)
        for label in (self.base, self.theirs_value, self.yours_value):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for button in (self.theirs, self.yours, self.merged):
            if button is not None:
                self.group.addButton(button)
        self.message = FieldMessage(dialog)

    def _on_edit_text_edited(self) -> None:
        if self.merged is not None:
            self.merged.setChecked(True)

    def choice(self) -> Choice | None:
        if self.theirs.isChecked():
            return Choice(THEIRS)
        if self.yours.isChecked():
            return Choice(YOURS)
        if self.merged is not None and self.merged.isChecked() and self.edit is not None:
            return Choice(MERGED, self.edit.text().strip())
        return None


class MergeDialog(QDialog):
    """One row per conflicting field: `choices()` after OK, keyed by each conflict's key."""

    def __init__(self, conflicts: Sequence[FieldConflict], names: Mapping[str, str],
                 parent: QWidget | None = None) -> None:
        """`names`: the companions' names by record id, to say whose field it is."""
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Someone else changed this case"))
        self._conflicts = list(conflicts)
        intro = QLabel(self.tr(
            "While you were editing, someone saved changes to the same fields. Nothing of yours "
            "has been saved yet. Choose for each field what to keep, then save with these choices."), self)
        intro.setWordWrap(True)

        grouped: dict[tuple[str, str, str], list[FieldConflict]] = {}
        for c in conflicts:        # a removed record is one row, however many fields it touches
            key = (c.table, c.record_id, "") if is_removal(c) else c.key
            grouped.setdefault(key, []).append(c)
        inner = QWidget(self)
        grid = QGridLayout(inner)
        heads = (self.tr("Field"), self.tr("When you opened it"), self.tr("Theirs"), self.tr("Yours"),
                 self.tr("Keep"))
        for col, text in enumerate(heads):
            grid.addWidget(QLabel(f"<b>{text}</b>", inner), 0, col)
        self.rows: list[ConflictRow] = []
        line = 1
        for group in grouped.values():
            row = ConflictRow(self, group, self._what(group[0], names))
            self.rows.append(row)
            rule = QFrame(inner)
            rule.setFrameShape(QFrame.Shape.HLine)
            grid.addWidget(rule, line, 0, 1, len(heads))
            for col, widget in enumerate((row.label, row.base, row.theirs_value, row.yours_value)):
                grid.addWidget(widget, line + 1, col, 3, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(row.theirs, line + 1, 4)
            grid.addWidget(row.yours, line + 2, 4)
            if row.merged is not None and row.edit is not None:
                grid.addWidget(row.merged, line + 3, 4)
                grid.addWidget(row.edit, line + 4, 4)
            grid.addWidget(row.message, line + 5, 0, 1, len(heads))
            line += 6
        for col, stretch in enumerate((2, 2, 3, 2, 2)):
            grid.setColumnStretch(col, stretch)
        grid.setRowStretch(line, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.message = FieldMessage(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save with these choices"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1000, min(700, 220 + 130 * len(self.rows)))

    def _what(self, c: FieldConflict, names: Mapping[str, str]) -> str:
        if c.table == "companion":
            whose = field_labels.record_label("companion", names.get(c.record_id, ""))
            field = field_labels.field_label(c.table, c.field)
            return f"{whose}: {field}" if field and not is_removal(c) else whose
        if c.table == "patient":
            return f"{field_labels.record_label('patient')}: {field_labels.field_label(c.table, c.field)}"
        if is_removal(c) or not c.field:
            return field_labels.record_label(c.table)
        return field_labels.field_label(c.table, c.field)

    def accept(self) -> None:
        ok = True
        for row in self.rows:
            choice = row.choice()
            problem = None if choice is None else check_choice(row.conflict, choice)
            if choice is None:
                row.message.show_message(self.tr("Choose what to keep."))
                ok = False
            elif problem is not None:
                row.message.show_message({"date": self.tr("Not a date: use YYYY-MM-DD."),
                                          "number": self.tr("Not a number.")}.get(
                    problem, self.tr("Not a value this field can hold.")))
                ok = False
            else:
                row.message.clear_message()
        if ok:
            super().accept()
        else:
            self.message.show_message(self.tr("Not saved yet: a choice is missing or wrong."))

    def choices(self) -> dict[Key, Choice]:
        """What the user chose for each conflict (a removed record's answer under each of its
        conflicts)."""
        out: dict[Key, Choice] = {}
        by_record = {(r.conflict.table, r.conflict.record_id): r for r in self.rows if r.removal}
        for c in self._conflicts:
            row = (by_record.get((c.table, c.record_id)) if is_removal(c)
                   else next(r for r in self.rows if r.conflict.key == c.key))
            choice = row.choice() if row is not None else None
            if choice is not None:
                out[c.key] = choice
        return out
