"""Setting lines of text for printed documents: where lines may break, shaping, direction, and the
source text attached to every shaped line.

- Lines break between words (Latin, Cyrillic, Korean, Arabic at spaces; Thai between dictionary
  words) or between CJK characters, following the Japanese line-breaking rules (kinsoku): an
  opening bracket never ends a line, closing punctuation and small kana never start one.
- Thai and Arabic runs are shaped by HarfBuzz (uharfbuzz, through the font reportlab registered),
  vowel marks and tone marks kept; text holding Arabic goes through the Unicode bidi algorithm
  (python-bidi): levels resolved over each paragraph in its one base direction, each line then
  reordered on its own; Latin, digits and amounts are kept together as one left-to-right unit, so
  `3,140,000 JP¥` reads the same in every row.
- Invisible direction marks (U+200E, U+200F, U+061C and the embedding and isolate controls) that
  Babel puts into dates and amounts are dropped before drawing: a font draws them as glyphs.
- A shaped glyph run has no dependable mapping back to characters (ligatures, mark variants in
  private-use code points, visual order), so each line holding one (or right-to-left text) is
  drawn inside marked content whose /ActualText each common extractor turns back into the line's
  logical text: poppler (pdftotext, evince) and pdfium (Chrome, pypdfium2) each reorder what
  they read by their own rules, modelled here (`poppler_reads`, `pdfium_reads`) and inverted
  (`poppler_source`, `pdfium_source`); see "what text extractors read back" below.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
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
# numbers, dates, amounts, addresses, phone numbers and flight routes ("3,140,000 JP¥", "NRT → HAN",
# "+81-27-220-7111": a leading plus sign stays in front).
_LTR_CHAR = r"A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff\u0370-\u03ff\u0400-\u052f"
_LTR_RUN = re.compile(rf"\+?[{_LTR_CHAR}](?:[{_LTR_CHAR}\s.,:/\-–+→¥$%'&]*[{_LTR_CHAR}¥%])?")


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
    # a right-to-left mark keeps its own cluster, so it can have its own /ActualText span
    buf.cluster_level = (uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS if rtl
                         else uharfbuzz.BufferClusterLevel.MONOTONE_GRAPHEMES)
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


def paragraph_rtl(text: str, default: bool) -> bool:
    """A paragraph's base direction as the bidi algorithm finds it (rules P2, P3): that of its
    first letter with a strong direction; `default` (the column's) when it has none ("119",
    "+81-27-220-7111")."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return default


@lru_cache(maxsize=512)
def _resolved(paragraph: str, rtl_base: bool) -> tuple[tuple[str, int, str, int], ...]:
    """Each character of the paragraph (direction marks dropped) with its embedding level
    resolved over the whole paragraph (UAX #9 rules X1 to I2): (character, level, bidi class,
    index in the paragraph). Lines are cut from this afterwards: the levels of a line's
    characters do not depend on where the line breaks."""
    text = clean(paragraph)
    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl_base else 0
    storage["base_dir"] = "R" if rtl_base else "L"
    isolated = isolate_ltr(text)
    uba.get_embedding_levels(isolated, storage, False, False)
    index = 0
    for ch in storage["chars"]:             # LRE/PDF were added here: they take no index
        ch["i"] = index
        index += ch["ch"] not in (LRE, PDF)
    uba.explicit_embed_and_overrides(storage, False)       # drops the LRE/PDF it used
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    return tuple((ch["ch"], ch["level"], ch["orig"], ch["i"]) for ch in storage["chars"])


