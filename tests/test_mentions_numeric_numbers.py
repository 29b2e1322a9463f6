"""The shared numeral parser: fixed cases and Chinese numeral ⇄ integer round trips."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmill.zh.numbers import MAX_CHINESE, parse_int, parse_number, split_qualifier, step_of, to_chinese


@pytest.mark.parametrize("text, expected", [
    ("1.5万亿", "1500000000000"),
    ("4000万", "40000000"),
    ("十五点八万", "158000"),
    ("1,200万", "12000000"),
    ("292 亿", "29200000000"),
    ("两千三百", "2300"),
    ("零", "0"),
    ("〇", "0"),
    ("三万五", "35000"),
    ("两千三", "2300"),
    ("一亿五", "150000000"),
    ("二〇二一", "2021"),
    ("一九九八", "1998"),
    ("玖仟零捌拾萬", "90800000"),
    ("3千万亿", "3000000000000000"),
    ("十", "10"),
    ("百亿", "10000000000"),
    ("一万零五", "10005"),
    ("廿三", "23"),
    ("2502.7亿", "250270000000"),
    ("１２．５万", "125000"),
    ("3万2千", "32000"),
    ("零点五", "0.5"),
])
def test_parse_number(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize("bad", ["", "万", "亿元", "abc", "五五万万x", "点"])
def test_parse_number_rejects_non_numerals(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_number(bad)


def test_split_qualifier_and_step() -> None:
    assert split_qualifier("4000余万") == ("4000万", "余")
    assert split_qualifier("3万多") == ("3万", "多")
    assert split_qualifier("12万") == ("12万", None)
    assert step_of("3000") == 1000
    assert step_of("十") == 10
    assert step_of("3.25") == Decimal("0.01")
    assert parse_int("六十四万零一百四十三") == 640143
    with pytest.raises(ValueError):
        parse_int("1.5")


@pytest.mark.parametrize("n, text", [
    (0, "零"), (10, "十"), (11, "十一"), (20, "二十"), (105, "一百零五"), (1010, "一千零一十"),
    (10010, "一万零一十"), (200000, "二十万"), (100000000, "一亿"), (100000001, "一亿零一"),
    (10**12, "一万亿"), (-7, "负七"),
])
def test_to_chinese(n: int, text: str) -> None:
    assert to_chinese(n) == text


def test_to_chinese_limits() -> None:
    with pytest.raises(ValueError):
        to_chinese(MAX_CHINESE + 1)
    with pytest.raises(TypeError):
        to_chinese(1.5)  # type: ignore[arg-type]


@given(st.integers(min_value=-MAX_CHINESE, max_value=MAX_CHINESE))
def test_round_trip_integer(n: int) -> None:
    assert parse_number(to_chinese(n)) == n


@given(st.integers(min_value=0, max_value=10**8 - 1))
def test_round_trip_financial_capitals(n: int) -> None:
    capitals = str.maketrans("一二三四五六七八九十百千万", "壹贰叁肆伍陆柒捌玖拾佰仟萬")
    assert parse_number(to_chinese(n).translate(capitals)) == n


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["", "万", "亿"]))
def test_arabic_with_magnitude(n: int, mag: str) -> None:
    scale = {"": 1, "万": 10**4, "亿": 10**8}[mag]
    printed = f"{n:,}" + mag
    assert parse_number(printed) == n * scale


@given(st.integers(min_value=1, max_value=99999), st.integers(min_value=1, max_value=9))
def test_decimal_point_in_chinese(whole: int, tenth: int) -> None:
    text = to_chinese(whole) + "点" + to_chinese(tenth) + "万"
    assert parse_number(text) == (Decimal(whole) + Decimal(tenth) / 10) * 10**4
