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


class CrashHandler(QObject):
    # an unexpected exception was logged (the log's path, "" when it could not be written)
    crashed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._showing = False
        self._previous: tuple[object, object] | None = None
        self.crashed.connect(self._on_crashed, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous      # type: ignore[assignment]
            self._previous = None

    def handle(self, exc: BaseException, where: str = "") -> None:
        """Log `exc` and tell the user (from any thread)."""
        if isinstance(exc, KeyboardInterrupt | SystemExit):
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
