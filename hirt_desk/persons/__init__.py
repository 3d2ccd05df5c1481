"""Duplicate persons: is this traveller someone already on file, however the name was written?

Plain domain code (no Qt, no database): `matcher.compare` weighs two persons' names (across
scripts and romanisations), birth dates, passports, nationality, sex, phone and e-mail into a
score with reasons in words; `blocking.candidate_pairs` finds the pairs worth comparing among
many persons without comparing them all.
"""

from hirt_desk.persons.blocking import candidate_pairs, find_duplicates
from hirt_desk.persons.matcher import THRESHOLD, Match, Person, compare, prepare

__all__ = ["THRESHOLD", "Match", "Person", "candidate_pairs", "compare", "find_duplicates", "prepare"]
