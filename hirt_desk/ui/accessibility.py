"""Keyboard-only use and accessible names, given to a whole widget tree at once.

`name_from_labels` names every input after the label it stands beside: a label's buddy, a
QFormLayout row's label (its buddy becomes the row's first input), or the title of the group
box it is in, so a screen reader says "Passport number" and Alt+<letter> on a label reaches its
field. `keyboard_friendly` keeps Tab moving between fields: tables move between cells with the
arrow keys, text boxes do not swallow Tab. Both are idempotent: called again after a tab built
new widgets (the visa records of a case), they name only what has no name yet.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QAbstractItemView,
          QAbstractButton)


def label_text(text: str) -> str:
    """A label's words for a screen reader: no accelerator, markup or trailing colon."""
    text = re.sub(r"<[^>]+>", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":：").strip()


def is_input(widget: QWidget) -> bool:
    """A widget the user types in, chooses from or presses, reached with Tab."""
    if not isinstance(widget, INPUTS) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    if widget.isWindow() or widget.isHidden():
        return False
    parent = widget.parentWidget()
    while parent is not None:
        # the line edit of an editable combo box or a spin box, a combo box's list: part of it
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return False
        parent = parent.parentWidget()
    return True


def inputs_of(widget: QWidget) -> list[QWidget]:
    found = [widget] if is_input(widget) else []
    return found + [w for w in widget.findChildren(QWidget) if is_input(w)]


def _name(inputs: list[QWidget], text: str) -> None:
    text = label_text(text)
    if not text:
        return
    for index, widget in enumerate(inputs):
        if widget.accessibleName():
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            continue                       # a button says what it does itself
        own = widget.placeholderText() if isinstance(widget, QLineEdit) else widget.toolTip()
        if len(inputs) > 1 and own:
            widget.setAccessibleName(f"{text}: {label_text(own)}")
        elif len(inputs) > 1:
            widget.setAccessibleName(f"{text} ({index + 1}/{len(inputs)})")
        else:
            widget.setAccessibleName(text)


def _widgets_of(layout: QLayout) -> list[QWidget]:
    """The widgets placed directly in `layout`, in order. Found through QLayout.indexOf, never
    QLayout.itemAt: a wrapper of a QLayoutItem outlives the item (it is no QObject), and PySide
    may hand it out again for a new object at the same address."""
    parent = layout.parentWidget()
    if parent is None:
        return []
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    placed = [(layout.indexOf(w), w) for w in parent.findChildren(QWidget, options=direct)]
    return [w for index, w in sorted(placed, key=lambda pair: pair[0]) if index >= 0]


def _form_rows(root: QWidget) -> list[tuple[QLabel, list[QWidget]]]:
    rows = []
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    for form in root.findChildren(QFormLayout):
        parent = form.parentWidget()
        if parent is None:
            continue
        fields: list[tuple[QWidget, list[QWidget]]] = []
        for widget in parent.findChildren(QWidget, options=direct):
            if form.indexOf(widget) >= 0:
                fields.append((form.labelForField(widget), inputs_of(widget)))
        for inner in form.findChildren(QLayout, options=direct):
            fields.append((form.labelForField(inner),
                           [found for part in _widgets_of(inner) for found in inputs_of(part)]))
        rows += [(label, inputs) for label, inputs in fields if isinstance(label, QLabel) and inputs]
    return rows


def name_from_labels(root: QWidget) -> None:
    # 1. "Applied [date]  Issued [date]" in a row, or a title above a list: the label next to a
    #    field is its buddy (a wrapped label is a message, not a title)
    for line in root.findChildren(QBoxLayout):
        widgets = _widgets_of(line)
        for label, field in zip(widgets, widgets[1:], strict=False):
            if isinstance(label, QLabel) and label.buddy() is None and not label.wordWrap() \
                    and not isinstance(field, QLabel):
                found = inputs_of(field)
                if found:
                    label.setBuddy(found[0])
    # 2. a label names its buddy when the buddy is one input
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and is_input(buddy):
            _name([buddy], label.text())
    # 3. a form row's label names the inputs of its field left unnamed; it becomes the buddy
    for label, inputs in _form_rows(root):
        if label.buddy() is None or label.buddy() not in inputs:
            label.setBuddy(inputs[0])
        unnamed = [w for w in inputs if not w.accessibleName()]
        if len(unnamed) > 1 and unnamed[0] is label.buddy():     # the buddy is the field itself
            _name(unnamed[:1], label.text())
        _name(unnamed, label.text())
    # 4. a table row of widgets named by its first cell: "Passport: Status"
    for table in root.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            first = table.cellWidget(row, 0)
            item = table.item(row, 0)
            title = first.text() if isinstance(first, QLabel) else item.text() if item else ""
            for column in range(1, table.columnCount()):
                cell = table.cellWidget(row, column)
                header = table.horizontalHeaderItem(column)
                if cell is not None and title:
                    what = header.text() if header else ""
                    _name(inputs_of(cell), f"{label_text(title).rstrip(' *')}: {what}")
    # 5. a calendar's day grid speaks for the calendar
    for calendar in root.findChildren(QCalendarWidget):
        for view in calendar.findChildren(QAbstractItemView):
            if not view.accessibleName():
                view.setAccessibleName(calendar.accessibleName())
    # 6. a search box with no label says what to type
    for edit in root.findChildren(QLineEdit):
        if is_input(edit) and not edit.accessibleName() and edit.placeholderText():
            edit.setAccessibleName(edit.placeholderText())
    # 7. what is still unnamed takes the title of its group box
    for box in root.findChildren(QGroupBox):
        for widget in inputs_of(box):
            if not widget.accessibleName() and not (isinstance(widget, QAbstractButton) and widget.text()):
                widget.setAccessibleName(label_text(box.title()))


def keyboard_friendly(root: QWidget) -> None:
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)    # Tab leaves the table; arrows move inside it
    for plain in root.findChildren(QPlainTextEdit):
        plain.setTabChangesFocus(True)
    for rich in root.findChildren(QTextEdit):
        rich.setTabChangesFocus(True)


def prepare(root: QWidget) -> None:
    """Both of the above: call once a widget tree is built, and again when it grew."""
    keyboard_friendly(root)
    name_from_labels(root)
