"""The report's charts draw what the table says: cases by nationality over several years are
shown year beside year, never added up across years."""

from __future__ import annotations

from hirt_desk.actions.report_charts import chart
from hirt_desk.actions.reports import Table

COLUMNS = ("nationality", "year", "inquiries", "treated")


def bars(table: Table) -> dict[str, list[float]]:
    axes = chart(table).axes[0]
    legend = axes.get_legend()
    series = [t.get_text() for t in legend.get_texts()] if legend is not None else [""]
    return {name: [bar.get_height() for bar in container]
            for name, container in zip(series, axes.containers, strict=True)}


def test_several_years_are_drawn_year_beside_year() -> None:
    table = Table("by_nationality_year", COLUMNS,
                  [("CN", 2024, 1, 1), ("CN", 2025, 10, 6), ("CN", 2026, 11, 4), ("VN", 2025, 3, 2)])
    assert bars(table) == {"2024 inquiries": [1, 0], "2025 inquiries": [10, 3], "2026 inquiries": [11, 0]}


def test_one_year_shows_inquiries_beside_treated() -> None:
    table = Table("by_nationality_year", COLUMNS, [("CN", 2026, 11, 4), ("VN", 2026, 3, 2)])
    assert bars(table) == {"inquiries": [11, 3], "treated": [4, 2]}
