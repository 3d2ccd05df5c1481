from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(qapp):  # type: ignore[no-untyped-def]
    """As the app does (ui/gc_guard.py): the cycle collector runs on the GUI thread only, never
    on a packet worker, where destroying a widget caught in a cycle crashes Qt."""
    from hirt_desk.ui.gc_guard import GarbageCollector
    collector = GarbageCollector(qapp)
    yield
    collector.stop()
    collector.deleteLater()
    # this test's cycles are collected now, with its windows just closed, not in the middle of a
    # later test's events: collecting a test's leftover wrappers while another test's windows were
    # being built crashed the GC about one run in five (seen at the 46th window test)
    gc.collect()


@pytest.fixture
def quiet_run(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """app.run as a user starts the window, without touching the test session's translators;
    the database closed and any page-check gate lifted afterwards."""
    import hirt_desk.ui.i18n as i18n
    from hirt_desk.store.database import close_database
    from hirt_desk.store.models import write_gate
    monkeypatch.setattr(i18n, "install_translators", lambda app, language: "en")
    from hirt_desk.app import run
    yield run
    write_gate.release()
    close_database()


@pytest.fixture
def settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    from hirt_desk.ui.settings import Settings
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture(scope="session", autouse=True)
def english_ui(qapp, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The window in English as a user sees it: our English catalog gives the plural forms
    ("1 case", "3 pages"). Compiled here, so tests never depend on a previous build."""
    import hirt_desk.ui.i18n as i18n
    from hirt_desk.i18n_build import build
    out = tmp_path_factory.mktemp("translations")
    build(out)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(i18n, "translations_dir", lambda: out)
        assert i18n.install_translators(qapp, "en") == "en"
    yield


@pytest.fixture
def japanese_ui(qapp, english_ui, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The window in Japanese for one test (back to English afterwards)."""
    import hirt_desk.ui.i18n as i18n
    from hirt_desk.i18n_build import build
    out = tmp_path_factory.mktemp("translations-ja")
    build(out)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(i18n, "translations_dir", lambda: out)
        assert i18n.install_translators(qapp, "ja") == "ja"
        try:
            yield
        finally:
            assert i18n.install_translators(qapp, "en") == "en"


@pytest.fixture
def ui_language(request, qapp, english_ui, tmp_path_factory):  # type: ignore[no-untyped-def]
    """The window in the language given by the test's parameter (English again afterwards)."""
    import hirt_desk.ui.i18n as i18n
    from hirt_desk.i18n_build import build
    out = tmp_path_factory.mktemp("translations")
    build(out)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(i18n, "translations_dir", lambda: out)
        assert i18n.install_translators(qapp, request.param) == request.param
        try:
            yield request.param
        finally:
            assert i18n.install_translators(qapp, "en") == "en"
