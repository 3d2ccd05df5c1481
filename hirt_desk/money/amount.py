"""Amounts of money: exact integers in minor units with their ISO 4217 currency.

How many decimals a currency has comes from Babel (CLDR): JPY 0, CNY 2, KWD 3. What a person
types (an amount, an exchange rate) is read as Decimal, never float, and refused when it has
more decimals than the currency has or is not a number. A rate R is how many units of a
currency one yen buys (CNY 0.048), as the `quote` command takes it; converting rounds once, half
up (ROUND_HALF_UP), to the target's minor unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache

from babel.core import Locale, UnknownLocaleError
from babel.numbers import format_currency, get_currency_precision, list_currencies

YEN = "JPY"
_SPACES = re.compile(r"[\s\u00a0\u202f_']")


class MoneyInputError(ValueError):
    """Typed money that cannot be taken as it is: `code` says why (the window has a sentence
    for each), the message says it in English."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _currency(code: str) -> str:
    code = code.strip().upper()
    if code not in _KNOWN:
        raise MoneyInputError("currency", f"unknown currency '{code}' (an ISO 4217 code such as CNY)")
    return code


_KNOWN = frozenset(list_currencies())


@cache
def digits(currency: str) -> int:
    """Decimals of the currency's minor unit (JPY 0, CNY 2); CLDR's data does not change while
    the program runs, so each currency is looked up once."""
    return int(get_currency_precision(_currency(currency)))


@dataclass(frozen=True, order=True)
class Money:
    """An exact amount: `minor` units (sen-less yen, fen, cents) of `currency`."""

    minor: int
    currency: str = YEN

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError("money is an integer number of minor units")
        object.__setattr__(self, "currency", _currency(self.currency))

    @classmethod
    def of(cls, amount: Decimal | int | str, currency: str = YEN) -> Money:
        """From a major-unit amount; refused if it has more decimals than the currency."""
        value = Decimal(amount) if not isinstance(amount, Decimal) else amount
        scaled = value.scaleb(digits(currency))
        if scaled != scaled.to_integral_value():
            raise MoneyInputError("decimals", f"{amount} has more decimals than {currency} has "
                                              f"({digits(currency)})")
        return cls(int(scaled), currency)

    @property
    def decimal(self) -> Decimal:
        """The amount in major units, exactly."""
        return Decimal(self.minor).scaleb(-digits(self.currency))

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")


def _number(text: str, what: str, locale: str) -> Decimal:
    """A typed number as Decimal: spaces and group separators of the locale allowed."""
    raw = _SPACES.sub("", str(text))
    try:
        loc = Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        loc = Locale("en")
    group, point = loc.number_symbols["latn"]["group"], loc.number_symbols["latn"]["decimal"]
    raw = raw.replace(group, "") if group not in ("", point) else raw
    raw = raw.replace(point, ".")
    raw = raw.replace("，", "").replace("．", ".")     # full-width, as an input method types them
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", raw):
        raise MoneyInputError("number", f"{what} '{text}' is not a number")
    try:
        return Decimal(raw)
    except InvalidOperation:
        raise MoneyInputError("number", f"{what} '{text}' is not a number") from None


def parse_amount(text: str, currency: str = YEN, locale: str = "en", *,
                 negative: bool = False) -> Money:
    """A typed amount (`12,500`, `10 000,50` in Russian) of `currency` as exact Money."""
    value = _number(text, "amount", locale)
    if value < 0 and not negative:
        raise MoneyInputError("negative", f"amount '{text}' is negative")
    return Money.of(value, currency)


def parse_rate(text: str | Decimal, locale: str = "en") -> Decimal:
    """A typed exchange rate (units of a currency per yen) as Decimal; must be above zero."""
    value = text if isinstance(text, Decimal) else _number(text, "rate", locale)
    if not value.is_finite() or value <= 0:
        raise MoneyInputError("rate", f"rate '{text}' must be a number above zero")
    return value


def _round(value: Decimal, currency: str) -> int:
    return int(value.scaleb(digits(currency)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def to_yen(amount: Money, rate: Decimal) -> Money:
    """`amount` of another currency in yen at `rate` (its units per yen), rounded half up."""
    if amount.currency == YEN:
        return amount
    return Money(_round(amount.decimal / parse_rate(rate), YEN), YEN)


def from_yen(yen: Money | int, currency: str, rate: Decimal) -> Money:
    """Yen in `currency` at `rate` (its units per yen), rounded half up to its minor unit."""
    amount = yen if isinstance(yen, Money) else Money(yen, YEN)
    currency = _currency(currency)
    if currency == YEN:
        return amount
    return Money(_round(amount.decimal * parse_rate(rate), currency), currency)


@cache
def _territory_currency(country: str, on: date) -> str:
    from babel.numbers import get_territory_currencies
    try:
        found = get_territory_currencies(country, on)
    except Exception:           # an unknown or empty country code
        return YEN
    return str(found[0]) if found else YEN


def currency_of(country: str, on: date | None = None) -> str:
    """The currency a country uses (ISO 3166 code to ISO 4217, from CLDR; yen when unknown):
    the patient's currency offered for a quote."""
    return _territory_currency(country.strip().upper(), on or date.today())


def format_money(amount: Money, locale: str = "en") -> str:
    """The amount as the language writes it (`¥4,965,000`, `CN¥238,320.00`, `4 965 000 ¥`)."""
    try:
        loc = Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        loc = Locale("en")
    return str(format_currency(amount.decimal, amount.currency, locale=loc,
                               currency_digits=True))
