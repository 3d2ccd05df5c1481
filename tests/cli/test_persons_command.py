"""`hirt-desk --db DB persons merge KEEP OTHER` and `hirt-desk --db DB undo CHANGE` (cli.md,
"Persons"): found with `duplicates --stored`, merged, seen in `case show` and `history`, undone;
bad input is refused in one line with nothing changed."""

from __future__ import annotations

from typing import Any

from tests.agency_server import recorded
from tests.cli.conftest import db_digest


def as_user(name: str, db: str) -> tuple[str, ...]:
    """`--user NAME` on a file; nothing on a server, where the database login is who."""
    return () if db.startswith("postgresql://") else ("--user", name)


def ok(result: Any) -> Any:
    assert result.code == 0, (result.code, result.out, result.err)
    return result.json()


def two_wang_weis(run_main, db: str) -> tuple[dict[str, Any], dict[str, Any]]:  # type: ignore[no-untyped-def]
    first = ok(run_main("--db", db, *as_user("sato", db), "case", "new", "--surname", "WANG",
                        "--given", "WEI", "--nationality", "CN", "--birth", "1961-03-14", "--native", "王伟"))
    ok(run_main("--db", db, "case", "set", first["id"], "patient.passport_number=E12345678"))
    second = ok(run_main("--db", db, *as_user("suzuki", db), "case", "new", "--surname", "WANG",
                         "--given", "WEI", "--nationality", "CN", "--birth", "1961-03-14"))
    ok(run_main("--db", db, "case", "set", second["id"], "patient.email=wang.wei@example.cn"))
    return first, second


def test_merge_found_pair_then_undo_it(run_main, db_arg: str) -> None:  # type: ignore[no-untyped-def]
    first, second = two_wang_weis(run_main, db_arg)
    pairs = [p for p in ok(run_main("--db", db_arg, "duplicates", "--stored")) if p["same"]]
    assert len(pairs) == 1
    by_case = {pairs[0]["a_cases"][0]: pairs[0]["a"], pairs[0]["b_cases"][0]: pairs[0]["b"]}
    keep, other = by_case[first["number"]], by_case[second["number"]]

    merged = ok(run_main("--db", db_arg, *as_user("tanaka", db_arg), "persons", "merge", keep, other,
                         "--take", "email"))
    assert set(merged) == {"kept", "merged", "change"}
    assert (merged["kept"], merged["merged"]) == (keep, other)
    shown = ok(run_main("--db", db_arg, "case", "show", second["number"]))
    assert shown["patient"]["name_native"] == "王伟" and shown["patient"]["passport_number"] == "E12345678"
    assert shown["patient"]["email"] == "wang.wei@example.cn"
    assert ok(run_main("--db", db_arg, "case", "show", first["number"]))["patient"] == shown["patient"]
    history = ok(run_main("--db", db_arg, "history", second["id"]))
    merge_rows = [r for r in history if r.get("change") == merged["change"]]
    tanaka = recorded("tanaka", db_arg)      # on a server the database login is who
    assert {(r["table"], r["field"], r["by"]) for r in merge_rows} == {
        ("case", "patient", tanaka), ("patient", "patient.email", tanaka),
        ("patient", "patient.merged_into", tanaka)}
    assert [p for p in ok(run_main("--db", db_arg, "duplicates", "--stored")) if p["same"]] == []

    undone = ok(run_main("--db", db_arg, *as_user("tanaka", db_arg), "undo", merged["change"]))
    assert undone["undone"] == merged["change"] and undone["cases"] == [second["number"]]
    shown = ok(run_main("--db", db_arg, "case", "show", second["number"]))
    assert shown["patient"]["name_native"] == "" and shown["patient"]["passport_number"] == ""
    first_patient = ok(run_main("--db", db_arg, "case", "show", first["number"]))["patient"]
    assert first_patient["email"] == ""
    assert [p["same"] for p in ok(run_main("--db", db_arg, "duplicates", "--stored"))] == [True]


def test_bad_input_is_one_line_and_changes_nothing(run_main, db_arg: str) -> None:  # type: ignore[no-untyped-def]
    first, second = two_wang_weis(run_main, db_arg)
    pair = next(p for p in ok(run_main("--db", db_arg, "duplicates", "--stored")) if p["same"])
    keep, other = pair["a"], pair["b"]
    status = ok(run_main("--db", db_arg, "history", first["id"]))[0]["change"]
    before = db_digest(db_arg)
    for args, says in (
            (("persons", "merge", keep, "no-such-id"), "no person 'no-such-id'"),
            (("persons", "merge", "no-such-id", other), "no person 'no-such-id'"),
            (("persons", "merge", keep, keep), "cannot merge person"),
            (("persons", "merge", keep, other, "--take", "email,shoe_size"),
             "not a field of a person: shoe_size"),
            (("persons", "merge", keep), "the following arguments are required: OTHER"),
            (("persons",), "persons needs a command: merge"),
            (("undo", "no-such-change"), "no change 'no-such-change'"),
            (("undo", status), "is not a merge of two persons")):
        res = run_main("--db", db_arg, *args)
        assert (res.code, res.out) == (2, ""), (args, res.code, res.out, res.err)
        assert res.err.count("\n") == 1 and says in res.err, (args, res.err)
    assert db_digest(db_arg) == before
    change = ok(run_main("--db", db_arg, "persons", "merge", keep, other))["change"]
    merged = db_digest(db_arg)
    for args, says in ((("persons", "merge", keep, other), "was already merged into"),
                       (("persons", "merge", other, keep), "was already merged into")):
        res = run_main("--db", db_arg, *args)
        assert (res.code, res.out) == (2, "") and res.err.count("\n") == 1 and says in res.err, res.err
    assert db_digest(db_arg) == merged
    ok(run_main("--db", db_arg, "undo", change))
    undone = db_digest(db_arg)
    res = run_main("--db", db_arg, "undo", change)
    assert (res.code, res.out) == (2, "") and "was undone already" in res.err
    assert db_digest(db_arg) == undone
