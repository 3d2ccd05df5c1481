"""Charts of a report's tables as matplotlib figures, for the window (QtAgg canvas) and the PDF
(Agg images). No Qt and no pyplot here: a `Figure` is drawn by whichever canvas shows it.

CJK labels (中国, 日本, 한국) need fonts that have them: the fonts the packets use
(packets/fonts.toml) are registered with matplotlib once and listed as fallbacks after the Latin
one, so a label in any of the window's languages renders without boxes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cache
from typing import Any

from hirt_desk.actions.reports import Table

Label = Callable[[str, str], str]      # (kind, value) -> text shown; kind: column name


def _plain(kind: str, value: str) -> str:
    return value


@cache
def font_families() -> tuple[str, ...]:
    """The families matplotlib falls back through: Latin first, then Japanese, Chinese, Korean."""
    import logging

    from matplotlib import font_manager

    from hirt_desk.packets.fonts import MissingFont, font_for
    # a CJK face whose only weight is "medium" is used as "normal": said once per label otherwise
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    families: list[str] = []
    for script in ("latin", "ja", "zh-Hans", "zh-Hant", "ko"):
        try:
            path = font_for(script).path
        except MissingFont:
            continue
        font_manager.fontManager.addfont(str(path))
        name = font_manager.FontProperties(fname=str(path)).get_name()
        if name not in families:
            families.append(name)
    return (*families, "DejaVu Sans")


def chart(table: Table, label: Label = _plain, title: str = "", figure: Any = None) -> Any:
    """A bar chart of `table` (a matplotlib Figure, or drawn into `figure`, e.g. the window's
    canvas's, cleared first); `label` names nationalities, statuses..."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator
    if figure is None:
        figure = Figure(figsize=(7.0, 3.6), dpi=100)
    figure.clear()
    figure.set_layout_engine("constrained")
    axes = figure.add_subplot()
    families = list(font_families())
    draw = _DRAW.get(table.key, _draw_first_numbers)
    draw(axes, table, label)
    for text in [*axes.get_xticklabels(), *axes.get_yticklabels()]:
        text.set_fontfamily(families)
    legend = axes.get_legend()
    if legend is not None:
        for text in legend.get_texts():
            text.set_fontfamily(families)
    if title:
        axes.set_title(title, fontfamily=families)
    axes.spines[["top", "right"]].set_visible(False)
    horizontal = table.key == "pipeline"
    (axes.xaxis if horizontal else axes.yaxis).set_major_locator(MaxNLocator(integer=True))  # counts
    return figure


def _bars(axes: Any, names: list[str], series: dict[str, list[float]], horizontal: bool = False) -> None:
    """Grouped bars: one group per name, one bar per series (with a legend when there are two+)."""
    count = max(len(series), 1)
    width = min(0.8 / count, 0.45)          # a lone bar no wider than half its place
    for i, (title, values) in enumerate(series.items()):
        places = [p - width * count / 2 + width * (i + 0.5) for p in range(len(names))]
        if horizontal:
            axes.barh(places, values, height=width, label=title)
        else:
            axes.bar(places, values, width=width, label=title)
    ticks = list(range(len(names)))
    step = -(-len(names) // 24)            # at most 24 labels along the axis (e.g. 8 years of months)
    names = [n if i % step == 0 else "" for i, n in enumerate(names)]
    if horizontal:
        axes.set_yticks(ticks, names)
        axes.invert_yaxis()
    else:
        slanted = len(names) > 6
        axes.set_xticks(ticks, names, rotation=30 if slanted else 0, ha="right" if slanted else "center")
    if len(series) > 1:
        axes.legend(frameon=False)


def _draw_nationality(axes: Any, table: Table, label: Label) -> None:
    """Over one year, inquiries and treated per country; over several, each year's inquiries side
    by side per country (as the National Cancer Center's fact sheet counts them), never summed."""
    inquiries: dict[str, int] = defaultdict(int)
    treated: dict[str, int] = defaultdict(int)
    by_year: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for nationality, year, asked, came in table.rows:
        inquiries[nationality] += asked
        treated[nationality] += came
        by_year[year][nationality] += asked
    order = sorted(inquiries, key=lambda n: (-inquiries[n], n))[:12]
    names = [label("nationality", n) for n in order]
    if len(by_year) > 1:
        _bars(axes, names, {f"{year} {label('column', 'inquiries')}": [by_year[year][n] for n in order]
                            for year in sorted(by_year)})
        return
    _bars(axes, names, {label("column", "inquiries"): [inquiries[n] for n in order],
                        label("column", "treated"): [treated[n] for n in order]})


def _draw_pipeline(axes: Any, table: Table, label: Label) -> None:
    rows = [r for r in table.rows if r[1] or r[2]]
    _bars(axes, [label("status", r[0]) for r in rows],
          {label("column", "now"): [r[1] for r in rows], label("column", "reached"): [r[2] for r in rows]},
          horizontal=True)


def _draw_endings(axes: Any, table: Table, label: Label) -> None:
    totals: dict[str, int] = defaultdict(int)
    for ending, _from, cases in table.rows:
        totals[ending] += cases
    _bars(axes, [label("status", e) for e in totals], {label("column", "cases"): list(totals.values())})


def _draw_screening(axes: Any, table: Table, label: Label) -> None:
    sites = sorted({r[0] for r in table.rows})
    verdicts = sorted({r[1] for r in table.rows})
    counts = {(r[0], r[1]): r[2] for r in table.rows}
    bottom = [0] * len(sites)
    for verdict in verdicts:
        values = [counts.get((s, verdict), 0) for s in sites]
        axes.bar(range(len(sites)), values, bottom=bottom, label=label("verdict", verdict))
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    axes.set_xticks(range(len(sites)), [label("site", s) for s in sites], rotation=30, ha="right")
    if verdicts:
        axes.legend(frameon=False)


def _draw_times(axes: Any, table: Table, label: Label) -> None:
    names = [label("measure", r[0]) for r in table.rows]
    _bars(axes, names, {label("column", "median_days"): [r[3] or 0 for r in table.rows],
                        label("column", "p90_days"): [r[4] or 0 for r in table.rows]})


def _draw_revenue(axes: Any, table: Table, label: Label) -> None:
    months = [str(r[0]) for r in table.rows]
    _bars(axes, months, {label("column", "revenue_jpy"): [r[1] for r in table.rows],
                         label("column", "receivables_jpy"): [r[2] for r in table.rows]})


def _draw_first_numbers(axes: Any, table: Table, label: Label) -> None:
    _bars(axes, [str(r[0]) for r in table.rows], {table.columns[-1]: [r[-1] or 0 for r in table.rows]})


_DRAW: dict[str, Callable[[Any, Table, Label], None]] = {
    "by_nationality_year": _draw_nationality, "pipeline": _draw_pipeline, "endings": _draw_endings,
    "screening_by_site": _draw_screening, "times": _draw_times, "revenue_by_month": _draw_revenue,
}


def png(figure: Any, dpi: int = 150) -> bytes:
    """The figure as a PNG image (Agg: no window system needed)."""
    import io

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
