"""A case's balance and its settlement: refund or top-up against what was actually spent."""

from __future__ import annotations

from datetime import date

from hirt_desk.money import Entry, balance, settlement


def test_balance_counts_invoices_payments_and_refunds() -> None:
    b = balance([Entry("deposit", 3_000_000), Entry("payment", 2_500_000), Entry("invoice", 5_400_000)])
    assert (b.charged_jpy, b.requested_jpy, b.received_jpy, b.refunded_jpy) == (
        5_400_000, 3_000_000, 2_500_000, 0)
    assert b.due_jpy == 2_900_000
    assert b.deposit_outstanding_jpy == 500_000
    assert balance([]).due_jpy == 0
    assert balance([Entry("payment", 100), Entry("refund", 30)]).due_jpy == -70     # held for the patient


def test_settlement_with_refund() -> None:
    held = balance([Entry("payment", 6_000_000)])
    s = settlement(5_650_000, held)
    assert (s.action, s.amount_jpy) == ("refund", 350_000)
    after = balance([Entry("payment", 6_000_000), Entry("settlement", 5_650_000, date(2027, 6, 1)),
                     Entry("refund", 350_000)])
    assert after.due_jpy == 0 and after.settled


def test_settlement_with_top_up() -> None:
    held = balance([Entry("payment", 5_000_000), Entry("invoice", 5_500_000)])
    s = settlement(5_820_000, held)
    assert (s.action, s.amount_jpy) == ("top_up", 820_000)
    # the settlement replaces the invoices as the charge
    after = balance([Entry("payment", 5_000_000), Entry("invoice", 5_500_000),
                     Entry("settlement", 5_820_000, date(2027, 6, 1))])
    assert after.charged_jpy == 5_820_000 and after.due_jpy == 820_000
    assert settlement(5_000_000, held).action == "settled"
