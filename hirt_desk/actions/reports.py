"""The agency's figures for a period (issue 22, `report`): cases by nationality and year, the
pipeline, screening verdicts by site, reply times and time to the first session.

The population is the cases whose inquiry falls in the period (and match the filters): a cohort,
so every figure answers "of the inquiries of this period, ...". Inquiries are counted by the year
of the inquiry; a case is *treated* once it reached In treatment or has a treatment session in its
itinerary, as the National Cancer Center's fact sheet counts patients who came, by country and
year. The database is read with a few indexed queries (the inquiry date, then each table's case
index); every figure is computed in plain Python from those rows, the same on SQLite and on the
office server. Reports are a manager's: on a server a coordinator's login is refused.

Money is counted by its own dates, not the inquiry's: revenue is what was received in a month less
refunds paid out; receivables are what patients owe at a month's end (money/ledger.balance of
each case's bills and payments dated up to then), over the cases the other filters let through.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from hirt_desk.actions.staff import StaffError, session_role
from hirt_desk.money.ledger import PAYMENT, REFUND, Entry, balance
from hirt_desk.planning.pipeline import ENDED, STATUSES
from hirt_desk.store.database import store_errors
from hirt_desk.store.models import (
    Bill,
    Case,
    Facility,
    ItineraryItem,
    Patient,
    Payment,
    ScreeningRecord,
    StatusChange,
)

#: a case that reached one of these has been treated (or is being treated)
TREATED = ("in_treatment", "completed", "follow_up")
#: the statuses a case's pipeline run ends in
ENDINGS = (*ENDED, "completed", "follow_up", "closed")
REPORT_ROLES = ("", "manager", "admin")     # "": a file, no roles


@dataclass(frozen=True)
class ReportFilter:
    """Which cases a report counts: inquiries from `start` to `end` (both included); facility
    code, nationality (ISO alpha-2) and coordinator login narrow it ("" for all)."""

    start: date
    end: date
    facility: str = ""
    nationality: str = ""
    coordinator: str = ""


@dataclass(frozen=True)
class Table:
    """One table of a report, as shown, printed and exported: `key` names it in files."""

    key: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


@dataclass
class Report:
    filter: ReportFilter
    by_nationality_year: list[dict[str, Any]] = field(default_factory=list)
    by_status: dict[str, int] = field(default_factory=dict)
    pipeline: list[dict[str, Any]] = field(default_factory=list)     # status, now, reached
    endings: list[dict[str, Any]] = field(default_factory=list)      # ending, from, cases
    screening_by_site: list[dict[str, Any]] = field(default_factory=list)
    replies: dict[str, Any] = field(default_factory=dict)
    to_first_session: dict[str, Any] = field(default_factory=dict)
    revenue_by_month: list[dict[str, Any]] = field(default_factory=list)
    receivables_jpy: int = 0

    @property
    def reply_within_promise_pct(self) -> float | None:
        value = self.replies.get("within_promise_pct")
        return None if value is None else float(value)

    def to_json(self) -> dict[str, Any]:
        """The contract's fields (`report` in cli.md) first, then the rest of the figures."""
        return {"by_nationality_year": self.by_nationality_year, "by_status": self.by_status,
                "reply_within_promise_pct": self.reply_within_promise_pct,
                "receivables_jpy": self.receivables_jpy,
                "period": {"from": self.filter.start.isoformat(), "to": self.filter.end.isoformat()},
                "pipeline": self.pipeline, "endings": self.endings,
                "screening_by_site": self.screening_by_site, "replies": self.replies,
                "to_first_session": self.to_first_session, "revenue_by_month": self.revenue_by_month}

    def tables(self) -> list[Table]:
        """Every figure as a table, in the order the window, the PDF and the files show them."""
        def table(key: str, rows: list[dict[str, Any]], columns: tuple[str, ...]) -> Table:
            return Table(key, columns, [tuple(r[c] for c in columns) for r in rows])
        summary = [{"measure": "replies", **self.replies},
                   {"measure": "first_session", **self.to_first_session}]
        return [
            table("by_nationality_year", self.by_nationality_year,
                  ("nationality", "year", "inquiries", "treated")),
            table("pipeline", self.pipeline, ("status", "now", "reached")),
            table("endings", self.endings, ("ending", "from", "cases")),
            table("screening_by_site", self.screening_by_site, ("site", "verdict", "cases")),
            Table("times", ("measure", "cases", "within_promise_pct", "median_days", "p90_days"),
                  [tuple(r.get(c) for c in ("measure", "cases", "within_promise_pct", "median_days",
                                            "p90_days")) for r in summary]),
            table("revenue_by_month", self.revenue_by_month, ("month", "revenue_jpy", "receivables_jpy")),
        ]


