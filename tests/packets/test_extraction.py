"""Every text a packet prints reads back whole, in logical order, through both common text
extractors (poppler's pdftotext and pdfium): each paragraph of each cell, in the patient's
language and in Japanese, for Arabic and Thai packets of 4, 12 and 16 sessions and every other
language's packet of 12; and the model of
each extractor's reordering (lines.poppler_reads, lines.pdfium_reads) agrees with what the
extractors do, so the marks written for it give the text back."""

from __future__ import annotations

import ctypes
import re
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from hirt_desk.packets.content import Fields, Grid, Heading, MonthGrid, Packet, Pair, Paragraphs, build_packet
from hirt_desk.packets.lines import (
    KEEP_LTR,
    KEEP_RTL,
    POPPLER_EMBEDDING,
    clean,
    pdfium_reads,
    pdfium_source,
    poppler_reads,
    poppler_source,
)
from hirt_desk.packets.phrases import LANGUAGES, catalog
from hirt_desk.packets.render import render_packet
from tests.packets.test_packet_findings import case

# what poppler writes around the stretches it reverses (and what is written, never drawn, where
# a space between a number and a word needs it to stay in place: the same controls); nothing else
# is dropped from either extractor's text
# (language, sessions) -> the packet and its text as each extractor reads it
Rendered = dict[tuple[str, int], tuple[Packet, dict[str, str]]]
INVISIBLE = dict.fromkeys(map(ord, POPPLER_EMBEDDING))


def extracted(pdf: Path) -> dict[str, str]:
    poppler = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    doc = pdfium.PdfDocument(str(pdf))
    pdfium_text = "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    out = {}
    for name, text in (("poppler", poppler), ("pdfium", pdfium_text)):
        text = unicodedata.normalize("NFC", text.translate(INVISIBLE)).replace("\r\n", "\n")
        text = text.replace("\u00a0", " ").replace("\u202f", " ")       # no-break spaces are spaces
        out[name] = "\n".join(line.strip() for line in text.split("\n") if line.strip())
    return out


def paragraphs(packet: Packet) -> Iterator[str]:
    """Every paragraph the packet prints (both languages), as written."""
    pairs: list[Pair] = []
    for block in packet.blocks:
        if isinstance(block, Heading):
            pairs.append(block.text)
        elif isinstance(block, Fields):
            pairs += [p for row in block.rows for p in row]
        elif isinstance(block, Grid):
            pairs += [*block.headers, *(p for row in block.rows for p in row)]
        elif isinstance(block, Paragraphs):
            pairs += block.items
        elif isinstance(block, MonthGrid):
            pairs += [block.title, *block.weekdays, *(label for _, label in block.legend)]
    for pair in pairs:              # as Layout.cell prints them: the other only beside Japanese
        for text in (pair.ja, pair.other) if packet.lang != "ja" else (pair.ja,):
            for paragraph in clean(text).split("\n"):
                if paragraph.strip():
                    yield paragraph.strip()


def pattern(paragraph: str) -> re.Pattern[str]:
    """The paragraph as it may read back: a line may end at any space, and (Thai, Japanese)
    between words with no space between them; nothing else may differ, spaces included."""
    text = unicodedata.normalize("NFC", paragraph.replace("\u00a0", " ").replace("\u202f", " "))
    out = []
    for i, ch in enumerate(text):
        if ch == " ":
            out.append(r"[ \n]")
            continue
        out.append(re.escape(ch))
        if i + 1 < len(text) and (_UNSPACED.match(ch) or _UNSPACED.match(text[i + 1])):
            out.append(r"\n?")           # a line may break beside a CJK or Thai character
    return re.compile("".join(out))


