"""A full disk (SQLite's SQLITE_FULL, as a small partition or a quota gives) is the user's problem
to fix, not a bug: exit status 2 and one line, and the database still as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from hirt_desk.store import database


def _no_room(plain):  # type: ignore[no-untyped-def]
    """Connections that may not grow their file by a single page (SQLite's max_page_count cannot
    go below the current size, so 1 means: as big as it is now)."""
    def connect(path: Path, **kwargs: int):  # type: ignore[no-untyped-def]
        conn = plain(path, **kwargs)
        conn._pragmas = [*conn._pragmas, ("max_page_count", 1)]
        return conn
    return connect


def test_full_disk_is_one_line_and_exit_2(run_main, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "c.sqlite")
    assert run_main("--db", db, "demo", "--cases", "3").code == 0
    with monkeypatch.context() as patch:
        patch.setattr(database, "connect", _no_room(database.connect))
        res = run_main("--db", db, "demo", "--cases", "50")
        assert res.code == 2, res.err
        assert res.out == ""
        assert res.err.count("\n") == 1 and "Traceback" not in res.err
        assert "disk is full" in res.err and "internal error" not in res.err
        listed = run_main("--db", db, "cases", "--json")      # reading still works
        assert listed.code == 0 and len(listed.json()) == 3
    res = run_main("--db", db, "demo", "--cases", "50")         # room again: it is written
    assert res.code == 0, res.err
    assert len(run_main("--db", db, "cases", "--json").json()) == 53
