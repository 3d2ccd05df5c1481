"""The case's current quote, and the bilingual papers: the quote, deposit request, invoice and
settlement as PDFs (Japanese beside the patient's language), through the packet renderer."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from hirt_desk.actions.agency import load_agency
from hirt_desk.actions.cases import get_case
from hirt_desk.actions.money import MoneyRefused, case_balance, current_quote, quotes
from hirt_desk.money.quote import QuoteLine, QuoteResult
from hirt_desk.packets.content import Packet
from hirt_desk.packets.money_docs import TITLES, Paper, build_bill_paper, build_quote_paper
from hirt_desk.packets.phrases import LANGUAGES, UntranslatedPhrase
from hirt_desk.packets.render import render_packet
from hirt_desk.store.database import store_errors
from hirt_desk.store.models import Bill, Case


def _paper(case: Case, reference: str, issued: date, due: date | None = None,
           received_jpy: int | None = None) -> Paper:
    return Paper(case.number, case.patient.name_latin, case.patient.name_native, case.facility.name_ja,
                 case.facility.name_en, reference, issued, due, received_jpy)


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise UntranslatedPhrase(f"unknown language '{lang}' (one of {', '.join(LANGUAGES)})")


def _author() -> str:
    agency = asdict(load_agency())
    return str(agency.get("name_en") or agency.get("name_ja") or "")


@dataclass(frozen=True)
class Prepared:
    """A money paper gathered from the database, ready to be laid out with no database (so a
    window can render it on its background thread)."""

    packet: Packet
    author: str
    subject: str

    def render(self, out: Path) -> int:
        return render_packet(self.packet, Path(out), author=self.author, subject=self.subject)


def prepare_quote(case_ref: str, lang: str, quote: QuoteResult | None = None,
                  today: date | None = None) -> Prepared:
    """The bilingual quote of the case (its current quote unless one is given)."""
    _check_lang(lang)
    quote = quote or current_quote(case_ref)
    with store_errors():
        case = get_case(case_ref)
        saved = quotes(case.id)
        reference = f"{case.number} / Q{saved[0].revision}" if saved else case.number
        paper = _paper(case, reference, today or date.today())
        author = _author()
    return Prepared(build_quote_paper(quote, paper, lang), author, "Quote")


def prepare_bill(case_ref: str, bill_id: str, lang: str) -> Prepared:
    """The bilingual deposit request, invoice or settlement `bill_id`."""
    _check_lang(lang)
    with store_errors():
        case = get_case(case_ref)
        bill = Bill.get_or_none((Bill.id == bill_id) & (Bill.case == case.id) & Bill.deleted_at.is_null())
        if bill is None:
            raise MoneyRefused("bill", "unknown", f"no bill '{bill_id}' in this case")
        held = case_balance(case.id).held_jpy
        paper = _paper(case, bill.number, bill.issued, bill.due, held)
        author = _author()
    lines = tuple(QuoteLine.from_json(x) for x in bill.lines)
    packet = build_bill_paper(bill.kind, int(bill.total_jpy), lines, paper, lang, currency=bill.currency,
                              rate=Decimal(bill.rate) if bill.rate else None, rate_date=bill.rate_date)
    return Prepared(packet, author, TITLES[bill.kind])


def write_quote_pdf(case_ref: str, lang: str, out: Path, quote: QuoteResult | None = None,
                    today: date | None = None) -> int:
    """Write the bilingual quote; its page count."""
    return prepare_quote(case_ref, lang, quote, today).render(out)


def write_bill_pdf(case_ref: str, bill_id: str, lang: str, out: Path) -> int:
    """Write the bilingual deposit request, invoice or settlement; its page count."""
    return prepare_bill(case_ref, bill_id, lang).render(out)
