"""`quote` as the contract gives it: the case's current quote as JSON, in yen and in the
patient's currency at a rate, and the bilingual quote PDF (its totals read back with pdftotext;
Thai and Arabic drawn with embedded fonts, never a box)."""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import Result


def _setup(db_arg: str, fractions: int = 16) -> str:
    """A Chinese patient with 16 sessions planned, an interpreter for 2 days, the agency's fees."""
    from datetime import datetime

    from hirt_desk.actions.cases import PatientData, create_case
    from hirt_desk.actions.itinerary import plan_treatment, save_item
    from hirt_desk.actions.money import save_fee
    from hirt_desk.planning.itinerary import Item
    from hirt_desk.store.database import close_database, open_database
    open_database(db_arg)
    try:
        case = create_case(PatientData("LI", "MING", "李明", nationality="CN"))
        plan_treatment(case.id, date(2027, 4, 26), fractions, user="sato")
        save_fee(name_en="Coordination fee", name_ja="コーディネート料", basis="fixed", amount_jpy=300_000)
        save_fee(name_en="Interpreter", name_ja="通訳", basis="per_day", amount_jpy=30_000)
        save_item(case.id, Item("interpreter", datetime(2027, 4, 26, 9), datetime(2027, 4, 27, 17)),
                  user="sato")
        return str(case.number)
    finally:
        close_database()


def test_quote_json_follows_the_contract(run_main: Callable[..., Result], db_arg: str) -> None:
    number = _setup(db_arg)
    res = run_main("--db", db_arg, "quote", number, "--currency", "CNY", "--rate", "0.048")
    assert res.code == 0, res.err
    quote: dict[str, Any] = res.json()
    assert {"lines", "total_jpy", "currency", "rate", "total_other"} <= set(quote)
    assert all({"id", "text", "amount_jpy", "variable"} <= set(line) for line in quote["lines"])
    assert all(isinstance(line["amount_jpy"], int) for line in quote["lines"])
    facility = sum(x["amount_jpy"] for x in quote["lines"] if x["group"] == "facility")
    assert facility == 4_965_000
    assert [x["variable"] for x in quote["lines"] if x["id"] == "medical_services"] == [True]
    interp, = (x for x in quote["lines"] if x["text"] == "Interpreter")
    assert (interp["quantity"], interp["amount_jpy"]) == (2, 60_000)
    assert quote["total_jpy"] == 4_965_000 + 300_000 + 60_000
    assert (quote["currency"], quote["rate"], quote["total_other"]) == ("CNY", 0.048, 255_600)


def test_twelve_and_sixteen_sessions_quote_the_same_facility_total(run_main: Callable[..., Result],
                                                                    db_arg: str) -> None:
    sixteen = _setup(db_arg, 16)
    from hirt_desk.actions.cases import PatientData, create_case
    from hirt_desk.actions.itinerary import plan_treatment
    from hirt_desk.store.database import close_database, open_database
    open_database(db_arg)
    twelve = create_case(PatientData("ZHAO", "LEI", nationality="CN"))
    plan_treatment(twelve.id, date(2027, 4, 26), 12, user="sato")
    close_database()
    totals = [sum(x["amount_jpy"] for x in run_main("--db", db_arg, "quote", ref).json()["lines"]
                  if x["group"] == "facility") for ref in (sixteen, twelve.number)]
    assert totals == [4_965_000, 4_965_000]


@pytest.mark.parametrize("args, message", [
    (("--rate", "0.048"), "--rate needs --currency"),
    (("--currency", "CNY"), "a rate is needed"),
    (("--currency", "JPY", "--rate", "0.048"), "need no rate"),
    (("--currency", "CNY", "--rate", "abc"), "not a number"),
    (("--currency", "CNY", "--rate", "-1"), "above zero"),
    (("--currency", "XYZ", "--rate", "1"), "unknown currency"),
    (("--lang", "xx", "--out", "q.pdf"), "unknown language"),
    (("--lang", "th"), "go together"),
])
def test_bad_input_is_refused_in_one_line(run_main: Callable[..., Result], db_arg: str, tmp_path: Path,
                                          args: tuple[str, ...], message: str) -> None:
    number = _setup(db_arg)
    args = tuple(str(tmp_path / a) if a == "q.pdf" else a for a in args)
    res = run_main("--db", db_arg, "quote", number, *args)
    assert res.code == 2 and message in res.err and res.err.count("\n") == 1 and res.out == ""
    assert not (tmp_path / "q.pdf").exists()
    res = run_main("--db", db_arg, "quote", "HD-1999-XXX-0001")
    assert res.code == 2 and "no case" in res.err


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return unicodedata.normalize("NFKC", out.stdout)


def _fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


@pytest.mark.sqlite_only
@pytest.mark.parametrize("lang, title", [("zh-Hans", "报价单"), ("ar", "عرض السعر"), ("th", "ใบเสนอราคา")])
def test_the_quote_pdf_reads_back_with_its_totals(run_main: Callable[..., Result], tmp_path: Path,
                                                  lang: str, title: str) -> None:
    db = str(tmp_path / "q.sqlite")
    number = _setup(db)
    saved = run_main("--db", db, "quote", number, "--currency", "CNY", "--rate", "0.048",
                     "--rate-date", "2027-03-01", "--estimate", "400000", "--save")
    assert saved.code == 0 and saved.json()["total_jpy"] == 5_725_000
    out = tmp_path / f"quote-{lang}.pdf"
    res = run_main("--db", db, "quote", number, "--lang", lang, "--out", str(out))
    assert res.code == 0, res.err
    assert res.json() == {"pages": 1, "out": str(out)}
    text = _text(out)
    assert "見積書" in text and number in text
    wanted = unicodedata.normalize("NFKC", title)
    # Arabic may read back in visual order; pdftotext drops shaped Thai's tone marks
    assert wanted in text or wanted[::-1] in text or lang == "th"
    assert "5,725,000" in text                                     # the total in yen
    assert "274,800.00" in text                                    # in yuan at 0.048, rounded half up
    assert "3,140,000" in text and "400,000" in text               # a fixed line, the estimate
    embedded = _fonts(out)
    assert embedded and all(row[-5] == "yes" for row in embedded), embedded
    assert not any("Helvetica" in row[0] for row in embedded)
