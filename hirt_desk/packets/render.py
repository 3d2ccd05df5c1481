"""Laying a packet out as an A4 PDF with reportlab: Japanese beside the patient's language.

Text is split into runs by the first font of the language's chain that has the glyphs (Thai and
Arabic fonts have no Latin digits); Thai is shaped through harfbuzz; Arabic is wrapped in logical
order, then reshaped and reordered line by line and right-aligned. Every page carries the case
number and name, "page x of y" in both languages and the date generated.
"""

from __future__ import annotations

import contextlib
import os
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict, Unpack, cast

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import CondPageBreak

from hirt_desk import __version__
from hirt_desk.files import check_output, replace_into
from hirt_desk.packets.content import JA, Fields, Grid, Heading, MonthGrid, Packet, Pair, Paragraphs, fmt_date
from hirt_desk.packets.fonts import (
    MissingFont,
    PacketFont,
    UncoveredText,
    font_for,
    fonts_for_language,
    uncovered,
)
from hirt_desk.packets.lines import (
    Segment,
    break_units,
    clean,
    draw_plain,
    draw_shaped,
    has_arabic,
    has_thai,
    kinsoku,
    paragraph_rtl,
    shape,
    visual_segments,
    wrap_units,
)
from hirt_desk.packets.phrases import phrase

if TYPE_CHECKING:
    # one TableStyle command, as reportlab's stubs spell it (they export no public name for it)
    from reportlab.platypus.tables import _TableCommand as StyleCommand

PAGE_SIZES = {"a4": A4, "letter": LETTER}
MARGIN = 15 * mm
HEAD = colors.HexColor("#1f4e79")
# what a table cell holds here: nothing, one text, stacked texts
Cell = str | Flowable | Sequence[Flowable]
SESSION = colors.HexColor("#ffd6d6")
MARKS = {  # calendar marks (content.day_mark): background, text colour
    "session": (SESSION, colors.black), "check": (colors.HexColor("#ffb000"), colors.black),
    "holiday": (colors.HexColor("#dfe8f7"), colors.HexColor("#c62828")),
    "closure": (colors.HexColor("#e4e4e4"), colors.HexColor("#555555")),
    "weekend": (colors.HexColor("#f5f5f5"), colors.grey),
}


def _mark_style(mark: str, cell: tuple[int, int]) -> list[StyleCommand]:
    background, text = MARKS[mark]
    return [("BACKGROUND", cell, cell, background), ("TEXTCOLOR", cell, cell, text)]


_THAI_CONSONANTS = range(0x0E01, 0x0E2F)
_THAI_LEADING_VOWELS = range(0x0E40, 0x0E45)


def _split_thai_chunk(chunk: str, font: str, size: float, width: float) -> list[str]:
    """A word too long for a whole line, cut before a consonant that does not follow a leading
    vowel (so a vowel or tone mark never leaves its consonant)."""
    pieces: list[str] = []
    line = ""
    for i, ch in enumerate(chunk):
        cut = ord(ch) in _THAI_CONSONANTS and i > 0 and ord(chunk[i - 1]) not in _THAI_LEADING_VOWELS
        if cut and line and stringWidth(line + ch, font, size) > width:
            pieces.append(line)
            line = ""
        line += ch
    return [*pieces, line] if line else pieces


@cache
def _thai_segmenter() -> Callable[[str], list[str]]:
    """PyThaiNLP's dictionary word segmenter (newmm), loaded on the first Thai text; told never
    to write to the user's home folder or to look for downloads."""
    os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    from pythainlp.tokenize import word_tokenize

    return lambda text: word_tokenize(text, engine="newmm", keep_whitespace=True)


def thai_units(text: str) -> list[str]:
    """`text` cut where a line may break: between Thai words (from the dictionary), at spaces
    (kept as their own unit); a repetition mark ๆ stays with its word, and Latin or digits
    written together stay together."""
    units: list[str] = []
    for token in _thai_segmenter()(text):
        if units and token.startswith("ๆ"):
            space = units.pop() if units[-1].isspace() and len(units) > 1 else ""
            units[-1] += space + token
        elif units and not (has_thai(token) or has_thai(units[-1]) or token.isspace()
                            or units[-1].isspace()):
            units[-1] += token
        else:
            units.append(token)
    return units