# where lines break without a space: beside Chinese, Japanese and Korean characters, Thai
_UNSPACED = re.compile("[\u0e00-\u0e7f\u2e80-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


# Arabic and Thai (shaped, and right to left) for each course length; the other languages once
CASES = [(lang, n) for lang in ("ar", "th") for n in (4, 12, 16)] + [
    (lang, 12) for lang in LANGUAGES if lang not in ("ar", "th")]


@pytest.fixture(scope="module")
def packets(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    out = tmp_path_factory.mktemp("extraction")
    found = {}
    for lang, n in CASES:
        packet = build_packet(case(n), lang)
        pdf = out / f"{lang}-{n}.pdf"
        render_packet(packet, pdf)
        found[lang, n] = packet, extracted(pdf)
    return found


@pytest.mark.parametrize(("lang", "n"), CASES)
@pytest.mark.parametrize("extractor", ["poppler", "pdfium"])
def test_every_paragraph_reads_back_whole_and_in_order(
        packets: Rendered, lang: str, n: int, extractor: str) -> None:
    packet, texts = packets[lang, n]
    text = texts[extractor]
    wanted = sorted(set(paragraphs(packet)))
    assert len(wanted) > 40
    missing = [p for p in wanted if not pattern(p).search(text)]
    assert not missing, missing


def test_the_catalogs_phrases_are_among_them(packets: Rendered) -> None:
    """The test above checks the catalog's own wording: its phrases are printed as they stand."""
    packet, _ = packets["ar", 16]
    printed = set(paragraphs(packet))
    for phrase in ("Patient", "Contacts", "Treatment session", "Treatment calendar", "24-hour helpline",
                   "In an emergency (fire, sudden illness, injury), call 119 first (police: 110). "
                   "For everything else, call the 24-hour helpline."):
        assert any(catalog("ar")[phrase] in p for p in printed), phrase


LINES = ["خط المساعدة على مدار 24 ساعة", "موعد (استشارة، فحوصات)", "رحلة جوية TG676", "رمز الحجز: H-55",
         "08:00 (اليابان، UTC+9)", "توقّع أولاً Sakura Co., Ltd.", "3,140,000 JP¥ المجموع", "16 جلسة",
         "SRISUK MALEE (الزوجة)", "→ 09:00 (اليابان)", "ผู้ป่วย (กำหนดการ) 12 ครั้ง", "患者（渡航）"]


@pytest.mark.parametrize("line", LINES)
def test_the_marks_written_give_each_extractor_the_line_back(line: str) -> None:
    assert pdfium_reads(pdfium_source(line)) == line
    for primary_ltr in (True, False):
        got = poppler_reads(poppler_source(line, primary_ltr), primary_ltr)
        assert got.translate(INVISIBLE) == line


# direction marks and isolates: none in either extractor's text (a search for "مدار 24" failed
# where a right-to-left mark stood after the space)
BIDI_MARKS = "\u200e\u200f\u061c\u2066\u2067\u2068\u2069"
# phrases mixing Arabic with numbers or Latin, as a reader searches for them
SEARCHES = ["مدار 24", "24 ساعة", "رحلة جوية TG676", "تسجيل الوصول 15:00", "تسجيل المغادرة 10:00",
            "(اليابان)"]


def raw_texts(pdf: Path) -> dict[str, str]:
    """Each extractor's text as it comes (poppler's own embedding controls aside)."""
    poppler = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    doc = pdfium.PdfDocument(str(pdf))
    pdfium_text = "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    return {"poppler": poppler.translate(INVISIBLE), "pdfium": pdfium_text}


@pytest.mark.parametrize("n", [4, 12, 16])
def test_no_direction_mark_in_either_extractors_text_and_mixed_phrases_are_found(
        tmp_path: Path, n: int) -> None:
    pdf = tmp_path / "ar.pdf"
    render_packet(build_packet(case(n), "ar"), pdf)
    texts = raw_texts(pdf)
    for name, text in texts.items():
        found = {hex(ord(c)) for c in text if c in BIDI_MARKS}
        assert not found, (name, found)
    poppler = texts["poppler"].replace("\u00a0", " ")
    missing = [phrase for phrase in SEARCHES if phrase not in poppler]
    assert not missing, missing
    # every page's footer, on pages poppler reads from the left and from the right alike
    total = len(pdfium.PdfDocument(str(pdf)))
    assert all(f"صفحة {page} من {total}" in poppler for page in range(1, total + 1))


def test_direction_marks_only_where_poppler_needs_them() -> None:
    assert poppler_source("دليل السفر والعلاج", True) == "دليل السفر والعلاج"[::-1]
    assert KEEP_LTR not in poppler_source("16 جلسة", True) and KEEP_RTL not in poppler_source("16 جلسة", True)
    assert pdfium_source("رحلة جوية TG676").count(KEEP_LTR + KEEP_RTL) == 0


def test_marked_text_is_drawn_visibly(tmp_path: Path) -> None:
    """Only the invisible helpers of marked lines (a 1 pt full stop at a line's start, a full stop
    off the page) are drawn in text rendering mode 3; every glyph of the text is painted."""
    pdf = tmp_path / "ar.pdf"
    render_packet(build_packet(case(4), "ar"), pdf)
    doc = pdfium.PdfDocument(str(pdf))
    painted = hidden = 0
    for page in doc:
        height = page.get_height()
        for obj in page.get_objects():
            if obj.type != pdfium_c.FPDF_PAGEOBJ_TEXT:
                continue
            size = ctypes.c_float()
            pdfium_c.FPDFTextObj_GetFontSize(obj, size)
            _, bottom, _, top = obj.get_bounds()
            invisible = pdfium_c.FPDFTextObj_GetTextRenderMode(obj) == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE
            if invisible:
                hidden += 1
                assert round(size.value, 1) == 1.0 or top < 0 or bottom > height
            else:
                painted += 1
    assert painted > 200 and hidden > 50


@pytest.mark.parametrize("japanese_lines", [0, 1, 12])
def test_lines_read_back_whichever_way_poppler_takes_the_page(tmp_path: Path, japanese_lines: int) -> None:
    """poppler reads a page from the right when it has more right-to-left letters than
    left-to-right ones: the marks are settled for the page as it turns out (with no Japanese,
    one line, or mostly Japanese), and every line, Arabic and Japanese, reads back."""
    from hirt_desk.packets.render import Writer, pdf_canvas

    arabic = ["خط المساعدة على مدار 24 ساعة", "موعد طبي (استشارة وفحوصات)", "رحلة جوية TG676 (UTC+9)",
              "16 جلسة خلال 4 أسابيع", "بالإضافة إلى تكلفة الخدمات الطبية"]
    japanese = ["緊急時はまず119番（警察110番）へ。",
                *["重粒子線治療費は照射回数にかかわらず定額です。"] * (japanese_lines - 1)]
    writer, ja = Writer("ar"), Writer("ja")
    pdf = tmp_path / "page.pdf"
    canvas = pdf_canvas(ja.chain[0].name, "ar")(str(pdf))
    y = 800.0
    for line in japanese[:japanese_lines]:
        ja.draw_line(canvas, line, 40, y)
        y -= 14
    for line in arabic:
        writer.draw_line(canvas, line, 550, y, right=True)
        y -= 14
    canvas.showPage()
    canvas.save()
    for name, text in extracted(pdf).items():
        lines = text.split("\n")
        for line in arabic + japanese[:japanese_lines]:
            assert line in lines, (name, line, lines)


def test_runs_draw_glyphs_only_and_every_line_is_marked_whole(tmp_path: Path) -> None:
    """draw_shaped and draw_plain no longer mark word by word (that read back in pieces): they
    draw glyphs, and a line drawn by Writer.draw_line, the one way to draw text in a packet, the
    guarantor form or any other document, is marked once, whole, with its logical text."""
    import inspect

    from hirt_desk.packets.fonts import font_for
    from hirt_desk.packets.lines import draw_plain, draw_shaped
    from hirt_desk.packets.render import Writer, pdf_canvas

    for draw in (draw_shaped, draw_plain):
        assert "marked" not in inspect.signature(draw).parameters
    pdf = tmp_path / "line.pdf"
    canvas = pdf_canvas(font_for("ja").name, "th")(str(pdf))
    text = canvas.beginText(40, 700)
    thai = font_for("th").name
    text.setFont(thai, 12)
    draw_shaped(text, "ผู้ป่วย กำหนดการ", thai, 12, False)
    draw_plain(text, "(12)", True)
    assert "BDC" not in text.getCode()
    line = "ผู้ป่วย กำหนดการ 12 ครั้ง"
    Writer("th").draw_line(canvas, line, 40, 600)
    code = [str(entry) for entry in getattr(canvas, "_code")]  # noqa: B009 (reportlab's page content)
    spans = re.findall(r"/Span <</ActualText <FEFF([0-9A-F]*)>>> BDC", " ".join(code))
    texts = [bytes.fromhex(s).decode("utf-16-be") for s in spans]
    assert [t for t in texts if t != " "] == [line]            # beside the separators: the line
    canvas.showPage()
    canvas.save()
    for name, got in extracted(pdf).items():
        assert line in got.split("\n"), (name, got)


@pytest.mark.parametrize(("lang", "n"),
                         [("th", 4), ("th", 12), ("th", 16), ("ko", 12), ("mn", 12), ("ja", 12)])
def test_pdfium_reads_no_line_of_a_lone_space(tmp_path: Path, lang: str, n: int) -> None:
    """A line is set apart from its neighbours (by a separator pdfium reads as a line of one
    space) only when it holds right-to-left text, which pdfium reorders line by line: Thai and
    every other language's text reads back whole without it, and with no empty lines."""
    pdf = tmp_path / f"{lang}.pdf"
    render_packet(build_packet(case(n), lang), pdf)
    doc = pdfium.PdfDocument(str(pdf))
    text = "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    lines = text.replace("\r\n", "\n").split("\n")
    assert len(lines) > 100
    assert not [i for i, line in enumerate(lines) if not line.strip()]
