"""Thai lines break between words (a dictionary finds them), never inside one that fits a line."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from hirt_desk.packets.fonts import font_for
from hirt_desk.packets.phrases import catalog
from hirt_desk.packets.render import thai_units, wrap_thai

# A dictionary word of the catalog, its neighbours, and text that mixes in Latin and digits.
MIXED = "โปรดโทรหาสายด่วน 24 ชั่วโมง หมายเลขเคส HD-2026-HFF-0019 สถานพยาบาลจะตรวจเพื่อยืนยันว่า"


def test_units_are_words_spaces_and_latin_runs() -> None:
    units = thai_units(MIXED)
    assert "".join(units) == MIXED
    assert "สถานพยาบาล" in units and "ยืนยัน" in units
    assert "HD-2026-HFF-0019" in units and "24" in units


def test_repetition_mark_stays_with_its_word() -> None:
    units = thai_units("อื่น ๆ นอกเหนือ")
    assert "อื่น ๆ" in units


def _breaks_between_units(text: str, lines: list[str]) -> bool:
    """Every line ends where a unit ends (spaces at the break dropped)."""
    ends, at = set(), 0
    for unit in thai_units(text):
        at += len(unit)
        ends.add(at)
    consumed = 0
    for line in lines[:-1]:
        start = text.index(line, consumed)
        consumed = start + len(line)
        if consumed not in ends:
            return False
    return True


def test_catalog_phrases_break_only_between_words() -> None:
    font = font_for("th").name
    checked = 0
    for width in (90, 140, 240):
        for text in catalog("th").values():
            for paragraph in text.split("\n"):
                lines = wrap_thai(paragraph, font, 9, width)
                assert "".join(lines).replace(" ", "") == paragraph.replace(" ", "")   # nothing lost
                widest = max((stringWidth(u, font, 9) for u in thai_units(paragraph)), default=0)
                if len(lines) > 1 and widest <= width * 0.94:
                    assert _breaks_between_units(paragraph, lines), (paragraph, lines)
                    checked += 1
    assert checked > 20


def test_a_word_longer_than_the_line_is_still_cut_between_clusters() -> None:
    font = font_for("th").name
    lines = wrap_thai("ทางการแพทย์" * 6, font, 9, 60)
    assert len(lines) > 2
    for line in lines[1:]:
        assert "\u0e30" <= line[0] or line[0] < "\u0e31"      # never starts with a vowel sign above/below
        assert not ("\u0e31" <= line[0] <= "\u0e3a" or "\u0e47" <= line[0] <= "\u0e4e")