def may_report() -> bool:
    """Whether this session may see the agency's figures: anyone on a file, a manager or an
    admin on an office server."""
    return session_role() in REPORT_ROLES


def check_may_report() -> None:
    if not may_report():
        raise StaffError("not_allowed", "reports are for managers: the role of this login "
                                        f"({session_role() or 'none'}) may not read them")


@dataclass(frozen=True)
class _CaseFacts:
    id: str
    nationality: str
    inquiry: date
    reply_due: date
    status: str
    site: str


def build_report(flt: ReportFilter, *, today: date | None = None) -> Report:
    """The figures for `flt` (see the module docstring); StaffError for a coordinator on a server."""
    check_may_report()
    today = today or date.today()
    with store_errors():
        cases = _cases(flt)
        ids = _case_ids(flt)
        changes = _status_changes(ids)
        sessions = _first_sessions(ids)
        verdicts = _latest_verdicts(ids)
        ledgers = _ledgers(flt)
    report = Report(flt)
    treated_on = {c.id: _treated_on(changes.get(c.id, []), sessions.get(c.id)) for c in cases}
    report.by_nationality_year = by_nationality_year(cases, treated_on)
    report.by_status = dict(sorted(Counter(c.status for c in cases).items(), key=lambda kv: _rank(kv[0])))
    report.pipeline = pipeline(cases, changes)
    report.endings = endings(cases, changes)
    report.screening_by_site = screening_by_site(cases, verdicts)
    report.replies = replies(cases, changes, today)
    report.to_first_session = to_first_session(cases, treated_on)
    report.revenue_by_month = money_by_month(ledgers, flt.start, flt.end)
    report.receivables_jpy = receivables(ledgers, flt.end)
    return report


def build_report_apart(flt: ReportFilter, today: date | None = None) -> Report:
    """`build_report` for a worker thread (the Reports window): it reads through the thread's
    own connection, closed when done."""
    from hirt_desk.store.models import db
    try:
        return build_report(flt, today=today)
    finally:
        if not db.in_transaction():
            db.close()


# -- reading: a few indexed queries -------------------------------------------------------------

def _case_ids(flt: ReportFilter, period: bool = True) -> Any:
    """The ids of the cases counted, as a subquery (the inquiry-date index, then the filters);
    without `period`, every case the other filters let through."""
    return _where(Case.select(Case.id).join(Patient).switch(Case).join(Facility), flt, period)


def _where(query: Any, flt: ReportFilter, period: bool = True) -> Any:
    if period:
        query = query.where(Case.inquiry_date.between(flt.start, flt.end))
    if flt.facility:
        query = query.where(Facility.code == flt.facility)
    if flt.nationality:
        query = query.where(Patient.nationality == flt.nationality.upper())
    if flt.coordinator:
        query = query.where(Case.coordinator == flt.coordinator)
    return query


def _cases(flt: ReportFilter) -> list[_CaseFacts]:
    query = _where(Case.select(Case.id, Patient.nationality, Case.inquiry_date, Case.reply_due, Case.status,
                               Case.site).join(Patient).switch(Case).join(Facility), flt)
    return [_CaseFacts(str(i), str(n or ""), _day(d), _day(r), str(s), str(site or ""))
            for i, n, d, r, s, site in query.tuples().iterator()]


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _status_changes(ids: Any) -> dict[str, list[tuple[str | None, str, date]]]:
    """Each case's status changes (from, to, effective date), in the order they were made."""
    out: dict[str, list[tuple[str | None, str, date]]] = defaultdict(list)
    query = (StatusChange.select(StatusChange.case, StatusChange.from_status, StatusChange.to_status,
                                 StatusChange.effective_date)
             .where(StatusChange.case.in_(ids)).order_by(StatusChange.created, StatusChange.id))
    for case_id, before, after, when in query.tuples().iterator():
        out[str(case_id)].append((before, str(after), _day(when)))
    return out


def _first_sessions(ids: Any) -> dict[str, date]:
    """The day of each case's first treatment session in its itinerary (removed items aside)."""
    from peewee import fn
    query = (ItineraryItem.select(ItineraryItem.case, fn.MIN(ItineraryItem.starts))
             .where(ItineraryItem.case.in_(ids) & (ItineraryItem.kind == "session")
                    & ItineraryItem.deleted_at.is_null())
             .group_by(ItineraryItem.case))
    return {str(case_id): date.fromisoformat(str(first)[:10])
            for case_id, first in query.tuples().iterator() if first}


