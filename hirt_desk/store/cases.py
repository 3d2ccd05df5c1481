"""Queries over cases: numbering, looking one up, and the paged, searchable listing.

Case numbers read `HD-<year>-<station>-<n>` (e.g. HD-2026-K7M-0042): the station is one database
in one place (store/station.py: a copied, moved or restored database gets a new one), so numbers
created on different machines never collide when merged. A number, once issued, never changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from peewee import JOIN, SQL, ModelSelect, fn
from peewee import Case as PeeweeCase

from hirt_desk.planning.pipeline import STATUSES
from hirt_desk.store import search
from hirt_desk.store.migrations import APPLICATION_ID
from hirt_desk.store.models import Case, Conflict, Facility, ItineraryItem, Patient, db, on_server
from hirt_desk.store.station import COUNTER_PREFIX, advance_counter, station_code


def next_case_numbers(year: int, count: int = 1) -> list[str]:
    """Reserve `count` new case numbers for `year`, with one atomic statement (no two writers
    get the same number); call inside the transaction that uses them, so a failed save gives
    them back."""
    station = station_code()
    last = advance_counter(f"{COUNTER_PREFIX}{year}", count)
    return [f"HD-{year}-{station}-{n:04d}" for n in range(last - count + 1, last + 1)]


def find_case(ref: str) -> Case | None:
    """A case by its id or its number (case-insensitive)."""
    ref = ref.strip()
    if "\x00" in ref:          # in no id or number (and a server refuses NUL in any text)
        return None
    return (Case.get_or_none(Case.id == ref)
            or Case.get_or_none(fn.upper(Case.number) == ref.upper()))


@dataclass(frozen=True)
class CaseFilter:
    search: str = ""
    status: str = ""            # one status, or "" for all
    facility: str = ""          # facility code
    overdue_on: date | None = None   # only cases in inquiry whose reply is due before this day
    sort: str = ""              # a column of SORT_KEYS, or "" for the newest first
    descending: bool = False


#: what the list can be sorted by (the case list's columns)
SORT_KEYS = ("number", "patient", "nationality", "site", "facility", "status", "reply_due",
             "next_date")


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: str
    number: str
    surname_latin: str
    given_names_latin: str
    name_native: str
    nationality: str
    status: str
    site: str
    facility: str
    inquiry_date: date
    reply_due: date
    next_date: str | None = None      # the next itinerary item from today ("YYYY-MM-DD")
    conflicts: int = 0                # open conflicts a laptop's sync met (the list's badge)

    @property
    def name_latin(self) -> str:
        return f"{self.surname_latin} {self.given_names_latin}".strip()


def next_seq() -> int:
    """The arrival number for the next case (newest-first order, search key), local to this
    database. Call inside the write transaction that inserts the case(s): SQLite transactions
    are serializable and a write transaction (BEGIN IMMEDIATE) holds the write lock from its
    start, so no other writer can insert between this read and that insert; were one to
    (a transaction without the lock), its commit would fail, and `seq` is a unique index
    besides, so a duplicate can never be stored. A server would use a sequence instead."""
    if on_server():     # READ COMMITTED: writers creating cases queue here until commit
        db.execute_sql("SELECT pg_advisory_xact_lock(%s, 1)", (APPLICATION_ID,))
    return int(Case.select(fn.MAX(Case.seq)).scalar() or 0) + 1


def _filtered(query: ModelSelect[Case], flt: CaseFilter) -> ModelSelect[Case]:
    if flt.status:
        query = query.where(Case.status == flt.status)
    if flt.facility:
        query = query.where(Facility.code == flt.facility)
    if flt.overdue_on is not None:
        query = query.where((Case.status == "inquiry") & (Case.reply_due < flt.overdue_on))
    return query


def _sort_order(flt: CaseFilter) -> list[Any]:
    """ORDER BY for a sorted list: the column, then the newest first; empty values last."""
    status_rank = PeeweeCase(Case.status, [(s, i) for i, s in enumerate(STATUSES)], len(STATUSES))
    key: Any = {
        "number": Case.seq, "patient": fn.LOWER(Patient.surname_latin),
        "nationality": Patient.nationality, "site": Case.site, "facility": Facility.code,
        "status": status_rank, "reply_due": Case.reply_due, "next_date": SQL('"next_date"'),
    }[flt.sort]
    order: list[Any]
    if flt.sort == "next_date":          # the subquery's alias in the select list
        order = [SQL('"next_date" IS NULL'), SQL('"next_date" DESC' if flt.descending else '"next_date"')]
    else:
        order = [key.is_null(), key.desc() if flt.descending else key.asc()]
    if flt.sort == "patient":
        order.append(fn.LOWER(Patient.given_names_latin).desc() if flt.descending
                     else fn.LOWER(Patient.given_names_latin).asc())
    return [*order, Case.seq.desc()]


def list_cases(flt: CaseFilter = CaseFilter(), limit: int | None = None,
               offset: int = 0, today: date | None = None) -> list[CaseRow]:
    """Cases matching `flt`, newest first, `limit` rows from `offset`."""
    day = (today or date.today()).isoformat()
    upcoming = (ItineraryItem.select(fn.MIN(fn.SUBSTR(ItineraryItem.starts, 1, 10)))
                .where((ItineraryItem.case == Case.id) & (ItineraryItem.starts >= day)
                       & ItineraryItem.deleted_at.is_null()))
    query = (Case.select(Case.id, Case.number, Patient.surname_latin, Patient.given_names_latin,
                         Patient.name_native, Patient.nationality, Case.status, Case.site,
                         Facility.code, Case.inquiry_date, Case.reply_due, upcoming.alias("next_date"),
                         _open_conflicts().alias("conflicts"))
             .join(Patient).switch(Case).join(Facility, JOIN.INNER))
    # Driven by the index, newest first: stops as soon as the page is full. A search alone
    # hands the index the page itself (on a server only the page's matches meet the cases).
    alone = limit is not None and flt.sort not in SORT_KEYS and not (
        flt.status or flt.facility or flt.overdue_on)
    page = (limit, offset) if alone and limit is not None else None
    narrowed = search.searched(query, flt.search, page)
    query = query.order_by(Case.seq.desc()) if narrowed is None else narrowed
    if flt.sort in SORT_KEYS:
        query = query.order_by(*_sort_order(flt))
    query = _filtered(query, flt)
    if limit is not None and (narrowed is None or page is None):
        query = query.limit(limit).offset(offset)
    # iterator(): plain tuples, read once (peewee's stubs type iterating tuples() as models)
    return [CaseRow(*row) for row in query.tuples().iterator()]


def _open_conflicts() -> Any:
    """The case's open conflicts (a count per listed row, by the conflict table's case index)."""
    return (Conflict.select(fn.COUNT(Conflict.id))
            .where((Conflict.case == Case.id) & Conflict.resolved_at.is_null()))


def count_cases(flt: CaseFilter = CaseFilter()) -> int:
    terms = search.has_terms(flt.search)
    others = flt.status or flt.facility or flt.overdue_on
    if terms and not others:
        return search.count_matching(flt.search)
    # every case has its facility (a required key): the join is for a facility filter only,
    # a count of all cases reads the smallest index alone (2 ms, not 8, at 100,000 cases)
    query = Case.select().join(Facility) if flt.facility else Case.select()
    if terms:
        # the matches are found once; a join would run the full-text match once per case
        query = query.where(search.matching_cases(flt.search))
    return int(_filtered(query, flt).count())
