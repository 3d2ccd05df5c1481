"""The main window: layout, menus and wiring only. Each part lives in its own module."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hirt_desk import __version__
from hirt_desk.ui import settings as S
from hirt_desk.ui.case_list import CaseListPanel
from hirt_desk.ui.case_list_model import CaseListModel
from hirt_desk.ui.errors import show_error


@dataclass(frozen=True)
class Services:
    """What the window may do, handed over by the composition root (app.py)."""

    database_path: Path
    add_sample_cases: Callable[[int], int]
    backup_to: Callable[[Path], dict[str, object]]


class WelcomePage(QWidget):
    """Shown instead of the empty list on a new database."""

    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("<h2>Welcome to HIRT Desk</h2>"), self)
        text = QLabel(self.tr(
            "There are no cases in this database yet.<br>Add sample cases to look around, or "
            "create the first case of your agency."), self)
        text.setWordWrap(True)
        self.sample_button = QPushButton(self.tr("Add 50 sample cases"), self)
        self.sample_button.setObjectName("addSampleCases")
        self.sample_button.clicked.connect(self.sample_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (title, text, self.sample_button):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    def __init__(self, model: CaseListModel, services: Services, settings: S.Settings) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("HIRT Desk"))
        self.model = model
        self.services = services
        self.settings = settings

        self.case_list = CaseListPanel(model, self)
        self.detail = QLabel(self.tr("Select a case in the list."), self)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.case_list)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.welcome = WelcomePage(self)
        self.welcome.sample_requested.connect(self._on_welcome_sample_requested)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.welcome)
        self.setCentralWidget(self.pages)

        self._build_menus()
        self.db_label = QLabel(str(services.database_path), self)
        self.statusBar().addPermanentWidget(self.db_label)
        model.reloaded.connect(self._on_model_reloaded)
        self._restore_layout()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backup_action = QAction(self.tr("&Back up database…"), self)
        self.backup_action.triggered.connect(self._on_backup_triggered)
        self.sample_action = QAction(self.tr("Add &sample cases"), self)
        self.sample_action.triggered.connect(self._on_welcome_sample_requested)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.backup_action, self.sample_action, quit_action):
            file_menu.addAction(action)
        find = QAction(self.tr("&Find case"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.case_list.focus_search)
        self.addAction(find)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About HIRT Desk"), self)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    # -- slots ----------------------------------------------------------------------------------

    def _on_model_reloaded(self, total: int) -> None:
        empty = total == 0 and not self.model.case_filter.search
        self.pages.setCurrentWidget(self.welcome if empty else self.splitter)

    def _on_welcome_sample_requested(self) -> None:
        try:
            added = self.services.add_sample_cases(50)
        except Exception as exc:        # shown to the user; nothing was written
            show_error(self, self.tr("The sample cases could not be added."), exc)
            return
        self.model.reload()
        self.statusBar().showMessage(self.tr("Added %n sample case(s).", "", added), 5000)

    def _on_backup_triggered(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Back up database"),
                                              str(Path.home() / "hirt-desk-backup.sqlite"),
                                              self.tr("SQLite database (*.sqlite)"))
        if not name:
            return
        try:
            result = self.services.backup_to(Path(name))
        except Exception as exc:
            show_error(self, self.tr("The backup could not be written."), exc)
            return
        self.statusBar().showMessage(self.tr("Backup written to %1").replace("%1", str(result["out"])), 8000)

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About HIRT Desk"),
                          self.tr("HIRT Desk %1\nCase management for heavy ion radiotherapy in Japan.")
                          .replace("%1", __version__))

    # -- layout memory --------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.get(S.GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        splitter = self.settings.get(S.SPLITTER)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(S.GEOMETRY, self.saveGeometry())
        self.settings.set(S.SPLITTER, self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
