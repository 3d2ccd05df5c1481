"""Every user setting, declared once with its key, type and default; nothing else uses QSettings.

Settings live in an INI file in the user's config folder (tests point QSettings elsewhere).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any


UI_LANGUAGE = Setting("ui/language", str, "")          # "" follows the system, else i18n.UI_LANGUAGES
GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
SPLITTER = Setting("window/splitter", QByteArray, QByteArray())
CASE_COLUMNS = Setting("window/case_columns", QByteArray, QByteArray())   # shown, widths, order
BACKUP_FOLDER = Setting("backup/folder", str, "")     # where the last backup was written
LAST_CASE = Setting("cases/last", str, "")
BACKUPS_KEPT = Setting("backup/keep", int, 10)
PDF_FOLDER = Setting("documents/folder", str, "")     # where the last packet was saved
PAPER_SIZE = Setting("documents/paper", str, "a4")    # "a4" or "letter": packets and visa forms
PAPER_SIZES = ("a4", "letter")


def paper_size(settings: Settings) -> str:
    """The paper size printed documents are laid out on (A4 unless set to US Letter)."""
    value = settings.get(PAPER_SIZE)
    return value if value in PAPER_SIZES else "a4"
# who is working (ui/who.py): the agency's staff as earlier releases kept it, [{"login": ...,
# "name": ...}] (since schema 8 the staff is in the database; a list found here is moved there
# once, and the setting emptied), and the login chosen last in the "Who is working?" dialog
STAFF = Setting("team/staff", list, [])
LAST_USER = Setting("team/last_user", str, "")
# where the data is: "local" (an SQLite file, LOCAL_DATABASE or the usual one) or "server" (the
# office server of SERVER_URL, postgresql://LOGIN@HOST:PORT/DBNAME?sslmode=…, never a password)
DATABASE_KIND = Setting("database/kind", str, "local")
LOCAL_DATABASE = Setting("database/local", str, "")
SERVER_URL = Setting("database/server", str, "")
# a laptop (checked out from the office server) not synced for this many days says so at start
SYNC_STALE_DAYS = Setting("sync/stale_days", int, 7)


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                         "HIRT Desk", "HIRT Desk")
        self._owner_only()

    def _owner_only(self) -> None:
        """The settings file (the last case opened, the folder of saved packets) is the user's
        only: 0600 in a 0700 folder. Created so before Qt first writes it; Qt's atomic save keeps
        a file's permissions."""
        if self._q.format() != QSettings.Format.IniFormat:
            return
        path = Path(self._q.fileName())
        try:
            # the folder is tightened when it is ours (made now, or named after the file as Qt's
            # own is), never a folder the file was merely put in (e.g. /tmp)
            ours = not path.parent.exists() or path.parent.name == path.stem
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            if ours:
                os.chmod(path.parent, 0o700)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
            os.chmod(path, 0o600)
        except OSError:
            pass                # settings are not worth refusing to start over

    def get(self, setting: Setting) -> Any:
        value = self._q.value(setting.key, setting.default)
        if value is None:
            return setting.default
        if setting.type is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return setting.default
        if setting.type is str:
            return str(value)
        if setting.type is list:           # kept as JSON text: INI files flatten Qt's lists
            try:
                parsed = json.loads(value) if isinstance(value, str) else None
            except ValueError:
                parsed = None
            return parsed if isinstance(parsed, list) else list(setting.default)
        return value if isinstance(value, setting.type) else setting.default

    def set(self, setting: Setting, value: Any) -> None:
        if setting.type is list:
            value = json.dumps(list(value), ensure_ascii=False)
        self._q.setValue(setting.key, value)

    def sync(self) -> None:
        self._q.sync()
        self._owner_only()
