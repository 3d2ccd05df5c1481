from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.actions.demo import add_demo_cases
from hirt_desk.store.cases import CaseFilter, count_cases, list_cases
from hirt_desk.ui.case_list_model import CASE_ID_ROLE, COLUMNS, CaseListModel


def make_model(today: date = date(2026, 11, 22)) -> CaseListModel:
    model = CaseListModel(list_cases, count_cases, today=lambda: today)
    model.reload()
    return model


def test_model_passes_qt_model_tester(qtmodeltester, database: Path) -> None:  # type: ignore[no-untyped-def]
    add_demo_cases(30, seed=5)
    qtmodeltester.check(make_model(), force_py=True)


def test_pages_are_fetched_lazily(database: Path) -> None:
    add_demo_cases(450, seed=2)
    fetched: list[tuple[int, int]] = []

    def fetch(flt: CaseFilter, limit: int, offset: int):  # type: ignore[no-untyped-def]
        fetched.append((limit, offset))
        return list_cases(flt, limit, offset)
    model = CaseListModel(fetch, count_cases)
    model.reload()
    assert model.rowCount() == 200 and model.total == 450
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    assert fetched == [(200, 0), (200, 200), (200, 400)]


def test_cells_and_overdue_colour(database: Path) -> None:
    late = create_case(PatientData("WANG", "WEI", "王伟", nationality="CN"), inquiry_date=date(2026, 11, 10))
    model = make_model()
    row = model.row_of(late.id)
    values = {c: model.index(row, i).data() for i, c in enumerate(COLUMNS)}
    assert values["number"] == late.number
    assert values["patient"] == "WANG WEI  王伟"
    assert values["status"] == "Inquiry"
    assert values["facility"] == "GHMC"
    assert values["reply_due"] == "Nov 15, 2026"
    due = model.index(row, COLUMNS.index("reply_due"))
    assert due.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    assert "overdue" in due.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, COLUMNS.index("nationality")).data(Qt.ItemDataRole.ToolTipRole) == "China"
    assert model.index(row, 0).data(CASE_ID_ROLE) == late.id
    on_time = make_model(today=date(2026, 11, 12))
    assert on_time.index(row, COLUMNS.index("reply_due")).data(Qt.ItemDataRole.ForegroundRole) is None
