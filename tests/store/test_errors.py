"""Which sqlite errors are the user's file or disk (StoreError) and which are bugs."""

from __future__ import annotations

import sqlite3

import peewee
import pytest

from hirt_desk.store.errors import translate


def _raised_while_handling(first: BaseException, then: BaseException) -> BaseException:
    try:
        try:
            raise first
        except BaseException:
            raise then  # noqa: B904 - the implicit context is what is tested
    except BaseException as exc:
        return exc


def test_a_failed_rollback_after_a_full_disk_is_a_full_disk() -> None:
    """SQLite cancels the transaction itself; peewee's rollback then fails with another message."""
    full = peewee.OperationalError("database or disk is full")
    rollback = _raised_while_handling(
        full, peewee.OperationalError("cannot rollback - no transaction is active"))
    error = translate(rollback, "cases.sqlite")
    assert error is not None and error.reason == "full"


@pytest.mark.parametrize(("code", "reason"), [(13, "full"), (10, "io"), (10 | (3 << 8), "io"),
                                              (5, "locked"), (8, "readonly"), (11, "corrupt")])
def test_sqlite_result_codes(code: int, reason: str) -> None:
    exc = sqlite3.OperationalError("some message")
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    error = translate(exc, "cases.sqlite")
    assert error is not None and error.reason == reason


def test_a_bug_stays_a_bug() -> None:
    assert translate(peewee.OperationalError("no such column: x"), "cases.sqlite") is None
    assert translate(ValueError("database or disk is full"), "cases.sqlite") is None
