"""`hirt-desk selftest`: can this computer print packets in every language?"""

from __future__ import annotations

import json

import pytest

from hirt_desk.packets import fonts
from hirt_desk.packets.phrases import LANGUAGES


def test_every_language_prints_and_previews_here(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    res = cli("selftest")
    assert res.code == 0, res.err
    report = res.json()
    assert report["ok"] is True
    assert set(report["packets"]) == set(LANGUAGES)
    for lang, outcome in report["packets"].items():
        assert outcome["pages"] >= 2 and outcome["preview"] is True, lang
    assert set(report["fonts"]) >= {"ja", "zh-Hans", "zh-Hant", "ko", "latin", "th", "ar"}
    assert all(not path.startswith("missing") for path in report["fonts"].values())
    assert not list((tmp_path / "data").glob("**/*.sqlite"))          # no database touched


@pytest.fixture
def no_korean_font(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    table = {**fonts._table(), "ko": {"install": "fonts-nanum (Debian)",
                                      "candidates": [{"name": "NanumGothic", "file": "/nowhere/Nanum.ttf"}]}}
    fonts.font_for.cache_clear()
    monkeypatch.setattr(fonts, "_table", lambda: table)
    yield
    fonts.font_for.cache_clear()


def test_a_missing_font_names_the_language_and_the_font(no_korean_font, capsys) -> None:  # type: ignore[no-untyped-def]
    from hirt_desk.cli import main
    assert main(["selftest"]) == 2
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert report["ok"] is False
    assert report["fonts"]["ko"].startswith("missing: no font for ko (NanumGothic); install fonts-nanum")
    assert "error" in report["packets"]["ko"] and report["packets"]["ko"]["pages"] == 0
    assert report["packets"]["th"]["pages"] >= 2                     # the others still print
    assert err.startswith("hirt-desk: error: packet ko: no font for ko") and err.count("\n") == 1
