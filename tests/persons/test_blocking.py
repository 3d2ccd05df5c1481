"""Blocking keys find the planted second entries among generated persons while comparing a
small share of all pairs; persons of one case are never paired."""

from __future__ import annotations

from datetime import date

from hirt_desk.persons import Person, find_duplicates
from hirt_desk.persons.blocking import BlockingStats, candidate_pairs
from hirt_desk.persons.matcher import prepare
from tests.persons.generated import generated


def test_planted_duplicates_are_found_without_comparing_all_pairs() -> None:
    persons, planted = generated(3000, 60, seed=3)
    stats = BlockingStats()
    found = find_duplicates(persons, stats=stats)
    same = {(i, j) for i, j, m in found if m.same}
    assert set(planted) <= {(i, j) for i, j, _ in found}
    assert len(set(planted) & same) >= 58          # a renewed passport with no birth date may pass
    assert stats.candidates < 3000 * 2999 // 2 // 50
    assert stats.persons == 3000 and stats.same == len(same)


def test_keys_meet_across_scripts_and_orders() -> None:
    born = date(1961, 3, 14)
    persons = [Person("WANG", "WEI", "王伟", date_of_birth=born),
               Person(name_native="王伟", date_of_birth=born),
               Person("WEI", "WANG", date_of_birth=born), Person("LEE", "MINJUN", date_of_birth=born),
               Person("MIN-JUN", "YI", "이민준"), Person("ALHASHIMI", "MOHAMMED"),
               Person(name_native="محمد الهاشمي")]
    pairs = candidate_pairs([prepare(p) for p in persons])
    assert {(0, 1), (0, 2), (1, 2), (3, 4), (5, 6)} <= pairs


def test_persons_of_one_case_are_not_paired() -> None:
    twin = Person("KIM", "MINJUN", "김민준", "M", date(1990, 5, 6), "KR")
    one_case = [frozenset({"c1"}), frozenset({"c1", "c2"})]
    assert candidate_pairs([prepare(twin), prepare(twin)], one_case) == set()
    assert candidate_pairs([prepare(twin), prepare(twin)], [frozenset({"c1"}), frozenset({"c2"})]) == {(0, 1)}


def test_an_oversized_block_is_skipped_and_counted() -> None:
    same_day = [prepare(Person(f"NAME{i}", "X", date_of_birth=date(1950, 1, 1))) for i in range(30)]
    stats = BlockingStats()
    assert candidate_pairs(same_day, max_block=10, stats=stats) == set()
    assert stats.skipped_blocks >= 1
