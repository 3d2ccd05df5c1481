"""contracts/team.md, "Laptops", sentence by sentence, against a real server."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from hirt_desk.actions.case_detail import CompanionData
from tests.cli.conftest import db_digest
from tests.conftest import PgTestServer
from tests.sync.conftest import Office, edit_companions, on


def _everything(office: Office, case_id: str) -> None:
    """A case with something of every kind: facts and a screening, a companion, a note, an
    itinerary item with its travellers, a visa record."""
    from hirt_desk.actions.cases import add_note
    from hirt_desk.actions.itinerary import save_item
    from hirt_desk.actions.visa import save_visas
    from hirt_desk.planning.itinerary import Item
    from hirt_desk.planning.visa import VisaRecordData
    office.ok(office.office("case", "set", case_id, "facts.site=lung", "facts.ecog=1"))
    edit_companions(office.url, case_id, lambda cs: [CompanionData(
        surname_latin="TRAN", given_names_latin="HOA", nationality="VN", relation="spouse")], office.olga)
    with on(office.url):
        add_note(case_id, "first call", user=office.olga)
        save_item(case_id, Item(kind="flight", starts=datetime(2027, 4, 20, 9, 30), title="VN300"),
                  user=office.olga)
        save_visas(case_id, [VisaRecordData("patient", embassy="Hanoi", application_date=date(2027, 3, 1))],
                   user=office.olga)


def _rows(where: str, case_id: str) -> dict[str, int]:
    from hirt_desk.store.models import ItineraryItem, ItineraryTraveller, Note, ScreeningRecord, VisaRecord
    with on(where):
        return {"screening": ScreeningRecord.select().where(ScreeningRecord.case == case_id).count(),
                "note": Note.select().where(Note.case == case_id).count(),
                "itinerary": ItineraryItem.select().where(ItineraryItem.case == case_id).count(),
                "travellers": ItineraryTraveller.select().count(),
                "visa": VisaRecord.select().where(VisaRecord.case == case_id).count()}


def test_laptops_as_the_contract_says(office: Office, pg_server: PgTestServer, tmp_path: Path) -> None:
    first, second = office.new_case("NGUYEN"), office.new_case("TRAN")
    _everything(office, first["id"])
    # "copies those cases, with everything that belongs to them ... into the laptop database,
    # creating it (encrypted) if needed ... Prints {"checked_out": N}"
    assert office.checkout(first["id"], second["number"]) == {"checked_out": 2}
    from hirt_desk.store.encryption import looks_encrypted
    assert looks_encrypted(office.laptop)
    assert _rows(office.laptop, first["id"]) == _rows(office.url, first["id"])
    assert office.show(first["id"], "laptop") == office.show(first["id"], "office")
    # "and remembers the server and what each case looked like"
    from hirt_desk.store import laptop
    with on(office.laptop):
        assert laptop.get(laptop.SERVER) == office.laptop_server
        assert laptop.checked_out() == {first["id"]: office.show(first["id"], "office")["version"],
                                        second["id"]: office.show(second["id"], "office")["version"]}

    # "The laptop then works with no network at all."  (the server database out of reach)
    database = office.url.rsplit("/", 1)[1]
    pg_server.admin.execute(f"ALTER DATABASE {database} RENAME TO {database}_away")
    try:
        office.ok(office.on_laptop("case", "set", first["id"], "patient.email=an@example.com",
                                   "patient.phone=+84 90 222 2222"))
        edit_companions(office.laptop, first["id"], lambda cs: [], office.lena)            # removes TRAN
        edit_companions(office.laptop, second["id"], lambda cs: [CompanionData(
            surname_latin="LE", given_names_latin="MAI", nationality="VN", relation="daughter")], office.lena)
        assert office.on_laptop("history", first["id"]).code == 0
        # "A server that cannot be reached ...: exit 2, one line, nothing changed on either side"
        before = Path(office.laptop).read_bytes()
        away = office.on_laptop("sync")
        assert away.code == 2 and away.err.count("\n") == 1
        assert Path(office.laptop).read_bytes() == before
    finally:
        pg_server.admin.execute(f"ALTER DATABASE {database}_away RENAME TO {database}")

    # meanwhile in the office: another field, the same field, the companion the laptop removed
    office.ok(office.office("case", "set", first["id"], "patient.passport_number=C1234567",
                            "patient.phone=+84 90 333 3333"))
    edit_companions(office.url, first["id"], lambda cs: [CompanionData(**{
        **cs[0].__dict__, "phone": "+84 90 555 5555"})], office.olga)
    edit_companions(office.url, second["id"], lambda cs: [CompanionData(
        surname_latin="PHAM", given_names_latin="BAO", nationality="VN", relation="son")], office.olga)
    server_before = db_digest(office.url)

    # "sends the laptop's changes ... fetches the server's changes ... Prints {"pushed", "pulled",
    # "conflicts"} ... exit 0 whenever the exchange completed, with or without conflicts."
    # Synced by another login: "An edit made on a laptop is recorded under the person who made it"
    result = office.ok(office.run("--db", office.laptop, "--user", "sam", "sync"))
    assert db_digest(office.url) != server_before
    assert result["conflicts"] == 2 and result["pushed"] == 2 and result["pulled"] >= 3   # e-mail, LE
    one, two = office.show(first["id"], "office"), office.show(second["id"], "office")
    # "a field changed on one side only takes that side's value"
    assert one["patient"]["email"] == "an@example.com"
    assert office.show(first["id"], "laptop")["patient"]["passport_number"] == "C1234567"
    # "a field changed on both sides ...: the server keeps its value and records the conflict (the
    # laptop then holds the server's value too, and its own in the conflict)"
    on_laptop = office.show(first["id"], "laptop")
    assert one["patient"]["phone"] == on_laptop["patient"]["phone"] == "+84 903 333 333"
    conflicts = office.conflicts("office")
    assert office.conflicts("laptop") == conflicts
    phone = next(c for c in conflicts if c["field"] == "patient.phone")
    assert (phone["office"], phone["laptop"], phone["laptop_by"]) == \
        ("+84 903 333 333", "+84 902 222 222", office.lena)
    # "a record deleted on one side and edited on the other is a conflict; nothing is deleted"
    removed = next(c for c in conflicts if c["table"] == "companion")
    assert removed["laptop"] == "(removed)" and [c["surname_latin"] for c in one["companions"]] == ["TRAN"]
    assert [c["surname_latin"] for c in office.show(first["id"], "laptop")["companions"]] == ["TRAN"]
    # "records added on either side ... are simply added"
    assert sorted(c["surname_latin"] for c in two["companions"]) == ["LE", "PHAM"]
    assert office.show(second["id"], "laptop") == two
    by = {r["field"]: r["by"] for r in office.history(first["id"], "office")}
    assert by["patient.email"] == office.lena

    # "conflicts ... works on the server and on a laptop; a conflict resolved on either side is
    # closed on both after the next sync"; "resolves one; the resolution is an ordinary audited
    # change that the next sync carries"
    office.ok(office.on_laptop("conflicts", "resolve", phone["id"], "--keep", "laptop"))
    office.ok(office.office("conflicts", "resolve", removed["id"], "--keep", "laptop"))
    office.sync()
    assert office.conflicts("office") == office.conflicts("laptop") == []
    for where in ("office", "laptop"):
        shown = office.show(first["id"], where)
        assert shown["patient"]["phone"] == "+84 902 222 222" and shown["companions"] == []
    resolution = [r for r in office.history(first["id"], "office") if r["table"] == "conflict" and r["field"]]
    assert {r["by"] for r in resolution} == {office.lena, office.olga}

    # "A sync cut at any moment ... the next sync completes it"; "Each change appears once,
    # however many syncs carried it."
    assert office.sync() == {"pushed": 0, "pulled": 0, "conflicts": 0}
    for case in (first["id"], second["id"]):
        history = office.history(case, "office")
        assert len({(r["at"], r["record"], r["field"], r["new"]) for r in history}) == len(history)