def wrap_thai(text: str, font: str, size: float, width: float) -> list[str]:
    """Thai writes no spaces between words: break between the words a dictionary finds, and
    inside a word only when it is longer than a whole line (measured unshaped, with a margin)."""
    width *= 0.94
    lines: list[str] = []
    line = ""
    for unit in thai_units(text):
        if stringWidth(line + unit, font, size) <= width:
            line += unit
            continue
        if line.strip():
            lines.append(line.rstrip())
        unit = unit.lstrip()
        if stringWidth(unit, font, size) <= width:
            line = unit
        else:
            *full, line = _split_thai_chunk(unit, font, size, width)
            lines += full
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


SHAPED_SCRIPTS = ("th", "ar")
# Arabic letters (Noto Naskh) read smaller than Japanese or Latin at the same point size.
SCRIPT_SCALE = {"ar": 1.15}
# Writers whose own font sets Latin badly (IPA and AR PL fonts: monospaced or full-width Latin):
# Latin, Cyrillic, Vietnamese, digits and Western punctuation go to the Latin font instead.
LATIN_FIRST = (JA, "zh-Hans", "zh-Hant")


def _latin_script(ch: str) -> bool:
    return ord(ch) < 0x2000 or ch in "\u2013\u2014\u2018\u2019\u201c\u201d\u2022"


def _joins_latin(ch: str, latin: PacketFont) -> bool:
    """Punctuation inside a Latin stretch of the Arabic column ("HD-2026", "28/01/1957",
    "+81-27"): kept in the Latin font with the letters around it."""
    return ch in "-/.:,+&'%¥$–→" and ord(ch) in latin.chars


def _latin_letter(ch: str) -> bool:
    """A Latin, Greek or Cyrillic letter or a digit: in the Arabic column these go to the Latin
    font, so "HD-2026-UWR-0013" or "E19006637" is one face at one size (the Arabic font's
    digits, scaled up with its letters, stood taller than the Latin letters beside them)."""
    return ch.isascii() and ch.isalnum() or "\u00c0" <= ch < "\u0530" and ch.isalpha()


@dataclass(frozen=True)
class Run:
    font: PacketFont
    text: str          # logical order
    rtl: bool
    size: float

    @property
    def shaped(self) -> bool:
        return self.font.script in SHAPED_SCRIPTS


@dataclass(frozen=True)
class Line:
    """One line of a paragraph: its text, the paragraph it was cut from (logical order, direction
    marks dropped) and where in it the line starts."""

    text: str
    paragraph: str
    start: int


