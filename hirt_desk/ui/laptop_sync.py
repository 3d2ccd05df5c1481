"""A laptop's sync from the window: File → Sync with office, the toolbar button, the status bar.

Sync binds the shared models to the office server for a while, which is safe only in a
single-threaded process: the window runs `hirt-desk --db LAPTOP sync` as a child process
(QProcess), hands it the laptop's passphrase and the server password in its environment (never
on its command line, never stored), shows that it runs, and reads the list and the open case
again when it is over (unsaved edits stay).
"""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QProgressBar, QWidget

from hirt_desk.actions.sync import laptop_status
from hirt_desk.store.encryption import PASSPHRASE_ENV
from hirt_desk.store.errors import StoreError, read_message
from hirt_desk.ui.errors import store_error_text
from hirt_desk.ui.field_labels import local_time

PASSWORD_REASONS = ("password_needed", "wrong_password")


def command(database: Path, user: str, *args: str) -> list[str]:
    """The command line of this program (the bundle's own executable when frozen)."""
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "hirt_desk"]
    return [*program, "--db", str(database), "--user", user, *args]


def libpq_has_password() -> bool:
    """Whether libpq finds a password by itself (PGPASSWORD, the password file)."""
    if os.environ.get("PGPASSWORD"):
        return True
    passfile = os.environ.get("PGPASSFILE")
    if passfile:
        return Path(passfile).is_file()
    if sys.platform == "win32":
        return (Path(os.environ.get("APPDATA", "")) / "postgresql" / "pgpass.conf").is_file()
    return (Path.home() / ".pgpass").is_file()


