"""Telling the user what went wrong, in their language, without a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from hirt_desk.store.errors import StoreError

translate = QCoreApplication.translate


def store_error_text(exc: StoreError) -> str:
    """A sentence for each reason the database can be refused."""
    path = str(exc.path)
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
    }
    return texts.get(exc.reason, translate("errors", "The database %1 cannot be used.")).replace("%1", path)


def show_error(parent: QWidget | None, what: str, exc: BaseException) -> None:
    """A modal message saying what failed and why (details hold the technical text)."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("errors", "HIRT Desk"),
                      what, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setInformativeText(store_error_text(exc) if isinstance(exc, StoreError) else str(exc))
    box.exec()