class Writer:
    """Sets texts in one language: font runs, line breaks, shaping and direction."""

    def __init__(self, lang: str, size: float = 9) -> None:
        self.lang = lang
        self.chain = list(fonts_for_language(lang))
        self.rtl = lang == "ar"
        self.size = size
        self.latin_first = lang in LATIN_FIRST
        self.latin = font_for("latin")
        self._widths: dict[tuple[str, float], float] = {}

    def _font(self, ch: str) -> PacketFont:
        if self.latin_first and _latin_script(ch) and ord(ch) in self.latin.chars:
            return self.latin
        if self.rtl and _latin_letter(ch) and ord(ch) in self.latin.chars:
            return self.latin
        return next((f for f in self.chain if ord(ch) in f.chars), self.chain[0])

    def runs(self, text: str) -> list[tuple[PacketFont, str]]:
        """`text` cut into runs, each in the first font that draws it (Latin first in CJK
        columns); spaces and combining marks stay in the run before them."""
        text = clean(text)
        missing = uncovered(self.chain, text)
        if missing:
            self._extend(missing)
            missing = uncovered(self.chain, text)
        if missing:
            raise UncoveredText(f"packet ({self.lang}): no font has {missing!r}", missing)
        out: list[tuple[PacketFont, str]] = []
        for ch in text:
            keep = out and (ch.isspace() or unicodedata.combining(ch) and ord(ch) in out[-1][0].chars
                            or self.rtl and out[-1][0] is self.latin and _joins_latin(ch, self.latin))
            font = out[-1][0] if keep else self._font(ch) if not ch.isspace() else self.chain[0]
            if out and out[-1][0] is font:
                out[-1] = (font, out[-1][1] + ch)
            else:
                out.append((font, ch))
        return out

    def _extend(self, missing: str) -> None:
        """Names of companions can be in any script: add the other scripts' fonts as needed."""
        for script in ("zh-Hans", "zh-Hant", "ko", "th", "ar"):
            try:
                font = font_for(script)
            except MissingFont:
                continue
            if font not in self.chain and any(ord(c) in font.chars for c in missing):
                self.chain.append(font)

    def line_runs(self, line: str | Line, size: float, rtl: bool | None = None) -> list[Run]:
        """One line as runs in visual order, left to right; `rtl`: its paragraph's base direction
        (by default the one its first strong letter gives, else the language's)."""
        if isinstance(line, str):
            line = Line(clean(line), clean(line), 0)
        rtl = self.direction(line.paragraph) if rtl is None else rtl
        if rtl or has_arabic(line.paragraph):
            segments = visual_segments(line.text, rtl, line.paragraph, line.start)
        else:
            segments = [Segment(clean(line.text), False)]
        out: list[Run] = []
        for seg in segments:
            runs = [Run(f, t, seg.rtl, size * SCRIPT_SCALE.get(f.script, 1.0))
                    for f, t in self.runs(seg.text)]
            out += reversed(runs) if seg.rtl else runs
        return out

    def direction(self, paragraph: str) -> bool:
        """Whether a paragraph is right to left: as its first letter with a strong direction
        says (a name or a company in Latin letters reads left to right even in the Arabic
        column: "Co., Ltd." keeps its full stop at its end), else as the language goes."""
        return paragraph_rtl(paragraph, self.rtl)

    def run_width(self, run: Run) -> float:
        key = (f"{run.font.name}\0{run.rtl}\0{run.text}", run.size)
        if key not in self._widths:
            self._widths[key] = (shape(run.text, run.font.name, run.size, run.rtl)[1] if run.shaped
                                 else stringWidth(run.text, run.font.name, run.size))
        return self._widths[key]

    def measure(self, text: str, size: float | None = None) -> float:
        size = size or self.size
        return sum(self.run_width(Run(f, t, self.rtl, size * SCRIPT_SCALE.get(f.script, 1.0)))
                   for f, t in self.runs(text))

    def units(self, text: str) -> list[str]:
        return kinsoku(thai_units(text)) if has_thai(text) else break_units(text)

    def wrap(self, text: str, width: float, size: float | None = None, hang: float = 0.0) -> list[str]:
        """`text` broken into lines (in logical order) that fit `width`."""
        return [line.text for line in self.wrap_lines(text, width, size, hang)]

    def wrap_lines(self, text: str, width: float, size: float | None = None,
                   hang: float = 0.0) -> list[Line]:
        """`text` broken into lines that fit `width`, each with the paragraph it belongs to (a
        line break in `text` starts a new paragraph), so that its direction is the paragraph's."""
        out: list[Line] = []
        for paragraph in clean(text).split("\n"):
            at = 0
            for line in wrap_units(self.units(paragraph), width, lambda u: self.measure(u, size), hang):
                at = paragraph.find(line, at) if line else at
                out.append(Line(line, paragraph, max(at, 0)))
                at += len(line)
        return out

    def draw_line(self, canvas: rl_canvas.Canvas, line: str | Line, x: float, y: float, *,
                  size: float | None = None, right: bool = False, bold: bool = False,
                  rtl: bool | None = None) -> float:
        """Draw one line with its left end at x (its right end, if `right`); its width.
        `rtl`: the direction of the line's paragraph (by default as `direction` finds it)."""
        runs = self.line_runs(line, size or self.size, rtl)
        width = sum(self.run_width(r) for r in runs)
        x = x - width if right else x
        rtl_line = any(r.rtl for r in runs)
        for run in runs:
            text = canvas.beginText(x, y)
            font = self.latin_bold if bold and run.font is self.latin else run.font
            text.setFont(font.name, run.size)
            if bold and font is run.font:
                text.setTextRenderMode(2)                  # fill and stroke: a bolder stroke
                canvas.setLineWidth(run.size * 0.03)
            if run.shaped:
                draw_shaped(text, run.text, font.name, run.size, run.rtl, line_start=run is runs[0])
            else:
                draw_plain(text, run.text, run.rtl, rtl_line)
            canvas.drawText(text)
            x += self.run_width(run)
        return width

    @property
    def latin_bold(self) -> PacketFont:
        return font_for("latin-bold")

    def para(
        self,
        text: str,
        width: float,
        *,
        size: float | None = None,
        bold: bool = False,
        colour: colors.Color | None = None,
        mark: str = "",
        centred: bool = False,
    ) -> TextLines:
        self.runs(mark + text)  # pre-flight: every character has a font (adds fallbacks as needed)
        return TextLines(self, text, size or self.size, bold=bold, colour=colour or colors.black, mark=mark,
                         centred=centred)


