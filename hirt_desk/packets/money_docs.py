"""The money papers as packet content: the quote, the deposit request, the invoice and the
settlement, Japanese beside the patient's language, laid out by `packets.render` with the
packets' fonts and shaping. Plain values in (money/quote.py, money/ledger.py), no database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from hirt_desk.money.amount import YEN, Money, format_money
from hirt_desk.money.quote import ESTIMATE, FACILITY, FEE, ITINERARY, QuoteLine, QuoteResult
from hirt_desk.packets.content import (
    COST_ITEMS,
    JA,
    Block,
    Fields,
    Grid,
    Heading,
    Packet,
    Pair,
    Paragraphs,
    fmt_date,
)
from hirt_desk.packets.phrases import phrase

TITLES = {"quote": "Quote", "deposit": "Deposit request", "invoice": "Invoice", "settlement": "Settlement"}
FIXED_NOTE = "Heavy ion radiotherapy costs are fixed, regardless of the number of sessions."
ESTIMATE_NOTE = "Other medical services depend on the patient; the amount shown is an estimate."


@dataclass(frozen=True)
class Paper:
    """Who and what a money paper is about."""

    case_number: str
    patient_latin: str
    patient_native: str
    facility_ja: str
    facility_en: str
    reference: str                     # the bill's number, or the case number and quote version
    issued: date
    due: date | None = None
    received_jpy: int | None = None    # bills: what the agency holds (payments less refunds)
    notes: tuple[str, ...] = field(default=())


def _p(lang: str, text: str, **values: object) -> Pair:
    return Pair(phrase(JA, text, **values), phrase(lang, text, **values))


def _yen(amount: int, lang: str) -> Pair:
    money = Money(amount, YEN)
    return Pair(format_money(money, JA), format_money(money, lang))


def _label(line: QuoteLine) -> tuple[str, str]:
    return line.ja or line.en, line.en


def _line_label(line: QuoteLine, lang: str) -> Pair:
    if line.id in COST_ITEMS:
        return _p(lang, COST_ITEMS[line.id])
    ja, en = _label(line)
    return Pair(ja, en)


def _header(paper: Paper, lang: str, title: str) -> list[Block]:
    rows = [(_p(lang, "Patient"), Pair(f"{paper.patient_latin}\n{paper.patient_native}".strip(),
                                        f"{paper.patient_latin}\n{paper.patient_native}".strip())),
            (_p(lang, "Document number"), Pair(paper.reference, paper.reference)),
            (_p(lang, "Reference number"), Pair(paper.case_number, paper.case_number)),
            (_p(lang, "Date"), Pair(fmt_date(paper.issued, JA), fmt_date(paper.issued, lang))),
            (_p(lang, "Facility"), Pair(paper.facility_ja, paper.facility_en))]
    if paper.due is not None:
        rows.append((_p(lang, "Due by"), Pair(fmt_date(paper.due, JA), fmt_date(paper.due, lang))))
    return [Heading(_p(lang, title)), Fields(tuple(rows))]


def _other_total(total_jpy: int, currency: str, rate: Decimal | None, rate_date: date | None,
                 issued: date, lang: str) -> tuple[Pair, Pair] | None:
    if currency == YEN or rate is None:
        return None
    from hirt_desk.money.amount import from_yen
    other = from_yen(total_jpy, currency, rate)
    when = rate_date or issued
    label = Pair(phrase(JA, "Total in {currency} at {rate} per yen (rate of {date})", currency=currency,
                        rate=str(rate), date=fmt_date(when, JA)),
                 phrase(lang, "Total in {currency} at {rate} per yen (rate of {date})", currency=currency,
                        rate=str(rate), date=fmt_date(when, lang)))
    return label, Pair(format_money(other, JA), format_money(other, lang))


def _rows(lines: list[QuoteLine] | tuple[QuoteLine, ...], lang: str) -> tuple[tuple[Pair, ...], ...]:
    return tuple((_line_label(x, lang), _yen(x.amount_jpy, lang)) for x in lines)


def build_quote_paper(quote: QuoteResult, paper: Paper, lang: str) -> Packet:
    """The bilingual quote: facility costs, agency fees, travel and stay, totals, notes."""
    blocks = _header(paper, lang, "Quote")
    item, quantity, amount = _p(lang, "Item"), _p(lang, "Quantity"), _p(lang, "Amount")
    facility = [x for x in quote.lines if x.group in (FACILITY, ESTIMATE)]
    fees = [x for x in quote.lines if x.group == FEE]
    stay = [x for x in quote.lines if x.group == ITINERARY]
    if facility:
        blocks += [Heading(_p(lang, "Facility costs")),
                   Grid((item, amount), _rows(facility, lang))]
    if fees:
        count = tuple((_line_label(x, lang), Pair(str(x.quantity), str(x.quantity)), _yen(x.amount_jpy, lang))
                      for x in fees)
        blocks += [Heading(_p(lang, "Agency fees")), Grid((item, quantity, amount), count)]
    if stay:
        blocks += [Heading(_p(lang, "Travel and stay costs")),
                   Grid((item, amount), _rows(stay, lang))]
    totals = [(_p(lang, "Total"), _yen(quote.total_jpy, lang))]
    other = _other_total(quote.total_jpy, quote.currency, quote.rate, quote.rate_date, paper.issued, lang)
    if other:
        totals.append(other)
    blocks.append(Fields(tuple(totals)))
    notes = [_p(lang, FIXED_NOTE)] if facility else []
    if any(x.variable for x in quote.lines):
        notes.append(_p(lang, ESTIMATE_NOTE))
    notes += [Pair(n, n) for n in paper.notes]
    if notes:
        blocks.append(Paragraphs(tuple(notes), bullets=True))
    return Packet(lang, paper.case_number, paper.patient_latin, tuple(blocks), paper.issued)


def build_bill_paper(kind: str, total_jpy: int, lines: tuple[QuoteLine, ...], paper: Paper, lang: str, *,
                     currency: str = YEN, rate: Decimal | None = None,
                     rate_date: date | None = None) -> Packet:
    """A deposit request, an invoice or the settlement: its lines, its total, what was received
    and what remains (to pay, or to be refunded)."""
    blocks = _header(paper, lang, TITLES[kind])
    item, amount = _p(lang, "Item"), _p(lang, "Amount")
    rows = _rows(lines, lang) or (
        (_p(lang, TITLES[kind]), _yen(total_jpy, lang)),)
    blocks.append(Grid((item, amount), rows))
    totals = [(_p(lang, "Total"), _yen(total_jpy, lang))]
    other = _other_total(total_jpy, currency, rate, rate_date, paper.issued, lang)
    if other:
        totals.append(other)
    if paper.received_jpy is not None and kind != "deposit":
        remaining = total_jpy - paper.received_jpy
        totals.append((_p(lang, "Amount received"), _yen(paper.received_jpy, lang)))
        label = "Balance due" if remaining >= 0 else "To be refunded"
        totals.append((_p(lang, label), _yen(abs(remaining), lang)))
    blocks.append(Fields(tuple(totals)))
    if paper.notes:
        blocks.append(Paragraphs(tuple(Pair(n, n) for n in paper.notes), bullets=True))
    return Packet(lang, paper.case_number, paper.patient_latin, tuple(blocks), paper.issued)
