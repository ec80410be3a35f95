"""The shared reading: in each sentence, pair quantities with the indicators they measure,
then settle each fact's measure, kind, modality, period and region from the cues around.

Style extractors differ only in a :class:`Profile` (what a sentence without cues is, how
a plan's span applies, whether 【…】 markers switch the default); the reading is this one.

Pairing, per sentence (``。！？`` or a line end), in the cleaned :mod:`view`:

1. a quantity after 占/比重 whose subject names a share (研发, 高新技术产业) measures
   that share;
2. else the last indicator named before it in its clause (分别: the i-th of a
   coordinated list, 城镇和农村居民人均可支配收入);
3. else a count right before an indicator (40个老旧小区改造);
4. else, when its clause only adds a rate (同比增长7.8%) or names another region
   (南京市8316.92亿元), the indicator of an earlier clause of the same segment.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Literal

from attrs import define, frozen

from plantrack.extract.context import DocContext, RegionMention, context_of, resolve_deictic
from plantrack.extract.lexicon import (
    IndicatorMention,
    cue_values,
    cues,
    find_cue,
    find_indicators,
    has_cue,
    indicator_index,
)
from plantrack.extract.view import Piece
from plantrack.model import (
    Goal,
    Indicator,
    Kind,
    Measure,
    Modality,
    Period,
    Provenance,
    Region,
    Result,
)
from plantrack.text.prepare import PreparedDocument
from plantrack.text.quantities import QuantityMatch, find_quantities

__all__ = ["Profile", "read_facts"]

_FULL_STOP = "。！？!?\n"
_FULL_STOP_AT = re.compile(f"[{re.escape(_FULL_STOP)}]")
_SEGMENT_END = ";；﹔"
_CLAUSE_END = ",，:：" + _SEGMENT_END
_MARKER = re.compile(r"【([^】\n]{1,12})】")
_YEAR = re.compile(
    r"(到|至|截至)?(20\d\d)年?(?=年|上半年|下半年|全年|前|底|末|[一二三四]季度|\d{1,2}[-至~]|$)")
_MONTHS = re.compile(r"(1[0-2]|[1-9])(?:月)?[-至~—](1[0-2]|[1-9])月")
_QUARTER = re.compile(r"(前三|[一二三四])季度")
_AGGREGATE = re.compile(r"\d+个?[市县区]中|\d+个?县[(（]?市")
# The text engine reads 数 before digits as "several" and drops the number (人数110万人):
# read it as a plain word, keeping offsets.
_SEVERAL = re.compile(r"数(?=\d)")
_TEXT_UNITS = {"CNY", "USD", "percent", "count", "person", "jin", "ton", "kwh", "m2"}
_RECURRING_KINDS = ("rate",)
_INHERIT_PREFIX = 10  # 扣除价格因素实际增长: longer, the clause has a subject of its own


@frozen
class Profile:
    """How one source style reads a sentence that carries no cue of its own."""

    name: str
    default_kind: Kind = "result"
    markers: bool = False    # 【施工图】/【竞技场】 switch the default kind (round-ups)
    five_year: bool = False  # targets without a year are for the plan's span


@define
class _Time:
    """Period cues met so far in a sentence (carried across a paragraph)."""

    year: int | None = None
    part: str | None = None  # h1, h2, q1..q4, q13, to_date, months
    months: tuple[int, int] | None = None
    until: bool = False
    per_year: bool = False
    span: bool = False

    def copy(self) -> _Time:
        return _Time(self.year, self.part, self.months, self.until, self.per_year, self.span)


@frozen
class _Pair:
    quantity: QuantityMatch  # offsets in view
    mention: IndicatorMention
    anchor: int            # where the quote starts
    region: RegionMention | None = None  # a region named for this quantity alone
    share: bool = False    # 占…比重: the subject named a share, the number is its level


# --- cue scanning ----------------------------------------------------------------------


def _positions(text: str, role: str, start: int, end: int) -> list[tuple[int, str]]:
    return [(start + s, w) for s, _, w in find_cue(text[start:end], role)]


def _target_cues(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Modal words (``ensure``/``strive``/``plan``) not inside a not-target phrase."""
    blocked: set[int] = set()
    for s, e, _ in find_cue(text[start:end], "not_target"):
        blocked.update(range(start + s, start + e))
    out = []
    for role in ("ensure", "strive", "plan"):
        out += [(p, role) for p, _ in _positions(text, role, start, end) if p not in blocked]
    return sorted(out)


