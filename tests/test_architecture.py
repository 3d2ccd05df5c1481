"""Dependencies point one way (DESIGN.md): the domain code (rules, planning, packets, persons) knows
neither the database nor Qt, the store and actions know no Qt, and widgets hold no SQL.

Two checks each: what the source says it imports (every module, also imports inside functions),
and what importing it really loads (a fresh interpreter, so nothing else has loaded it first)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "hirt_desk"

# package -> module prefixes it must never import
FORBIDDEN = {
    "rules": ("hirt_desk.store", "peewee", "playhouse", "sqlite3", "PySide6"),
    "planning": ("hirt_desk.store", "peewee", "playhouse", "sqlite3", "PySide6"),
    "packets": ("hirt_desk.store", "peewee", "playhouse", "sqlite3", "PySide6"),
    "records": ("hirt_desk.store", "hirt_desk.actions", "peewee", "playhouse", "sqlite3", "PySide6"),
    "persons": ("hirt_desk.store", "hirt_desk.actions", "peewee", "playhouse", "sqlite3", "PySide6"),
    "store": ("PySide6", "hirt_desk.ui", "hirt_desk.actions"),
    "actions": ("PySide6", "hirt_desk.ui"),
    "ui": ("peewee", "playhouse", "sqlite3"),
}


def _modules(package: str) -> list[Path]:
    return sorted((PACKAGE / package).rglob("*.py"))


def _imports(path: Path) -> set[str]:
    """Every module a source file names in an import statement, wherever the statement is."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _forbidden(names: set[str] | list[str], prefixes: tuple[str, ...]) -> list[str]:
    return sorted(n for n in names if any(n == p or n.startswith(p + ".") for p in prefixes))


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_source_imports_point_one_way(package: str) -> None:
    found = {str(p.relative_to(PACKAGE.parent)): bad for p in _modules(package)
             if (bad := _forbidden(_imports(p), FORBIDDEN[package]))}
    assert found == {}


@pytest.mark.parametrize("package", ["rules", "planning", "packets", "persons", "records", "store",
                                     "actions"])
def test_importing_the_core_loads_no_forbidden_module(package: str) -> None:
    modules = [_module_name(p) for p in _modules(package)]
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "print('\\n'.join(sys.modules))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert _forbidden(proc.stdout.split(), FORBIDDEN[package]) == []


def test_the_command_line_runs_without_qt() -> None:
    code = "import sys, hirt_desk.cli\nassert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_the_checks_see_a_forbidden_import(tmp_path: Path) -> None:
    """The source check is not vacuous: an import inside a function is found."""
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from hirt_desk.store.models import Case\n    import peewee\n")
    assert _forbidden(_imports(module), FORBIDDEN["rules"]) == [
        "hirt_desk.store.models", "hirt_desk.store.models.Case", "peewee"]
