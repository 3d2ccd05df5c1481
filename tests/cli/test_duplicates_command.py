"""`hirt-desk duplicates [FILE|-]` and `hirt-desk --db DB duplicates --stored` (cli.md, "Persons"):
likely duplicate persons, with scores and reasons; a file needs no database, the database is
only read."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from hirt_desk.actions.case_detail import CompanionData, load_case, save_case
from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.store.database import close_database
from tests.cli.conftest import db_digest

WANG_WEI = {"surname_latin": "WANG", "given_names_latin": "WEI", "name_native": "王伟", "sex": "M",
            "date_of_birth": "1961-03-14", "nationality": "CN", "passport_number": "E12345678"}
PERSONS = [
    WANG_WEI,
    {"surname_latin": "ZHANG", "given_names_latin": "FANG", "date_of_birth": "1970-01-02",
     "nationality": "CN"},
    {"surname_latin": "WANG", "given_names_latin": "WEI", "date_of_birth": "1961-03-14", "nationality": "CN",
     "passport_number": "ej 7654 321", "address": "ignored", "id": "ignored too"},
    {"surname_latin": "WANG", "given_names_latin": "WEI", "name_native": "王伟",
     "date_of_birth": "1961-09-30", "nationality": "CN"},
    {"name_native": "陳大文", "date_of_birth": "1949-06-30", "phone": None},
    {"surname_latin": "CHAN", "given_names_latin": "TAI-MAN", "date_of_birth": "1949-06-30",
     "nationality": "HK"},
]


def pairs(out: list[dict]) -> dict[tuple[int, int], dict]:  # type: ignore[type-arg]
    return {(p["a"], p["b"]): p for p in out}


def test_duplicates_in_a_file_needs_no_database(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "persons.json"
    source.write_text(json.dumps(PERSONS, ensure_ascii=False), "utf-8")
    never = tmp_path / "never.sqlite"
    res = cli("--db", str(never), "duplicates", str(source))
    assert res.code == 0, res.err
    out = res.json()
    assert not never.exists()
    assert all(set(p) == {"a", "b", "score", "same", "reasons"} for p in out)
    assert all(0 <= p["score"] <= 1 and p["a"] < p["b"] for p in out)
    found = pairs(out)
    assert found[(0, 2)]["same"] and "same birth date (1961-03-14)" in found[(0, 2)]["reasons"]
    assert found[(4, 5)]["same"] and "陳大文 reads CHAN TAI MAN (Cantonese)" in found[(4, 5)]["reasons"]
    # another WANG WEI born the same year is considered, and not the same person
    assert not found[(0, 3)]["same"] and not found[(2, 3)]["same"]
    assert {k for k, p in found.items() if p["same"]} == {(0, 2), (4, 5)}
    assert [p["score"] for p in out] == sorted((p["score"] for p in out), reverse=True)


def test_duplicates_from_standard_input(run_main) -> None:  # type: ignore[no-untyped-def]
    res = run_main("duplicates", stdin=json.dumps(PERSONS[:3]))
    assert res.code == 0, res.err
    assert [(p["a"], p["b"], p["same"]) for p in res.json()] == [(0, 2, True)]
    assert run_main("duplicates", "-", stdin="[]").json() == []


@pytest.mark.parametrize(("stdin", "message"), [
    ('[{"surname_latin": "WANG"}, {"date_of_birth": "1961-02-30"}]',
     "input[1].date_of_birth: '1961-02-30' is not a date (YYYY-MM-DD)"),
    ('[{"surname_latin": "WANG"}, {"phone": 8613912345678}]', "input[1].phone: must be text, not a number"),
    ('[{}, {}, "WANG WEI"]', "input[2]: a person is a JSON object, not text"),
    ('{"surname_latin": "WANG"}', "standard input must hold a JSON array of persons"),
    ('[{"surname_latin": "WANG"},\n {"surname_latin": }]',
     "standard input is not valid JSON: Expecting value: line 2 column 20 (char 47)"),
    ('[{"surname_latin": NaN}]', "standard input is not valid JSON: NaN is not a JSON value"),
])
def test_malformed_input_names_the_position(run_main, stdin: str, message: str) -> None:  # type: ignore[no-untyped-def]
    res = run_main("duplicates", stdin=stdin)
    assert res.code == 2 and res.out == ""
    assert res.err == f"hirt-desk: error: {message}\n"


def test_a_missing_file_and_both_sources(run_main, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    res = run_main("duplicates", str(tmp_path / "nowhere.json"))
    assert res.code == 2 and res.err.startswith("hirt-desk: error: cannot read ") and res.err.count("\n") == 1
    res = run_main("--db", str(tmp_path / "c.sqlite"), "duplicates", "-", "--stored")
    assert res.code == 2 and "not both" in res.err and not (tmp_path / "c.sqlite").exists()


def _person(fields: dict) -> PatientData:  # type: ignore[type-arg]
    values = {k: v for k, v in fields.items() if k in PatientData.__dataclass_fields__}
    if "date_of_birth" in values:
        values["date_of_birth"] = date.fromisoformat(values["date_of_birth"])
    return PatientData(**values)


def test_stored_persons_with_their_case_numbers(database, run_main) -> None:  # type: ignore[no-untyped-def]
    """Patients and companions: WANG WEI came back as a second patient and travels as someone's
    companion too; his wife, a companion on his own case, is never compared with him."""
    first = create_case(_person(WANG_WEI), user="sato")
    again = create_case(first.patient.id, user="sato")                 # a returning patient: one person
    second = create_case(_person({**WANG_WEI, "name_native": "", "passport_number": "EJ7654321"}),
                         user="sato")
    other = create_case(_person({"surname_latin": "ZHANG", "given_names_latin": "FANG", "sex": "F",
                                 "nationality": "CN", "date_of_birth": "1970-01-02"}), user="sato")
    for case, companion in ((first, CompanionData("WANG", "FANG", "王芳", "F", date(1963, 5, 5), "CN",
                                                  relation="spouse", phone="+86 139 1234 5678")),
                            (other, CompanionData("WANG", "WEI", "王伟", "M", date(1961, 3, 14), "CN",
                                                  relation="brother"))):
        detail = load_case(case.id)
        save_case(case.id, base=detail, user="sato", patient=detail.patient, companions=[companion],
                  facts=detail.facts, coordinator=detail.coordinator, packet_language=detail.packet_language)
    brother = load_case(other.id).companions[0].id
    spouse = load_case(first.id).companions[0].id
    close_database()             # the command opens the database itself, as a user runs it
    before = db_digest(str(database))

    res = run_main("--db", str(database), "duplicates", "--stored")
    assert res.code == 0, res.err
    assert db_digest(str(database)) == before               # only read
    out = res.json()
    assert all(set(p) == {"a", "b", "a_cases", "b_cases", "a_kind", "b_kind", "score", "same", "reasons"}
               for p in out)
    same = {frozenset((p["a"], p["b"])): p for p in out if p["same"]}
    wang = first.patient.id
    assert set(same) == {frozenset((wang, second.patient.id)), frozenset((wang, brother)),
                         frozenset((second.patient.id, brother))}
    pair = same[frozenset((wang, brother))]
    cases = {pair["a"]: (pair["a_cases"], pair["a_kind"]), pair["b"]: (pair["b_cases"], pair["b_kind"])}
    assert cases[wang] == (sorted([first.number, again.number]), "patient")
    assert cases[brother] == ([other.number], "companion")
    assert "same name in own script (王伟)" in pair["reasons"]
    assert all(spouse not in (p["a"], p["b"]) or wang not in (p["a"], p["b"]) for p in out)


def test_stored_on_an_empty_database(db_arg: str, run_main) -> None:  # type: ignore[no-untyped-def]
    res = run_main("--db", db_arg, "duplicates", "--stored")
    assert res.code == 0, res.err
    assert res.json() == []
