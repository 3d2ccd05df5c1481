"""Travellers as references: the patient or a companion of the case, named by the domain as
"patient" or the companion's id, stored as `companion_id` (NULL: the patient) in visa records
and in the itinerary's traveller rows (schema 6).

Removing a companion takes its references with it, in the same change: its visa record becomes
a tombstone, and its itinerary mentions are removed, or handed to another traveller
(`"reassign:<traveller key>"`); an item only they took part in is removed with them unless
reassigned. Nothing is left pointing at a removed companion.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import cast

from peewee import JOIN

from hirt_desk.actions.cases import get_case
from hirt_desk.store import audit
from hirt_desk.store.database import store_errors, write_transaction
from hirt_desk.store.models import (
    PATIENT,
    Case,
    Companion,
    ItineraryItem,
    ItineraryTraveller,
    VisaRecord,
    companion_id_of,
    traveller_key,
)

REMOVE = "remove"
REASSIGN = "reassign:"


class UnknownTraveller(LookupError):
    """A traveller key that is neither "patient" nor a companion of the case (still there)."""

    def __init__(self, key: str) -> None:
        super().__init__(f"{key!r} is not a traveller of this case")
        self.key = key


def companion_ref(case: Case, key: str) -> str | None:
    """The `companion_id` of a traveller of `case`; UnknownTraveller for anyone else."""
    companion = companion_id_of(key)
    if companion is not None and not (Companion.select().where(
            (Companion.id == companion) & (Companion.case == case.id) & Companion.deleted_at.is_null())
            .exists()):
        raise UnknownTraveller(key)
    return companion


def travellers_of(item_ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each item's travellers as traveller keys: the patient first, then companions as added."""
    ids = list(item_ids)
    found: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        rows = (ItineraryTraveller
                .select(ItineraryTraveller.item, ItineraryTraveller.companion, Companion.created)
                .join(Companion, on=(ItineraryTraveller.companion == Companion.id), join_type=JOIN.LEFT_OUTER)
                .where(ItineraryTraveller.item.in_(ids[start:start + 500])
                       & ItineraryTraveller.deleted_at.is_null())
                .tuples())
        for row in rows:
            item_id, companion_id, created = cast(tuple[str, "str | None", object], row)
            first = (0, "") if companion_id is None else (1, str(created))
            found[item_id].append((*first, traveller_key(companion_id)))
    return {item_id: tuple(key for _, _, key in sorted(keys)) for item_id, keys in found.items()}


def set_item_travellers(change: audit.CaseChange, item: ItineraryItem, keys: Iterable[str]) -> None:
    """Make `keys` the item's travellers: rows added and removed (tombstones), each audited."""
    case = change.case
    assert case is not None
    wanted = {companion_ref(case, key) for key in dict.fromkeys(keys)}
    current = {row.companion_id: row for row in ItineraryTraveller.select().where(
        (ItineraryTraveller.item == item.id) & ItineraryTraveller.deleted_at.is_null())}
    for companion, row in current.items():
        if companion not in wanted:
            change.delete(row)
    for companion in sorted(wanted - set(current), key=lambda c: (c is not None, c or "")):
        change.create(ItineraryTraveller.create(item=item.id, companion=companion))


@dataclass(frozen=True)
class Mentions:
    """What refers to a companion: its visa record, and the itinerary items it takes part in."""

    visa_record: bool
    items: tuple[str, ...]          # ids of live items it takes part in
    only_theirs: tuple[str, ...]    # of those, the items no one else takes part in

    def __bool__(self) -> bool:
        return self.visa_record or bool(self.items)


def _mentions(companion_id: str) -> Mentions:
    visa = VisaRecord.select().where((VisaRecord.companion == companion_id)
                                     & VisaRecord.deleted_at.is_null()).exists()
    items = [row.item_id for row in ItineraryTraveller.select(ItineraryTraveller.item)
             .join(ItineraryItem)
             .where((ItineraryTraveller.companion == companion_id) & ItineraryTraveller.deleted_at.is_null()
                    & ItineraryItem.deleted_at.is_null())]
    travellers = travellers_of(items)
    only = [i for i in items if travellers.get(i, ()) == (companion_id,)]
    return Mentions(visa, tuple(items), tuple(only))


