"""Style features: a section's cue counts, read from the document's matches, are the
counts a scan of the section alone gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from plantrack.extract.detect import _ROLES, _count, _Matches, _part_count, _spans
from plantrack.extract.lexicon import cues

_WORDS = [*sorted({w for role in _ROLES for w in cues(role)}), "到2025年", "展望2024", "【目标】"]
_piece = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_WORDS).map(lambda w: w[1:]),
                   st.sampled_from(_WORDS).map(lambda w: w[:-1]),
                   st.sampled_from("年的，。\n1【】"))


def _matches(text: str) -> _Matches:
    out: _Matches = {}
    for name in (*_ROLES, "until", "outlook_year", "marker"):
        spans = _spans(text, name)
        out[name] = ([a for a, _ in spans], [b for _, b in spans])
    return out


@given(st.lists(_piece, max_size=40).map("".join), st.data())
def test_a_parts_counts_are_a_scan_of_the_part(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    matches = _matches(text)
    for name in matches:
        assert _part_count(text, start, end, name, matches) == _count(text[start:end], name)


def test_a_word_across_the_parts_end_is_not_counted_whole() -> None:
    text = "力争实现目标"
    matches = _matches(text)
    # whatever 力争 counts as, a part ending inside it holds no whole word of it
    assert _part_count(text, 0, 1, "strive", matches) == _count("力", "strive") == 0
