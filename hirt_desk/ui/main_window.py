"""The main window: layout, menus, toolbar and wiring only. Each part lives in its own module."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
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
from hirt_desk.actions import agency, cases
from hirt_desk.actions.staff import StaffError, add_staff
from hirt_desk.files import check_output
from hirt_desk.store import audit
from hirt_desk.store.changes import CaseChanged
from hirt_desk.store.database import bind, bound
from hirt_desk.store.errors import StoreError
from hirt_desk.store.server import ServerLogin
from hirt_desk.ui import accessibility, duplicates_view, fit, jobs, labels, roles, who
from hirt_desk.ui import settings as S
from hirt_desk.ui.case_editor import CaseEditor
from hirt_desk.ui.case_list import CaseListPanel
from hirt_desk.ui.case_list_model import CaseListModel
from hirt_desk.ui.dialogs import NewCaseDialog, SettingsDialog
from hirt_desk.ui.errors import show_error, store_error_text
from hirt_desk.ui.laptop_parts import LaptopParts
from hirt_desk.ui.seat import ChangeFeed, SeatBinder
from hirt_desk.ui.today_view import TodayView

TAB_PANE_MARGIN = 12      # the tab pane's frame and the splitter's handle beside the tab bar

if TYPE_CHECKING:       # the packet's renderer and preview (reportlab) load at the first print
    from hirt_desk.ui.packet_dialog import PacketDialog
    from hirt_desk.ui.reports_view import ReportsWindow


@dataclass(frozen=True)
class Services:
    """What the window may do beyond the case actions, handed over by app.py."""

    database_path: Path
    add_sample_cases: Callable[[int, str], int]      # how many, who adds them
    backup_to: Callable[[Path], dict[str, object]]
    # encryption at rest: whether the database is encrypted; encrypt it (closes, encrypts, reopens)
    is_encrypted: Callable[[], bool] = lambda: False
    encrypt_database: Callable[[str], object] | None = None
    # who is working: chosen from the staff list (File → Change user…); on the office server the
    # database login, which cannot be changed (app.session_user)
    user_fixed: bool = False
    # the session's role on an office server (coordinator, manager, admin); "" on a file, where
    # there are no roles (ui/roles.py says what each may do)
    role: str = ""
    # the open database (the window binds the models to it while the user acts in it, ui/seat.py)
    database: Any = None
    # on an office server: where it is and who logged in (the status bar says so), and a new
    # connection of its own to hear other seats' saves on (ui/seat.ChangeFeed)
    server: ServerLogin | None = None
    listen: Callable[[], Any] | None = None
    # File → Connect to office server… / Use a local database…: app.py asks, opens, and replaces
    # this window by one on the new database
    connect_server: Callable[[QWidget], object] | None = None
    use_local_database: Callable[[QWidget], object] | None = None
    # the passphrase the SQLite file was opened with (held in memory only): a laptop's sync runs
    # as its own process, which is handed it in its environment
    passphrase: Callable[[], str | None] = lambda: None


class WelcomePage(QWidget):
    """Shown instead of the empty list on a new database."""

    sample_requested = Signal()
    new_case_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("<h2>Welcome to HIRT Desk</h2>"), self)
        text = QLabel(self.tr(
            "There are no cases in this database yet.<br>Add sample cases to look around, or "
            "create the first case of your agency."), self)
        text.setWordWrap(True)
        text.setMinimumWidth(420)      # centred, it was given too little room: its second sentence was cut
        self.sample_button = QPushButton(self.tr("Add 50 sample cases"), self)
        self.sample_button.setObjectName("addSampleCases")
        self.sample_button.clicked.connect(self.sample_requested)
        self.new_button = QPushButton(self.tr("New case…"), self)
        self.new_button.clicked.connect(self.new_case_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (title, text, self.sample_button, self.new_button):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    def __init__(self, model: CaseListModel, services: Services, settings: S.Settings,
                 user: str | None = None, today: Callable[[], date] = date.today) -> None:
        """`user`: who is working (app.session_user); every change the window makes is recorded
        under that login (by default the operating-system login). `today`: the day the Today
        view and the task form start from (tests give their own)."""
        super().__init__()
        self.setWindowTitle(self.tr("HIRT Desk"))
        self.model = model
        self.services = services
        self.settings = settings
        self._current_case = ""
        self._reselecting = False
        self.packet_dialog: PacketDialog | None = None
        self.backup_job: jobs.Job | None = None
        self.reports_window: ReportsWindow | None = None

        language = labels.ui_language()
        self.case_list = CaseListPanel(model, self, facilities=cases.facility_choices(language))
        self.today = today
        self.editor = CaseEditor(self, today)
        self.today_view = TodayView(self, background=services.server is None)
        self.editor.set_settings(settings)       # the folder the Visa tab's documents were saved in
        self.placeholder = QLabel(self.tr("Select a case in the list, or create a new one."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.today_view)        # what the window opens on
        self.right.addWidget(self.placeholder)
        self.right.addWidget(self.editor)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.case_list)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        self.welcome = WelcomePage(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.welcome)
        self.setCentralWidget(self.pages)

        # sync with office on a laptop, check out on the office server, conflicts (ui/laptop_parts.py)
        self.laptop = LaptopParts(self)
        self.laptop_sync, self.laptop_checkout = self.laptop.sync, self.laptop.checkout
        self.conflicts_action = self.laptop.conflicts_action
        self._build_actions()
        self.save_state = QLabel(self)
        self.save_state.setObjectName("saveState")
        self.db_label = QLabel(self._where_text(), self)
        self.db_label.setObjectName("databasePlace")
        self.connection_label = QLabel(self)        # the office server cannot be heard right now
        self.connection_label.setObjectName("connectionState")
        self.connection_label.setStyleSheet("color: #9a6700;")
        self.connection_label.hide()
        self.user_label = QLabel(self)
        self.user_label.setObjectName("sessionUser")
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.save_state)
        self.statusBar().addPermanentWidget(self.connection_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.laptop.add_status_widgets(self.statusBar(), self.db_label)

        self.welcome.sample_requested.connect(self._on_sample_triggered)
        self.welcome.new_case_requested.connect(self._on_new_case_triggered)
        self.case_list.case_selected.connect(self._on_case_list_case_selected)
        self.editor.dirty_changed.connect(self._on_editor_dirty_changed)
        self.editor.case_saved.connect(self._on_editor_case_saved)
        self.editor.case_changed.connect(self._on_editor_case_saved)
        self.editor.open_case_requested.connect(self._on_editor_open_case_requested)
        self.today_view.case_requested.connect(self._on_today_view_case_requested)
        model.reloaded.connect(self._on_model_reloaded)
        self._restore_layout()
        accessibility.prepare(self.case_list)    # the editor is prepared as it loads a case
        self._on_editor_dirty_changed(False)
        self.user = ""
        self.set_user(user or audit.current_user())

        # several seats: the user's actions work on this window's database; other seats' saves
        # on an office server arrive through the change feed and are shown after a short pause
        self.seat = SeatBinder(self, services.database) if services.database is not None else None
        self.feed: ChangeFeed | None = None
        if services.listen is not None:
            self.feed = ChangeFeed(services.listen, lambda: getattr(services.database, "backend_pid", None),
                                   self)
            self.feed.changed.connect(self._on_feed_changed)
            self.feed.connection_changed.connect(self._on_feed_connection_changed)
            self.feed.start()
        self.laptop.warn_if_stale(settings.get(S.SYNC_STALE_DAYS))

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], object], shortcut: QKeySequence | None = None,
                   name: str = "") -> QAction:
            a = QAction(text, self)
            a.triggered.connect(self.bind_seat)        # first: the action works on this window's database
            a.triggered.connect(slot)
            if shortcut is not None:
                a.setShortcut(shortcut)
            if name:
                a.setObjectName(name)
            return a

        Key = QKeySequence.StandardKey
        self.today_action = action(self.tr("&Today"), self._on_today_triggered, QKeySequence("Ctrl+T"),
                                   "showToday")
        self.today_action.setToolTip(self.tr("What needs doing today: replies, tasks, arrivals, sessions, "
                                             "visa deadlines"))
        self.new_action = action(self.tr("&New case…"), self._on_new_case_triggered, QKeySequence(Key.New),
                                 "newCase")
        self.save_action = action(self.tr("&Save"), self._on_save_triggered, QKeySequence(Key.Save), "save")
        self.print_action = action(self.tr("&Print packet…"), self._on_print_packet_triggered,
                                   QKeySequence(Key.Print), "printPacket")
        self.print_action.setEnabled(False)
        self.backup_action = action(self.tr("&Back up database…"), self._on_backup_triggered)
        self.sample_action = action(self.tr("Add &sample cases"), self._on_sample_triggered)
        self.settings_action = action(self.tr("Se&ttings…"), self._on_settings_triggered,
                                      QKeySequence(Key.Preferences))
        self.change_user_action = action(self.tr("Change &user…"), self._on_change_user_triggered,
                                         name="changeUser")
        self.change_user_action.setVisible(not self.services.user_fixed)
        self.connect_action = action(self.tr("&Connect to office server…"), self._on_connect_triggered,
                                     name="connectServer")
        self.local_action = action(self.tr("Use a &local database…"), self._on_use_local_triggered,
                                   name="useLocalDatabase")
        self.connect_action.setVisible(self.services.connect_server is not None)
        self.local_action.setVisible(self.services.use_local_database is not None)
        self.backup_action.setVisible(self.services.server is None)   # a server is backed up on the server
        quit_action = action(self.tr("&Quit"), self.close, QKeySequence(Key.Quit))
        find = action(self.tr("&Find case"), self.case_list.focus_search, QKeySequence(Key.Find))
        self.duplicates_action = action(self.tr("&Duplicate persons…"), self._on_duplicates_triggered,
                                        name="duplicatePersons")
        self.export_list_action = action(self.tr("&Export list…"), self._on_export_list_triggered,
                                         name="exportList")
        self.reports_action = action(self.tr("&Agency reports…"), self._on_reports_triggered,
                                     name="openReports")
        self.reports_action.setVisible(roles.reports_allowed(self.services.role))
        about = action(self.tr("&About HIRT Desk"), self._on_about_triggered)
        self.guide_action = action(self.tr("&User guide"), self._on_guide_triggered,
                                   QKeySequence(Key.HelpContents), "userGuide")

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for a in (self.new_action, self.save_action, self.print_action, None, *self.laptop.file_actions(),
                  self.export_list_action, self.backup_action, self.sample_action, None, self.connect_action,
                  self.local_action, None, self.settings_action, self.change_user_action, None, quit_action):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.today_action)
        edit_menu.addAction(find)
        edit_menu.addAction(self.duplicates_action)
        edit_menu.addAction(self.conflicts_action)
        reports_menu = self.menuBar().addMenu(self.tr("&Reports"))
        reports_menu.menuAction().setVisible(self.reports_action.isVisible())
        reports_menu.addAction(self.reports_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(about)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        for a in (self.today_action, self.new_action, self.save_action, self.print_action,
                  *self.laptop.toolbar_actions(), self.backup_action, self.settings_action):
            toolbar.addAction(a)

    # -- leaving unsaved work -------------------------------------------------------------------

    def confirm_leave(self) -> bool:
        """Ask what to do with unsaved changes; False means stay where we are."""
        if not self.editor.is_dirty:
            return True
        box = self._unsaved_prompt(self.tr("The case %1 has changes that are not saved."), "unsavedPrompt")
        box.addButton(QMessageBox.StandardButton.Discard)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.editor.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.editor.discard()
            return True
        return False

    def _unsaved_prompt(self, text: str, name: str) -> QMessageBox:
        """The question about the open case's unsaved changes: Save (the default) or Cancel,
        and whatever else the caller adds."""
        number = self.editor.detail.number if self.editor.detail else ""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"), text.replace("%1", number),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName(name)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return box

    # -- slots ----------------------------------------------------------------------------------

    def _on_case_list_case_selected(self, case_id: str) -> None:
        if self._reselecting or case_id == self._current_case:
            return
        if not self.confirm_leave():
            self._reselect(self._current_case)
            # the click that asked may still be under way in the view (its release selects the
            # row pressed): highlight the case shown again once it is over
            QTimer.singleShot(0, lambda: self._reselect(self._current_case))
            return
        self._open_case(case_id)
        self._reselect(case_id)      # saving on the way out reloads the list

    def _open_case(self, case_id: str) -> None:
        self._current_case = case_id
        self.print_action.setEnabled(False)
        if not case_id:
            self.right.setCurrentWidget(self.placeholder)
            return
        try:
            self.editor.load(case_id)
        except StoreError as exc:
            show_error(self, self.tr("The case could not be opened."), exc)
            return
        self.right.setCurrentWidget(self.editor)
        self._make_room_for_tabs()
        self.print_action.setEnabled(True)
        self.settings.set(S.LAST_CASE, case_id)

    def _make_room_for_tabs(self) -> None:
        """Once the case's tabs are made: narrow the list so that all eleven show without
        scroll buttons (at 1280 pixels two fifths for the list leaves them too little), as
        long as the list keeps the width its filters need."""
        need = self.editor.tabs.tabBar().sizeHint().width() + 2 * TAB_PANE_MARGIN
        left, right = self.splitter.sizes()
        short = need - right
        if right and short > 0 and left - short >= self.case_list.minimumSizeHint().width():
            self.splitter.setSizes([left - short, right + short])

    def _reselect(self, case_id: str) -> None:
        """Highlight the row of the case shown (none when it is not in the list). The selection
        model's signals go on, so the view repaints; the list's own signal is ignored meanwhile."""
        self._reselecting = True
        try:
            if not self.case_list.select_case(case_id):
                selection = self.case_list.table.selectionModel()
                selection.clearSelection()
                selection.clearCurrentIndex()
        finally:
            self._reselecting = False

    def _on_editor_dirty_changed(self, dirty: bool) -> None:
        self.save_state.setText(self.tr("Unsaved changes") if dirty else self.tr("All changes saved"))
        self.save_state.setStyleSheet("color: #9a6700;" if dirty else "")
        self.save_action.setEnabled(dirty)

    def _on_editor_case_saved(self, case_id: str) -> None:
        self.model.reload()
        self._reselect(case_id)
        self.laptop.case_saved()
        self.statusBar().showMessage(self.tr("Saved."), 4000)

    def _on_save_triggered(self) -> None:
        self.editor.save()

    def _on_new_case_triggered(self) -> None:
        if not self.confirm_leave():
            return
        dialog = NewCaseDialog(cases.facility_choices(labels.ui_language()), cases.find_patients, self,
                               lookup=duplicates_view.lookup_new)
        dialog.setObjectName("newCaseDialog")
        answer = dialog.exec()
        if answer == NewCaseDialog.OPEN_CASE:
            self.case_list.clear_filters()
            self._open_case(dialog.open_case)
            self._reselect(dialog.open_case)
            return
        if answer != QDialog.DialogCode.Accepted:
            return
        try:
            case = cases.create_case(**dialog.values(), user=self.user)
        except StoreError as exc:
            show_error(self, self.tr("The case was not created."), exc)
            return
        duplicates_view.remember_not_same(case.patient.id, dialog.not_same_ids, self.user)
        self.case_list.clear_filters()         # the new case is in the list, highlighted
        self._reselect(case.id)
        self._open_case(case.id)
        self.editor.tabs.setCurrentWidget(self.editor.patient)
        self.statusBar().showMessage(self.tr("Case %1 created.").replace("%1", case.number), 5000)

    def _on_today_view_case_requested(self, case_id: str) -> None:
        self._on_editor_open_case_requested(case_id)
        if self._current_case == case_id:
            self._reselect(case_id)

    def _on_editor_open_case_requested(self, case_id: str) -> None:
        if case_id and self.confirm_leave():
            self.case_list.clear_filters()
            self._open_case(case_id)
            self._reselect(case_id)

    def _on_duplicates_triggered(self) -> None:
        if not self.confirm_leave():            # a merge may move the case open here
            return
        dialog = duplicates_view.show_duplicates(self, self.user)
        dialog.merged.connect(self._on_persons_merged)
        dialog.open()

    def _on_persons_merged(self, _change: str) -> None:
        self.model.reload()
        if self._current_case:
            self._open_case(self._current_case)

    def _on_print_packet_triggered(self) -> None:
        if not self._current_case or self.editor.detail is None or not self._saved_for_printing():
            return
        from hirt_desk.actions import packets
        from hirt_desk.ui.packet_dialog import PacketDialog
        try:
            data = packets.packet_input(self._current_case)
        except StoreError as exc:
            show_error(self, self.tr("The packet could not be prepared."), exc)
            return
        dialog = PacketDialog(data, self.editor.detail.packet_language, self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._on_packet_dialog_destroyed)
        self.packet_dialog = dialog
        dialog.open()

    def _on_packet_dialog_destroyed(self) -> None:
        self.packet_dialog = None

    def _saved_for_printing(self) -> bool:
        """The packet shows what is saved: offer to save first; False means do not print now."""
        if not self.editor.is_dirty:
            return True
        box = self._unsaved_prompt(self.tr("The case %1 has changes that are not saved. The packet shows "
                                           "only what is saved."), "printUnsavedPrompt")
        saved_only = box.addButton(self.tr("Print what is saved"), QMessageBox.ButtonRole.AcceptRole)
        answer = box.exec()
        if box.clickedButton() is saved_only:
            return True
        return answer == QMessageBox.StandardButton.Save and self.editor.save()

    def _on_model_reloaded(self, total: int) -> None:
        flt = self.model.case_filter
        empty = total == 0 and replace(flt, sort="", descending=False) == type(flt)()
        self.pages.setCurrentWidget(self.welcome if empty else self.splitter)
        if self._current_case:
            self._reselect(self._current_case)       # a new order or filter: the case shown stays highlighted

    def _on_sample_triggered(self) -> None:
        try:
            added = self.services.add_sample_cases(50, self.user)
        except StoreError as exc:
            show_error(self, self.tr("The sample cases could not be added."), exc)
            return
        self.model.reload()
        self.statusBar().showMessage(self.tr("Added %n sample case(s).", "", added), 5000)

    def _on_backup_triggered(self) -> None:
        folder = self.settings.get(S.BACKUP_FOLDER) or str(Path.home())
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Back up database"),
                                              str(Path(folder) / "hirt-desk-backup.sqlite"),
                                              self.tr("SQLite database (*.sqlite)"))
        if not name:
            return
        try:
            check_output(name)                  # a regular file or a new name, never a device
        except OSError as exc:
            show_error(self, self.tr("The backup could not be written."), exc)
            return
        # copied and checked in the background: the window stays usable meanwhile
        self.backup_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Backing up to %1…").replace("%1", name))
        backup_to, target = self.services.backup_to, Path(name)
        self.backup_job = jobs.start(lambda _job: backup_to(target), self._on_backup_finished,
                                     self._on_backup_failed)

    def _on_backup_finished(self, result: dict[str, object]) -> None:
        self.backup_action.setEnabled(True)
        out = Path(str(result["out"]))
        self.settings.set(S.BACKUP_FOLDER, str(out.parent))
        self.statusBar().showMessage(self.tr("Backup written to %1").replace("%1", str(out)), 8000)

    def _on_backup_failed(self, exc: Exception) -> None:
        self.backup_action.setEnabled(True)
        self.statusBar().clearMessage()
        if not isinstance(exc, StoreError | OSError):
            raise exc
        show_error(self, self.tr("The backup could not be written."), exc)

    def _on_settings_triggered(self) -> None:
        try:
            profile = agency.load_agency()
        except StoreError as exc:
            show_error(self, self.tr("The settings could not be opened."), exc)
            return
        from hirt_desk.actions import money  # (Babel's currencies load with the settings)
        role = self.services.role
        try:
            members = who.staff() if roles.staff_access(role) != roles.HIDDEN else []
            fees = money.list_fees()
        except StoreError as exc:
            show_error(self, self.tr("The settings could not be opened."), exc)
            return
        dialog = SettingsDialog(self.settings.get(S.UI_LANGUAGE), self.settings.get(S.BACKUPS_KEPT),
                                profile, self, encrypted=self.services.is_encrypted(),
                                encrypt=self._encrypt_database if self.services.encrypt_database else None,
                                staff=members, paper=S.paper_size(self.settings),
                                staff_access=roles.staff_access(role),
                                agency_editable=roles.agency_editable(role), add_staff=self._add_staff_member,
                                fees=fees, fees_editable=roles.fees_editable(role))
        dialog.setObjectName("settingsDialog")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        language, kept = dialog.values()
        self.settings.set(S.UI_LANGUAGE, language)
        self.settings.set(S.BACKUPS_KEPT, kept)
        self.settings.set(S.PAPER_SIZE, dialog.paper_size())
        self.settings.sync()
        if not self._save_role_settings(dialog):
            return
        self.statusBar().showMessage(self.tr("Settings saved."), 4000)

    def _save_role_settings(self, dialog: SettingsDialog) -> bool:
        """The staff list and the agency's profile, where the session's role may change them."""
        role = self.services.role
        if roles.staff_access(role) == roles.EDIT:
            try:
                who.set_staff(dialog.staff(), self.user)
            except (StoreError, StaffError) as exc:
                show_error(self, self.tr("The staff list was not saved."), exc)
                return False
            self.set_user(self.user)                 # the name shown may have changed
        if roles.agency_editable(role):
            try:
                agency.save_agency(dialog.agency(), user=self.user)
            except StoreError as exc:
                show_error(self, self.tr("The agency profile was not saved."), exc)
                return False
        if roles.fees_editable(role):
            from hirt_desk.actions import money
            try:
                money.set_fees(dialog.fees(), user=self.user)
            except (StoreError, money.MoneyRefused) as exc:
                show_error(self, self.tr("The fees were not saved."), exc)
                return False
            self.editor.money.refresh()
        return True

    def _add_staff_member(self, member: who.StaffMember, password: str) -> None:
        """Settings → Staff → Add person… on an office server (an admin's): the login at once."""
        add_staff(member, password=password, user=self.user)

    def set_user(self, login: str) -> None:
        """Who is working from now on: shown in the status bar, and every change the window and
        its editors make is recorded under this login."""
        self.user = login
        self.editor.set_user(login)
        try:
            members = who.staff()
        except StoreError:
            members = []                         # the list is unreadable now: the login will do
        person = who.member(members, login)
        self.editor.set_staff(sorted({m.login for m in members} | {login}))
        self.user_label.setText(roles.working_as(person.label(), self.services.role))

    def _where_text(self) -> str:
        server = self.services.server
        if server is None:
            return self.tr("Local database: %1").replace("%1", str(self.services.database_path))
        return (self.tr("Office server %1 on %2").replace("%1", server.database)
                .replace("%2", f"{server.host}:{server.port}"))

    # -- files and reports ----------------------------------------------------------------------

    def _on_export_list_triggered(self) -> None:
        from hirt_desk.ui.list_export import export_list
        out = export_list(self, self.model)
        if out is not None:
            done = self.tr("The list was exported to %1.").replace("%1", str(out))
            self.statusBar().showMessage(done, 8000)

    def _on_reports_triggered(self) -> None:
        from hirt_desk.ui.reports_view import open_reports
        self.reports_window = open_reports(self, cases.facility_choices(labels.ui_language()))
        self.reports_window.show()
    # -- other seats (office server) ------------------------------------------------------------

    def bind_seat(self) -> None:
        """The user's actions work on this window's database from now on."""
        if self.seat is not None:
            with contextlib.suppress(RuntimeError):     # never in the middle of a transaction
                bind(self.seat.database)

    def _on_feed_connection_changed(self, up: bool) -> None:
        self.connection_label.setVisible(not up)
        self.connection_label.setText(self.tr("Office server not reachable: reconnecting…"))

    def _on_feed_changed(self, pending: dict[str, CaseChanged]) -> None:
        """Other seats saved: the list where the user is, and the open case unless it has edits."""
        database = self.services.database
        try:
            with bound(database) if database is not None else contextlib.nullcontext():
                self.refresh_list()
                detail, mine = self.editor.detail, pending.get(self._current_case)
                if not pending and detail and not self.editor.is_dirty:
                    self.editor.discard()             # after an outage: the case as it is now
                elif detail and mine and self.editor.saved_elsewhere(mine.version, mine.by):
                    self.statusBar().showMessage(self.tr("Case %1 was updated: saved by %2.")
                                                 .replace("%1", detail.number).replace("%2", mine.by), 6000)
        except (StoreError, RuntimeError) as exc:     # the server went away meanwhile: said, and tried later
            if isinstance(exc, StoreError):
                self.statusBar().showMessage(store_error_text(exc), 8000)
            if self.feed is not None:
                self.feed.missed()

    @property
    def current_case(self) -> str:
        """The id of the case open in the editor ("" when none is)."""
        return self._current_case

    def reread(self) -> None:
        """The database changed under the window (a laptop's sync, a conflict resolved): the list
        where the user is, and the open case unless it has unsaved edits (which stay); closed when
        it is no longer there (handed back: it left the laptop)."""
        self.bind_seat()
        if self._current_case and not self._case_here(self._current_case):
            self._open_case("")
        self.refresh_list()
        if self._current_case and self.editor.detail is not None and not self.editor.is_dirty:
            self.editor.discard()

    @staticmethod
    def _case_here(case_id: str) -> bool:
        try:
            cases.get_case(case_id)
        except (cases.CaseNotFound, StoreError):
            return False
        return True

    def refresh_list(self) -> None:
        """Read the list again where the user is: the same search, filters and sort, the same case
        selected, scrolled to the same place."""
        bar = self.case_list.table.verticalScrollBar()
        position, loaded = bar.value(), self.model.rowCount()
        self.model.reload()
        while self.model.rowCount() < loaded and self.model.canFetchMore():
            self.model.fetchMore()
        if self._current_case:
            self._reselect(self._current_case)
        bar.setValue(position)

    def _on_connect_triggered(self) -> None:
        if self.services.connect_server is not None and self.confirm_leave():
            self.services.connect_server(self)

    def _on_use_local_triggered(self) -> None:
        if self.services.use_local_database is not None and self.confirm_leave():
            self.services.use_local_database(self)

    def _on_change_user_triggered(self) -> None:
        if self.services.user_fixed or not self.confirm_leave():
            return
        if not who.staff():
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Change user"),
                              self.tr("There is no staff list yet: add the agency's staff in Settings "
                                      "(Staff) to choose who is working."),
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("noStaffMessage")
            box.exec()
            return
        login = who.choose_user(self.settings, audit.current_user(), self)
        if login:
            self.set_user(login)
            self.statusBar().showMessage(self.user_label.text(), 4000)

    def _encrypt_database(self, passphrase: str) -> bool:
        """Encrypt the open database (unsaved changes are dealt with first); the window goes on
        with the database reopened."""
        if self.services.encrypt_database is None or not self.confirm_leave():
            return False
        case_id = self._current_case
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.services.encrypt_database(passphrase)
        except StoreError as exc:
            QApplication.restoreOverrideCursor()
            show_error(self, self.tr("The database was not encrypted."), exc)
            return False
        QApplication.restoreOverrideCursor()
        self.model.reload()
        if case_id:
            self._open_case(case_id)
        self.statusBar().showMessage(self.tr("The database is encrypted."), 8000)
        return True

    def _on_guide_triggered(self) -> None:
        from hirt_desk.ui.help_dialog import HelpDialog
        dialog = HelpDialog(labels.ui_language(), self.findChildren(QAction), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About HIRT Desk"),
                          self.tr("HIRT Desk %1\nCase management for heavy ion radiotherapy in Japan.")
                          .replace("%1", __version__))

    # -- start and end --------------------------------------------------------------------------

    def show_today(self, after_paint: int | None = None) -> None:
        """Show the Today view and read what is due, in the background; at start-up
        `after_paint` milliseconds after it first paints, so that the list shows first."""
        self._current_case = ""
        self.print_action.setEnabled(False)
        self.right.setCurrentWidget(self.today_view)
        self.today_view.load(self.today(), self.user, after_paint=after_paint)

    def _on_today_triggered(self) -> None:
        if self.confirm_leave():
            self._reselect("")
            self.show_today()

    def open_last_case(self) -> None:
        """Reopen the case the user had open last time, when it is in the first page of the list."""
        last = self.settings.get(S.LAST_CASE)
        if last and self.model.row_of(last) >= 0:
            self._reselect(last)
            self._open_case(last)

    def stop_listening(self) -> None:
        """Stop hearing other seats and acting on this window's database (closing, switching)."""
        if self.feed is not None:
            self.feed.stop()
        if self.seat is not None:
            self.seat.detach()

    def _restore_layout(self) -> None:
        geometry = self.settings.get(S.GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()      # a 1280x720 laptop: the window fits
            self.resize(min(1280, screen.width()), min(800, screen.height() - fit.TITLE_BAR))
        state = self.settings.get(S.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.get(S.SPLITTER)
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            # the list as wide as its filters need at least, else two fifths: at 1280 pixels the
            # patients' names have room (the editor's tabs get theirs when first shown)
            width = self.width()
            left = max(self.case_list.minimumSizeHint().width(), width * 2 // 5)
            self.splitter.setSizes([left, width - left])
        columns = self.settings.get(S.CASE_COLUMNS)
        if not columns.isEmpty():
            self.case_list.restore_columns(columns)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_leave():
            event.ignore()
            return
        self.stop_listening()
        if self.packet_dialog is not None:
            self.packet_dialog.close()          # its printing goes on; app.py waits for it at exit
        self.settings.set(S.GEOMETRY, self.saveGeometry())
        self.settings.set(S.WINDOW_STATE, self.saveState())
        self.settings.set(S.SPLITTER, self.splitter.saveState())
        self.settings.set(S.CASE_COLUMNS, self.case_list.table.horizontalHeader().saveState())
        self.settings.sync()
        super().closeEvent(event)

