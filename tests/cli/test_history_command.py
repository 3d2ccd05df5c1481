"""`hirt-desk history CASE` (contracts/team.md): every change to a case, oldest first, as JSON."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from hirt_desk.actions.case_detail import CompanionData, load_case, save_case
from hirt_desk.actions.cases import PatientData, change_status, create_case
from hirt_desk.store.database import close_database, open_database
from tests.agency_server import recorded


def save(detail, user: str, **changes):  # type: ignore[no-untyped-def]
    values = {"patient": detail.patient, "companions": detail.companions, "facts": detail.facts,
              "coordinator": detail.coordinator, "packet_language": detail.packet_language, **changes}
    return save_case(detail.id, base=detail, user=user, **values)


def a_worked_case(db: Path | str) -> tuple[str, str, str]:
    """A case created, edited by two people, its companion removed, moved on; (id, number,
    companion id)."""
    open_database(db)
    try:
        case = create_case(PatientData("NGUYEN", "VAN AN", nationality="VN", phone="+84 912 345 678"),
                           user="sato")
        detail = load_case(case.id)
        save(detail, "sato", companions=[CompanionData("NGUYEN", "THI HOA", relation="spouse")],
             facts={"site": "liver", "ecog": 1})
        detail = load_case(case.id)
        companion = detail.companions[0].id
        assert companion is not None
        save(detail, "suzuki", patient=replace(detail.patient, phone="+84 987 654 321"), companions=[],
             facts={**detail.facts, "ecog": 2})
        change_status(case.id, "records", user="tanaka")
        return case.id, case.number, companion
    finally:
        close_database()


def test_history_of_a_case(cli, db_arg: str) -> None:  # type: ignore[no-untyped-def]
    db = db_arg
    # who: the person saving on a file; on a server the session's login (the server writes it)
    sato, suzuki, tanaka = (recorded(name, db) for name in ("sato", "suzuki", "tanaka"))
    case_id, number, companion = a_worked_case(db)
    res = cli("--db", db, "history", number)
    assert res.code == 0, res.err
    rows = res.json()
    assert all(set(r) == {"at", "by", "table", "record", "field", "old", "new"} for r in rows)
    stamps = [r["at"] for r in rows]
    assert all(s.endswith("Z") for s in stamps) and stamps == sorted(stamps)
    assert all(datetime.fromisoformat(s.removesuffix("Z")) for s in stamps)

    created = [r for r in rows if r["table"] == "case" and r["field"] == "" and r["old"] is None]
    assert len(created) == 1 and created[0]["record"] == case_id and created[0]["by"] == sato
    assert json.loads(created[0]["new"])["number"] == number

    def edits(field: str) -> list[tuple[str | None, str | None, str]]:
        return [(r["old"], r["new"], r["by"]) for r in rows if r["field"] == field]
    assert edits("patient.phone") == [("+84 912 345 678", "+84 987 654 321", suzuki)]
    assert edits("facts.ecog") == [(None, "1", sato), ("1", "2", suzuki)]
    assert edits("facts.site") == [(None, "liver", sato)]
    assert edits("status") == [("inquiry", "records", tanaka)]

    on_companion = [r for r in rows if r["record"] == companion]
    assert [(r["table"], r["field"]) for r in on_companion] == [("companion", ""), ("companion", "")]
    added, removed = on_companion
    assert added["old"] is None and json.loads(added["new"])["given_names_latin"] == "THI HOA"
    assert removed["new"] is None and json.loads(removed["old"])["relation"] == "spouse"
    assert removed["by"] == suzuki

    screenings = [r for r in rows if r["table"] == "screening"]
    assert [r["by"] for r in screenings] == [sato, suzuki]
    assert json.loads(screenings[-1]["new"])["verdict"]
    statuses = [json.loads(r["new"])["to_status"] for r in rows if r["table"] == "status_change"]
    assert statuses == ["inquiry", "records"]
    assert len({(r["record"], r["field"], r["at"], r["new"], r["old"]) for r in rows}) == len(rows)

    by_id = cli("--db", db, "history", case_id)
    assert by_id.code == 0 and by_id.json() == rows


def test_unknown_case(run_main, db_arg: str) -> None:  # type: ignore[no-untyped-def]
    a_worked_case(db_arg)
    res = run_main("--db", db_arg, "history", "HD-2026-ZZZ-0001")
    assert res.code == 2 and res.out == ""
    assert res.err.count("\n") == 1 and "HD-2026-ZZZ-0001" in res.err


def test_no_case_given(run_main, db_arg: str) -> None:  # type: ignore[no-untyped-def]
    res = run_main("--db", db_arg, "history")
    assert res.code == 2 and "Traceback" not in res.err
