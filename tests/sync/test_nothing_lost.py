"""A case is never purged from the laptop while a change of it has not reached the office: a
change made while a checkin runs keeps the case; a checkin killed at any step is completed by
the next one; and a change made after another case was handed back is still sent."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest

from hirt_desk.actions.sync import CRASH_ENV
from tests.sync.conftest import Office, on
from tests.sync.test_crash_safety import STEPS


def _on_laptop(office: Office) -> set[str]:
    from hirt_desk.store.models import Case
    with on(office.laptop):
        return {c.id for c in Case.select()}


def _emails(office: Office, case: str) -> list[str]:
    return [r["new"] for r in office.history(case, "office") if r["field"] == "patient.email"]


def test_a_change_made_after_another_case_was_checked_in_is_sent(office: Office) -> None:
    """Handing back the case edited last removes the laptop's newest audit rows; the next own
    change must still count as not sent (SQLite would hand out a removed row's number again)."""
    first, second = office.new_case("NGUYEN"), office.new_case("TRAN")
    office.checkout(first["id"], second["id"])
    office.ok(office.on_laptop("case", "set", first["id"], "patient.email=one@example.com"))
    office.ok(office.on_laptop("case", "set", second["id"], "patient.email=two@example.com"))
    assert office.ok(office.on_laptop("checkin", second["id"]))["checked_in"] == 1
    office.ok(office.on_laptop("case", "set", first["id"], "patient.phone=+84 90 777 7777"))
    from hirt_desk.actions.sync import laptop_status
    with on(office.laptop):
        assert laptop_status()["waiting"] == 1
    assert office.sync()["pushed"] == 1
    assert office.show(first["id"], "office")["patient"]["phone"] == "+84 907 777 777"
    assert office.ok(office.on_laptop("checkin", first["id"]))["checked_in"] == 1
    shown = office.show(first["id"], "office")["patient"]
    assert (shown["email"], shown["phone"]) == ("one@example.com", "+84 907 777 777")
    assert _on_laptop(office) == set()


def test_a_change_made_while_the_checkin_runs_keeps_the_case(office: Office,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """An edit saved on the laptop between the push and the purge (the window is open while
    the checkin runs): the case stays, with the edit, until a later checkin has sent it."""
    case = office.new_case()
    office.checkout(case["id"])
    office.ok(office.on_laptop("case", "set", case["id"], "patient.email=first@example.com"))
    import hirt_desk.actions.sync as sync
    real_step = sync.step

    def edit_meanwhile(where: str) -> None:
        real_step(where)
        if where == "pulled":
            from hirt_desk.actions.cases import update_patient
            from hirt_desk.store.models import Case
            update_patient(Case.get_by_id(case["id"]).patient.id, {"email": "late@example.com"},
                           user=office.lena)
    monkeypatch.setattr(sync, "step", edit_meanwhile)
    result = office.ok(office.on_laptop("checkin", case["id"]))
    monkeypatch.setattr(sync, "step", real_step)
    assert (result["pushed"], result["checked_in"]) == (1, 0)
    assert _on_laptop(office) == {case["id"]}
    assert office.show(case["id"], "laptop")["patient"]["email"] == "late@example.com"
    assert office.show(case["id"], "office")["patient"]["email"] == "first@example.com"
    result = office.ok(office.on_laptop("checkin", case["id"]))
    assert (result["pushed"], result["checked_in"]) == (1, 1)
    assert _on_laptop(office) == set()
    assert _emails(office, case["id"]) == ["first@example.com", "late@example.com"]


def _checkin_process(office: Office, case: str, crash_at: int) -> Any:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", CRASH_ENV: str(crash_at)}
    command = [sys.executable, "-m", "hirt_desk", "--db", office.laptop, "--user", office.lena,
               "checkin", case]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def test_a_checkin_killed_at_each_step_loses_nothing(office: Office) -> None:
    cases = [office.new_case("CASE" + "ABCDEFGH"[n])["id"] for n in range(STEPS)]
    office.checkout(*cases)
    for crash_at, case in enumerate(cases, start=1):
        office.ok(office.on_laptop("case", "set", case, f"patient.email=step{crash_at}@example.com"))
        killed = _checkin_process(office, case, crash_at)
        assert killed.returncode == 70, (crash_at, killed.stdout, killed.stderr)
        assert case in _on_laptop(office) or _emails(office, case) == [f"step{crash_at}@example.com"]
        result = office.ok(office.on_laptop("checkin", case))
        assert result["checked_in"] == 1, (crash_at, result)
        assert case not in _on_laptop(office)
        assert _emails(office, case) == [f"step{crash_at}@example.com"], crash_at     # once
    assert _on_laptop(office) == set()
