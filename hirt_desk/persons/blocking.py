"""Which pairs of persons are worth comparing: blocking keys instead of every pair.

100,000 persons make five billion pairs; two records of one person nearly always share one of
these keys, and few unrelated pairs do:
- the passport number, the phone number or the e-mail address (however written);
- the birth date with day and month in either order, with the first letter of a family or
  given name (in any of the name's readings, folded as the name comparison folds them);
- the folded family and given names (either order) with the birth year;
- the folded names alone, paired only where one of the two has no birth date.
A key shared by more than `max_block` persons (01-01 birthdays where the day was not known, a
shared office phone) says little and would cost much: it is left out, and counted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from hirt_desk.persons.matcher import THRESHOLD, Form, Match, Person, Prepared, compare, prepare
from hirt_desk.persons.names import consonants, medium

MAX_BLOCK = 500


@dataclass
class BlockingStats:
    persons: int = 0
    blocks: int = 0
    skipped_blocks: int = 0          # keys shared by more than max_block persons
    candidates: int = 0
    same: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)


def _forms(p: Prepared) -> list[Form]:
    return [f for f in (p.latin, *p.readings) if f is not None]


def _name_key(f: Form) -> str:
    if f.consonants_only:
        parts = [consonants(f.surname, written=True), consonants(f.given, written=True)]
    else:
        parts = [medium(f.surname), medium(f.given)]
    return "|".join(sorted(parts))


def _initials(f: Form) -> set[str]:
    if f.consonants_only:
        return {x[:1] for x in (consonants(f.surname, written=True), consonants(f.given, written=True)) if x}
    return {medium(x)[:1] for x in (f.surname, f.given) if x}


def blocking_keys(p: Prepared) -> tuple[set[tuple[object, ...]], set[str]]:
    """The keys `p` is filed under, and its names' keys (paired only where a birth date is missing)."""
    keys: set[tuple[object, ...]] = set()
    if len(p.passport) >= 5:
        keys.add(("passport", p.passport))
    if len(p.phone) >= 7:
        keys.add(("phone", p.phone))
    if "@" in p.email:
        keys.add(("email", p.email))
    born = p.person.date_of_birth
    forms = _forms(p)
    names = {_name_key(f) for f in forms}
    names.update(key for f in forms if (key := _name_key_consonants(f)))
    names.discard("|")
    if born is not None:
        day_month = (min(born.month, born.day), max(born.month, born.day))
        for initial in set().union(*(_initials(f) for f in forms)) or {""}:
            keys.add(("born", born.year, *day_month, initial))
        keys.update(("name-year", name, born.year) for name in names)
    return keys, names


def _name_key_consonants(f: Form) -> str:
    """The consonants of both names: MOHAMMED AHMED and محمد أحمد, MUHAMMAD AHMAD meet here.
    Only where each name has three consonants or more: WANG WEI's "NK|" would file together
    every WANG with a one-syllable given name."""
    written = f.consonants_only
    parts = sorted([consonants(f.surname, written=written), consonants(f.given, written=written)])
    return "|".join(parts) if min(len(x) for x in parts) >= 3 else ""


Groups = Sequence[frozenset[str]]


def candidate_pairs(prepared: Sequence[Prepared], groups: Groups | None = None,
                    max_block: int = MAX_BLOCK, stats: BlockingStats | None = None
                    ) -> set[tuple[int, int]]:
    """Index pairs (i < j) that share a key; never two persons whose groups meet (the cases a
    person is in: a patient and their own companions are different people by definition)."""
    stats = stats if stats is not None else BlockingStats()
    blocks: dict[tuple[object, ...], list[int]] = defaultdict(list)
    by_name: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i, p in enumerate(prepared):
        keys, names = blocking_keys(p)
        for key in keys:
            blocks[key].append(i)
        for name in names:
            by_name[name][p.person.date_of_birth is None].append(i)
    pairs: set[tuple[int, int]] = set()

    def add(i: int, j: int, kind: str) -> None:
        if i == j or (groups is not None and not groups[i].isdisjoint(groups[j])):
            return
        pair = (i, j) if i < j else (j, i)
        if pair not in pairs:
            pairs.add(pair)
            stats.by_kind[kind] = stats.by_kind.get(kind, 0) + 1

    for key, members in blocks.items():
        if len(members) < 2:
            continue
        stats.blocks += 1
        if len(members) > max_block:
            stats.skipped_blocks += 1
            continue
        for n, i in enumerate(members):
            for j in members[n + 1:]:
                add(i, j, str(key[0]))
    for dated, undated in by_name.values():
        if not undated or len(dated) + len(undated) < 2:
            continue
        stats.blocks += 1
        if len(undated) * (len(dated) + len(undated)) > max_block * max_block:
            stats.skipped_blocks += 1
            continue
        for n, i in enumerate(undated):
            for j in (*undated[n + 1:], *dated):
                add(i, j, "name")
    stats.persons, stats.candidates = len(prepared), len(pairs)
    return pairs


def find_duplicates(persons: Iterable[Person], groups: Groups | None = None,
                    threshold: float = THRESHOLD, stats: BlockingStats | None = None
                    ) -> list[tuple[int, int, Match]]:
    """Every candidate pair with its match, the likeliest first (then by index)."""
    stats = stats if stats is not None else BlockingStats()
    prepared = [prepare(p) for p in persons]
    found = []
    for i, j in candidate_pairs(prepared, groups, stats=stats):
        match = compare(prepared[i], prepared[j], threshold)
        stats.same += match.same
        found.append((i, j, match))
    found.sort(key=lambda t: (-t[2].score, t[0], t[1]))
    return found
