"""Persons as `hirt-desk demo` makes them (resources/demo/people.toml: names in their own
scripts, passports and phones in each country's format), with planted duplicates: the same
person entered again the way it happens (native name left out, names swapped, a hyphen, a typo,
day and month swapped, the passport typed with spaces, no birth date, a renewed passport). For
the blocking test and the benchmark."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from hirt_desk.actions.demo import _People
from hirt_desk.persons import Person

TODAY = date(2026, 11, 22)


def _typo(rng: random.Random, text: str) -> str:
    letters = [i for i, c in enumerate(text) if c.isalpha()][1:-1]
    if not letters:
        return text
    i = rng.choice(letters)
    return text[:i] + rng.choice("AEIOUNRST".replace(text[i], "")) + text[i + 1:]


def variant(rng: random.Random, p: Person) -> Person:
    """The same person entered again, differently."""
    changes = rng.sample(["native", "swap", "hyphen", "typo", "born", "passport", "renewed", "undated"],
                         rng.randint(1, 3))
    q = p
    for change in changes:
        if change == "native":
            q = replace(q, name_native="")
        elif change == "swap":
            q = replace(q, surname_latin=q.given_names_latin, given_names_latin=q.surname_latin)
        elif change == "hyphen":
            g = q.given_names_latin
            q = replace(q, given_names_latin=g.replace("-", "") if "-" in g else g.replace(" ", "-"))
        elif change == "typo":
            q = replace(q, given_names_latin=_typo(rng, q.given_names_latin))
        elif change == "born" and q.date_of_birth and q.date_of_birth.day <= 12:
            d = q.date_of_birth
            q = replace(q, date_of_birth=d.replace(month=d.day, day=d.month))
        elif change == "passport":
            q = replace(q, passport_number=" ".join(q.passport_number[i:i + 4].lower()
                                                    for i in range(0, len(q.passport_number), 4)))
        elif change == "renewed" and "undated" not in changes:
            q = replace(q, passport_number=q.passport_number[:1] + str(rng.randrange(10 ** 7, 10 ** 8)))
        elif change == "undated" and "renewed" not in changes:
            q = replace(q, date_of_birth=None)
    return q


def generated(count: int, planted: int, seed: int = 1) -> tuple[list[Person], list[tuple[int, int]]]:
    """`count` persons of which `planted` are second entries of others; the planted index pairs."""
    rng = random.Random(seed)
    people = _People(random.Random(seed), TODAY)
    persons: list[Person] = []
    for _ in range(count - planted):
        d = people.person(people.nationality())
        persons.append(Person(d.surname_latin, d.given_names_latin, d.name_native, d.sex, d.date_of_birth,
                              d.nationality, d.passport_number, d.phone, d.email))
    pairs = []
    for original in rng.sample(range(len(persons)), planted):
        pairs.append((original, len(persons)))
        persons.append(variant(rng, persons[original]))
    return persons, pairs
