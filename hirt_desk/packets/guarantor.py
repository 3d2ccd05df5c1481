"""The guarantor's paperwork for the Visa for Medical Stay, in Japanese, as PDF:

- the combined MOFA form "certificate of scheduled treatment by the medical institution and
  letter of guarantee by the guarantor" (受診等予定証明書及び身元保証書): the hospital's part is
  left empty for the hospital, the guarantor's part is filled from the agency profile and the case;
- the departure report (出国報告書) the guarantor sends when the stay is over.

Content is plain data; `render_*` lays it out with reportlab in fonts from the resolver.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from hirt_desk.files import check_output, replace_into
from hirt_desk.packets.content import JA, fmt_date
from hirt_desk.packets.fonts import check_covers, font_for


@dataclass(frozen=True)
class Person:
    name: str                # as in the passport
    nationality: str         # country name in Japanese
    born: date | None
    sex: str
    passport: str
    relation: str = ""       # companions: relation to the patient, in Japanese
    visa_number: str = ""
    departed: date | None = None     # departure report: the day this traveller left Japan
    flight: str = ""                 # departure report: this traveller's own flight


@dataclass(frozen=True)
class Guarantor:
    name_ja: str
    name_en: str
    registration: str        # e.g. "登録区分B 第B-0123号"
    address: str
    phone: str
    helpline: str
    email: str
    coordinator: str
    representative: str = ""     # the agency's representative (代表者), who seals the form


@dataclass(frozen=True)
class GuaranteeForm:
    guarantor: Guarantor
    patient: Person
    companions: tuple[Person, ...]
    facility: str
    arrival: date | None
    departure: date | None
    written: date
    inpatient: bool = False                          # admitted to hospital (入院) or outpatient
    entries: str = "single"                          # visa asked for: single or multiple entry
    treatment: str = ""                              # the treatment schedule in words
    hospitalisation: tuple[date, date] | None = None  # inpatient: the planned days in hospital


@dataclass(frozen=True)
class DepartureReport:
    guarantor: Guarantor
    addressee: str                                   # embassy or consulate that issued the visas
    travellers: tuple[Person, ...]                   # each with the day and flight they left on
    case_number: str
    written: date
    notes: tuple[str, ...] = field(default=())


UNDERTAKINGS = (
    "患者の医療費等の支払能力を確認しました。",
    "上記の者が本来の滞在目的に沿って滞在し、許可された在留期間内に出国するよう責任をもって対応します。",
    "上記の者が出国したときは、速やかに報告します。",
    "治療計画に変更又は中止があったときは、速やかに報告します。",
    "同伴者は就労しないこと、及び患者の日常生活の世話をすることを確認しました。",
)


def _styles() -> dict[str, ParagraphStyle]:
    """Sizes that keep the whole form (hospital's part, guarantor, patient, two companions,
    undertakings, signature) on one A4 or Letter sheet, as the official form is."""
    ja = font_for("ja").name
    return {
        "title": ParagraphStyle("title", fontName=ja, fontSize=14, leading=18, alignment=TA_CENTER),
        "sub": ParagraphStyle("sub", fontName=ja, fontSize=7.5, leading=10, alignment=TA_CENTER,
                              textColor=colors.grey),
        "head": ParagraphStyle("head", fontName=ja, fontSize=10, leading=13, spaceBefore=5, spaceAfter=2),
        "body": ParagraphStyle("body", fontName=ja, fontSize=9, leading=12.5, wordWrap="CJK"),
        "cell": ParagraphStyle("cell", fontName=ja, fontSize=8.5, leading=10.5, wordWrap="CJK"),
    }


def text(value: str, st: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: anything typed (an address "1-2-3 <Bldg>", "&") printed as it
    is, never read as reportlab markup."""
    check_covers(font_for("ja"), value, "guarantor form")
    return Paragraph(escape(value).replace("\n", "<br/>"), st)


