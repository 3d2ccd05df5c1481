"""Build the HIRT Desk bundle with PyInstaller, then smoke-start the built program.

    python packaging/build.py            (or ./dev package, which sets up first)

Steps: compile the translations, gather the free packet fonts (Linux), run PyInstaller on
packaging/hirt-desk.spec into dist/hirt-desk/, then run that program (not the source tree) from
an empty folder with an empty home: --version, `screen` on the screening examples, `demo` and
`gui --exit-after-load` on a fresh database, `packet` in Thai and Chinese, `selftest` (every
language printed and previewed, with the bundle's own fonts), the databases of earlier releases
upgraded on open, the office server (when PostgreSQL's server is installed: a throwaway
cluster, `server init`, a case made and listed through the bundle's own psycopg and libpq), and
the per-user install. Any failure stops with exit status 1 and says
what broke. Prints the build time and the bundle size.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "bundle"
DIST = ROOT / "dist"
BUNDLE = DIST / "hirt-desk"
EXAMPLES = ROOT / "tests" / "fixtures" / "screening"
OLD_DATABASES = ROOT / "tests" / "fixtures" / "releases"
EXE = ".exe" if os.name == "nt" else ""


class SmokeFailure(RuntimeError):
    pass


def say(text: str) -> None:
    print(f"[package] {text}", flush=True)


def compile_translations() -> None:
    from hirt_desk.i18n_build import build
    build(BUILD / "translations")


def gather_fonts() -> list[Path]:
    """The font each script uses here, when it is a free font of the system (never a Windows
    font: those may not be redistributed), with the licence of its Debian package."""
    from hirt_desk.packets import fonts
    if os.name == "nt":
        return []
    out = BUILD / "fonts"
    (out / "licences").mkdir(parents=True, exist_ok=True)
    copied = []
    for script in fonts.scripts():
        font = fonts.font_for(script)
        if not str(font.path).startswith("/usr/share/fonts/"):
            continue
        target = out / font.path.name
        if not target.exists():
            shutil.copyfile(font.path.resolve(), target)
            copied.append(target)
        owner = subprocess.run(["dpkg-query", "-S", str(font.path)], capture_output=True, text=True)
        package = owner.stdout.split(":")[0].strip()
        licence = Path("/usr/share/doc") / package / "copyright"
        if package and licence.is_file():
            shutil.copyfile(licence, out / "licences" / f"{package}.txt")
    return copied


def run_pyinstaller() -> None:
    env = {**os.environ, "HIRT_DESK_BUILD": str(BUILD)}
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"),
                    str(ROOT / "packaging" / "hirt-desk.spec")], check=True, env=env, cwd=ROOT)


def add_installer_pieces() -> None:
    """Linux: the per-user install script and menu entry travel inside the bundle folder.
    Windows: the Inno Setup installer, when Inno Setup is installed."""
    if os.name == "nt":
        iscc = shutil.which("iscc") or next(
            (str(p) for p in Path(os.environ.get("ProgramFiles(x86)", "C:/Program Files (x86)")).glob(
                "Inno Setup */ISCC.exe")), None)
        if iscc is None:
            say("Inno Setup not found: the bundle is built, the installer is not")
            return
        subprocess.run([iscc, f"/DAppVersion={version('hirt-desk')}",
                        str(ROOT / "packaging" / "windows" / "hirt-desk.iss")], check=True)
        return
    desktop = ROOT / "packaging" / "linux" / "hirt-desk.desktop"
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(desktop)], check=True)
    for piece in (desktop, ROOT / "packaging" / "linux" / "install.sh"):
        shutil.copy2(piece, BUNDLE / piece.name)


# -- smoke start ---------------------------------------------------------------------------------

def smoke(work: Path) -> None:
    home = work / "home"
    home.mkdir()
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV", "HIRT_DESK"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), QT_QPA_PLATFORM="offscreen",
               APPDATA=str(home / "roaming"), LOCALAPPDATA=str(home / "local"), USERPROFILE=str(home),
               PATH=os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p))

    def cli(*args: str, program: str = "hirt-desk-cli", stdin: str | None = None) -> str:
        result = subprocess.run([str(BUNDLE / f"{program}{EXE}"), *args], capture_output=True, text=True,
                                env=env, cwd=work, input=stdin, timeout=180)
        if result.returncode != 0:
            raise SmokeFailure(f"{program} {' '.join(args)} exited {result.returncode}: "
                               f"{result.stderr.strip()[-2000:]}")
        return result.stdout

    def check(condition: bool, what: str) -> None:
        if not condition:
            raise SmokeFailure(what)

    expected = version("hirt-desk")
    # on Windows `hirt-desk` is the windowed program: it has no console to print to
    window_program = "hirt-desk-cli" if os.name == "nt" else "hirt-desk"
    for program in dict.fromkeys((window_program, "hirt-desk-cli")):
        shown = cli("--version", program=program).strip()
        check(shown.endswith(expected), f"{program} --version says {shown!r}, not {expected}")
    say(f"--version: {expected}")

    examples = sorted(EXAMPLES.glob("*.json"))
    check(bool(examples), f"no screening examples in {EXAMPLES}")
    for example in examples:
        case = json.loads(example.read_text("utf-8"))
        verdict = json.loads(cli("screen", "-", stdin=json.dumps(case["facts"])))["verdict"]
        check(verdict == case["verdict"], f"screen {example.name}: {verdict}, expected {case['verdict']}")
    say(f"screen: {len(examples)} screening examples give their expected verdicts")

    db = work / "fresh.sqlite"
    check(json.loads(cli("--db", str(db), "demo", "--cases", "30")) == {"added": 30}, "demo did not add 30")
    loaded = json.loads(cli("--db", str(db), "gui", "--exit-after-load", program=window_program))
    check(loaded["cases"] == 30, f"gui --exit-after-load shows {loaded['cases']} cases")
    say(f"demo + gui --exit-after-load: 30 cases in {loaded['startup_ms']:.0f} ms")

    rows = json.loads(cli("--db", str(db), "cases", "--json"))
    staying = next(r for r in rows if r["status"] in ("in_treatment", "in_japan", "accepted", "travel"))
    for lang, phrase in (("th", "การเดินทางและการรักษา"), ("zh-Hans", "赴日旅行与治疗指南")):
        pdf = work / f"packet-{lang}.pdf"
        written = json.loads(cli("--db", str(db), "packet", staying["number"], "--lang", lang,
                                 "--out", str(pdf)))
        check(written["pages"] >= 2 and pdf.is_file(), f"packet {lang}: {written}")
        text = pdf_text(pdf)
        check(phrase in text and "渡航・治療のご案内" in text, f"packet {lang}: its phrases are missing")
        if shutil.which("pdffonts"):        # poppler-utils, on Linux
            fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
            rows = fonts.splitlines()[2:]
            check(bool(rows) and all(row.split()[-5] == "yes" for row in rows),
                  f"packet {lang}: a font is not embedded")
        say(f"packet {lang}: {written['pages']} pages with its phrases, fonts embedded")

    report = json.loads(cli("selftest"))
    check(report["ok"] and all(p["preview"] for p in report["packets"].values()), f"selftest: {report}")
    bundled = sum("resources" in path and "fonts" in path for path in report["fonts"].values())
    check(os.name == "nt" or bundled == len(report["fonts"]),
          f"selftest: fonts not taken from the bundle: {report['fonts']}")
    say(f"selftest: {len(report['packets'])} languages print and preview, fonts from the bundle")

    for suffix in ("pdf", "xlsx"):         # matplotlib (charts) and openpyxl came along
        out = work / f"report.{suffix}"
        written = json.loads(cli("--db", str(db), "report", "--from", "2000-01-01", "--to", "2099-12-31",
                                 "--out", str(out)))
        check(out.is_file() and out.stat().st_size > 1000, f"report {suffix}: {written}")
    check("Cases by nationality and year" in pdf_text(work / "report.pdf"),
          "report pdf: its titles are missing")
    say("report: the PDF with its charts and the XLSX written")

    from hirt_desk.store.migrations import SCHEMA_VERSION
    for old in sorted(OLD_DATABASES.glob("*.sqlite")):
        copy = work / old.name
        shutil.copyfile(old, copy)
        before = sqlite3.connect(copy).execute("PRAGMA user_version").fetchone()[0]
        listed = json.loads(cli("--db", str(copy), "cases", "--json"))
        after = sqlite3.connect(copy).execute("PRAGMA user_version").fetchone()[0]
        check(bool(listed) and after == SCHEMA_VERSION, f"{old.name}: {len(listed)} cases, schema {after}")
        say(f"{old.name}: schema {before} → {after}, {len(listed)} cases kept")

    smoke_server(cli)

    if os.name != "nt":
        installed = home / ".local" / "opt" / "hirt-desk"
        subprocess.run(["sh", str(BUNDLE / "install.sh")], env=env, check=True, capture_output=True)
        shown = subprocess.run([str(home / ".local" / "bin" / "hirt-desk-cli"), "--version"], env=env,
                               capture_output=True, text=True).stdout
        entry = (home / "data" / "applications" / "hirt-desk.desktop").read_text("utf-8")
        check(shown.strip().endswith(expected) and f"Exec={installed}/hirt-desk" in entry,
              "the per-user install does not start")
        kept = home / "data" / "HIRT Desk"
        kept.mkdir(parents=True, exist_ok=True)
        (kept / "hirt-desk.sqlite").write_bytes(b"cases")
        subprocess.run(["sh", str(BUNDLE / "install.sh"), "--uninstall"], env=env, check=True,
                       capture_output=True)
        check(not installed.exists() and (kept / "hirt-desk.sqlite").read_bytes() == b"cases",
              "uninstalling did not remove the program, or touched the cases")
        say("install.sh: per-user install starts, uninstall keeps the cases")

    from hirt_desk.ui.i18n import QT_CATALOGS
    carried = {p.name for p in BUNDLE.rglob("qtbase_*.qm")}
    wanted = {f"qtbase_{name}.qm" for name in QT_CATALOGS.values()}
    check(wanted <= carried, f"Qt's translations missing from the bundle: {sorted(wanted - carried)}")
    say(f"Qt's own translations carried: {', '.join(sorted(carried))}")

    check(not (home / "pythainlp-data").exists(), "PyThaiNLP wrote into the home folder")
    unwanted = [p for p in BUNDLE.rglob("*")
                if any(part in p.name for part in ("WebEngine", "Qt6Qml", "Qt6Quick")) or p.name == "tests"]
    check(not unwanted, f"the bundle carries what it never loads: {unwanted[:5]}")


def smoke_server(cli: Callable[..., str]) -> None:
    """The bundle reaches an office server: psycopg and its libpq travel in the bundle."""
    sys.path.insert(0, str(ROOT))
    from tests.pg_server import bin_dir, throwaway_cluster
    if bin_dir() is None:
        say("office server: PostgreSQL's server is not installed here, not tried")
        return
    with throwaway_cluster() as cluster:
        cluster.psql("CREATE DATABASE smoke")
        url = cluster.url_for("smoke")
        schema = json.loads(cli("--db", url, "server", "init"))
        made = json.loads(cli("--db", url, "case", "new", "--surname", "NGUYEN", "--given", "VAN AN",
                              "--nationality", "VN", "--birth", "1961-03-14", "--native", "阮文安"))
        found = json.loads(cli("--db", url, "cases", "--search", "NGUYEN", "--json"))
        if [row["id"] for row in found] != [made["id"]]:
            raise SmokeFailure(f"office server: made {made}, the search found {found}")
    say(f"office server: schema {schema['schema']}, a case made and found through psycopg")


def pdf_text(path: Path) -> str:
    """The text of a PDF as pdfium reads it (Thai tone marks come back as their own glyphs)."""
    import pypdfium2 as pdfium
    document = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def size_of(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    started = time.perf_counter()
    shutil.rmtree(BUILD, ignore_errors=True)
    shutil.rmtree(BUNDLE, ignore_errors=True)
    BUILD.mkdir(parents=True)
    compile_translations()
    fonts = gather_fonts()
    say(f"fonts shipped: {', '.join(p.name for p in fonts) or 'none (the system fonts serve)'}")
    run_pyinstaller()
    add_installer_pieces()
    built = time.perf_counter() - started
    say(f"built {BUNDLE} in {built:.0f} s, {size_of(BUNDLE) / 2**20:.0f} MB")
    with tempfile.TemporaryDirectory(prefix="hirt-desk-smoke-") as work:
        try:
            smoke(Path(work))
        except (SmokeFailure, subprocess.TimeoutExpired) as exc:
            say(f"SMOKE TEST FAILED: {exc}")
            return 1
    say(f"smoke start passed; {time.perf_counter() - started:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
