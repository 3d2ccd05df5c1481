"""Small editors used across the forms: dates that may be empty, yes/no/unknown, values to tick,
field messages."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$")


def looks_like_date(text: str) -> bool:
    """In the YYYY-MM-DD form, whether or not the day exists."""
    return bool(_DATE.match(text))


def parse_date(text: str) -> date | None:
    """A date typed as YYYY-MM-DD (or with / or .); ValueError when it is not a real date."""
    if not text.strip():
        return None
    match = _DATE.match(text)
    if not match:
        raise ValueError(text)
    return date(*(int(g) for g in match.groups()))


class CheckList(QListWidget):
    """Values to tick, each shown by its label (languages, travellers, a fact's values);
    `wrap` lays them out in rows rather than one per line."""

    changed = Signal()

    def __init__(self, choices: Iterable[tuple[str, Any]], parent: QWidget | None = None, *,
                 height: int, wrap: bool = True) -> None:
        super().__init__(parent)
        for label, value in choices:
            item = QListWidgetItem(label, self)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        if wrap:
            self.setFlow(QListWidget.Flow.LeftToRight)
            self.setWrapping(True)
        self._least = height
        self.setFixedHeight(height)
        self.itemChanged.connect(self.changed)

    def rows_height(self, width: int) -> int:
        """How high the wrapped rows of choices are at `width` pixels (inside the frame)."""
        x = row = total = 0
        gap = 2 * self.spacing()
        for i in range(self.count()):
            hint = self.sizeHintForIndex(self.model().index(i, 0))
            if x and x + hint.width() + gap > width:
                total, x, row = total + row, 0, 0
            x += hint.width() + gap
            row = max(row, hint.height() + gap)
        return total + row

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped choices grow the list rather than hide a row (a narrow dialog, a long
        language name): every choice stays in view, none behind a scrollbar."""
        super().resizeEvent(event)
        if not self.isWrapping():
            return
        frame = 2 * self.frameWidth()
        wanted = max(self._least, self.rows_height(self.width() - frame) + frame + 4)
        if wanted != self.height():
            self.setFixedHeight(wanted)

    def values(self) -> list[Any]:
        """The ticked values, in the order offered."""
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_values(self, values: Iterable[Any]) -> None:
        """Tick exactly `values`, without emitting `changed`."""
        wanted = list(values)
        blocked = self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.blockSignals(blocked)


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
    """A line under a field saying what is wrong (red) or worth a look (amber). With
    `keep_space(lines)` its room is kept while it is empty, so the fields never move."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._kept = 0
        self.hide()

    def keep_space(self, lines: int = 1) -> None:
        """Stay in the layout, `lines` high, also when empty."""
        self._kept = lines
        self.setMinimumHeight(lines * self.fontMetrics().lineSpacing())
        self.show()

    def show_message(self, text: str, warning: bool = False) -> None:
        colour = "#9a6700" if warning else "#c62828"
        self.setStyleSheet(f"color: {colour};")
        self.setText(text)
        self.setVisible(bool(text) or self._kept > 0)

    def clear_message(self) -> None:
        self.setText("")
        self.setVisible(self._kept > 0)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """A red frame on a field whose value is wrong (and the same for a missing fact)."""
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet("border: 1px solid #c62828;" if invalid else "")
