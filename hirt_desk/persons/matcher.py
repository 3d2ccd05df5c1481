"""Are two person records the same person? A score in 0-1 and the reasons in words.

Each piece of evidence adds to (or takes from) the log-odds that the two are one person, as in
record linkage (Fellegi and Sunter): the names, read across scripts and spellings; the birth date
(the same; day and month swapped; day or month one digit apart; the same year only, which
says they differ);
the passport number however written; nationality; sex; phone; e-mail. A name alone never makes
two records one person: WANG WEI born in 1961 is many people, so a shared name needs a shared
birth date, passport, phone or e-mail besides. THRESHOLD, chosen on the labelled pairs in
tests/fixtures/duplicates/, is where a coordinator is warned.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

import phonenumbers
from rapidfuzz.distance import Levenshtein

from hirt_desk.persons.names import (
    CONSONANTS,
    SAME,
    TYPO,
    VARIANT,
    PartMatch,
    compare_parts,
    words,
)
from hirt_desk.persons.reasons import Reason
from hirt_desk.persons.scripts import native_words, readings, script_of

THRESHOLD = 0.5

_PRIOR = -5.0
_PASSPORT_SAME, _PASSPORT_DIFFERENT, _PASSPORT_AND_BIRTH = 6.0, -1.5, 2.0
_BORN_SAME, _BORN_SWAPPED, _BORN_TYPO, _BORN_SAME_YEAR, _BORN_DIFFERENT = 4.5, 2.5, -0.5, -3.0, -5.0
_NATIONALITY_SAME, _NATIONALITY_DIFFERENT = 0.5, -1.5
_SEX_DIFFERENT = -4.0
_PHONE_SAME, _EMAIL_SAME = 2.5, 2.5
_NATIVE_DIFFERENT, _NATIVE_NEAR, _NATIVE_CAP = -4.0, -1.0, 0.75
# name similarity -> evidence: a near-certain name is worth less than a shared birth date
_NAME_WEIGHTS = ((0.0, -7.0), (0.6, -6.0), (0.7, -3.0), (0.8, 0.0), (0.85, 2.0), (0.9, 3.0),
                 (0.95, 3.5), (1.0, 4.0))


@dataclass(frozen=True)
class Person:
    """The identity fields of a traveller (contracts/team.md `case show`); any may be empty."""

    surname_latin: str = ""
    given_names_latin: str = ""
    name_native: str = ""
    sex: str = ""
    date_of_birth: date | None = None
    nationality: str = ""
    passport_number: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Form:
    """One way a person's name is written in Latin letters: as typed, or a native reading."""

    surname: str                 # letters only, capitals
    given: str                   # given names run together (XIAO-MING, XIAO MING: XIAOMING)
    all_words: tuple[str, ...]
    label: Reason | None = None  # why it reads so ("王伟 reads WANG WEI"); None for the Latin fields
    consonants_only: bool = False
    surname_shown: str = ""      # as written, words apart (for the reasons)
    given_shown: str = ""

    @property
    def shown(self) -> str:
        return " ".join(self.all_words)


@dataclass(frozen=True)
class Prepared:
    """A person with everything the comparison needs worked out once."""

    person: Person
    latin: Form | None
    readings: tuple[Form, ...]
    native: tuple[str, ...]      # the words of the native name, folded (scripts.native_words), sorted
    native_script: str
    passport: str
    phone: str
    email: str
    nationality: str
    sex: str


@dataclass
class Match:
    score: float
    same: bool
    reasons: list[Reason] = field(default_factory=list)


def _form(surname: str, given: str, label: Reason | None = None,
          consonants_only: bool = False) -> Form | None:
    sw, gw = words(surname), words(given)
    if not sw and not gw:
        return None
    return Form("".join(sw), "".join(gw), (*sw, *gw), label, consonants_only, " ".join(sw), " ".join(gw))


def normal_passport(text: str) -> str:
    """A passport number however written: capitals, no spaces, dashes or filler <, and the
    letters O and I read as the digits 0 and 1 they are often mistaken for."""
    plain = re.sub(r"[^A-Z0-9]", "", to_upper(text))
    return plain.replace("O", "0").replace("I", "1")


