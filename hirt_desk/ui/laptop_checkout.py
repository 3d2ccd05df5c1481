"""File → Check out to a laptop… and Check out my cases… on the office server.

Like sync, checkout binds the shared models to two databases in turn, so it runs as
`hirt-desk --db LAPTOP checkout --server URL (--case ID … | --assigned-to LOGIN)` in a child
process (ui/laptop_sync.py's SyncRunner), the laptop's passphrase and the server password in its
environment only: the window stays usable while it runs, a busy bar in the status bar. The cases
are the ones selected in the list (Ctrl+click, Shift+click; the open case when none is), or every
case assigned to the logged-in user. A new laptop file is encrypted with a passphrase typed twice;
cases are added to an existing one. Each way it can fail is said in the user's language.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QProgressBar

from hirt_desk.store.errors import StoreError
from hirt_desk.ui.errors import store_error_text
from hirt_desk.ui.laptop_sync import SyncRunner, command
from hirt_desk.ui.passphrase import NewPassphraseDialog

translate = QCoreApplication.translate


def checkout_failure_text(problem: object) -> str:
    """Why nothing was checked out, in the user's language: a StoreError by its reason, the
    command line's other one-line refusals (contracts/cli.md) by what they say."""
    if isinstance(problem, StoreError):
        return store_error_text(problem)
    line = str(problem)
    known = (
        ("checked out from another office", translate(
            "LaptopCheckout", "This laptop database was checked out from another office's server. "
                              "Choose another file, or a new one.")),
        ("no case '", translate("LaptopCheckout", "A chosen case is no longer on the office server. "
                                                  "Reload the list and choose again.")),
        ("two passphrases differ", translate("LaptopCheckout", "The two passphrases differ.")),
        ("passphrase must have at least", translate("LaptopCheckout", "The passphrase is too short.")),
        ("no passphrase", translate("LaptopCheckout", "A passphrase is needed for the laptop database.")),
    )
    for said, text in known:
        if said in line:
            return text
    return translate("LaptopCheckout", "The check-out stopped: %1").replace("%1", line)


class LaptopCheckout(QObject):
    """Checking cases out of the office server into a laptop file, from the window."""

    #: a checkout is over: how many cases were checked out (0 after a failure)
    done = Signal(int)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.runner = SyncRunner(self)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.target = Path()
        self.seconds = 0.0                  # how long the last checkout took (the figures in the note)
        self._began = 0.0
        self.action = QAction(self.tr("Check &out to a laptop…"), window)
        self.action.setObjectName("checkOutCase")
        self.action.setToolTip(self.tr("Copy the cases selected in the list (Ctrl+click to choose "
                                       "several) into a laptop database, encrypted, to work on them "
                                       "with no network; sync them back later"))
        self.action.triggered.connect(self._on_action_triggered)
        self.mine_action = QAction(self.tr("Check out &my cases to a laptop…"), window)
        self.mine_action.setObjectName("checkOutMine")
        self.mine_action.setToolTip(self.tr("Copy every case assigned to you into a laptop database; "
                                            "cases assigned to you later come with each sync"))
        self.mine_action.triggered.connect(self._on_mine_triggered)
        self.progress = QProgressBar(window)
        self.progress.setObjectName("checkoutProgress")
        self.progress.setRange(0, 0)         # busy: the command says no steps
        self.progress.setMaximumWidth(120)
        self.progress.hide()

    @property
    def window(self) -> Any:
        """The main window: this object's parent (no reference of its own to it, so no cycle
        through the window for the collector to free in the wrong order)."""
        return self.parent()

    # -- which cases --------------------------------------------------------------------------

    def _on_action_triggered(self) -> None:
        ids = self.window.case_list.selected_case_ids()
        if not ids and self.window.current_case:
            ids = [self.window.current_case]
        if not ids:
            self.window.statusBar().showMessage(
                self.tr("Select the cases to check out in the list first."), 6000)
            return
        text = self.tr("Checking out %n case(s)…", "", len(ids))
        self._check_out([arg for case_id in ids for arg in ("--case", case_id)], text)

    def _on_mine_triggered(self) -> None:
        login = self.window.user
        text = self.tr("Checking out the cases assigned to %1…").replace("%1", login)
        self._check_out(["--assigned-to", login], text)

    # -- running it ---------------------------------------------------------------------------

    def _check_out(self, which: list[str], text: str) -> None:
        if self.runner.running or not self.window.confirm_leave():
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Check out to a laptop database"),
            str(Path.home() / "hirt-desk-laptop.sqlite"), self.tr("SQLite database (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return
        target = Path(name)
        passphrase = self._passphrase(target)
        if passphrase is None:
            return
        server = self.window.services.server
        database = self.window.services.database
        self.target = target
        self._busy(True)
        self.window.statusBar().showMessage(text)
        self._began = time.monotonic()
        self.runner.start(command(target, self.window.user, "checkout", "--server", server.url, *which),
                          passphrase, getattr(database, "password", None))

    def _busy(self, busy: bool) -> None:
        self.action.setEnabled(not busy)
        self.mine_action.setEnabled(not busy)
        self.progress.setVisible(busy)

    def _passphrase(self, target: Path) -> str | None:
        """A new laptop file's passphrase (typed twice), or an existing one's."""
        if not target.exists() or target.stat().st_size == 0:
            dialog = NewPassphraseDialog(self.window)
            dialog.setWindowTitle(self.tr("Passphrase of the new laptop database"))
            return dialog.passphrase() if dialog.exec() else None
        dialog = QInputDialog(self.window)
        dialog.setObjectName("laptopPassphraseDialog")
        dialog.setWindowTitle(self.tr("Check out to a laptop database"))
        dialog.setLabelText(self.tr("Passphrase of the laptop database %1:").replace("%1", target.name))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        return dialog.textValue() if dialog.exec() and dialog.textValue() else None

    def _on_runner_finished(self, result: dict[str, Any]) -> None:
        self.seconds = time.monotonic() - self._began
        self._busy(False)
        count = int(result.get("checked_out", 0))
        if count:
            self.window.statusBar().showMessage(
                self.tr("%n case(s) checked out to %1.", "", count).replace("%1", str(self.target)))
        else:
            self.window.statusBar().showMessage(
                self.tr("No case is assigned to %1: nothing was checked out. Cases assigned to %1 "
                        "later come to %2 with each sync.").replace("%1", self.window.user)
                .replace("%2", self.target.name))
        self.done.emit(count)

    def _on_runner_failed(self, problem: object) -> None:
        self.seconds = time.monotonic() - self._began
        self._busy(False)
        self.window.statusBar().showMessage(
            self.tr("Nothing was checked out: %1").replace("%1", checkout_failure_text(problem)))
        self.done.emit(0)
