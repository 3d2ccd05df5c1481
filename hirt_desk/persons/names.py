"""How alike two names are, in Latin letters, whatever romanisation wrote them.

A name part (a family name, given names run together) is compared in steps, each a little
weaker: the same letters; the same after folding spellings that romanisations use for one sound
(YOUNG/YEONG, JOON/JUN, DMITRIY/DMITRII, PH/P, KH/K: `light`); the same after folding voiced and
unvoiced pairs and R/L (GYEONG/KYUNG: `medium`); one or two letters apart (typos); the same
consonants (MOHAMMED/MUHAMMAD, and Arabic script, which writes no short vowels); else a plain
similarity ratio (rapidfuzz), marked down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Indel, Levenshtein

from hirt_desk.persons.scripts import to_ascii

SAME, VARIANT, TYPO, CONSONANTS, DIFFERENT = "same", "variant", "typo", "consonants", "different"

_NOT_LETTERS = re.compile(r"[^A-Z]+")
_LIGHT = [(re.compile(p), r) for p, r in (
    (r"^([LN])(?:YU|V)(?![AEIOUY])", r"\1U"),     # 吕 LV (PRC passports), LYU, LU; 女 NV, NYU
    (r"X", "KS"), (r"PH", "P"), (r"TH", "T"), (r"KH", "K"), (r"GH", "G"), (r"DH", "D"), (r"CK", "K"),
    (r"EO|OU|OO|EU", "U"), (r"EE|UI|IE", "I"), (r"Y", "I"), (r"(.)\1+", r"\1"),
    (r"(?<=[AEIOU])H$", ""),
)]
_MEDIUM = [(re.compile(p), r) for p, r in (
    (r"NG", "\0"), (r"G", "K"), (r"\0", "NG"), (r"D", "T"), (r"B", "P"), (r"SH|ZH", "J"),
    (r"CH|TS|TZ", "J"), (r"V", "W"), (r"R", "L"), (r"Z", "S"), (r"Q|C", "K"), (r"F", "P"),
    (r"(.)\1+", r"\1"),
)]
_VOWELS = re.compile(r"[AEIOUYW]")


def words(text: str) -> list[str]:
    """The words of a name in capital ASCII letters (hyphens and spaces both separate)."""
    return [w for w in _NOT_LETTERS.split(to_ascii(text)) if w]


@lru_cache(maxsize=200_000)
def light(part: str) -> str:
    for pattern, replacement in _LIGHT:
        part = pattern.sub(replacement, part)
    return part


@lru_cache(maxsize=200_000)
def medium(part: str) -> str:
    part = light(part)
    for pattern, replacement in _MEDIUM:
        part = pattern.sub(replacement, part)
    return part


@lru_cache(maxsize=200_000)
def consonants(part: str, *, written: bool = False) -> str:
    """The consonants of a name part as `medium` folds them (`written`: `part` is already
    consonants, as an Arabic-script reading is), without a final H (الله, ABDULLAH)."""
    folded = medium(part) if not written else _fold_consonants(part)
    skeleton = re.sub(r"(.)\1+", r"\1", _VOWELS.sub("", folded))
    return skeleton[:-1] if skeleton.endswith("H") and len(skeleton) > 1 else skeleton


def _fold_consonants(part: str) -> str:
    for pattern, replacement in _MEDIUM:
        part = pattern.sub(replacement, part)
    return part


@dataclass(frozen=True)
class PartMatch:
    score: float
    kind: str          # SAME, VARIANT, TYPO, CONSONANTS or DIFFERENT


@lru_cache(maxsize=500_000)
def compare_parts(a: str, b: str, consonants_only: bool = False) -> PartMatch:
    """How alike two name parts are (capital letters, no spaces). `consonants_only`: `b` is
    an Arabic-script reading, consonants only."""
    if consonants_only:
        ca, cb = consonants(a), consonants(b, written=True)
        if ca == cb and len(ca) >= 2:
            return PartMatch(0.9, CONSONANTS)
        return PartMatch(0.8 * Indel.normalized_similarity(ca, cb), DIFFERENT)
    if a == b:
        return PartMatch(1.0, SAME)
    la, lb = light(a), light(b)
    if la == lb:
        return PartMatch(0.96, VARIANT)
    if medium(a) == medium(b):
        return PartMatch(0.93, VARIANT)
    longest = max(len(la), len(lb))
    distance = Levenshtein.distance(la, lb, score_cutoff=2)
    if distance == 1 and longest >= 4:
        return PartMatch(0.9, TYPO)
    if distance == 2 and longest >= 8:
        return PartMatch(0.85, TYPO)
    ca, cb = consonants(a), consonants(b)
    if ca == cb and len(ca) >= 3:
        return PartMatch(0.88, CONSONANTS)
    return PartMatch(0.85 * Indel.normalized_similarity(la, lb), DIFFERENT)
