"""How a name written in its own script reads in Latin letters, the ways passports write it.

Each reading says where it comes from, so a coordinator sees why two records were paired
("王伟 reads WANG WEI"). Libraries where a well-kept one exists: pypinyin (Mandarin pinyin and
Wade-Giles, the spelling of Taiwanese passports), cantonese-romanisation (Hong Kong Government
Cantonese Romanisation, the spelling of Hong Kong passports: 陳大文 CHAN TAI MAN), PyThaiNLP's
rule-based Royal Thai General System (offline: no model, no download). Tables written here, each
with its source: Cyrillic (ICAO Doc 9303 part 3, Russia's older passport rules, Mongolia's),
Korean (Revised Romanization syllable by syllable, with the usual passport spellings of family
names), and Arabic letters reduced to consonants (to meet the many Latin spellings of one name).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice, product
from typing import Any

from hirt_desk.persons.reasons import Reason

MAX_READINGS = 8        # per script and system: a name's variants multiply (陳大文: 2 x 3 x 1)


@dataclass(frozen=True)
class Reading:
    """A native name as Latin letters: family name, given names, and why it reads so."""

    surname: str
    given: str
    label: Reason
    consonants_only: bool = False     # Arabic script: vowels are not written


def script_of(text: str) -> str:
    """The script of the letters of `text`: han, hangul, thai, cyrillic, arabic, latin, kana
    (Japanese), or "" when it has no letters."""
    for ch in text:
        code = ord(ch)
        if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
            return "hangul"
        if 0x3040 <= code <= 0x30FF:
            return "kana"
        if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2FA1F:
            return "han"
        if 0x0E00 <= code <= 0x0E7F:
            return "thai"
        if 0x0400 <= code <= 0x052F:
            return "cyrillic"
        if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F:
            return "arabic"
    return "latin" if any(ch.isalpha() for ch in text) else ""


def to_ascii(text: str) -> str:
    """Latin text without its diacritics, in capitals (Nguyễn Văn An -> NGUYEN VAN AN)."""
    text = text.replace("Đ", "D").replace("đ", "d").replace("Ø", "O").replace("ø", "o")
    text = text.replace("ß", "SS").replace("Æ", "AE").replace("æ", "ae").replace("ı", "i")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def native_words(native: str) -> list[str]:
    """The words of a name in its own script, folded so that one name written two ways is one:
    Chinese in simplified characters (陳大文 and 陈大文, through OpenCC), Latin letters without
    diacritics (Nguyễn and NGUYEN), case and Unicode forms folded."""
    text = unicodedata.normalize("NFKC", native).casefold()
    script = script_of(text)
    if script == "han":
        text = _simplified()(text)
    elif script == "latin":
        text = to_ascii(text)
    return [w for w in re.split(r"[\s\-‐·・.,]+", text) if w]


@cache
def _simplified() -> Callable[[str], str]:
    import opencc
    converter = opencc.OpenCC("t2s")
    return lambda text: str(converter.convert(text))


def readings(native: str, nationality: str = "") -> tuple[Reading, ...]:
    """The Latin readings of a name in its own script (none for Latin text or Japanese)."""
    return _readings(unicodedata.normalize("NFC", " ".join(native.split())), nationality.upper())


@lru_cache(maxsize=100_000)      # common names are common: 王伟 is read once
def _readings(native: str, nationality: str) -> tuple[Reading, ...]:
    script = script_of(native)
    reader = _READERS.get(script)
    if reader is None or (script == "han" and nationality == "JP"):
        return ()
    found: dict[tuple[str, str], Reading] = {}
    for r in reader(native, nationality):
        if r.surname or r.given:
            found.setdefault((r.surname, r.given), r)
    return tuple(found.values())


# -- Chinese ---------------------------------------------------------------------------------

_COMPOUND_SURNAMES = frozenset(
    "欧阳 歐陽 司马 司馬 上官 诸葛 諸葛 东方 東方 皇甫 尉迟 尉遲 公孙 公孫 慕容 令狐 司徒 夏侯 "
    "长孙 長孫 宇文 轩辕 軒轅 端木 南宫 南宮 西门 西門 独孤 獨孤 万俟 萬俟 闻人 聞人 澹台 澹臺".split())


# Characters read otherwise as a family name than in words (the reading pypinyin gives first):
# 曾 ZENG (not CENG), 单 SHAN (not DAN), 解 XIE, 区 OU, 仇 QIU, 朴 PIAO, 查 ZHA...
_SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "曾": ("ZENG",), "单": ("SHAN",), "單": ("SHAN",), "解": ("XIE",), "区": ("OU",), "區": ("OU",),
    "仇": ("QIU",), "朴": ("PIAO",), "查": ("ZHA",), "盖": ("GE",), "蓋": ("GE",), "乐": ("YUE",),
    "樂": ("YUE",), "缪": ("MIAO",), "繆": ("MIAO",), "翟": ("ZHAI",), "覃": ("QIN",), "种": ("CHONG",),
    "種": ("CHONG",), "召": ("SHAO",), "秘": ("BI",), "长孙": ("ZHANGSUN",), "長孫": ("ZHANGSUN",),
    "尉迟": ("YUCHI",), "尉遲": ("YUCHI",), "万俟": ("MOQI",), "萬俟": ("MOQI",),
}


def _split_han(native: str) -> tuple[str, str]:
    if " " in native:
        surname, given = native.split(" ", 1)
        return surname, given.replace(" ", "")
    cut = 2 if native[:2] in _COMPOUND_SURNAMES and len(native) > 2 else 1
    return native[:cut], native[cut:]


def _syllables(options: list[list[str]]) -> Iterator[str]:
    """Each way of reading a run of characters, syllables joined, at most MAX_READINGS."""
    for combo in islice(product(*options), MAX_READINGS):
        yield " ".join(combo)


def _clean(syllable: str) -> str:
    return to_ascii(syllable.replace("'", "").replace("’", "").replace("ü", "v")).replace("Ü", "V")


def _han(native: str, nationality: str) -> Iterator[Reading]:
    surname, given = _split_han(native)
    given_py, family = _pinyin(given), _pinyin(surname)
    for sur in dict.fromkeys([family, *_SURNAME_READINGS.get(surname, ())]):
        yield Reading(sur, given_py, Reason("reads_as", native=native, latin=_shown(sur, given_py)))
    sur_wg, given_wg = _pinyin(surname, wade_giles=True), _pinyin(given, wade_giles=True)
    yield Reading(sur_wg, given_wg, Reason("reads_as_in", native=native, latin=_shown(sur_wg, given_wg, "-"),
                                        system="wade_giles"))
    canto = _cantonese()
    sur_c, given_c = canto(surname), canto(given)
    if sur_c and (given_c or not given):
        for s, g in islice(product(_syllables(sur_c), _syllables(given_c) if given else [""]), MAX_READINGS):
            yield Reading(s, g, Reason("reads_as_in", native=native, latin=_shown(s, g, " "),
                                           system="cantonese"))


def _pinyin(text: str, wade_giles: bool = False) -> str:
    return " ".join(_character(c, wade_giles) for c in text)


@lru_cache(maxsize=20_000)
def _character(ch: str, wade_giles: bool) -> str:
    """One character's reading (character by character: in a name the characters are not the
    words pypinyin's phrase dictionary would read them as)."""
    from pypinyin import Style, lazy_pinyin
    return " ".join(_clean(p) for p in lazy_pinyin(ch, style=Style.WADEGILES if wade_giles else Style.NORMAL))


