"""Which UI texts still need a translator, per language; and filling them in from a JSON file.

    python -m hirt_desk.translation_status                 list unfinished entries per language
    python -m hirt_desk.translation_status --update        first run lupdate over hirt_desk/ui/*.py
    python -m hirt_desk.translation_status --json          the same list as JSON, ready to fill in
    python -m hirt_desk.translation_status --fill ko.json  write translations into the .ts files

A fill file maps a language to {"context|source": translation}, where a plural entry (%n) takes
a list of forms: {"ko": {"CaseListPanel|%n case(s)": ["%n건"]}}. The list `--json` prints has
that shape with empty translations. Exit status 1 while anything is unfinished (for scripts).
Needs no Qt at all except for --update (pyside6-lupdate).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from hirt_desk.paths import translations_dir

ROOT = Path(__file__).resolve().parent.parent


def catalogs() -> dict[str, Path]:
    """Every language's .ts file, by language tag (en, ja, zh_Hans, ...)."""
    found = sorted(translations_dir().glob("hirt_desk_*.ts"))
    return {ts.stem.removeprefix("hirt_desk_"): ts for ts in found}


def _entries(ts: Path) -> tuple[ET.ElementTree[ET.Element], list[tuple[str, ET.Element]]]:
    tree = ET.parse(ts)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        found += [(name, message) for message in context.iter("message")]
    return tree, found


def is_unfinished(message: ET.Element) -> bool:
    tr = message.find("translation")
    if tr is None:
        return True
    if tr.get("type") in ("vanished", "obsolete"):
        return False                     # no longer in the code: not shown to anyone
    forms = [f.text for f in tr.findall("numerusform")] if message.get("numerus") == "yes" else [tr.text]
    return tr.get("type") == "unfinished" or not forms or not all(forms)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every entry of `ts` that is unfinished or empty."""
    return [(context, m.findtext("source") or "") for context, m in _entries(ts)[1] if is_unfinished(m)]


def stale(ts: Path) -> list[tuple[str, str]]:
    """Entries lupdate marked vanished/obsolete (the code no longer has them)."""
    return [(context, m.findtext("source") or "") for context, m in _entries(ts)[1]
            if m.find("translation[@type='vanished']") is not None
            or m.find("translation[@type='obsolete']") is not None]


def fill(ts: Path, translations: dict[str, str | list[str]]) -> int:
    """Write translations ("context|source" -> text, or forms for %n) into `ts`; returns how many."""
    tree, found = _entries(ts)
    done = 0
    for context, message in found:
        key = f"{context}|{message.findtext('source')}"
        if key not in translations:
            continue
        value = translations[key]
        tr = message.find("translation")
        if tr is None:
            tr = ET.SubElement(message, "translation")
        for child in list(tr):
            tr.remove(child)
        tr.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            tr.text = None
            for form in value if isinstance(value, list) else [value]:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value if isinstance(value, str) else value[0]
        done += 1
    ET.indent(tree, space="    ")
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return done


def update() -> None:
    """Bring every .ts up to date with the strings of hirt_desk/ui (pyside6-lupdate)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "hirt_desk" / "ui").glob("*.py"))
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", *map(str, catalogs().values())], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="run pyside6-lupdate first")
    parser.add_argument("--json", action="store_true", help="print the unfinished entries as a fill file")
    parser.add_argument("--fill", type=Path, help="a JSON fill file to write into the .ts files")
    args = parser.parse_args(argv)
    if args.update:
        update()
    if args.fill:
        data = json.loads(args.fill.read_text("utf-8"))
        for lang, translations in data.items():
            print(f"{lang}: {fill(catalogs()[lang], translations)} entries written")
        update()                # lupdate writes the files back in its own layout: small diffs
    todo = {lang: unfinished(ts) for lang, ts in catalogs().items()}
    if args.json:
        print(json.dumps({lang: {f"{c}|{s}": "" for c, s in rows} for lang, rows in todo.items() if rows},
                         ensure_ascii=False, indent=1))
    else:
        for lang, rows in todo.items():
            print(f"{lang}: {len(rows)} unfinished")
            for context, source in rows:
                print(f"    [{context}] {source!r}")
    return 1 if any(todo.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
