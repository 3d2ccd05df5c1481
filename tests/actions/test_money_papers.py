"""The deposit request and the invoice as bilingual PDFs: their numbers, totals in yen and in
the patient's currency, what was received and what remains, read back with pdftotext."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.actions.money import MoneyRefused, PaymentData, current_quote, issue_bill, record_payment
from hirt_desk.actions.money_papers import write_bill_pdf
from hirt_desk.money import Money


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return unicodedata.normalize("NFKC", out.stdout)


@pytest.mark.sqlite_only
def test_deposit_request_and_invoice_read_back(database: Path, tmp_path: Path) -> None:
    case = create_case(PatientData("LI", "MING", "李明", nationality="CN"))
    quote = current_quote(case.id, currency="CNY", rate="0.048", other_medical_jpy=400_000)
    deposit = issue_bill(case.id, "deposit", 3_000_000, issued=date(2027, 3, 1), due=date(2027, 3, 15),
                         currency="CNY", rate="0.048", rate_date=date(2027, 3, 1))
    record_payment(case.id, PaymentData(Money.of("100000", "CNY"), date(2027, 3, 5), rate="0.048"))
    invoice = issue_bill(case.id, "invoice", quote.total_jpy, issued=date(2027, 4, 1), lines=quote.lines)

    assert write_bill_pdf(case.id, deposit.id, "zh-Hans", tmp_path / "deposit.pdf") == 1
    text = _text(tmp_path / "deposit.pdf")
    assert deposit.number in text and "前受金(デポジット)請求書" in text and "预付款请求" in text
    assert "3,000,000" in text and "144,000.00" in text                  # ¥3,000,000 at 0.048 CNY
    assert "支払期限" in text and "付款期限" in text
    assert "書類番号" in text and "单据编号" in text and case.number in text     # bill number, case number

    assert write_bill_pdf(case.id, invoice.id, "ko", tmp_path / "invoice.pdf") == 1
    text = _text(tmp_path / "invoice.pdf")
    assert invoice.number in text and "請求書" in text and "청구서" in text
    assert "5,365,000" in text and "3,140,000" in text                  # total, a facility line
    assert "2,083,333" in text and "3,281,667" in text                  # received; still to pay
    with pytest.raises(MoneyRefused):
        write_bill_pdf(case.id, "no-such-bill", "ko", tmp_path / "x.pdf")
