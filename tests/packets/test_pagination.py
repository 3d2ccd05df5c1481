"""Pages of every language's packet, for cases of 4, 12 and 16 sessions, are filled: no page but
the last holds only a few lines (a table's last row never goes alone to a page of its own), and a
page is left partly empty only before what cannot break: a calendar month, or a heading whose
table's first row does not fit. Read back from the PDF's word positions."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from reportlab.platypus import Spacer

from hirt_desk.packets.content import build_packet
from hirt_desk.packets.phrases import LANGUAGES
from hirt_desk.packets.render import MIN_HEAD, MIN_TAIL, render_packet, rows_table
from tests.packets.test_packet_findings import case

_WORD = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>')
MARGIN = 45.35                      # 16 mm: the body's top and bottom margins
MIN_LINES = 8                       # on every page but the last
MOST_EMPTY = 0.25                   # of a page's body, unless what follows cannot break
# what a page may start with after one left partly empty: a calendar month's title, a heading
SECTION_HEADS = ("旅程", "治療日程", "ビザ", "持ち物", "費用の見積り", "到着後の流れ", "連絡先")
MONTH = re.compile(r"^\d{4}年\d{1,2}月$")


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
def test_a_page_is_left_empty_only_before_what_cannot_break(packets: dict[tuple[str, int], Path],
                                                           lang: str) -> None:
    for n in (4, 12, 16):
        found = pages(packets[lang, n])
        for i, (_, filled, _) in enumerate(found[:-1]):
            if filled < 1 - MOST_EMPTY:
                first = found[i + 1][2]
                starts = first[0] if first else ""
                assert MONTH.match(starts) or starts in SECTION_HEADS, (n, i + 1, round(filled, 2), first)


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
