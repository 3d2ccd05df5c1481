"""The matcher on the examples of issue 21: one person across scripts, romanisations and
typing, told apart from others by birth date, sex and names in their own script; the reasons
say why in words."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from hirt_desk.persons import THRESHOLD, Person, compare, prepare
from hirt_desk.persons.matcher import PersonInputError, normal_passport, person_from_json
from hirt_desk.persons.scripts import readings

BORN = date(1961, 3, 14)


def spelled(native: str, nationality: str = "") -> set[str]:
    return {f"{r.surname} {r.given.replace(' ', '')}".strip() for r in readings(native, nationality)}


@pytest.mark.parametrize(("native", "nationality", "expected"), [
    ("王伟", "CN", "WANG WEI"),
    ("张伟", "CN", "ZHANG WEI"),
    ("陳大文", "HK", "CHAN TAIMAN"),          # Hong Kong Government Cantonese Romanisation
    ("張偉", "TW", "CHANG WEI"),              # Wade-Giles, as Taiwanese passports write it
    ("曾志強", "TW", "ZENG ZHIQIANG"),         # 曾 as a family name is ZENG
    ("이민준", "KR", "LEE MINJUN"), ("이민준", "KR", "YI MINJUN"), ("이민준", "KR", "RHEE MINJUN"),
    ("박지영", "KR", "PARK JIYEONG"), ("박지영", "KR", "PAK JIYEONG"),
    ("남궁민수", "KR", "NAMGUNG MINSU"),
    ("สมชาย ศรีสุข", "TH", "SRISUK SOMCHAI"),    # RTGS, given name first in Thai
    ("Иванов Александр", "RU", "IVANOV ALEKSANDR"),
    ("Юлия", "RU", "IULIIA"), ("Юлия", "RU", "YULIYA"),
    ("Дорж Мөнхбат", "MN", "DORJ MUNKHBAT"),   # Mongolian Cyrillic
    ("Nguyễn Văn An", "VN", "NGUYEN VANAN"),
])
def test_readings_of_a_native_name(native: str, nationality: str, expected: str) -> None:
    assert expected in spelled(native, nationality)


def test_no_chinese_reading_of_a_japanese_name() -> None:
    assert readings("山田太郎", "JP") == ()


def test_the_second_wang_wei_is_the_first() -> None:
    first = prepare(Person("WANG", "WEI", "王伟", "M", BORN, "CN", "E12345678"))
    match = compare(first, prepare(Person("WANG", "WEI", "", "M", BORN, "CN")))
    assert match.same and match.score >= 0.9
    assert "same birth date (1961-03-14)" in match.reasons


def test_a_native_name_reads_as_the_latin_one() -> None:
    match = compare(prepare(Person(name_native="王伟", date_of_birth=BORN)),
                    prepare(Person("WANG", "WEI", date_of_birth=BORN)))
    assert match.same and "王伟 reads WANG WEI" in match.reasons


def test_another_wang_wei_born_the_same_year_is_not() -> None:
    match = compare(prepare(Person("WANG", "WEI", "王伟", "M", BORN, "CN")),
                    prepare(Person("WANG", "WEI", "王伟", "M", date(1961, 9, 30), "CN")))
    assert not match.same and match.score < 0.1
    assert "born the same year but on different days (1961-03-14, 1961-09-30)" in match.reasons


def test_a_name_alone_is_not_enough() -> None:
    wang_wei = Person("WANG", "WEI", nationality="CN")
    match = compare(prepare(wang_wei), prepare(wang_wei))
    assert not match.same and 0.2 < match.score < THRESHOLD


@pytest.mark.parametrize(("a", "b", "reason"), [
    (Person("ZHANG", "XIAOMING", date_of_birth=BORN), Person("XIAOMING", "ZHANG", date_of_birth=BORN),
     "family and given names swapped"),
    (Person("LIU", "XIAO-MING", date_of_birth=BORN), Person("LIU", "XIAOMING", date_of_birth=BORN),
     "same name (LIU XIAO MING)"),
    (Person("SMITH", "JOHN ROBERT", date_of_birth=BORN), Person("SMITH", "JOHN", date_of_birth=BORN),
     "a middle name in one record only"),
    (Person("ALHASHIMI", "MOHAMMED", date_of_birth=BORN),
     Person("ALHASHIMI", "MUHAMMAD", date_of_birth=BORN),
     "MOHAMMED and MUHAMMAD have the same consonants"),
    (Person("ALHASHIMI", "MOHAMED", date_of_birth=BORN),
     Person("ALHASHIMI", "MOHAMMED", date_of_birth=BORN),
     "MOHAMED and MOHAMMED are spellings of one name"),
    (Person("JOHNSON", "PATRICIA", date_of_birth=BORN, email="p@example.com"),
     Person("JOHNSTON", "PATRICIA", date_of_birth=BORN, email="P@example.com "),
     "JOHNSON and JOHNSTON differ by a letter or two"),
    (Person("PARK", "JIYOUNG", date_of_birth=BORN), Person("PAK", "JI YEONG", "박지영", date_of_birth=BORN),
     "박지영 reads PARK JIYEONG (박 is also written PARK)"),
    (Person("IVANOVA", "YULIYA", date_of_birth=BORN),
     Person("IVANOVA", "IULIIA", "Иванова Юлия", date_of_birth=BORN),
     "Иванова Юлия reads IVANOVA YULIYA (Russian passports before 2010)"),
    (Person("CHAN", "TAI MAN", "陳大文", date_of_birth=BORN),
     Person("CHEN", "DAWEN", "陈大文", date_of_birth=BORN),
     "same name in own script (陳大文, 陈大文)"),
])
def test_one_person_written_otherwise(a: Person, b: Person, reason: str) -> None:
    match = compare(prepare(a), prepare(b))
    assert match.same, match
    assert reason in " ; ".join(match.reasons), match.reasons


def test_day_and_month_swapped() -> None:
    match = compare(prepare(Person("LI", "NA", date_of_birth=date(1965, 4, 3))),
                    prepare(Person("LI", "NA", date_of_birth=date(1965, 3, 4))))
    assert match.same and "birth dates with day and month swapped (1965-04-03, 1965-03-04)" in match.reasons


def test_reasons_are_a_code_and_values_besides_the_english() -> None:
    """The window translates a reason from its code and values; the CLI prints the English."""
    match = compare(prepare(Person("WANG", "WEI", "", date_of_birth=BORN)),
                    prepare(Person("", "", "王伟", date_of_birth=BORN)))
    said = {(r.code, tuple(sorted(r.params.items()))): str(r) for r in match.reasons}
    assert said[("reads_as", (("latin", "WANG WEI"), ("native", "王伟")))] == "王伟 reads WANG WEI"
    assert said[("same_birth_date", (("date", "1961-03-14"),))] == "same birth date (1961-03-14)"
    cantonese = compare(prepare(Person("CHAN", "TAI MAN", date_of_birth=BORN)),
                        prepare(Person("", "", "陳大文", nationality="HK", date_of_birth=BORN)))
    reading = next(r for r in cantonese.reasons if r.code == "reads_as_in")
    assert reading.params["system"] == "cantonese"
    assert reading == "陳大文 reads CHAN TAI MAN (Cantonese)"


def test_passport_and_phone_however_written() -> None:
    assert normal_passport(" e-1234 5678 ") == normal_passport("E12345678")
    assert normal_passport("AB<1234567") == normal_passport("ab 1234567")
    a = prepare(Person("WANG", "WEI", nationality="CN", passport_number="e 1234 5678", phone="139 1234 5678"))
    b = prepare(Person("WANG", "WEI", nationality="CN", passport_number="E12345678", phone="+86 13912345678"))
    match = compare(a, b)
    assert match.same and {"same passport number", "same phone number"} <= set(match.reasons)


def test_different_sex_and_names_in_own_script_tell_people_apart() -> None:
    twins = compare(prepare(Person("KIM", "SEOYEON", "김서연", "F", BORN, "KR", phone="+82 10-3333-4444")),
                    prepare(Person("KIM", "SEOYUN", "김서윤", "F", BORN, "KR", phone="+82 10-3333-4444")))
    assert not twins.same and "different names in own script (김서연, 김서윤)" in twins.reasons
    siblings = compare(prepare(Person("NGUYEN", "VAN AN", sex="M", date_of_birth=BORN)),
                       prepare(Person("NGUYEN", "VAN AN", sex="F", date_of_birth=BORN)))
    assert "different sex" in siblings.reasons and siblings.score < 0.5


def test_scores_are_between_0_and_1() -> None:
    empty = compare(prepare(Person()), prepare(Person()))
    assert 0.0 <= empty.score <= 1.0 and not empty.same


def test_person_from_json_names_the_place_of_a_problem() -> None:
    given = {"surname_latin": "WANG", "date_of_birth": "1961-03-14", "id": 7, "address": None}
    assert person_from_json(given, "input[0]") == Person("WANG", date_of_birth=BORN)
    with pytest.raises(PersonInputError,
                       match=r"^input\[2\]\.date_of_birth: '1961-02-30' is not a date"):
        person_from_json({"date_of_birth": "1961-02-30"}, "input[2]")
    with pytest.raises(PersonInputError, match=r"^input\[1\]\.phone: must be text, not a number"):
        person_from_json({"phone": 86139}, "input[1]")
    with pytest.raises(PersonInputError, match=r"^input\[0\]: a person is a JSON object, not a list"):
        person_from_json([], "input[0]")


def test_thai_reading_needs_no_network_and_writes_nothing_home(tmp_path: Path) -> None:
    """PyThaiNLP's romaniser runs on what its wheel ships: with the network refused and an
    empty home folder, it reads the name and leaves the folder empty."""
    home = tmp_path / "home"
    home.mkdir()
    code = ("import socket\n"
            "def refuse(*a, **k):\n    raise OSError('no network in this test')\n"
            "socket.socket = refuse\nsocket.create_connection = refuse\n"
            "from hirt_desk.persons.scripts import readings\n"
            "print(readings('สมชาย ศรีสุข', 'TH')[0].label)\n")
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "สมชาย ศรีสุข reads SOMCHAI SRISUK (RTGS)"
    assert list(home.rglob("*")) == []
