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
    UntranslatedPhrase,
    catalog,
    catalog_path,
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
    assert set(entries) - set(PHRASES) == set(), "phrases no packet prints any more"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_placeholders_survive_translation(lang: str) -> None:
    for text in PHRASES:
        assert set(re.findall(r"{\w+}", catalog(lang)[text])) == set(re.findall(r"{\w+}", text)), text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_character_has_a_font(lang: str) -> None:
    chain = fonts_for_language(lang)
    gaps = [(p, missing) for p in PHRASES if (missing := uncovered(chain, catalog(lang)[p]))]
    assert gaps == []


SAME_AS_ENGLISH = {"id": {"Visa", "Total"}}      # Indonesian really says so


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
