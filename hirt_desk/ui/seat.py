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
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal

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
        super().__init__(window)
        self._window = window
        self.database = database
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _owns(self, obj: QObject | None) -> bool:
        while obj is not None:
            if obj is self._window:
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
    """The changes other seats save, delivered on the GUI thread."""

    #: a case was saved on the server (a store.changes.CaseChanged)
    case_changed = Signal(object)
    #: the listening connection came up (True: changes may have been missed before) or went away
    connection_changed = Signal(bool)

    def __init__(self, open_connection: Any, parent: QObject | None = None) -> None:
        """`open_connection()`: a new psycopg connection to listen on (store/server.py)."""
        super().__init__(parent)
        self._listener = changes.ChangeListener(open_connection, self.case_changed.emit,
                                                self.connection_changed.emit)

    def start(self) -> None:
        self._listener.start()

    def stop(self) -> None:
        self._listener.stop()