def _grid(rows: list[list[str]], widths: list[float], st: ParagraphStyle) -> Table:
    font = font_for("ja")
    table = Table([[text(c, st) for c in r] for r in rows], colWidths=widths)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font.name),     # tables default to (unembedded) Helvetica
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def _guarantor_rows(g: Guarantor) -> list[list[str]]:
    return [["身元保証機関名", f"{g.name_ja}（{g.name_en}）"], ["登録区分・番号", g.registration],
            ["所在地", g.address], ["電話番号", f"{g.phone}（24時間：{g.helpline}）"],
            ["電子メール", g.email], ["担当者", g.coordinator]]


def _person_rows(p: Person) -> list[list[str]]:
    return [["氏名（旅券表記）", p.name], ["国籍", p.nationality], ["生年月日", fmt_date(p.born, JA)],
            ["性別", p.sex], ["旅券番号", p.passport]]


TITLE = "医療機関による受診等予定証明書及び身元保証機関による身元保証書"
ENTRIES = {"single": "一次（１回限り）", "multiple": "数次（治療予定表を添付）"}


def _choice(options: dict[str, str], chosen: str) -> str:
    """The form's options, the one that applies ticked: "■ 一次（１回限り）　□ 数次（…）"."""
    return "　".join(f"{'■' if key == chosen else '□'} {label}" for key, label in options.items())


def _hospitalisation(form: GuaranteeForm) -> str:
    """Whether the patient is admitted, and for which days (as planned; the hospital confirms
    them in its part)."""
    if not form.inpatient:
        return "無（外来で通院します）"
    if form.hospitalisation is None:
        return "有（入院期間は医療機関が記入します）"
    first, last = form.hospitalisation
    return f"有（{fmt_date(first, JA)}〜{fmt_date(last, JA)}の予定）"


def render_guarantee_form(form: GuaranteeForm, out: Path, page_size: str = "a4") -> Path:
    st = _styles()
    wide = [40 * mm, 130 * mm]
    story: list[Flowable] = [
        text(TITLE, st["title"]),
        text("Certificate of Scheduled Treatment by the Medical Institution and Letter of Guarantee "
             "by the Guarantor (Visa for Medical Stay)", st["sub"]),
        Spacer(1, 2 * mm),
        text("１　医療機関記入欄（医療機関が記入します）", st["head"]),
        _grid([["医療機関名", ""], ["所在地・電話番号", ""], ["受診等予定内容", ""], ["受診等予定期間", ""],
               ["入院の有無・期間", "有（　　年　　月　　日〜　　年　　月　　日）・無"],
               ["担当医師・署名", ""]], wide, st["cell"]),
        text("２　身元保証機関", st["head"]),
        _grid(_guarantor_rows(form.guarantor), wide, st["cell"]),
        text("３　患者", st["head"]),
        _grid(_person_rows(form.patient), wide, st["cell"]),
        text("４　同伴者", st["head"]),
    ]
    if form.companions:
        rows = [["氏名（旅券表記）", "続柄", "性別", "国籍", "生年月日", "旅券番号"]] + [
            [c.name, c.relation, c.sex, c.nationality, fmt_date(c.born, JA), c.passport]
            for c in form.companions]
        story.append(_grid(rows, [46 * mm, 16 * mm, 12 * mm, 28 * mm, 36 * mm, 32 * mm], st["cell"]))
    else:
        story.append(text("なし", st["body"]))
    story += [
        text("５　来日予定", st["head"]),
        _grid([["受診予定医療機関", form.facility], ["入国予定日", fmt_date(form.arrival, JA)],
               ["出国予定日", fmt_date(form.departure, JA)],
               ["入院予定", _hospitalisation(form)],
               ["治療予定", form.treatment], ["申請する査証", _choice(ENTRIES, form.entries)]],
              wide, st["cell"]),
    ]
    closing: list[Flowable] = [
        text("６　保証事項", st["head"]),
        text("当機関は、上記の患者及び同伴者の身元保証機関として、次の事項を保証します。", st["body"]),
        *[text(f"（{i}）{line}", st["body"]) for i, line in enumerate(UNDERTAKINGS, start=1)],
        Spacer(1, 3 * mm),
        text(f"記入日　{fmt_date(form.written, JA)}", st["body"]),
        text(f"身元保証機関　{form.guarantor.name_ja}", st["body"]),
        text(f"代表者氏名　{form.guarantor.representative or '＿＿＿＿＿＿＿＿＿＿'}　　印", st["body"]),
        text(f"担当者　{form.guarantor.coordinator}　　署名　＿＿＿＿＿＿＿＿＿＿", st["body"]),
    ]
    story.append(KeepTogether(closing))        # the signature never alone on the next page
    return _build(story, out, TITLE, page_size)


