"""The crash log keeps what finds a bug (types, frames) and nothing about a patient; it and its
folder are the user's only."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from hirt_desk.crashlog import format_crash, log_path, write_crash

PASSPORT = "E12345678"


def _save_patient(passport: str) -> None:
    surname = "WANG"            # a local value that must not reach the log
    raise ValueError(f"cannot save {surname}: passport {passport} is already used")


def _crash() -> BaseException:
    try:
        try:
            _save_patient(PASSPORT)
        except ValueError as exc:
            raise RuntimeError(f"save failed for {PASSPORT}") from exc
    except RuntimeError as exc:
        return exc
    raise AssertionError("no crash")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_log_has_types_and_frames_but_no_messages_or_values() -> None:
    text = format_crash(_crash())
    assert PASSPORT not in text and "WANG" not in text
    assert "_save_patient" in text and "_crash" in text and "test_crashlog.py" in text
    assert "ValueError: [message withheld" in text and "RuntimeError: [message withheld" in text
    assert text.index("ValueError") < text.index("RuntimeError")        # oldest first, as Python does


def test_errno_is_kept(tmp_path: Path) -> None:
    try:
        open(tmp_path / PASSPORT)          # noqa: SIM115 - the error is the point
    except OSError as exc:
        text = format_crash(exc)
    assert "FileNotFoundError (errno=2)" in text and PASSPORT not in text


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_log_is_owner_only() -> None:
    path = write_crash(_crash(), "a test")
    assert path == log_path() and path.is_file()
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    os.chmod(path, 0o644)
    write_crash(_crash())
    assert mode(path) == 0o600 and path.read_text().count("--- ") == 2
    assert PASSPORT not in path.read_text()
