"""Money on a case through the actions: the fee schedule, quotes kept as versions, a payment in
yuan at a rate, the settlement, and bill numbers that never collide between stations."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.actions.itinerary import plan_treatment, save_item
from hirt_desk.actions.money import (
    MoneyRefused,
    PaymentData,
    case_balance,
    compute_quote,
    issue_bill,
    list_fees,
    payments,
    quotes,
    record_payment,
    remove_fee,
    remove_money_record,
    save_fee,
    save_quote,
    settle,
)
from hirt_desk.money import Money
from hirt_desk.money.quote import FeeData
from hirt_desk.planning.itinerary import Item
from hirt_desk.store.database import close_database, open_database
from hirt_desk.store.models import AuditEntry, Companion, Fee, Payment
from hirt_desk.store.station import station_code


def _fees() -> None:
    save_fee(name_en="Coordination fee", name_ja="コーディネート料", basis="fixed", amount_jpy=300_000,
             user="mgr")
    save_fee(name_en="Interpreter", name_ja="通訳", basis="per_day", amount_jpy=30_000, user="mgr")
    save_fee(name_en="Phone rental", name_ja="携帯電話レンタル", basis="per_person", amount_jpy=5_000,
             user="mgr")


def _case(fractions: int) -> str:
    case = create_case(PatientData("LI", "MING", "李明", nationality="CN"))
    Companion.create(case=case, relation="spouse", surname_latin="WANG", given_names_latin="FANG")
    plan_treatment(case.id, date(2027, 4, 26), fractions, user="sato")
    return case.id


def test_fee_schedule_is_audited_and_removed_as_a_tombstone(database: Path) -> None:
    _fees()
    assert [(f.name_en, f.basis, f.amount_jpy) for f in list_fees()] == [
        ("Coordination fee", "fixed", 300_000), ("Interpreter", "per_day", 30_000),
        ("Phone rental", "per_person", 5_000)]
    interp = list_fees()[1]
    save_fee(FeeData(interp.id, "Interpreter", "通訳", "per_day", 35_000), user="mgr")
    assert list_fees()[1].amount_jpy == 35_000
    remove_fee(interp.id, user="mgr")
    assert [f.name_en for f in list_fees()] == ["Coordination fee", "Phone rental"]
    assert Fee.get_by_id(interp.id).deleted_at is not None
    audited = {(a.action, a.field) for a in AuditEntry.select().where(AuditEntry.record_id == interp.id)}
    assert audited == {("create", ""), ("update", "amount_jpy"), ("delete", "")}
    for bad in ({"name_en": " "}, {"basis": "weekly"}, {"amount_jpy": -1}):
        with pytest.raises(MoneyRefused):
            save_fee(**{"name_en": "X", "basis": "fixed", "amount_jpy": 1, **bad})  # type: ignore[arg-type]


def test_12_and_16_sessions_give_the_same_facility_total(database: Path) -> None:
    _fees()
    twelve, sixteen = compute_quote(_case(12)), compute_quote(_case(16))
    assert twelve.group_total("facility") == sixteen.group_total("facility") == 4_965_000
    assert twelve.total_jpy == sixteen.total_jpy


def test_per_day_fees_follow_the_itinerary(database: Path) -> None:
    _fees()
    case_id = _case(12)
    before = compute_quote(case_id)
    assert {x.id.split(":")[0] for x in before.lines if x.group == "fee"} == {"fee"}
    assert [x.quantity for x in before.lines if x.en == "Phone rental"] == [2]        # patient and spouse
    assert not [x for x in before.lines if x.en == "Interpreter"]                       # no interpreting yet
    save_item(case_id, Item("interpreter", datetime(2027, 4, 26, 9), datetime(2027, 4, 27, 17)), user="sato")
    save_item(case_id, Item("flight", datetime(2027, 4, 25, 8), datetime(2027, 4, 25, 13), "Asia/Shanghai",
                            title="CA 925", cost_yen=85_000), user="sato")
    after = compute_quote(case_id)
    assert [(x.quantity, x.amount_jpy) for x in after.lines if x.en == "Interpreter"] == [(2, 60_000)]
    assert after.group_total("itinerary") == 85_000
    assert after.total_jpy - before.total_jpy == 60_000 + 85_000


def test_quotes_are_kept_as_versions(database: Path) -> None:
    _fees()
    case_id = _case(12)
    first = save_quote(case_id, compute_quote(case_id, currency="CNY", rate="0.048",
                                              rate_date=date(2027, 3, 1)), user="sato")
    second = save_quote(case_id, compute_quote(case_id, currency="CNY", rate="0.047",
                                               rate_date=date(2027, 3, 8), other_medical_jpy=200_000),
                        user="sato")
    assert [q.revision for q in quotes(case_id)] == [2, 1]
    assert (first.total_jpy, first.rate, first.total_other) == (5_275_000, "0.048", 25_320_000)
    assert second.total_jpy == 5_475_000 and second.rate_date == date(2027, 3, 8)
    with pytest.raises(MoneyRefused):
        compute_quote(case_id, currency="CNY")              # a rate is needed
    with pytest.raises(MoneyRefused):
        compute_quote(case_id, currency="QQQ", rate="1")


def test_a_deposit_in_yuan_at_a_rate_and_the_balance(database: Path) -> None:
    case_id = _case(12)
    deposit = issue_bill(case_id, "deposit", 3_000_000, issued=date(2027, 3, 1), user="sato")
    assert deposit.number.startswith(f"DEP-2027-{station_code()}-")
    paid = record_payment(case_id, PaymentData(Money.of("100000.00", "CNY"), date(2027, 3, 5), rate="0.048",
                                               reference="ICBC 7781"), user="sato")
    assert (paid.amount_minor, paid.currency, paid.amount_jpy) == (10_000_000, "CNY", 2_083_333)   # half up
    b = case_balance(case_id)
    assert (b.requested_jpy, b.received_jpy, b.deposit_outstanding_jpy) == (3_000_000, 2_083_333, 916_667)
    assert b.due_jpy == -2_083_333                      # nothing charged yet: held for the patient
    with pytest.raises(MoneyRefused):
        record_payment(case_id, PaymentData(Money.of("100", "CNY"), date(2027, 3, 5)))      # no rate
    with pytest.raises(MoneyRefused):
        record_payment(case_id, PaymentData(Money(0, "JPY"), date(2027, 3, 5)))
    assert Payment.select().count() == 1
    remove_money_record(case_id, "payment", paid.id, user="sato")
    assert payments(case_id) == [] and case_balance(case_id).received_jpy == 0


def test_settlement_with_refund_and_with_top_up(database: Path) -> None:
    refund_case, top_up_case = _case(12), _case(16)
    for case_id in (refund_case, top_up_case):
        record_payment(case_id, PaymentData(Money(6_000_000), date(2027, 3, 5)), user="sato")
    bill, outcome = settle(refund_case, 5_650_000, issued=date(2027, 6, 1), user="sato")
    assert bill.kind == "settlement" and (outcome.action, outcome.amount_jpy) == ("refund", 350_000)
    assert case_balance(refund_case).due_jpy == -350_000
    record_payment(refund_case, PaymentData(Money(350_000), date(2027, 6, 3), kind="refund"), user="sato")
    assert case_balance(refund_case).due_jpy == 0
    _bill, outcome = settle(top_up_case, 6_420_000, issued=date(2027, 6, 1), user="sato")
    assert (outcome.action, outcome.amount_jpy) == ("top_up", 420_000)
    assert case_balance(top_up_case).due_jpy == 420_000


@pytest.mark.sqlite_only
def test_bill_numbers_from_two_stations_never_collide(tmp_path: Path) -> None:
    numbers: list[str] = []
    stations = []
    for name in ("office.sqlite", "laptop.sqlite"):
        open_database(tmp_path / name)
        case_id = create_case(PatientData("LI", "MING")).id
        for kind in ("deposit", "invoice", "invoice", "settlement"):
            numbers.append(issue_bill(case_id, kind, 1_000, issued=date(2027, 3, 1), user="sato").number)
        stations.append(station_code())
        close_database()
    assert stations[0] != stations[1]
    assert len(set(numbers)) == len(numbers) == 8
    assert {n.split("-")[2] for n in numbers} == set(stations)
    assert numbers[:4] == [f"DEP-2027-{stations[0]}-0001", f"INV-2027-{stations[0]}-0002",
                           f"INV-2027-{stations[0]}-0003", f"STL-2027-{stations[0]}-0004"]
