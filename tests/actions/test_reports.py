"""The agency's figures (issue 22): checked against counts made by hand on cases created here with
known nationalities, inquiry dates and status histories; the same on SQLite and the server."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from hirt_desk.actions.cases import PatientData, change_status, create_case, screen_case
from hirt_desk.actions.itinerary import save_item
from hirt_desk.actions.reports import Report, ReportFilter, build_report
from hirt_desk.planning.itinerary import Item

COMMON = {"measurable": True, "tumor_size_cm": 2.0, "distant_metastasis": False,
          "gi_tract_invasion": False, "spinal_cord_invasion": False, "ecog": 0}
LUNG = {"site": "lung", "stage": "IB", "histology": "nsclc", **COMMON}
PROSTATE = {**COMMON, "site": "prostate", "histology": "adenocarcinoma", "tumor_size_cm": 1.8,
            "tnm": {"t": "T2a", "n": "N0", "m": "M0"}, "gleason_histology_confirmed": True,
            "psa_pre_biopsy": 7.2}
TODAY = date(2027, 1, 15)


def _case(nationality: str, inquiry: date, steps: list[tuple[str, date]], coordinator: str = "") -> str:
    case = create_case(PatientData("TEST", nationality, nationality=nationality), inquiry_date=inquiry,
                       coordinator=coordinator, user="ann")
    for status, when in steps:
        change_status(case.id, status, effective=when, user="ann")
    return str(case.id)


def agency() -> dict[str, str]:
    """Six cases; the figures of 2025-2026 worked out by hand are in the tests below."""
    d = date
    ids = {
        # replied in 3 days, treated on 2025-06-01 (92 days after the inquiry)
        "a": _case("CN", d(2025, 3, 1), [("records", d(2025, 3, 4)), ("facility_review", d(2025, 3, 20)),
                                         ("visa", d(2025, 4, 1)), ("travel", d(2025, 5, 1)),
                                         ("in_japan", d(2025, 5, 20)), ("accepted", d(2025, 5, 25)),
                                         ("in_treatment", d(2025, 6, 1))]),
        # replied after 10 days (promise missed), then declined from records
        "b": _case("CN", d(2025, 4, 10), [("records", d(2025, 4, 20)), ("declined", d(2025, 5, 1))]),
        # never answered: missed
        "c": _case("VN", d(2025, 5, 5), []),
        # replied in 2 days; in Japan with a first session on 2026-04-10 (68 days)
        "d": _case("CN", d(2026, 2, 1), [("records", d(2026, 2, 3)), ("facility_review", d(2026, 2, 10)),
                                         ("travel", d(2026, 3, 1)), ("in_japan", d(2026, 4, 1))], "sato"),
        # answered the next day: not indicated
        "e": _case("RU", d(2026, 3, 1), [("not_indicated", d(2026, 3, 2))]),
        # before the period: never counted
        "f": _case("CN", d(2024, 12, 31), [("records", d(2025, 1, 2)), ("facility_review", d(2025, 1, 3)),
                                           ("travel", d(2025, 1, 4)), ("in_japan", d(2025, 1, 5)),
                                           ("accepted", d(2025, 1, 6)), ("in_treatment", d(2025, 1, 7))]),
    }
    save_item(ids["d"], Item("session", datetime(2026, 4, 10, 9, 30), title="1/12"), user="ann")
    save_item(ids["d"], Item("session", datetime(2026, 4, 13, 9, 30), title="2/12"), user="ann")
    screen_case(ids["a"], PROSTATE, user="ann")
    screen_case(ids["d"], LUNG, user="ann")
    screen_case(ids["f"], LUNG, user="ann")
    return ids


def report(**narrow: str) -> Report:
    return build_report(ReportFilter(date(2025, 1, 1), date(2026, 12, 31), **narrow), today=TODAY)


def test_figures_match_the_counts_made_by_hand(database: Path) -> None:
    agency()
    figures = report()
    assert figures.by_nationality_year == [
        {"nationality": "CN", "year": 2025, "inquiries": 2, "treated": 1},
        {"nationality": "VN", "year": 2025, "inquiries": 1, "treated": 0},
        {"nationality": "CN", "year": 2026, "inquiries": 1, "treated": 1},
        {"nationality": "RU", "year": 2026, "inquiries": 1, "treated": 0},
    ]
    assert figures.by_status == {"inquiry": 1, "in_japan": 1, "in_treatment": 1, "declined": 1,
                                 "not_indicated": 1}
    reached = {row["status"]: row["reached"] for row in figures.pipeline}
    assert reached == {"inquiry": 5, "records": 3, "facility_review": 2, "visa": 1, "travel": 2,
                       "in_japan": 2, "accepted": 1, "in_treatment": 1, "completed": 0, "follow_up": 0,
                       "declined": 1, "not_indicated": 1, "withdrawn": 0, "closed": 0}
    assert figures.endings == [{"ending": "declined", "from": "records", "cases": 1},
                               {"ending": "not_indicated", "from": "inquiry", "cases": 1}]
    assert figures.screening_by_site == [{"site": "lung", "verdict": "eligible", "cases": 1},
                                         {"site": "prostate", "verdict": "eligible", "cases": 1}]
    # kept: a (3 days), d (2), e (1); missed: b (10 days), c (never answered, due long ago)
    assert figures.replies == {"cases": 5, "kept": 3, "missed": 2, "within_promise_pct": 60.0,
                               "median_days": 2.5, "p90_days": 10}
    assert figures.reply_within_promise_pct == 60.0
    assert figures.to_first_session == {"cases": 2, "median_days": 80, "p90_days": 92,
                                        "within_promise_pct": None}
    assert figures.to_json()["receivables_jpy"] == 0


def test_filters_narrow_every_figure(database: Path) -> None:
    agency()
    chinese = report(nationality="cn")
    assert [(r["year"], r["inquiries"], r["treated"]) for r in chinese.by_nationality_year] == [(2025, 2, 1),
                                                                                                (2026, 1, 1)]
    assert sum(chinese.by_status.values()) == 3
    assert chinese.replies["kept"] == 2 and chinese.replies["missed"] == 1
    sato = report(coordinator="sato")
    assert sato.by_nationality_year == [{"nationality": "CN", "year": 2026, "inquiries": 1, "treated": 1}]
    assert report(facility="ghmc").by_status == report().by_status
    assert report(facility="qst").by_status == {}
    one_year = build_report(ReportFilter(date(2026, 1, 1), date(2026, 12, 31)), today=TODAY)
    assert [r["nationality"] for r in one_year.by_nationality_year] == ["CN", "RU"]


def test_an_empty_period_gives_empty_figures(database: Path) -> None:
    agency()
    empty = build_report(ReportFilter(date(2020, 1, 1), date(2020, 12, 31)), today=TODAY)
    assert (empty.by_nationality_year, empty.by_status, empty.endings) == ([], {}, [])
    assert empty.reply_within_promise_pct is None and empty.to_first_session["median_days"] is None
    assert all(t.rows == [] for t in empty.tables() if t.key not in ("pipeline", "times", "revenue_by_month"))
    assert [(r["revenue_jpy"], r["receivables_jpy"]) for r in empty.revenue_by_month] == [(0, 0)] * 12


def test_revenue_and_receivables_by_month_follow_the_ledger(database: Path) -> None:
    from hirt_desk.actions.money import PaymentData, issue_bill, record_payment
    from hirt_desk.money.amount import Money
    ids = agency()
    d = date
    issue_bill(ids["a"], "invoice", 5_000_000, issued=d(2025, 3, 10), user="ann")
    record_payment(ids["a"], PaymentData(Money.of(3_000_000), d(2025, 3, 20)), user="ann")
    record_payment(ids["a"], PaymentData(Money.of("96000", "CNY"), d(2025, 4, 5), rate="0.048"), user="ann")
    issue_bill(ids["b"], "invoice", 100_000, issued=d(2025, 5, 1), user="ann")        # never paid
    issue_bill(ids["d"], "deposit", 1_000_000, issued=d(2026, 2, 5), user="ann")      # asks, charges nothing
    record_payment(ids["d"], PaymentData(Money.of(1_000_000), d(2026, 2, 10)), user="ann")
    issue_bill(ids["d"], "invoice", 4_000_000, issued=d(2026, 3, 1), user="ann")
    issue_bill(ids["d"], "settlement", 800_000, issued=d(2026, 5, 1), user="ann")    # less was spent
    record_payment(ids["d"], PaymentData(Money.of(200_000), d(2026, 5, 10), kind="refund"), user="ann")
    figures = report()
    by_month = {r["month"]: (r["revenue_jpy"], r["receivables_jpy"]) for r in figures.revenue_by_month}
    assert len(by_month) == 24 and list(by_month)[0] == "2025-01" and list(by_month)[-1] == "2026-12"
    assert by_month["2025-02"] == (0, 0)
    assert by_month["2025-03"] == (3_000_000, 2_000_000)
    assert by_month["2025-04"] == (2_000_000, 0)              # 96,000 yuan at 0.048 a yen
    assert by_month["2025-05"] == (0, 100_000) and by_month["2026-01"] == (0, 100_000)
    assert by_month["2026-02"] == (1_000_000, 100_000)        # a deposit paid is no receivable
    assert by_month["2026-03"] == (0, 3_100_000) and by_month["2026-04"] == (0, 3_100_000)
    assert by_month["2026-05"] == (-200_000, 100_000)         # settled below what was held: refunded
    assert figures.receivables_jpy == 100_000 and figures.to_json()["receivables_jpy"] == 100_000
    sato = report(coordinator="sato")
    assert sato.receivables_jpy == 0
    assert sum(r["revenue_jpy"] for r in sato.revenue_by_month) == 800_000
    before = build_report(ReportFilter(date(2025, 1, 1), date(2025, 3, 31)), today=TODAY)
    assert before.receivables_jpy == 2_000_000 and len(before.revenue_by_month) == 3
