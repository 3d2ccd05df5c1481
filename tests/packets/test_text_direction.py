"""Arabic is laid out right to left: its lines end flush at the right edge of their column, while
Japanese and English lines start flush at the left. Read back from the PDF's word positions."""

from __future__ import annotations

import re
import subprocess
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import pytest

from hirt_desk.packets.content import build_packet
from hirt_desk.packets.render import render_packet
from tests.packets.test_content import sample

_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>')
_ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
_JAPANESE = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")


def lines(pdf: Path, script: re.Pattern[str]) -> list[tuple[float, float]]:
    """(left, right) of each line of the label column written in `script`."""
    xml = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    by_line: dict[float, list[tuple[float, float]]] = defaultdict(list)
    for x0, y0, x1, word in _WORD.findall(xml):
        body = 40 < float(y0) < 800                          # not the page's header and footer
        if script.search(word) and body and float(x1) < 220:        # the labels, left of the values
            by_line[round(float(y0), 1)].append((float(x0), float(x1)))
    return [(min(a for a, _ in words), max(b for _, b in words)) for words in by_line.values()]


def spread(values: list[float]) -> float:
    return max(values) - min(values)


@pytest.fixture(scope="module")
def packets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("direction")
    for lang in ("ar", "en"):               # the title and the patient's fields: labels and values
        packet = build_packet(sample(), lang)
        render_packet(replace(packet, blocks=packet.blocks[:2]), out / f"{lang}.pdf")
    return {lang: out / f"{lang}.pdf" for lang in ("ar", "en")}


def test_arabic_lines_end_flush_right(packets: dict[str, Path]) -> None:
    arabic = lines(packets["ar"], _ARABIC)
    assert len(arabic) >= 5
    assert spread([right for _, right in arabic]) < 0.5          # one right edge
    assert spread([left for left, _ in arabic]) > 10             # ragged on the left


def test_japanese_beside_arabic_and_english_lines_start_flush_left(packets: dict[str, Path]) -> None:
    for pdf, script in ((packets["ar"], _JAPANESE), (packets["en"], re.compile("[A-Za-z]"))):
        found = lines(pdf, script)
        assert len(found) >= 5
        assert spread([left for left, _ in found]) < 0.5         # one left edge
        assert spread([right for _, right in found]) > 10        # ragged on the right
