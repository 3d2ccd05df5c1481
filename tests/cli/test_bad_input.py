"""Inputs that once ended in an internal error (exit 1): each is now one line and exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


def one_line_exit_2(res, *words: str) -> None:  # type: ignore[no-untyped-def]
    assert res.code == 2, (res.code, res.err)
    assert res.out == "" and res.err.count("\n") == 1 and "Traceback" not in res.err, res.err
    assert "internal error" not in res.err
    for word in words:
        assert word in res.err, res.err


def test_deeply_nested_json(run_main) -> None:  # type: ignore[no-untyped-def]
    one_line_exit_2(run_main("screen", "-", stdin="[" * 100_000), "nested too deeply")


def test_a_400_digit_number_is_out_of_range(run_main) -> None:  # type: ignore[no-untyped-def]
    facts = '{"site": "prostate", "psa_pre_biopsy": ' + "9" * 400 + "}"
    one_line_exit_2(run_main("screen", "-", stdin=facts), "psa_pre_biopsy")


def test_a_course_past_the_last_date(run_main) -> None:  # type: ignore[no-untyped-def]
    one_line_exit_2(run_main("schedule", "--start", "9999-12-31", "--fractions", "16"), "9999-12-31")
    res = run_main("schedule", "--start", "9999-12-01", "--fractions", "4")     # still fits
    assert res.code == 0 and len(res.json()["sessions"]) == 4


def test_an_empty_out(run_main, db_arg: str) -> None:  # type: ignore[no-untyped-def]
    db = db_arg
    run_main("--db", db, "demo", "--cases", "1")
    number = run_main("--db", db, "cases", "--json").json()[0]["number"]
    one_line_exit_2(run_main("--db", db, "packet", number, "--lang", "en", "--out", ""), "--out")


def test_a_long_rule_set_name(run_main) -> None:  # type: ignore[no-untyped-def]
    res = run_main("screen", "-", "--rules", "x" * 300, stdin="{}")
    one_line_exit_2(res, "unknown rule set")
    assert len(res.err) < 500
    one_line_exit_2(run_main("screen", "-", "--rules", "../rules/ghmc", stdin="{}"), "unknown rule set")


@pytest.mark.parametrize("args", [
    ("cases", "--status", "a\nb"), ("screen", "-", "--rules", "\n"),
    ("schedule", "--start", "2027-04-26", "--fractions", "4", "--facility", "x\ny"),
    ("cases", "--limit", "9223372036854775808"), ("demo", "--cases", "1" + "0" * 400),
])
def test_what_the_user_typed_is_echoed_on_one_line(run_main, db_arg: str,  # type: ignore[no-untyped-def]
                                                   args: tuple[str, ...]) -> None:
    one_line_exit_2(run_main("--db", db_arg, *args))


def test_a_database_that_is_no_file(run_main, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import os
    os.mkfifo(tmp_path / "pipe.sqlite")       # reading its header would wait for ever
    one_line_exit_2(run_main("--db", str(tmp_path / "pipe.sqlite"), "cases"), "not a regular file")
    one_line_exit_2(run_main("--db", str(tmp_path), "cases"), "not a regular file")


def test_the_program_itself_exits_2(cli) -> None:  # type: ignore[no-untyped-def]
    """The same through `python -m hirt_desk`, as the fuzzing found it."""
    res = cli("screen", "-", stdin="[" * 100_000)
    assert res.code == 2 and res.err.count("\n") == 1, res.err
    assert json.loads(cli("schedule", "--start", "2027-04-26", "--fractions", "2").out)["sessions"]


def test_a_crash_is_logged_without_patient_data(run_main, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """An internal error (exit 1) names the log; the log has the frames, not the passport."""
    import os
    import stat
    import sys

    import hirt_desk.cli as cli
    from hirt_desk.crashlog import log_path
    PASSPORT = "E12345678"

    def broken(args) -> int:  # type: ignore[no-untyped-def]
        passport = PASSPORT            # noqa: F841 - a local value that must not reach the log
        raise KeyError(f"patient {PASSPORT}")
    monkeypatch.setattr(cli, "cmd_schedule", broken)
    res = run_main("schedule", "--start", "2027-04-26", "--fractions", "4")
    assert res.code == 1 and res.err.count("\n") == 1 and str(log_path()) in res.err
    text = log_path().read_text("utf-8")
    assert "in broken" in text and "KeyError: [message withheld" in text and PASSPORT not in text
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(log_path()).st_mode) == 0o600
