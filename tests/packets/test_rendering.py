"""What a packet's PDF says when read back: Arabic and Thai text in logical order through two
extractors (poppler's pdftotext and pdfium), vowel and tone marks kept, no direction marks drawn,
amounts written the same way in every row, document metadata and paper size; and the Japanese
line-breaking rules."""

from __future__ import annotations

import re
import subprocess
import unicodedata
import zlib
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from hirt_desk import __version__
from hirt_desk.packets.content import build_packet
from hirt_desk.packets.lines import NO_END, NO_START
from hirt_desk.packets.phrases import catalog
from hirt_desk.packets.render import Writer, render_packet
from tests.packets.test_content import sample

HARAKAT = re.compile("[\u064b-\u0652]")
DIRECTION_MARKS = "\u200e\u200f\u061c"


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("rendering")
    data = sample()
    data.agency["name_en"] = "Sakura Medical Coordination Co., Ltd."
    for lang in ("ar", "th", "ja"):
        render_packet(build_packet(data, lang), out / f"{lang}.pdf", author=data.agency["name_en"])
    render_packet(build_packet(data, "en"), out / "letter.pdf", page_size="letter")
    return {p.stem: p for p in out.glob("*.pdf")}


def poppler(pdf: Path, *options: str) -> str:
    return subprocess.run(["pdftotext", *options, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdfium_text(pdf: Path) -> str:
    doc = pdfium.PdfDocument(str(pdf))
    return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def words(lang: str, keep: re.Pattern[str] | None = None) -> set[str]:
    """Words of the catalog's translations (punctuation stripped), those matching `keep`."""
    out = set()
    for msgid, text in catalog(lang).items():
        if msgid == "Generated {date}" or msgid.startswith("{date}: a treatment session is planned"):
            continue          # Japanese only in the header; the note only for a session on a day off
        for word in re.split(r"[\s.,:;()،{}]+", text):
            if len(word) > 2 and (keep is None or keep.search(word)):
                out.add(word)
    return out


def test_thai_reads_back_in_logical_order_with_its_tone_marks(pdfs: dict[str, Path]) -> None:
    wanted = ["ผู้ป่วย", "กำหนดการ", "เป็น", "ขึ้น", "หน้า", catalog("th")["Patient"]]
    for text in (poppler(pdfs["th"]), pdfium_text(pdfs["th"])):
        assert not re.search("[\uf700-\uf71f\ue000-\uf8ff]", text)         # no private-use code points
        missing = [w for w in wanted if w not in text]
        assert not missing, missing


def test_arabic_reads_back_in_logical_order_with_its_vowel_marks(pdfs: dict[str, Path]) -> None:
    marked = words("ar", HARAKAT)
    assert "رسمياً" in marked and len(marked) >= 5          # words with vowel marks the catalog prints
    printed = words("ar")
    found = {}
    invisible = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c"))
    for name, text in (("poppler", poppler(pdfs["ar"]).translate(invisible)),
                       ("pdfium", pdfium_text(pdfs["ar"]).translate(invisible))):
        missing = [w for w in marked if w not in text]
        assert not missing, (name, missing)
        for phrase in ("Patient", "Contacts", "Cost estimate", "Administration", "Total"):
            assert catalog("ar")[phrase] in text, (name, phrase)
        found[name] = {w for w in printed if w in text}
    assert found["pdfium"] == found["poppler"]              # every word either reads, the other too


def glyph_characters(pdf: Path) -> set[str]:
    """Every character an embedded font's ToUnicode map gives a glyph: what can be drawn."""
    out: set[str] = set()
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", pdf.read_bytes(), re.S):
        try:
            data = zlib.decompressobj().decompress(stream)
        except zlib.error:
            data = stream
        if b"beginbfchar" in data or b"beginbfrange" in data:
            for hexa in re.findall(rb"<([0-9A-Fa-f]{4,})>", data):
                if len(hexa) % 4 == 0:
                    out.update(bytes.fromhex(hexa.decode()).decode("utf-16-be", "replace"))
    return out


def test_no_direction_marks_are_drawn(pdfs: dict[str, Path]) -> None:
    for pdf in (pdfs["ar"], pdfs["th"]):
        drawn = glyph_characters(pdf)
        assert "ا" in drawn or "ก" in drawn or "ー" in drawn           # the maps were read
        assert not drawn & set(DIRECTION_MARKS)
        # nor read back: no direction mark or isolate in either extractor's text
        for text in (poppler(pdf), pdfium_text(pdf)):
            assert not set(text) & set("\u200e\u200f\u061c\u2066\u2067\u2068\u2069")


def test_amounts_read_the_same_way_in_every_row_and_the_total(pdfs: dict[str, Path]) -> None:
    text = unicodedata.normalize("NFC", poppler(pdfs["ar"], "-layout"))
    amounts = re.findall(r"(?:JP¥|¥JP)\s*[\d,]{5,}|[\d,]{5,}\s*(?:JP¥|¥JP)", text)
    assert len(amounts) >= 4                                    # three rows and the total
    assert all(re.fullmatch(r"[\d,]+ JP¥", a) for a in amounts), amounts


def test_document_language_and_metadata(pdfs: dict[str, Path]) -> None:
    for lang in ("ar", "th", "ja"):
        raw = pdfs[lang].read_bytes()
        assert re.search(rb"/Lang \(" + lang.encode() + rb"\)", raw)
        meta = pdfium.PdfDocument(str(pdfs[lang])).get_metadata_dict()
        assert meta["Author"] == "Sakura Medical Coordination Co., Ltd."
        assert meta["Creator"] == f"HIRT Desk {__version__}"
        assert meta["Title"].startswith(sample().case_number)
        assert meta["Subject"] == catalog(lang)["Travel and treatment packet"]


def test_letter_paper(pdfs: dict[str, Path]) -> None:
    doc = pdfium.PdfDocument(str(pdfs["letter"]))
    assert all(tuple(round(v) for v in doc[i].get_size()) == (612, 792) for i in range(len(doc)))
    a4 = pdfium.PdfDocument(str(pdfs["ja"]))
    assert tuple(round(v) for v in a4[0].get_size()) == (595, 842)


KINSOKU = "医療機関が正式に受け入れを決定したら、治療の同意書（インフォームド・コンセント）に署名します。"


@pytest.mark.parametrize("width", range(60, 260, 7))
def test_japanese_line_breaking_rules(width: int) -> None:
    lines = Writer("ja").wrap(KINSOKU, width)
    assert "".join(lines) == KINSOKU
    assert not any(line[-1] in NO_END for line in lines), lines
    assert not any(line[0] in NO_START for line in lines), lines


def test_the_bracket_that_ended_a_line_goes_to_the_next() -> None:
    writer = Writer("ja")
    width = writer.measure("医療機関が正式に受け入れを決定したら、治療の同意書（") + 1
    lines = writer.wrap(KINSOKU, width)
    assert lines[0].endswith("同意書") and lines[1].startswith("（インフォームド")


def test_latin_in_a_japanese_column_is_set_in_one_latin_font() -> None:
    runs = Writer("ja").runs("氏名：Hoàng Thị Lan")
    assert [t for _, t in runs] == ["氏名：", "Hoàng Thị Lan"]
    assert Writer("zh-Hant").runs("• 護照")[0][0].script == "latin"


def test_a_phone_number_in_the_arabic_column_keeps_its_plus_in_front() -> None:
    from hirt_desk.packets.lines import visual_segments
    segments = visual_segments("هاتف +81-27-220-7111", True)
    assert [(s.text, s.rtl) for s in segments] == [("+81-27-220-7111", False), ("هاتف ", True)]


def test_a_latin_value_in_the_arabic_column_keeps_its_full_stop_at_its_end(tmp_path: Path) -> None:
    from dataclasses import replace

    data = sample()
    data.agency["name_en"] = "Sakura Medical Coordination Co., Ltd."
    packet = build_packet(data, "ar")
    render_packet(replace(packet, blocks=packet.blocks[:4]), tmp_path / "ar.pdf")
    text = poppler(tmp_path / "ar.pdf", "-layout")
    assert "Sakura Medical Coordination Co., Ltd." in text
    assert ".Sakura" not in text
