"""Hermetic tests: offscreen Qt, and settings, data folders and databases under tmp_path."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _offscreen_platform() -> str:
    """Offscreen Qt with a 1920 x 1080 screen (the plugin's default is 800 x 600, smaller than
    any office PC, which would clamp window sizes)."""
    config = Path(tempfile.gettempdir()) / "hirt-desk-test-screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "office", "x": 0, "y": 0, "width": 1920, "height": 1080,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config}"


if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = _offscreen_platform()


@pytest.fixture(autouse=True)
def _empty_caches_under_mutation_testing() -> None:
    """Under `./dev mutate` each test starts with the caches of the rules, planning and store code
    empty. mutmut records which tests call a function in one process and runs a mutant's tests in
    a process forked from it: a rule set compiled once by `get_rule_set` would tie the rule
    compiler to the first test only and hide its mutants from the rest. (A plain run keeps them.)"""
    if "MUTANT_UNDER_TEST" not in os.environ:
        return
    import sys
    packages = ("hirt_desk.rules", "hirt_desk.planning", "hirt_desk.store")
    for name, module in list(sys.modules.items()):
        if name.startswith(packages):
            for value in list(vars(module).values()):
                if getattr(value, "__module__", None) == name and hasattr(value, "cache_clear"):
                    value.cache_clear()



if "MUTANT_UNDER_TEST" in os.environ:
    # Under `./dev mutate` every test runs thousands of times: property tests draw a few fixed
    # examples, so the run is shorter and a mutant is killed (or not) the same way every time.
    from hypothesis import settings as _hypothesis

    _hypothesis.register_profile("mutation", max_examples=10, derandomize=True, deadline=None)
    _hypothesis.load_profile("mutation")

@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user's data, config or settings."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cases.sqlite"


@pytest.fixture
def database(db_path: Path) -> Iterator[Path]:
    """An open, empty case database bound to the models; closed afterwards."""
    from hirt_desk.store.database import close_database, open_database
    open_database(db_path, busy_timeout_ms=200)
    yield db_path
    close_database()


@pytest.fixture
def missing_font(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, str, str], None]]:
    """A computer without a script's font: `missing_font("th", "Waree", "fonts-tlwg-waree-ttf")`
    makes the resolver look for it where it is not."""
    import sys

    from hirt_desk.packets import fonts

    def remove(script: str, name: str, install: str) -> None:
        table = {**fonts._table(), script: {"install": install,
                                            "candidates": [{"name": name, "file": f"/nowhere/{name}.ttf"}]}}
        fonts.font_for.cache_clear()
        monkeypatch.setattr(fonts, "_table", lambda: table)
    yield remove
    if "hirt_desk.ui.jobs" in sys.modules:          # a packet may still be laid out in the background
        sys.modules["hirt_desk.ui.jobs"].wait_idle()
    fonts.font_for.cache_clear()
