"""The matcher's reasons (persons.reasons.Reason: a code and its values) in the user's language,
for the Duplicates view and the warning at entry; the command line keeps the English sentence.

Each text is a literal here so that lupdate finds it; %1, %2... take the reason's values (names,
ISO dates, country codes: the data itself, never translated) in the order `_ORDER` gives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication

from hirt_desk.persons.reasons import Reason

translate = QCoreApplication.translate

_TEXTS: dict[str, Callable[[], str]] = {
    "same_birth_date": lambda: translate("Reasons", "same birth date (%1)"),
    "birth_swapped": lambda: translate("Reasons", "birth dates with day and month swapped (%1, %2)"),
    "birth_one_digit": lambda: translate("Reasons", "birth dates one digit apart (%1, %2)"),
    "birth_same_year": lambda: translate("Reasons", "born the same year but on different days (%1, %2)"),
    "birth_different": lambda: translate("Reasons", "different birth dates (%1, %2)"),
    "same_passport": lambda: translate("Reasons", "same passport number"),
    "different_passports": lambda: translate("Reasons", "different passport numbers"),
    "same_nationality": lambda: translate("Reasons", "same nationality"),
    "different_nationalities": lambda: translate("Reasons", "different nationalities (%1, %2)"),
    "different_sex": lambda: translate("Reasons", "different sex"),
    "same_phone": lambda: translate("Reasons", "same phone number"),
    "same_email": lambda: translate("Reasons", "same e-mail address"),
    "different_names": lambda: translate("Reasons", "different names"),
    "different_native_names": lambda: translate("Reasons", "different names in own script (%1, %2)"),
    "native_names_near": lambda: translate("Reasons", "names in own script nearly the same (%1, %2)"),
    "same_native_name": lambda: translate("Reasons", "same name in own script (%1)"),
    "same_name": lambda: translate("Reasons", "same name (%1)"),
    "spellings": lambda: translate("Reasons", "%1 and %2 are spellings of one name"),
    "typo": lambda: translate("Reasons", "%1 and %2 differ by a letter or two"),
    "same_consonants": lambda: translate("Reasons", "%1 and %2 have the same consonants"),
    "names_swapped": lambda: translate("Reasons", "family and given names swapped"),
    "given_in_one": lambda: translate("Reasons", "given names in one record only"),
    "middle_name_in_one": lambda: translate("Reasons", "a middle name in one record only"),
    "names_reordered": lambda: translate("Reasons", "names in another order"),
    "reads_as": lambda: translate("Reasons", "%1 reads %2"),
    "reads_as_in": lambda: translate("Reasons", "%1 reads %2 (%3)"),
    "reads_as_also": lambda: translate("Reasons", "%1 reads %2 (%3 is also written %4)"),
    "without_diacritics": lambda: translate("Reasons", "%1 is %2 without diacritics"),
    "consonants_of": lambda: translate("Reasons", "%1 has the consonants %2"),
    "marked_not_same": lambda: translate("Reasons", "marked as different people"),
}

_ORDER: dict[str, tuple[str, ...]] = {
    "same_birth_date": ("date",), "same_native_name": ("names",), "same_name": ("name",),
    "reads_as": ("native", "latin"), "reads_as_in": ("native", "latin", "system"),
    "reads_as_also": ("native", "latin", "surname", "spelling"),
    "without_diacritics": ("native", "latin"), "consonants_of": ("native", "latin"),
}

_SYSTEMS: dict[str, Callable[[], str]] = {
    "wade_giles": lambda: translate("Reasons", "Wade-Giles"),
    "cantonese": lambda: translate("Reasons", "Cantonese"),
    "rtgs": lambda: translate("Reasons", "RTGS"),
    "icao": lambda: translate("Reasons", "ICAO 9303"),
    "russia_1997": lambda: translate("Reasons", "Russian passports before 2010"),
    "mongolia": lambda: translate("Reasons", "Mongolian passport spelling"),
}


def reason_text(reason: str) -> str:
    """`reason` in the user's language; text that is not a Reason (or of an unknown code) as is."""
    if not isinstance(reason, Reason) or reason.code not in _TEXTS:
        return str(reason)
    values = dict(reason.params)
    if "system" in values:
        values["system"] = _SYSTEMS[values["system"]]()
    text = _TEXTS[reason.code]()
    # from the highest number down, so that %1 never eats the start of %10
    order = _ORDER.get(reason.code, ("a", "b"))
    for n, name in reversed(list(enumerate(order, 1))):
        text = text.replace(f"%{n}", values.get(name, ""))
    return text


def reasons_text(reasons: Iterable[str], separator: str) -> str:
    return separator.join(reason_text(r) for r in reasons)
