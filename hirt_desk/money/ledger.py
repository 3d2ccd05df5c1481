"""A case's ledger: what was charged, received and refunded, and what is still due.

Plain values in, plain values out, in yen (integers). Bills are deposit requests (asking money
in advance: no charge), invoices (charges) and the final settlement (what was actually spent:
once there is one, it is the charge, replacing the invoices before it). Money moves are
payments received and refunds paid out, each already converted to yen at its own rate.
The reports read receivables and revenue from the same function.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

DEPOSIT, INVOICE, SETTLEMENT = "deposit", "invoice", "settlement"
BILL_KINDS = (DEPOSIT, INVOICE, SETTLEMENT)
PAYMENT, REFUND = "payment", "refund"
MOVE_KINDS = (PAYMENT, REFUND)


@dataclass(frozen=True)
class Entry:
    """One bill or one money move, in yen: `kind` one of BILL_KINDS or MOVE_KINDS."""

    kind: str
    amount_jpy: int
    on: date | None = None


@dataclass(frozen=True)
class Balance:
    """`due_jpy` > 0: the patient owes that (a top-up); < 0: the agency owes it back (a refund)."""

    charged_jpy: int
    requested_jpy: int          # deposits asked for (not charges)
    received_jpy: int
    refunded_jpy: int
    settled: bool               # a settlement fixed the charge

    @property
    def held_jpy(self) -> int:
        """What the agency holds of the patient's money."""
        return self.received_jpy - self.refunded_jpy

    @property
    def due_jpy(self) -> int:
        return self.charged_jpy - self.held_jpy

    @property
    def deposit_outstanding_jpy(self) -> int:
        """Deposits asked for and not yet received (never below zero)."""
        return max(0, self.requested_jpy - self.held_jpy)


def balance(entries: Iterable[Entry]) -> Balance:
    """The balance of a case's live bills and money moves (tombstones left out by the caller).
    The latest settlement (by date, then order given) is the charge when there is one."""
    charged = requested = received = refunded = 0
    final: Entry | None = None
    for e in entries:
        if e.kind == INVOICE:
            charged += e.amount_jpy
        elif e.kind == DEPOSIT:
            requested += e.amount_jpy
        elif e.kind == SETTLEMENT:
            if final is None or (e.on or date.min) >= (final.on or date.min):
                final = e
        elif e.kind == PAYMENT:
            received += e.amount_jpy
        elif e.kind == REFUND:
            refunded += e.amount_jpy
        else:
            raise ValueError(f"unknown ledger entry kind '{e.kind}'")
    if final is not None:
        charged = final.amount_jpy
    return Balance(charged, requested, received, refunded, final is not None)


@dataclass(frozen=True)
class Settlement:
    """The final account: `spent_jpy` against what the agency holds; `action` is "refund"
    (pay back `amount_jpy`), "top_up" (ask `amount_jpy` more) or "settled" (nothing)."""

    spent_jpy: int
    held_jpy: int
    action: str
    amount_jpy: int


def settlement(spent_jpy: int, current: Balance) -> Settlement:
    """Settle against what was actually spent."""
    if spent_jpy < 0:
        raise ValueError("what was spent cannot be negative")
    diff = spent_jpy - current.held_jpy
    action = "top_up" if diff > 0 else "refund" if diff < 0 else "settled"
    return Settlement(spent_jpy, current.held_jpy, action, abs(diff))