_TIME_ROLES = ("half1", "half2", "to_date", "this_year", "whole_year", "last_year",
               "per_year", "span")


@cache
def _any_time_cue() -> re.Pattern[str]:
    """Any word of the period roles: most texts have none, and skip the role scans."""
    words = sorted({w for role in _TIME_ROLES for w in cues(role)}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)")


def _time_events(text: str) -> list[tuple[int, str, object]]:
    events: list[tuple[int, str, object]] = []
    for m in _YEAR.finditer(text):
        events.append((m.start(), "year", (int(m[2]), m[1] in ("到", "至"))))
    if _any_time_cue().search(text):
        for role in _TIME_ROLES:
            events += [(p, role, None) for p, _, _ in find_cue(text, role)]
    for m in _MONTHS.finditer(text):
        events.append((m.start(), "months", (int(m[1]), int(m[2]))))
    for m in _QUARTER.finditer(text):
        part = "q13" if m[1] == "前三" else f"q{'一二三四'.index(m[1]) + 1}"
        events.append((m.start(), "quarter", part))
    return sorted(events, key=lambda e: e[0])


def _update_time(time: _Time, text: str) -> None:
    """Apply the period cues in ``text`` to ``time``, in the order they stand."""
    parts = {"half1": "h1", "half2": "h2", "to_date": "to_date"}
    for _, role, value in _time_events(text):
        if role == "year" and isinstance(value, tuple):
            time.year, time.until = int(value[0]), bool(value[1])
            time.part, time.months = None, None
        elif role in parts:
            time.part = parts[role]
        elif role == "this_year":  # 今年: back to the document's year
            time.year, time.until, time.part, time.months = None, False, None, None
        elif role == "whole_year":  # 全年: the whole of the year in view
            time.part, time.months = None, None
        elif role == "last_year" and time.year is None:
            time.part = "last"
        elif role == "months" and isinstance(value, tuple):
            time.part, time.months = "months", (int(value[0]), int(value[1]))
        elif role == "quarter":
            time.part = str(value)
        elif role == "per_year":
            time.per_year = True
        elif role == "span":
            time.span = True


# --- pairing ---------------------------------------------------------------------------


def _clause_start(text: str, lo: int, at: int) -> int:
    i = at
    while i > lo and text[i - 1] not in _CLAUSE_END:
        i -= 1
    return i


def _segment_start(text: str, lo: int, at: int) -> int:
    i = at
    while i > lo and text[i - 1] not in _SEGMENT_END:
        i -= 1
    return i


def _implied(text: str, start: int, end: int, indicators: dict[str, Indicator],
             taken: list[IndicatorMention]) -> list[IndicatorMention]:
    """经济 standing for GDP (经济发展…年均增长6%): a mention with no name of its own."""
    ids = dict(cue_values("implied"))
    out: list[IndicatorMention] = []
    for a, b, word in find_cue(text[start:end], "implied"):
        ind = indicators.get(ids.get(word, ""))
        a, b = start + a, start + b  # noqa: PLW2901 (to view offsets)
        if ind is not None and not any(m.start < b and a < m.end for m in [*taken, *out]):
            out.append(IndicatorMention(a, b, ind, ""))
    return out


def _group(text: str, mentions: list[IndicatorMention], m: IndicatorMention,
           by_name: dict[str, Indicator]) -> list[IndicatorMention]:
    """``m`` and the indicators coordinated before it (A、B / A和B, 城镇、农村居民…)."""
    group = [m]
    i = mentions.index(m)
    cur = m
    while True:
        gap = text[:cur.start]
        prev = mentions[i - 1] if i > 0 else None
        if prev is not None and prev.end < cur.start and text[prev.end:cur.start] in "、和及与":
            group.insert(0, prev)
            cur, i = prev, i - 1
            continue
        # ellipsis: 城镇和农村居民人均可支配收入 = 城镇居民… and 农村居民…
        hit = re.search(r"([\u4e00-\u9fff]{2,4})[、和及与]$", gap)
        if hit and cur.name:
            head = hit[1]
            for k in range(1, len(cur.name)):
                other = by_name.get(head + cur.name[k:])
                if other is not None and other.id != cur.indicator.id:
                    group.insert(0, IndicatorMention(hit.start(1), hit.end(1), other,
                                                     head + cur.name[k:]))
                    break
        return group


