"""Laying a packet out as an A4 PDF with reportlab: Japanese beside the patient's language.

Text is split into runs by the first font of the language's chain that has the glyphs (Thai and
Arabic fonts have no Latin digits); Thai is shaped through harfbuzz; Arabic is wrapped in logical
order, then reshaped and reordered line by line and right-aligned. Every page carries the case
number and name, "page x of y" in both languages and the date generated.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict, Unpack
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

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
from hirt_desk.packets.phrases import phrase

if TYPE_CHECKING:
    # one TableStyle command, as reportlab's stubs spell it (they export no public name for it)
    from reportlab.platypus.tables import _TableCommand as StyleCommand

PAGE_W, PAGE_H = A4
MARGIN = 15 * mm
BODY_W = PAGE_W - 2 * MARGIN
HEAD = colors.HexColor("#1f4e79")
Cell = str | Paragraph | list[Paragraph]      # what a table cell holds here: nothing, one text, stacked texts
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


def has_thai(text: str) -> bool:
    return any("\u0e00" <= c <= "\u0e7f" for c in text)


def has_arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)


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
    inside a word only when it is longer than a whole line. Shaped text runs a little wider than
    its unshaped measure, hence the margin."""
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


class Writer:
    """Turns texts into Paragraphs for one language, font runs and direction included."""

    def __init__(self, lang: str, size: float = 9) -> None:
        self.lang = lang
        self.chain = list(fonts_for_language(lang))
        self.rtl = lang == "ar"
        self.size = size
        self.style = ParagraphStyle(
            f"body-{lang}",
            fontName=self.chain[0].name,
            fontSize=size,
            leading=size * 1.45,
            alignment=TA_RIGHT if self.rtl else TA_LEFT,
            wordWrap="CJK" if lang in (JA, "zh-Hans", "zh-Hant") else None,
            shaping=1 if lang == "th" else 0,
        )

    def runs(self, text: str) -> list[tuple[PacketFont, str]]:
        """`text` cut into runs, each in the first font of the chain that draws it."""
        missing = uncovered(self.chain, text)
        if missing:
            self._extend(missing)
            missing = uncovered(self.chain, text)
        if missing:
            raise UncoveredText(f"packet ({self.lang}): no font has {missing!r}", missing)
        out: list[tuple[PacketFont, str]] = []
        for ch in text:
            font = (
                next((f for f in self.chain if ord(ch) in f.chars), self.chain[0])
                if not ch.isspace()
                else (out[-1][0] if out else self.chain[0])
            )
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

    def markup(self, text: str) -> str:
        return "".join(f'<font name="{f.name}">{escape(t)}</font>' for f, t in self.runs(text))

    def para(
        self,
        text: str,
        width: float,
        *,
        size: float | None = None,
        bold: bool = False,
        colour: colors.Color | None = None,
        centred: bool = False,
    ) -> Paragraph:
        style = self.style
        self.runs(text)  # pre-flight: every character has a font (adds fallbacks as needed)
        thai, arabic = has_thai(text), has_arabic(text)
        if size or colour or centred or thai != bool(style.shaping):
            style = ParagraphStyle(
                f"{style.name}-{size}-{thai}-{centred}",
                parent=style,
                fontSize=size or style.fontSize,
                leading=(size or style.fontSize) * 1.45,
                textColor=colour or colors.black,
                shaping=1 if thai else 0,
                alignment=TA_CENTER if centred else style.alignment,
            )
        if arabic:
            lines = []
            for chunk in text.split("\n"):
                for line in simpleSplit(chunk, self.chain[0].name, style.fontSize, width - 4) or [""]:
                    lines.append(self.markup(get_display(arabic_reshaper.reshape(line))))
            body = "<br/>".join(lines)
        elif thai:
            thai_font = next(f.name for f in self.chain if 0x0E01 in f.chars)
            lines = [
                line
                for chunk in text.split("\n")
                for line in wrap_thai(chunk, thai_font, style.fontSize, width - 6)
            ]
            body = "<br/>".join(self.markup(line) for line in lines)
        else:
            body = "<br/>".join(self.markup(chunk) for chunk in text.split("\n"))
        return Paragraph(f"<b>{body}</b>" if bold and not self.rtl else body, style)


def _styled(commands: list[StyleCommand]) -> TableStyle:
    """A table style whose text font is embedded (reportlab tables default to Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), font_for("ja").name), *commands])


class ParaOptions(TypedDict, total=False):
    """Writer.para's options, passed on as they are by Layout.cell."""

    size: float | None
    bold: bool
    colour: colors.Color | None