def companion_mentions(companion_id: str) -> Mentions:
    """What would go with the companion if it were removed (for the window to ask first)."""
    with store_errors():
        return _mentions(companion_id)


def detach_companion(change: audit.CaseChange, companion: Companion, itinerary: str = REMOVE) -> None:
    """Take the companion's references away, inside `change` (before the companion is removed).

    Its visa record becomes a tombstone (a visa is the person's own). With `REMOVE` its
    itinerary mentions go, and items only it took part in are removed; with
    `"reassign:<key>"` the traveller `key` takes its place on each of its items."""
    case = change.case
    assert case is not None and companion.case_id == case.id
    target: str | None = None
    reassign = itinerary.startswith(REASSIGN)
    if reassign:
        target_key = itinerary.removeprefix(REASSIGN)
        if target_key == companion.id:
            raise UnknownTraveller(target_key)
        target = companion_ref(case, target_key)
    elif itinerary != REMOVE:
        raise ValueError(f"itinerary: {itinerary!r} (expected {REMOVE!r} or '{REASSIGN}<traveller>')")
    for visa in VisaRecord.select().where((VisaRecord.companion == companion.id)
                                          & VisaRecord.deleted_at.is_null()):
        change.delete(visa)
    mentions = _mentions(companion.id)
    rows = {row.item_id: row for row in ItineraryTraveller.select().where(
        (ItineraryTraveller.companion == companion.id) & ItineraryTraveller.deleted_at.is_null())}
    for item_id in mentions.items:
        item = ItineraryItem.get_by_id(item_id)
        if reassign:
            has_target = ItineraryTraveller.select().where(
                (ItineraryTraveller.item == item_id) & ItineraryTraveller.deleted_at.is_null()
                & (ItineraryTraveller.companion.is_null() if target is None
                   else ItineraryTraveller.companion == target)).exists()
            if not has_target:
                change.create(ItineraryTraveller.create(item=item_id, companion=target))
            change.delete(rows[item_id])
        elif item_id in mentions.only_theirs:
            change.delete(rows[item_id])
            change.delete(item)
        else:
            change.delete(rows[item_id])


def resolve_choices(choices: Mapping[str, str], removed: Iterable[str]) -> dict[str, str]:
    """The choice for each removed companion, with reassignments to a companion removed in the
    same save followed on to where that one's items go (a circle ends in removing)."""
    removed = set(removed)
    out = {}
    for companion in removed:
        choice, seen = choices.get(companion, REMOVE), {companion}
        while choice.startswith(REASSIGN) and (nxt := choice.removeprefix(REASSIGN)) in removed:
            if nxt in seen:
                choice = REMOVE
                break
            seen.add(nxt)
            choice = choices.get(nxt, REMOVE)
        out[companion] = choice
    return out


def remove_companion(case_ref: str, companion_id: str, itinerary: str = REMOVE,
                     user: str | None = None) -> None:
    """Remove a companion from the case with its visa record and itinerary mentions (see
    `detach_companion`), as one audited change."""
    user = user or audit.current_user()
    with store_errors(), write_transaction():
        case = get_case(case_ref)
        companion = Companion.get_or_none((Companion.id == companion_id) & (Companion.case == case.id))
        if companion is None:
            raise UnknownTraveller(companion_id)
        if companion.deleted_at is not None:
            return
        with audit.CaseChange(case, user) as change:
            detach_companion(change, companion, itinerary)
            change.delete(companion)


__all__ = ["PATIENT", "REASSIGN", "REMOVE", "Mentions", "UnknownTraveller", "companion_ref",
           "companion_mentions", "detach_companion", "remove_companion", "resolve_choices",
           "set_item_travellers", "travellers_of"]
