"""`hirt-desk agenda` (cli.md): the same items as the Today view, at the date given, as JSON."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.actions.tasks import add_task
from hirt_desk.store.database import close_database, open_database
from tests.cli.conftest import Result


def test_agenda_at_a_date_over_days(run_main: Callable[..., Result], tmp_path: Path) -> None:
    db = str(tmp_path / "cases.sqlite")
    open_database(db)
    late = create_case(PatientData("LATE", "A", nationality="VN"), inquiry_date=date(2027, 4, 5))
    soon = create_case(PatientData("SOON", "B", nationality="VN"), inquiry_date=date(2027, 4, 10))
    add_task(soon.id, "Call the son on WeChat", date(2027, 4, 20), "olga", user="olga")
    close_database()
    result = run_main("--db", db, "agenda", "--date", "2027-04-12")
    assert result.code == 0, result.err
    assert result.json() == [
        {"case": late.number, "kind": "reply", "due": "2027-04-10", "overdue": True,
         "text": f"Reply to the inquiry of {late.number} LATE A"},
        {"case": soon.number, "kind": "reply", "due": "2027-04-15", "overdue": False,
         "text": f"Reply to the inquiry of {soon.number} SOON B"}]
    longer = run_main("--db", db, "agenda", "--date", "2027-04-12", "--days", "14").json()
    assert [(i["kind"], i["due"]) for i in longer] == [("reply", "2027-04-10"), ("reply", "2027-04-15"),
                                                       ("task", "2027-04-20")]
    assert longer[2]["text"] == f"Call the son on WeChat ({soon.number} SOON B, olga)"
    # a week later both replies are overdue, the task due
    week_later = run_main("--db", db, "agenda", "--date", "2027-04-19").json()
    assert [(i["kind"], i["overdue"]) for i in week_later] == [("reply", True), ("reply", True),
                                                              ("task", False)]


def test_bad_dates_and_days_exit_2_with_one_line(run_main: Callable[..., Result], tmp_path: Path) -> None:
    db = str(tmp_path / "cases.sqlite")
    for args, says in ((("--date", "2027-02-30"), "'2027-02-30' is not a date"),
                       (("--days", "0"), "'0' is not a number of days (1 to 3,660)"),
                       (("--days", "-3"), "'-3' is not a number of days (1 to 3,660)"),
                       (("--days", "4000"), "'4000' is not a number of days (1 to 3,660)"),
                       (("--days", "week"), "'week' is not a whole number")):
        result = run_main("--db", db, "agenda", *args)
        assert (result.code, result.out) == (2, "")
        assert says in result.err and result.err.count("\n") == 1
