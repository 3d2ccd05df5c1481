"""Station codes stay unique when a database is copied, moved or restored; numbers are issued
without a read-modify-write race."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.actions.demo import add_demo_cases
from hirt_desk.store import station
from hirt_desk.store.backup import backup_database, restore_database
from hirt_desk.store.cases import next_case_numbers
from hirt_desk.store.database import close_database, open_database, write_transaction
from hirt_desk.store.models import AuditEntry, Case, db
from tests.store import procs


def _numbers(path: Path) -> list[str]:
    with sqlite3.connect(path) as con:
        return [n for (n,) in con.execute('SELECT number FROM "case" ORDER BY seq')]


def _info(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as con:
        return dict(con.execute("SELECT key, value FROM local_info"))


def _station_of(number: str) -> str:
    return number.split("-")[2]


def _add_cases(path: Path, *names: str) -> list[str]:
    open_database(path)
    try:
        return [create_case(PatientData("TEST", name)).number for name in names]
    finally:
        close_database()


def _pc(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """Be another installation (another PC or user): its own config folder."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


def test_the_same_database_reopened_in_place_keeps_its_station(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite"
    first = _add_cases(path, "A", "B")
    again = _add_cases(path, "C")
    station_code = _station_of(first[0])
    year = first[0].split("-")[1]
    assert first + again == [f"HD-{year}-{station_code}-{n:04d}" for n in (1, 2, 3)]
    assert "stations-before" not in _info(path)


@pytest.mark.parametrize("where", ["other_pc_same_path", "other_folder_same_pc", "other_pc_other_folder"])
def test_a_copy_gets_a_new_station_and_the_original_keeps_its_own(
        where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _pc(monkeypatch, tmp_path / "pc1")
    original = tmp_path / "pc1" / "cases.sqlite"
    issued = _add_cases(original, "A", "B")
    home = _station_of(issued[0])

    if where == "other_pc_same_path":         # the same folder name on another PC
        kept = tmp_path / "aside.sqlite"
        shutil.copyfile(original, kept)
        copy = original
        _pc(monkeypatch, tmp_path / "pc2")
    else:
        copy = tmp_path / "pc2" / "hirt-desk.sqlite"
        copy.parent.mkdir()
        shutil.copyfile(original, copy)
        if where == "other_pc_other_folder":
            _pc(monkeypatch, tmp_path / "pc2")
    on_copy = _add_cases(copy, "C", "D")
    assert _numbers(copy)[:2] == issued                     # numbers already issued stay as they are
    away = _station_of(on_copy[0])
    assert away != home and _station_of(on_copy[1]) == away
    assert on_copy[0].endswith("-0001")                     # its counters start fresh
    assert [f["station"] for f in json.loads(_info(copy)["stations-before"])] == [home]

    if where == "other_pc_same_path":          # back on the first PC, with its own file
        copy.rename(tmp_path / "pc2-copy.sqlite")
        kept.rename(original)
    _pc(monkeypatch, tmp_path / "pc1")
    more = _add_cases(original, "E")
    assert _station_of(more[0]) == home and more[0].endswith("-0003")
    everything = issued + on_copy + more
    assert len(set(everything)) == len(everything)


def test_a_restored_backup_gets_a_new_station(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite"
    open_database(path)
    first = create_case(PatientData("PARK", "Subin")).number
    backup = tmp_path / "backup.sqlite"
    backup_database(db.connection(), backup)
    after_backup = create_case(PatientData("CHOI", "Jihoon")).number     # printed, then lost
    close_database()

    restore_database(backup, path)
    assert _add_cases(path) == []                      # opening it gives it its new station
    restored = _info(path)
    assert restored["station"] != _station_of(first)
    assert json.loads(restored["stations-before"])[0] == {
        **json.loads(restored["stations-before"])[0], "station": _station_of(first), "why": "restored"}
    assert _numbers(path) == [first]
    new = _add_cases(path, "KIM")
    assert new[0] not in (first, after_backup) and _station_of(new[0]) == restored["station"]
    assert _add_cases(path, "LEE")[0].endswith("-0002")        # and keeps it from then on


def test_a_backup_opened_where_it_lies_gets_a_new_station(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite"
    open_database(path)
    first = create_case(PatientData("PARK", "Subin")).number
    backup_database(db.connection(), tmp_path / "backup.sqlite")
    close_database()
    assert _station_of(_add_cases(tmp_path / "backup.sqlite", "X")[0]) != _station_of(first)


def test_a_new_station_is_none_this_database_has_seen(database: Path) -> None:
    create_case(PatientData("A", "B"))
    own = station.station_code()
    with write_transaction():
        AuditEntry.create(user="u", table="case", record_id="r", action="update", origin="XYZ")
        Case.update(number="HD-2025-QQ7-0001").where(Case.seq == 1).execute()
    with write_transaction():
        # (a server database copied from the tests' template has had a station before: replaced)
        db.execute_sql("INSERT INTO local_info VALUES ('stations-before', '[{\"station\": \"P2P\"}]') "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
    assert {own, "XYZ", "QQ7", "P2P"} <= station.stations_seen()
    codes = {a + b + c for a in station.ALPHABET for b in station.ALPHABET for c in station.ALPHABET}
    assert station.new_code(codes - {"ZZZ"}) == "ZZZ"


def test_numbers_are_reserved_atomically_in_blocks(database: Path) -> None:
    with write_transaction():
        block = next_case_numbers(2031, 3)
        one = next_case_numbers(2031)
        assert station.advance_counter("seq-2031", 1) == 5
    code = station.station_code()
    assert block + one == [f"HD-2031-{code}-{n:04d}" for n in (1, 2, 3, 4)]
    with pytest.raises(ValueError):
        station.advance_counter("seq-2031", 0)


@pytest.mark.sqlite_only
def test_demo_bulk_numbering_and_single_cases_share_the_counters(database: Path) -> None:
    assert add_demo_cases(40, seed=3) == 40
    create_case(PatientData("AFTER", "DEMO"))
    numbers = _numbers(database)
    assert len(numbers) == len(set(numbers)) == 41
    assert {_station_of(n) for n in numbers} == {station.station_code()}


def test_the_installation_id_is_made_once_and_owner_only(tmp_path: Path) -> None:
    first = station.installation_id()
    path = station.config_dir() / "installation-id"
    assert station.installation_id() == first == path.read_text().strip()
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    path.write_text("")                                  # damaged: a new one
    assert station.installation_id() not in ("", first)


@pytest.mark.sqlite_only
def test_opening_in_place_writes_nothing(database: Path) -> None:
    """Reopening a database that has its station in its place takes no write lock: it opens
    while another program holds it."""
    close_database()
    other = sqlite3.connect(database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        open_database(database, busy_timeout_ms=100)
        close_database()
    finally:
        other.execute("ROLLBACK")
        other.close()


# Creates cases (one by one, and a block of numbers as demo data does) once told "go".
ISSUER = r"""
import sys
from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.store.cases import next_case_numbers
from hirt_desk.store.database import open_database, write_transaction
path, count, tag = sys.argv[1], int(sys.argv[2]), sys.argv[3]
open_database(path)
print("ready", flush=True)
sys.stdin.readline()
numbers = []
for i in range(count):
    numbers.append(create_case(PatientData("ISSUER", f"{tag} {i}")).number)
    if i % 5 == 0:
        with write_transaction():
            numbers += next_case_numbers(2030, 3)
print("ok", " ".join(numbers), flush=True)
"""


def test_three_processes_issuing_at_once_never_share_a_number(tmp_path: Path) -> None:
    original = tmp_path / "original.sqlite"
    home = _station_of(_add_cases(original, "FIRST")[0])
    path = tmp_path / "copied" / "cases.sqlite"      # a copy: all three open it at once
    path.parent.mkdir()
    shutil.copyfile(original, path)
    workers = [procs.start(ISSUER, str(path), "15", f"P{i}") for i in range(3)]
    try:
        for w in workers:
            procs.expect(w, "ready")
        for w in workers:
            procs.send(w, "go")
        issued: list[str] = []
        for w in workers:
            out, err = w.communicate(timeout=300)
            assert w.returncode == 0, err
            issued += out.split()[1:]
    finally:
        for w in workers:
            if w.poll() is None:
                procs.stop(w)
    assert len(issued) == 3 * (15 + 3 * 3)
    assert len(set(issued)) == len(issued)                 # every number unique
    stations = {_station_of(n) for n in issued}
    assert len(stations) == 1 and home not in stations     # one new station, agreed by all three
    assert len(json.loads(_info(path)["stations-before"])) == 1
    stored = _numbers(path)
    assert len(set(stored)) == len(stored) == 1 + 3 * 15


def test_seq_is_local_to_the_database(database: Path) -> None:
    """The search key is never carried to another database: not audited, not in a snapshot."""
    from hirt_desk.store import audit
    case = create_case(PatientData("SEQ", "LOCAL"))
    assert "seq" not in audit.snapshot(case)
    assert not AuditEntry.select().where(AuditEntry.field == "seq").exists()
