"""User actions on a case's itinerary: items added, edited, removed, and the treatment sessions
planned and re-planned from the course's start date."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time

from hirt_desk.actions.cases import get_case
from hirt_desk.actions.travellers import set_item_travellers, travellers_of
from hirt_desk.facilities import facility_profile
from hirt_desk.planning.calendar import FacilityCalendar, plan_sessions, why_not
from hirt_desk.planning.itinerary import ERROR, Finding, Item, check_itinerary
from hirt_desk.store import audit
from hirt_desk.store.database import store_errors, write_transaction
from hirt_desk.store.models import PATIENT, Case, ItineraryItem, ItineraryTraveller

SESSION_TIME = time(10, 0)
_FIELDS = ("kind", "title", "start_tz", "end_tz", "place_from", "place_to", "reference",
           "confirmation", "cost_yen", "notes", "fixed")


def _to_item(row: ItineraryItem, travellers: tuple[str, ...]) -> Item:
    return Item(kind=row.kind, starts=datetime.fromisoformat(row.starts),
                ends=datetime.fromisoformat(row.ends) if row.ends else None,
                travellers=travellers, id=row.id,
                **{f: getattr(row, f) for f in _FIELDS if f != "kind"})


def _values(item: Item) -> dict[str, object]:
    return {"starts": item.starts.isoformat(timespec="minutes"),
            "ends": item.ends.isoformat(timespec="minutes") if item.ends else None,
            **{f: getattr(item, f) for f in _FIELDS}}


def list_items(case_ref: str) -> list[Item]:
    with store_errors():
        case = get_case(case_ref)
        rows = list(case.itinerary.order_by(ItineraryItem.starts))
        travellers = travellers_of(r.id for r in rows)
        return [_to_item(r, travellers.get(r.id, ())) for r in rows]


def save_item(case_ref: str, item: Item, user: str | None = None) -> Item:
    """Add a new item (no id) or update one; a session saved by hand becomes fixed. Its
    travellers must be the patient or companions of the case (UnknownTraveller)."""
    user = user or audit.current_user()
    if item.kind == "session":
        item = replace(item, fixed=True)
    with store_errors(), write_transaction():
        case = get_case(case_ref)
        with audit.CaseChange(case, user) as change:
            if item.id is None:
                row = ItineraryItem.create(case=case, **_values(item))
                change.create(row)
            else:
                row = ItineraryItem.get((ItineraryItem.id == item.id) & (ItineraryItem.case == case.id)
                                        & ItineraryItem.deleted_at.is_null())
                change.update(row, _values(item))
            set_item_travellers(change, row, item.travellers)
        return _to_item(row, travellers_of([row.id]).get(row.id, ()))


def delete_item(item_id: str, user: str | None = None) -> None:
    user = user or audit.current_user()
    with store_errors(), write_transaction():
        row = ItineraryItem.get_by_id(item_id)
        if row.deleted_at is None:
            with audit.CaseChange(row.case, user) as change:
                change.delete(row)


@dataclass(frozen=True)
class Replan:
    """What planning the sessions changed, for the user to see."""

    added: tuple[date, ...]
    removed: tuple[date, ...]
    kept: tuple[date, ...]                # sessions fixed by hand, left as they were
    # the course could not start on the day asked for: the first session, and why (en, ja)
    first: date | None = None
    start_moved: tuple[str, str] | None = None

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed)


def plan_treatment(case_ref: str, start: date, fractions: int, user: str | None = None) -> Replan:
    """(Re)plan the sessions of the course: sessions fixed by hand stay; the rest follow `start`."""
    user = user or audit.current_user()
    with store_errors(), write_transaction():
        case = get_case(case_ref)
        calendar = FacilityCalendar.from_profile(facility_profile(case.facility.code))
        sessions = list(case.itinerary.where(ItineraryItem.kind == "session"))
        fixed = sorted(datetime.fromisoformat(s.starts).date() for s in sessions if s.fixed)
        old = sorted(datetime.fromisoformat(s.starts).date() for s in sessions if not s.fixed)
        needed = max(0, fractions - len(fixed))
        plan = plan_sessions(start, fractions, calendar)
        new = [d for d in plan.sessions if d not in fixed][:needed]
        change = audit.CaseChange(case, user)
        for row in sessions:
            if not row.fixed:
                change.delete(row)
        for number, day in enumerate(sorted(new + fixed), start=1):
            if day in fixed:
                continue
            row = ItineraryItem.create(
                case=case, kind="session", title=f"{number}/{fractions}",
                starts=datetime.combine(day, SESSION_TIME).isoformat(timespec="minutes"),
                ends=datetime.combine(day, time(11, 0)).isoformat(timespec="minutes"),
                place_to=case.facility.profile.get("short_en", case.facility.code.upper()),
                fixed=False)
            change.create(row)
            change.create(ItineraryTraveller.create(item=row.id, companion=None))
        change.update(case, {"fractions": fractions, "treatment_start": start})
        change.save()
    old_set, new_set = set(old), set(new)
    first = plan.sessions[0]
    moved = None
    if first != start:
        moved = why_not(start, calendar) or (
            f"{calendar.code.upper()} does not treat on {start:%A}s", "治療を行わない曜日です")
    return Replan(tuple(sorted(new_set - old_set)), tuple(sorted(old_set - new_set)), tuple(fixed),
                  first, moved)


PERMITTED_PERIOD = ("permitted_stay_short", "visa_expired_before_arrival", "single_entry_lapses")


def check_case(case_ref: str, today: date | None = None, items: list[Item] | None = None) -> list[Finding]:
    """The itinerary's own checks, and the stay outside a traveller's permitted period (visa).
    `items`: the case's items when the caller has just read them."""
    from hirt_desk.actions.visa import load_visas  # visa decisions read the itinerary
    with store_errors():
        case: Case = get_case(case_ref)
        items = list_items(case.id) if items is None else items
        calendar = FacilityCalendar.from_profile(facility_profile(case.facility.code))
        companions = list(case.companions)
        travellers = (PATIENT, *(c.id for c in companions))
        passports = {PATIENT: case.patient.passport_expiry,
                     **{c.id: c.passport_expiry for c in companions}}
        findings = check_itinerary(items, calendar, travellers, passports)
        for entry in load_visas(case.id, today, items):
            findings += [Finding(ERROR, "outside_permitted_stay", f.message, None, entry.key)
                         for f in entry.findings if f.code in PERMITTED_PERIOD]
        return findings
