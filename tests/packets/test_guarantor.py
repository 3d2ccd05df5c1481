"""The guarantor's paperwork as printed: the dates of the stay each in its own row."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from hirt_desk.packets.guarantor import (
    DepartureReport,
    GuaranteeForm,
    Guarantor,
    Person,
    render_departure_report,
    render_guarantee_form,
)

GUARANTOR = Guarantor("さくらメディカル", "Sakura Medical Coordination", "登録区分B　第B-0123号",
                      "東京都千代田区1-1", "03-1234-5678", "080-1234-5678", "desk@sakura.example",
                      "佐藤")
PATIENT = Person("WANG WEI", "中国", date(1961, 8, 2), "男", "E12345678")
SPOUSE = Person("LI NA", "中国", date(1963, 2, 11), "女", "E87654321", "配偶者")


def pdf_lines(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def row(lines: list[str], label: str) -> str:
    found = [line for line in lines if line.startswith(label)]
    assert len(found) == 1, (label, lines)
    return found[0]


def test_guarantee_form_prints_arrival_and_departure_in_their_rows(tmp_path: Path) -> None:
    form = GuaranteeForm(GUARANTOR, PATIENT, (SPOUSE,), "群馬大学重粒子線医学センター",
                         arrival=date(2027, 4, 20), departure=date(2027, 5, 30), written=date(2027, 2, 1))
    lines = pdf_lines(render_guarantee_form(form, tmp_path / "form.pdf"))
    assert row(lines, "入国予定日") == "入国予定日 2027年4月20日"
    assert row(lines, "出国予定日") == "出国予定日 2027年5月30日"
    assert row(lines, "受診予定医療機関") == "受診予定医療機関 群馬大学重粒子線医学センター"
    assert row(lines, "記入日") == "記入日 2027年2月1日"
    assert row(lines, "生年月日") == "生年月日 1961年8月2日"


def test_guarantee_form_without_flights_leaves_the_dates_empty(tmp_path: Path) -> None:
    form = GuaranteeForm(GUARANTOR, PATIENT, (), "群馬大学重粒子線医学センター", arrival=None,
                         departure=None, written=date(2027, 2, 1))
    lines = pdf_lines(render_guarantee_form(form, tmp_path / "form.pdf"))
    assert row(lines, "入国予定日") == "入国予定日"
    assert row(lines, "出国予定日") == "出国予定日"
    assert "なし" in lines                                       # no companions


def test_departure_report_prints_the_day_and_flight(tmp_path: Path) -> None:
    report = DepartureReport(GUARANTOR, "在上海日本国総領事館", (PATIENT, SPOUSE), date(2027, 5, 30),
                             "MU 522", "HD-2027-K7M-0042", written=date(2027, 6, 1))
    text = " ".join(pdf_lines(render_departure_report(report, tmp_path / "report.pdf")))
    assert "2027年5月30日、MU 522にて日本から出国しました" in text
    assert "報告日 2027年6月1日" in text
