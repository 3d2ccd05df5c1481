"""Clinical T, N, M categories and stage groups as ordered values.

Tables state ranges such as "T1c-T3" or "Stage I - III". A bound counts at its own precision:
T3 covers T3a and T3b; T1c excludes T1a and T1b. A value less precise than a bound that splits
its group ("T1" against a lower bound of "T1c") cannot be decided, and `compare` says so with
None instead of guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


class StagingError(ValueError):
    """Text that is not a T/N/M category or stage group."""


@dataclass(frozen=True)
class Grade:
    text: str                        # normalized, e.g. "T2a", "IIIA"
    key: tuple[float, ...] | None    # None for "X" (cannot be assessed)


_ROMAN = {"0": 0, "I": 1, "II": 2, "III": 3, "IV": 4}
_PATTERNS = {
    "T": re.compile(r"^[CPY]?T(X|IS|[0-4])([A-D])?([1-3])?$"),
    "N": re.compile(r"^[CPY]?N(X|[0-3])([A-C])?$"),
    "M": re.compile(r"^[CPY]?M(X|[01])([A-D])?$"),
    "stage": re.compile(r"^(?:STAGE\s*)?(0|IV|III|II|I)([A-C])?([1-3])?$"),
}
_EXAMPLES = {"T": "T1c, T2a, T3b", "N": "N0, N1", "M": "M0, M1b", "stage": "I, IB, IIIA"}


def parse_grade(kind: str, text: str) -> Grade:
    """Parse a category of `kind` ("T", "N", "M" or "stage")."""
    match = _PATTERNS[kind].match(text.strip().upper())
    if not match:
        raise StagingError(f"'{text}' is not a {kind} category (e.g. {_EXAMPLES[kind]})")
    head, letter, digit = match.group(1), match.group(2), match.group(3) if kind in ("T", "stage") else None
    if kind == "stage":
        key: tuple[float, ...] = (_ROMAN[head],)
        norm = head
    elif head == "X":
        return Grade(f"{kind}X", None)
    elif head == "IS":
        return Grade("Tis", (0.5,))
    else:
        key = (int(head),)
        norm = f"{kind}{head}"
    if letter:
        key += ("ABCD".index(letter) + 1,)
        norm += letter if kind == "stage" else letter.lower()
        if digit:
            key += (int(digit),)
            norm += digit
    return Grade(norm, key)


def compare(value: Grade, bound: Grade) -> int | None:
    """-1, 0 or 1 comparing `value` with `bound` at the bound's precision; None if undecidable."""
    if value.key is None or bound.key is None:
        return None
    cut = value.key[: len(bound.key)]
    if len(cut) < len(bound.key):
        # value is coarser than the bound: decidable only if its own prefix already differs
        prefix = bound.key[: len(cut)]
        if cut != prefix:
            return -1 if cut < prefix else 1
        return None
    return (cut > bound.key) - (cut < bound.key)
