"""What does not fit on a laptop screen: a horizontal scrollbar, text cut off, a field pushed out
of its window, tabs that do not fit, a window taller or wider than the screen.

The screenshot tool (packaging/screenshots.py --size) prints these beside each image, and the
laptop-size tests assert there are none; the eye still judges what a measure cannot (overlaps,
boxes instead of glyphs, English left in a translated window).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QTabBar,
    QWidget,
)

#: what a window manager adds around a window: its title bar (the frame's sides are thin)
TITLE_BAR = 32


def _name(widget: QWidget) -> str:
    """A readable name: the object name, or the class and the text it shows."""
    name = widget.objectName()
    text = ""
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        text = widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    label = f"{type(widget).__name__}"
    if name and not name.startswith("qt_"):
        label += f"#{name}"
    if text:
        label += f" {text[:60]!r}"
    return label


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Whether the widget sits inside a scroll area below `top` (it may be partly out of view)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _shown_part(widget: QWidget, top: QWidget) -> QRect:
    """The widget's rectangle in `top`'s coordinates, cut to what its parents show."""
    rect = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        rect &= QRect(parent.mapTo(top, parent.rect().topLeft()), parent.size())
        if parent is top:
            break
        parent = parent.parentWidget()
    return rect


def _wide_enough(widget: QWidget) -> bool:
    """Whether the text of a label or button has the width it needs."""
    if isinstance(widget, QLabel):
        if not widget.text():
            return True
        if widget.wordWrap():           # its lines at this width must all have room
            return widget.heightForWidth(widget.width()) <= widget.height() + 1
        return widget.width() >= widget.sizeHint().width() - 1
    if isinstance(widget, QAbstractButton):
        return not widget.text() or widget.width() >= widget.minimumSizeHint().width() - 1
    if isinstance(widget, QLineEdit) and widget.text() and widget.echoMode() == QLineEdit.EchoMode.Normal:
        # what the field holds, shown whole until someone types more (a name, an address)
        room = widget.contentsRect().width() - widget.textMargins().left() - widget.textMargins().right()
        return widget.fontMetrics().horizontalAdvance(widget.text()) <= room - 4
    return True


def problems(top: QWidget, screen: QSize | None = None) -> list[str]:
    """Everything in `top` (a window or dialog, shown) that does not fit; [] when all is well.
    `screen`: the space a window has (a screen's available size); the window with its title bar
    must fit in it."""
    found: list[str] = []
    if screen is not None:
        height = top.height() + TITLE_BAR
        if top.width() > screen.width() or height > screen.height():
            found.append(f"{_name(top)}: {top.width()}x{height} with its title bar, the screen has "
                         f"{screen.width()}x{screen.height()}")
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"{_name(widget)}: horizontal scrollbar")
        if isinstance(widget, QListView) and widget.isWrapping() and widget.verticalScrollBar().isVisible():
            found.append(f"{_name(widget)}: choices hidden behind a scrollbar")
        if isinstance(widget, QTabBar) and widget.count() and widget.sizeHint().width() > widget.width() + 1:
            found.append(f"{_name(widget)}: the tabs need {widget.sizeHint().width()} px, "
                         f"have {widget.width()}")
        if not isinstance(widget, QLabel | QAbstractButton | QLineEdit | QComboBox):
            continue
        if not _wide_enough(widget):
            found.append(f"{_name(widget)}: text cut ({widget.width()}x{widget.height()} px)")
        if _scrolled(widget, top):
            continue
        shown = _shown_part(widget, top)
        if shown.width() < widget.width() - 1 or shown.height() < widget.height() - 1:
            found.append(f"{_name(widget)}: cut off ({shown.width()}x{shown.height()} of "
                         f"{widget.width()}x{widget.height()} shown)")
    return found
