"""The installer pieces that cannot run here (Windows) are checked for what they must say; the
Linux ones are validated. The bundle itself is built and smoke-started by packaging/build.py
(`./dev package`, run by CI)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from hirt_desk.packets import fonts

ROOT = Path(__file__).resolve().parents[1]
SPEC = (ROOT / "packaging" / "hirt-desk.spec").read_text("utf-8")
ISS_PATH = ROOT / "packaging" / "windows" / "hirt-desk.iss"
ISS = ISS_PATH.read_text("utf-8")


def iss_section(name: str) -> list[str]:
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", ISS, re.M | re.S)
    assert match, f"[{name}] missing"
    return [line for line in match.group(1).splitlines() if line.strip() and not line.startswith(";")]


def test_spec_builds_two_programs_in_one_folder_without_platform_paths() -> None:
    programs = re.findall(r'program\("([^"]+)", console=', SPEC)
    assert programs == ["hirt-desk", "hirt-desk-cli"]
    assert re.search(r'name="hirt-desk",\s*\)', SPEC)                 # the folder dist/hirt-desk
    assert not re.search(r'["\'](/usr|/opt|/home|C:)', SPEC)            # found, never assumed
    for hook in ("pythainlp", "babel", "pycountry", "holidays", "cantoroman", "opencc", "pypinyin"):
        assert (ROOT / "packaging" / "hooks" / f"hook-{hook}.py").is_file()


def test_inno_setup_installs_per_user_with_start_menu_and_uninstaller() -> None:
    setup = dict(line.split("=", 1) for line in iss_section("Setup"))
    assert setup["PrivilegesRequired"] == "lowest"                      # no administrator
    assert setup["DefaultDirName"].startswith("{autopf}")              # %LOCALAPPDATA%\Programs
    assert setup["UninstallDisplayIcon"] == r"{app}\hirt-desk.exe"
    assert (ISS_PATH.parent / setup["SetupIconFile"].replace("\\", "/")).is_file()
    bundle = re.search(r'#define Bundle "([^"]+)"', ISS).group(1).replace("\\", "/")
    assert (ISS_PATH.parent / bundle).resolve() == (ROOT / "dist" / "hirt-desk").resolve()
    icons = iss_section("Icons")
    assert any(line.startswith('Name: "{autoprograms}') and r'Filename: "{app}\hirt-desk.exe"' in line
               for line in icons)
    # user data is never the installer's: nothing outside {app} is deleted
    assert "UninstallDelete" not in ISS
    assert all("{app}" in line for line in iss_section("InstallDelete"))


def test_every_script_has_a_windows_font_and_the_resolver_finds_it(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    table = tomllib.loads((ROOT / "resources" / "packets" / "fonts.toml").read_text("utf-8"))["scripts"]
    for script, entry in table.items():
        assert any(c["file"].startswith("${WINDIR}/Fonts/") for c in entry["candidates"]), script
    windows = tmp_path / "Windows"
    monkeypatch.setenv("WINDIR", str(windows))
    extra = tmp_path / "mine"
    monkeypatch.setenv("HIRT_DESK_FONT_DIR", str(extra))
    paths = fonts.candidate_paths("${WINDIR}/Fonts/msyh.ttc")
    assert paths == [extra / "msyh.ttc", fonts.bundled_fonts_dir() / "msyh.ttc",
                     windows / "Fonts" / "msyh.ttc"]


def test_bundled_fonts_come_before_the_system_ones(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bundle = tmp_path / "bundle"
    (bundle / "resources" / "fonts").mkdir(parents=True)
    system = fonts.font_for("th").path
    shutil.copyfile(system, bundle / "resources" / "fonts" / system.name)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(fonts, "_table", lambda: {"th": {"install": "", "candidates": [
        {"name": "Waree", "file": "/usr/share/fonts/truetype/tlwg/Waree.ttf"}]}})
    fonts.font_for.cache_clear()
    try:
        assert fonts.font_for("th").path == bundle / "resources" / "fonts" / "Waree.ttf"
    finally:
        fonts.font_for.cache_clear()


def test_user_data_is_never_inside_the_bundle(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from hirt_desk.store.database import data_dir
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle" / "_internal"), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert not data_dir().is_relative_to(tmp_path / "bundle")
    assert data_dir().name == "HIRT Desk"


def test_linux_menu_entry_is_valid() -> None:
    """desktop-file-validate comes from desktop-file-utils (packaging/debian-packages.txt)."""
    entry = ROOT / "packaging" / "linux" / "hirt-desk.desktop"
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Exec=hirt-desk\n" in entry.read_text("utf-8")        # install.sh points it at the install


def test_bundle_carries_qt_translations_of_the_window_languages() -> None:
    """The spec keeps Qt's qtbase catalog of each window language (and the smoke start checks
    the built bundle has them)."""
    from hirt_desk.ui.i18n import QT_CATALOGS, qt_translations_dirs
    assert "from hirt_desk.ui.i18n import QT_CATALOGS" in SPEC
    assert 'f"qtbase_{name}.qm" for name in QT_CATALOGS.values()' in SPEC
    for name in QT_CATALOGS.values():
        assert any((folder / f"qtbase_{name}.qm").is_file() for folder in qt_translations_dirs()), name
