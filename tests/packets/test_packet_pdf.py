"""Packets as PDFs, from the command line as outside programs call it: every language, both
languages on the page, the case's own data, every font embedded, and the error contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hirt_desk.packets.phrases import LANGUAGES, phrase

EXPECT_OTHER = {"en": "Travel and treatment packet", "zh-Hans": "赴日旅行与治疗指南",
                "zh-Hant": "赴日旅行與治療指南", "ko": "치료 안내서", "ru": "Памятка о поездке",
                "vi": "Hướng dẫn đi lại", "mn": "Эмчилгээ ба зорчилтын", "th": "คู่มือการเดินทาง",
                "id": "Panduan perjalanan", "ar": "السفر", "ja": "渡航・治療のご案内"}
# tone marks, and the private-use glyph variants a Thai font positions them with
THAI_MARKS = dict.fromkeys([*range(0x0E47, 0x0E4F), *range(0xF700, 0xF720)])


def comparable(text: str) -> str:
    """pdftotext loses Thai tone marks of shaped text (the page draws them); Arabic comes out
    in presentation forms, read back to letters by NFKC."""
    import unicodedata
    return unicodedata.normalize("NFKC", text).translate(THAI_MARKS)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "hirt_desk", *args], capture_output=True, text=True)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    db = tmp_path_factory.mktemp("packets") / "p.sqlite"
    assert run("--db", str(db), "demo", "--cases", "120", "--seed", "5").returncode == 0
    rows = json.loads(run("--db", str(db), "cases", "--json").stdout)
    stays = ("in_treatment", "in_japan", "accepted", "travel")
    staying = next(r for r in rows if r["status"] in stays)
    planless = next(r for r in rows if r["status"] not in stays)      # demo plans no stay for these
    return db, staying["number"], planless["number"]


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_packet_in_every_language(demo_db: tuple[Path, str, str], tmp_path: Path, lang: str) -> None:
    db, number, _ = demo_db
    out = tmp_path / f"packet-{lang}.pdf"
    res = run("--db", str(db), "packet", number, "--lang", lang, "--out", str(out))
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout) == {"pages": json.loads(res.stdout)["pages"], "out": str(out)}
    assert json.loads(res.stdout)["pages"] >= 2
    text = pdf_text(out)
    assert "渡航・治療のご案内" in text and number in text
    assert comparable(EXPECT_OTHER[lang]) in comparable(text) or (
        lang == "ar" and comparable(EXPECT_OTHER[lang])[::-1] in comparable(text))
    assert "119" in text and "群馬大学重粒子線医学センター" in text
    assert phrase(JA := "ja", "Page {page} of {pages}", page=1, pages=json.loads(res.stdout)["pages"]) in text
    assert "照射" in text                                        # the treatment sessions
    embedded = fonts(out)
    assert embedded and all(row[-5] == "yes" for row in embedded), embedded
    assert not any("Helvetica" in row[0] for row in embedded)
    assert out.stat().st_size < 1_000_000
    del JA


def test_case_without_itinerary_still_prints(demo_db: tuple[Path, str, str], tmp_path: Path) -> None:
    db, _, number = demo_db
    out = tmp_path / "plain.pdf"
    res = run("--db", str(db), "packet", number, "--lang", "ko", "--out", str(out))
    assert res.returncode == 0, res.stderr
    text = pdf_text(out)
    assert "旅程はまだ決まっていません。" in text and "일정이 아직 정해지지 않았습니다." in text


@pytest.mark.parametrize(("args", "message"), [
    (("--lang", "xx"), "unknown language 'xx'"),
    (("--lang", "vi", "CASE=NOPE"), "no case 'NOPE'"),
])
def test_packet_errors(demo_db: tuple[Path, str, str], tmp_path: Path, args: tuple[str, ...],
                       message: str) -> None:
    db, number, _ = demo_db
    case = next((a.split("=")[1] for a in args if a.startswith("CASE=")), number)
    flags = [a for a in args if not a.startswith("CASE=")]
    res = run("--db", str(db), "packet", case, *flags, "--out", str(tmp_path / "x.pdf"))
    assert res.returncode == 2 and res.stdout == "" and message in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and not (tmp_path / "x.pdf").exists()


def test_unwritable_path(demo_db: tuple[Path, str, str], tmp_path: Path) -> None:
    db, number, _ = demo_db
    res = run("--db", str(db), "packet", number, "--lang", "th", "--out", str(tmp_path / "no" / "x.pdf"))
    assert res.returncode == 2 and "cannot write" in res.stderr


def test_paper_option(demo_db: tuple[Path, str, str], tmp_path: Path) -> None:
    import pypdfium2
    db, number, _ = demo_db
    sizes = {}
    for paper in ("a4", "letter"):
        out = tmp_path / f"{paper}.pdf"
        res = run("--db", str(db), "packet", number, "--lang", "en", "--out", str(out), "--paper", paper)
        assert res.returncode == 0, res.stderr
        sizes[paper] = tuple(round(v) for v in pypdfium2.PdfDocument(str(out))[0].get_size())
    assert sizes == {"a4": (595, 842), "letter": (612, 792)}
    bad = run("--db", str(db), "packet", number, "--lang", "en", "--out", str(tmp_path / "x.pdf"),
              "--paper", "a3")
    assert bad.returncode != 0 and "a3" in bad.stderr
