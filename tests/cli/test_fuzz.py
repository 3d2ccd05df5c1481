"""Whatever a user or a script types, the command line answers with a result (exit 0) or one line
saying what is wrong (exit 2), never an internal error or a traceback.

Runs in-process (`run_main`), a bounded number of examples per command."""

from __future__ import annotations

import json
import os
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hirt_desk.rules import FACTS
from tests.conftest import _backends

FUZZ = settings(max_examples=100, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

LONG = st.text(min_size=200, max_size=400)
WORDS = st.one_of(st.text(max_size=30), LONG, st.sampled_from(
    ["", "-", "--", "%", "_", "..", "../../etc/passwd", "\x00", "ghmc", "GHMC", "nirs", "en", "ja", "th"]))
DATES = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["0001-01-01", "9999-12-31", "9999-12-25", "2027-02-29", "2027-13-01", "", "today"]),
    st.text(max_size=12))
NUMBERS = st.one_of(st.integers(), st.integers(min_value=-3, max_value=70), st.text(max_size=8),
                    st.sampled_from([10 ** 400, -(10 ** 400)]))
JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
              st.sampled_from([10 ** 400, -(10 ** 400), 1e308]), st.text(max_size=20)),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12)
FACT_OBJECTS = st.dictionaries(st.sampled_from([f.name for f in FACTS] + ["tnm", "x"]), JSON_VALUES,
                               max_size=8)
STDIN = st.one_of(
    FACT_OBJECTS.map(json.dumps), st.lists(FACT_OBJECTS, max_size=3).map(json.dumps),
    JSON_VALUES.map(json.dumps), st.text(max_size=200),
    st.integers(min_value=1, max_value=200_000).map(lambda n: "[" * n),
    st.integers(min_value=1, max_value=200_000).map(lambda n: '{"a":' * n),
    st.sampled_from(["NaN", "Infinity", '{"ecog": NaN}', "\ufeff{}", "\x00"]))


def assert_clean(res) -> None:  # type: ignore[no-untyped-def]
    assert res.code in (0, 2), res.err
    assert "Traceback" not in res.err and "internal error" not in res.err, res.err
    if res.code == 2:
        assert res.err.count("\n") == 1 and res.err.endswith("\n"), res.err


@pytest.fixture(scope="module", params=_backends())
def fuzz_db(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[str]]:
    """A database with a few cases, shared by the examples (read-mostly commands): an SQLite
    file, or a server database."""
    from hirt_desk.actions.demo import add_demo_cases
    from hirt_desk.store.cases import list_cases
    from hirt_desk.store.database import close_database, open_database
    where = str(tmp_path_factory.mktemp("fuzz") / "cases.sqlite")
    if request.param == "postgresql":
        server = request.getfixturevalue("pg_server")
        where = server.new_database(server.READY)
        request.addfinalizer(lambda: server.drop(where))
    open_database(where)
    add_demo_cases(4, 1)
    numbers = [r.number for r in list_cases()]
    close_database()
    return where, numbers


@FUZZ
@given(stdin=STDIN, rules=st.one_of(st.just(None), WORDS))
def test_screen(run_main, stdin: str, rules: str | None) -> None:  # type: ignore[no-untyped-def]
    args = ["screen", "-"] + (["--rules", rules] if rules is not None else [])
    assert_clean(run_main(*args, stdin=stdin))


@FUZZ
@given(start=DATES, fractions=NUMBERS, facility=st.one_of(st.just(None), WORDS))
def test_schedule(run_main, start: str, fractions: object, facility: str | None) -> None:  # type: ignore[no-untyped-def]
    args = ["schedule", f"--start={start}", f"--fractions={fractions}"]
    assert_clean(run_main(*args + ([f"--facility={facility}"] if facility is not None else [])))


@FUZZ
@given(nationality=st.one_of(WORDS, st.sampled_from(["TH", "CN", "US", "th", "XX"])), arrival=DATES,
       departure=DATES, role=st.sampled_from(["patient", "companion", "x"]), inpatient=st.booleans())
def test_visa(run_main, nationality: str, arrival: str, departure: str, role: str, inpatient: bool) -> None:  # type: ignore[no-untyped-def]
    args = ["visa", f"--nationality={nationality}", f"--arrival={arrival}", f"--departure={departure}",
            f"--role={role}"] + (["--inpatient"] if inpatient else [])
    assert_clean(run_main(*args))


@FUZZ
@given(search=st.one_of(st.just(None), WORDS, st.sampled_from(['"', "*", "AND", "NEAR(", "王", "a OR"])),
       status=st.one_of(st.just(None), WORDS), limit=st.one_of(st.just(None), NUMBERS),
       as_json=st.booleans())
def test_cases(run_main, fuzz_db, search: str | None, status: str | None, limit: object,  # type: ignore[no-untyped-def]
               as_json: bool) -> None:
    args = ["--db", fuzz_db[0], "cases"]
    args += [f"--search={search}"] if search is not None else []
    args += [f"--status={status}"] if status is not None else []
    args += [f"--limit={limit}"] if limit is not None else []
    assert_clean(run_main(*args + (["--json"] if as_json else [])))


# names inside the test's own folder only: never a real device or folder of this machine
OUT_NAMES = st.one_of(st.sampled_from(["", ".", "..", "sub/x.pdf", "a.pdf/", "dir", "fifo", "."]),
                      st.text(alphabet=string.ascii_letters + string.digits + "._-", min_size=1,
                              max_size=300),
                      st.text(max_size=20).map(lambda t: t.replace("/", "_")))


def inside(folder: Path, name: str) -> str:
    """`name` in `folder` (which holds a folder `dir` and a FIFO `fifo`), or "" as typed."""
    (folder / "dir").mkdir(exist_ok=True)
    if not (folder / "fifo").exists():
        os.mkfifo(folder / "fifo")
    return str(folder / name) if name else ""


@FUZZ
@given(case=st.one_of(WORDS, st.integers(0, 3)), lang=st.one_of(WORDS, st.sampled_from(["en", "ja", "th"])),
       out=OUT_NAMES)
def test_packet(run_main, fuzz_db, tmp_path: Path, case: str | int, lang: str, out: str) -> None:  # type: ignore[no-untyped-def]
    ref = fuzz_db[1][case] if isinstance(case, int) else case
    target = inside(tmp_path, out)
    assert_clean(run_main("--db", fuzz_db[0], "packet", ref, f"--lang={lang}", f"--out={target}"))


@FUZZ
@given(cases=st.one_of(st.integers(0, 3), st.text(max_size=8), st.just(str(10 ** 400))),
       seed=st.one_of(st.integers(), st.just(10 ** 400), st.text(max_size=8)))
def test_demo(run_main, db_arg: str, cases: object, seed: object) -> None:  # type: ignore[no-untyped-def]
    assert_clean(run_main("--db", db_arg, "demo", f"--cases={cases}", f"--seed={seed}"))


@FUZZ
@given(dest=OUT_NAMES, db=st.one_of(st.just("cases.sqlite"), OUT_NAMES))
def test_backup_and_restore(run_main, tmp_path: Path, dest: str, db: str) -> None:  # type: ignore[no-untyped-def]
    where, target = inside(tmp_path, db), inside(tmp_path, dest)
    res = run_main("--db", where, "backup", target)
    assert_clean(res)
    assert_clean(run_main("--db", str(tmp_path / "restored.sqlite"), "restore", target))