def visual_segments(text: str, rtl_base: bool, paragraph: str | None = None,
                    start: int = 0) -> list[Segment]:
    """One line in visual order (left to right), as pieces of one embedding level each; each
    piece's text stays in logical order (an RTL piece is drawn reversed, by its shaper).

    `paragraph`: the paragraph the line was cut from, at `start` (by default the line is a
    paragraph of its own). Levels are resolved over the whole paragraph in its one base
    direction `rtl_base`, then the line is reordered on its own (rules L1, L2), as FriBidi and
    python-bidi do: so "UTC+7)" carried to a second line keeps the direction it has in "08:00
    (فيتنام، UTC+7)"."""
    if paragraph is None:
        paragraph, start = text, 0
    end = start + len(clean(text))
    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl_base else 0
    storage["base_dir"] = "R" if rtl_base else "L"
    storage["chars"] = [{"ch": ch, "level": level, "type": kind, "orig": kind, "i": i}
                        for ch, level, kind, i in _resolved(clean(paragraph), rtl_base) if start <= i < end]
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
    """A PDF text string (UTF-16BE with its byte order mark, hex) for /ActualText; no-break
    spaces (Babel's, in amounts) as plain spaces, so a search for "4,965,000 JP¥" finds them."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def draw_shaped(text_object: Any, text: str, font_name: str, size: float, rtl: bool) -> None:
    """Shape `text` and draw its glyphs at the text object's cursor, as HarfBuzz placed them
    (its offsets place the marks). Glyphs only: a shaped run does not read back as its text, so
    the line it belongs to is marked as a whole with its logical text (`open_marked_line` ...
    `close_marked_line`, as `render.Writer.draw_line` does for every line it draws). The old way,
    a mark per word, is gone: it read back in pieces and out of order. Glyphs of one height go
    out as one text object (pdfium measures the gap to the next piece from the end of a piece's
    first text object)."""
    shaped, _ = shape(text, font_name, size, rtl)
    data: list[ShapeData] = shaped.__shapeData__  # type: ignore[attr-defined]  # reportlab's own
    font: Any = pdfmetrics.getFont(font_name)
    canvas = text_object._canvas
    codes = [(subset, code) for subset, cs in font.splitString(shaped, canvas._doc) for code in cs]
    x0, y0 = text_object._x0, text_object._y0
    pens = [0.0]
    for d in data:
        pens.append(pens[-1] + d.x_advance * size / 1000)
    out = text_object._code
    current: list[int | None] = [None]

    def place(k: int) -> tuple[float, float]:
        return x0 + pens[k] + data[k].x_offset * size / 1000, y0 + data[k].y_offset * size / 1000

    def show(ks: list[int]) -> None:
        """Glyphs `ks` (one font subset, one height) as one text object: a TJ whose numbers put
        each glyph where HarfBuzz placed it. pdfium measures the gap to the next piece from the
        end of a piece's first text object, so a piece drawn as one object gets no false space."""
        subset = codes[ks[0]][0]
        if subset != current[0]:
            out.append(f"{font.getSubsetInternalName(subset, canvas._doc)} {fp_str(size)} Tf")
            current[0] = subset
        x, y = place(ks[0])
        items: list[str] = []
        for n, k in enumerate(ks):
            if n:
                prev = ks[n - 1]
                expected = place(prev)[0] + data[prev].width * size / 1000
                shift = (expected - place(k)[0]) * 1000 / size
                if abs(shift) > 0.01:
                    items.append(fp_str(shift))
            items.append(f"({canvas._escape(bytes([codes[k][1]]))})")
        out.append(f"1 0 0 1 {fp_str(x)} {fp_str(y)} Tm [{' '.join(items)}] TJ")

    def glyphs_of(unit: list[int]) -> None:
        """A piece's glyphs, as few text objects as their font subsets and heights allow."""
        group: list[int] = []
        for k in unit:
            if group and (codes[k][0] != codes[group[0]][0] or data[k].y_offset != data[group[0]].y_offset):
                show(group)
                group = []
            group.append(k)
        if group:
            show(group)

    glyphs_of(list(range(len(data))))
    text_object._curSubset = -1         # reportlab's own next text sets its font again


def draw_plain(text_object: Any, text: str, rtl: bool) -> None:
    """Draw an unshaped run (a font's own glyphs) at the text object's cursor: a right-to-left
    run (brackets, punctuation between Arabic words) mirrored and reversed, as it shows. Glyphs
    only, like `draw_shaped`: the line is marked as a whole by its caller."""
    text_object.textOut(mirrored(text) if rtl else text)


# ---- what text extractors read back from a marked line ------------------------------------------
#
# Neither common extractor runs the Unicode bidi algorithm on what it reads. Each takes the
# characters of a line as they stand on the page, left to right, and reverses stretches of them
# by its own simple rules (read in their sources: poppler's reorderText in TextOutputDev.cc,
# pdfium's CPDF_TextPage::CloseTempLine with CFX_BidiString). So a line holding right-to-left
# text is drawn inside one marked-content span per extractor, whose /ActualText is the line's
# logical text arranged so that the extractor's own reordering gives it back:
# - poppler reads /Span marks only; it reverses each stretch that starts with a right-to-left
#   letter and runs up to a letter or digit, the page's primary direction (more left-to-right
#   than right-to-left letters on the page, or not) deciding whether stretches are taken from
#   the left or from the right; punctuation like "," "." ":" "-" "،" counts as a digit;
# - pdfium reads the innermost mark of any tag; it cuts the line into runs of one direction
#   class, reverses (and mirrors) the right-to-left runs and the neutral runs among them, and
#   takes the runs from the right when the line has at least as many right-to-left runs as
#   left-to-right ones.
# Where poppler's rules cannot give a space between a right-to-left word and a number back in
# place (on a page read from the left, "مدار 24"; from the right, "24 ساعة"), a character it
# takes as right to left or left to right is added after the space, so that the space stays
# inside the stretch it belongs to. That character is an embedding control (U+202B RLE, U+202A
# LRE), never drawn: the very characters poppler itself writes around every stretch it reverses
# (with U+202C), which whoever reads its text (a search, a copy) already drops with poppler's
# own. Direction marks (U+200E, U+200F, U+061C) and isolates (U+2066 to U+2069) stayed in the
# text after that (a search for "مدار 24" failed): none is written.

