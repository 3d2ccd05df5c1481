"""The packet's content, before layout: both languages, the case's own data, formatted per language."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from hirt_desk.facilities import facility_profile
from hirt_desk.packets.content import (
    Fields,
    Grid,
    Heading,
    MonthGrid,
    PacketInput,
    Pair,
    Paragraphs,
    StayItem,
    Traveller,
    build_packet,
)
from hirt_desk.packets.phrases import LANGUAGES


def sample(items: bool = True) -> PacketInput:
    return PacketInput(
        "HD-2026-K7M-0042", Traveller("SRISUK SOMCHAI", "สมชาย ศรีสุข", date(1958, 3, 14), "AA1234567"),
        [Traveller("SRISUK MALEE", "มาลี ศรีสุข", None, "AA7654321", "spouse")], facility_profile("ghmc"),
        {"name_en": "Sakura Medical Coordination", "name_ja": "さくらメディカル",
         "helpline": "+81-80-1234-5678"},
        [StayItem("flight", datetime(2027, 4, 24, 23, 45), datetime(2027, 4, 25, 8, 0), "TG676", "NRT",
                  "K7Q2LM"),
         StayItem("session", datetime(2027, 5, 6, 10, 0), datetime(2027, 5, 6, 11, 0), "1/16", "GHMC", "")]
        if items else [],
        [date(2027, 5, 6), date(2027, 5, 10), date(2027, 6, 1)],
        [("SRISUK SOMCHAI", "medical_stay", ("passport",))], generated=date(2026, 11, 22))


def texts(packet) -> str:  # type: ignore[no-untyped-def]
    out = []
    for block in packet.blocks:
        for value in vars(block).values():
            out.append(str(value))
    return " ".join(out)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_builds_with_both_sides(lang: str) -> None:
    packet = build_packet(sample(), lang)
    kinds = [type(b) for b in packet.blocks]
    assert kinds[0] is Heading and Fields in kinds and Grid in kinds and MonthGrid in kinds
    body = texts(packet)
    assert "渡航・治療のご案内" in body and "AA1234567" in body and "HD-2026-K7M-0042" in body
    assert "119" in body and "110" in body


def test_thai_packet_has_thai_and_japanese_and_local_formats() -> None:
    packet = build_packet(sample(), "th")
    body = texts(packet)
    assert "คู่มือการเดินทางและการรักษา" in body and "ผู้ป่วย" in body
    assert "1958年3月14日" in body                       # Japanese date
    assert "14 มี.ค. พ.ศ. 2501" in body                  # Thai date, saying its year system
    assert "￥3,140,000" in body or "¥3,140,000" in body
    months = [b for b in packet.blocks if isinstance(b, MonthGrid)]
    assert [(m.year, m.month) for m in months] == [(2027, 5), (2027, 6)]
    assert months[0].weekdays[0].ja == "月" and date(2027, 5, 10) in months[0].sessions
    assert (months[0].title.ja, months[0].title.other) == ("2027年5月", "พฤษภาคม พ.ศ. 2570")


def test_no_itinerary_yet_still_builds() -> None:
    packet = build_packet(sample(items=False), "ko")
    paragraphs = [b for b in packet.blocks if isinstance(b, Paragraphs)]
    assert any(p.ja == "旅程はまだ決まっていません。" and p.other == "일정이 아직 정해지지 않았습니다."
               for block in paragraphs for p in block.items)


def test_japanese_only_packet() -> None:
    packet = build_packet(sample(), "ja")
    for block in packet.blocks:
        if isinstance(block, Heading):
            assert block.text.ja == block.text.other


def test_rows_that_do_not_apply_are_left_out() -> None:
    """No name in the patient's own script, no companions: no such rows, and no empty ones."""
    data = sample()
    data.patient = Traveller("SMITH JOHN", "", date(1960, 1, 2), "X1234567")
    data.companions = []
    about = next(b for b in build_packet(data, "en").blocks if isinstance(b, Fields))
    labels = [label.other for label, _value in about.rows]
    assert labels[:2] == ["Patient", "Date of birth"] and "Companions" not in labels
    assert all(isinstance(value, Pair) for _label, value in about.rows)


def visa_rows(packet) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    heads = [i for i, b in enumerate(packet.blocks) if isinstance(b, Heading) and b.text.ja == "ビザ"]
    if not heads:
        return []
    block = packet.blocks[heads[0] + 1]
    assert isinstance(block, Fields)
    return [(name.other, route.ja, route.other) for name, route in block.rows]


def test_each_traveller_is_printed_with_their_own_visa_route() -> None:
    data = sample()
    data.visas = [("SRISUK SOMCHAI", "medical_stay", ("passport",)), ("KIM EUNJI", "visa_exempt", ()),
                  ("WANG WEI", "designated_activities", ("passport", "coe"))]
    assert visa_rows(build_packet(data, "en")) == [
        ("SRISUK SOMCHAI", "医療滞在ビザ", "Visa for Medical Stay"),
        ("KIM EUNJI", "ビザ不要", "No visa needed"),
        ("WANG WEI", "特定活動", "Designated Activities")]


def test_travellers_without_a_visa_are_printed_so() -> None:
    data = sample()
    data.visas = [("KIM MINJUN", "visa_exempt", ()), ("KIM EUNJI", "visa_exempt", ())]
    assert visa_rows(build_packet(data, "ko")) == [("KIM MINJUN", "ビザ不要", "비자 불필요"),
                                                   ("KIM EUNJI", "ビザ不要", "비자 불필요")]
    data.visas = []
    assert visa_rows(build_packet(data, "ko")) == []
