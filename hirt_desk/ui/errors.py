"""Telling the user what went wrong, in their language, without a traceback."""

from __future__ import annotations

import errno
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from hirt_desk.files import NotARegularFile
from hirt_desk.store.errors import StoreError, is_server_url
from hirt_desk.store.server import ServerLogin

translate = QCoreApplication.translate


def store_error_text(exc: StoreError) -> str:
    """A sentence for each reason the database can be refused."""
    path = _place(exc.where)
    texts = {
        "not_sqlite": translate("errors", "The file %1 is not a HIRT Desk database."),
        "foreign": translate("errors", "The file %1 belongs to another program, not HIRT Desk."),
        "corrupt": translate("errors", "The database %1 is damaged. Restore it from a backup."),
        "newer": translate("errors", "The database %1 was written by a newer version of HIRT Desk. "
                     "Install that version to open it."),
        "locked": translate("errors", "The database %1 is in use by another program. "
                                      "Close it and try again."),
        "readonly": translate("errors", "The database %1 is read-only. HIRT Desk needs to write to it."),
        "full": translate("errors", "The disk holding %1 is full. The last change was not saved."),
        "io": translate("errors", "The database %1 could not be read or written."),
        "cannot_create": translate("errors", "The database %1 cannot be created in this folder."),
        "stray_wal": translate("errors", "Beside the database %1 lies a write-ahead log (its -wal "
                                         "file) that belongs to another database. HIRT Desk left "
                                         "both untouched: move the -wal file away, then open the "
                                         "database again."),
        "empty": translate("errors", "The file %1 is empty: it holds no HIRT Desk database."),
        "encrypted": translate("errors", "The database %1 is encrypted: its passphrase is needed."),
        "wrong_passphrase": translate("errors", "The passphrase does not open the database %1."),
        "cannot_connect": translate("errors", "The office server %1 cannot be reached, or it refused "
                                              "this login. Check the address, the password and the network."),
        "not_utf8": translate("errors", "The server database %1 is not a UTF-8 database. Ask the "
                                        "administrator to create it with: createdb --encoding=UTF8 "
                                        "--locale=C.UTF-8 --template=template0 NAME"),
        "not_initialised": translate("errors", "The server database %1 has no HIRT Desk schema yet. "
                                               "Ask the administrator to run: "
                                               "hirt-desk --db URL server init"),
        "older": translate("errors", "The server database %1 has an older HIRT Desk schema. Ask the "
                                     "administrator to run: hirt-desk --db URL server init"),
        "denied": translate("errors", "The office server %1 does not allow this login to do that. "
                                      "Ask the administrator for the right role."),
        "password_needed": translate("errors", "The office server %1 needs the password of this login."),
        "wrong_password": translate("errors", "The office server %1 refused the login: the login or "
                                              "the password is wrong."),
        "unknown_host": translate("errors", "The office server %1 cannot be found: check the server "
                                            "address."),
        "no_database": translate("errors", "The database %1 does not exist on that server: check the "
                                           "database name."),
        "tls": translate("errors", "The office server %1 refused the encrypted connection: its certificate "
                                   "could not be checked, or it offers no encryption. Check the "
                                   "connection setting."),
        "connection_lost": translate("errors", "The connection to the office server %1 was lost. The "
                                               "last change was not saved; HIRT Desk connects again "
                                               "when you retry."),
    }
    return texts.get(exc.reason, translate("errors", "The database %1 cannot be used.")).replace("%1", path)


def _place(where: str) -> str:
    """A server database as people say it (db.example:5432/hirt_desk), a file as its path."""
    if not is_server_url(where):
        return where
    try:
        login = ServerLogin.from_url(where)
    except ValueError:
        return where
    return f"{login.host}:{login.port}/{login.database}"


def _script_name(script: str) -> str:
    names = {
        "ja": translate("errors", "Japanese"), "zh-Hans": translate("errors", "Simplified Chinese"),
        "zh-Hant": translate("errors", "Traditional Chinese"), "ko": translate("errors", "Korean"),
        "latin": translate("errors", "Latin, Cyrillic and Vietnamese"),
        "latin-bold": translate("errors", "Latin, Cyrillic and Vietnamese (bold)"),
        "th": translate("errors", "Thai"), "ar": translate("errors", "Arabic"),
    }
    return names.get(script, script)


def file_error_text(exc: OSError) -> str:
    """Why a file could not be written, naming the file."""
    where = str(exc.filename or "")
    if isinstance(exc, NotARegularFile):
        text = translate("errors", "%1 is a device or another special file, not a regular file. "
                                   "Choose a file name.")
        return text.replace("%1", where)
    texts = {
        errno.EACCES: translate("errors", "You have no permission to write %1."),
        errno.EPERM: translate("errors", "You have no permission to write %1."),
        errno.ENOSPC: translate("errors", "The disk is full: %1 could not be written."),
        errno.ENOENT: translate("errors", "The folder of %1 does not exist."),
        errno.ENOTDIR: translate("errors", "The folder of %1 does not exist."),
        errno.EROFS: translate("errors", "%1 is on a read-only disk."),
        errno.EISDIR: translate("errors", "%1 is a folder, not a file."),
    }
    text = texts.get(exc.errno or 0, translate("errors", "%1 could not be written."))
    return text.replace("%1", where) if where else text.replace("%1", translate("errors", "The file"))


def document_error_text(exc: BaseException) -> str:
    """A sentence for each reason a printed document can fail: fonts, text, files, the database."""
    # the packet fonts module (and reportlab) loads only when something is printed: before
    # that, no exception can come from it
    fonts = sys.modules.get("hirt_desk.packets.fonts")
    if fonts is not None and isinstance(exc, fonts.MissingFont):
        return (translate("errors", "No font for %1 text is installed on this computer (looked for %2). "
                                    "Install %3.")
                .replace("%1", _script_name(exc.script)).replace("%2", ", ".join(exc.fonts))
                .replace("%3", exc.install))
    if fonts is not None and isinstance(exc, fonts.UncoveredText):
        return translate("errors", "These characters cannot be printed with the fonts installed: %1. "
                                   "Correct them in the case, or install a font that has them.") \
            .replace("%1", " ".join(exc.characters))
    if isinstance(exc, StoreError):
        return store_error_text(exc)
    if isinstance(exc, OSError):
        return file_error_text(exc)
    return translate("errors", "Something unexpected went wrong: %1").replace("%1", str(exc))


def show_error(parent: QWidget | None, what: str, exc: BaseException) -> None:
    """A modal message saying what failed and why (details hold the technical text)."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("errors", "HIRT Desk"),
                      what, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setInformativeText(document_error_text(exc))
    box.exec()
