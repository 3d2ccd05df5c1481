"""The composition root: settings, translators, database, main window, in that order.

Everything the window needs is created here and passed down; nothing reaches for a global.
"""

from __future__ import annotations

import contextlib
import json
import sys
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from hirt_desk.paths import resources_dir
from hirt_desk.store.errors import StoreError

if TYPE_CHECKING:
    from hirt_desk.store.server import ServerDatabase, ServerLogin
    from hirt_desk.ui.main_window import MainWindow, Services
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
    from hirt_desk.ui.gc_guard import GarbageCollector
    crash_handler = CrashHandler(app)        # an exception nobody caught: a message, a log, go on
    crash_handler.install()
    collector = GarbageCollector(app)        # cycles freed on the GUI thread, never on a worker
    try:
        return _run(app, settings, db_path, exit_after_load, started, passphrase, user)
    finally:
        collector.stop()
        crash_handler.uninstall()


def _run(app: QApplication, settings: Settings, db_path: str | Path | None, exit_after_load: bool,
         started: float, passphrase: str | None, given_user: str | None) -> int:
    from hirt_desk.actions.staff import StaffError
    from hirt_desk.store.errors import is_server_url
    from hirt_desk.ui import settings as S
    desk = Desk(settings, exit_after_load=exit_after_load, given_user=given_user)
    try:
        if is_server_url(db_path):
            window = desk.start_server(str(db_path), explicit=True)
        elif db_path is None and settings.get(S.DATABASE_KIND) == "server" and settings.get(S.SERVER_URL):
            window = desk.start_server(settings.get(S.SERVER_URL), explicit=False)
            if window is None:               # not now: the local database, the server asked again next time
                window = desk.start_local(None, passphrase, given_user)
        else:
            window = desk.start_local(db_path, passphrase, given_user)
    except StoreError as exc:
        sys.stderr.write(f"hirt-desk: error: {exc}\n")
        if not exit_after_load:
            from hirt_desk.ui.errors import store_error_text
            QMessageBox.critical(None, "HIRT Desk", store_error_text(exc))
        return 2
    except StaffError as exc:          # --user naming someone else on the office server
        sys.stderr.write(f"hirt-desk: error: {exc}\n")
        return 2
    if window is None:
        return 0                       # cancelled: nothing was opened, nothing changed

    if exit_after_load:
        def report() -> None:
            elapsed = (time.perf_counter() - started) * 1000
            print(json.dumps({"startup_ms": round(elapsed, 1), "cases": window.model.total}), flush=True)
            window.close()
            app.quit()
        QTimer.singleShot(0, report)
    code = app.exec()
    if desk.window is not None:
        desk.window.stop_listening()
    from hirt_desk.ui import jobs
    jobs.wait_idle()            # a packet still printing finishes before the interpreter goes
    desk.close()
    return code