def to_upper(text: str) -> str:
    return unicodedata.normalize("NFKC", text).upper()


def normal_phone(text: str, nationality: str) -> str:
    """The number in E.164 (+861391234567), read in the traveller's country when it has no
    prefix; the digits alone when it does not parse."""
    text = text.strip()
    if not text:
        return ""
    if text.startswith("+") and not re.search(r"[^\d\s()+.\-/]|\(0\)", text):
        return "+" + re.sub(r"\D", "", text)      # international form already (as stored): fast
    try:
        number = phonenumbers.parse(text, nationality or None)
    except phonenumbers.NumberParseException:
        return re.sub(r"\D", "", text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def prepare(person: Person) -> Prepared:
    nationality = person.nationality.strip().upper()
    native = tuple(sorted(native_words(person.name_native)))
    latin = _form(person.surname_latin, person.given_names_latin)
    forms = tuple(f for r in readings(person.name_native, nationality)
                  if (f := _form(r.surname, r.given, r.label, r.consonants_only)) is not None
                  and (latin is None or (f.surname, f.given) != (latin.surname, latin.given)))
    return Prepared(
        person=person, latin=latin,
        readings=forms, native=native, native_script=script_of(person.name_native),
        passport=normal_passport(person.passport_number),
        phone=normal_phone(person.phone, nationality), email=person.email.strip().casefold(),
        nationality=nationality, sex=person.sex.strip().upper()[:1])


# -- names -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class NameMatch:
    score: float
    reasons: tuple[Reason, ...] = ()


def _combine(a: PartMatch, b: PartMatch) -> float:
    low, high = sorted((a.score, b.score))
    return (2 * low + high) / 3


def _describe(parts: list[tuple[str, str, PartMatch]]) -> list[Reason]:
    kinds = {VARIANT: "spellings", TYPO: "typo", CONSONANTS: "same_consonants"}
    return [Reason(kinds[m.kind], a=x, b=y) for x, y, m in parts if m.kind in kinds]


def _align(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[float, list[tuple[str, str, PartMatch]]]:
    """Every word of the shorter name matched to its own word of the longer one, greedily."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    free = list(long_)
    matched = []
    for w in short:
        best = max(free, key=lambda v: compare_parts(w, v).score)
        free.remove(best)
        matched.append((w, best, compare_parts(w, best)))
    return min(m.score for _, _, m in matched), matched


@lru_cache(maxsize=200_000)
def compare_forms(a: Form, b: Form) -> NameMatch:
    """How alike two written forms of a name are, and the words that say why."""
    if b.consonants_only or a.consonants_only:
        x, y = (a, b) if b.consonants_only else (b, a)
        s = compare_parts(x.surname, y.surname, True)
        g = compare_parts(x.given, y.given, True) if x.given and y.given else s
        score = _combine(s, g)
        return NameMatch(score * (1.0 if x.given and y.given else 0.9))
    candidates: list[tuple[float, list[Reason]]] = []
    if a.given and b.given:
        s, g = compare_parts(a.surname, b.surname), compare_parts(a.given, b.given)
        if s.kind == SAME and g.kind == SAME:
            return NameMatch(1.0)
        candidates.append((_combine(s, g), _describe([(a.surname_shown, b.surname_shown, s),
                                                          (a.given_shown, b.given_shown, g)])))
        s2, g2 = compare_parts(a.surname, b.given), compare_parts(a.given, b.surname)
        candidates.append((0.98 * _combine(s2, g2), [Reason("names_swapped"), *_describe(
            [(a.surname_shown, b.given_shown, s2), (a.given_shown, b.surname_shown, g2)])]))
    elif a.given or b.given:
        s = compare_parts(a.surname, b.surname)
        candidates.append((0.85 * s.score, [Reason("given_in_one")]))
    else:
        s = compare_parts(a.surname, b.surname)
        said = [Reason("same_name", name=a.surname_shown)] if s.kind == SAME else []
        candidates.append((0.9 * s.score, said + _describe([(a.surname_shown, b.surname_shown, s)])))
    # the same letters split elsewhere (WANG XIAOMING / WANGXIAO MING, or all in one field);
    # not the typo steps, which over a whole name would let two given names pass
    whole = compare_parts(a.surname + a.given, b.surname + b.given)
    if whole.kind in (SAME, VARIANT):
        candidates.append((0.97 * whole.score, _describe([(a.shown, b.shown, whole)])))
    # word by word: middle names, three-word names in another order (a two-word name against a
    # two-word name is what the direct and swapped comparisons above already tried)
    if min(len(a.all_words), len(b.all_words)) >= 2 and max(len(a.all_words), len(b.all_words)) > 2:
        low, matched = _align(a.all_words, b.all_words)
        extra = len(a.all_words) != len(b.all_words)
        factor = 0.93 if extra else 0.97
        words_said = [Reason("middle_name_in_one" if extra else "names_reordered")]
        candidates.append((factor * low, words_said + _describe(matched)))
    score, said = max(candidates, key=lambda c: c[0])
    return NameMatch(score, tuple(said))


def compare_names(a: Prepared, b: Prepared) -> tuple[float, list[Reason]]:
    """The best likeness of the two persons' names over every way each is written."""
    if a.native and a.native == b.native:
        shown = dict.fromkeys(p.person.name_native.strip() for p in (a, b))
        return 1.0, [Reason("same_native_name", names=", ".join(shown))]
    if _natives_differ(a, b):
        # an exact script (hangul, Cyrillic, Thai...) or other characters: 서연 is not 서윤,
        # however alike SEOYEON and SEOYUN look once romanisations are folded together
        best, reasons = compare_names(replace(a, native=()), b)
        return min(best, _NATIVE_CAP), reasons
    pairs: list[tuple[Form, Form]] = []
    if a.latin and b.latin:
        pairs.append((a.latin, b.latin))
    if b.latin:
        pairs += [(r, b.latin) for r in a.readings]
    if a.latin:
        pairs += [(a.latin, r) for r in b.readings]
    pairs += [(ra, rb) for ra in a.readings[:2] for rb in b.readings[:2]]
    best, reasons = 0.0, list[Reason]()
    for fa, fb in pairs:
        m = compare_forms(fa, fb)
        if m.score > best + 1e-9:
            best = m.score
            labels = [f.label for f in (fa, fb) if f.label]
            if not labels and m.score >= 0.96 and not m.reasons:
                labels = [Reason("same_name", name=fa.shown)]
            reasons = [*labels, *m.reasons]
            if best >= 0.999:
                break
    return best, reasons


def _natives_differ(a: Prepared, b: Prepared) -> bool:
    """Both names are written in one script and differ by more than a typo: neither holds all
    the other's words (a patronymic or middle name in one only), and they are more than one
    letter apart in an alphabet (a typo), or any character apart in hangul or Chinese."""
    if not (a.native and b.native) or a.native == b.native or a.native_script != b.native_script:
        return False
    if set(a.native) <= set(b.native) or set(b.native) <= set(a.native):
        return False
    if a.native_script in ("han", "hangul", "kana"):
        return True
    return Levenshtein.distance("".join(a.native), "".join(b.native), score_cutoff=2) > 1


def _name_weight(similarity: float) -> float:
    for (x0, y0), (x1, y1) in zip(_NAME_WEIGHTS, _NAME_WEIGHTS[1:], strict=False):
        if similarity <= x1:
            return y0 + (y1 - y0) * (similarity - x0) / (x1 - x0)
    return _NAME_WEIGHTS[-1][1]


# -- the other evidence ------------------------------------------------------------------------

def _birth(a: date | None, b: date | None) -> tuple[float, Reason | None]:
    if a is None or b is None:
        return 0.0, None
    if a == b:
        return _BORN_SAME, Reason("same_birth_date", date=a.isoformat())
    if a.year == b.year and a.month == b.day and a.day == b.month:
        return _BORN_SWAPPED, Reason("birth_swapped", a=a.isoformat(), b=b.isoformat())
    da, db = a.strftime("%m%d"), b.strftime("%m%d")
    if a.year == b.year and sum(x != y for x, y in zip(da, db, strict=True)) == 1:
        return _BORN_TYPO, Reason("birth_one_digit", a=a.isoformat(), b=b.isoformat())
    if a.year == b.year:
        return _BORN_SAME_YEAR, Reason("birth_same_year", a=a.isoformat(), b=b.isoformat())
    return _BORN_DIFFERENT, Reason("birth_different", a=a.isoformat(), b=b.isoformat())


def compare(a: Prepared, b: Prepared, threshold: float = THRESHOLD) -> Match:
    """Whether `a` and `b` look like one person: the score, the verdict and why."""
    total = _PRIOR
    reasons: list[Reason] = []

    def add(weight: float, reason: Reason | None = None) -> None:
        nonlocal total
        total += weight
        if reason:
            reasons.append(reason)

    similarity, name_reasons = compare_names(a, b)
    if a.latin or b.latin or a.readings or b.readings:
        add(_name_weight(similarity))
        if similarity >= 0.8:
            reasons.extend(name_reasons)
        else:
            reasons.append(Reason("different_names"))
    if _natives_differ(a, b) and similarity >= _NATIVE_CAP:
        # counted once: where the Latin names already differ, that is the same evidence
        add(_NATIVE_DIFFERENT, Reason("different_native_names", a=a.person.name_native.strip(),
                                      b=b.person.name_native.strip()))
    elif (a.native and b.native and a.native != b.native and a.native_script == b.native_script
          and not _natives_differ(a, b)):
        add(_NATIVE_NEAR, Reason("native_names_near", a=a.person.name_native.strip(),
                                 b=b.person.name_native.strip()))
    add(*_birth(a.person.date_of_birth, b.person.date_of_birth))
    if a.passport and b.passport:
        if a.passport == b.passport:
            add(_PASSPORT_SAME, Reason("same_passport"))
            if a.person.date_of_birth is not None and a.person.date_of_birth == b.person.date_of_birth:
                # a passport number and a birth date together identify a person, whatever the
                # name says since (a married name, a Thai name changed by law)
                add(_PASSPORT_AND_BIRTH)
        else:
            add(_PASSPORT_DIFFERENT, Reason("different_passports"))
    if a.nationality and b.nationality:
        if a.nationality == b.nationality:
            add(_NATIONALITY_SAME, Reason("same_nationality"))
        else:
            add(_NATIONALITY_DIFFERENT, Reason("different_nationalities", a=a.nationality, b=b.nationality))
    if a.sex in "FM" and b.sex in "FM" and a.sex and b.sex and a.sex != b.sex:
        add(_SEX_DIFFERENT, Reason("different_sex"))
    if a.phone and a.phone == b.phone:
        add(_PHONE_SAME, Reason("same_phone"))
    if a.email and a.email == b.email:
        add(_EMAIL_SAME, Reason("same_email"))
    score = 1.0 / (1.0 + math.exp(-total))
    return Match(round(score, 4), score >= threshold, reasons)




class PersonInputError(ValueError):
    """A person given as JSON that cannot be read; the message names where."""


PERSON_FIELDS = ("surname_latin", "given_names_latin", "name_native", "sex", "date_of_birth",
                 "nationality", "passport_number", "phone", "email")


def person_from_json(value: object, where: str) -> Person:
    """A person from a JSON object with the identity fields of `case show` (any may be absent or
    null; others, such as `id` or `address`, are ignored)."""
    if not isinstance(value, dict):
        raise PersonInputError(f"{where}: a person is a JSON object, not {_json_kind(value)}")
    fields: dict[str, object] = {}
    for name in PERSON_FIELDS:
        item = value.get(name)
        if item is None:
            continue
        if not isinstance(item, str):
            raise PersonInputError(f"{where}.{name}: must be text, not {_json_kind(item)}")
        if name == "date_of_birth":
            try:
                fields[name] = date.fromisoformat(item.strip()) if item.strip() else None
            except ValueError:
                raise PersonInputError(f"{where}.{name}: '{item}' is not a date (YYYY-MM-DD)") from None
        else:
            fields[name] = item
    return Person(**fields)  # type: ignore[arg-type]


def _json_kind(value: object) -> str:
    if isinstance(value, bool):
        return "true or false"
    return {dict: "an object", list: "a list", str: "text", int: "a number", float: "a number",
            type(None): "null"}.get(type(value), type(value).__name__)
