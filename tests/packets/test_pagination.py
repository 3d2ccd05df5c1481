"""Pages of every language's packet, for cases of 4, 12 and 16 sessions, are filled: no page but
the last holds only a few lines (a table's last row never goes alone to a page of its own), and
no page but the last is more than 15 % empty: a calendar month breaks between its weeks, and a
table whose first row does not fit at the foot of a page breaks that row between the paragraphs
of its cells rather than leaving the page empty. Read back from the PDF's word positions."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.platypus import Spacer

from hirt_desk.packets.content import MonthGrid, build_packet
from hirt_desk.packets.phrases import LANGUAGES
from hirt_desk.packets.render import (
    MIN_HEAD,
    MIN_TAIL,
    MONTH_WEEKS,
    Layout,
    TextLines,
    Writer,
    render_packet,
    rows_table,
)
from tests.packets.test_packet_findings import case

_WORD = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>')
MARGIN = 45.35                      # 16 mm: the body's top and bottom margins
MIN_LINES = 8                       # on every page but the last
MOST_EMPTY = 0.15                   # of a page's body, on every page but the last


def pages(pdf: Path) -> list[tuple[int, float, list[str]]]:
    """Each page's body: its number of lines, how far down it is filled, its first words."""
    xml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    out = []
    for page in xml.split("<page ")[1:]:
        height = float(re.search(r'height="([\d.]+)"', page).group(1))     # type: ignore[union-attr]
        words = [(float(top), float(bottom), word) for top, bottom, word in _WORD.findall(page)
                 if MARGIN < float(top) < height - MARGIN]
        lines = len({round(top) for top, _, _ in words})
        filled = (max((b for _, b, _ in words), default=MARGIN) - MARGIN) / (height - 2 * MARGIN)
        first = [w for _, _, w in sorted(words)[:3]]
        out.append((lines, filled, first))
    return out


@pytest.fixture(scope="module")
def packets(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], Path]:
    out = tmp_path_factory.mktemp("pagination")
    found = {}
    for lang in LANGUAGES:
        for n in (4, 12, 16):
            pdf = out / f"{lang}-{n}.pdf"
            render_packet(build_packet(case(n), lang), pdf)
            found[lang, n] = pdf
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_page_but_the_last_holds_only_a_few_lines(packets: dict[tuple[str, int], Path], lang: str) -> None:
    for n in (4, 12, 16):
        found = pages(packets[lang, n])
        thin = [(i + 1, lines) for i, (lines, _, _) in enumerate(found[:-1]) if lines < MIN_LINES]
        assert not thin, (n, thin)
        assert found[-1][0] >= MIN_TAIL, (n, found[-1])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_page_but_the_last_is_more_than_15_percent_empty(packets: dict[tuple[str, int], Path],
                                                            lang: str) -> None:
    for n in (4, 12, 16):
        found = pages(packets[lang, n])
        empty = [(i + 1, round(1 - filled, 2), first) for i, (_, filled, first) in enumerate(found[:-1])
                 if filled < 1 - MOST_EMPTY]
        assert not empty, (n, empty)


def test_a_table_breaks_leaving_no_lone_row_on_either_page() -> None:
    table = rows_table([[Spacer(10, 20)] for _ in range(5)], [100], header=0)
    table.wrap(100, 1000)
    for room in range(20, 100, 5):
        parts = table.split(100, room)
        sizes = [len(getattr(p, "_cellvalues")) for p in parts]  # noqa: B009
        assert not parts or sizes == [5] or (sizes[0] >= MIN_HEAD and sizes[-1] >= MIN_TAIL), (room, sizes)
        for part in parts[1:]:                   # the part carried over keeps the rule
            part.wrap(100, 1000)
            again = part.split(100, 25)
            assert not again or len(getattr(again[-1], "_cellvalues")) >= MIN_TAIL  # noqa: B009


def _cells(table: object) -> list[list[object]]:
    return getattr(table, "_cellvalues")  # noqa: B009 (reportlab's, untyped)


def test_a_calendar_month_breaks_between_weeks_its_title_and_weekdays_repeated() -> None:
    packet = build_packet(case(16), "ru")
    layout = Layout(packet)
    block = next(b for b in packet.blocks if isinstance(b, MonthGrid))
    table = layout.month(block)
    _, height = table.wrap(layout.body_w, 1000)
    weeks = len(block.weeks)
    parts = table.split(layout.body_w, height * 0.6)
    assert len(parts) == 2
    first, rest = (_cells(p) for p in parts)
    assert first[:2] == rest[:2] == _cells(table)[:2]          # title, weekday names
    assert len(first) - 2 >= MIN_HEAD and len(rest) - 3 >= MONTH_WEEKS      # weeks, and the legend
    assert len(first) + len(rest) - 4 == weeks + 1              # every week once, then the legend
    assert rest[-1] == _cells(table)[-1]                         # the legend goes with the last weeks


def test_a_paragraph_never_breaks_across_pages() -> None:
    writer = Writer("ru")
    text = "Первый абзац, в котором достаточно слов для двух строк текста.\nВторой.\nТретий абзац."
    lines = TextLines(writer, text, 9, bold=False, colour=colors.black)
    lines.wrap(120, 1000)
    assert len(lines.lines) >= 4 and lines.lines[1].start           # the first paragraph: 2+ lines
    assert lines.split(120, lines.leading * 1.5) == []               # only within the first one
    top, rest = lines.split(120, lines.leading * (len(lines.lines) - 1))
    assert isinstance(top, TextLines) and isinstance(rest, TextLines)
    assert [ln.text for ln in top.lines + rest.lines] == [ln.text for ln in lines.lines]
    assert not rest.lines[0].start                                    # it starts a paragraph


def test_a_first_row_too_tall_for_the_room_left_breaks_between_its_paragraphs() -> None:
    writer = Writer("ru")
    cell = [writer.para("Рейс TG676\nНочной рейс\nКод бронирования: K7Q2LM", 150),
            writer.para("Прибытие\nВыезд 10:00", 150)]
    rows = [["Дата"], [cell], *[[writer.para(f"Строка {i}", 150)] for i in range(4)]]
    table = rows_table(rows, [160], header=1, split_in_row=True)
    _, height = table.wrap(160, 1000)
    heights: list[float] = getattr(table, "_rowHeights")  # noqa: B009
    room = heights[0] + heights[1] * 0.6                # the header and part of the first row
    first, rest = table.split(160, room)
    assert _cells(first)[0] == _cells(rest)[0] == ["Дата"]          # header repeated
    assert len(_cells(first)) == 2 and len(_cells(rest)) == 6         # the row, then its rest
    assert first.wrap(160, 1000)[1] <= room
    assert not rows_table(rows, [160], header=1).split(160, room)     # without: it moves whole
