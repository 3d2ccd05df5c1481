"""For the same data, `cases --search` finds the same cases on an SQLite file and on a server
(contracts/team.md): the file's demo cases imported into a server keep their ids, so the two
answers are compared case by case, in order."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest

from hirt_desk.store.search import _IDEOGRAPH


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def mixed_case(text: str) -> str:
    return "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(text))


def searches(cases: list[dict[str, Any]], people: list[tuple[str, str, str, str, str]]) -> list[str]:
    """What coordinators type: names in both scripts, whole and prefix, any case and without
    accents, two-character CJK names, Korean, passport and case numbers (whole and their end)."""
    texts = {"", "   ", "HD", "hd-20", "2026", "zzzz", "王", "김", "Ли", "nguyen van", "le thi",
             "王伟", "李娜", "Nguyễn Văn", "NGUYỄN", "Thị", "o'brien", "al-", "%", "_", "e%"}
    for surname, given, native, passport, nationality in people:
        texts |= {surname, surname.lower(), surname[:3], mixed_case(surname), f"{surname} {given}",
                  given.split(" ")[0][:2], native, strip_accents(native), native.lower()}
        if passport:
            texts |= {passport, passport.lower(), passport[:4]}
        ideographs = [c for c in native if _IDEOGRAPH.fullmatch(c)]
        if len(ideographs) >= 2:
            texts |= {"".join(ideographs[:2]), "".join(ideographs[-2:]), ideographs[0]}
        if nationality == "KR" and native:
            texts |= {native[:2], native.split(" ")[0]}
    for case in cases[:10]:
        number = case["number"]
        texts |= {number, number.lower(), number[-4:], number[:11], number.replace("-", " ")}
    return sorted(texts)


def test_the_same_cases_are_found_on_both(run_main, pg_ready_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3
    db = str(tmp_path / "c.sqlite")
    assert run_main("--db", db, "demo", "--cases", "400", "--seed", "11").code == 0
    res = run_main("--db", pg_ready_url, "import", db)
    assert res.code == 0 and res.json()["cases"] == 400, res.err
    with sqlite3.connect(db) as conn:
        people = conn.execute("SELECT surname_latin, given_names_latin, name_native, passport_number, "
                              "nationality FROM patient UNION ALL SELECT surname_latin, given_names_latin, "
                              "name_native, passport_number, nationality FROM companion "
                              "ORDER BY 5, 1, 2 LIMIT 400").fetchall()
    by_country: dict[str, list[tuple[str, str, str, str, str]]] = {}
    for person in people:
        by_country.setdefault(person[4], []).append(person)
    sample = [p for group in by_country.values() for p in group[:4]]
    cases = run_main("--db", db, "cases", "--json").json()
    assert run_main("--db", pg_ready_url, "cases", "--json").json() == cases

    texts = searches(cases, sample)
    assert len(texts) > 150
    found_some = 0
    for text in texts:
        mine = run_main("--db", db, "cases", "--search", text, "--json")
        theirs = run_main("--db", pg_ready_url, "cases", "--search", text, "--json")
        assert mine.code == theirs.code == 0, (text, mine.err, theirs.err)
        assert [r["id"] for r in theirs.json()] == [r["id"] for r in mine.json()], text
        found_some += bool(mine.json())
    assert found_some > len(texts) * 0.8


@pytest.mark.parametrize("text", ["王伟", "김민", "nguyen", "Nguyễn", "C123"])
def test_a_short_search_on_an_empty_server_finds_nothing(run_main, pg_ready_url: str, text: str) -> None:  # type: ignore[no-untyped-def]
    res = run_main("--db", pg_ready_url, "cases", "--search", text, "--json")
    assert res.code == 0 and res.json() == []
