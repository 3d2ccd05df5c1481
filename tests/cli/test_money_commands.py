"""A family's money from the command line: a deposit request, a deposit received in yuan, the
invoice from the quote, the settlement with a refund; bad input refused with nothing written."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.cli.conftest import Result


def test_deposit_payment_invoice_and_settlement(run_main: Callable[..., Result], db_arg: str) -> None:
    made = run_main("--db", db_arg, "case", "new", "--surname", "LI", "--given", "MING",
                    "--nationality", "CN", "--birth", "1960-01-01").json()
    case = made["number"]

    def ok(*args: str) -> Any:
        res = run_main("--db", db_arg, *args)
        assert res.code == 0, res.err
        return res.json()
    ok("quote", case, "--currency", "CNY", "--rate", "0.048", "--estimate", "400000", "--save")
    deposit = ok("bill", case, "--kind", "deposit", "--amount", "3000000", "--date", "2027-03-01")
    assert deposit["number"].startswith("DEP-2027-") and deposit["total_jpy"] == 3_000_000
    paid = ok("payment", case, "--amount", "300000.00", "--currency", "CNY", "--rate", "0.048",
              "--date", "2027-03-05", "--reference", "ICBC 7781")
    assert paid["amount_jpy"] == 6_250_000 and paid["balance"] == -6_250_000
    invoice = ok("bill", case, "--kind", "invoice", "--date", "2027-04-01")
    assert invoice["total_jpy"] == 5_365_000                       # the saved quote's total
    settled = ok("bill", case, "--kind", "settlement", "--amount", "5820000", "--date", "2027-06-01")
    assert (settled["settlement"], settled["settlement_jpy"]) == ("refund", 430_000)
    ok("payment", case, "--amount", "430000", "--refund", "--date", "2027-06-03")
    money = ok("money", case)
    assert (money["charged_jpy"], money["received_jpy"], money["refunded_jpy"], money["due_jpy"]) == (
        5_820_000, 6_250_000, 430_000, 0)
    assert money["settled"] and [b["kind"] for b in money["bills"]] == ["deposit", "invoice", "settlement"]
    first = money["payments"][0]
    assert (first["amount"], first["currency"], first["rate"]) == (300000, "CNY", "0.048")

    for bad in (("payment", case, "--amount", "100", "--currency", "CNY"),           # no rate
                ("payment", case, "--amount", "1.5"),                                # yen has no decimals
                ("payment", case, "--amount", "-5"),
                ("payment", case, "--amount", "100", "--currency", "XXQ", "--rate", "1"),
                ("bill", case, "--kind", "invoice", "--amount", "-1"),
                ("bill", case, "--kind", "deposit", "--due", "2020-01-01", "--date", "2027-01-01"),
                ("bill", "HD-1999-XXX-0001", "--kind", "deposit")):
        res = run_main("--db", db_arg, *bad)
        assert res.code == 2 and res.err.count("\n") == 1 and res.out == "", (bad, res.err)
    assert ok("money", case) == money                                  # nothing changed
