"""The window's answer to an exception nobody caught: a message in the user's language, the
details in the crash log (without patient data), and the window goes on.

Without it an exception in a slot reaches only stderr, which the windowed program on Windows does
not have: the user would see nothing at all. Installed by app.py for the main thread
(`sys.excepthook`, which PySide calls for an exception in a slot) and for other threads
(`threading.excepthook`); the message is always shown on the GUI thread.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hirt_desk.crashlog import exc_from, log_path, write_crash
from hirt_desk.store.errors import StoreError, translate
from hirt_desk.ui.errors import store_error_text


class CrashHandler(QObject):
    # an unexpected exception was logged (the log's path, "" when it could not be written)
    crashed = Signal(str)
    # the database could not be used where nobody expected it (a StoreError)
    store_failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._showing = False
        self._previous: tuple[object, object] | None = None
        self.crashed.connect(self._on_crashed, Qt.ConnectionType.QueuedConnection)
        self.store_failed.connect(self._on_store_failed, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous      # type: ignore[assignment]
            self._previous = None

    def handle(self, exc: BaseException, where: str = "") -> None:
        """Log `exc` and tell the user (from any thread). A problem with the database, not a
        bug (the office server went away, a full disk) is said as such, without a crash log."""
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            return
        known = _store_error(exc)
        if known is not None:
            self.store_failed.emit(known)
            return
        path = write_crash(exc, where)
        sys.stderr.write(f"hirt-desk: unexpected error: {type(exc).__name__}"
                         f"{f'; details in {path}' if path else ''}\n")
        self.crashed.emit(str(path or ""))

    def _on_exception(self, exc_type, value, tb) -> None:  # type: ignore[no-untyped-def]
        self.handle(exc_from(exc_type, value, tb), "the window")

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        name = args.thread.name if args.thread is not None else "?"
        self.handle(exc_from(args.exc_type, args.exc_value, args.exc_traceback), f"thread {name}")

    def _on_crashed(self, path: str) -> None:
        if self._showing:           # one message at a time; every crash is in the log
            return
        self._showing = True
        try:
            self._message(path).exec()
        finally:
            self._showing = False

    def _on_store_failed(self, exc: StoreError) -> None:
        if self._showing:
            return
        self._showing = True
        try:
            parent = QApplication.activeWindow()
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("HIRT Desk"), store_error_text(exc),
                              QMessageBox.StandardButton.Ok, parent if isinstance(parent, QWidget) else None)
            box.setObjectName("storeErrorBox")
            box.exec()
        finally:
            self._showing = False

    def _message(self, path: str) -> QMessageBox:
        parent = QApplication.activeWindow()
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("HIRT Desk"),
                          self.tr("Something went wrong in HIRT Desk. What you were doing may not "
                                  "have been completed."),
                          QMessageBox.StandardButton.Ok, parent if isinstance(parent, QWidget) else None)
        box.setObjectName("crashBox")
        where = path or str(log_path())
        details = self.tr("Everything you saved before is safe in the database. You can go on "
                          "working; if this happens again, send the log file to your support: %1")
        if not path:
            details = self.tr("Everything you saved before is safe in the database. You can go on "
                              "working. The details could not be written to %1.")
        box.setInformativeText(details.replace("%1", where))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return box


def _store_error(exc: BaseException) -> StoreError | None:
    """The StoreError an exception means (of the database the window uses), or None for a bug."""
    if isinstance(exc, StoreError):
        return exc
    from hirt_desk.store.database import bound_database
    bound = bound_database()
    where = str(getattr(bound, "url", None) or getattr(bound, "database", None) or "?")
    return translate(exc, where)
