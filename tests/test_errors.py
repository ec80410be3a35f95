"""Messages that must stay one line: a plugin's exception, described."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from plantrack.errors import describe, one_line


@given(st.text(max_size=500))
def test_one_line_has_no_line_break_and_a_bounded_length(text: str):
    line = one_line(text)
    assert not any(c in line for c in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
    assert len(line) <= 300
    assert line.split() == " ".join(text.split())[:300].split()


def test_describe_names_the_type_and_keeps_one_line():
    assert describe(ValueError("bad\n  value")) == "ValueError: bad value"
    assert describe(KeyboardInterrupt()) == "KeyboardInterrupt"
