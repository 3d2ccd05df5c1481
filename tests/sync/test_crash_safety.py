"""A sync cut at any point (the process killed) leaves both sides consistent, and the next sync
completes it: nothing lost, nothing applied twice, each conflict recorded once (one open
conflict a field, holding each side's newest value)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from hirt_desk.actions.sync import CRASH_ENV
from tests.sync.conftest import Office, on

STEPS = 6          # push, merged (one case), pushed, sent, pulled, writing


def _sync_process(office: Office, crash_at: int | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if crash_at is not None:
        env[CRASH_ENV] = str(crash_at)
    command = [sys.executable, "-m", "hirt_desk", "--db", office.laptop, "--user", office.lena, "sync"]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _edit_both(office: Office, case: str, n: int) -> None:
    office.ok(office.on_laptop("case", "set", case, f"patient.email=round{n}@example.com",
                               f"patient.phone=+84 90 100 {1000 + n}"))
    office.ok(office.office("case", "set", case, f"patient.address=Street {n}",
                            f"patient.phone=+84 90 200 {2000 + n}"))


def _check_agree(office: Office, case: str, rounds: int) -> None:
    laptop, server = office.show(case, "laptop"), office.show(case, "office")
    assert {**laptop, "updated_at": ""} == {**server, "updated_at": ""}
    assert server["patient"]["email"] == f"round{rounds}@example.com"
    assert server["patient"]["address"] == f"Street {rounds}"
    assert server["patient"]["phone"] == f"+84 902 002 {rounds:03d}"      # the office's, kept
    emails = [r for r in office.history(case, "office") if r["field"] == "patient.email"]
    assert [r["new"] for r in emails] == [f"round{n}@example.com" for n in range(1, rounds + 1)]
    # the phone, changed on both sides each round: one open conflict, with each side's newest
    conflict, = office.conflicts("office")
    assert (conflict["field"], conflict["office"], conflict["laptop"]) == \
        ("patient.phone", f"+84 902 002 {rounds:03d}", f"+84 901 001 {rounds:03d}")
    assert office.conflicts("laptop") == [conflict]
    from hirt_desk.store.models import AuditEntry
    with on(office.url):
        ids = [r.change_id for r in AuditEntry.select().where(AuditEntry.case_id == case)]
        assert len(ids) == len(set(ids))


def test_a_sync_killed_at_each_step_is_completed_by_the_next(office: Office) -> None:
    case = office.new_case()["id"]
    office.checkout(case)
    for crash_at in range(1, STEPS + 1):
        _edit_both(office, case, crash_at)
        process = _sync_process(office, crash_at)
        out, err = process.communicate(timeout=120)
        assert process.returncode == 70, (crash_at, out, err)
        office.sync()
        _check_agree(office, case, crash_at)


def test_a_sync_killed_at_random_moments(office: Office) -> None:
    case = office.new_case()["id"]
    office.checkout(case)
    chance = random.Random(17)
    for n in range(1, 5):
        _edit_both(office, case, n)
        process = _sync_process(office)
        time.sleep(chance.uniform(0.3, 2.0))
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        office.sync()
        _check_agree(office, case, n)


def test_a_field_changed_again_after_a_cut_sync_keeps_one_conflict(office: Office) -> None:
    """The server recorded a conflict and the sync was cut before the laptop noted it; the same
    field changed again on the laptop meets the same office change: the open conflict takes the
    laptop's newest value (and its change id), no second conflict for the field."""
    case = office.new_case(**{"patient.phone": "+84 90 111 1111"})
    office.checkout(case["id"])
    office.ok(office.on_laptop("case", "set", case["id"], "patient.phone=+84 90 222 2222"))
    office.ok(office.office("case", "set", case["id"], "patient.phone=+84 90 333 3333"))
    process = _sync_process(office, crash_at=3)             # after the server's commit
    process.communicate(timeout=120)
    assert process.returncode == 70
    assert len(office.conflicts("office")) == 1 and office.conflicts("laptop") == []
    office.ok(office.on_laptop("case", "set", case["id"], "patient.phone=+84 90 444 4444"))
    assert office.sync()["conflicts"] == 1
    conflict, = office.conflicts("office")
    assert (conflict["base"], conflict["office"], conflict["laptop"]) == \
        ("+84 901 111 111", "+84 903 333 333", "+84 904 444 444")
    assert office.conflicts("laptop") == [conflict]
    assert office.sync() == {"pushed": 0, "pulled": 0, "conflicts": 0}
    assert office.conflicts("office") == office.conflicts("laptop") == [conflict]
    office.ok(office.on_laptop("conflicts", "resolve", conflict["id"], "--keep", "laptop"))
    office.sync()
    for where in ("office", "laptop"):
        assert office.show(case["id"], where)["patient"]["phone"] == "+84 904 444 444"
    assert office.conflicts("office") == office.conflicts("laptop") == []


def test_a_new_disagreement_on_a_field_in_conflict_updates_the_open_conflict(office: Office) -> None:
    """A conflict still open, both sides change the field again: one conflict for the field,
    showing each side's newest value, not a second one beside it."""
    case = office.new_case(**{"patient.phone": "+84 90 111 1111"})
    office.checkout(case["id"])
    office.ok(office.on_laptop("case", "set", case["id"], "patient.phone=+84 90 222 2222"))
    office.ok(office.office("case", "set", case["id"], "patient.phone=+84 90 333 3333"))
    assert office.sync()["conflicts"] == 1
    office.ok(office.on_laptop("case", "set", case["id"], "patient.phone=+84 90 444 4444"))
    office.ok(office.office("case", "set", case["id"], "patient.phone=+84 90 555 5555"))
    assert office.sync()["conflicts"] == 1
    conflict, = office.conflicts("office")
    assert (conflict["base"], conflict["office"], conflict["laptop"]) == \
        ("+84 901 111 111", "+84 905 555 555", "+84 904 444 444")
    assert office.conflicts("laptop") == [conflict]
    for where in ("office", "laptop"):
        assert office.show(case["id"], where)["patient"]["phone"] == "+84 905 555 555"
