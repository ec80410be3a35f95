"""Open vocabulary: the wording of an indicator the catalogue lacks.

A quantity whose clause names no catalogue indicator before it may still be clearly
stated for one: 一般公共预算支出520亿元, 森林覆盖率达到35%. :func:`find_label` reads the
noun phrase right before the number back from it, with the words of ``data/labels.tsv``
(what to drop from its end and start, the head nouns an indicator's name ends in and
the units each is measured in, the words no indicator's name holds), and gives a
mention of the indicator ``other`` so worded (FACTS.md ``indicator_label``). Pairing
then treats it as any other mention: a later clause's growth rate goes on about it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import cast

from attrs import frozen

from plantrack.datafiles import alternation, data_rows
from plantrack.extract.context import DocContext
from plantrack.extract.lexicon import IndicatorMention, other_indicator
from plantrack.model import IndicatorKind, Unit
from plantrack.text.quantities import QuantityMatch
from plantrack.text.years import YEAR

__all__ = ["SHARE_OF", "find_label", "label_before", "share_label"]

_LABEL_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9.&]+$")
_YEAR = re.compile(rf"{YEAR}年(?:末|底|初)?|\d{{1,2}}(?:-\d{{1,2}})?月(?:份|末|底)?")
_DIGIT = re.compile(r"\d")  # 新增102个投资: a count, no name
SHARE_OF = "占对"  # X占Y比重, X对Y增长的贡献率
_SHORTEST_QUALIFIER = 2  # characters before the head: 营收 alone names nobody's figure
_LONGEST_LABEL = 20
_RUN_WINDOW = 40  # characters read back for a phrase: its leads and a longest label


@frozen
class _Words:
    tail: re.Pattern[str]  # one tail word ending a phrase
    tail_reach: int  # the longest tail word
    lead: re.Pattern[str]
    refuse: re.Pattern[str]
    head: re.Pattern[str]  # the longest head noun ending a phrase
    units: dict[str, tuple[str, ...]]  # head noun -> the units it is measured in


@cache
def _words() -> _Words:
    rows = data_rows("plantrack.extract", "labels.tsv")

    def of(role: str) -> list[str]:
        return [row[1] for row in rows if row[0] == role]

    units = {row[1]: tuple(row[2].split("|")) for row in rows if row[0] == "head"}
    return _Words(tail=re.compile(f"(?:{alternation(of('tail'))})$"),
                  tail_reach=max(map(len, of("tail"))),
                  lead=re.compile(f"(?:{alternation(of('lead'))}|{_YEAR.pattern})+"),
                  refuse=re.compile(alternation(of("refuse"))),
                  head=re.compile(f"(?:{alternation(units)})$"), units=units)


def _measured(units: tuple[str, ...], q: QuantityMatch, growth: bool
              ) -> tuple[IndicatorKind, Unit] | None:
    """The kind and unit of an indicator whose head is measured in ``units``, when
    ``q`` can be its figure."""
    unit = q.quantity.unit
    if units == ("rate",):
        return ("rate", "percent") if unit == "percent" else None
    if units == ("index",):
        return ("index", "percent") if unit == "percent" and growth else None
    if unit == "percent":
        return ("flow", cast(Unit, units[0])) if growth else None
    return ("flow", unit) if unit in units else None


def _phrase_start(ctx: DocContext, text: str, clause: int, end: int) -> int | None:
    """Where the name ending at ``end`` starts: the run of name characters before it,
    less its lead words and region names; None when it is one item of a list (交通运输、
    仓储和邮政业: the head is shared, the run is not the name)."""
    # a run longer than the window holds no name short enough
    run = _LABEL_CHARS.search(text, max(clause, end - _RUN_WINDOW), end)
    if run is None:
        return None
    start = run.start()
    if start == end - _RUN_WINDOW and start > clause and _LABEL_CHARS.match(text[start - 1]):
        return None
    if start > clause and text[start - 1] == "、":
        return None
    return _past_leads(text, start, end, ctx)


def _past_leads(text: str, start: int, end: int, ctx: DocContext | None = None) -> int:
    """``start`` moved past the lead words opening ``text[start:end]`` (and, given
    ``ctx``, past the region names among them)."""
    words = _words()
    while True:
        lead = words.lead.match(text, start, end)
        if lead is not None and lead.end() > start:
            start = lead.end()
            continue
        region = None if ctx is None else next(
            (r for r in ctx.mentions_starting(start, end) if r.start == start), None)
        if region is None or region.end > end:
            return start
        start = region.end


def _head(label: str) -> tuple[str, tuple[str, ...]] | None:
    """The head noun ``label`` ends in, with its units, if it names an indicator."""
    words = _words()
    if not label or len(label) > _LONGEST_LABEL or _DIGIT.search(label):
        return None
    found = words.head.search(label)
    if found is None or found.start() < _SHORTEST_QUALIFIER:
        return None
    head = (found.group(), words.units[found.group()])
    if words.refuse.search(label, 0, len(label) - len(head[0])) is not None:
        return None
    return head


def label_before(text: str, end: int) -> IndicatorMention | None:
    """The ``other`` indicator whose name ends at ``end``, a list's first item before a
    catalogue name (财政总收入和地方公共财政预算收入分别达到36.5亿元、24.2亿元): the run of
    name characters before it, less its lead words, if it ends in an indicator's head."""
    run = _LABEL_CHARS.search(text, max(0, end - _RUN_WINDOW), end)
    if run is None:
        return None
    start = _past_leads(text, run.start(), end)
    label = text[start:end]
    head = _head(label)
    if head is None:
        return None
    kind, unit = ("rate", "percent") if head[1] == ("rate",) else ("flow", cast(Unit, head[1][0]))
    return IndicatorMention(start, end, other_indicator(label, kind, unit), label)


def find_label(ctx: DocContext, text: str, clause: int, q: QuantityMatch, *,
               growth: bool) -> IndicatorMention | None:
    """The ``other`` indicator named right before ``q`` in ``text[clause:q.start]``, if
    that phrase is an indicator's name measured in ``q``'s unit (``growth``: the
    clause says the number is a change, so a percentage may measure any head)."""
    words = _words()
    end = q.start
    while (tail := words.tail.search(text, max(clause, end - words.tail_reach), end)):
        if tail.start() == end:
            break
        end = tail.start()
    start = _phrase_start(ctx, text, clause, end)
    if start is None:
        return None
    label = text[start:end]
    head = _head(label)
    measured = _measured(head[1], q, growth) if head is not None else None
    if measured is None:
        return None
    return IndicatorMention(start, end, other_indicator(label, *measured), label)


def share_label(ctx: DocContext, text: str, clause: int, m: IndicatorMention
                ) -> IndicatorMention | None:
    """制造业增加值占地区生产总值比重, 第三产业对GDP增长的贡献率: a share whose whole is a
    catalogue name (``m``, qualified as a share) is named from its part on."""
    if m.start <= clause or text[m.start - 1] not in SHARE_OF:
        return None
    start = _phrase_start(ctx, text, clause, m.start - 1)
    if start is None or start >= m.start - 1:
        return None
    label = text[start:m.end]
    if _head(text[start:m.start - 1] + m.name[-2:]) is None or len(label) > _LONGEST_LABEL:
        return None
    return IndicatorMention(start, m.end, other_indicator(label, "rate", "percent"), label)
