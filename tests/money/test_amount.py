"""Money as exact integers: currency digits from Babel, Decimal parsing, stated rounding."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hirt_desk.money import (
    Money,
    MoneyInputError,
    digits,
    format_money,
    from_yen,
    parse_amount,
    parse_rate,
    to_yen,
)
from hirt_desk.money.amount import currency_of


def test_each_currency_has_its_own_minor_unit() -> None:
    assert digits("JPY") == 0
    assert digits("CNY") == 2
    assert digits("KWD") == 3
    assert Money.of("4965000").minor == 4965000
    assert Money.of("1234.56", "CNY").minor == 123456
    with pytest.raises(MoneyInputError):
        Money.of("10.5", "JPY")            # yen has no decimals
    with pytest.raises(MoneyInputError):
        Money(1, "XYZ")
    with pytest.raises(TypeError):
        Money(1.5, "JPY")  # type: ignore[arg-type]


def test_typed_amounts_and_rates_are_decimal_never_float() -> None:
    assert parse_amount("12,500") == Money(12500, "JPY")
    assert parse_amount("10 000,50", "CNY", "ru") == Money(1000050, "CNY")
    assert parse_amount("1.234,5", "EUR", "de") == Money(123450, "EUR")
    assert parse_amount("3，000", "JPY", "ja") == Money(3000, "JPY")      # a full-width comma
    assert parse_rate("0.048") == Decimal("0.048")
    for bad in ("", "abc", "1e5", "0.1.2"):
        with pytest.raises(MoneyInputError):
            parse_amount(bad)
    with pytest.raises(MoneyInputError):
        parse_amount("-5")
    for bad_rate in ("0", "-0.1", "x"):
        with pytest.raises(MoneyInputError):
            parse_rate(bad_rate)


def test_conversion_rounds_once_half_up() -> None:
    rate = Decimal("0.048")                            # CNY per yen
    assert to_yen(Money.of("10000", "CNY"), rate) == Money(208333, "JPY")     # 208,333.33
    assert to_yen(Money.of("0.06", "CNY"), Decimal("0.04")) == Money(2, "JPY")  # 1.5 -> 2 (half up)
    assert from_yen(4965000, "CNY", rate) == Money(23832000, "CNY")           # 238,320.00
    assert from_yen(1, "USD", Decimal("0.0065")) == Money(1, "USD")           # 0.0065 -> 0.01
    assert from_yen(Money(5, "JPY"), "JPY", rate) == Money(5, "JPY")


def test_formatted_per_language_through_babel() -> None:
    assert format_money(Money(4965000), "en") == "¥4,965,000"
    assert "4,965,000" in format_money(Money(4965000), "ja")
    assert format_money(Money(23832050, "CNY"), "zh-Hans") == "¥238,320.50"
    assert format_money(Money(23832050, "CNY"), "ru").replace("\u00a0", " ") == "238 320,50 CN¥"


def test_the_patients_currency_comes_from_the_country() -> None:
    found = [currency_of(c) for c in ("CN", "VN", "TH", "RU", "", "ZZ")]
    assert found == ["CNY", "VND", "THB", "RUB", "JPY", "JPY"]