def _pairs(ctx: DocContext, text: str, s: Piece) -> list[_Pair]:
    # quantities first: most sentences have none, and then there is nothing to pair
    found = find_quantities(_SEVERAL.sub("为", text[s.start:s.end]))
    if not found:
        return []
    by_name = _by_name(ctx)
    mentions = list(find_indicators(text[s.start:s.end], ctx.indicators))
    mentions = [IndicatorMention(s.start + m.start, s.start + m.end, m.indicator, m.name)
                for m in mentions]
    mentions += _implied(text, s.start, s.end, _by_id(ctx), mentions)
    mentions.sort(key=lambda m: m.start)
    quantities = [QuantityMatch(q.quantity, s.start + q.start, s.start + q.end,
                                s.start + q.number_start, q.decline) for q in found]
    quantities = [q for q in quantities if q.quantity.unit in _TEXT_UNITS
                  and not any(m.start < q.end and q.start < m.end for m in mentions)]
    pairs: list[_Pair] = []
    for q in quantities:
        pair = _pair_one(ctx, text, s, q, mentions=mentions, quantities=quantities,
                         by_name=by_name)
        if pair is not None:
            pairs.append(pair)
    return pairs


def _share(ctx: DocContext, text: str, seg: int, clause: int, q: QuantityMatch,
           ) -> IndicatorMention | None:
    if q.quantity.unit != "percent" or not has_cue(text[clause:q.start],
                                                                   "share_mark"):
        return None
    ids = _by_id(ctx)
    best: IndicatorMention | None = None
    for word, ind_id in cue_values("share"):
        at = text.rfind(word, seg, q.start)
        if at >= 0 and ind_id in ids and (best is None or at > best.start):
            best = IndicatorMention(at, at + len(word), ids[ind_id], word)
    return best


def _pair_one(ctx: DocContext, text: str, s: Piece, q: QuantityMatch, *,
              mentions: list[IndicatorMention], quantities: list[QuantityMatch],
              by_name: dict[str, Indicator]) -> _Pair | None:
    clause = _clause_start(text, s.start, q.start)
    seg = _segment_start(text, s.start, q.start)
    if (share := _share(ctx, text, seg, clause, q)) is not None:
        return _Pair(q, share, min(clause, share.start), share=True)
    before = [m for m in mentions if clause <= m.start and m.end <= q.start]
    if before:
        m = before[-1]
        if not _joined(text, m, q, quantities):
            return None
        picked = _distribute(text, mentions, m, q, quantities=quantities, by_name=by_name)
        return _Pair(q, picked, _quote_start(text, clause, picked.start, quantities))
    after = [m for m in mentions if q.end <= m.start <= q.end + 1
             and text[q.end:m.start] in ("", "的")]
    if after and q.quantity.unit in ("count", "person") and re.search(
            r"\d", text[q.number_start:q.end]):
        return _Pair(q, after[0], q.start)
    earlier = [m for m in mentions if seg <= m.start and m.end <= clause]
    if not earlier:
        return None
    m = earlier[-1]
    prefix = text[clause:q.start]
    between = text[m.end:clause]
    if has_cue(between + prefix, "part") or has_cue(between + prefix, "entity"):
        return None
    if len(prefix) > _INHERIT_PREFIX:
        return None
    region = _region_prefix(ctx, clause, q.start)
    if region is None and not (has_cue(prefix, "growth") or q.decline):
        return None
    picked = _distribute(text, mentions, m, q, quantities=quantities, by_name=by_name)
    anchor = _clause_start(text, s.start, picked.start)
    return _Pair(q, picked, anchor, region)


def _quote_start(text: str, clause: int, at: int, quantities: list[QuantityMatch]) -> int:
    """The clause's start (with its modal and period words), or just after the last
    number before ``at`` in it (人才项目74个 in 科创项目48个、人才项目74个)."""
    inner = [o.end for o in quantities if clause <= o.start and o.end <= at]
    start = inner[-1] if inner else clause
    while start < at and text[start] in "、和及与 ":
        start += 1
    modal = [p for p, role in _target_cues(text, start, at) if role in ("ensure", "strive")]
    return modal[-1] if modal else start


