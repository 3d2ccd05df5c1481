"""A case's quote from plain values: the facility's cost table, the agency's fees counted from
the itinerary, the costs typed into itinerary items, and the coordinator's estimate of the
"other medical services" (the one variable line). Totals in yen; in the patient's currency at
the rate the coordinator entered (units per yen), converted once, on the total.

The facility's costs are fixed whatever the number of sessions (GHMC): sessions are not an
input here at all. Agency fees count: per_day, the calendar days covered by interpreter items;
per_night, the nights of accommodation items; per_person, the travellers; per_trip, transfer
items; fixed, once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from hirt_desk.money.amount import YEN, Money, from_yen, parse_rate

BASES = ("fixed", "per_day", "per_night", "per_person", "per_trip")
FACILITY, FEE, ITINERARY, ESTIMATE = "facility", "fee", "itinerary", "estimate"
OTHER_MEDICAL = "medical_services"          # the facility's variable line's id


@dataclass(frozen=True)
class FeeData:
    """A fee of the agency's schedule (store.models.Fee as a plain value)."""

    id: str
    name_en: str
    name_ja: str
    basis: str
    amount_jpy: int


@dataclass(frozen=True)
class StayItem:
    """What the quote reads of an itinerary item."""

    id: str
    kind: str
    starts: datetime
    ends: datetime | None = None
    title: str = ""
    cost_yen: int | None = None


@dataclass(frozen=True)
class Counts:
    """What per-unit fees are counted in, from the itinerary and the travellers."""

    days: int = 0          # interpreting days
    nights: int = 0
    persons: int = 1
    trips: int = 0

    def of(self, basis: str) -> int:
        return {"fixed": 1, "per_day": self.days, "per_night": self.nights,
                "per_person": self.persons, "per_trip": self.trips}[basis]


def count(items: Iterable[StayItem], travellers: int) -> Counts:
    """Interpreting days (distinct calendar days an interpreter item covers), nights of
    accommodation, transfers, and the travellers (the patient and companions)."""
    days: set[date] = set()
    nights = trips = 0
    for item in items:
        end = (item.ends or item.starts).date()
        if item.kind == "interpreter":
            day = item.starts.date()
            while day <= end:
                days.add(day)
                day += timedelta(days=1)
        elif item.kind == "accommodation":
            nights += max(0, (end - item.starts.date()).days)
        elif item.kind == "transfer":
            trips += 1
    return Counts(len(days), nights, max(1, travellers), trips)


@dataclass(frozen=True)
class QuoteLine:
    id: str
    en: str
    ja: str
    amount_jpy: int
    group: str
    variable: bool = False
    quantity: int = 1
    unit_jpy: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "en": self.en, "ja": self.ja, "amount_jpy": self.amount_jpy,
                "group": self.group, "variable": self.variable, "quantity": self.quantity,
                "unit_jpy": self.unit_jpy}

    @classmethod
    def from_json(cls, row: Mapping[str, Any]) -> QuoteLine:
        return cls(str(row["id"]), str(row["en"]), str(row.get("ja", "")), int(row["amount_jpy"]),
                   str(row.get("group", "")), bool(row.get("variable")), int(row.get("quantity", 1)),
                   None if row.get("unit_jpy") is None else int(row["unit_jpy"]))


@dataclass(frozen=True)
class QuoteResult:
    lines: tuple[QuoteLine, ...]
    currency: str = YEN
    rate: Decimal | None = None
    rate_date: date | None = None
    counts: Counts = field(default_factory=Counts)

    @property
    def total_jpy(self) -> int:
        return sum(line.amount_jpy for line in self.lines)

    def group_total(self, group: str) -> int:
        return sum(line.amount_jpy for line in self.lines if line.group == group)

    @property
    def total_other(self) -> Money | None:
        """The total in the patient's currency (None: no rate given, or yen)."""
        if self.currency == YEN:
            return Money(self.total_jpy, YEN)
        if self.rate is None:
            return None
        return from_yen(self.total_jpy, self.currency, self.rate)


def build_quote(facility_costs: Mapping[str, Any] | None, fees: Sequence[FeeData],
                items: Sequence[StayItem], travellers: int, *, other_medical_jpy: int | None = None,
                currency: str = YEN, rate: Decimal | str | None = None,
                rate_date: date | None = None) -> QuoteResult:
    """The quote's lines: facility costs (the cost table's fixed items, then the variable line
    with the estimate, 0 when none), agency fees, then the itinerary's costed items."""
    if other_medical_jpy is not None and other_medical_jpy < 0:
        raise ValueError("the estimate cannot be negative")
    counts = count(items, travellers)
    lines: list[QuoteLine] = []
    has_variable = False
    for cost in (facility_costs or {}).get("items", []):
        if cost.get("variable"):
            has_variable = True
            lines.append(QuoteLine(str(cost["id"]), str(cost["en"]), str(cost.get("ja", "")),
                                   other_medical_jpy or 0, ESTIMATE, variable=True))
        else:
            lines.append(QuoteLine(str(cost["id"]), str(cost["en"]), str(cost.get("ja", "")),
                                   int(cost["amount"]), FACILITY))
    if not has_variable:
        lines.append(QuoteLine(OTHER_MEDICAL, "Other medical services (estimate)", "その他の医療費（見込み）",
                               other_medical_jpy or 0, ESTIMATE, variable=True))
    for fee in fees:
        if fee.basis not in BASES:
            raise ValueError(f"unknown fee basis '{fee.basis}'")
        n = counts.of(fee.basis)
        if n:
            lines.append(QuoteLine(f"fee:{fee.id}", fee.name_en, fee.name_ja, fee.amount_jpy * n, FEE,
                                   quantity=n, unit_jpy=fee.amount_jpy))
    for item in sorted(items, key=lambda i: (i.starts, i.id)):
        if item.cost_yen:
            lines.append(QuoteLine(f"item:{item.id}", item.title or item.kind, item.title or item.kind,
                                   int(item.cost_yen), ITINERARY))
    parsed = None if rate is None or rate == "" else parse_rate(rate)
    cur = currency.strip().upper() or YEN
    if cur != YEN:
        Money(0, cur)            # an unknown currency is refused here
    return QuoteResult(tuple(lines), cur, parsed, rate_date, counts)