class SyncRunner(QObject):
    """One `hirt-desk` laptop command in a child process at a time."""

    finished = Signal(dict)        # what the command printed (its JSON)
    failed = Signal(object)        # a StoreError it reported, or its one-line message (str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process: QProcess | None = None

    @property
    def running(self) -> bool:
        return self.process is not None

    def start(self, argv: list[str], passphrase: str | None, password: str | None) -> None:
        env = QProcessEnvironment.systemEnvironment()
        if passphrase:
            env.insert(PASSPHRASE_ENV, passphrase)
        if password:
            env.insert("PGPASSWORD", password)
        process = QProcess(self)
        process.setProcessEnvironment(env)
        process.setProgram(argv[0])
        process.setArguments(argv[1:])
        process.finished.connect(self._on_process_finished)
        process.errorOccurred.connect(self._on_process_error)
        self.process = process
        process.start()

    def _on_process_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self.process is not None:
            message = self.process.errorString()
            self._done()
            self.failed.emit(message)

    def _on_process_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        process = self.process
        if process is None:
            return
        out = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
        err = bytes(process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        self._done()
        if code == 0:
            try:
                printed = json.loads(out.strip().splitlines()[-1])
            except (ValueError, IndexError):
                printed = {}
            self.finished.emit(printed if isinstance(printed, dict) else {})
            return
        line = err.splitlines()[-1] if err else f"exit status {code}"
        self.failed.emit(read_message(line) or line.removeprefix("hirt-desk: error: "))

    def _done(self) -> None:
        if self.process is not None:
            self.process.deleteLater()
        self.process = None


class LaptopSync(QObject):
    """Sync with the office for the window on a laptop database; the status bar's sync state."""

    synced = Signal()       # the laptop database changed: the window reads it again

    def __init__(self, window: Any, database: Path, passphrase: Any) -> None:
        """`window`: the main window (its status bar, user, settings); `passphrase`: a callable
        giving the laptop file's passphrase."""
        super().__init__(window)
        self.database = database
        self.passphrase = passphrase
        self.runner = SyncRunner(self)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self._password: str | None = None      # asked for this one sync only
        self._asked = False
        self.action = QAction(self.tr("S&ync with office"), window)
        self.action.setObjectName("syncWithOffice")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.action.setToolTip(self.tr("Send this laptop's changes to the office server and fetch "
                                       "the office's changes (Ctrl+Shift+S)"))
        self.action.triggered.connect(self.start)
        self.hand_back_action = QAction(self.tr("&Hand back this case…"), window)
        self.hand_back_action.setObjectName("handBackCase")
        self.hand_back_action.triggered.connect(self._on_hand_back_triggered)
        self._args: list[str] = ["sync"]
        self.label = QLabel(window)
        self.label.setObjectName("syncState")
        self.progress = QProgressBar(window)
        self.progress.setObjectName("syncProgress")
        self.progress.setRange(0, 0)             # busy: a sync says no steps
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        self.status: dict[str, Any] = {}
        self.failure_box: QMessageBox | None = None
        self.refresh()

    @property
    def window(self) -> Any:
        """The main window: this object's parent (no reference of its own to it, so no cycle
        through the window for the collector to free in the wrong order)."""
        return self.parent()

    @property
    def is_laptop(self) -> bool:
        return bool(self.status)

    def refresh(self) -> None:
        """The status bar's sync state, as the laptop database has it now."""
        try:
            self.status = laptop_status()
        except StoreError:
            self.status = {}
        self.action.setVisible(self.is_laptop)
        self.hand_back_action.setVisible(self.is_laptop)
        self.label.setVisible(self.is_laptop)
        if not self.is_laptop:
            return
        last = self._last_sync()
        parts = [self.tr("Last sync: %1").replace("%1", local_time(last) if last else self.tr("never")),
                 self.tr("%n change(s) to send", "", int(self.status["waiting"]))]
        self.label.setText(" · ".join(parts))
        self.label.setToolTip(self.tr("Office server: %1").replace("%1", str(self.status["server"])))

    def _last_sync(self) -> datetime | None:
        text = self.status.get("last_sync")
        if not text:
            return None
        try:
            return datetime.fromisoformat(str(text)).replace(tzinfo=UTC)
        except ValueError:
            return None

    def stale_days(self, now: datetime | None = None) -> int | None:
        """Days since the last sync (since checkout when never synced), None when not a laptop."""
        if not self.is_laptop:
            return None
        last = self._last_sync()
        if last is None:
            return None
        return ((now or datetime.now(UTC)) - last).days

    def warn_if_stale(self, days: int) -> bool:
        """At start: a laptop not synced for `days` days or more says so in the status bar."""
        since = self.stale_days()
        if since is None or since < days:
            return False
        self.window.statusBar().showMessage(
            self.tr("This laptop has not synced with the office for %n day(s): sync when you have "
                    "a network.", "", since))
        return True

    # -- running a sync ---------------------------------------------------------------------------

    def start(self, args: list[str] | None = None) -> None:
        """Sync (or another laptop command: checkin) in a child process."""
        if self.runner.running or not self.is_laptop:
            return
        self._args = list(args) if args else ["sync"]
        self._asked = False
        self._password = None
        if not libpq_has_password() and not self._ask_password(None):
            return
        self._run()

    def _ask_password(self, problem: StoreError | None) -> bool:
        """The server password for this sync only (never stored); False when cancelled."""
        dialog = QInputDialog(self.window)
        dialog.setObjectName("syncPasswordDialog")
        dialog.setWindowTitle(self.tr("Sync with office"))
        text = self.tr("Password of your login on the office server %1:").replace(
            "%1", str(self.status.get("server", "")))
        if problem is not None:
            text = f"{store_error_text(problem)}\n\n{text}"
        dialog.setLabelText(text)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        self._asked = True
        if not dialog.exec() or not dialog.textValue():
            return False
        self._password = dialog.textValue()
        return True

    def _run(self) -> None:
        self.action.setEnabled(False)
        self.progress.show()
        self.hand_back_action.setEnabled(False)
        self.window.statusBar().showMessage(self.tr("Syncing with the office…"))
        self.runner.start(command(self.database, self.window.user, *self._args), self.passphrase(),
                          self._password)

    def _finish(self) -> None:
        self._password = None
        self.action.setEnabled(True)
        self.hand_back_action.setEnabled(True)
        self.progress.hide()

    def _on_runner_finished(self, result: dict[str, Any]) -> None:
        self._finish()
        self.refresh()
        self.synced.emit()
        if self._args[0] == "checkin":
            handed = int(result.get("checked_in", 0))
            self.window.statusBar().showMessage(
                self.tr("Handed back to the office: %n case(s) left this laptop.", "", handed) if handed
                else self.tr("Synced, but the case stays on this laptop: some of its changes have not "
                             "reached the office yet."))
            return
        pushed, pulled, conflicts = (int(result.get(k, 0)) for k in ("pushed", "pulled", "conflicts"))
        parts = [self.tr("Sent %n change(s)", "", pushed), self.tr("received %n", "", pulled)]
        if conflicts:
            parts.append(self.tr("%n conflict(s)", "", conflicts))
        self.window.statusBar().showMessage(self.tr(", ", "between the parts of a sync's result").join(parts))

    def _on_runner_failed(self, problem: object) -> None:
        if isinstance(problem, StoreError) and problem.reason in PASSWORD_REASONS and not self._asked:
            self._finish()
            if self._ask_password(problem):
                self._run()
            return
        self._finish()
        self.refresh()
        said = store_error_text(problem) if isinstance(problem, StoreError) else str(problem)
        self.window.statusBar().showMessage(self.tr("Sync did not complete: %1").replace("%1", said))
        self._say_failure(said)

    def _say_failure(self, said: str) -> None:
        """The reason in a box too: at 1280 pixels the status bar's permanent parts cut it. Not
        blocking (open, not exec): the window goes on; one box at a time."""
        if self.failure_box is not None:
            self.failure_box.close()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Sync with office"),
                          self.tr("Sync did not complete."), QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("syncFailedBox")
        box.setInformativeText(said + "\n\n" + self.tr("Nothing is lost: this laptop keeps its changes, "
                                                        "and the next sync sends them."))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._on_failure_box_destroyed)
        self.failure_box = box
        box.open()

    def _on_failure_box_destroyed(self) -> None:
        self.failure_box = None


    def _on_hand_back_triggered(self) -> None:
        """File → Hand back this case…: a final sync, after which the case leaves the laptop."""
        detail = self.window.editor.detail
        if detail is None or self.runner.running:
            return
        if not self.window.confirm_leave():
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Hand back this case"),
                          self.tr("Hand the case %1 back to the office? It is synced a last time, then "
                                  "removed from this laptop.").replace("%1", detail.number),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("handBackPrompt")
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self.start(["checkin", detail.id])


def status_widgets(sync: LaptopSync) -> list[QWidget]:
    return [sync.progress, sync.label]