class TextLines(Flowable):
    """A paragraph set by a Writer: lines fill the width given, right-aligned for right-to-left
    languages; a list item's mark hangs (continuation lines start under its text)."""

    def __init__(self, writer: Writer, text: str, size: float, *, bold: bool, colour: colors.Color,
                 mark: str = "", centred: bool = False) -> None:
        super().__init__()
        self.writer, self.text, self.size, self.bold, self.colour, self.mark = (
            writer, text, size, bold, colour, mark)
        self.centred = centred
        self.leading = size * 1.45 * (1.1 if writer.rtl else 1.0)
        self.lines: list[Line] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        hang = self.writer.measure(self.mark, self.size) if self.mark else 0.0
        self.hang = hang
        self.lines = self.writer.wrap_lines(self.mark + self.text, availWidth, self.size, hang)
        self.width, self.height = availWidth, len(self.lines) * self.leading
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(self.colour)
        canvas.setStrokeColor(self.colour)
        y = self.height - self.size * 1.08
        for i, line in enumerate(self.lines):
            indent = self.hang if i and line.start else 0.0     # a new paragraph starts at the edge
            if self.centred:            # e.g. a day number in its calendar cell
                x = (self.width - self.writer.measure(line.text, self.size)) / 2
                self.writer.draw_line(canvas, line, x, y, size=self.size, bold=self.bold)
            elif self.writer.rtl:
                self.writer.draw_line(canvas, line, self.width - indent, y, size=self.size, right=True,
                                      bold=self.bold)
            else:
                self.writer.draw_line(canvas, line, indent, y, size=self.size, bold=self.bold)
            y -= self.leading
        canvas.restoreState()

    def plain(self) -> str:
        return self.text


def _styled(commands: list[StyleCommand]) -> TableStyle:
    """A table style whose text font is embedded (reportlab tables default to Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), font_for("ja").name), *commands])


class ParaOptions(TypedDict, total=False):
    """Writer.para's options, passed on as they are by Layout.cell."""

    size: float | None
    bold: bool
    colour: colors.Color | None


