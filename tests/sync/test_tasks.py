"""Tasks travel with their case: a task added on a laptop reaches the office with its author, and
a task changed on both sides merges field by field (a real server, an encrypted laptop file)."""

from __future__ import annotations

from datetime import date

from tests.sync.conftest import Office, on


def _tasks(where: str) -> list[tuple[str, str, str, str, str]]:
    from hirt_desk.store.models import Task
    with on(where):
        return [(t.title, t.due.isoformat(), t.assignee, t.state, t.created_by)
                for t in Task.select().order_by(Task.due)]


def test_a_task_made_on_a_laptop_reaches_the_office_and_its_agenda(office: Office) -> None:
    from hirt_desk.actions.tasks import add_task
    case = office.new_case()
    office.checkout(case["id"])
    with on(office.laptop):
        add_task(case["id"], "Call the son on WeChat", date(2027, 4, 13), office.lena, user=office.lena)
    assert office.sync()["conflicts"] == 0
    assert _tasks(office.url) == _tasks(office.laptop) == [
        ("Call the son on WeChat", "2027-04-13", office.lena, "open", office.lena)]
    rows = [r for r in office.history(case["id"], "office") if r["table"] == "task"]
    assert [(r["field"], r["by"]) for r in rows] == [("", office.lena)]
    agenda = office.ok(office.office("agenda", "--date", "2027-04-12"))
    assert [(i["case"], i["kind"], i["due"]) for i in agenda if i["kind"] == "task"] == [
        (case["number"], "task", "2027-04-13")]


def test_a_task_changed_on_both_sides_merges_field_by_field(office: Office) -> None:
    from hirt_desk.actions.tasks import add_task, set_state, update_task
    from hirt_desk.store.models import Task
    case = office.new_case()
    with on(office.url):
        task = add_task(case["id"], "Send the records to GHMC", date(2027, 4, 20), user=office.olga)
    office.checkout(case["id"])
    with on(office.laptop):                 # Lena takes it over on her laptop
        update_task(task.id, assignee=office.lena, user=office.lena)
    with on(office.url):                    # meanwhile the office marks it done
        set_state(task.id, "done", user=office.olga)
    assert office.sync()["conflicts"] == 0
    for where in (office.url, office.laptop):
        with on(where):
            merged = Task.get_by_id(task.id)
            assert (merged.assignee, merged.state, merged.created_by) == (office.lena, "done", office.olga)
