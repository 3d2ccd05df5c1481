"""The tracker's "Packets" findings 3 to 8 on the printed packet: counts in each language's
plural forms, the emergency wording, an itinerary travellers can follow, a calendar that marks
holidays and closures, and the reviewed translations (text read back through pdftotext)."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest

from hirt_desk.actions.packets import render_packet_input
from hirt_desk.facilities import facility_profile
from hirt_desk.packets.content import (
    CHECK,
    HOLIDAY,
    SESSION,
    WEEKEND,
    Fields,
    Grid,
    MonthGrid,
    PacketInput,
    Paragraphs,
    StayItem,
    Traveller,
    build_packet,
)
from hirt_desk.packets.phrases import LANGUAGES, catalog, phrase
from hirt_desk.planning.calendar import FacilityCalendar, plan_sessions

GHMC = facility_profile("ghmc")
AGENCY = {"name_en": "Maebashi Medical Bridge Co., Ltd.", "name_ja": "前橋メディカルブリッジ株式会社",
          "helpline": "+81-80-1234-5678"}


def case(n: int, extra: tuple[date, ...] = ()) -> PacketInput:
    """A Thai patient and his wife, Bangkok to Narita overnight, n sessions as GHMC plans them."""
    sessions = list(plan_sessions(date(2027, 4, 26), n, FacilityCalendar.from_profile(GHMC)).sessions)
    sessions = sorted({*sessions, *extra})
    both = ("SRISUK SOMCHAI", "SRISUK MALEE")
    items = [
        StayItem("flight", datetime(2027, 4, 21, 23, 45), datetime(2027, 4, 22, 8, 0), "Night flight", "NRT",
                 "K7Q2LM", reference="TG676", start_tz="Asia/Bangkok", place_from="BKK", travellers=both),
        StayItem("accommodation", datetime(2027, 4, 22, 15, 0), datetime(2027, 6, 3, 10, 0), "Near GHMC",
                 "Maebashi", "H-55", reference="Hotel Maebashi", travellers=both),
        StayItem("phone_rental", datetime(2027, 4, 22, 9, 0), datetime(2027, 6, 3, 9, 0), "Pocket Wi-Fi",
                 "NRT", "", travellers=("SRISUK SOMCHAI",)),
        *(StayItem("session", datetime.combine(d, datetime.min.time()).replace(hour=10),
                   datetime.combine(d, datetime.min.time()).replace(hour=11), f"{i}/{len(sessions)}", "GHMC",
                   "", travellers=("SRISUK SOMCHAI",)) for i, d in enumerate(sessions, start=1)),
    ]
    return PacketInput("HD-2027-K7M-0042", Traveller("SRISUK SOMCHAI", "", date(1958, 3, 14), "AA1234567"),
                       [Traveller("SRISUK MALEE", "", date(1960, 5, 2), "AA7654321", "spouse")], GHMC, AGENCY,
                       items, sessions, [("SRISUK SOMCHAI", "medical_stay", ("passport", "photo"))],
                       generated=date(2027, 3, 1), coordinator="Sato Hanako")


def pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)


def fields(packet, label_ja: str) -> str:  # type: ignore[no-untyped-def]
    for block in packet.blocks:
        if isinstance(block, Fields):
            for label, value in block.rows:
                if label.ja == label_ja:
                    return f"{value.ja}\n{value.other}"
    raise AssertionError(label_ja)


# finding 3 ------------------------------------------------------------------------------------

COUNT = {"ru": {4: "4 сеанса облучения", 12: "12 сеансов облучения", 16: "16 сеансов облучения"},
         "ar": {4: "4 جلسات", 12: "12 جلسة", 16: "16 جلسة"},
         "ko": {4: "4회", 12: "12회", 16: "16회"}, "zh-Hans": {4: "4次", 12: "12次", 16: "16次"},
         "zh-Hant": {4: "4次", 12: "12次", 16: "16次"}, "ja": {4: "4回", 12: "12回", 16: "16回"},
         "th": {4: "4 ครั้ง", 12: "12 ครั้ง", 16: "16 ครั้ง"}, "mn": {4: "4 удаа", 12: "12 удаа", 16: "16 удаа"},
         "vi": {4: "4 lần chiếu xạ", 12: "12 lần chiếu xạ", 16: "16 lần chiếu xạ"},
         "id": {4: "4 kali penyinaran", 12: "12 kali penyinaran", 16: "16 kali penyinaran"},
         "en": {4: "4 treatment sessions", 12: "12 treatment sessions", 16: "16 treatment sessions"}}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("n", [4, 12, 16])
def test_the_session_count_is_labelled_and_in_the_languages_plural(lang: str, n: int) -> None:
    value = fields(build_packet(case(n), lang), "照射回数")
    assert value.split("\n") == [f"{n}回", COUNT[lang][n]] or (lang == "ja" and value == f"{n}回\n{n}回")
    assert f"{n} 회" not in value and f"{n} 次" not in value and "фракций" not in value


@pytest.mark.parametrize("lang", ["ru", "ar", "ko", "zh-Hans", "mn"])
def test_the_printed_packet_has_the_count_and_no_space_before_counters(lang: str, tmp_path: Path) -> None:
    out = tmp_path / f"{lang}.pdf"
    render_packet_input(case(16), lang, out)
    text = pdf_text(out)
    flat = " ".join(text.split())
    if lang == "ar":          # drawn right to left: read back either way round
        assert "16" in flat and ("جلسة" in flat or "ةسلج" in flat) and "جلسات 16" not in flat
    else:
        assert COUNT[lang][16] in flat
    assert "16 회" not in flat and "16 次" not in flat and "16 фракций" not in flat
    assert "16回" in flat and "4週間で16回" in flat           # the standard course, stated


def test_standard_courses_are_stated_in_each_language() -> None:
    value = fields(build_packet(case(4), "ru"), "標準的な治療期間")
    assert "4週間で16回\n3週間で12回\n1週間で4回" in value
    assert "16 сеансов облучения за 4 недели" in value and "4 сеанса облучения за 1 неделю" in value
    ar = fields(build_packet(case(4), "ar"), "標準的な治療期間")
    assert "16 جلسة خلال 4 أسابيع" in ar and "4 جلسات خلال أسبوع واحد" in ar


# finding 4 ------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_emergencies_go_to_119_first_and_the_rest_to_the_helpline(lang: str) -> None:
    notes = [p for b in build_packet(case(4), lang).blocks if isinstance(b, Paragraphs) for p in b.items]
    first = next(p for p in notes if "119" in p.ja)
    assert first.ja == "火事・急病・けがなど緊急時はまず119番（警察110番）へ。それ以外は24時間対応窓口へ。"
    assert "119" in first.other and "110" in first.other
    opening = first.other.split("24")[0] if lang == "th" else re.split(r"[.。]", first.other)[0]
    assert "119" in opening                     # 119 first; the helpline for everything else after
    body = " ".join(catalog(lang).values()) if lang != "en" else ""
    assert "まず24時間" not in body and "anything you need" not in body


# finding 5 ------------------------------------------------------------------------------------

def itinerary(lang: str) -> list[tuple[str, ...]]:
    grid = next(b for b in build_packet(case(4), lang).blocks if isinstance(b, Grid))
    return [tuple(f"{c.ja}\n{c.other}" for c in row) for row in grid.rows]


def test_flights_print_their_number_both_clocks_and_who_flies() -> None:
    flight = itinerary("ru")[0]
    day, time, what, where, who = flight
    assert "TG676" in what and "K7Q2LM" in what
    assert "23:45 (Таиланд, UTC+7)" in time and "08:00 (Япония, UTC+9)" in time
    assert "23:45（タイ、UTC+7）" in time and "08:00（日本、UTC+9）" in time
    assert "2027年4月21日〜\n2027年4月22日" in day
    assert where.startswith("BKK → NRT")
    # one traveller a line: a name list never breaks inside a name nor reorders in Arabic
    assert who.split("\n")[:2] == ["SRISUK SOMCHAI", "SRISUK MALEE"]


def test_hotel_check_in_and_out_and_the_end_of_multi_day_items() -> None:
    rows = itinerary("ko")
    hotel = next(r for r in rows if "宿泊" in r[2])
    assert "2027年6月3日" in hotel[0] and "チェックイン 15:00" in hotel[1] and "체크아웃 10:00" in hotel[1]
    assert "Hotel Maebashi" in hotel[2] and "예약 번호: H-55" in hotel[2]
    phone = next(r for r in rows if "携帯電話レンタル" in r[2])
    assert "2027年6月3日まで" in phone[2] and phone[4].startswith("SRISUK SOMCHAI\n")


def test_japanese_only_itinerary_uses_the_kinds_label_with_the_free_text_as_a_detail() -> None:
    rows = itinerary("ja")
    flight, hotel = rows[0], next(r for r in rows if "Near GHMC" in r[2])
    assert flight[2].split("\n")[0] == "航空便 TG676" and "Night flight" in flight[2].split("\n")[1:]
    assert hotel[2].split("\n")[0] == "宿泊"


# finding 6 ------------------------------------------------------------------------------------

def test_calendar_marks_weekends_holidays_and_a_hand_added_saturday_session() -> None:
    saturday, holiday = date(2027, 5, 1), date(2027, 5, 3)          # 3 May: Constitution Day
    packet = build_packet(case(12, extra=(saturday, holiday)), "th")
    may = next(b for b in packet.blocks if isinstance(b, MonthGrid) and b.month == 5)
    assert may.marks[saturday] == CHECK and may.marks[holiday] == CHECK
    assert may.marks[date(2027, 5, 4)] == HOLIDAY and may.marks[date(2027, 5, 8)] == WEEKEND
    assert may.marks[date(2027, 5, 6)] == SESSION
    assert [label.ja for _mark, label in may.legend] == ["照射日", "土曜・日曜", "祝日", "休診日", "要確認"]
    notes = [p for b in packet.blocks if isinstance(b, Paragraphs) for p in b.items if "要確認" in p.ja
             or "通常は照射を行わない日" in p.ja]
    assert len(notes) == 2 and "2027年5月1日土曜日" in notes[0].ja and "พ.ศ. 2570" in notes[0].other


def test_the_printed_calendar_has_its_legend_and_the_warning(tmp_path: Path) -> None:
    out = tmp_path / "ja.pdf"
    render_packet_input(case(4, extra=(date(2027, 5, 1),)), "ja", out)
    text = pdf_text(out)
    for words in ("照射日", "土曜・日曜", "祝日", "休診日", "要確認", "1!", "通常は照射を行わない日"):
        assert words in text, words


# finding 8 ------------------------------------------------------------------------------------

REVIEWED = {
    "ja": ["受付番号", "医療コーディネート会社", "受診（診察・検査）", "日本滞在期間",
           "病理診断報告書（求められた場合は病理標本〈スライド〉も）", "作成者"],
    "ru": ["Номер обращения", "Виза для пребывания с целью лечения", "сеансов облучения",
           "зависит от состояния пациента", "Участники поездки"],
    "mn": ["Бүртгэлийн дугаар", "гал унтраах алба", "шаардвал", "биеийн байдлаас", "Зорчигчид"],
    "ko": ["공항 픽업·이동", "접수 번호", "작성자", "갑작스러운 질병"],
    "zh-Hans": ["医疗签证（医疗滞在签证）", "受理编号", "经办人"], "zh-Hant": ["承辦人"],
    "id": ["kali penyinaran", "Peserta perjalanan"],
    "ar": ["جهة تنسيق الرعاية الطبية", "تقارير التشريح المرضي", "إعداد"],
    "vi": ["Quý vị", "tình trạng bệnh nhân"], "th": ["อาการของผู้ป่วย"],
}
# the third review (a medical translator, for patients, polite register): the medical record is
# the patient's history (mn өвчний түүх), consent is informed consent, the patient is addressed
# respectfully (th ท่าน), a hotel's check-in is an arrival, not a log-in (ar), an estimate is
# provisional (mn урьдчилсан), the facility is the medical one throughout (id, ar)
REVIEWED["mn"] += ["Өвчний түүх", "мэдээлэлд үндэслэсэн зөвшөөрлийн", "урьдчилсан тооцоо",
                   "Захиргааны зардал", "Гар утасны түрээс", "(COE)"]
REVIEWED["th"] += ["เหมาะสมกับท่าน", "ท่านจะลงนาม", "ข้อมูลติดต่อ", "วันปิดทำการของสถานพยาบาล"]
REVIEWED["id"] += ["persetujuan tindakan medis", "Alamat fasilitas medis", "setelah masa tinggal berakhir"]
REVIEWED["ar"] += ["تسجيل الوصول", "عنوان المنشأة الطبية", "بعد انتهاء الإقامة", "شهادة الأهلية (COE)"]
# the second review: who prepared the packet is a person (作成者, not 作成 "made"; 经办人, not
# 编制 "compiled"), 급병 is Japanese, not Korean; a cost depends on the patient's condition
GONE = {"ja": ["症例番号", "医療コーディネーター\n"], "ru": ["фракций", "Номер дела", "Медицинская виза"],
        "mn": ["Хэргийн дугаар", "гал түймэр", "хүсвэл"], "ko": ["송영", "사례 번호", "급병"],
        "zh-Hans": ["病例编号", "编制"], "zh-Hant": ["編製"], "id": ["fraksi", "Pelaku"],
        "ar": ["منسق الرعاية الطبية\n", "تقارير علم الأمراض", "أعده"],
        "vi": ["bạn"], "th": ["ขึ้นอยู่กับผู้ป่วย"]}
REVIEWED["ru"] += ["после окончания пребывания", "повседневными делами", "(COE)"]
REVIEWED["vi"] += ["Hoạt động đặc định", "Thị thực lưu trú điều trị y tế", "Buổi chiếu xạ"]
REVIEWED["ko"] += ["서명하시게 됩니다", "비자 신청서"]
GONE["mn"] += ["Ууж буй", "Удирдлагын зардал", "тээвэр"]
GONE["ru"] += ["Плата за консультации оплачивается", "бытом"]
GONE["vi"] += ["Buổi xạ trị", "Hoạt động chỉ định"]
GONE["ko"] += ["사증 신청서"]
GONE["th"] += ["กับคุณ", "คุณจะลงนาม"]
GONE["id"] += ["yang sedang diminum"]
GONE["ar"] += ["تسجيل الدخول", "أُنشئ في"]


@pytest.mark.parametrize("lang", sorted(REVIEWED))
def test_reviewed_wording_in_the_catalogs(lang: str) -> None:
    from babel.messages.pofile import read_po

    from hirt_desk.packets.phrases import catalog_path
    with catalog_path(lang).open("rb") as fh:
        po = read_po(fh)
    words = "\n".join(s for m in po if m.id
                      for s in ([m.string] if isinstance(m.string, str) else m.string)) + "\n"
    assert [w for w in REVIEWED[lang] if w not in words] == []
    assert [w for w in GONE[lang] if w in words] == []


@pytest.mark.parametrize("lang", [la for la in LANGUAGES if la not in ("en", "ja")])
def test_the_coordination_company_is_not_a_person(lang: str) -> None:
    person = {"ko": "의료 코디네이터", "ru": "Медицинский координатор", "mn": "Эмнэлгийн зуучлагч",
              "th": "ผู้ประสานงานทางการแพทย์", "id": "Koordinator medis", "ar": "منسق الرعاية الطبية"}
    assert phrase(lang, "Medical coordination company") != person.get(lang)


def test_dates_vietnamese_numeric_and_thai_year_system() -> None:
    vi = fields(build_packet(case(4), "vi"), "生年月日")
    assert vi.split("\n")[1] == "14/03/1958" and "thg" not in vi
    assert fields(build_packet(case(4), "th"), "生年月日").split("\n")[1] == "14 มี.ค. พ.ศ. 2501"


def test_prepared_by_and_the_visa_documents_are_printed() -> None:
    packet = build_packet(case(4), "ru")
    assert "Sato Hanako" in fields(packet, "作成者")
    docs = [(label, value) for b in packet.blocks if isinstance(b, Fields) for label, value in b.rows
            if label.ja.startswith("ビザ申請の書類")]
    assert docs and "写真" in docs[0][1].ja and "Фотография" in docs[0][1].other
    label = docs[0][0]
    assert f"{label.ja}\n{label.other}".count("SRISUK SOMCHAI") == 1      # the name once, not per language
    ja_only = [label for b in build_packet(case(4), "ja").blocks if isinstance(b, Fields)
               for label, _ in b.rows if label.ja.startswith("ビザ申請の書類")]
    assert ja_only[0].ja == "ビザ申請の書類\nSRISUK SOMCHAI"


def test_treatment_day_is_in_the_legend() -> None:
    may = next(b for b in build_packet(case(4), "ar").blocks if isinstance(b, MonthGrid))
    assert (SESSION, phrase("ja", "Treatment day")) in [(m, label.ja) for m, label in may.legend]
