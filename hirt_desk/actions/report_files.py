"""Writing a report, or any list of rows, to CSV, XLSX (one sheet per table, openpyxl) or PDF
(reportlab, each table with its chart). The file's type follows its extension; a file is
written beside its destination and moved into place, so a failure leaves no half-written file.

Labels (column titles, statuses, countries) come from the caller in the user's language: the
command line passes plain codes, the window its translations.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from hirt_desk.actions.reports import Report, Table
from hirt_desk.files import check_output, replace_into

Label = Callable[[str, str], str]       # (kind, value) -> text; kind "column", "table", "status"...
REPORT_TYPES = (".csv", ".xlsx", ".pdf")
LIST_TYPES = (".csv", ".xlsx")


class UnknownFileType(ValueError):
    """A file name whose extension is not one the writer knows."""

    def __init__(self, path: Path, known: Sequence[str]) -> None:
        super().__init__(f"cannot write {path.name}: the name must end in {', '.join(known)}")
        self.path, self.known = path, tuple(known)


def _plain(kind: str, value: str) -> str:
    return value


def file_type(path: Path, known: Sequence[str]) -> str:
    suffix = path.suffix.lower()
    if suffix not in known:
        raise UnknownFileType(path, known)
    return suffix


def _cell(kind: str, value: Any, label: Label) -> Any:
    """A table cell as shown: codes named through `label`, numbers and dates as they are."""
    if value is None:
        return ""
    if kind in ("nationality", "status", "ending", "from", "site", "verdict", "measure") and value != "":
        return label(kind, str(value))
    return value


def shown(table: Table, label: Label) -> tuple[list[str], list[list[Any]]]:
    header = [label("column", c) for c in table.columns]
    rows = [[_cell(c, v, label) for c, v in zip(table.columns, row, strict=True)] for row in table.rows]
    return header, rows


def _temporary(out: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(fd)
    return Path(name)


def _write(out: Path, writer: Callable[[Path], None]) -> None:
    check_output(out)
    tmp = _temporary(out)
    try:
        writer(tmp)
        replace_into(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


# -- lists of rows (the case list as shown) ------------------------------------------------------

def write_rows(out: Path, header: Sequence[str], rows: Sequence[Sequence[Any]], title: str = "") -> int:
    """`rows` under `header` to a CSV or XLSX file; how many rows were written."""
    kind = file_type(out, LIST_TYPES)
    if kind == ".csv":
        _write(out, lambda tmp: _csv(tmp, [(None, list(header), [list(r) for r in rows])]))
    else:
        _write(out, lambda tmp: _xlsx(tmp, [(title or "list", list(header), [list(r) for r in rows])]))
    return len(rows)


# -- reports -------------------------------------------------------------------------------------

def write_report(report: Report, out: Path, label: Label = _plain, title: str = "") -> dict[str, Any]:
    """The report to `out` (.csv, .xlsx or .pdf); what was written, for the command line."""
    kind = file_type(out, REPORT_TYPES)
    tables = [(t, *shown(t, label)) for t in report.tables()]
    if kind == ".csv":
        _write(out, lambda tmp: _csv(tmp, [(label("table", t.key), h, r) for t, h, r in tables]))
        return {"out": str(out), "tables": len(tables)}
    if kind == ".xlsx":
        _write(out, lambda tmp: _xlsx(tmp, [(t.key, h, r) for t, h, r in tables]))
        return {"out": str(out), "sheets": len(tables)}
    pages: list[int] = []
    _write(out, lambda tmp: pages.append(_pdf(tmp, report, tables, label, title)))
    return {"out": str(out), "pages": pages[0]}


def _csv(path: Path, tables: list[tuple[str | None, list[str], list[list[Any]]]]) -> None:
    """One CSV file: each table under a line with its title, tables apart by an empty line.
    UTF-8 with a byte-order mark, so spreadsheet programs read Chinese and Japanese right."""
    with path.open("w", newline="", encoding="utf-8-sig") as stream:
        writer = csv.writer(stream)
        for i, (title, header, rows) in enumerate(tables):
            if i:
                writer.writerow([])
            if title is not None:
                writer.writerow([title])
            writer.writerow(header)
            writer.writerows([[_iso(v) for v in row] for row in rows])


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _xlsx(path: Path, sheets: list[tuple[str, list[str], list[list[Any]]]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    book = Workbook()
    first = book.active
    if first is not None:
        book.remove(first)
    for name, header, rows in sheets:
        sheet = book.create_sheet(title=name[:31])
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(row)
        for i, title in enumerate(header, start=1):
            width = max([len(str(title)), *(len(str(r[i - 1])) for r in rows)], default=8)
            sheet.column_dimensions[sheet.cell(1, i).column_letter].width = min(max(width + 2, 8), 60)
        sheet.freeze_panes = "A2"
    book.save(path)


def _numeric(rows: list[list[Any]]) -> list[int]:
    """The columns holding numbers only (set right-aligned)."""
    width = len(rows[0]) if rows else 0
    return [c for c in range(width) if all(isinstance(r[c], int | float) or r[c] == "" for r in rows)
            and any(isinstance(r[c], int | float) for r in rows)]


def _font_name(text: str) -> str:
    """The first printed-document font that has every character of `text` (Latin first)."""
    from hirt_desk.packets.fonts import MissingFont, font_for
    chosen = ""
    for script in ("latin", "ja", "zh-Hans", "zh-Hant", "ko"):
        try:
            font = font_for(script)
        except MissingFont:
            continue
        chosen = chosen or font.name
        if not font.covers(text):
            return font.name
    return chosen or "Helvetica"


def _pdf(path: Path, report: Report, tables: list[tuple[Table, list[str], list[list[Any]]]],
         label: Label, title: str) -> int:
    """The printable report: a title with the period, then each table with its chart."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as PdfTable

    from hirt_desk.actions.report_charts import chart, png

    def para(text: str, size: float = 9, bold: bool = False) -> Paragraph:
        style = ParagraphStyle("cell", fontName=_font_name(text), fontSize=size, leading=size * 1.3)
        from xml.sax.saxutils import escape
        return Paragraph(f"<b>{escape(text)}</b>" if bold and style.fontName == "Helvetica" else escape(text),
                         style)

    latin = _font_name("")

    def cell(value: Any) -> Any:
        """Plain text where the Latin font has it (much faster to lay out), else a Paragraph."""
        text = str(value)
        return text if _font_name(text) == latin else para(text, 8)

    period = f"{report.filter.start.isoformat()} – {report.filter.end.isoformat()}"
    story: list[Any] = [para(title or label("title", "report"), 16), para(period, 10), Spacer(1, 6 * mm)]
    import io
    for table, header, rows in tables:
        parts: list[Any] = [para(label("table", table.key), 12), Spacer(1, 2 * mm)]
        if rows:
            grid = PdfTable([[cell(h) for h in header], *[[cell(v) for v in row] for row in rows]],
                            repeatRows=1, hAlign="LEFT")
            grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                                      ("FONT", (0, 0), (-1, -1), latin, 8),
                                      ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                      ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                                      *[("ALIGN", (c, 1), (c, -1), "RIGHT") for c in _numeric(rows)]]))
            parts.append(grid)
            image = png(chart(table, label, label("table", table.key)))
            parts += [Spacer(1, 3 * mm),
                      Image(io.BytesIO(image), width=170 * mm, height=170 * mm * 3.6 / 7.0)]
        else:
            parts.append(para(label("title", "no_data"), 9))
        story += [KeepTogether(parts[:2]), *parts[2:], Spacer(1, 8 * mm)]
    pages: list[int] = []
    document = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                 topMargin=16 * mm, bottomMargin=16 * mm, title=title or "HIRT Desk report")
    document.build(story, onLaterPages=lambda c, d: pages.append(d.page),
                   onFirstPage=lambda c, d: pages.append(d.page))
    return max(pages, default=1)
