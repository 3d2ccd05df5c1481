"""Money without floating point: amounts, the quote, the case's ledger (no Qt, no database).

Amounts are exact integers in a currency's minor units (yen has none); typed amounts and rates
are read as Decimal; conversions round once, half up, to the target currency's minor unit.
"""

from hirt_desk.money.amount import (
    Money,
    MoneyInputError,
    digits,
    format_money,
    from_yen,
    parse_amount,
    parse_rate,
    to_yen,
)
from hirt_desk.money.ledger import Balance, Entry, balance, settlement

__all__ = ["Balance", "Entry", "Money", "MoneyInputError", "balance", "digits", "format_money",
           "from_yen", "parse_amount", "parse_rate", "settlement", "to_yen"]
