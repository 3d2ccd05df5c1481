"""Setting lines of text for printed documents: where lines may break, shaping, direction, and the
source text attached to every shaped line.

- Lines break between words (Latin, Cyrillic, Korean, Arabic at spaces; Thai between dictionary
  words) or between CJK characters, following the Japanese line-breaking rules (kinsoku): an
  opening bracket never ends a line, closing punctuation and small kana never start one.
- Thai and Arabic runs are shaped by HarfBuzz (uharfbuzz, through the font reportlab registered),
  vowel marks and tone marks kept; lines holding Arabic are reordered by the Unicode bidi
  algorithm (python-bidi) one line at a time, with Latin, digits and amounts kept together as one
  left-to-right unit, so `3,140,000 JP¥` reads the same in every row.
- Invisible direction marks (U+200E, U+200F, U+061C and the embedding and isolate controls) that
  Babel puts into dates and amounts are dropped before drawing: a font draws them as glyphs.
- A shaped glyph run has no dependable mapping back to characters (ligatures, mark variants in
  private-use code points, visual order), so each line holding one is drawn inside
  `/Span <</ActualText (...)>> BDC ... EMC` with its text in logical order: text extraction,
  search and copy give back what was written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import uharfbuzz
from bidi import algorithm as uba
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

# Direction marks and controls: dropped before drawing (LRE/PDF are added back internally).
DIRECTION_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_DROP = dict.fromkeys(map(ord, DIRECTION_MARKS))
LRE, PDF = "\u202a", "\u202c"

# Japanese line-breaking rules (JIS X 4051, simplified): characters that may not start a line
# (closing brackets, punctuation, small kana, prolonged sound mark, iteration marks) and
# characters that may not end one (opening brackets, currency signs before a number).
NO_START = frozenset(
    "、。，．,.・：；:;？！?!）〕］｝〉》」』】〙〗〟)]}’”»ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ"
    "々〻‐゠–〜～…‥%％℃"
)
NO_END = frozenset("（〔［｛〈《「『【〘〖〝([{‘“«￥¥＄$")

_CJK = r"\u2e80-\u2fff\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_UNITS = re.compile(rf"\s+|[{_CJK}]|[^\s{_CJK}]+")

# A left-to-right stretch inside right-to-left text: Latin words, digits and what joins them in
# numbers, dates, amounts, addresses and flight routes ("3,140,000 JP¥", "NRT → HAN").
_LTR_CHAR = r"A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff\u0370-\u03ff\u0400-\u052f"
_LTR_RUN = re.compile(rf"[{_LTR_CHAR}](?:[{_LTR_CHAR}\s.,:/\-–+→¥$%'&]*[{_LTR_CHAR}¥%])?")


def has_thai(text: str) -> bool:
    return any("\u0e00" <= c <= "\u0e7f" for c in text)


def has_arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in text)


def clean(text: str) -> str:
    """`text` without invisible direction marks (they would print as glyphs)."""
    return text.translate(_DROP)


def kinsoku(units: Iterable[str]) -> list[str]:
    """Join break units so that no line can start with a NO_START character or end with a
    NO_END one: closing punctuation goes with the unit before it, opening brackets with the one
    after."""
    out: list[str] = []
    for unit in units:
        if out and not unit.isspace() and not out[-1].isspace() and (
                unit[0] in NO_START or out[-1][-1] in NO_END
                or unicodedata.combining(unit[0])):
            out[-1] += unit
        else:
            out.append(unit)
    return out


def break_units(text: str) -> list[str]:
    """`text` cut where a line may break: at spaces (kept as their own units), between CJK
    characters, never inside a Latin, Cyrillic, Korean or Arabic word; kinsoku applied."""
    return kinsoku(_UNITS.findall(text))


_THAI_LEADING = "\u0e40\u0e41\u0e42\u0e43\u0e44"      # vowels written before their consonant


def _split_long(unit: str, fits: Callable[[str], bool]) -> list[str]:
    """A unit wider than a whole line, cut between characters (never before a combining mark,
    nor before a Thai vowel or tone mark)."""
    pieces: list[str] = []
    line = ""
    for i, ch in enumerate(unit):
        attached = unicodedata.combining(ch) or ("\u0e30" <= ch <= "\u0e4e" and ch not in _THAI_LEADING)
        leading_vowel = i > 0 and unit[i - 1] in _THAI_LEADING
        if line and not attached and not leading_vowel and not fits(line + ch):
            pieces.append(line)
            line = ""
        line += ch
    return [*pieces, line] if line else pieces


def _within(measure: Callable[[str], float], limit: float) -> Callable[[str], bool]:
    return lambda text: measure(text) <= limit


def wrap_units(units: list[str], width: float, measure: Callable[[str], float],
               hang: float = 0.0) -> list[str]:
    """Greedy line filling of break units; lines after the first are `hang` narrower (a hanging
    indent); spaces at a break are dropped."""
    lines: list[str] = []
    line, used = "", 0.0
    for unit in units:
        avail = width - (hang if lines else 0.0)
        if not line and unit.isspace():
            continue
        w = measure(unit)
        if used + w <= avail or not line.strip() and unit.isspace():
            line, used = line + unit, used + w
            continue
        if line.strip():
            lines.append(line.rstrip())
        line, used = "", 0.0
        if unit.isspace():
            continue
        avail = width - hang
        if w <= avail:
            line, used = unit, w
            continue
        *full, line = _split_long(unit, _within(measure, avail))
        lines += full
        used = measure(line)
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


# ---- shaping -------------------------------------------------------------------------------

def shape(text: str, font_name: str, size: float, rtl: bool) -> tuple[ShapedStr, float]:
    """`text` (logical order) shaped by HarfBuzz in the registered TrueType font `font_name`:
    the glyphs in visual order as reportlab draws them, and their width in points."""
    ttf: Any = pdfmetrics.getFont(font_name)      # a TTFont; reportlab's internals are untyped
    hbf = ttf.hbFont(size)
    buf = uharfbuzz.Buffer()
    buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_GRAPHEMES
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(hbf, buf, {"kern": True, "liga": True})
    chars: list[str] = []
    data: list[ShapeData] = []
    width = 0.0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        try:
            uchar = ttf.face.glyphToChar[gid][0]
        except (KeyError, IndexError):
            uchar = ttf.hbAddPrivate(hbf.glyph_to_string(gid), gid, pos.x_advance)
        x_advance = ttf.pdfScale(pos.x_advance)
        data.append(ShapeData(info.cluster, x_advance, ttf.pdfScale(pos.y_advance),
                              ttf.pdfScale(pos.x_offset), ttf.pdfScale(pos.y_offset),
                              ttf.face.charWidths[uchar]))
        chars.append(chr(uchar))
        width += x_advance * size / 1000
    return ShapedStr("".join(chars), shapeData=data), width  # type: ignore[arg-type]  # a list, in fact


# ---- direction -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Segment:
    """A piece of a line in one font and one direction, in logical order."""

    text: str
    rtl: bool


def isolate_ltr(text: str) -> str:
    """Left-to-right stretches (Latin, numbers, amounts) embedded as one unit (LRE ... PDF), so
    the bidi algorithm keeps "3,140,000 JP¥" and "NRT → HAN" in the order they are written."""
    return _LTR_RUN.sub(lambda m: f"{LRE}{m.group(0)}{PDF}", text)


def visual_segments(text: str, rtl_base: bool) -> list[Segment]:
    """One line in visual order (left to right), as pieces of one embedding level each; each
    piece's text stays in logical order (an RTL piece is drawn reversed, by its shaper)."""
    text = isolate_ltr(clean(text))
    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl_base else 0
    storage["base_dir"] = "R" if rtl_base else "L"
    uba.get_embedding_levels(text, storage, False, False)
    uba.explicit_embed_and_overrides(storage, False)       # drops the LRE/PDF it used
    for i, ch in enumerate(storage["chars"]):
        ch["i"] = i
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    uba.reorder_resolved_levels(storage, False)
    out: list[tuple[list[str], bool, int]] = []       # chars (visual), rtl, last logical index
    for ch in storage["chars"]:
        rtl = ch["level"] % 2 == 1
        step = -1 if rtl else 1
        if out and out[-1][1] == rtl and ch["i"] == out[-1][2] + step:
            out[-1][0].append(ch["ch"])
            out[-1] = (out[-1][0], rtl, ch["i"])
        else:
            out.append(([ch["ch"]], rtl, ch["i"]))
    return [Segment("".join(reversed(cs)) if rtl else "".join(cs), rtl) for cs, rtl, _ in out]


