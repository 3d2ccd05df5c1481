"""Small editors used across the forms: dates that may be empty, yes/no/unknown, field messages."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from hirt_desk.ui import labels

_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$")


def parse_date(text: str) -> date | None:
    """A date typed as YYYY-MM-DD (or with / or .); ValueError when it is not a real date."""
    if not text.strip():
        return None
    match = _DATE.match(text)
    if not match:
        raise ValueError(text)
    return date(*(int(g) for g in match.groups()))


class DateField(QLineEdit):
    """A date as YYYY-MM-DD, possibly empty. `value()` raises ValueError for a wrong date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setMaxLength(10)

    def value(self) -> date | None:
        return parse_date(self.text())

    def set_value(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")

    def is_valid(self) -> bool:
        try:
            self.value()
        except ValueError:
            return False
        return True


class TriState(QComboBox):
    """Yes / No / Unknown for a fact that may not be known yet."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("Unknown"), None)
        self.addItem(self.tr("Yes"), True)
        self.addItem(self.tr("No"), False)
        self.currentIndexChanged.connect(self.value_changed)

    def value(self) -> bool | None:
        data = self.currentData()
        return data if isinstance(data, bool) else None

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex(0 if value is None else 1 if value else 2)


class FieldMessage(QLabel):
    """A line under a field saying what is wrong (red) or worth a look (amber)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str, warning: bool = False) -> None:
        colour = "#9a6700" if warning else "#c62828"
        self.setStyleSheet(f"color: {colour};")
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """A red frame on a field whose value is wrong (and the same for a missing fact)."""
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet("border: 1px solid #c62828;" if invalid else "")


def problem_text(code: str) -> str:
    """The sentence for an identity problem code (planning.identity)."""
    return labels.problem(code)
