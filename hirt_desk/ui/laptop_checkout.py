"""File → Check out to a laptop… on the office server: the open case copied into a laptop file.

Like sync, checkout binds the shared models to two databases in turn, so it runs as
`hirt-desk --db LAPTOP checkout --server URL --case ID` in a child process (ui/laptop_sync.py's
SyncRunner), the laptop's passphrase and the server password in its environment only. A new
laptop file is encrypted with a passphrase typed twice; cases are added to an existing one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from hirt_desk.store.errors import StoreError
from hirt_desk.ui.errors import store_error_text
from hirt_desk.ui.laptop_sync import SyncRunner, command
from hirt_desk.ui.passphrase import NewPassphraseDialog


class LaptopCheckout(QObject):
    """Checking the open case out of the office server into a laptop file."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.runner = SyncRunner(self)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.target = Path()
        self.action = QAction(self.tr("Check &out to a laptop…"), window)
        self.action.setObjectName("checkOutCase")
        self.action.setToolTip(self.tr("Copy the open case into a laptop database (encrypted) to work "
                                       "on it with no network; sync it back later"))
        self.action.triggered.connect(self._on_action_triggered)

    def _on_action_triggered(self) -> None:
        detail = self.window.editor.detail
        if detail is None or not self.window._current_case:
            self.window.statusBar().showMessage(self.tr("Open the case to check out first."), 6000)
            return
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
        self.action.setEnabled(False)
        self.window.statusBar().showMessage(self.tr("Checking out %1…").replace("%1", detail.number))
        self.runner.start(command(target, self.window.user, "checkout", "--server", server.url,
                                  "--case", detail.id),
                          passphrase, getattr(database, "password", None))

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
        self.action.setEnabled(True)
        count = int(result.get("checked_out", 0))
        self.window.statusBar().showMessage(
            self.tr("%n case(s) checked out to %1.", "", count).replace("%1", str(self.target)))

    def _on_runner_failed(self, problem: object) -> None:
        self.action.setEnabled(True)
        said = store_error_text(problem) if isinstance(problem, StoreError) else str(problem)
        self.window.statusBar().showMessage(self.tr("Nothing was checked out: %1").replace("%1", said))
