"""`report` (contracts/cli.md): JSON with the contract's fields, CSV/XLSX/PDF files read back,
bad dates and unknown extensions refused in one line, and a coordinator's login refused."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hirt_desk.store.database import close_database, open_database
from tests.actions.test_reports import agency

PERIOD = ("--from", "2025-01-01", "--to", "2026-12-31")


@pytest.fixture
def figures_db(database: Path | str) -> Path | str:
    """The six cases of tests/actions/test_reports.py, closed for the command line to open."""
    agency()
    close_database()
    return database


def test_report_prints_the_contract_json(figures_db: Path | str, run_main: Callable[..., Any]) -> None:
    result = run_main("--db", str(figures_db), "report", *PERIOD)
    assert (result.code, result.err) == (0, "")
    data = result.json()
    assert list(data)[:4] == ["by_nationality_year", "by_status", "reply_within_promise_pct",
                              "receivables_jpy"]
    assert data["by_nationality_year"][0] == {"nationality": "CN", "year": 2025, "inquiries": 2, "treated": 1}
    assert data["by_status"]["in_treatment"] == 1 and sum(data["by_status"].values()) == 5
    assert isinstance(data["reply_within_promise_pct"], float) and data["receivables_jpy"] == 0
    narrowed = run_main("--db", str(figures_db), "report", *PERIOD, "--nationality", "RU").json()
    assert narrowed["by_nationality_year"] == [
        {"nationality": "RU", "year": 2026, "inquiries": 1, "treated": 0}]


def test_report_files_read_back(figures_db: Path | str, run_main: Callable[..., Any], tmp_path: Path) -> None:
    from openpyxl import load_workbook
    out = tmp_path / "figures.xlsx"
    result = run_main("--db", str(figures_db), "report", *PERIOD, "--out", str(out))
    assert result.code == 0, result.err
    assert result.json() == {"out": str(out), "sheets": 6}
    book = load_workbook(out)
    assert book.sheetnames == ["by_nationality_year", "pipeline", "endings", "screening_by_site", "times",
                               "revenue_by_month"]
    rows = list(book["by_nationality_year"].iter_rows(values_only=True))
    assert rows == [("Nationality", "Year", "Inquiries", "Treated"), ("CN", 2025, 2, 1), ("VN", 2025, 1, 0),
                    ("CN", 2026, 1, 1), ("RU", 2026, 1, 0)]
    assert ("declined", "records", 1) in list(book["endings"].iter_rows(values_only=True))

    out = tmp_path / "figures.csv"
    assert run_main("--db", str(figures_db), "report", *PERIOD, "--out", str(out)).code == 0
    lines = list(csv.reader(out.read_text("utf-8-sig").splitlines()))
    start = lines.index(["Cases by nationality and year"])
    assert lines[start + 1: start + 4] == [["Nationality", "Year", "Inquiries", "Treated"],
                                           ["CN", "2025", "2", "1"], ["VN", "2025", "1", "0"]]
    assert ["Reply to the inquiry", "5", "60.0", "2.5", "10"] in lines

    out = tmp_path / "figures.pdf"
    result = run_main("--db", str(figures_db), "report", *PERIOD, "--out", str(out))
    assert result.code == 0, result.err
    assert result.json()["pages"] >= 2
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Cases by nationality and year" in text and "Screening verdicts by site" in text
    assert "2025-01-01 – 2026-12-31" in text
    assert ["CN", "2025", "2", "1"] in [line.split() for line in text.splitlines()]


@pytest.mark.parametrize(("args", "message"), [
    (("--from", "2025-13-01", "--to", "2026-01-01"), "'2025-13-01' is not a date"),
    (("--from", "2026-01-01", "--to", "2025-01-01"), "--from 2026-01-01 is after --to 2025-01-01"),
    ((*PERIOD, "--out", "figures.docx"), "the name must end in .csv, .xlsx, .pdf"),
    ((*PERIOD, "--out", "/no/such/folder/figures.pdf"), "no folder /no/such/folder"),
])
def test_bad_input_is_one_line_and_exit_2(figures_db: Path | str, run_main: Callable[..., Any],
                                          args: tuple[str, ...], message: str) -> None:
    result = run_main("--db", str(figures_db), "report", *args)
    assert result.code == 2 and result.out == ""
    assert message in result.err and len(result.err.strip().splitlines()) == 1


def test_a_coordinator_login_cannot_read_the_report(pg_ready_url: str, pg_login: Callable[[str, str], str],
                                                    tmp_path: Path) -> None:
    open_database(pg_ready_url)
    agency()
    close_database()
    coordinator = pg_login(pg_ready_url, "cora")
    env = {**os.environ, "PGPASSWORD": "pw-cora-1234", "QT_QPA_PLATFORM": "offscreen"}
    out = tmp_path / "figures.pdf"
    refused = subprocess.run([sys.executable, "-m", "hirt_desk", "--db", coordinator, "report", *PERIOD,
                              "--out", str(out)], capture_output=True, text=True, env=env, timeout=120)
    assert refused.returncode == 2 and refused.stdout == "" and not out.exists()
    assert "reports are for managers" in refused.stderr and len(refused.stderr.splitlines()) == 1
    owner = subprocess.run([sys.executable, "-m", "hirt_desk", "--db", pg_ready_url, "report", *PERIOD],
                           capture_output=True, text=True, env=env, timeout=120)
    assert owner.returncode == 0, owner.stderr
    assert '"in_treatment": 1' in owner.stdout
