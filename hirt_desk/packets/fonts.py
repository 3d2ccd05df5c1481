"""One resolver for the fonts of printed documents, per script, from resources/packets/fonts.toml.

A missing font is an error that names it and how to get it, never boxes in a PDF; `check_covers`
is the pre-flight check that every character of a text exists in the font chosen for it.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hirt_desk.paths import resources_dir


class MissingFont(LookupError):
    """No usable font file for a script; the message says which and how to install it.

    `script`, `fonts` (the names looked for) and `install` let a window say it in its own words."""

    def __init__(self, message: str, script: str = "", fonts: tuple[str, ...] = (),
                 install: str = "") -> None:
        super().__init__(message)
        self.script, self.fonts, self.install = script, fonts, install


class UncoveredText(ValueError):
    """Text with characters that the chosen font cannot draw; `characters` holds them."""

    def __init__(self, message: str, characters: str = "") -> None:
        super().__init__(message)
        self.characters = characters


@dataclass(frozen=True)
class PacketFont:
    script: str
    name: str          # the name registered with reportlab
    path: Path
    chars: frozenset[int]

    def covers(self, text: str) -> str:
        """The characters of `text` this font lacks (spaces and controls aside)."""
        return "".join(sorted({c for c in text if not c.isspace() and ord(c) not in self.chars}))


@cache
def _table() -> dict[str, dict[str, Any]]:
    """Script -> its entry in fonts.toml (candidates, how to install)."""
    table: dict[str, dict[str, Any]] = tomllib.loads(
        (resources_dir() / "packets" / "fonts.toml").read_text("utf-8"))["scripts"]
    return table


def scripts() -> list[str]:
    """The scripts that fonts.toml gives fonts for."""
    return list(_table())


def bundled_fonts_dir() -> Path:
    """Fonts a bundle ships (a Linux build carries the free Debian fonts it was built with)."""
    return resources_dir() / "fonts"


def candidate_paths(file: str) -> list[Path]:
    """Where to look for one candidate, in order: the user's font folder, the bundle's, its path."""
    path = Path(os.path.expandvars(file))
    folders = [Path(extra)] if (extra := os.environ.get("HIRT_DESK_FONT_DIR")) else []
    return [*(folder / path.name for folder in [*folders, bundled_fonts_dir()]), path]


@cache
def font_for(script: str) -> PacketFont:
    """The registered font for `script` (ja, zh-Hans, zh-Hant, ko, latin, latin-bold, th, ar)."""
    entry = _table().get(script)
    if entry is None:
        raise MissingFont(f"no font is configured for script '{script}'", script)
    tried = []
    for candidate in entry["candidates"]:
        for path in candidate_paths(candidate["file"]):
            tried.append(str(path))
            if path.is_file():
                font = TTFont(candidate["name"], str(path), subfontIndex=candidate.get("index", 0))
                pdfmetrics.registerFont(font)
                return PacketFont(script, candidate["name"], path, frozenset(font.face.charToGlyph))
    names = tuple(c["name"] for c in entry["candidates"])
    raise MissingFont(f"no font for {script} ({', '.join(names)}); install {entry['install']}. "
                      f"Looked for: {', '.join(tried)}", script, names, entry["install"])


def check_covers(font: PacketFont, text: str, where: str) -> None:
    missing = font.covers(text)
    if missing:
        raise UncoveredText(f"{where}: the font {font.name} has no glyph for {missing!r}", missing)


# The script font of each packet language; Latin (digits, passport numbers, Latin names) and
# Japanese follow as fallbacks for mixed text, so runs switch font where the first one lacks glyphs.
LANGUAGE_SCRIPTS = {"en": "latin", "ja": "ja", "zh-Hans": "zh-Hans", "zh-Hant": "zh-Hant",
                    "ko": "ko", "ru": "latin", "vi": "latin", "mn": "latin", "th": "th",
                    "id": "latin", "ar": "ar"}


def fonts_for_language(lang: str) -> list[PacketFont]:
    """The font chain of a packet language: its script's font, then Latin, then Japanese."""
    chain = [LANGUAGE_SCRIPTS[lang], "latin", "ja"]
    return [font_for(script) for script in dict.fromkeys(chain)]


def uncovered(chain: list[PacketFont], text: str) -> str:
    """Characters of `text` that no font of the chain can draw."""
    return "".join(sorted({c for c in text if not c.isspace()
                           and not any(ord(c) in f.chars for f in chain)}))