def render_departure_report(report: DepartureReport, out: Path, page_size: str = "a4") -> Path:
    st = _styles()
    who = [["氏名（旅券表記）", "続柄", "生年月日", "国籍", "旅券番号", "査証番号"]] + [
        [p.name, p.relation or "患者", fmt_date(p.born, JA), p.nationality, p.passport, p.visa_number]
        for p in report.travellers]
    left = [["氏名（旅券表記）", "出国日", "便名"]] + [
        [p.name, fmt_date(p.departed, JA), p.flight or "（未記入）"] for p in report.travellers]
    story: list[Flowable] = [
        text("出国報告書", st["title"]),
        text("Departure report of patients and companions (Visa for Medical Stay)", st["sub"]),
        Spacer(1, 6 * mm),
        text(f"{report.addressee}　御中", st["body"]),
        Spacer(1, 3 * mm),
        text("当機関が身元保証機関となった下記の者は、それぞれ下記の日に下記の便にて日本から出国しましたので"
             "報告します。", st["body"]),
        text(f"受付番号：{report.case_number}", st["body"]),
        Spacer(1, 3 * mm),
        _grid(who, [44 * mm, 16 * mm, 32 * mm, 22 * mm, 28 * mm, 28 * mm], st["cell"]),
        Spacer(1, 3 * mm),
        _grid(left, [60 * mm, 55 * mm, 55 * mm], st["cell"]),
        *[text(n, st["body"]) for n in report.notes],
        text("身元保証機関", st["head"]),
        _grid(_guarantor_rows(report.guarantor), [40 * mm, 130 * mm], st["cell"]),
        Spacer(1, 6 * mm),
        text(f"報告日　{fmt_date(report.written, JA)}　　代表者氏名　"
             f"{report.guarantor.representative or '＿＿＿＿＿＿＿＿'}　印", st["body"]),
    ]
    return _build(story, out, "出国報告書", page_size)


def _build(story: list[Flowable], out: Path, title: str, page_size: str = "a4") -> Path:
    from hirt_desk.packets.render import PAGE_SIZES  # A4 or US Letter

    out = Path(out)
    check_output(out)
    tmp = out.with_name(f".{out.name}.tmp")
    doc = SimpleDocTemplate(str(tmp), pagesize=PAGE_SIZES[page_size], leftMargin=20 * mm,
                            rightMargin=20 * mm, topMargin=16 * mm, bottomMargin=16 * mm, title=title,
                            author="HIRT Desk")
    japanese = font_for("ja").name

    class EmbeddedOnly(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs["initialFontName"] = japanese   # not the default, unembedded Helvetica
            kwargs["lang"] = "ja"                    # the document's language (/Lang)
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]  # Canvas's own arguments, passed on
    try:
        doc.build(story, canvasmaker=EmbeddedOnly)
        replace_into(tmp, out)    # a half-written PDF never takes the place of a good one
    finally:
        with contextlib.suppress(OSError):     # e.g. its folder is not one: the error above says so
            tmp.unlink(missing_ok=True)
    return out
