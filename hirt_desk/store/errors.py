"""The store's own exceptions: problems with the user's file, as opposed to programming errors.

`StoreError.reason` is a stable code the window translates into the user's language; `str()`
gives a one-line English message for the command line.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee
from sqlcipher3 import dbapi2 as _sqlcipher

REASONS = {
    "not_sqlite": "is not a HIRT Desk database (not an SQLite file)",
    "foreign": "is an SQLite database of another program, not HIRT Desk's",
    "corrupt": "is damaged or truncated",
    "newer": "was written by a newer version of HIRT Desk; update HIRT Desk to open it",
    "locked": "is in use by another program; close it and try again",
    "readonly": "is read-only; HIRT Desk needs to write to it",
    "full": "could not be written: the disk is full. Nothing of the last change was saved",
    "io": "could not be read or written (disk or network drive error)",
    "cannot_create": "cannot be created here",
    "stray_wal": "has a write-ahead log (its -wal file) beside it that does not belong to it; "
                 "HIRT Desk left both untouched: move the -wal file away, then open the database",
    "empty": "is empty: it holds no HIRT Desk database",
    # encryption at rest (store/encryption.py)
    "encrypted": "is encrypted; give its passphrase (HIRT_DESK_PASSPHRASE)",
    "wrong_passphrase": "is encrypted and this passphrase does not open it (or it is not a HIRT Desk "
                        "database)",
    "already_encrypted": "is already encrypted",
    "not_encrypted": "is not encrypted",
}


class StoreError(Exception):
    """A database file that cannot be used as it is. Nothing was changed in it."""

    def __init__(self, reason: str, path: Path | str, detail: str = "") -> None:
        self.reason = reason
        self.path = Path(path)
        self.detail = detail
        text = f"database {self.path} {REASONS[reason]}"
        super().__init__(f"{text} ({detail})" if detail else text)


# SQLite's primary result codes (the low byte of an extended code) that are about the file
_CODES = {5: "locked", 6: "locked", 8: "readonly", 10: "io", 11: "corrupt", 13: "full",
          14: "cannot_create", 26: "not_sqlite"}
_MESSAGES = (
    ("database is locked", "locked"), ("database table is locked", "locked"),
    ("readonly", "readonly"), ("read-only", "readonly"),
    ("disk is full", "full"), ("malformed", "corrupt"), ("not a database", "not_sqlite"),
    ("disk i/o error", "io"), ("unable to open", "cannot_create"),
    ("could not decode to utf-8", "corrupt"),
)
_DATABASE_ERRORS = (sqlite3.Error, _sqlcipher.Error, peewee.DatabaseError, peewee.OperationalError)


def _chain(exc: BaseException) -> list[BaseException]:
    """`exc` and the exceptions it was raised from or while handling, outermost first.

    SQLite rolls a transaction back by itself on a full disk; peewee's own rollback then fails
    with "cannot rollback - no transaction is active", and the reason is only in its context."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def _reason(exc: BaseException) -> str | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _CODES:
        return _CODES[code & 0xFF]
    message = str(exc).lower()
    return next((reason for needle, reason in _MESSAGES if needle in message), None)


def translate(exc: BaseException, path: Path | str) -> StoreError | None:
    """The StoreError that a sqlite/peewee error means for the user, or None for a bug."""
    if not isinstance(exc, _DATABASE_ERRORS):
        return None
    for link in _chain(exc):
        if isinstance(link, StoreError):
            return link
        if isinstance(link, _DATABASE_ERRORS) and (reason := _reason(link)) is not None:
            return StoreError(reason, path, str(link))
    return None
