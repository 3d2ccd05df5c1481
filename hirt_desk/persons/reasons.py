"""Why the matcher thinks two records are (or are not) one person, as a code and its values.

A `Reason` is the English sentence the command line prints (`duplicates` JSON `reasons`, the
contract) and, besides, its `code` and `params`, so that the window can say the same thing in
the user's language (ui/reason_text.py) instead of showing English. It is a `str` so that what
took the sentences before (JSON, joins, tests comparing with text) keeps working unchanged.
Values are the data itself (names, ISO dates, country codes); `system` is a code of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

ENGLISH: Mapping[str, str] = MappingProxyType({
    "same_birth_date": "same birth date ({date})",
    "birth_swapped": "birth dates with day and month swapped ({a}, {b})",
    "birth_one_digit": "birth dates one digit apart ({a}, {b})",
    "birth_same_year": "born the same year but on different days ({a}, {b})",
    "birth_different": "different birth dates ({a}, {b})",
    "same_passport": "same passport number",
    "different_passports": "different passport numbers",
    "same_nationality": "same nationality",
    "different_nationalities": "different nationalities ({a}, {b})",
    "different_sex": "different sex",
    "same_phone": "same phone number",
    "same_email": "same e-mail address",
    "different_names": "different names",
    "different_native_names": "different names in own script ({a}, {b})",
    "native_names_near": "names in own script nearly the same ({a}, {b})",
    "same_native_name": "same name in own script ({names})",
    "same_name": "same name ({name})",
    "spellings": "{a} and {b} are spellings of one name",
    "typo": "{a} and {b} differ by a letter or two",
    "same_consonants": "{a} and {b} have the same consonants",
    "names_swapped": "family and given names swapped",
    "given_in_one": "given names in one record only",
    "middle_name_in_one": "a middle name in one record only",
    "names_reordered": "names in another order",
    "reads_as": "{native} reads {latin}",
    "reads_as_in": "{native} reads {latin} ({system})",
    "reads_as_also": "{native} reads {latin} ({surname} is also written {spelling})",
    "without_diacritics": "{native} is {latin} without diacritics",
    "consonants_of": "{native} has the consonants {latin}",
    "marked_not_same": "marked as different people",
})

# the romanisation systems a reading names (`reads_as_in`'s system)
SYSTEMS: Mapping[str, str] = MappingProxyType({
    "wade_giles": "Wade-Giles",
    "cantonese": "Cantonese",
    "rtgs": "RTGS",
    "icao": "ICAO 9303",
    "russia_1997": "Russian passports before 2010",
    "mongolia": "Mongolian passport spelling",
})


class Reason(str):
    """One piece of evidence: the English sentence, with `code` and `params` to say it otherwise."""

    code: str
    params: Mapping[str, str]

    def __new__(cls, code: str, /, **params: str) -> Reason:
        values = dict(params)
        if "system" in values:
            values["system"] = SYSTEMS[values["system"]]
        self = super().__new__(cls, ENGLISH[code].format(**values))
        self.code = code
        self.params = MappingProxyType(dict(params))
        return self

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self.code, dict(self.params)))


def _rebuild(code: str, params: dict[str, str]) -> Reason:
    return Reason(code, **params)
