"""Compile the UI translations (translations/*.ts) to Qt's binary .qm files.

The .ts files are the sources translators edit; the .qm files are build output, made by
`./dev` at set-up and by the packaging build: `python -m hirt_desk.i18n_build [OUT_DIR]`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from hirt_desk.paths import translations_dir


def lrelease() -> str:
    beside = [Path(sys.executable).with_name(name) for name in ("pyside6-lrelease", "pyside6-lrelease.exe")]
    found = next((str(p) for p in beside if p.exists()), None) or shutil.which("pyside6-lrelease")
    if not found:
        raise FileNotFoundError("pyside6-lrelease (from PySide6) is not installed")
    return found


def build(out_dir: Path | None = None) -> list[Path]:
    """Compile every .ts to a .qm in `out_dir` (default: beside the sources)."""
    out_dir = out_dir or translations_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(translations_dir().glob("*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else None):
        print(path)
