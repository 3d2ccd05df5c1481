"""The composition root: settings, translators, database, main window, in that order.

Everything the window needs is created here and passed down; nothing reaches for a global.
"""

from __future__ import annotations

import contextlib
import json
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hirt_desk.paths import resources_dir
from hirt_desk.store.errors import StoreError

if TYPE_CHECKING:
    from hirt_desk.ui.settings import Settings


def session_user(settings: Settings, *, given: str | None = None, ask: bool = True) -> str | None:
    """Who is working in this session: every change the window makes is recorded under this
    login, which the window shows and passes to every action.

    On a SQLite database it is the person chosen at start from the agency's staff list (the
    "Who is working?" dialog, ui/who.py), `given` on the command line (--user), or the
    operating-system login when the agency keeps no staff list; None: the choice was cancelled.

    On an office server (PostgreSQL) it is the database login, which the server records
    whatever the client says: it cannot be chosen, and a `given` login that differs is refused
    (StaffError); the window's Services then have `user_fixed=True` and the login's role
    (`session_role`). A staff list an earlier release kept in Settings is moved into the
    database here, once."""
    from hirt_desk.actions import staff
    from hirt_desk.store.audit import current_user
    from hirt_desk.ui.who import choose_user, move_settings_staff
    if staff.on_office_server():
        staff.check_given_user(given)
        return staff.session_login()
    if given:
        return given
    move_settings_staff(settings, current_user())
    return choose_user(settings, current_user(), ask=ask)


class _PageCheckRelay(QObject):
    """Brings the background page check's verdict to the GUI thread (the relay lives there, so
    the signal is queued to it). Damage found after the window opened is said at once; saves
    are refused from then on (store.models.write_gate) and what is on screen can still be read."""

    failed = Signal(object)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.failed.connect(self._show)

    def report(self, exc: StoreError | None) -> None:
        """Called on the checking thread."""
        if exc is not None:
            with contextlib.suppress(RuntimeError):    # the window closed meanwhile
                self.failed.emit(exc)

    def _show(self, exc: StoreError) -> None:
        from hirt_desk.ui.errors import store_error_text
        sys.stderr.write(f"hirt-desk: error: {exc}\n")
        QMessageBox.critical(self.window, "HIRT Desk", store_error_text(exc))


def session_role() -> str:
    """The role the window offers what to: "" on a file (no roles), else the login's role on
    the server ("none" for a login that has none: it may do nothing)."""
    from hirt_desk.actions import staff
    role = staff.session_role()
    return "none" if role is None else role


def _rolling_backup(path: Path, keep: int, passphrase: str | None = None) -> None:
    """Copy the database to its backups folder; runs on a worker thread, failures only logged."""
    import contextlib
    import sqlite3

    from hirt_desk.store import encryption
    from hirt_desk.store.backup import rolling_backup
    from hirt_desk.store.database import backups_dir
    try:
        with contextlib.closing(encryption.connect_file(path, passphrase)) as conn:
            rolling_backup(conn, backups_dir(path), keep, passphrase=passphrase)
    except (StoreError, sqlite3.Error, encryption.sqlcipher.Error, OSError) as exc:
        sys.stderr.write(f"hirt-desk: automatic backup failed: {exc}\n")


def run(db_path: str | Path | None = None, *, exit_after_load: bool = False,
        started: float | None = None, passphrase: str | None = None, user: str | None = None) -> int:
    started = started if started is not None else time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("HIRT Desk")
    app.setApplicationName("HIRT Desk")
    app.setDesktopFileName("hirt-desk")        # matches packaging/linux/hirt-desk.desktop
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "hirt-desk-256.png")))

    from hirt_desk.ui.i18n import install_translators
    from hirt_desk.ui.settings import UI_LANGUAGE, Settings
    settings = Settings()
    install_translators(app, settings.get(UI_LANGUAGE))
    from hirt_desk.ui.crash import CrashHandler
    crash_handler = CrashHandler(app)        # an exception nobody caught: a message, a log, go on
    crash_handler.install()
    try:
        return _run(app, settings, db_path, exit_after_load, started, passphrase, user)
    finally:
        crash_handler.uninstall()


