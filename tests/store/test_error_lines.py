"""A window that ran a command as a child process reads its one-line error back as a StoreError,
to say it in the user's language: each reason comes back as itself, where it was included."""

from __future__ import annotations

import pytest

from hirt_desk.store.errors import REASONS, SERVER_REASONS, StoreError, read_message


@pytest.mark.parametrize("reason", sorted(REASONS))
def test_every_file_reason_is_read_back(reason: str) -> None:
    line = f"hirt-desk: error: {StoreError(reason, '/tmp/laptop.sqlite')}"
    read = read_message(line)
    assert read is not None and (read.reason, read.where) == (reason, "/tmp/laptop.sqlite"), line


@pytest.mark.parametrize("reason", sorted(SERVER_REASONS))
def test_every_server_reason_is_read_back(reason: str) -> None:
    url = "postgresql://olga@db.example:5432/hirt_desk"
    read = read_message(f"hirt-desk: error: {StoreError(reason, url)}")
    assert read is not None and read.reason == reason and read.where.startswith("postgresql://olga@db.example")


def test_a_wrong_passphrase_is_not_read_as_another_program_s_file() -> None:
    """Its sentence ends with another's words ("is not a HIRT Desk database")."""
    read = read_message("hirt-desk: error: database /tmp/a b.sqlite is encrypted and this passphrase does "
                        "not open it (or it is not a HIRT Desk database)")
    assert read is not None and (read.reason, read.where) == ("wrong_passphrase", "/tmp/a b.sqlite")


def test_other_lines_are_not_store_errors() -> None:
    assert read_message("hirt-desk: error: no case 'X'") is None