@cache
def _cantonese() -> Callable[[str], list[list[str]]]:
    """Hong Kong Government Cantonese Romanisation of each character (traditional characters,
    as Hong Kong writes names); an empty list where a character is not in its table."""
    from cantoroman import Cantonese
    table = Cantonese()

    def read(text: str) -> list[list[str]]:
        out: list[list[str]] = []
        for options in table.getRoman(text):
            if not options:
                return []
            out.append([_clean(o) for o in options])
        return out
    return read


def _shown(surname: str, given: str, between: str = "") -> str:
    """A reading as passports write it: pinyin given names run together (ZHIMING), Wade-Giles
    ones hyphenated (CHIH-MING), Cantonese ones apart (TAI MAN)."""
    return f"{surname} {given.replace(' ', between)}".strip()


# -- Korean ----------------------------------------------------------------------------------
# Revised Romanization of Korean (Ministry of Culture and Tourism Notice 2000-8), letter by letter:
# in personal names the sound changes between syllables are not written (its article 3.4), so a
# name is romanised syllable by syllable. (korean-romanizer applies those sound changes and is
# GPL-3.0; hangul-romanize has had no release since 2020 and states no licence.)
_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_VOWELS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
           "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]

# Family names as passports spell them beside the Revised Romanization: the "common spellings"
# column of Wikipedia's "List of Korean surnames" (RR, McCune-Reischauer and usual spellings).
_KOREAN_SURNAMES: dict[str, tuple[str, ...]] = {
    "김": ("KIM", "GIM"), "이": ("LEE", "YI", "RHEE", "RI", "I", "YEE"), "리": ("LEE", "RI"),
    "박": ("PARK", "PAK", "BAK", "BAHK"), "최": ("CHOI", "CHOE", "CHOY"),
    "정": ("JUNG", "JEONG", "CHUNG", "CHEONG"), "강": ("KANG", "GANG"), "조": ("CHO", "JO", "JOH"),
    "윤": ("YOON", "YUN"), "장": ("JANG", "CHANG"), "임": ("LIM", "IM", "YIM", "RIM"),
    "한": ("HAN",), "오": ("OH", "O"), "서": ("SEO", "SUH", "SUR"), "신": ("SHIN", "SIN"),
    "권": ("KWON", "GWON"), "황": ("HWANG",), "안": ("AHN", "AN"), "송": ("SONG",),
    "류": ("RYU", "YOO", "YU", "RYOO", "LYU"), "유": ("YOO", "YU", "YOU"), "홍": ("HONG",),
    "전": ("JEON", "JUN", "CHUN", "CHEON"), "고": ("KO", "GO", "KOH"), "문": ("MOON", "MUN"),
    "양": ("YANG",), "손": ("SON", "SOHN"), "배": ("BAE", "PAE"), "백": ("BAEK", "BAIK", "PAIK"),
    "허": ("HEO", "HUH", "HUR"), "노": ("NOH", "NO", "ROH", "RO"), "남": ("NAM",),
    "심": ("SHIM", "SIM"), "하": ("HA",), "곽": ("KWAK", "GWAK"), "성": ("SUNG", "SEONG"),
    "차": ("CHA",), "주": ("JOO", "JU", "CHOO", "CHU"), "우": ("WOO", "U"),
    "구": ("KOO", "GU", "KU"), "나": ("NA", "RA"), "민": ("MIN",), "진": ("JIN", "CHIN"),
    "지": ("JI", "CHI"), "엄": ("EOM", "UM", "EUM"), "채": ("CHAE", "CHAI"), "원": ("WON",),
    "천": ("CHEON", "CHUN"), "방": ("BANG", "PANG"), "공": ("KONG", "GONG"),
    "현": ("HYUN", "HYEON"), "변": ("BYUN", "BYEON", "PYUN"), "염": ("YEOM", "YUM"),
    "여": ("YEO", "YOH"), "추": ("CHU", "CHOO"), "도": ("DO", "DOH", "TO"), "석": ("SEOK", "SUK"),
    "선": ("SUN", "SEON"), "설": ("SEOL", "SUL"), "길": ("GIL", "KIL"), "연": ("YEON", "YOUN"),
    "위": ("WI", "WEE"), "표": ("PYO",), "명": ("MYUNG", "MYEONG"), "기": ("KI", "GI"),
    "반": ("BAN", "PAN"), "금": ("KEUM", "GEUM", "KUM"), "육": ("YUK", "YOOK"),
    "인": ("IN",), "맹": ("MAENG",), "제": ("JE", "JAE"), "탁": ("TAK",), "국": ("KOOK", "GUK"),
    "황보": ("HWANGBO",), "남궁": ("NAMGOONG", "NAMGUNG"), "제갈": ("JEGAL",),
    "선우": ("SUNWOO", "SEONU"), "독고": ("DOKGO",), "사공": ("SAGONG",),
}