def _latest_verdicts(ids: Any) -> dict[str, str]:
    """Each case's latest screening verdict."""
    query = (ScreeningRecord.select(ScreeningRecord.case, ScreeningRecord.verdict)
             .where(ScreeningRecord.case.in_(ids)).order_by(ScreeningRecord.created, ScreeningRecord.id))
    return {str(case_id): str(verdict) for case_id, verdict in query.tuples().iterator()}


def _ledgers(flt: ReportFilter) -> dict[str, list[Entry]]:
    """Each case's live bills and payments dated up to the period's end (money/ledger.py entries),
    for the cases the facility, nationality and coordinator filters let through, whatever their
    inquiry date: money comes in long after the inquiry."""
    narrowed = bool(flt.facility or flt.nationality or flt.coordinator)
    ids = _case_ids(flt, period=False)
    bills = (Bill.select(Bill.case, Bill.kind, Bill.total_jpy, Bill.issued)
             .where(Bill.deleted_at.is_null() & (Bill.issued <= flt.end)))
    moves = (Payment.select(Payment.case, Payment.kind, Payment.amount_jpy, Payment.received)
             .where(Payment.deleted_at.is_null() & (Payment.received <= flt.end)))
    if narrowed:
        bills, moves = bills.where(Bill.case.in_(ids)), moves.where(Payment.case.in_(ids))
    found: dict[str, list[Entry]] = defaultdict(list)
    for query in (bills, moves):
        for case_id, kind, amount, on in query.tuples().iterator():
            found[str(case_id)].append(Entry(str(kind), int(amount), _day(on)))
    return found


# -- computing: plain Python --------------------------------------------------------------------

def _rank(status: str) -> int:
    return STATUSES.index(status) if status in STATUSES else len(STATUSES)


def _treated_on(changes: list[tuple[str | None, str, date]], first_session: date | None) -> date | None:
    """When the case was first treated: its first session, or the day it reached In treatment."""
    days = [when for _before, after, when in changes if after in TREATED]
    if first_session is not None:
        days.append(first_session)
    return min(days) if days else None


def by_nationality_year(cases: Iterable[_CaseFacts], treated_on: dict[str, date | None]
                        ) -> list[dict[str, Any]]:
    inquiries: Counter[tuple[str, int]] = Counter()
    treated: Counter[tuple[str, int]] = Counter()
    for case in cases:
        key = (case.nationality, case.inquiry.year)
        inquiries[key] += 1
        if treated_on.get(case.id) is not None:
            treated[key] += 1
    keys = sorted(inquiries, key=lambda k: (k[1], -inquiries[k], k[0]))
    return [{"nationality": n, "year": y, "inquiries": inquiries[(n, y)], "treated": treated[(n, y)]}
            for n, y in keys]


def pipeline(cases: list[_CaseFacts], changes: dict[str, list[tuple[str | None, str, date]]]
             ) -> list[dict[str, Any]]:
    """Per status: how many cases are in it now, and how many ever reached it."""
    now = Counter(c.status for c in cases)
    reached: Counter[str] = Counter()
    for case in cases:
        seen = {after for _b, after, _w in changes.get(case.id, [])} | {case.status, "inquiry"}
        reached.update(seen)
    return [{"status": s, "now": now[s], "reached": reached[s]} for s in STATUSES]


def endings(cases: list[_CaseFacts], changes: dict[str, list[tuple[str | None, str, date]]]
            ) -> list[dict[str, Any]]:
    """Where the cases that ended, ended: their status now, and the pipeline step they left
    from (for a closed case, the status it was closed from)."""
    count: Counter[tuple[str, str]] = Counter()
    for case in cases:
        if case.status not in ENDINGS:
            continue
        last = [(b, a) for b, a, _w in changes.get(case.id, []) if a == case.status]
        came_from = (last[-1][0] if last else None) or ""
        count[(case.status, came_from)] += 1
    return [{"ending": e, "from": f, "cases": n}
            for (e, f), n in sorted(count.items(), key=lambda kv: (_rank(kv[0][0]), -kv[1], _rank(kv[0][1])))]


def screening_by_site(cases: list[_CaseFacts], verdicts: dict[str, str]) -> list[dict[str, Any]]:
    """The latest verdict of each screened case, counted by tumour site."""
    count = Counter((c.site, verdicts[c.id]) for c in cases if c.id in verdicts)
    return [{"site": s, "verdict": v, "cases": n} for (s, v), n in sorted(count.items())]


