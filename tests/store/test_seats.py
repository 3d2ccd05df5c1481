"""Several seats on one office server: saves announce themselves (LISTEN/NOTIFY), a connection
the server ended is replaced at the next statement, and connecting says clearly what went wrong."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date

import psycopg
import pytest

from hirt_desk.actions.case_detail import load_case, save_case
from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.store import changes
from hirt_desk.store.database import bound, close_database, open_database, store_errors
from hirt_desk.store.errors import StoreError
from hirt_desk.store.models import Case, Patient
from hirt_desk.store.server import ServerDatabase, ServerLogin, connect_server, session_login
from tests.conftest import PgTestServer


def _patient() -> PatientData:
    return PatientData("WANG", "FANG", "王芳", "F", date(1960, 5, 1), "CN", "E1234567")


class Heard:
    """What a listener heard, from its thread."""

    def __init__(self) -> None:
        self.changes: list[changes.CaseChanged] = []
        self.states: list[bool] = []
        self.lock = threading.Lock()

    def change(self, change: changes.CaseChanged) -> None:
        with self.lock:
            self.changes.append(change)

    def state(self, up: bool) -> None:
        with self.lock:
            self.states.append(up)


def wait_for(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.02)


@pytest.fixture
def server(pg_ready_url: str) -> ServerDatabase:
    database = open_database(pg_ready_url)
    assert isinstance(database, ServerDatabase)
    yield database
    close_database()


def listen(url: str, heard: Heard, password: str | None = None) -> changes.ChangeListener:
    extra = {"password": password} if password else {}
    listener = changes.ChangeListener(lambda: psycopg.connect(url, autocommit=True, **extra),
                                      heard.change, heard.state, retry_s=0.2, poll_s=0.05)
    listener.start()
    wait_for(lambda: heard.states[-1:] == [True])
    return listener


def test_a_save_is_announced_when_it_commits_and_a_rolled_back_one_never(
        server: ServerDatabase, pg_ready_url: str) -> None:
    heard = Heard()
    listener = listen(pg_ready_url, heard)
    try:
        case = create_case(_patient(), user="ann")
        wait_for(lambda: len(heard.changes) == 1)
        first = heard.changes[0]
        assert (first.case_id, first.version, first.by) == (case.id, 1, "ann")
        assert first.sender == server.backend_pid

        detail = load_case(case.id)
        with pytest.raises(RuntimeError), server.atomic():
            save_case(case.id, patient=detail.patient, companions=[], facts={"site": "liver"},
                      coordinator="Sato", packet_language="en", base=detail, user="bob")
            raise RuntimeError("the save's transaction is rolled back")
        save_case(case.id, patient=detail.patient, companions=[], facts={}, coordinator="Ito",
                  packet_language="en", base=detail, user="bob")
        wait_for(lambda: len(heard.changes) == 2)
        time.sleep(0.2)
        assert [(c.version, c.by) for c in heard.changes] == [(1, "ann"), (2, "bob")]
    finally:
        listener.stop()
    assert not listener.running


def test_a_connection_the_server_ended_is_replaced_at_the_next_statement(
        server: ServerDatabase, pg_server: PgTestServer) -> None:
    case = create_case(_patient(), user="ann")
    old = server.backend_pid
    pg_server.admin.execute("SELECT pg_terminate_backend(%s)", (old,))
    with pytest.raises(StoreError) as caught, store_errors(server.url):
        Case.get_by_id(case.id)
    assert caught.value.reason == "connection_lost"
    assert Case.get_by_id(case.id).number == case.number       # connected again
    assert server.backend_pid not in (None, old)


def test_a_save_cut_off_midway_leaves_nothing_half_saved(server: ServerDatabase, pg_server: PgTestServer,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    case = create_case(_patient(), user="ann")
    detail = load_case(case.id)
    before = Patient.get_by_id(detail.patient_id).phone
    from hirt_desk.store import audit
    real = audit._Rows.write

    def cut(self: audit._Rows, versions: dict[str, int]) -> None:     # after the patient row was written
        pg_server.admin.execute("SELECT pg_terminate_backend(%s)", (server.backend_pid,))
        real(self, versions)
    monkeypatch.setattr(audit._Rows, "write", cut)
    changed = PatientData(**{**detail.patient.__dict__, "phone": "+86 139 0000 0000"})
    with pytest.raises(StoreError) as caught:
        save_case(case.id, patient=changed, companions=[], facts={"site": "liver"}, coordinator="Sato",
                  packet_language="en", base=detail, user="ann")
    assert caught.value.reason == "connection_lost"
    monkeypatch.setattr(audit._Rows, "write", real)
    assert Patient.get_by_id(detail.patient_id).phone == before
    assert Case.get_by_id(case.id).version == 1 and Case.get_by_id(case.id).facts == {}
    save_case(case.id, patient=changed, companions=[], facts={"site": "liver"}, coordinator="Sato",
              packet_language="en", base=detail, user="ann")
    assert Case.get_by_id(case.id).version == 2


def test_a_changed_password_is_asked_for_when_connecting_again(
        pg_ready_url: str, pg_server: PgTestServer, pg_login: Callable[[str, str], str]) -> None:
    url = pg_login(pg_ready_url, "ann")
    login = ServerLogin.from_url(url).login
    database = open_database(url, password="pw-ann-1234")
    assert isinstance(database, ServerDatabase)
    try:
        assert session_login(database) == login
        pg_server.admin.execute(f"ALTER ROLE {login} PASSWORD 'new-pw'")
        pg_server.admin.execute("SELECT pg_terminate_backend(%s)", (database.backend_pid,))
        asked: list[str] = []

        def ask(problem: StoreError) -> str | None:
            asked.append(problem.reason)
            return "new-pw" if len(asked) > 1 else "still-wrong"
        database.ask_password = ask
        with pytest.raises(StoreError), store_errors(url):
            database.execute_sql("SELECT 1")                 # the statement that met the dead connection
        assert database.execute_sql("SELECT 1").fetchone() == (1,)
        assert asked == ["wrong_password", "wrong_password"]
        assert database.password == "new-pw"
        database.ask_password = lambda problem: None          # cancelled: the refusal stands
        pg_server.admin.execute(f"ALTER ROLE {login} PASSWORD 'newer'")
        pg_server.admin.execute("SELECT pg_terminate_backend(%s)", (database.backend_pid,))
        with pytest.raises(StoreError), store_errors(url):
            database.execute_sql("SELECT 1")
        with pytest.raises(StoreError) as caught:
            database.execute_sql("SELECT 1")
        assert caught.value.reason == "wrong_password"
        assert "newer" not in str(caught.value) and "new-pw" not in str(caught.value)
    finally:
        close_database()


def test_the_listener_comes_back_after_the_server_ended_its_connection(
        server: ServerDatabase, pg_ready_url: str, pg_server: PgTestServer) -> None:
    heard = Heard()
    listener = listen(pg_ready_url, heard)
    try:
        pg_server.admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                "WHERE query LIKE 'LISTEN%%'")
        wait_for(lambda: heard.states[-2:] == [False, True])
        case = create_case(_patient(), user="ann")
        wait_for(lambda: [c.case_id for c in heard.changes] == [case.id])
    finally:
        listener.stop()


@pytest.mark.parametrize(("change", "reason"), [
    (lambda url: url, "password_needed"),
    (lambda url: url + "|wrong", "wrong_password"),
    (lambda url: url.replace("@127.0.0.1", "@nohost.invalid"), "unknown_host"),
    (lambda url: url.rsplit("/", 1)[0] + "/no_such_db|pw-carl-1234", "no_database"),
    (lambda url: url + "?sslmode=require", "tls"),
])
def test_connecting_says_what_went_wrong(pg_ready_url: str, pg_login: Callable[[str, str], str],
                                         change: Callable[[str], str], reason: str,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    url = change(pg_login(pg_ready_url, "carl"))
    url, _, password = url.partition("|")
    with pytest.raises(StoreError) as caught:
        connect_server(url, password or None)
    assert caught.value.reason == reason
    assert "pw-carl-1234" not in str(caught.value)


def test_a_server_login_round_trips_through_its_url() -> None:
    login = ServerLogin("db.example", "hirt_desk", "ann", 6543, "require")
    assert login.url == "postgresql://ann@db.example:6543/hirt_desk?sslmode=require"
    assert ServerLogin.from_url(login.url) == login
    assert ServerLogin.from_url("postgresql://ann:secret@db.example/cases") == \
        ServerLogin("db.example", "cases", "ann", 5432, "")
    assert ServerLogin.from_url("postgresql://db.example/cases").login == ""
    with pytest.raises(ValueError):
        ServerLogin.from_url("/home/ann/cases.sqlite")


def test_two_databases_bound_in_turn(server: ServerDatabase, pg_ready_url: str) -> None:
    case = create_case(_patient(), user="ann")
    other = connect_server(pg_ready_url)
    try:
        with bound(other):
            assert Case.get_by_id(case.id).number == case.number
            assert Case._meta.database.obj is other
        assert Case._meta.database.obj is server
    finally:
        other.close()
