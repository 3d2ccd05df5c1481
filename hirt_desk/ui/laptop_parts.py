"""The main window's laptop, sync and conflicts parts, wired in one place.

The window asks this object for its menu entries, toolbar buttons and status-bar widgets and tells
it when a case was saved; it owns the rest: on a laptop file Sync with office and Hand back
(ui/laptop_sync.py), on the office server Check out (ui/laptop_checkout.py), everywhere Edit →
Conflicts… (ui/conflicts_view.py) and the open conflicts' count. When a sync or a resolution
changed the database under the window, it has the window read its list and open case again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from hirt_desk.ui.laptop_checkout import LaptopCheckout
from hirt_desk.ui.laptop_sync import LaptopSync, status_widgets


class LaptopParts(QObject):
    """Sync, check-out and conflicts for one main window. What it uses of `window`: services, user,
    statusBar(), case_list, editor, current_case, confirm_leave(), bind_seat(), reread()."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        services = window.services
        # a laptop (a file checked out from the office server): sync with office, its state
        self.sync = (LaptopSync(window, services.database_path, services.passphrase)
                     if services.server is None and services.database is not None else None)
        self.checkout = LaptopCheckout(window) if services.server is not None else None
        if self.checkout is not None:
            window.case_list.allow_several()
        self.conflicts_action = QAction(self.tr("C&onflicts…"), window)
        self.conflicts_action.setObjectName("openConflicts")
        self.conflicts_action.triggered.connect(window.bind_seat)
        self.conflicts_action.triggered.connect(self._on_conflicts_triggered)
        self.conflict_label = QLabel(window)
        self.conflict_label.setObjectName("conflictCount")
        self.conflict_label.setStyleSheet("color: #b42318;")
        if self.sync is not None:
            self.sync.synced.connect(self.database_changed)

    @property
    def window(self) -> Any:
        """The main window: this object's parent (no reference of its own to it, so no cycle
        through the window for the collector to free in the wrong order)."""
        return self.parent()

    # -- what the window shows ----------------------------------------------------------------

    def file_actions(self) -> list[QAction | None]:
        """File menu entries (None: a separator after them)."""
        if self.sync is not None:
            return [self.sync.action, self.sync.hand_back_action, None]
        if self.checkout is not None:
            return [self.checkout.action, self.checkout.mine_action, None]
        return []

    def toolbar_actions(self) -> list[QAction]:
        return [self.sync.action] if self.sync is not None else []

    def add_status_widgets(self, bar: QStatusBar, place: QLabel) -> None:
        """The conflicts' count, a sync's or checkout's busy bar and the sync state; on a laptop
        `place` names the laptop file (the full path in its tooltip) to leave room for them."""
        bar.addPermanentWidget(self.conflict_label)
        widgets: list[QWidget] = []
        if self.sync is not None:
            if self.sync.is_laptop:
                path = self.window.services.database_path
                place.setText(self.tr("Laptop database: %1").replace("%1", path.name))
                place.setToolTip(str(path))
            widgets = status_widgets(self.sync)
        if self.checkout is not None:
            widgets = [self.checkout.progress]
        for widget in widgets:
            bar.addPermanentWidget(widget)
        self.update_conflicts()

    def warn_if_stale(self, days: int) -> None:
        if self.sync is not None:
            self.sync.warn_if_stale(days)

    def update_conflicts(self) -> None:
        """The open conflicts' count: in the status bar and on Edit → Conflicts…"""
        from hirt_desk.ui import conflicts_view  # (its actions load after the window's own)
        count = conflicts_view.open_count()
        self.conflict_label.setVisible(count > 0)
        self.conflict_label.setText(self.tr("%n open conflict(s)", "", count))
        self.conflicts_action.setText(self.tr("C&onflicts (%n)…", "", count) if count
                                      else self.tr("C&onflicts…"))

    # -- what changes them --------------------------------------------------------------------

    def case_saved(self) -> None:
        """A case was saved here: on a laptop one more change waits to be sent."""
        if self.sync is not None:
            self.sync.refresh()

    def _on_conflicts_triggered(self) -> None:
        from hirt_desk.ui import conflicts_view
        dialog = conflicts_view.ConflictsDialog(self.window.user, self.window)
        dialog.resolved.connect(lambda _case: self.database_changed())
        dialog.exec()
        dialog.deleteLater()

    def database_changed(self) -> None:
        """A sync or a resolution changed the database: the window reads it again, the counts follow."""
        self.window.reread()
        self.update_conflicts()
        if self.sync is not None:
            self.sync.refresh()
