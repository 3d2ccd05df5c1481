"""How a packet fills its pages: a wrapped Arabic paragraph keeps one direction on every line, the
itinerary's date, time and traveller columns hold their lines whole in every language, and a
long table starts on the page where its heading fits, breaking across pages with its header
row repeated."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from hirt_desk.packets.content import Fields, Grid, Heading, Pair, build_packet, clock
from hirt_desk.packets.phrases import LANGUAGES
from hirt_desk.packets.render import Layout, Writer, render_packet
from tests.packets.test_packet_findings import case


def pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return text.split("\f")[:-1]


def visual(writer: Writer, text: str, width: float) -> list[list[str]]:
    """Each line of `text` set in `width`, as the runs drawn from left to right."""
    return [[run.text for run in writer.line_runs(line, writer.size)]
            for line in writer.wrap_lines(text, width)]


def test_a_wrapped_arabic_paragraph_keeps_its_direction_on_every_line() -> None:
    """Levels are resolved over the paragraph, then each line reordered: the comma after
    "Hotel" stays with it at the end of the first line (worked out line by line, the comma
    ended a right-to-left line and went to its far left: ",Hotel")."""
    writer = Writer("ar")
    text = "الفندق: Hotel, Maebashi"
    width = writer.measure("الفندق: Hotel,") + 2
    lines = visual(writer, text, width)
    assert lines[1] == ["Maebashi"]
    assert "".join(lines[0]).startswith("Hotel,"), lines


def test_each_paragraph_of_a_cell_has_its_own_direction() -> None:
    """A Latin paragraph under an Arabic one reads left to right: the company keeps its full
    stop at its end (the cell's Arabic made every paragraph right to left before)."""
    lines = visual(Writer("ar"), "شركة تنسيق\nSakura Co., Ltd.", 400)
    assert "".join(lines[1]) == "Sakura Co., Ltd."


def test_times_use_the_arabic_comma_in_arabic() -> None:
    moment = datetime(2027, 4, 21, 23, 45)
    assert clock(moment, "Asia/Ho_Chi_Minh", "ar") == "23:45 (فيتنام، UTC+7)"
    assert clock(moment, "Asia/Ho_Chi_Minh", "ja") == "23:45（ベトナム、UTC+7）"
    assert clock(moment, "Asia/Ho_Chi_Minh", "zh-Hans") == "23:45（越南，UTC+7）"
    assert clock(moment, "Asia/Ho_Chi_Minh", "en") == "23:45 (Vietnam, UTC+7)"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_dates_times_and_travellers_hold_their_lines_whole(lang: str) -> None:
    """Every line of the date, time, where and traveller columns fits its column: no
    "(فيتنام، / UTC+7)", no Mongolian date over 2 or 3 lines, no "SRISUK / SOMCHAI"."""
    packet = build_packet(case(16), lang)
    layout = Layout(packet)
    grid = next(b for b in packet.blocks if isinstance(b, Grid))
    widths = layout.column_widths(grid)
    assert sum(widths) == pytest.approx(layout.body_w)
    for column in (0, 1, 3, 4):
        inner = widths[column] - 12                      # a cell's padding
        for row in grid.rows:
            for writer, text in ((layout.ja, row[column].ja), (layout.other, row[column].other)):
                for line in text.split("\n"):
                    assert writer.measure(line) <= inner, (lang, column, line, inner)


def filler(n: int) -> Fields:
    return Fields(tuple((Pair(f"項目{i}", f"Item {i}"), Pair(f"値{i}", f"Value {i}")) for i in range(n)))


def test_a_long_table_starts_under_its_heading_and_repeats_its_header(tmp_path: Path) -> None:
    """The itinerary heading and the table's first rows stay on page 1 when they fit there
    (the whole table used to move to page 2, leaving a third of page 1 empty); the table
    breaks across pages with its header row on each."""
    packet = build_packet(case(16), "en")
    itinerary = next(i for i, b in enumerate(packet.blocks) if isinstance(b, Grid))
    blocks = (packet.blocks[0], filler(16), packet.blocks[itinerary - 1], packet.blocks[itinerary])
    render_packet(replace(packet, blocks=blocks), tmp_path / "long.pdf")
    first, second, *_ = pages(tmp_path / "long.pdf")
    assert "Itinerary" in first and "BKK → NRT" in first
    assert "Travellers" in first and "Travellers" in second


def test_a_heading_without_room_for_its_table_moves_to_the_next_page(tmp_path: Path) -> None:
    packet = build_packet(case(4), "en")
    itinerary = next(i for i, b in enumerate(packet.blocks) if isinstance(b, Grid))
    blocks = (packet.blocks[0], filler(20), packet.blocks[itinerary - 1], packet.blocks[itinerary])
    render_packet(replace(packet, blocks=blocks), tmp_path / "full.pdf")
    first, second, *_ = pages(tmp_path / "full.pdf")
    assert "Value 19" in first and "Itinerary" not in first
    assert isinstance(blocks[2], Heading) and "Itinerary" in second and "Travellers" in second


def test_latin_letters_and_digits_in_the_arabic_column_are_one_face_at_one_size() -> None:
    """"HD-2026-UWR-0013", "E19006637", "28/01/1957": the Arabic font's digits, scaled up with
    its letters, stood taller than the Latin letters beside them."""
    writer = Writer("ar")
    for value in ("HD-2026-UWR-0013", "E19006637", "28/01/1957", "+81-27-220-7111"):
        runs = writer.line_runs(value, writer.size)
        assert [(r.font.script, r.size, r.text) for r in runs] == [("latin", writer.size, value)]
    runs = writer.line_runs("رمز الحجز: 965CA4", writer.size)
    assert {(r.font.script, r.size) for r in runs if "965CA4" in r.text} == {("latin", writer.size)}