def _run(app: QApplication, settings: Settings, db_path: str | Path | None, exit_after_load: bool,
         started: float, passphrase: str | None, given_user: str | None) -> int:
    from hirt_desk.store.database import default_database_path, open_database
    from hirt_desk.store.errors import is_server_url
    from hirt_desk.ui.settings import BACKUPS_KEPT
    server = is_server_url(db_path)        # a URL is no path: Path() would fold its "//"
    path = Path(db_path) if db_path else default_database_path()
    try:
        try:
            # the page check runs once the list shows (check_pages_in_background, below)
            open_database(str(db_path) if server else path, passphrase=passphrase, full_check=False)
        except StoreError as exc:      # encryption at rest: an encrypted database asks for its passphrase
            if exit_after_load or exc.reason not in ("encrypted", "wrong_passphrase"):
                raise
            from hirt_desk.ui.passphrase import ask_passphrase
            passphrase = ask_passphrase(path, lambda key: open_database(path, passphrase=key,
                                                                         full_check=False))
            if passphrase is None:
                return 0               # cancelled: nothing was opened
    except StoreError as exc:
        sys.stderr.write(f"hirt-desk: error: {exc}\n")
        if not exit_after_load:
            from hirt_desk.ui.errors import store_error_text
            QMessageBox.critical(None, "HIRT Desk", store_error_text(exc))
        return 2

    from hirt_desk.actions.staff import StaffError
    try:
        user = session_user(settings, given=given_user, ask=not exit_after_load)
    except StaffError as exc:          # --user naming someone else on the office server
        sys.stderr.write(f"hirt-desk: error: {exc}\n")
        return 2
    if user is None:
        return 0                       # nobody chose who is working: nothing is changed

    from hirt_desk.store import encryption
    from hirt_desk.store.cases import count_cases, list_cases
    from hirt_desk.ui.case_list_model import CaseListModel
    from hirt_desk.ui.main_window import MainWindow, Services
    key = {"passphrase": passphrase}      # held in memory only; changes when the window encrypts
    backup_thread = threading.Thread(target=lambda: _rolling_backup(path, settings.get(BACKUPS_KEPT),
                                                                     key["passphrase"]),
                                     daemon=True, name="rolling-backup")

    def encrypt(new: str) -> object:
        if backup_thread.is_alive():
            backup_thread.join()
        result = encryption.encrypt_open_database(path, new)
        key["passphrase"] = new
        return result

    def add_sample_cases(n: int, login: str) -> int:
        from hirt_desk.actions.demo import add_demo_cases  # loaded when samples are asked for
        return add_demo_cases(n, seed=int(time.time()), user=login)

    def backup_to(dest: Path) -> dict[str, object]:      # on a background thread: its own connection
        from hirt_desk.store.backup import backup_file
        return backup_file(path, dest, passphrase=key["passphrase"])

    model = CaseListModel(lambda flt, limit, offset: list_cases(flt, limit, offset), count_cases)
    services = Services(
        database_path=path,
        add_sample_cases=add_sample_cases,
        backup_to=backup_to,
        is_encrypted=lambda: encryption.looks_encrypted(path),
        encrypt_database=encrypt,
        user_fixed=session_role() != "",
        role=session_role(),
    )
    window = MainWindow(model, services, settings, user=user)
    model.reload()
    window.show()
    window.open_last_case()
    if not server:                     # a file's pages; a server looks after its own
        from hirt_desk.store.database import check_pages_in_background
        check_pages_in_background(path, passphrase, _PageCheckRelay(window).report)

    if exit_after_load:
        def report() -> None:
            elapsed = (time.perf_counter() - started) * 1000
            print(json.dumps({"startup_ms": round(elapsed, 1), "cases": model.total}), flush=True)
            window.close()
            app.quit()
        QTimer.singleShot(0, report)
    elif not server:                   # a server is backed up by its administrator (pg_dump)
        backup_thread.start()
    code = app.exec()
    from hirt_desk.ui import jobs
    jobs.wait_idle()            # a packet still printing finishes before the interpreter goes
    return code
