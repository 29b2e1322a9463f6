"""Shortcuts of the row builders and the record context agree with their plain definitions.

Each shortcut (one JSON encoding for the value columns, raw spans through a
document's segment lists, …) is checked against the plain code it replaced,
on generated values, spans and documents.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmill.tables.rows import dumps, value_columns, value_num, value_text

_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8),
                     st.floats(allow_nan=False, allow_infinity=False))
_values = st.recursive(_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=5), inner, max_size=4)),
    max_leaves=12)


@settings(max_examples=400, deadline=None)
@given(_values)
def test_value_columns_are_the_three_encoders(value: object) -> None:
    assert value_columns(value) == (dumps(value), value_text(value), value_num(value))


def test_value_columns_keep_bools_and_floats_apart() -> None:
    assert value_columns(True) == ("true", "1", None)
    assert value_columns(1) == ("1", "1", 1.0)
    assert value_columns(2.5) == ("2.5", "2.5", 2.5)
    assert value_columns({"a": None}) == ('{"a":null}', '{"a":null}', None)
    assert value_columns([]) == ("[]", "[]", None)
