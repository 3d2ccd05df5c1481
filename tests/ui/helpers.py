"""Driving widgets as a user does: typing (through an input method for non-Latin text), clicking,
and answering the modal dialogs a click opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into a field: key clicks for ASCII, an input method's commit string otherwise
    (qtbot.keyClicks with CJK text aborts Qt, see TECH-NOTES)."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    target = widget.lineEdit() if isinstance(widget, QComboBox) and widget.isEditable() else widget
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(target, event)


def replace_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select all and type over it, as a user does."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def choose(qtbot, combo: QComboBox, label: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an item of a combo box by its label: open it, move to the item, press Enter."""
    index = combo.findText(label)
    assert index >= 0, f"{label!r} not offered; items: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setFocus()
    combo.showPopup()
    view = combo.view()
    view.setCurrentIndex(combo.model().index(index, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert combo.currentIndex() == index


def answer_dialog(handle: Callable[[QWidget], None], tries: int = 200) -> None:
    """Answer the next modal dialog with `handle` as soon as it is shown.

    The dialog is closed even when `handle` fails, so a test never leaves a dialog waiting; it
    stops looking after `tries` polls (about 4 s)."""
    state = {"left": tries}

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            try:
                handle(modal)
            finally:
                if modal.isVisible():        # the handler failed or left it open: never hang
                    modal.close()
            return
        state["left"] -= 1
        if state["left"] > 0:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def shown_main_window() -> Any:
    """The main window on screen (app.run makes its own), or None."""
    from hirt_desk.ui.main_window import MainWindow
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()),
                None)
