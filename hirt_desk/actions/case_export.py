"""File → Export list…: every case the list shows (its filter, search and order), not only the
rows loaded so far, for the window to write as CSV or XLSX (actions/report_files.write_rows)."""

from __future__ import annotations

from hirt_desk.store.cases import CaseFilter, CaseRow, list_cases
from hirt_desk.store.database import store_errors


def cases_as_listed(flt: CaseFilter) -> list[CaseRow]:
    """The rows of the case list under `flt`, all of them, in the list's order."""
    with store_errors():
        return list_cases(flt)
