"""A window's seat on its database: which database the models use while the user acts in it, and
the changes other seats save on an office server, heard in the background.

One program shows one window, but a window may switch databases (File → Connect to office
server…) and a test shows two windows on two logins at once: whatever the user clicks or types
in a window works on that window's database (`SeatBinder`). `ChangeFeed` runs the store's change
listener (its own connection, its own thread) and hands what it hears to the GUI thread by
signal; no widget and no GUI-thread connection is touched from that thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from hirt_desk.store import changes
from hirt_desk.store.database import bind, bound_database

# what a user does in a window: the models are bound to its database before it is handled
_INPUT = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut,
    QEvent.Type.InputMethod, QEvent.Type.Wheel,
})


class SeatBinder(QObject):
    """Binds the models to `database` whenever the user acts in `window` (or in a dialog it
    opened): an application event filter, removed with the window."""

    def __init__(self, window: QObject, database: Any) -> None:
        super().__init__(window)          # the window is its parent: no reference of its own to it
        self.database = database
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _owns(self, obj: QObject | None) -> bool:
        window = self.parent()
        while obj is not None:
            if obj is window:
                return True
            obj = obj.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and bound_database() is not self.database and self._owns(watched):
            with contextlib.suppress(RuntimeError):     # never while another database's transaction runs
                bind(self.database)
        return False

    def detach(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class ChangeFeed(QObject):
    """What other seats save, delivered on the GUI thread after a short pause (a burst of saves is
    shown once); this window's own saves (its connection's server process) are left out."""

    #: the cases others saved meanwhile, by id (each one's latest CaseChanged); empty: changes may
    #: have been missed (the connection was away), so look at everything again
    changed = Signal(object)
    #: the office server can be heard (True) or cannot (False)
    connection_changed = Signal(bool)
    # from the listening thread to the GUI thread (queued: the receiver lives there)
    _heard = Signal(object)
    _state = Signal(bool)

    def __init__(self, open_connection: Callable[[], Any], own_sender: Callable[[], int | None],
                 parent: QObject | None = None, pause_ms: int = 120) -> None:
        """`open_connection()`: a new psycopg connection to listen on (store/server.py);
        `own_sender()`: the server process of this window's own connection."""
        super().__init__(parent)
        self._own_sender = own_sender
        self._pending: dict[str, changes.CaseChanged] = {}
        self._missed = False
        self._stopped = False
        self._timer = QTimer(self, singleShot=True, interval=pause_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._heard.connect(self._on_heard)
        self._state.connect(self._on_state)
        self._listener = changes.ChangeListener(open_connection, self._heard.emit, self._state.emit)

    def start(self) -> None:
        self._listener.start()

    def stop(self) -> None:
        """Hear nothing more: a change the listening thread queued before it stopped is dropped
        too (it restarted the timer, whose refresh then opened a new connection to a database
        the window had closed)."""
        self._stopped = True
        self._listener.stop()
        self._timer.stop()

    def missed(self) -> None:
        """The window could not show the last changes: look at everything again once connected."""
        self._missed = True

    def _on_heard(self, change: changes.CaseChanged) -> None:
        if self._stopped or change.sender == self._own_sender():
            return
        known = self._pending.get(change.case_id)
        if known is None or change.version > known.version:
            self._pending[change.case_id] = change
        self._timer.start()

    def _on_state(self, up: bool) -> None:
        if self._stopped:
            return
        self.connection_changed.emit(up)
        if not up:
            self._missed = True
        elif self._missed:                  # saves made meanwhile were not heard
            self._missed = False
            self._timer.start()

    def _on_timer_timeout(self) -> None:
        if self._stopped:
            return
        pending, self._pending = self._pending, {}
        self.changed.emit(pending)