class Layout:
    def __init__(self, packet: Packet, page_size: tuple[float, float] = A4) -> None:
        self.packet = packet
        self.page_w, self.page_h = page_size
        self.body_w = self.page_w - 2 * MARGIN
        self.ja = Writer(JA)
        self.other = Writer(packet.lang)
        self.both = packet.lang != JA

    def cell(self, pair: Pair, width: float, **kw: Unpack[ParaOptions]) -> list[TextLines]:
        """Japanese, then (when it differs) the patient's language under it.

        A value the same in both (a name in the patient's script, a number) is written once, by
        the patient's language, whose fonts, shaping and direction fit it."""
        if pair.ja == pair.other:
            return [self.other.para(pair.ja, width, **kw)]
        out = [self.ja.para(pair.ja, width, **kw)]
        if self.both and pair.other and pair.other != pair.ja:
            out.append(self.other.para(pair.other, width, **kw))
        return out

    def heading(self, block: Heading) -> Table:
        body_w = self.body_w
        if self.both:
            row = [
                [self.ja.para(block.text.ja, body_w / 2 - 6, size=12.5, colour=colors.white)],
                [self.other.para(block.text.other, body_w / 2 - 6, size=12.5, colour=colors.white)],
            ]
            widths = [body_w / 2, body_w / 2]
        else:
            row, widths = (
                [[self.ja.para(block.text.ja, body_w - 6, size=12.5, colour=colors.white)]],
                [body_w],
            )
        table = Table([row], colWidths=widths)
        table.setStyle(
            _styled(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), HEAD),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return table

    def fields(self, block: Fields) -> Table:
        label_w, value_w = 0.34 * self.body_w, 0.66 * self.body_w
        rows: list[list[Cell]] = [
            [self.cell(label, label_w - 8, colour=colors.HexColor("#333333")), self.cell(value, value_w - 8)]
            for label, value in block.rows
        ]
        return self._grid(rows, [label_w, value_w], header=False)

    def _extent(self, pair: Pair) -> tuple[float, float]:
        """The narrowest a cell can be (its widest word: a name, a time, a date) and the width
        it wants (its widest line), over both of its languages."""
        narrow = wide = 0.0
        for writer, text in ((self.ja, pair.ja), (self.other, pair.other if self.both else "")):
            for line in clean(text).split("\n"):
                if line.strip():
                    wide = max(wide, writer.measure(line))
                    words = (writer.measure(u) for u in writer.units(line) if not u.isspace())
                    narrow = max([narrow, *words])
        return narrow, wide

    def column_widths(self, block: Grid) -> list[float]:
        """Column widths as a browser gives an automatic table: each column at least as wide as
        its widest word, a column of short lines as wide as its widest line, and the room left
        shared by how much more each wants. So the date, time and traveller columns hold their
        lines whole ("10:30 (Shanghai, UTC+8)", "2026 оны 11-р сарын 25", "PHAM NGOC MAI") and
        the free text takes the rest."""
        pad = 13.0                       # a cell's padding (6 on each side), and a little more
        narrow, wide = [0.0] * len(block.headers), [0.0] * len(block.headers)
        for row in (block.headers, *block.rows):
            for c, cell in enumerate(row):
                n, w = self._extent(cell)
                narrow[c], wide[c] = max(narrow[c], n + pad), max(wide[c], w + pad)
        total = self.body_w
        # a column of short lines (dates, times, names: up to a quarter of the width) keeps
        # every line whole
        narrow = [w if w <= 0.25 * total else n for n, w in zip(narrow, wide, strict=True)]
        if sum(wide) <= total:            # every line whole: the room left goes to the widest
            return [w + (total - sum(wide)) * w / sum(wide) for w in wide]
        if sum(narrow) >= total:
            return [n * total / sum(narrow) for n in narrow]
        more = [w - n for n, w in zip(narrow, wide, strict=True)]
        return [n + (total - sum(narrow)) * m / sum(more) for n, m in zip(narrow, more, strict=True)]

    def grid(self, block: Grid) -> Table:
        widths = self.column_widths(block)
        rows: list[list[Cell]] = [[self.cell(h, w - 8) for h, w in zip(block.headers, widths, strict=True)]]
        rows += [[self.cell(c, w - 8) for c, w in zip(r, widths, strict=True)] for r in block.rows]
        return self._grid(rows, widths, header=True)

    def paragraphs(self, block: Paragraphs) -> Table:
        mark_ja, mark = ("・", "• ") if block.bullets else ("", "")
        body_w = self.body_w
        if self.both:
            rows = [
                [
                    self.ja.para(p.ja, body_w / 2 - 8, mark=mark_ja),
                    self.other.para(p.other, body_w / 2 - 8, mark=mark),
                ]
                for p in block.items
            ]
            widths = [body_w / 2, body_w / 2]
        else:
            rows, widths = [[self.ja.para(p.ja, body_w - 8, mark=mark_ja)] for p in block.items], [body_w]
        table = Table(rows, colWidths=widths)
        table.setStyle(
            _styled(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        return table

    def month(self, block: MonthGrid) -> KeepTogether:
        width = self.body_w / 7
        title = self.cell(block.title, self.body_w - 8, bold=True)
        rows: list[list[Cell]] = [[self.cell(d, width - 6, size=8) for d in block.weekdays]]
        style: list[StyleCommand] = [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        marks = block.marks or {d: "session" for d in block.sessions}
        for r, week in enumerate(block.weeks, start=1):
            row: list[Cell] = []
            for c, day in enumerate(week):
                mark = marks.get(day) if day is not None else None
                text = "" if day is None else f"{day.day}!" if mark == "check" else str(day.day)
                row.append("" if day is None else
                           self.ja.para(text, width - 6, bold=mark in ("session", "check"), centred=True,
                                        colour=MARKS[mark][1] if mark else None))
                if mark is not None:
                    style += _mark_style(mark, (c, r))
            rows.append(row)
        table = Table(rows, colWidths=[width] * 7, rowHeights=[None] + [8 * mm] * len(block.weeks))
        table.setStyle(_styled(style))
        return KeepTogether([*title, table, *self._legend(block), Spacer(1, 3 * mm)])

    def _legend(self, block: MonthGrid) -> list[Flowable]:
        """What the marks mean: a swatch and its words in both languages, in one row."""
        if not block.legend:
            return []
        swatch, words = 6 * mm, self.body_w / len(block.legend) - 6 * mm
        row: list[Cell] = []
        style: list[StyleCommand] = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                     ("TOPPADDING", (0, 0), (-1, -1), 1),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
        for i, (mark, label) in enumerate(block.legend):
            row += ["!" if mark == "check" else "", self.cell(label, words - 4, size=7)]
            style += _mark_style(mark, (2 * i, 0))
            style.append(("BOX", (2 * i, 0), (2 * i, 0), 0.4, colors.grey))
            style.append(("ALIGN", (2 * i, 0), (2 * i, 0), "CENTER"))
        table = Table([row], colWidths=[swatch, words] * len(block.legend))
        table.setStyle(_styled(style))
        return [Spacer(1, 1.5 * mm), table]

    @staticmethod
    def _grid(rows: list[list[Cell]], widths: list[float], header: bool) -> Table:
        table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
        style: list[StyleCommand] = [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")))
        else:
            style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f4f4f4")))
        table.setStyle(_styled(style))
        return table

    def story(self) -> list[Flowable]:
        out: list[Flowable] = []
        blocks = self.packet.blocks
        for i, block in enumerate(blocks):
            if isinstance(block, Heading):
                # the heading goes to the next page only when it and the start of what follows
                # do not fit: a long table then breaks across pages, its header row repeated
                heading, spacer = self.heading(block), Spacer(1, 2 * mm)
                out += [Spacer(1, 4 * mm), RoomFor([heading, spacer]), heading, spacer]
            elif isinstance(block, Fields):
                out.append(self.fields(block))
            elif isinstance(block, Grid):
                out.append(self.grid(block))
            elif isinstance(block, Paragraphs):
                out.append(self.paragraphs(block))
            elif isinstance(block, MonthGrid):
                out.append(self.month(block))
            if i and isinstance(blocks[i - 1], Heading):
                cast(RoomFor, out[-4]).following = out[-1]
        return out


class RoomFor(CondPageBreak):
    """Before a heading: a new page unless the heading, and the start of what follows it (a
    table's first two rows, the header row and one more; anything else whole), fit in the
    room left on this one."""

    def __init__(self, parts: list[Flowable], rows: int = 2) -> None:
        super().__init__(0)
        self.parts, self.rows = parts, rows
        self.following: Flowable | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        need = 0.0
        for part in self.parts:
            need += part.wrap(availWidth, availHeight)[1]
        after = self.following
        if isinstance(after, Table):
            after.wrap(availWidth, availHeight)
            heights: list[float] = getattr(after, "_rowHeights")    # set by wrap  # noqa: B009
            need += sum(heights[: self.rows])
        elif isinstance(after, KeepTogether):
            after.wrap(availWidth, availHeight)
            need += float(getattr(after, "_H"))     # its content's height, set by wrap  # noqa: B009
        elif after is not None:
            need += after.wrap(availWidth, availHeight)[1]
        self.height = need
        return super().wrap(availWidth, availHeight)


def pdf_canvas(initial_font: str, lang: str) -> type[rl_canvas.Canvas]:
    """A canvas class that starts in an embedded font (the default initial font is an unembedded
    Helvetica) and declares the document's language (/Lang) and creator."""

    class DocumentCanvas(rl_canvas.Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs["initialFontName"] = initial_font
            kwargs["lang"] = lang
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]  # Canvas's own arguments, passed on
            self.setCreator(f"HIRT Desk {__version__}")

    return DocumentCanvas


def _furniture_canvas(layout: Layout) -> type[rl_canvas.Canvas]:
    """A canvas that numbers pages "x of y" once it knows y (pages are drawn at the end)."""
    packet = layout.packet
    page_w, page_h = layout.page_w, layout.page_h
    base = pdf_canvas(layout.ja.chain[0].name, packet.lang)

    class Furnished(base):  # type: ignore[valid-type,misc]  # a class made at run time
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_furniture(number, total)
                super().showPage()
            super().save()

        def _draw_furniture(self, number: int, total: int) -> None:
            self.setStrokeColor(colors.HexColor("#bbbbbb"))
            self.line(MARGIN, page_h - 11 * mm, page_w - MARGIN, page_h - 11 * mm)
            self.line(MARGIN, 11 * mm, page_w - MARGIN, 11 * mm)
            ja = layout.ja
            ja.draw_line(self, f"{packet.case_number}  {packet.patient_name}", MARGIN, page_h - 9.5 * mm,
                         size=7.5)
            generated = phrase(JA, "Generated {date}", date=fmt_date(packet.generated, JA))
            ja.draw_line(self, generated, page_w - MARGIN, page_h - 9.5 * mm, size=7.5, right=True)
            ja.draw_line(self, phrase(JA, "Page {page} of {pages}", page=number, pages=total), MARGIN, 7 * mm,
                         size=7.5)
            if layout.both:
                layout.other.draw_line(
                    self, phrase(packet.lang, "Page {page} of {pages}", page=number, pages=total),
                    page_w - MARGIN, 7 * mm, size=7.5, right=True)

    return Furnished


def render_packet(packet: Packet, out: Path, page_size: tuple[float, float] | str = A4,
                  author: str = "", subject: str = "Travel and treatment packet") -> int:
    """Write the packet to `out` (atomically) on A4 or US Letter (`page_size`: a size in points
    or "a4" / "letter"); `author` is the agency. Returns the number of pages."""
    size = PAGE_SIZES[page_size] if isinstance(page_size, str) else page_size
    layout = Layout(packet, size)
    out = Path(out)
    check_output(out)
    tmp = out.with_name(f".{out.name}.tmp")
    doc = SimpleDocTemplate(
        str(tmp),
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        author=author or "HIRT Desk",
        title=f"{packet.case_number} {packet.patient_name}",
        subject=phrase(packet.lang, subject),
        creator=f"HIRT Desk {__version__}",
    )
    try:
        doc.build(layout.story(), canvasmaker=_furniture_canvas(layout))
        replace_into(tmp, out)
    finally:
        with contextlib.suppress(OSError):     # e.g. its folder is not one: the error above says so
            tmp.unlink(missing_ok=True)
    return doc.page