KEEP_RTL, KEEP_LTR = "\u202b", "\u202a"          # taken by poppler as a right-to-left / left-to-right letter
# what poppler writes around the stretches it reverses: dropped from its text before comparing
POPPLER_EMBEDDING = "\u202a\u202b\u202c"


def _poppler_class(ch: str) -> str:
    """poppler's character type: L (left to right), R (right to left), # (digits and number
    punctuation), N (the rest); an embedding control as the direction it opens (as measured:
    poppler 22.12 keeps RLE inside a right-to-left stretch and LRE in a left-to-right one)."""
    if ch in (KEEP_RTL, KEEP_LTR):
        return "R" if ch == KEEP_RTL else "L"
    kind = unicodedata.bidirectional(ch)
    return ("L" if kind == "L" else "R" if kind in ("R", "AL")
            else "#" if kind in ("EN", "AN", "ES", "CS", "ET") else "N")


def _pdfium_class(ch: str) -> str:
    """pdfium's direction of a character: L, R, W (weak: digits, number punctuation, marks) or
    N (neutral)."""
    kind = unicodedata.bidirectional(ch)
    return ("L" if kind == "L" else "R" if kind in ("R", "AL")
            else "W" if kind in ("EN", "AN", "ES", "CS", "ET", "NSM", "BN") else "N")


def poppler_source(logical: str, primary_ltr: bool = True) -> str:
    """The /ActualText to give poppler for a line so that it reads back `logical` (plus any
    direction marks it needs), on a page whose primary direction is left to right or not."""
    n, i = len(logical), 0
    pieces: list[str] = []
    cls = [_poppler_class(c) for c in logical]
    if primary_ltr:         # stretches from the left: as written, then reversed, in turn
        while i < n:
            j = i
            while j < n and cls[j] != "R":
                j += 1
            pieces.append(logical[i:j])
            i = j
            while j < n and cls[j] not in "L#":
                j += 1
            if j > i:
                rtl = logical[i:j] + ("" if cls[j - 1] == "R" else KEEP_RTL)
                pieces.append(rtl[::-1])
            i = j
        return "".join(pieces)
    while i < n:            # stretches from the right: reversed, then as written, in turn
        j = i
        while j < n and cls[j] not in "L#":
            j += 1
        pieces.append(logical[i:j][::-1])
        i = j
        while j < n and cls[j] != "R":
            j += 1
        if j > i:
            pieces.append(logical[i:j] + ("" if cls[j - 1] in "L#" else KEEP_LTR))
        i = j
    return "".join(reversed(pieces))


def poppler_reads(source: str, primary_ltr: bool = True) -> str:
    """What poppler makes of a line whose characters stand as `source` (its reorderText, without
    the embedding marks it adds)."""
    n = len(source)
    cls = [_poppler_class(c) for c in source]
    out: list[str] = []
    if primary_ltr:
        i = 0
        while i < n:
            j = i
            while j < n and cls[j] != "R":
                j += 1
            out.append(source[i:j])
            i = j
            while j < n and cls[j] not in "L#":
                j += 1
            out.append(source[i:j][::-1])
            i = j
        return "".join(out)
    i = n - 1
    while i >= 0:
        j = i
        while j >= 0 and cls[j] not in "L#":
            j -= 1
        out.append(source[j + 1:i + 1][::-1])
        i = j
        while j >= 0 and cls[j] != "R":
            j -= 1
        out.append(source[j + 1:i + 1])
        i = j
    return "".join(out)