def _joined(text: str, m: IndicatorMention, q: QuantityMatch,
            quantities: list[QuantityMatch]) -> bool:
    """After another number, ``q`` still belongs to ``m`` only when what stands between
    is a list mark (6.2万元和3.5万元) or a rate word (1618.4亿元,增长6.2%)."""
    if has_cue(text[max(0, m.start - 2):m.start], "per_capita") and (
            "人均" not in m.name):
        return False
    inner = [o for o in quantities if m.end <= o.start and o.end <= q.start]
    if not inner:
        return True
    gap = text[inner[-1].end:q.start]
    return not gap.strip("、和及与 ") or has_cue(gap, "growth") or "分别" in gap


def _distribute(text: str, mentions: list[IndicatorMention], m: IndicatorMention,
                q: QuantityMatch, *, quantities: list[QuantityMatch],
                by_name: dict[str, Indicator]) -> IndicatorMention:
    """分别: the i-th of a coordinated list for the i-th quantity after 分别."""
    group = _group(text, mentions, m, by_name)
    if len(group) < 2:
        return m
    at = text.rfind("分别", m.end, q.start)
    if at < 0:
        return m
    index = sum(1 for o in quantities if at <= o.start < q.start
                and o.quantity.unit == q.quantity.unit)
    return group[index] if index < len(group) else m


def _region_prefix(ctx: DocContext, clause: int, at: int) -> RegionMention | None:
    """A clause that starts with a region name and then gives a number (南京市8316.92亿元)."""
    for r in ctx.mentions:
        if r.start >= clause and r.end <= at and r.start - clause <= 2 and at - r.end <= 2:
            return r
    return None


def _by_name(ctx: DocContext) -> dict[str, Indicator]:
    return indicator_index(ctx.indicators)


def _by_id(ctx: DocContext) -> dict[str, Indicator]:
    """The catalogue's indicators by id, built once per document (not per sentence)."""
    found = ctx.memo.get("indicators by id")
    if found is None:
        found = ctx.memo["indicators by id"] = {i.id: i for i in ctx.indicators}
    return found  # type: ignore[return-value]


# --- measure, kind, period, region -------------------------------------------------------


def _measure(text: str, pair: _Pair, prev_end: int, mention_prefix: str) -> Measure | None:
    ind, q = pair.mention.indicator, pair.quantity.quantity
    start = _clause_start(text, 0, pair.quantity.start) if pair.share else pair.mention.end
    if prev_end > start and not text[prev_end:pair.quantity.start].strip("、和及与 "):
        prev_end = 0  # a list (5%和5.2%) shares the words before its first item
    between = text[max(start, prev_end):pair.quantity.start]
    growth = pair.quantity.decline or any(
        w in between and not re.search(re.escape(w) + "(?:到|至)$", between)
        for w in cues("growth"))
    if ind.kind == "index" or (growth and q.unit == "percent"):
        return "growth" if q.unit == "percent" else None
    if not pair.mention.name and not growth:
        return None  # an implied indicator (经济) only carries a growth rate
    if q.unit == "percent":
        return "level" if ind.unit == "percent" else None
    if ind.unit == "percent":
        return None
    family = {"count": "n", "person": "n", "CNY": "$", "USD": "$", "jin": "w", "ton": "w"}
    if family.get(q.unit, q.unit) != family.get(ind.unit, ind.unit):
        return None
    if ind.kind == "stock" and (has_cue(mention_prefix[-4:], "increase")
                                or has_cue(between, "increase")):
        return "increase"
    return "level"


