"""The numeric finders never raise and always return spans inside the text, whatever the input."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmill.zh.dates import find_dates
from newsmill.zh.money import find_money
from newsmill.zh.numbers import parse_number
from newsmill.zh.units import find_percents, find_quantities

ALPHABET = list("0123456789.,，-—~至到 %％零〇一二两三四五六七八九十百千万亿余多几数约近超逾以上左右"
                "元美港欧币块年月日号季度上下半旬初底末前后今去明本周星期天近来起内个家人亩吨千瓦时增长下降翻番倍“”十四五期间第每")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40),
       st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))))
def test_finders_never_raise(text: str, pub: dt.date | None) -> None:
    for finder in (find_money, find_percents, find_quantities):
        for h in finder(text):
            assert 0 <= h.start < h.end <= len(text)
    for h in find_dates(text, pub):
        assert 0 <= h.start < h.end <= len(text)
        v = h.value.as_dict()
        assert v["start"] <= v["end"] or v["start"].startswith("-")


def test_a_number_with_two_decimal_points_is_no_quantity_and_raises_nothing() -> None:
    assert list(find_quantities("3.53.5千瓦时")) == []
    assert [h.value for h in find_quantities("装机3.5千瓦时")] == [Decimal("3.5")]
    with pytest.raises(ValueError):
        parse_number("3.53.5")
