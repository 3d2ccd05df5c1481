"""Packet phrase catalogs: every phrase translated into every packet language, and drawable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from hirt_desk.packets.fonts import fonts_for_language, uncovered
from hirt_desk.packets.phrases import (
    LANGUAGES,
    PHRASES,
    PLURALS,
    UntranslatedPhrase,
    catalog,
    catalog_path,
    count_phrase,
    mn_ablative,
    phrase,
)

TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_phrase_is_translated(lang: str) -> None:
    with catalog_path(lang).open("rb") as fh:
        po = read_po(fh)
    entries = {m.id: m for m in po if m.id}
    missing = [p for p in PHRASES if p not in entries or not entries[p].string or entries[p].fuzzy]
    assert missing == []
    plurals = {(one, many) for one, many in PLURALS.items()}
    assert [k for k in plurals if k not in entries or not all(entries[k].string)] == []
    assert all(len(entries[k].string) == po.num_plurals for k in plurals)
    assert set(entries) - set(PHRASES) - plurals == set(), "phrases no packet prints any more"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_placeholders_survive_translation(lang: str) -> None:
    def names(text: str) -> set[str]:              # {name} or {name:abl}
        return set(re.findall(r"{(\w+)(?::\w+)?}", text))
    for text in PHRASES:
        assert names(catalog(lang)[text]) == names(text), text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_character_has_a_font(lang: str) -> None:
    chain = fonts_for_language(lang)
    gaps = [(p, missing) for p in PHRASES if (missing := uncovered(chain, catalog(lang)[p]))]
    assert gaps == []


SAME_AS_ENGLISH = {"id": {"Visa", "Total", "Check-in", "Check-out"}}      # Indonesian really says so


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_are_not_english_left_in(lang: str) -> None:
    same = {p for p in PHRASES if catalog(lang)[p] == p}
    assert same == SAME_AS_ENGLISH.get(lang, set())


def test_lookup() -> None:
    assert phrase("ja", "Page {page} of {pages}", page=2, pages=5) == "2 / 5 ページ"
    assert phrase("ar", "Patient") == "المريض"
    assert phrase("en", "Patient") == "Patient"
    with pytest.raises(UntranslatedPhrase):
        phrase("ko", "A phrase nobody wrote")
    with pytest.raises(UntranslatedPhrase):
        phrase("xx", "Patient")


def test_a_plural_entry_is_no_phrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A plural entry (tuple id, list of forms) would put a list where a phrase's text goes."""
    po = tmp_path / "packet.po"
    po.write_text('msgid "Patient"\nmsgstr "ผู้ป่วย"\n\n'
                  'msgid "{n} day"\nmsgid_plural "{n} days"\nmsgstr[0] "{n} วัน"\n', encoding="utf-8")
    monkeypatch.setattr("hirt_desk.packets.phrases.catalog_path", lambda lang: po)
    catalog.cache_clear()
    try:
        assert catalog("th") == {"Patient": "ผู้ป่วย"}
    finally:
        catalog.cache_clear()


# finding 3: counts are plural entries with the number inside each form (CLDR rules per language)
SESSIONS = {
    "ru": ("4 сеанса облучения", "12 сеансов облучения", "16 сеансов облучения"),
    "ar": ("4 جلسات", "12 جلسة", "16 جلسة"),
    "ko": ("4회", "12회", "16회"), "zh-Hans": ("4次", "12次", "16次"), "zh-Hant": ("4次", "12次", "16次"),
    "ja": ("4回", "12回", "16回"), "th": ("4 ครั้ง", "12 ครั้ง", "16 ครั้ง"),
    "id": ("4 kali penyinaran", "12 kali penyinaran", "16 kali penyinaran"),
    "vi": ("4 lần chiếu xạ", "12 lần chiếu xạ", "16 lần chiếu xạ"),
    "mn": ("4 удаа", "12 удаа", "16 удаа"),
    "en": ("4 treatment sessions", "12 treatment sessions", "16 treatment sessions"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_session_counts_take_the_languages_plural_forms(lang: str) -> None:
    assert tuple(count_phrase(lang, "{n} treatment session", n) for n in (4, 12, 16)) == SESSIONS[lang]


def test_russian_and_arabic_weeks_and_one() -> None:
    assert [count_phrase("ru", "{n} week", n) for n in (1, 3, 4, 5)] == [
        "1 неделю", "3 недели", "4 недели", "5 недель"]
    assert count_phrase("ru", "{n} treatment session", 21) == "21 сеанс облучения"
    assert count_phrase("ar", "{n} treatment session", 1) == "جلسة واحدة"


def test_mongolian_ablative_follows_vowel_harmony() -> None:
    assert [mn_ablative(n) for n in (1, 2, 3, 4, 5, 6, 7, 9, 10, 20, 40, 50, 100)] == [
        "1-ээс", "2-оос", "3-аас", "4-өөс", "5-аас", "6-гаас", "7-гоос", "9-өөс", "10-аас", "20-иос",
        "40-өөс", "50-иас", "100-гаас"]
    assert phrase("mn", "Page {page} of {pages}", page=1, pages=4) == "4-өөс 1-р хуудас"
    assert "-аас" not in phrase("mn", "Passport (valid for at least 6 months after the stay)")


def test_a_count_not_translated_is_refused() -> None:
    with pytest.raises(UntranslatedPhrase):
        count_phrase("ru", "{n} nights", 3)
