"""User actions on money: the agency's fee schedule, a case's quote (versions kept), its bills
(deposit request, invoices, settlement), payments and refunds, and its balance.

Each is one transaction with its audit rows. Amounts are integers (yen, or minor units of the
currency a payment came in); rates are Decimal, stored as the text typed.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from peewee import fn

from hirt_desk.actions.cases import get_case
from hirt_desk.money.amount import YEN, Money, MoneyInputError, parse_rate, to_yen
from hirt_desk.money.ledger import (
    BILL_KINDS,
    INVOICE,
    MOVE_KINDS,
    PAYMENT,
    SETTLEMENT,
    Balance,
    Entry,
    Settlement,
    balance,
    settlement,
)
from hirt_desk.money.quote import BASES, FeeData, QuoteLine, QuoteResult, StayItem, build_quote
from hirt_desk.store import audit
from hirt_desk.store.database import store_errors, write_transaction
from hirt_desk.store.models import Bill, Case, Fee, ItineraryItem, Payment, Quote
from hirt_desk.store.station import COUNTER_PREFIX, advance_counter, station_code

BILL_PREFIX = {"deposit": "DEP", "invoice": "INV", "settlement": "STL"}
METHODS = ("bank_transfer", "card", "cash", "other")


class MoneyRefused(ValueError):
    """Input the money actions refuse; `field` names where it is wrong, `code` why."""

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.code = code


# -- the agency's fee schedule ------------------------------------------------------------------

def list_fees() -> list[FeeData]:
    with store_errors():
        rows = Fee.select().where(Fee.deleted_at.is_null()).order_by(Fee.position, Fee.created)
        return [FeeData(r.id, r.name_en, r.name_ja, r.basis, int(r.amount_jpy)) for r in rows]


def _check_fee(fee: FeeData) -> None:
    if not fee.name_en.strip():
        raise MoneyRefused("name_en", "required", "the fee needs a name")
    if fee.basis not in BASES:
        raise MoneyRefused("basis", "basis", f"unknown basis '{fee.basis}' (one of {', '.join(BASES)})")
    if not isinstance(fee.amount_jpy, int) or isinstance(fee.amount_jpy, bool) or fee.amount_jpy < 0:
        raise MoneyRefused("amount_jpy", "amount", "the amount is a whole number of yen, 0 or more")


def save_fee(fee: FeeData | None = None, *, name_en: str = "", name_ja: str = "", basis: str = "fixed",
             amount_jpy: int = 0, user: str | None = None) -> FeeData:
    """Add a fee (`fee` None, or with an empty id) or change one; audited. On a server only
    managers and admins may (the server refuses others)."""
    if fee is not None:
        name_en, name_ja, basis, amount_jpy = fee.name_en, fee.name_ja, fee.basis, fee.amount_jpy
    _check_fee(FeeData("", name_en, name_ja, basis, amount_jpy))
    values = {"name_en": name_en.strip(), "name_ja": name_ja.strip(), "basis": basis,
              "amount_jpy": amount_jpy}
    user = user or audit.current_user()
    with store_errors(), write_transaction():
        with audit.CaseChange(None, user) as change:
            if fee is None or not fee.id:
                position = int(Fee.select(fn.COALESCE(fn.MAX(Fee.position), 0)).scalar()) + 1
                row = Fee.create(position=position, **values)
                change.create(row)
            else:
                found = Fee.get_or_none((Fee.id == fee.id) & Fee.deleted_at.is_null())
                if found is None:                    # removed meanwhile at another seat
                    raise MoneyRefused("fee", "unknown", f"no fee '{fee.id}' (removed meanwhile?)")
                row = found
                change.update(row, values)
    return FeeData(row.id, row.name_en, row.name_ja, row.basis, int(row.amount_jpy))


def remove_fee(fee_id: str, user: str | None = None) -> None:
    user = user or audit.current_user()
    with store_errors(), write_transaction():
        row = Fee.get_or_none((Fee.id == fee_id) & Fee.deleted_at.is_null())
        if row is None:
            raise MoneyRefused("fee", "unknown", f"no fee '{fee_id}'")
        with audit.CaseChange(None, user) as change:
            change.delete(row)


def set_fees(fees: Sequence[FeeData], user: str | None = None) -> None:
    """Make the schedule `fees`, in that order (the Settings page's table): new ones (no id)
    added, changed ones updated, missing ones removed; one audited change per fee."""
    for fee in fees:
        check = FeeData("", fee.name_en, fee.name_ja, fee.basis, fee.amount_jpy)
        _check_fee(check)
    kept = {f.id for f in fees if f.id}
    for old in list_fees():
        if old.id not in kept:
            remove_fee(old.id, user)
    current = {f.id: f for f in list_fees()}
    for fee in fees:
        if fee.id and current.get(fee.id) == fee:
            continue
        save_fee(fee if fee.id else None, name_en=fee.name_en, name_ja=fee.name_ja, basis=fee.basis,
                 amount_jpy=fee.amount_jpy, user=user)


# -- quotes -------------------------------------------------------------------------------------

def _stay_items(case: Case) -> list[StayItem]:
    rows = case.itinerary.order_by(ItineraryItem.starts)
    return [StayItem(r.id, r.kind, datetime.fromisoformat(r.starts),
                     datetime.fromisoformat(r.ends) if r.ends else None, r.title, r.cost_yen) for r in rows]


def _rate(rate: str | Decimal | None, currency: str) -> Decimal | None:
    if currency.strip().upper() in ("", YEN):
        return None
    if rate is None or str(rate).strip() == "":
        raise MoneyRefused("rate", "rate", f"a rate is needed for {currency.upper()} (units per yen)")
    try:
        return parse_rate(rate if isinstance(rate, Decimal) else str(rate))
    except MoneyInputError as exc:
        raise MoneyRefused("rate", exc.code, str(exc)) from None


def _currency(currency: str) -> str:
    code = (currency or YEN).strip().upper()
    try:
        Money(0, code)
    except MoneyInputError as exc:
        raise MoneyRefused("currency", exc.code, str(exc)) from None
    return code


def compute_quote(case_ref: str, *, currency: str = YEN, rate: str | Decimal | None = None,
                  rate_date: date | None = None, other_medical_jpy: int | None = None) -> QuoteResult:
    """The case's quote as it stands now (not saved): facility costs, fees, itinerary costs."""
    code = _currency(currency)
    parsed = _rate(rate, code)
    with store_errors():
        case = get_case(case_ref)
        profile = case.facility.profile or {}
        travellers = 1 + case.companions.count()
        items = _stay_items(case)
    return build_quote(profile.get("costs"), list_fees(), items, travellers,
                       other_medical_jpy=other_medical_jpy, currency=code, rate=parsed, rate_date=rate_date)


def current_quote(case_ref: str, *, currency: str | None = None, rate: str | Decimal | None = None,
                  rate_date: date | None = None, other_medical_jpy: int | None = None) -> QuoteResult:
    """The quote as it stands: recomputed from the facility, the fees and the itinerary; the
    currency, rate, rate date and the medical estimate of the last saved version unless given."""
    saved = quotes(case_ref)
    last = saved[0] if saved else None
    if currency is None and last is not None:
        currency, rate = last.currency, last.rate or None
        rate_date = rate_date or last.rate_date
    if other_medical_jpy is None and last is not None:
        other_medical_jpy = next((int(x["amount_jpy"]) for x in last.lines if x.get("variable")), None)
    return compute_quote(case_ref, currency=currency or YEN, rate=rate, rate_date=rate_date,
                         other_medical_jpy=other_medical_jpy)


def save_quote(case_ref: str, result: QuoteResult, user: str | None = None) -> Quote:
    """Keep `result` as the case's next quote version."""
    user = user or audit.current_user()
    other = result.total_other
    with store_errors(), write_transaction():
        case = get_case(case_ref)
        last = Quote.select(fn.MAX(Quote.revision)).where(Quote.case == case.id).scalar()
        row = Quote.create(case=case, revision=int(last or 0) + 1, lines=[x.to_json() for x in result.lines],
                           total_jpy=result.total_jpy, currency=result.currency,
                           rate="" if result.rate is None else str(result.rate), rate_date=result.rate_date,
                           total_other=None if other is None else other.minor, made_by=user)
        with audit.CaseChange(case, user) as change:
            change.create(row)
    return row


def quotes(case_ref: str) -> list[Quote]:
    """The case's saved quotes, newest version first."""
    with store_errors():
        case = get_case(case_ref)
        return list(Quote.select().where((Quote.case == case.id) & Quote.deleted_at.is_null())
                    .order_by(Quote.revision.desc()))


def quote_of(row: Quote) -> QuoteResult:
    """A saved quote version as the domain value."""
    return QuoteResult(tuple(QuoteLine.from_json(x) for x in row.lines), row.currency,
                       Decimal(row.rate) if row.rate else None, row.rate_date)


# -- bills --------------------------------------------------------------------------------------

def next_bill_number(kind: str, year: int) -> str:
    """A bill number no other seat or laptop can issue: the station's code in it, as in case
    numbers (store/station.py), one counter per year for every kind (inside the transaction)."""
    last = advance_counter(f"{COUNTER_PREFIX}bill-{year}", 1)
    return f"{BILL_PREFIX[kind]}-{year}-{station_code()}-{last:04d}"


def issue_bill(case_ref: str, kind: str, total_jpy: int, *, issued: date | None = None,
               due: date | None = None, lines: Sequence[QuoteLine] = (), currency: str = YEN,
               rate: str | Decimal | None = None, rate_date: date | None = None, notes: str = "",
               user: str | None = None) -> Bill:
    if kind not in BILL_KINDS:
        raise MoneyRefused("kind", "kind", f"unknown bill kind '{kind}' (one of {', '.join(BILL_KINDS)})")
    if not isinstance(total_jpy, int) or isinstance(total_jpy, bool) or total_jpy < 0:
        raise MoneyRefused("total_jpy", "amount", "the amount is a whole number of yen, 0 or more")
    code = _currency(currency)
    parsed = _rate(rate, code)
    issued = issued or date.today()
    if due is not None and due < issued:
        raise MoneyRefused("due", "due", "the due date is before the date issued")
    user = user or audit.current_user()
    with store_errors(), write_transaction():
        case = get_case(case_ref)
        row = Bill.create(case=case, kind=kind, number=next_bill_number(kind, issued.year), issued=issued,
                          due=due, lines=[x.to_json() for x in lines], total_jpy=total_jpy, currency=code,
                          rate="" if parsed is None else str(parsed), rate_date=rate_date, notes=notes,
                          issued_by=user)
        with audit.CaseChange(case, user) as change:
            change.create(row)
    return row


def bills(case_ref: str) -> list[Bill]:
    with store_errors():
        case = get_case(case_ref)
        return list(Bill.select().where((Bill.case == case.id) & Bill.deleted_at.is_null())
                    .order_by(Bill.issued, Bill.number))


# -- payments and refunds -----------------------------------------------------------------------

@dataclass(frozen=True)
class PaymentData:
    """A payment or refund as entered: `amount` in its own currency, `rate` its units per yen."""

    amount: Money
    received: date
    kind: str = PAYMENT
    rate: str | Decimal | None = None
    method: str = "bank_transfer"
    reference: str = ""
    bill: str | None = None


def record_payment(case_ref: str, data: PaymentData, user: str | None = None) -> Payment:
    """Record money received (or, kind refund, paid back), converted to yen at its rate."""
    if data.kind not in MOVE_KINDS:
        raise MoneyRefused("kind", "kind", f"unknown kind '{data.kind}' (payment or refund)")
    if data.amount.minor <= 0:
        raise MoneyRefused("amount", "amount", "the amount must be above zero")
    if data.method not in METHODS:
        raise MoneyRefused("method", "method",
                           f"unknown method '{data.method}' (one of {', '.join(METHODS)})")
    parsed = _rate(data.rate, data.amount.currency)
    yen = data.amount if parsed is None else to_yen(data.amount, parsed)
    user = user or audit.current_user()
    with store_errors(), write_transaction():
        case = get_case(case_ref)
        row = Payment.create(case=case, kind=data.kind, received=data.received,
                             amount_minor=data.amount.minor, currency=data.amount.currency,
                             rate="" if parsed is None else str(parsed),
                             amount_jpy=yen.minor, method=data.method, reference=data.reference.strip(),
                             bill=data.bill, recorded_by=user)
        with audit.CaseChange(case, user) as change:
            change.create(row)
    return row


def payments(case_ref: str) -> list[Payment]:
    with store_errors():
        case = get_case(case_ref)
        return list(Payment.select().where((Payment.case == case.id) & Payment.deleted_at.is_null())
                    .order_by(Payment.received, Payment.created))


def remove_money_record(case_ref: str, table: str, record_id: str, user: str | None = None) -> None:
    """Withdraw a bill, payment or quote version entered by mistake (a tombstone, audited)."""
    model: Any = {"bill": Bill, "payment": Payment, "quote": Quote}[table]
    user = user or audit.current_user()
    with store_errors(), write_transaction():
        case = get_case(case_ref)
        row = model.get_or_none((model.id == record_id) & (model.case == case.id)
                                & model.deleted_at.is_null())
        if row is None:
            raise MoneyRefused(table, "unknown", f"no {table} '{record_id}' in this case")
        with audit.CaseChange(case, user) as change:
            change.delete(row)


# -- balance and settlement ---------------------------------------------------------------------

def ledger_entries(case_ids: Collection[str] | None = None) -> dict[str, list[Entry]]:
    """Each case's live bills and payments as ledger entries (all cases when None): what the
    reports total into revenue and receivables."""
    found: dict[str, list[Entry]] = {}
    with store_errors():
        bill_q = Bill.select(Bill.case, Bill.kind, Bill.total_jpy, Bill.issued).where(
            Bill.deleted_at.is_null())
        pay_q = Payment.select(Payment.case, Payment.kind, Payment.amount_jpy, Payment.received).where(
            Payment.deleted_at.is_null())
        if case_ids is not None:
            bill_q = bill_q.where(Bill.case.in_(list(case_ids)))
            pay_q = pay_q.where(Payment.case.in_(list(case_ids)))
        rows: list[Any] = [*bill_q.tuples(), *pay_q.tuples()]
        for case_id, kind, amount, on in rows:
            found.setdefault(case_id, []).append(Entry(kind, int(amount), on))
    return found


def case_balance(case_ref: str) -> Balance:
    """The case's balance now: charged, received, refunded, what is due (money/ledger.py)."""
    with store_errors():
        case = get_case(case_ref)
    return balance(ledger_entries([case.id]).get(case.id, []))


def settle(case_ref: str, spent_jpy: int, *, issued: date | None = None, lines: Sequence[QuoteLine] = (),
           user: str | None = None) -> tuple[Bill, Settlement]:
    """Issue the final settlement for what was actually spent; says whether to refund or ask a
    top-up (and how much) against what the agency holds."""
    if not isinstance(spent_jpy, int) or isinstance(spent_jpy, bool) or spent_jpy < 0:
        raise MoneyRefused("spent_jpy", "amount", "what was spent is a whole number of yen, 0 or more")
    outcome = settlement(spent_jpy, case_balance(case_ref))
    bill = issue_bill(case_ref, SETTLEMENT, spent_jpy, issued=issued, lines=lines, user=user)
    return bill, outcome


__all__ = ["INVOICE", "MoneyRefused", "PaymentData", "case_balance", "compute_quote", "issue_bill",
           "list_fees", "record_payment", "remove_fee", "save_fee", "save_quote", "settle"]