def _hangul_syllable(ch: str) -> str:
    index = ord(ch) - 0xAC00
    if not 0 <= index < 11172:
        return ""
    initial = _INITIALS[index // 588].replace("-", "")
    return initial + _VOWELS[(index // 28) % 21] + _FINALS[index % 28]


def _hangul(native: str, nationality: str) -> Iterator[Reading]:
    text = native.replace(" ", "")
    if " " in native:
        surname, given = native.split(" ", 1)
        given = given.replace(" ", "")
    else:
        cut = 2 if text[:2] in _KOREAN_SURNAMES and len(text) >= 4 else 1
        surname, given = text[:cut], text[cut:]
    rr_sur = "".join(_hangul_syllable(c) for c in surname).upper()
    rr_given = " ".join(_hangul_syllable(c) for c in given).upper()
    yield Reading(rr_sur, rr_given, Reason("reads_as", native=native, latin=_shown(rr_sur, rr_given)))
    for spelling in _KOREAN_SURNAMES.get(surname, ()):
        if spelling != rr_sur:
            also = Reason("reads_as_also", native=native, latin=_shown(spelling, rr_given),
                          surname=surname, spelling=spelling)
            yield Reading(spelling, rr_given, also)


# -- Thai ------------------------------------------------------------------------------------

@cache
def _thai_romaniser() -> Callable[[str], str]:
    """PyThaiNLP's Royal Thai General System romaniser (rules and its bundled dictionary only;
    told never to download nor to write into the user's home folder)."""
    os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    from pythainlp.transliterate import romanize
    return lambda word: str(romanize(word, engine="royin"))


def _thai(native: str, nationality: str) -> Iterator[Reading]:
    words = [to_ascii(_thai_romaniser()(w)) for w in native.split()]
    # Thai names are written given name first: ประเสริฐ จันทร์เพ็ญ is PRASERT CHANPHEN
    given, surname = (words[0], " ".join(words[1:])) if len(words) > 1 else ("", words[0] if words else "")
    yield Reading(surname, given, Reason("reads_as_in", native=native, latin=" ".join(words),
                                           system="rtgs"))


# -- Cyrillic --------------------------------------------------------------------------------
# ICAO Doc 9303 "Machine Readable Travel Documents", part 3 (8th edition, 2021), section 6.A,
# "Transliteration of Cyrillic characters": what Russian passports write since 2013.
_ICAO = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Ґ": "G", "Д": "D", "Ђ": "D", "Ѓ": "G", "Е": "E", "Ё": "E",
    "Є": "IE", "Ж": "ZH", "З": "Z", "Ѕ": "DZ", "И": "I", "І": "I", "Ї": "I", "Й": "I", "Ј": "J",
    "К": "K", "Л": "L", "Љ": "LJ", "М": "M", "Н": "N", "Њ": "NJ", "О": "O", "П": "P", "Р": "R",
    "С": "S", "Т": "T", "Ћ": "C", "Ќ": "K", "У": "U", "Ў": "U", "Ф": "F", "Х": "KH", "Ц": "TS",
    "Ч": "CH", "Џ": "DZ", "Ш": "SH", "Щ": "SHCH", "Ъ": "IE", "Ы": "Y", "Ь": "", "Э": "E", "Ю": "IU",
    "Я": "IA", "Ө": "O", "Ү": "U",
}
# Russian passports of 1997-2010 (Wikipedia "Romanization of Russian", column "Passport
# (1997)"): still met on older documents and records (Юлия YULIYA, ICAO's IULIIA).
_RUSSIA_1997 = _ICAO | {"Й": "Y", "Ю": "YU", "Я": "YA", "Ъ": "", "Є": "YE"}
# Mongolian Cyrillic as Mongolian passports write it (standard MNS 5217:2012, Ө and Ү without
# their diacritics): Мөнхбат MUNKHBAT, Ж is J, Е YE, Ё YO, Ю YU, Я YA.
_MONGOLIA = _ICAO | {"Ж": "J", "Е": "YE", "Ё": "YO", "Ю": "YU", "Я": "YA", "Ө": "U", "Ү": "U",
                     "Й": "I", "Ъ": "I", "Ь": "I", "Щ": "SH"}
_MONGOLIAN_LETTERS = frozenset("ӨөҮү")


def _transliterate(text: str, table: dict[str, str]) -> str:
    out = []
    for ch in text:
        upper = ch.upper()
        out.append(table.get(upper, to_ascii(upper) if upper.isascii() or upper == " " else ""))
    return "".join(out).strip()


def _cyrillic(native: str, nationality: str) -> Iterator[Reading]:
    mongolian = nationality == "MN" or any(c in _MONGOLIAN_LETTERS for c in native)
    systems = ([(_MONGOLIA, "mongolia"), (_ICAO, "icao")] if mongolian
               else [(_ICAO, "icao"), (_RUSSIA_1997, "russia_1997")])
    for table, name in systems:
        words = _transliterate(native, table).split()
        if words:
            # Cyrillic names come either way round; the comparison tries both orders
            yield Reading(words[0], " ".join(words[1:]), Reason("reads_as_in", native=native,
                          latin=" ".join(words), system=name))


# -- Vietnamese, and other Latin text with diacritics ------------------------------------------

def _latin(native: str, nationality: str) -> Iterator[Reading]:
    plain = to_ascii(native)
    if plain == native.upper():
        return       # nothing to add to what the Latin fields say
    words = plain.split()
    if words:
        yield Reading(words[0], " ".join(words[1:]), Reason("without_diacritics", native=native,
                                                                latin=" ".join(words)))


# -- Arabic ----------------------------------------------------------------------------------
# Arabic script writes consonants and long vowels; Latin spellings of one name differ mostly in
# their vowels (محمد MOHAMMED, MUHAMMAD, MOHAMED). Each letter maps to the consonant class the
# name matcher's consonant key uses (names.consonants); long vowels and hamza carry none.
_ARABIC = {
    "ب": "B", "پ": "P", "ت": "T", "ث": "T", "ج": "J", "چ": "CH", "ح": "H", "خ": "K", "د": "D",
    "ذ": "D", "ر": "R", "ز": "Z", "س": "S", "ش": "SH", "ص": "S", "ض": "D", "ط": "T", "ظ": "Z",
    "غ": "G", "ف": "F", "ق": "K", "ك": "K", "ک": "K", "گ": "G", "ل": "L", "م": "M", "ن": "N",
    "ه": "H", "ة": "", "و": "", "ي": "", "ى": "", "ی": "", "ا": "", "أ": "", "إ": "", "آ": "",
    "ء": "", "ؤ": "", "ئ": "", "ع": "",
}


def _arabic(native: str, nationality: str) -> Iterator[Reading]:
    words = ["".join(_ARABIC.get(c, "") for c in w) for w in native.split()]
    words = [w for w in words if w]
    if words:
        # Arabic names are written given name first
        given, surname = (words[0], " ".join(words[1:])) if len(words) > 1 else ("", words[0])
        yield Reading(surname, given, Reason("consonants_of", native=native, latin=" ".join(words)),
                      consonants_only=True)


_READERS: dict[str, Callable[[str, str], Iterator[Reading]]] = {
    "han": _han, "hangul": _hangul, "thai": _thai, "cyrillic": _cyrillic, "latin": _latin,
    "arabic": _arabic,
}


def warm_up() -> dict[str, Any]:
    """Load the readers' tables ahead of a large run (the Thai dictionary takes a second)."""
    return {"thai": readings("สมชาย ศรีสุข"), "han": readings("陳大文")}