def _percentile(values: list[int], share: float) -> int:
    """The nearest-rank percentile: the smallest value with at least `share` of them at or below."""
    ordered = sorted(values)
    return ordered[max(math.ceil(share * len(ordered)) - 1, 0)]


def _spread(days: list[int]) -> dict[str, Any]:
    if not days:
        return {"cases": 0, "median_days": None, "p90_days": None}
    return {"cases": len(days), "median_days": statistics.median(days), "p90_days": _percentile(days, 0.9)}


def replies(cases: list[_CaseFacts], changes: dict[str, list[tuple[str | None, str, date]]],
            today: date) -> dict[str, Any]:
    """The 5-day promise: a case is answered the first time it leaves "inquiry" (on to records,
    or declined...); answered by its reply-due day, the promise was kept. A case still waiting
    past its due day counts as missed; one still within its days is not counted yet."""
    kept = missed = 0
    days: list[int] = []
    for case in cases:
        answer = next((w for b, _a, w in changes.get(case.id, []) if b == "inquiry"), None)
        if answer is None:
            if case.status == "inquiry" and case.reply_due < today:
                missed += 1
            continue
        days.append((answer - case.inquiry).days)
        if answer <= case.reply_due:
            kept += 1
        else:
            missed += 1
    judged = kept + missed
    pct = round(100 * kept / judged, 1) if judged else None
    return {**_spread(days), "cases": judged, "kept": kept, "missed": missed, "within_promise_pct": pct}


def _months(start: date, end: date) -> list[tuple[date, date]]:
    """The calendar months from `start`'s to `end`'s: (first day, last day) each."""
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        following = date(year + month // 12, month % 12 + 1, 1)
        months.append((date(year, month, 1), following - timedelta(days=1)))
        year, month = following.year, following.month
    return months


def receivables(ledgers: dict[str, list[Entry]], on: date) -> int:
    """What patients owe the agency on `on`: each case's balance from its entries dated up to
    then (money/ledger.balance), counting only what is due (a refund owed is not a receivable)."""
    return sum(max(balance(e for e in entries if e.on is None or e.on <= on).due_jpy, 0)
               for entries in ledgers.values())


def money_by_month(ledgers: dict[str, list[Entry]], start: date, end: date) -> list[dict[str, Any]]:
    """Per month of the period: revenue (money received, less refunds paid, in that month) and
    the receivables at the month's end."""
    rows = []
    for first, last in _months(start, end):
        received = sum((e.amount_jpy if e.kind == PAYMENT else -e.amount_jpy)
                       for entries in ledgers.values() for e in entries
                       if e.kind in (PAYMENT, REFUND) and e.on is not None and first <= e.on <= last)
        rows.append({"month": first.strftime("%Y-%m"), "revenue_jpy": received,
                     "receivables_jpy": receivables(ledgers, min(last, end))})
    return rows


def to_first_session(cases: list[_CaseFacts], treated_on: dict[str, date | None]) -> dict[str, Any]:
    """Days from the inquiry to the first treatment, over the treated cases."""
    days = [(when - c.inquiry).days for c in cases if (when := treated_on.get(c.id)) is not None]
    return {**_spread(days), "within_promise_pct": None}





# -- English labels: the command line's files (the window passes its own translations) ----------

ENGLISH_TITLES = {
    "report": "HIRT Desk: the agency's figures", "no_data": "No cases in this period.",
    "by_nationality_year": "Cases by nationality and year", "pipeline": "Pipeline",
    "endings": "Where cases ended", "screening_by_site": "Screening verdicts by site",
    "times": "Reply and treatment times", "revenue_by_month": "Revenue and receivables by month",
    "nationality": "Nationality", "year": "Year", "inquiries": "Inquiries", "treated": "Treated",
    "status": "Status", "now": "Now", "reached": "Reached", "ending": "Ending", "from": "From",
    "cases": "Cases", "site": "Site", "verdict": "Verdict", "measure": "Measure",
    "within_promise_pct": "Within 5 days (%)", "median_days": "Median (days)",
    "p90_days": "90th percentile (days)",
    "month": "Month", "revenue_jpy": "Revenue (JPY)", "receivables_jpy": "Receivables (JPY)",
    "replies": "Reply to the inquiry", "first_session": "Inquiry to first session",
}


def english_label(kind: str, value: str) -> str:
    """Titles and column names in English; statuses and codes as stored (e.g. in_treatment)."""
    if kind in ("column", "table", "title", "measure"):
        return ENGLISH_TITLES.get(value, value)
    if kind in ("status", "ending", "from"):
        return value.replace("_", " ")
    return value
