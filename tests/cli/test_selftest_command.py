"""`hirt-desk selftest`: can this computer print packets in every language?"""

from __future__ import annotations

import json

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


def test_a_missing_font_names_the_language_and_the_font(missing_font, capsys) -> None:  # type: ignore[no-untyped-def]
    from hirt_desk.cli import main
    missing_font("ko", "NanumGothic", "fonts-nanum (Debian)")
    assert main(["selftest"]) == 2
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert report["ok"] is False
    assert report["fonts"]["ko"].startswith("missing: no font for ko (NanumGothic); install fonts-nanum")
    assert "error" in report["packets"]["ko"] and report["packets"]["ko"]["pages"] == 0
    assert report["packets"]["th"]["pages"] >= 2                     # the others still print
    assert err.startswith("hirt-desk: error: packet ko: no font for ko") and err.count("\n") == 1
