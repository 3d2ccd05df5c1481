"""Work the window can do once the user sees it: run after the first paint of a widget (the
case list), not while the window is built. Start-up work that is not needed to show the list
(the open conflicts' count, which loads the conflicts' actions and queries them) goes here."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls the window's method `then` on the event loop's next turn after `widget` first
    painted (once). The method is held weakly: the window and this filter (its child) never form
    a reference cycle, which Python's collector could break at any moment, deleting widgets."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = weakref.WeakMethod(then)  # type: ignore[arg-type]
        self._timer = QTimer(self)              # a child: it goes with the widget, never fires late
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._timer.start()                 # the event loop's next turn, after this paint
        return False

    def _on_timer_timeout(self) -> None:
        then = self._then()
        if then is not None:
            then()