class Layout:
    def __init__(self, packet: Packet) -> None:
        self.packet = packet
        self.ja = Writer(JA)
        self.other = Writer(packet.lang)
        self.both = packet.lang != JA

    def cell(self, pair: Pair, width: float, **kw: Unpack[ParaOptions]) -> list[Paragraph]:
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
        if self.both:
            row = [
                [self.ja.para(block.text.ja, BODY_W / 2 - 6, size=12.5, colour=colors.white)],
                [self.other.para(block.text.other, BODY_W / 2 - 6, size=12.5, colour=colors.white)],
            ]
            widths = [BODY_W / 2, BODY_W / 2]
        else:
            row, widths = (
                [[self.ja.para(block.text.ja, BODY_W - 6, size=12.5, colour=colors.white)]],
                [BODY_W],
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
        label_w, value_w = 0.34 * BODY_W, 0.66 * BODY_W
        rows: list[list[Cell]] = [
            [self.cell(label, label_w - 8, colour=colors.HexColor("#333333")), self.cell(value, value_w - 8)]
            for label, value in block.rows
        ]
        return self._grid(rows, [label_w, value_w], header=False)

    def grid(self, block: Grid) -> Table:
        shares = (0.18, 0.17, 0.33, 0.20, 0.12)[: len(block.headers)]
        widths = [BODY_W * s / sum(shares) for s in shares]
        rows: list[list[Cell]] = [[self.cell(h, w - 8) for h, w in zip(block.headers, widths, strict=True)]]
        rows += [[self.cell(c, w - 8) for c, w in zip(r, widths, strict=True)] for r in block.rows]
        return self._grid(rows, widths, header=True)

    def paragraphs(self, block: Paragraphs) -> Table:
        mark_ja, mark = ("・", "• ") if block.bullets else ("", "")
        if self.both:
            rows = [
                [
                    self.ja.para(mark_ja + p.ja, BODY_W / 2 - 8),
                    self.other.para(mark + p.other, BODY_W / 2 - 8),
                ]
                for p in block.items
            ]
            widths = [BODY_W / 2, BODY_W / 2]
        else:
            rows, widths = [[self.ja.para(mark_ja + p.ja, BODY_W - 8)] for p in block.items], [BODY_W]
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
        width = BODY_W / 7
        title = self.cell(block.title, BODY_W - 8, bold=True)
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
        swatch, words = 6 * mm, BODY_W / len(block.legend) - 6 * mm
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
        for block in self.packet.blocks:
            if isinstance(block, Heading):
                heading = self.heading(block)
                heading.keepWithNext = True          # never a heading alone at a page's foot
                spacer = Spacer(1, 2 * mm)
                spacer.keepWithNext = True
                out += [Spacer(1, 4 * mm), heading, spacer]
            elif isinstance(block, Fields):
                out.append(self.fields(block))
            elif isinstance(block, Grid):
                out.append(self.grid(block))
            elif isinstance(block, Paragraphs):
                out.append(self.paragraphs(block))
            elif isinstance(block, MonthGrid):
                out.append(self.month(block))
        return out


def _furniture_canvas(layout: Layout) -> type[rl_canvas.Canvas]:
    """A canvas that numbers pages "x of y" once it knows y (pages are drawn at the end)."""
    packet = layout.packet

    class Furnished(rl_canvas.Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            # start in an embedded font: the default initial font is an unembedded Helvetica
            kwargs["initialFontName"] = layout.ja.chain[0].name
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]  # Canvas's own arguments, passed on
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()   # type: ignore[attr-defined]  # reportlab's own reset for the next page

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_furniture(number, total)
                super().showPage()
            super().save()

        def _line(self, writer: Writer, text: str, x: float, y: float, right: bool = False) -> None:
            if has_arabic(text):
                text = get_display(arabic_reshaper.reshape(text))
            runs = writer.runs(text)
            width = sum(stringWidth(t, f.name, 7.5) for f, t in runs)
            x = x - width if right else x
            for font, chunk in runs:
                self.setFont(font.name, 7.5)
                self.drawString(x, y, chunk, shaping=has_thai(chunk))
                x += stringWidth(chunk, font.name, 7.5)

        def _draw_furniture(self, number: int, total: int) -> None:
            self.setStrokeColor(colors.HexColor("#bbbbbb"))
            self.line(MARGIN, PAGE_H - 11 * mm, PAGE_W - MARGIN, PAGE_H - 11 * mm)
            self.line(MARGIN, 11 * mm, PAGE_W - MARGIN, 11 * mm)
            self._line(layout.ja, f"{packet.case_number}  {packet.patient_name}", MARGIN, PAGE_H - 9.5 * mm)
            generated = phrase(JA, "Generated {date}", date=fmt_date(packet.generated, JA))
            self._line(layout.ja, generated, PAGE_W - MARGIN, PAGE_H - 9.5 * mm, right=True)
            self._line(
                layout.ja, phrase(JA, "Page {page} of {pages}", page=number, pages=total), MARGIN, 7 * mm
            )
            if layout.both:
                self._line(
                    layout.other,
                    phrase(packet.lang, "Page {page} of {pages}", page=number, pages=total),
                    PAGE_W - MARGIN,
                    7 * mm,
                    right=True,
                )

    return Furnished


def render_packet(packet: Packet, out: Path) -> int:
    """Write the packet to `out` (atomically); returns the number of pages."""
    layout = Layout(packet)
    out = Path(out)
    check_output(out)
    tmp = out.with_name(f".{out.name}.tmp")
    doc = SimpleDocTemplate(
        str(tmp),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        author="HIRT Desk",
        title=f"{packet.case_number} {packet.patient_name}",
    )
    try:
        doc.build(layout.story(), canvasmaker=_furniture_canvas(layout))
        replace_into(tmp, out)
    finally:
        with contextlib.suppress(OSError):     # e.g. its folder is not one: the error above says so
            tmp.unlink(missing_ok=True)
    return doc.page
