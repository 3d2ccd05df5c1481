"""Partial sync: a laptop holds the cases checked out to it; a case handed back or no longer
assigned leaves it after a final successful sync. And the pull follows transaction ids: a change
whose transaction commits after a later one is not skipped; wall clocks play no part."""

from __future__ import annotations

import psycopg

from tests.sync.conftest import Office, on


def _case_ids_on_laptop(office: Office) -> set[str]:
    from hirt_desk.store.models import Case, Patient
    with on(office.laptop):
        assert Patient.select().count() == Case.select().count()      # no patient left behind
        return {c.id for c in Case.select()}


def test_checkin_syncs_then_removes_the_case_from_the_laptop(office: Office) -> None:
    first, second = office.new_case("NGUYEN"), office.new_case("TRAN")
    office.checkout(first["id"], second["id"])
    office.ok(office.on_laptop("case", "set", first["id"], "patient.email=last@example.com"))
    result = office.ok(office.on_laptop("checkin", first["number"]))
    assert result["pushed"] == 1 and result["checked_in"] == 1
    assert _case_ids_on_laptop(office) == {second["id"]}
    assert office.show(first["id"], "office")["patient"]["email"] == "last@example.com"
    assert office.on_laptop("case", "show", first["id"]).code == 2
    from hirt_desk.store.models import AuditEntry
    with on(office.laptop):
        assert not AuditEntry.select().where(AuditEntry.case_id == first["id"]).exists()
    assert office.sync() == {"pushed": 0, "pulled": 0, "conflicts": 0}
    assert _case_ids_on_laptop(office) == {second["id"]}


def test_assigned_cases_follow_the_assignment(office: Office) -> None:
    mine = office.new_case("NGUYEN", assigned_to=office.lena)
    other = office.new_case("TRAN", assigned_to="mark")
    assert office.ok(office.on_laptop("checkout", "--server", office.url, "--assigned-to", office.lena)) == \
        {"checked_out": 1}
    assert _case_ids_on_laptop(office) == {mine["id"]}
    office.ok(office.office("case", "set", other["id"], f"assigned_to={office.lena}"))
    office.sync()
    assert _case_ids_on_laptop(office) == {mine["id"], other["id"]}
    assert office.history(other["id"], "laptop") == office.history(other["id"], "office")
    office.ok(office.on_laptop("case", "set", mine["id"], "facts.ecog=1"))
    office.ok(office.office("case", "set", mine["id"], "assigned_to=mark"))
    result = office.sync()
    assert result["pushed"] == 2                       # its last changes reached the office first
    assert _case_ids_on_laptop(office) == {other["id"]}
    assert office.show(mine["id"], "office")["facts"]["ecog"] == 1


def test_a_transaction_that_commits_after_a_later_one_is_pulled(office: Office) -> None:
    case = office.new_case()
    office.checkout(case["id"])
    slow = psycopg.connect(office.url)               # an office save that takes its time
    with on(office.url):
        from hirt_desk.store.models import Case
        patient = Case.get_by_id(case["id"]).patient.id
    slow.execute("""INSERT INTO "audit" ("at", "user", "table", "record_id", "action", "field", "old", "new",
                    "change_id", "changeset", "origin", "case_id", "case_version")
                    VALUES (now() - interval '1 hour', 'slow', 'patient', %s, 'update', 'address', '',
                            'Slow Street 1', gen_random_uuid()::text, '', 'OFC', %s,
                            (SELECT "version" + 1 FROM "case" WHERE "id" = %s))""",
                 (patient, case["id"], case["id"]))
    office.ok(office.office("case", "set", case["id"], "patient.email=fast@example.com"))   # commits first
    office.sync()
    slow.execute('UPDATE "patient" SET "address" = %s WHERE "id" = %s', ("Slow Street 1", patient))
    slow.execute('UPDATE "case" SET "version" = "version" + 1 WHERE "id" = %s', (case["id"],))
    slow.commit()
    slow.close()
    office.sync()
    laptop = office.show(case["id"], "laptop")
    assert laptop["patient"]["address"] == "Slow Street 1"
    assert laptop["patient"]["email"] == "fast@example.com"
    fields = [r["field"] for r in office.history(case["id"], "laptop")]
    assert "patient.address" in fields and "patient.email" in fields
    assert office.history(case["id"], "laptop") == office.history(case["id"], "office")


def _shift_laptop_clock(office: Office, days: int) -> None:
    from hirt_desk.store.models import db
    with on(office.laptop):
        from hirt_desk.store.database import write_transaction
        with write_transaction():
            db.execute_sql("""UPDATE "audit" SET "at" = strftime('%Y-%m-%d %H:%M:%f', "at", ?)
                              WHERE "user" = ?""", (f"{days:+d} days", office.lena))


def test_the_laptops_clock_does_not_order_anything(office: Office) -> None:
    """A laptop clock a day behind or ahead: changes merge against the base version, never by
    time; a field both changed is a conflict whichever clock says later."""
    case = office.new_case()
    office.checkout(case["id"])
    office.ok(office.office("case", "set", case["id"], "patient.address=Office Road 1"))
    office.ok(office.on_laptop("case", "set", case["id"], "patient.email=skew@example.com"))
    _shift_laptop_clock(office, -1)
    assert office.sync()["conflicts"] == 0
    shown = office.show(case["id"], "office")
    assert (shown["patient"]["address"], shown["patient"]["email"]) == ("Office Road 1", "skew@example.com")
    office.ok(office.office("case", "set", case["id"], "patient.address=Office Road 2"))
    office.ok(office.on_laptop("case", "set", case["id"], "patient.address=Laptop Lane 9"))
    _shift_laptop_clock(office, +1)
    assert office.sync()["conflicts"] == 1
    assert office.show(case["id"], "office")["patient"]["address"] == "Office Road 2"
