"""Money travels with the case: a payment taken on a laptop (in yuan, at a rate) reaches the
office with its author, a bill numbered on the laptop keeps its number, and edits to one payment
on both sides merge field by field."""

from __future__ import annotations

from datetime import date

from tests.sync.conftest import Office, on


def _edit_payment(where: str, case_id: str, payment_id: str, values: dict[str, str], user: str) -> None:
    from hirt_desk.actions.cases import get_case
    from hirt_desk.store.audit import CaseChange
    from hirt_desk.store.database import write_transaction
    from hirt_desk.store.models import Payment
    with on(where), write_transaction(), CaseChange(get_case(case_id), user) as change:
        change.update(Payment.get_by_id(payment_id), values)


def test_a_payment_made_on_a_laptop_syncs_to_the_office(office: Office) -> None:
    from hirt_desk.actions.money import PaymentData, case_balance, issue_bill, payments, record_payment
    from hirt_desk.money import Money
    from hirt_desk.store.station import station_code
    case = office.new_case()
    with on(office.url):
        office_deposit = issue_bill(case["id"], "deposit", 3_000_000, issued=date(2027, 3, 1),
                                    user=office.olga)
    office.checkout(case["id"])
    with on(office.laptop):
        laptop_station = station_code()
        paid = record_payment(case["id"], PaymentData(Money.of("100000", "CNY"), date(2027, 3, 5),
                                                      rate="0.048", reference="ICBC 7781"), user=office.lena)
        invoice = issue_bill(case["id"], "invoice", 5_275_000, issued=date(2027, 3, 6), user=office.lena)
        assert [p.id for p in payments(case["id"])] == [paid.id]
    assert invoice.number.startswith(f"INV-2027-{laptop_station}-")
    assert invoice.number.split("-")[2] != office_deposit.number.split("-")[2]
    result = office.sync()
    assert result["conflicts"] == 0 and result["pushed"] >= 2
    with on(office.url):
        from hirt_desk.store.models import Bill, Payment
        there = Payment.get_by_id(paid.id)
        assert (there.amount_minor, there.currency, there.rate, there.amount_jpy) == (
            10_000_000, "CNY", "0.048", 2_083_333)
        assert there.recorded_by == office.lena            # the author from the laptop, not the syncer
        assert Bill.get_by_id(invoice.id).number == invoice.number
        b = case_balance(case["id"])
        assert (b.charged_jpy, b.received_jpy, b.due_jpy) == (5_275_000, 2_083_333, 3_191_667)
    assert any(r["table"] == "payment" for r in office.history(case["id"], "office"))
    # the office's payment reaches the laptop the other way
    with on(office.url):
        record_payment(case["id"], PaymentData(Money(3_191_667), date(2027, 3, 20), reference="wire"),
                       user=office.olga)
    assert office.sync()["pulled"] >= 1
    with on(office.laptop):
        assert case_balance(case["id"]).due_jpy == 0


def test_edits_to_one_payment_on_both_sides_merge_field_by_field(office: Office) -> None:
    from hirt_desk.actions.money import PaymentData, record_payment
    from hirt_desk.money import Money
    case = office.new_case()
    with on(office.url):
        paid = record_payment(case["id"], PaymentData(Money(1_000_000), date(2027, 3, 5)),
                              user=office.olga)
    office.checkout(case["id"])
    _edit_payment(office.laptop, case["id"], paid.id, {"reference": "MUFG 12"}, office.lena)
    _edit_payment(office.url, case["id"], paid.id, {"method": "card"}, office.olga)
    assert office.sync()["conflicts"] == 0
    for where in (office.url, office.laptop):
        with on(where):
            from hirt_desk.store.models import Payment
            row = Payment.get_by_id(paid.id)
            assert (row.reference, row.method) == ("MUFG 12", "card")
    # the same field changed on both sides to different values is a conflict
    _edit_payment(office.laptop, case["id"], paid.id, {"reference": "laptop ref"}, office.lena)
    _edit_payment(office.url, case["id"], paid.id, {"reference": "office ref"}, office.olga)
    assert office.sync()["conflicts"] == 1
    conflict, = office.conflicts("office")
    assert (conflict["table"], conflict["field"]) == ("payment", "reference")
    assert (conflict["office"], conflict["laptop"]) == ("office ref", "laptop ref")