def _runs(text: str, classify: Callable[[str], str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for ch in text:
        kind = classify(ch)
        if out and out[-1][1] == kind:
            out[-1] = (out[-1][0] + ch, kind)
        else:
            out.append((ch, kind))
    return out


def _from_right(runs: list[tuple[str, str]]) -> bool:
    """Whether pdfium takes a line's runs from the right: more right-to-left runs than
    left-to-right ones (pdfium's source reads "at least as many"; pdfium 8149 does as here)."""
    return sum(kind == "R" for _, kind in runs) > sum(kind == "L" for _, kind in runs)


def _pdfium_flips(runs: list[tuple[str, str]], from_right: bool) -> list[bool]:
    """For runs in the order pdfium reads them, whether it reverses (and mirrors) each: a
    right-to-left run, and a neutral one while the direction is right to left."""
    state = "R" if from_right else "L"
    flips = []
    for _, kind in runs:
        flip = kind == "R" or kind == "N" and state == "R"
        flips.append(flip)
        if flip:
            state = "R"
        elif kind != "W":
            state = "L"
    return flips


def _mirror(text: str) -> str:
    return "".join(uba.MIRRORED.get(c, c) for c in text)


def pdfium_source(logical: str) -> str:
    """The /ActualText to give pdfium for a line so that it reads back `logical`."""
    runs = _runs(logical, _pdfium_class)
    from_right = _from_right(runs)
    pieces = [_mirror(text) if flip else text
              for (text, _), flip in zip(runs, _pdfium_flips(runs, from_right), strict=True)]
    return "".join(reversed(pieces) if from_right else pieces)


def pdfium_reads(source: str) -> str:
    """What pdfium makes of a line whose /ActualText is `source`: runs taken from the right when
    the line is mostly right to left; right-to-left runs (and neutral ones among them) mirrored,
    their characters left in their order (measured with pdfium 8149: the reversal of a run that
    CloseTempLine does on drawn glyphs is undone for /ActualText)."""
    runs = _runs(source, _pdfium_class)
    from_right = _from_right(runs)
    ordered = list(reversed(runs)) if from_right else runs
    return "".join(_mirror(text) if flip else text
                   for (text, _), flip in zip(ordered, _pdfium_flips(ordered, from_right), strict=True))


# ---- marking lines on a page ---------------------------------------------------------------------
#
# Which way poppler takes a line's stretches depends on the whole page (its left-to-right letters
# against its right-to-left ones), known only once the page is complete: so every line's marks go
# into the page's content as placeholders (valid as they stand, written for a left-to-right page)
# and are settled by `settle_marked_lines` before the page is written out. A line drawn as its
# text (left to right, unshaped) needs marks only on a page poppler reads from the right.

def _opening(logical: str, primary_ltr: bool) -> str:
    return (f"/Span <</ActualText {actual_text(poppler_source(logical, primary_ltr))}>> BDC "
            f"/Glyphs <</ActualText {actual_text(pdfium_source(logical))}>> BDC")


def _letters(text: str) -> int:
    """poppler's count of a text's letters: left-to-right ones less right-to-left ones."""
    kinds = [_poppler_class(c) for c in text]
    return kinds.count("L") - kinds.count("R")


class _Opening(str):
    """A line's opening marks, with its logical text, until its page is complete."""

    logical: str
    always: bool             # its glyphs do not read back as its text

    def __new__(cls, logical: str, always: bool) -> _Opening:
        logical = logical.replace("\u00a0", " ").replace("\u202f", " ")
        line = super().__new__(cls, _opening(logical, True) if always else "")
        line.logical, line.always = logical, always
        return line

    def letters(self, primary_ltr: bool) -> int:
        marked = self.always or not primary_ltr
        return _letters(poppler_source(self.logical, primary_ltr) if marked else self.logical)


class _Closing(str):
    """A line's closing marks, present when its opening ones are."""

    opening: _Opening

    def __new__(cls, opening: _Opening) -> _Closing:
        closing = super().__new__(cls, "EMC EMC" if opening.always else "")
        closing.opening = opening
        return closing


def open_marked_line(code: list[str], logical: str, always: bool = True) -> _Opening:
    """Start a line: extractors are to read `logical` for it. `always`: its glyphs do not read
    back as its text (shaped, or right to left); otherwise it is marked only on a page poppler
    reads from the right. Close it with `close_marked_line`."""
    opening = _Opening(logical, always)
    code.append(opening)
    return opening


def close_marked_line(code: list[str], opening: _Opening) -> None:
    code.append(_Closing(opening))


def settle_marked_lines(code: list[str]) -> None:
    """Write the lines' marks for the page's direction as poppler will find it."""
    openings = [entry for entry in code if isinstance(entry, _Opening)]
    if not any(line.always for line in openings):
        return              # all drawn as their text: no marks needed

    def letters(primary_ltr: bool) -> int:
        return sum(line.letters(primary_ltr) for line in openings)

    primary_ltr = letters(True) >= 0 or letters(False) >= 0
    for i, entry in enumerate(code):
        if isinstance(entry, _Opening):
            marked = entry.always or not primary_ltr
            code[i] = _opening(entry.logical, primary_ltr) if marked else ""
        elif isinstance(entry, _Closing):
            code[i] = "EMC EMC" if entry.opening.always or not primary_ltr else ""