def _kind(ctx: DocContext, text: str, s: Piece, q_at: int, *, time: _Time,
          year: int) -> tuple[Kind | None, Kind | None, Modality]:
    """(kind, marker kind, modality): the kind the cues settle (None: left to the
    profile), the kind the last 【…】 marker before ``q_at`` gives (for profiles that
    read markers), and the modal word's strength."""
    targets = [(p, role) for p, role in _target_cues(text, s.start, q_at)]
    modal: Modality = "plan"
    for _, role in targets:
        if role in ("ensure", "strive"):
            modal = role  # type: ignore[assignment]
    doc_year = ctx.year or year
    if year < doc_year:
        return "result", None, "plan"
    if targets or year > doc_year or time.until or time.part == "h2":
        return "target", None, modal
    head = text[_segment_start(text, s.start, q_at):q_at]
    if has_cue(head, "result") or time.part in ("h1", "to_date", "months",
                                                                 "q1", "q13", "last"):
        return "result", None, "plan"
    if time.per_year or time.span:
        return "target", None, modal
    return None, _marker_kind(text, q_at), modal


def _marker_kind(text: str, q_at: int) -> Kind | None:
    marker = None
    for m in _MARKER.finditer(text, 0, q_at):
        marker = m[1]
    if marker is not None:
        if has_cue(marker, "target_marker"):
            return "target"
        if has_cue(marker, "result_marker"):
            return "result"
    return None


def _result_period(ctx: DocContext, time: _Time, year: int) -> Period:
    if time.part == "h1":
        return Period.half(year, 1)
    if time.part == "h2":
        return Period.half(year, 2)
    if time.part == "months" and time.months:
        return Period.months(year, *time.months)
    if time.part and time.part.startswith("q"):
        return Period(year, 1, year, 9) if time.part == "q13" else Period.quarter(
            year, int(time.part[1]))
    if time.part == "to_date":
        return Period.months(year, 1, ctx.month) if ctx.month else Period.year(year)
    if time.part == "last":
        return Period.year(year - 1)
    if time.year is None and ctx.report_period is not None and (
            ctx.report_period.last_year == year):
        return ctx.report_period
    return Period.year(year)


def _target_period(profile: Profile, ctx: DocContext, time: _Time, year: int, *,
                   indicator: Indicator) -> tuple[Period, Literal["year"] | None]:
    span = ctx.plan_span
    if time.per_year:
        return (span, "year") if span and (profile.five_year or time.year is None) and (
            not time.until) else (Period.year(year), None)
    if time.until or (time.year is not None and time.year != ctx.year):
        return Period.year(year), None
    if time.part == "h2":
        return Period.half(year, 2), None
    if span is not None and (time.span or (profile.five_year and time.year is None)):
        if indicator.kind in _RECURRING_KINDS:
            return span, "year"
        if indicator.kind == "stock":
            return Period.year(span.end_year), None
        return span, None
    return Period.year(year), None


def _region(ctx: DocContext, text: str, s: Piece, pair: _Pair,
            group_index: int) -> Region | Literal[False] | None:
    """The fact's region; False when the number is a park's or an enterprise's."""
    anchor = min(pair.mention.start, pair.quantity.start)
    clause = _clause_start(text, s.start, anchor)
    if has_cue(text[clause:anchor], "entity"):
        return False
    if pair.region is not None:
        return resolve_deictic(ctx, pair.region, anchor)
    near = [r for r in ctx.mentions if s.start <= r.start and r.end <= anchor
            and (not r.deictic or r.start >= clause)]
    if near and group_index >= 0:
        # 广东省、佛山市GDP分别增长5%和5.2%: the i-th region of a coordinated list
        regions = [near[-1]]
        for r in reversed(near[:-1]):
            if text[r.end:regions[0].start] in "、和及与":
                regions.insert(0, r)
            else:
                break
        if len(regions) > 1 and group_index < len(regions):
            near = [regions[group_index]]
    if near:
        r = near[-1]
        if not r.is_region:
            return False if r.start >= clause else ctx.region_at(anchor)
        return resolve_deictic(ctx, r, anchor)
    return ctx.region_at(anchor)


def _group_index(text: str, pair: _Pair, quantities: list[QuantityMatch]) -> int:
    at = text.rfind("分别", pair.mention.end, pair.quantity.start)
    if at < 0:
        return -1
    return sum(1 for o in quantities if at <= o.start < pair.quantity.start
               and o.quantity.unit == pair.quantity.quantity.unit)


# --- the reading -----------------------------------------------------------------------


def _sentences(text: str, start: int, end: int) -> Iterator[Piece]:
    pos = start
    for stop in _FULL_STOP_AT.finditer(text, start, end):
        i = stop.start()
        if text[pos:i].strip():
            yield Piece(pos, i, text[pos:i])
        pos = i + 1
    if text[pos:end].strip():
        yield Piece(pos, end, text[pos:end])


