"""case new, case show and case set (contracts/team.md, "One case"): two coordinators editing
one case through `case set --base-version` merge field by field, and a field both changed is a
conflict (exit 3) that writes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from hirt_desk.rules import FACTS
from tests.cli.conftest import Result, db_digest
from tests.cli.test_fuzz import JSON_VALUES
from tests.conftest import _backends

PERSON_FIELDS = {"surname_latin", "given_names_latin", "name_native", "sex", "date_of_birth",
                 "nationality", "passport_number", "passport_expiry", "phone", "email", "address"}


def digest(path: Path) -> str:
    return db_digest(str(path))


@pytest.fixture
def db(db_arg: str) -> str:
    """An SQLite file, or a server database (both backends)."""
    return db_arg


@pytest.fixture
def as_user(tmp_path: Path) -> Callable[..., Result]:
    """The program run by a given coordinator (the OS login it records), as `cli` runs it."""
    def run(user: str, *args: str) -> Result:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
               "XDG_CONFIG_HOME": str(tmp_path / "config"), "LOGNAME": user, "USER": user}
        return Result(subprocess.run([sys.executable, "-m", "hirt_desk", *args], capture_output=True,
                                     text=True, env=env, timeout=120))
    return run


def new_case(cli: Callable[..., Result], db: str, *extra: str) -> dict[str, Any]:
    res = cli("--db", db, "case", "new", "--surname", "Nguyen", "--given", "Van An", "--nationality", "VN",
              "--birth", "1958-02-01", "--native", "Nguyễn Văn An", *extra)
    assert res.code == 0, res.err
    created: dict[str, Any] = res.json()
    return created


def test_case_new_then_show_and_cases_lists_it(cli, db: str) -> None:  # type: ignore[no-untyped-def]
    created = new_case(cli, db)
    assert set(created) == {"id", "number", "version"} and created["version"] == 1
    assert created["number"].startswith("HD-")
    [row] = cli("--db", db, "cases", "--json").json()
    assert (row["id"], row["number"], row["name"], row["nationality"]) == (
        created["id"], created["number"], "NGUYEN VAN AN", "VN")
    shown = cli("--db", db, "case", "show", created["number"]).json()
    assert {"id", "number", "version", "status", "facility", "updated_at", "patient", "facts",
            "companions"} <= set(shown)
    assert (shown["id"], shown["version"], shown["status"], shown["facility"]) == (
        created["id"], 1, "inquiry", "ghmc")
    assert set(shown["patient"]) == PERSON_FIELDS
    assert shown["patient"] == {"surname_latin": "NGUYEN", "given_names_latin": "VAN AN",
                                     "name_native": "Nguyễn Văn An", "sex": "", "date_of_birth": "1958-02-01",
                                     "nationality": "VN", "passport_number": "", "passport_expiry": None,
                                     "phone": "", "email": "", "address": ""}
    assert shown["facts"] == {} and shown["companions"] == []
    assert shown["updated_at"].endswith("Z")


@pytest.mark.parametrize(("option", "value", "says"), [("--birth", "1958-02-30", "--birth"),
                                                       ("--nationality", "ZZ", "nationality"),
                                                       ("--facility", "nowhere", "nowhere"),
                                                       ("--surname", "王", "surname_latin")])
def test_case_new_refuses_bad_input_and_writes_nothing(cli, db: str, option: str, value: str,  # type: ignore[no-untyped-def]
                                                       says: str) -> None:
    new_case(cli, db)
    before = db_digest(db)
    args = {"--surname": "Tran", "--given": "Mai", "--nationality": "VN", "--birth": "1970-01-01"}
    args[option] = value
    res = cli("--db", db, "case", "new", *[x for kv in args.items() for x in kv])
    assert res.code == 2 and res.out == ""
    assert len(res.err.strip().splitlines()) == 1 and says in res.err and "Traceback" not in res.err
    assert db_digest(db) == before


@pytest.fixture
def seat(as_user: Callable[..., Result], db: str, backend: str,
         request: pytest.FixtureRequest) -> Iterator[Callable[..., Result]]:
    """The program run by one coordinator at their own seat: on a file under their operating-
    system login, on a server with their own database login (`<user>_<database>`), which is
    what the server records."""
    if backend == "sqlite":
        yield as_user
        return
    from tests.agency_server import add_logins, drop_logins
    seats = add_logins(db, ("sato", "suzuki"))

    def run(user: str, *args: str) -> Result:
        return as_user(user, *(seats[user] if a == db else a for a in args))
    yield run
    drop_logins(request.getfixturevalue("pg_server"), db)


def test_two_coordinators_merge_and_conflict(seat, db: str) -> None:  # type: ignore[no-untyped-def]
    as_user = seat
    sato = f"sato_{db.rsplit('/', 1)[1]}" if db.startswith("postgresql") else "sato"
    created = new_case(lambda *a: as_user("sato", *a), db)
    case = created["number"]

    def show() -> dict[str, Any]:
        res = as_user("sato", "--db", db, "case", "show", case)
        assert res.code == 0, res.err
        shown: dict[str, Any] = res.json()
        return shown

    base = show()["version"]
    # A (sato) and B (suzuki) both read version `base`
    a = as_user("sato", "--db", db, "case", "set", case, "patient.phone=+84 91 234 56 78",
                "--base-version", str(base))
    assert a.code == 0, a.err
    assert a.json() == {"version": base + 1}
    # B changes another field from the same base: merged, A's phone kept
    b = as_user("suzuki", "--db", db, "case", "set", case, "patient.address=5 Tran Hung Dao, Hanoi",
                "--base-version", str(base))
    assert b.code == 0, b.err
    assert b.json() == {"version": base + 2}
    now = show()
    assert now["patient"]["phone"] == "+84 912 345 678"          # normalised as the window stores it
    assert now["patient"]["address"] == "5 Tran Hung Dao, Hanoi"
    # B sets the phone A changed since `base` to another value: a conflict, nothing written
    before = db_digest(db)
    c = as_user("suzuki", "--db", db, "case", "set", case, "patient.phone=+84 98 765 43 21",
                "patient.email=an@example.com", "--base-version", str(base))
    assert c.code == 3
    [conflict] = c.json()["conflicts"]
    assert {k: conflict[k] for k in ("field", "base", "theirs", "yours", "by")} == {
        "field": "patient.phone", "base": "", "theirs": "+84 912 345 678", "yours": "+84 987 654 321",
        "by": sato}
    assert conflict["at"].endswith("Z")
    assert len(c.err.strip().splitlines()) == 1
    assert db_digest(db) == before
    assert show() == now
    # B sets the phone to A's value (written another way): no conflict, and nothing new to save
    d = as_user("suzuki", "--db", db, "case", "set", case, "patient.phone=+84912345678",
                "--base-version", str(base))
    assert d.code == 0, d.err
    assert d.json() == {"version": base + 2}
    # B sets a field A did not change, with the same value of the phone as A: saved
    e = as_user("suzuki", "--db", db, "case", "set", case, "patient.phone=+84 91 234 56 78",
                "patient.email=an@example.com", "--base-version", str(base))
    assert e.code == 0, e.err
    assert e.json() == {"version": base + 3}
    assert show()["patient"]["email"] == "an@example.com"


def test_a_conflict_with_the_same_login_on_another_seat(cli, db: str) -> None:  # type: ignore[no-untyped-def]
    case = new_case(cli, db)["id"]
    assert cli("--db", db, "case", "set", case, "facts.ecog=1", "--base-version", "1").code == 0
    res = cli("--db", db, "case", "set", case, "facts.ecog=2", "--base-version", "1")
    assert res.code == 3
    assert [(c["field"], c["base"], c["theirs"], c["yours"]) for c in res.json()["conflicts"]] == [
        ("facts.ecog", None, "1", "2")]
    # without --base-version the edit applies to the current version
    res = cli("--db", db, "case", "set", case, "facts.ecog=2")
    assert res.code == 0 and res.json() == {"version": 3}


def test_set_normalises_round_trips_and_clears(cli, db: str) -> None:  # type: ignore[no-untyped-def]
    case = new_case(cli, db)["number"]
    res = cli("--db", db, "case", "set", case, "patient.phone=091 234 5678",
              "patient.passport_number=c 1234567", "patient.sex=m", "patient.passport_expiry=2099-12-31",
              "facts.site=Liver", "facts.ecog=1",
              "facts.tnm.t=t2a", "facts.distant_metastasis=false", "facts.recurrence_organs=[\"lung\"]")
    assert res.code == 0, res.err
    assert res.json() == {"version": 2}
    shown = cli("--db", db, "case", "show", case).json()
    assert shown["version"] == 2
    assert {k: shown["patient"][k] for k in ("phone", "passport_number", "sex", "passport_expiry")} == {
        "phone": "+84 912 345 678", "passport_number": "C1234567", "sex": "M",
        "passport_expiry": "2099-12-31"}
    assert shown["facts"] == {"site": "liver", "ecog": 1, "tnm.t": "T2a", "distant_metastasis": False,
                              "recurrence_organs": ["lung"]}
    # what show prints, set takes back unchanged: the same version
    again = [f"patient.phone={shown['patient']['phone']}", *(f"facts.{k}={v}" for k, v in (
        ("site", "liver"), ("ecog", "1"), ("tnm.t", "T2a"), ("distant_metastasis", "false")))]
    res = cli("--db", db, "case", "set", case, *again)
    assert res.code == 0 and res.json() == {"version": 2}
    # null clears
    res = cli("--db", db, "case", "set", case, "patient.phone=null", "facts.ecog=null", "facts.tnm=null")
    assert res.code == 0 and res.json() == {"version": 3}
    shown = cli("--db", db, "case", "show", case).json()
    assert shown["patient"]["phone"] == ""
    assert shown["facts"] == {"site": "liver", "distant_metastasis": False, "recurrence_organs": ["lung"]}


@pytest.mark.parametrize(("assignment", "says"), [
    ("patient.shoe_size=42", "patient.shoe_size"),
    ("facts.colour=red", "facts.colour"),
    ("coordinator=sato", "coordinator"),
    ("facts.ecog=\"one\"", "facts.ecog"),
    ("facts.ecog=zero", "facts.ecog"),
    ("facts.measurable=1", "facts.measurable"),
    ("facts.tnm={\"t\": 5}", "facts.tnm.t"),
    ("patient.date_of_birth=1958-02-30", "patient.date_of_birth"),
    ("patient.date_of_birth=2999-01-01", "patient.date_of_birth"),
    ("patient.phone=12", "patient.phone"),
    ("patient.nationality=XX", "patient.nationality"),
    ("patient.passport_expiry=2001-01-01", "patient.passport_expiry"),
    ("patient.surname_latin=null", "patient.surname_latin"),
    ("patient.email=[1]", "patient.email"),
    ("no equals sign", "FIELD=VALUE"),
])
def test_set_refuses_bad_input_and_writes_nothing(cli, db: str, assignment: str, says: str) -> None:  # type: ignore[no-untyped-def]
    case = new_case(cli, db)["number"]
    before = db_digest(db)
    res = cli("--db", db, "case", "set", case, "patient.address=somewhere", assignment)
    assert res.code == 2, res.out
    assert res.out == "" and len(res.err.strip().splitlines()) == 1 and says in res.err
    assert "Traceback" not in res.err
    assert db_digest(db) == before


def test_unknown_case_and_bad_base_version(cli, db: str) -> None:  # type: ignore[no-untyped-def]
    case = new_case(cli, db)["number"]
    for args in (("show", "HD-0000-XXX-0000"), ("set", "HD-0000-XXX-0000", "facts.ecog=1"),
                 ("set", case, "facts.ecog=1", "--base-version", "2"),
                 ("set", case, "facts.ecog=1", "--base-version", "0"), ()):
        res = cli("--db", db, "case", *args)
        assert res.code == 2, args
        assert res.out == "" and len(res.err.strip().splitlines()) == 1 and "Traceback" not in res.err


# -- whatever is typed: a result, one line (exit 2) or the conflicts (exit 3), never a traceback --

KNOWN = st.sampled_from([f"patient.{f}" for f in sorted(PERSON_FIELDS)] + [f"facts.{f.name}" for f in FACTS])
FIELDS = st.one_of(KNOWN, KNOWN, KNOWN, st.text(max_size=12), st.sampled_from(
    ["facts.tnm", "facts.", "patient.", "patient.languages", "status", "facts.tnm.x"]))
PLAUSIBLE = st.sampled_from(
    ["1", "0", "3", "12.5", "true", "false", "null", "liver", "Lung", "T2a", "N0", "M0", "A", "IIA",
     "primary", '["lung", "bone"]', '{"t": "T1", "m": "M0"}', "1958-02-01", "2099-01-01", "+84912345678",
     "0912345678", "an@example.com", "Hanoi", "F", "nguyen", "TH", "C1234567", "12345678"])
VALUES = st.one_of(PLAUSIBLE, PLAUSIBLE, PLAUSIBLE, JSON_VALUES.map(json.dumps), st.text(max_size=30),
                   st.sampled_from(["1958-02-30", "2999-01-01", "\x00", "a\x00b", "[" * 5000, "x" * 5000]))


@pytest.fixture(scope="module", params=_backends())
def fuzz_case(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    from hirt_desk.actions.case_fields import new_case as create
    from hirt_desk.store.database import close_database, open_database
    path = str(tmp_path_factory.mktemp("fuzz-case") / "cases.sqlite")
    if request.param == "postgresql":
        server = request.getfixturevalue("pg_server")
        path = server.new_database(server.READY)
        request.addfinalizer(lambda: server.drop(path))
    open_database(path)
    number = create("Nguyen", "Van An", "VN", date(1958, 2, 1)).number
    close_database()
    return str(path), str(number)


@settings(max_examples=100, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(pairs=st.lists(st.tuples(FIELDS, VALUES), min_size=1, max_size=2),
       base=st.one_of(st.none(), st.none(), st.integers(1, 6), st.integers(-2, 12), st.text(max_size=5)))
def test_case_set_fuzz(run_main, fuzz_case: tuple[str, str], pairs: list[tuple[str, str]],  # type: ignore[no-untyped-def]
                       base: object) -> None:
    db, number = fuzz_case
    args = ["--db", db, "case", "set", number, *(f"{f}={v}" for f, v in pairs)]
    res = run_main(*args, *([f"--base-version={base}"] if base is not None else []))
    event(f"exit {res.code}")
    assert res.code in (0, 2, 3), res.err
    assert "Traceback" not in res.err and "internal error" not in res.err, res.err
    assert res.err.count("\n") == (0 if res.code == 0 else 1), res.err
    if res.code == 3:
        assert {"field", "base", "theirs", "yours", "by", "at"} <= set(res.json()["conflicts"][0])
    shown = run_main("--db", db, "case", "show", number)
    assert shown.code == 0, shown.err


def test_server_init_prints_the_schema_and_changes_nothing_again(cli, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    from hirt_desk.store.migrations import SCHEMA_VERSION
    first = cli("--db", pg_url, "server", "init")
    assert (first.code, first.json(), first.err) == (0, {"schema": SCHEMA_VERSION}, "")
    before = db_digest(pg_url)
    assert cli("--db", pg_url, "server", "init").json() == {"schema": SCHEMA_VERSION}
    assert db_digest(pg_url) == before
    res = cli("--db", pg_url, "case", "new", "--surname", "Wang", "--given", "Wei", "--nationality", "CN",
              "--birth", "1970-01-02", "--native", "王伟")
    assert res.code == 0, res.err
    found = cli("--db", pg_url, "cases", "--search", "王伟", "--json").json()
    assert [c["name"] for c in found] == ["WANG WEI"]


def test_server_problems_are_one_line_exit_2(cli, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    for args in (("cases",), ("backup", "out.sqlite"), ("encrypt",)):
        res = cli("--db", pg_url, *args)
        assert res.code == 2 and res.out == "" and len(res.err.strip().splitlines()) == 1, (args, res.err)
    res = cli("--db", "postgresql://nobody@127.0.0.1:1/none", "cases")
    assert res.code == 2 and "cannot be reached" in res.err and "Traceback" not in res.err