class Desk:
    """The window on the database in use, and moving to another: an SQLite file on this PC or
    the office server (`--db URL`, File → Connect to office server…, Use a local database…, the
    last connection at the next start). One window at a time: a new database gets a new window,
    the old window closes and its database with it."""

    def __init__(self, settings: Settings, *, exit_after_load: bool = False,
                 given_user: str | None = None) -> None:
        self.settings = settings
        self.exit_after_load = exit_after_load
        self.given_user = given_user          # --user: on a server only the login itself is accepted
        self.page_check: threading.Thread | None = None
        self.window: MainWindow | None = None

    def close(self) -> None:
        """On quitting: let the page check finish and close the database, so SQLite folds its
        write-ahead log back and removes it. A -wal left behind is judged at the next start as a
        crash's (checked page by page before the window shows), which took seconds at 100,000 cases."""
        if self.page_check is not None:
            self.page_check.join(timeout=60)
        if self.window is not None and self.window.services.database is not None:
            with contextlib.suppress(Exception):
                self.window.services.database.close()

    # -- the office server ----------------------------------------------------------------------

    def start_server(self, url: str, *, explicit: bool) -> MainWindow | None:
        """Open the server of `url` with libpq's own password (PGPASSWORD, ~/.pgpass), else ask
        for it (and for whatever else is wrong) in the connect dialog; None when cancelled."""
        from hirt_desk.store.server import ServerLogin
        try:
            database = self.try_server(ServerLogin.from_url(url), "", url=url)
        except StoreError as exc:
            if self.exit_after_load:
                raise
            return self.connect_dialog(None, ServerLogin.from_url(url), error=exc, remember=not explicit)
        return self.show_server(database, ServerLogin.from_url(url), remember=not explicit)

    def try_server(self, login: ServerLogin, password: str, *, url: str = "") -> ServerDatabase:
        """Open a server database and bind the models to it; StoreError (the models left as they
        were) when it cannot be used."""
        from hirt_desk.store.database import bind, bound_database, open_database
        before = bound_database()
        try:
            database = open_database(url or login.url, password=password or None)
        except StoreError:
            if before is not None:
                bind(before)
            raise
        return database  # type: ignore[return-value]

    def connect_dialog(self, parent: QWidget | None, login: ServerLogin | None = None, *,
                       error: StoreError | None = None, remember: bool = True) -> MainWindow | None:
        """File → Connect to office server…: asked until connected (the new window) or cancelled."""
        from hirt_desk.store.audit import os_login
        from hirt_desk.store.server import ServerLogin
        from hirt_desk.ui import settings as S
        from hirt_desk.ui.connect_dialog import ConnectDialog
        if login is None and self.settings.get(S.SERVER_URL):
            with contextlib.suppress(ValueError):
                login = ServerLogin.from_url(self.settings.get(S.SERVER_URL))
        dialog = ConnectDialog(self.try_server, login, parent, error=error, default_login=os_login())
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.login is None:
            return None
        return self.show_server(dialog.opened, dialog.login, remember=remember)  # type: ignore[arg-type]

    def show_server(self, database: ServerDatabase, login: ServerLogin, *,
                    remember: bool = True) -> MainWindow:
        from hirt_desk.store.database import bound
        from hirt_desk.store.server import session_login
        from hirt_desk.ui import settings as S
        from hirt_desk.ui.main_window import Services
        with bound(database):
            user = session_login(database)     # the server says who is logged in
            if self.given_user and self.given_user != user:
                from hirt_desk.actions.staff import check_given_user
                check_given_user(self.given_user)          # StaffError: not under another's name
            role = session_role()
        ask = weakref.WeakMethod(self._ask_password)     # no cycle through the database's hook

        def ask_password(problem: StoreError) -> str | None:
            method = ask()
            return method(login, problem) if method is not None else None
        database.ask_password = ask_password
        if remember:
            self.settings.set(S.DATABASE_KIND, "server")
            self.settings.set(S.SERVER_URL, login.url)
            self.settings.sync()
        services = Services(database_path=Path(), add_sample_cases=_add_sample_cases,
                            backup_to=_no_backup, user_fixed=True, role=role, database=database,
                            server=login,
                            listen=database.listening_connection,
                            connect_server=_weak(self.connect_dialog),
                            use_local_database=_weak(self.choose_local))
        return self._replace(database, services, user)

    def _ask_password(self, login: ServerLogin, problem: StoreError) -> str | None:
        """The server refused the password it was given (changed meanwhile): ask for it again."""
        from hirt_desk.ui.connect_dialog import ConnectDialog
        dialog = ConnectDialog(lambda _login, password: password, login, self.window, error=problem,
                               password_only=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return str(dialog.opened or "")

    # -- an SQLite file -------------------------------------------------------------------------

    def start_local(self, db_path: str | Path | None, passphrase: str | None, given_user: str | None,
                    parent: QWidget | None = None) -> MainWindow | None:
        """Open an SQLite file (asking its passphrase when it is encrypted) and who is working;
        None when either was cancelled."""
        from hirt_desk.store.database import bind, bound_database, default_database_path, open_database
        from hirt_desk.ui import settings as S
        remembered = self.settings.get(S.LOCAL_DATABASE)
        path = Path(db_path) if db_path else Path(remembered) if remembered else default_database_path()
        before = bound_database()
        try:
            try:
                # the page check runs once the list shows (check_pages_in_background, below)
                database = open_database(path, passphrase=passphrase, full_check=False)
            except StoreError as exc:  # encryption at rest: an encrypted database asks for its passphrase
                if self.exit_after_load or exc.reason not in ("encrypted", "wrong_passphrase"):
                    raise
                from hirt_desk.ui.passphrase import ask_passphrase
                opened: list[object] = []
                passphrase = ask_passphrase(
                    path, lambda key: opened.append(open_database(path, passphrase=key, full_check=False)))
                if passphrase is None:
                    if before is not None:
                        bind(before)
                    return None          # cancelled: nothing was opened
                database = opened[-1]
        except StoreError:
            if before is not None:
                bind(before)
            raise
        user = session_user(self.settings, given=given_user, ask=not self.exit_after_load)
        if user is None:
            if before is not None and before is not database:
                database.close()
                bind(before)
            return None                    # nobody chose who is working: nothing is changed
        return self._show_local(database, path, passphrase, user)

    def choose_local(self, parent: QWidget | None) -> MainWindow | None:
        """File → Use a local database…: an SQLite file on this PC (the usual one offered)."""
        from hirt_desk.store.database import default_database_path
        from hirt_desk.ui import settings as S
        from hirt_desk.ui.connect_dialog import ask_local_file, show_local_error
        name = ask_local_file(parent, self.settings.get(S.LOCAL_DATABASE) or str(default_database_path()))
        if not name:
            return None
        try:
            window = self.start_local(name, None, None, parent)
        except StoreError as exc:
            show_local_error(parent, exc)
            return None
        if window is not None:
            self.settings.set(S.DATABASE_KIND, "local")
            self.settings.set(S.LOCAL_DATABASE, "" if Path(name) == default_database_path() else name)
            self.settings.sync()
        return window

    def _show_local(self, database: object, path: Path, passphrase: str | None, user: str) -> MainWindow:
        from hirt_desk.store import encryption
        from hirt_desk.ui.main_window import Services
        from hirt_desk.ui.settings import BACKUPS_KEPT
        settings = self.settings
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

        def backup_to(dest: Path) -> dict[str, object]:      # on a background thread: its own connection
            from hirt_desk.store.backup import backup_file
            return backup_file(path, dest, passphrase=key["passphrase"])

        services = Services(
            database_path=path,
            add_sample_cases=_add_sample_cases,
            backup_to=backup_to,
            is_encrypted=lambda: encryption.looks_encrypted(path),
            encrypt_database=encrypt,
            database=database,
            connect_server=_weak(self.connect_dialog),
            use_local_database=_weak(self.choose_local),
            passphrase=lambda: key["passphrase"],
        )
        window = self._replace(database, services, user)
        from hirt_desk.store.database import check_pages_in_background
        self.page_check = check_pages_in_background(path, key["passphrase"], _PageCheckRelay(window).report)
        if not self.exit_after_load:
            backup_thread.start()
        return window

    # -- the window -----------------------------------------------------------------------------

    def _replace(self, database: Any, services: Services, user: str) -> MainWindow:
        """A window on `database`; the window before closes, and its database with it."""
        from hirt_desk.store.cases import count_cases, list_cases
        from hirt_desk.store.database import bound
        from hirt_desk.ui.case_list_model import CaseListModel
        from hirt_desk.ui.main_window import MainWindow

        def fetch(flt: Any, limit: int, offset: int) -> Any:
            with bound(database):
                return list_cases(flt, limit, offset)

        def count(flt: Any) -> int:
            with bound(database):
                return count_cases(flt)

        model = CaseListModel(fetch, count)
        window = MainWindow(model, services, self.settings, user=user)
        model.reload()
        old, self.window = self.window, window
        window.show()
        window.show_today(after_paint=200)      # the Today view: read in the background once it shows
        if old is not None:
            old.stop_listening()
            old.close()
            old.deleteLater()
            if old.services.database is not None and old.services.database is not database:
                with contextlib.suppress(Exception):
                    old.services.database.close()
        return window


def _weak(method: Callable[[QWidget], object]) -> Callable[[QWidget], object]:
    """A Desk's method for its window to call, without the window keeping the Desk alive: a
    Desk and its windows never form a reference cycle, which Python's collector could break on
    another thread, destroying Qt widgets there."""
    ref = weakref.WeakMethod(method)  # type: ignore[arg-type]

    def call(parent: QWidget) -> object:
        bound_method = ref()
        return bound_method(parent) if bound_method is not None else None
    return call


def _add_sample_cases(n: int, login: str) -> int:
    from hirt_desk.actions.demo import add_demo_cases  # loaded when samples are asked for
    return add_demo_cases(n, seed=int(time.time()), user=login)


def _no_backup(dest: Path) -> dict[str, object]:
    raise StoreError("io", dest, "an office server is backed up on the server (pg_dump)")