def read_facts(doc: PreparedDocument, profile: Profile) -> Iterator[Goal | Result]:
    """Every fact in ``doc``'s scope, read with ``profile``'s defaults."""
    ctx = context_of(doc)
    if ctx.year is None:
        return
    for reading in _readings(doc, ctx):
        yield _make(doc, ctx, reading, profile)


@frozen
class _Reading:
    """A fact of a sentence, read as far as no profile matters. A profile settles only
    the kind of a sentence whose cues leave it open, and a target's period."""

    pair: _Pair
    measure: Measure
    time: _Time
    year: int
    region: Region | None
    kind: Kind | None      # None: the profile's (or its 【…】 marker's) default
    marker_kind: Kind | None
    modality: Modality
    provenance: Provenance


def _readings(doc: PreparedDocument, ctx: DocContext) -> list[_Reading]:
    """The profile-free readings of ``doc``'s scope, computed once per scope: every style
    extractor chosen for a section reads the same sentences."""
    key = ("readings", doc.scope)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = list(_read_scope(doc, ctx))
    return found  # type: ignore[return-value]


def _read_scope(doc: PreparedDocument, ctx: DocContext) -> Iterator[_Reading]:
    view = ctx.view
    text = view.text
    lo, hi = view.to_view(doc.scope[0]), view.to_view(doc.scope[1])
    carried = _Time()
    for s in _sentences(text, lo, hi):
        if s.start > lo and text[s.start - 1] == "\n":
            carried = _Time()  # a new paragraph forgets the last one's period
        yield from _sentence(doc, ctx, text, s, carried=carried)
        carried = _carry(text, s, carried)


def _carry(text: str, s: Piece, carried: _Time) -> _Time:
    time = carried.copy()
    _update_time(time, s.text)
    return _Time(time.year, time.part, time.months)


def _sentence(doc: PreparedDocument, ctx: DocContext, text: str, s: Piece, *,
              carried: _Time) -> Iterator[_Reading]:
    pairs = _pairs(ctx, text, s)
    quantities = [p.quantity for p in pairs]
    prev_end: dict[int, int] = {}
    for pair in pairs:
        q = pair.quantity
        mid = id(pair.mention.indicator)
        start_of_prefix = _clause_start(text, s.start, pair.mention.start)
        measure = _measure(text, pair, prev_end.get(mid, 0),
                           text[start_of_prefix:pair.mention.start])
        prev_end[mid] = q.end
        if measure is None:
            continue
        if has_cue(text[pair.mention.end:q.start], "distributive") or (
                _AGGREGATE.search(text[s.start:pair.mention.start])):
            continue
        time = carried.copy()
        _update_time(time, text[s.start:q.start])
        year = time.year or ctx.heading_year(q.start) or ctx.year or 0
        if time.part == "last" and time.year is None:
            year = (ctx.year or year) - 1
        region = _region(ctx, text, s, pair, _group_index(text, pair, quantities))
        if region is False:
            continue
        kind, marker_kind, modality = _kind(ctx, text, s, q.start, time=time, year=year)
        start, end = ctx.view.source_span(pair.anchor, pair.quantity.end)
        yield _Reading(pair, measure, time, year, region, kind, marker_kind, modality,
                       doc.provenance(start, end))


def _make(doc: PreparedDocument, ctx: DocContext, r: _Reading,
          profile: Profile) -> Goal | Result:
    kind = r.kind or (r.marker_kind if profile.markers else None) or profile.default_kind
    code, name = (r.region.code, r.region.name) if r.region else (None, "")
    pair = r.pair
    indicator = pair.mention.indicator
    if kind == "target":
        period, per = _target_period(profile, ctx, r.time, r.year, indicator=indicator)
        return Goal(region=code, region_name=name, indicator=indicator.id,
                    measure=r.measure, quantity=pair.quantity.quantity,
                    provenance=r.provenance, period=period, modality=r.modality, per=per)
    return Result(region=code, region_name=name, indicator=indicator.id, measure=r.measure,
                  quantity=pair.quantity.quantity, provenance=r.provenance,
                  period=_result_period(ctx, r.time, r.year))