def mirrored(text: str) -> str:
    """Characters as a right-to-left line shows them: brackets mirrored, order reversed."""
    return "".join(uba.MIRRORED.get(c, c) for c in reversed(text))


# ---- drawing ---------------------------------------------------------------------------------

def actual_text(text: str) -> str:
    """A PDF text string (UTF-16BE with its byte order mark, hex) for /ActualText."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def draw_shaped(text_object: Any, text: str, font_name: str, size: float, rtl: bool) -> None:
    """Shape `text` and draw it at the text object's cursor, glyph by glyph (HarfBuzz's offsets
    place the marks), inside marked content whose /ActualText holds the characters drawn: one
    span per word (a span per cluster leaves extractors guessing spaces between a Thai
    consonant's marks and the next letter).

    Glyphs come in visual order, as in any PDF, and a right-to-left word's characters are given
    in visual order too (reversed): text extractors turn right-to-left text from visual order
    back into logical order, so they give back what was written."""
    shaped, _ = shape(text, font_name, size, rtl)
    data: list[ShapeData] = shaped.__shapeData__  # type: ignore[attr-defined]  # reportlab's own
    font: Any = pdfmetrics.getFont(font_name)
    canvas = text_object._canvas
    glyphs = [(subset, code) for subset, codes in font.splitString(shaped, canvas._doc) for code in codes]
    starts = sorted({d.cluster for d in data}) + [len(text)]
    end_of = {c: starts[k + 1] for k, c in enumerate(starts[:-1])}
    x0, y0 = text_object._x0, text_object._y0
    pen, current = 0.0, None
    code = text_object._code
    i = 0
    while i < len(data):
        # one span per word (glyphs between spaces), or per space
        j = i + 1
        while j < len(data) and (data[j].cluster == data[i].cluster
                                 or not text[data[j].cluster].isspace()
                                 and not text[data[j - 1].cluster].isspace()):
            j += 1
        lo = min(d.cluster for d in data[i:j])
        hi = max(end_of[d.cluster] for d in data[i:j])
        source = text[lo:hi]
        code.append(f"/Span <</ActualText {actual_text(source[::-1] if rtl else source)}>> BDC")
        for k in range(i, j):
            subset, glyph = glyphs[k]
            if subset != current:
                code.append(f"{font.getSubsetInternalName(subset, canvas._doc)} {fp_str(size)} Tf")
                current = subset
            gx = x0 + pen + data[k].x_offset * size / 1000
            gy = y0 + data[k].y_offset * size / 1000
            code.append(f"1 0 0 1 {fp_str(gx)} {fp_str(gy)} Tm ({canvas._escape(bytes([glyph]))}) Tj")
            pen += data[k].x_advance * size / 1000
        code.append("EMC")
        i = j
    text_object._curSubset = -1         # reportlab's own next text sets its font again
