"""The guarantor's paperwork as printed: the dates of the stay each in its own row."""

from __future__ import annotations

import subprocess
from dataclasses import replace
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


def test_departure_report_prints_each_travellers_day_and_flight(tmp_path: Path) -> None:
    patient = replace(PATIENT, visa_number="V1234567", departed=date(2027, 5, 30), flight="MU 522")
    spouse = replace(SPOUSE, visa_number="V7654321", departed=date(2027, 6, 2), flight="CA 930")
    report = DepartureReport(GUARANTOR, "在上海日本国総領事館", (patient, spouse), "HD-2027-K7M-0042",
                             written=date(2027, 6, 3))
    lines = pdf_lines(render_departure_report(report, tmp_path / "report.pdf"))
    text = " ".join(lines)
    assert "在上海日本国総領事館 御中" in text and "報告日 2027年6月3日" in text
    assert "それぞれ下記の日に下記の便にて日本から出国しました" in text
    assert "WANG WEI 患者 1961年8月2日 中国 E12345678 V1234567" in lines
    assert "LI NA 配偶者 1963年2月11日 中国 E87654321 V7654321" in lines
    assert "WANG WEI 2027年5月30日 MU 522" in lines and "LI NA 2027年6月2日 CA 930" in lines
    assert "、、" not in text


# finding 9 ------------------------------------------------------------------------------------

def test_typed_text_is_printed_as_typed_not_read_as_markup(tmp_path: Path) -> None:
    guarantor = replace(GUARANTOR, address="1-2-3 <Bldg> Tokyo & Co")
    form = GuaranteeForm(guarantor, PATIENT, (), "群馬大学重粒子線医学センター", None, None, date(2027, 2, 1))
    text = " ".join(pdf_lines(render_guarantee_form(form, tmp_path / "form.pdf")))
    assert "1-2-3 <Bldg> Tokyo & Co" in text


def test_official_title_and_what_the_mofa_form_asks(tmp_path: Path) -> None:
    brother = Person("WANG LEI", "中国", date(1965, 1, 1), "男", "E1111111", "弟")
    form = GuaranteeForm(replace(GUARANTOR, representative="山田太郎"), PATIENT, (SPOUSE, brother),
                         "群馬大学重粒子線医学センター", date(2027, 4, 20), date(2027, 5, 30),
                         date(2027, 2, 1), inpatient=False, entries="multiple", treatment="重粒子線治療 16回")
    lines = pdf_lines(render_guarantee_form(form, tmp_path / "form.pdf"))
    text = " ".join(lines)
    assert "医療機関による受診等予定証明書及び身元保証機関による身元保証書" in text
    assert "入院の有無・期間 有（ 年 月 日〜 年 月 日）・無" in text
    assert row(lines, "入院予定") == "入院予定 無（外来で通院します）"
    assert row(lines, "申請する査証") == "申請する査証 □ 一次（１回限り） ■ 数次（治療予定表を添付）"
    assert row(lines, "治療予定") == "治療予定 重粒子線治療 16回"
    assert "代表者氏名 山田太郎 印" in text and "記入日 2027年2月1日" in text
    assert any("LI NA" in ln and "配偶者" in ln and "女" in ln for ln in lines)
    assert any("WANG LEI" in ln and "弟" in ln and "男" in ln for ln in lines)


def test_with_two_companions_the_signature_is_not_alone_on_page_two(tmp_path: Path) -> None:
    brother = Person("WANG LEI", "中国", date(1965, 1, 1), "男", "E1111111", "弟")
    form = GuaranteeForm(GUARANTOR, PATIENT, (SPOUSE, brother), "群馬大学重粒子線医学センター",
                         date(2027, 4, 20), date(2027, 5, 30), date(2027, 2, 1),
                         treatment="重粒子線治療 16回")
    out = render_guarantee_form(form, tmp_path / "form.pdf")
    pages = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    signed = next(p for p in pages if "代表者氏名" in p)
    assert "保証事項" in signed and "記入日" in signed
    assert len([p for p in pages if p.strip()]) == 1          # one sheet, as the official form


def test_a_patient_in_hospital_has_the_planned_days_and_the_visa_its_entries(tmp_path: Path) -> None:
    form = GuaranteeForm(GUARANTOR, PATIENT, (), "群馬大学重粒子線医学センター", date(2027, 4, 20),
                         date(2027, 5, 30), date(2027, 2, 1), inpatient=True,
                         hospitalisation=(date(2027, 4, 22), date(2027, 5, 27)))
    lines = pdf_lines(render_guarantee_form(form, tmp_path / "form.pdf"))
    assert row(lines, "入院予定") == "入院予定 有（2027年4月22日〜2027年5月27日の予定）"
    assert row(lines, "申請する査証") == "申請する査証 ■ 一次（１回限り） □ 数次（治療予定表を添付）"
    undated = replace(form, hospitalisation=None)
    lines = pdf_lines(render_guarantee_form(undated, tmp_path / "undated.pdf"))
    assert row(lines, "入院予定") == "入院予定 有（入院期間は医療機関が記入します）"
