"""Pairing, per sentence: which indicator each quantity of the sentence measures.

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
from bisect import bisect_left
from collections.abc import Callable
from functools import cache
from itertools import pairwise

from attrs import evolve, frozen

from plantrack.catalog.regions import DIVISION_SUFFIXES
from plantrack.catalog.resolve import COUNTDOWN, PLACE
from plantrack.datafiles import alternation
from plantrack.extract.context import NAME_JOINS, DocContext, RegionMention
from plantrack.extract.labels import SHARE_OF, find_label, label_before, share_label
from plantrack.extract.lexicon import (
    MOVED_ROLES,
    OTHER,
    IndicatorMention,
    cue_pattern,
    cue_values,
    cues,
    find_counted_names,
    find_cue,
    find_indicators_in,
    has_cue,
    indicator_index,
    per_unit,
    programme_words,
    qualified_before,
    year_on_year_bases,
)
from plantrack.extract.timing import listed_periods
from plantrack.model import MONEY_UNITS, Indicator
from plantrack.text.numbers import parse_number
from plantrack.text.quantities import (
    BARE_LEAD,
    QuantityMatch,
    find_quantities,
    is_index_level,
    measured_alike,
)
from plantrack.text.script import HAN
from plantrack.text.segment import (
    BULLETS,
    CLAUSE_END_AT,
    FULL_STOPS,
    ITEM_MARK,
    LIST_JOINS,
    PART_LEAD,
    SEGMENT_MARKS,
    STOP_AT,
    Span,
    clause_end,
    clause_start,
    past_blanks,
    segment_start,
)
from plantrack.text.years import YEAR, YEAR_NAMED

__all__ = ["LIST_JOINS", "PERIOD_WORDS", "RATE_AFTER", "Pair", "find_pairs",
           "group_words", "item_owner", "listed_after_lead", "listed_index", "listed_run",
           "names_a_goal", "opens_with_rank", "opens_with_region", "part_said", "ranks_by_growth",
           "region_count", "signed_bracket", "target_cues", "topic_pairs"]


_TEXT_UNITS = {"CNY", "USD", "percent", "count", "person", "jin", "ton", "kwh", "m2"}

_ELLIPSIS = re.compile(r"([\u4e00-\u9fff]{2,4})[、和及与]$")  # 城镇和 (农村居民收入)
_ELLIPSIS_REACH = 8  # longer than any match of _ELLIPSIS (4 + 1, and a \n before $)
_HEAD_MIN = 2  # characters of an ellipsis's head (城镇)
# the last character of a region's word before a head (全市, 全国)
_LEVEL_ENDS = frozenset(suffix[-1] for suffix in DIVISION_SUFFIXES) | {"国"}

_INHERIT_PREFIX = 10  # 扣除价格因素实际增长: longer, the clause has a subject of its own


@frozen
class Pair:
    quantity: QuantityMatch  # offsets in the reading text
    mention: IndicatorMention
    anchor: int            # where the quote starts
    region: RegionMention | None = None  # a region named for this quantity alone
    share: bool = False    # 占…比重: the subject named a share, the number is its level
    trailing: bool = False  # 西夏区(13.0%)…地区生产总值增速: the indicator follows


# --- cue scanning ----------------------------------------------------------------------


def _positions(text: str, role: str, start: int, end: int) -> list[tuple[int, str]]:
    return [(start + s, w) for s, _, w in find_cue(text[start:end], role)]


_MODAL_ROLES = ("ensure", "strive", "plan")


@cache
def _any_modal() -> re.Pattern[str]:
    """Any modal word: a span without one has no target cue to read."""
    words = sorted({w for role in _MODAL_ROLES for w in cues(role)}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)")


def target_cues(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Modal words (``ensure``/``strive``/``plan``) not inside a not-target phrase."""
    if _any_modal().search(text, start, end) is None:
        return []  # most spans have none: one scan instead of four
    blocked: set[int] = set()
    for s, e, _ in find_cue(text[start:end], "not_target"):
        blocked.update(range(start + s, start + e))
    for a, b in programme_words(text, start, end):
        blocked.update(range(a, b))  # 启动“六大倍增”计划: a programme's name
    out = []
    for role in _MODAL_ROLES:
        out += [(p, role) for p, _ in _positions(text, role, start, end)
                if p not in blocked and not (role == "plan" and (
                    _disposal(text, p, end) or _goal_compared(text, start, p)))]
    return sorted(out)


@cache
def _goal_comparison_verbs() -> str:
    """低于, 高于, 快于…: the verbs comparing a figure with a goal, as an alternation."""
    return alternation(word for word, _ in cue_values("goal_comparison"))


@cache
def _goal_comparison_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{_goal_comparison_verbs()})[^，,。；;\d]{{0,{_GOAL_COMPARED_REACH}}}$")


_GOAL_COMPARED_REACH = 4  # characters between the verb and the goal (高于年度目标, 低于全年预期)


def _goal_compared(text: str, start: int, at: int) -> bool:
    """高于年度目标增幅5.6个百分点, 分别高于预期目标1.0个百分点: a goal a result is measured
    against is no aim of its own, nor of the figures after it."""
    return _goal_comparison_before().search(
        text, max(start, at - _GOAL_COMPARED_REACH - 2), at) is not None


@cache
def _disposal_verbs() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in cues("disposal_verb")) or "(?!)")


_DISPOSAL_REACH = 12  # characters of 将's object before its verb (将研发支出计入GDP)


def _disposal(text: str, at: int, end: int) -> bool:
    """将 as 把 (将研发支出计入GDP后): it marks an object put somewhere, not the future."""
    if not text.startswith("将", at):
        return False
    stop = CLAUSE_END_AT.search(text, at, min(end, at + 1 + _DISPOSAL_REACH))
    return _disposal_verbs().search(text, at + 2, stop.start() if stop else min(
        end, at + 1 + _DISPOSAL_REACH)) is not None


@cache
def _goal_nouns() -> str:
    """The goal nouns (cue goal_noun: 目标, 预期目标…) as one alternation."""
    return alternation(cues("goal_noun")) or "(?!)"


@cache
def _goal_after() -> re.Pattern[str]:
    nouns = _goal_nouns()
    # (完成8%的年度固定资产投资增长目标: a growth goal may name its indicator first)
    return re.compile(rf"的?[\u4e00-\u9fff]{{0,4}}?(?:{nouns})"
                      rf"|的[^，,。；;！!？?\n]{{2,24}}?(?:增长|增速)(?:{nouns})")


@cache
def _goal_before() -> re.Pattern[str]:
    nouns = _goal_nouns()
    # (比年初目标(6.5%)低2.3个百分点: the goal's figure in brackets after it; 完成年度目标任务
    # “增长6.5%”的98.6%, 年度目标为增长6.5%: the goal's words quoted, its growth word first)
    sets = alternation(cues("goal_set"))
    # (but not 超目标任务5.48亿元, 超过目标任务(…)9.45万人: what overshot it)
    return re.compile(rf"(?:{nouns})(?:值?(?:{sets})?\s*[(（]?|(?:任务)?(?:{sets})?\s*"
                      rf"(?:[“\"]?(?:增长|增速|增幅)(?:{sets})?|[“\"]))$")


_GOAL_REACH = 8  # characters before a number that may hold its goal noun (目标为)


@cache
def _compared_to_goal() -> re.Pattern[str]:
    nouns = _goal_nouns()
    return re.compile(rf"({_goal_comparison_verbs()})[^，,。；;\d]{{0,8}}?(?:{nouns})$")


_GOAL_GAP_REACH = 16  # characters before a figure its comparison with a goal may open


@cache
def _overshot_goal() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(cues('goal_overshoot'))})[^，,。；;\d]{{0,8}}?"
                      rf"(?:{_goal_nouns()})$")


def _gap_to_goal(text: str, s: Span, q: QuantityMatch, quantities: list[QuantityMatch]) -> bool:
    """Whether ``q``, a rate right after a goal its sentence's rate before is compared with,
    cannot be that goal (增长5.8%,低于预期目标3.2%左右: a rate below a goal of 3.2% would be
    no lower than 5.8%): the gap, no figure of its own (but 增长4.2%,低于年初目标6.5%); or
    whether ``q`` is right after a goal overshot (超额完成年度任务2.1亿元): the excess."""
    if _overshot_goal().search(text, max(s.start, q.start - _GOAL_GAP_REACH), q.start):
        return True
    if q.quantity.unit != "percent" or (
            m := _compared_to_goal().search(text, max(s.start, q.start - _GOAL_GAP_REACH),
                                            q.start)) is None:
        return False
    rates = [o for o in quantities if s.start <= o.start and o.end <= m.start()
             and o.quantity.unit == "percent"]
    if not rates:
        return False
    result = rates[-1].quantity.value
    if dict(cue_values("goal_comparison"))[m[1]] == "below":
        return result >= q.quantity.value
    return result <= q.quantity.value


def names_a_goal(text: str, start: int, end: int) -> bool:
    """符合3%左右的预期目标, 低于全年计划调控目标2.5%: the number ``text[start:end]`` right
    before or right after a goal noun is the goal's."""
    return _goal_right_after(text, end) is not None or _goal_before().search(
        text[max(0, start - _GOAL_REACH):start]) is not None


def _goal_right_after(text: str, end: int) -> re.Match[str] | None:
    """The goal noun right after a number ending at ``end`` (增长8%的预期目标), unless a colon
    makes it the label of what follows (GDP增长9%新年小目标:涨8%: the goal is the 8%)."""
    goal = _goal_after().match(text, end)
    return None if goal is None or text.startswith((":", "："), goal.end()) else goal


def _goal_named(text: str, q: QuantityMatch,
                mentions: list[IndicatorMention]) -> IndicatorMention | None:
    """完成8%的年度固定资产投资增长目标: the indicator a goal after its number names."""
    goal = _goal_right_after(text, q.end)
    if goal is None:
        return None
    return next((m for m in mentions if q.end < m.start and m.end <= goal.end()), None)


# --- pairing ---------------------------------------------------------------------------


# and what else may stand between two items' figures: a space, the bracket one closes
_ITEM_JOINS = LIST_JOINS + " )）"


@cache
def _implied_ids() -> dict[str, str]:
    return dict(cue_values("implied"))


@cache
def _implied_goal_ids() -> dict[str, str]:
    return dict(cue_values("implied_goal"))


@cache
def _enterprise_implied_ids() -> dict[str, str]:
    return dict(cue_values("implied_by_enterprises"))


@cache
def _economy_parts() -> tuple[str, ...]:
    return (*cues("economy_part"), *cues("economy_object"))


@cache
def _economy_part_after() -> tuple[str, ...]:
    return tuple(cues("economy_part_after"))


def _implied(text: str, start: int, end: int, indicators: dict[str, Indicator],
             taken: list[IndicatorMention]) -> list[IndicatorMention]:
    """经济 standing for GDP (经济发展…年均增长6%): a mention with no name of its own."""
    ids = _implied_ids()
    out: list[IndicatorMention] = []
    for a, b, word in find_cue(text[start:end], "implied"):
        ind = indicators.get(ids.get(word, ""))
        a, b = start + a, start + b  # noqa: PLW2901 (to reading offsets)
        if qualified_before(text, start, b) or text.startswith(_economy_part_after(), b) or (
                text.endswith(_economy_parts(), start, a)) or text.endswith(
                cues("comparison_lead"), start, a):
            # 数字经济核心产业, 非公有制经济增加值, 工业经济, 对经济增长的贡献; and the yardstick
            # a figure is compared with (收入增长快于经济增速: the income's, no GDP's)
            continue
        if (first := _FIRST_FIGURE.search(text, b, end)) is not None and not first[1]:
            # “流量经济”带动家禽需求回升,家禽出栏823.72万只,同比下降14%: a level of
            # another subject before the rate, whose change the rate is
            continue
        if ind is not None and not any(m.start < b and a < m.end for m in [*taken, *out]):
            out.append(IndicatorMention(a, b, ind, ""))
    by_rate = dict(cue_values("implied_by_rate"))
    for a, b, word in find_cue(text[start:end], "implied_by_rate"):
        ind = indicators.get(by_rate[word])
        a, b = start + a, start + b  # noqa: PLW2901 (to reading offsets)
        if ind is not None and _rate_right_after().match(text, b) and not any(
                m.start < b and a < m.end for m in [*taken, *out]):
            out.append(IndicatorMention(a, b, ind, ""))
    for a, b, word in find_cue(text[start:end], "implied_after"):
        a, b = start + a, start + b  # noqa: PLW2901 (to reading offsets)
        before, _, named = dict(cue_values("implied_after"))[word].partition(">")
        ind = indicators.get(named)
        # (the word opens its clause, right after the other indicator's figures: no name
        # between, 高新技术产业企业26家，增加值下降7.8% is another's)
        last = max((m for m in taken if m.end <= a), key=lambda m: m.end, default=None)
        if ind is not None and a > start and text[a - 1] in _CLAUSE_OPENERS and (
                last is not None and last.indicator.id == before) and _only_figures(
                text[last.end:a - 1]) and not any(
                m.start < b and a < m.end for m in [*taken, *out]):
            out.append(IndicatorMention(a, b, ind, ""))
    return out + _by_enterprises(text, start, end, indicators, taken)


_CLAUSE_OPENERS = ",，;；"  # the marks a clause opens after
# the first figure after a word standing for an indicator, a rate's mark after it or not (a
# year, a month or a quarter is no figure of a subject)
_FIRST_FIGURE = re.compile(r"\d[\d.,]*(?![\d.,]|\s*(?:年|月|季度|-|—|至))(\s*[%％]|\s*个?百分点)?")
_FIGURE_SAID = re.compile(r"[-+−]?\d[\d.,]*\s*(?:%|[万亿]*元)?")


def _only_figures(gap: str) -> bool:
    """Whether ``gap`` holds figures and the words a figure is said with only (179.5亿元,
    同比增长37.6%), no name of another subject."""
    words = [w for w in re.split(r"[，,;；]", _FIGURE_SAID.sub("", gap)) if w.strip()]
    return all(_bare(w) for w in words)


@cache
def _rate_right_after() -> re.Pattern[str]:
    """A growth's words right after a word that stands for an indicator (规上工业同比增长,
    规模工业比上年增长): a year-on-year or base word at most, then the growth's."""
    return re.compile(rf"(?:{year_on_year_bases()})?(?:{alternation(cues('growth'))})")


_ENTERPRISES = "industrial_enterprises_above_scale"
# what a clause before a bare figure's name may speak of for that name to be the enterprises'
# (their count, or one of their figures: 规模以上工业产值同比增长30.3%，增加值增长18.7%)
_ENTERPRISES_SUBJECTS = frozenset({_ENTERPRISES, "industrial_output", "industrial_value_added"})


def _by_enterprises(text: str, start: int, end: int, indicators: dict[str, Indicator],
                    taken: list[IndicatorMention]) -> list[IndicatorMention]:
    """规模以上工业企业793户，增加值增长1.8%: a bare 增加值 (总产值) opening the clause after a
    count of the enterprises above scale or one of their figures (规模以上工业产值同比增长
    30.3%，增加值增长18.7%), or after its verb (实现增加值), is their value added (output);
    and so is one right after their scope and a verb (规模以上工业完成总产
    值731.04亿元)."""
    subjects = [m for m in taken if m.indicator.id in _ENTERPRISES_SUBJECTS]
    ids = _enterprise_implied_ids()
    out: list[IndicatorMention] = []
    for a, b, word in find_cue(text[start:end], "implied_by_enterprises"):
        a, b = start + a, start + b  # noqa: PLW2901 (to reading offsets)
        ind = indicators.get(ids.get(word, ""))
        clause = clause_start(text, start, a)
        before = clause_start(text, start, clause - 1) if clause > start else clause
        lead = text[clause:a]  # nothing, or verbs only (实现)
        after_count = any(before <= m.start < clause for m in subjects) and (
            not lead or _bare(lead))
        # (…规模以上企业实现产值49.45亿元，同比增长3%，实现增加值8.10亿元: a later bare
        # clause of the same sentence goes on about the same enterprises)
        after_scope = _SCOPE_THEN_VERB.search(lead) is not None or (
            bool(lead) and _bare(lead) and _SCOPE_IN.search(text, start, clause) is not None)
        if ind is None or any(m.start < b and a < m.end for m in taken) or not (
                after_count or after_scope):
            continue
        out.append(IndicatorMention(a, b, ind, word))  # a name of its own: levels too
    return out


# where a crop's name may open the clause before a bare 总产 (全年粮食…: after 全年), and
# how long it may be (粮食, 园林水果)
_CROP_AT, _CROP_NAME = 3, 4


def _by_crop_area(ctx: DocContext, text: str, start: int, end: int,
                  taken: list[IndicatorMention]) -> list[IndicatorMention]:
    """粮食播种面积66401亩，比上年增加160亩，产量24154吨: a bare 产量 (总产量) opening a
    clause or a list's item (or after its verb) after a crop's sown or harvested area
    opening an earlier clause of the sentence (or the crop's name opening the clause right
    before: 粮食稳产增收，总产达到58.7亿斤) is that crop's output, when the catalogue names
    it so (粮食产量)."""
    words = find_cue(text[start:end], "implied_by_area")
    if not words:
        return []
    names = _by_name(ctx)
    out: list[IndicatorMention] = []
    for a, b, word in words:
        a, b = start + a, start + b  # noqa: PLW2901 (to reading offsets)
        clause = clause_start(text, start, a)
        # (粮食收获面积38.14万亩、产量14.31万吨: or opening a list's next item)
        clause = max(clause, text.rfind("、", clause, a) + 1)
        if clause == start or (text[clause:a] and not _bare(text[clause:a])) or any(
                m.start < b and a < m.end for m in taken):
            continue
        areas = [start + x for x, _, _ in find_cue(text[start:clause], "crop_area")]
        if areas:
            lead = text[clause_start(text, start, areas[-1]):areas[-1]]
            # (全年粮食播种面积: the crop is the lead's longest ending the catalogue names so)
            indicator = next((ind for at in range(len(lead)) if (ind := names.get(
                lead[at:] + word) or names.get(lead[at:] + "产量")) is not None), None)
        else:
            # (粮食稳产增收，总产达到58.7亿斤: or the crop opening the clause right before)
            opening = text[clause_start(text, start, clause - 1):clause - 1]
            indicator = next((ind for at in range(_CROP_AT) for n in range(
                _CROP_NAME, 1, -1) if (ind := names.get(opening[at:at + n] + "产量")) is not None),
                None)
        if indicator is not None:
            out.append(IndicatorMention(a, b, indicator, word))
    return out


_ITEM_MAX = 4  # characters of a list item that shares the name before it's head (总产值)


def _sharing_a_head(text: str, end: int, by_name: dict[str, Indicator],
                    taken: list[IndicatorMention]) -> list[IndicatorMention]:
    """规模工业增加值、产值同比分别增长7.3%和10.2%: a bare item after a name and a list's
    mark that, after that name's head (规模工业), is another catalogue name is that
    indicator; its figure is not the first's. So is one after the name's own figure and
    the mark (规模工业总产值129.8亿元、增加值41.9亿元)."""
    out: list[IndicatorMention] = []
    for m in taken:
        own = _NAMES_OWN_FIGURE.match(text, m.end, end)
        after = own.end() if own is not None and own.end() > m.end else m.end
        at = after + 1
        if not m.name or after >= end or text[after] not in LIST_JOINS or any(
                t.start <= at < t.end for t in taken):
            continue
        found = next(((n, other) for n in range(_ITEM_MAX, 0, -1) if at + n <= end
                      and _item_ends(text, at + n)
                      for k in range(len(m.name) - 1, 1, -1)
                      if (other := by_name.get(m.name[:k] + text[at:at + n])) is not None
                      and other.id != m.indicator.id), None)
        if found is not None:
            n, other = found
            out.append(IndicatorMention(at, at + n, other, text[at:at + n]))
    return out


# a name's own figure right after it (总产值129.8亿元): its number and unit
_NAMES_OWN_FIGURE = re.compile(r"\d[\d,.]*(?:万亿|亿|万|千)?(?:元|美元|吨|个|家|人|户|项)?")


def _item_ends(text: str, at: int) -> bool:
    """Whether a list item may end at ``at``: no ideograph after it, or a growth's, a
    comparison's or a list's word (分别, 同比, 增长)."""
    return at >= len(text) or not "\u4e00" <= text[at] <= "\u9fff" or text.startswith(
        "分别", at) or text[at] in LIST_JOINS or _bare_words().match(text, at) is not None


def _projects_done(text: str, start: int, m: IndicatorMention) -> bool:
    """推动建设重点项目200个，完成投资200亿元: investment done opening the clause after one
    about projects is theirs, no fixed-asset investment of the region; so is investment
    done after projects its own segment names (推进重点项目73个、完成投资103.7亿元, 重点项目
    全年完成投资142亿元)."""
    if m.name not in cues("investment_done"):
        return False
    if has_cue(text[segment_start(text, start, m.start):m.start], "project_noun"):
        return True
    clause = clause_start(text, start, m.start)
    if clause == start or (text[clause:m.start] and not _bare(text[clause:m.start])):
        return False
    return has_cue(text[clause_start(text, start, clause - 1):clause], "project_noun")


# the scope of the enterprises above scale, then a verb, right before a bare figure's name
# (规模工业企业完成总产值: 规模 alone only before its 工业)
_SCOPE_IN = re.compile(r"(?:(?:规模以上|规上|規模以上|規上)(?:工[业業])?|(?:规模|規模)工[业業])"
                       r"(?:企[业業])?(?:共|累计|累計)?(?:完成|实现|實現)")
_SCOPE_THEN_VERB = re.compile(_SCOPE_IN.pattern + "$")


_ASIDE = re.compile(r"^[(（][^()（）\d]{1,8}[)）]")


def _listed(text: str, prev: IndicatorMention, cur: IndicatorMention,
            quantities: list[QuantityMatch], next_start: int | None = None) -> bool:
    """``prev`` and ``cur`` stand in one list: only a list mark between them, or its
    value too (城镇居民收入44120元、农村居民收入26350元，分别增长…); ``next_start``: where
    the list's item after ``cur`` starts, if one is known."""
    if prev.end >= cur.start:
        return False
    inner = [q for q in quantities if prev.end <= q.start and q.end <= cur.start]
    if not inner:
        # 固定资产投资(不含农户)和…: a name's aside in brackets stands inside the list
        return _ASIDE.sub("", text[prev.end:cur.start]) in LIST_JOINS
    if len(inner) > 1:
        return False
    verbs = text[prev.end:inner[0].start]
    if verbs and not _bare(verbs):
        return False
    after = [q for q in quantities if q.start >= cur.end]
    if len(after) > 1 and not text[cur.end:after[0].start].strip() and (
            text[after[0].end:after[1].start] in LIST_JOINS):
        # GDP 1289亿元、城乡居民人均可支配收入3.1万元和1.13万元: a name with its own list
        # of values right after it is no item of the list before
        return False
    mark = text[inner[0].end:cur.start]
    if mark in ("、", "和", "及", "与"):
        return True
    # 城镇居民收入22331元，农村居民收入8134元，分别增长…: commas, when the list's 分别 comes
    # right after the last name's own value (财政总收入50.8亿元，其中一般预算收入18.8亿元，
    # 分别增长…: a part listed after its whole alike; …，同比分别增长: its basis first)
    # (a longer run: 生产总值91.1亿元,固定资产投资73.55亿元,本级一般公共预算收入7.15亿元,
    # 分别比增…: each item's value before the next item's comma, the last's before 分别; a
    # level's word, 本级, may stand between a comma and its name)
    own = next((q for q in quantities if q.start >= cur.end), None)
    return _COMMA_JOIN.fullmatch(mark) is not None and own is not None and (
        _EACH_AFTER_VALUE.match(text, own.end) is not None or (
            next_start is not None
            and _COMMA_JOIN.fullmatch(text, own.end, next_start) is not None))


_EACH_AFTER_VALUE = re.compile(r"[，,](?:同比|比上年|较上年)?分别")
_QUALIFIER_MAX = 2  # characters of a level's word between a list's mark and the name (地方)
_COMMA_JOIN = re.compile(rf"[，,][\u4e00-\u9fff]{{0,{_QUALIFIER_MAX}}}")


def _group(text: str, mentions: list[IndicatorMention], m: IndicatorMention,
           by_name: dict[str, Indicator],
           quantities: list[QuantityMatch] | None = None) -> list[IndicatorMention]:
    """``m`` and the indicators coordinated before it (A、B / A和B, 城镇、农村居民…)."""
    group = [m]
    i = mentions.index(m)
    cur = m
    while True:
        prev = mentions[i - 1] if i > 0 else None
        if prev is not None and _listed(text, prev, cur, quantities or [],
                                        group[1].start if len(group) > 1 else None):
            group.insert(0, prev)
            cur, i = prev, i - 1
            continue
        # ellipsis: 城镇和农村居民人均可支配收入 = 城镇居民… and 农村居民…
        # only the few characters before the mention can hold the match (at most four
        # names, a mark, a line break): searching from there finds the same one as a
        # search of the whole text before it, which made each call cost the document
        hit = _ELLIPSIS.search(text, max(0, cur.start - _ELLIPSIS_REACH), cur.start)
        if hit and cur.name:
            # the head, or its last characters after a region's word (全市城镇、: 城镇;
            # not 高技术制造业和: 制造业, a part of the indicator named so)
            # (or after an estimate's word: 预计城镇、农村常住居民…)
            found = next(((hit.end(1) - n, head + cur.name[k:], other)
                          for n in range(len(hit[1]), _HEAD_MIN - 1, -1)
                          if n == len(hit[1]) or hit[1][-n - 1] in _LEVEL_ENDS
                          or hit[1][:-n] in cues("estimate")
                          if (head := hit[1][-n:])
                          for k in range(1, len(cur.name))
                          if (other := by_name.get(head + cur.name[k:])) is not None
                          and other.id != cur.indicator.id), None)
            if found is not None:
                at, name, other = found
                group.insert(0, IndicatorMention(at, hit.end(1), other, name))
        join = next((j for j in range(cur.start - 1, max(0, cur.start - 1 - _QUALIFIER_MAX) - 1,
                                      -1) if text[j] in LIST_JOINS), None)
        if len(group) == 1 and join is not None and (
                first := label_before(text, join)) is not None:
            # 财政总收入和地方公共财政预算收入分别达到36.5亿元、24.2亿元: a first item no
            # catalogue name (its own wording) takes its place in the list, a level's word
            # (地方) or two between its mark and the name
            group.insert(0, first)
        if len(group) == 1:
            return _compound(m, by_name, text) or group
        return group


def _compound(m: IndicatorMention, by_name: dict[str, Indicator],
              text: str) -> list[IndicatorMention]:
    """城乡居民人均可支配收入分别…: a compound head (城乡 = 城镇, 农村) names a list, its
    characters also written apart before the name (城、乡居民人均可支配收入), or the word
    right before a name of the whole (城乡居民可支配收入: 城乡 before 居民可支配收入)."""
    for word, parts in cue_values("compound"):
        apart = "、".join(word)
        if m.name.startswith(word):
            rest = m.name[len(word):]
        elif text[max(0, m.start - len(apart)):m.start] == apart or text[
                max(0, m.start - len(word)):m.start] == word:
            rest = m.name
        else:
            continue
        names = [part + rest for part in parts.split("|")]
        found = [by_name.get(name) for name in names]
        if all(found):
            return [IndicatorMention(m.start, m.end, ind, name)
                    for ind, name in zip(found, names, strict=True) if ind is not None]
    return []


# 42886.5亿, 8万亿, 突破千亿, 突破三万亿 with no unit after: a sum of money, in a text that
# drops the 元 (not 千亿级, 过千亿县, 万亿城市: a class of industries or regions); a Chinese
# numeral only after a verb of reaching, where it cannot end a word (统一亿 is no sum)
_BARE_YI = re.compile(rf"(?:(?<![\d.])\d[\d,.]*|{BARE_LEAD}[十百千]?"
                      rf"|{BARE_LEAD}[一二两三四五六七八九][一二两三四五六七八九十百千]*)(?:万亿|亿)"
                      r"(?![元美港欧日英人吨个家户头只辆套件项次亩平立千公度斤瓦笔张册本株级县市区省镇城]|台(?!阶)"
                      r"|的(?:县|市|区|省|城市|地区))")  # (超20亿的县: a class of regions)
_COMPARATOR_REACH = 4  # characters before the number that may hold 突破, 超过, 近


# GDP(亿元):83095.9: a label's unit in brackets, its figure bare after the colon
# (or after spaces, the figure closing its bulleted line: - GDP(亿元) 16.6, a profile's
# row; not 地区生产总值(亿元)425.974246, a value and its ranks run together)
_ROW_BULLETS = "-*–" + BULLETS  # (a dash or an asterisk opens such a row too)
_UNIT_LABELLED = re.compile(r"[(（]([^()（）\d]{1,4})[)）](?:[ \t]*[:：][ \t]*|[ \t]*(?="
                            r"[-+]?\d[\d,]*(?:\.\d+)?[ \t]*$))"
                            r"([-+]?\d[\d,]*(?:\.\d+)?)(?![\d.%‰]|[ \t]*[\u4e00-\u9fff$¥])",
                            re.MULTILINE)


def _unit_labelled(text: str) -> list[QuantityMatch]:
    """The figures in ``text`` written bare after a label that gives their unit in
    brackets (GDP(亿元):83095.9), read in that unit."""
    found = []
    for m in _UNIT_LABELLED.finditer(text):
        if ":" not in m[0] and "：" not in m[0] and text[
                text.rfind("\n", 0, m.start()) + 1:].lstrip()[:1] not in _ROW_BULLETS:
            continue  # (a figure after the bracket alone only on a bulleted row)
        read = [q for q in find_quantities(m[2] + m[1]) if q.start == 0 and q.end == len(
            m[2]) + len(m[1])]
        if read:
            q = read[0]
            found.append(QuantityMatch(q.quantity, m.start(2), m.end(2),
                                       m.start(2) + q.number_start, q.decline))
    return found


# 居民消费价格指数(CPI)为101.6: an index's level on last year = 100 written without its %,
# right after the index's name (its acronym in brackets) and a copula
_BARE_INDEX = re.compile(r"指数(?:[(（][A-Za-z]{2,4}[)）])?(?:为|是|达|[:：])?[ \t]*"
                         r"(\d{2,3}(?:\.\d+)?)(?![\d.%％‰点]|[ \t]*[%％‰点])")


def _bare_indices(text: str) -> list[QuantityMatch]:
    """The index levels in ``text`` written bare after an index's name (居民消费价格指数为
    101.6), near 100: read as if % stood after them."""
    found = []
    for m in _BARE_INDEX.finditer(text):
        read = find_quantities(m[1] + "%")
        if read and read[0].end == len(m[1]) + 1 and is_index_level(read[0].quantity.value):
            found.append(QuantityMatch(read[0].quantity, m.start(1), m.end(1), m.start(1),
                                       read[0].decline))
    return found


def _bare_sums(text: str) -> list[QuantityMatch]:
    """The sums in ``text`` written without 元 (42886.5亿): read as if it stood there."""
    found: list[QuantityMatch] = []
    for m in _BARE_YI.finditer(text):
        head = max(0, m.start() - _COMPARATOR_REACH)
        while head > 0 and text[head - 1] in _NUMBER_CHARS and text[head] in _NUMBER_CHARS:
            head -= 1  # (14.8亿至20亿: not 8亿至20亿, a range cut out of the number before)
        read = [q for q in find_quantities(text[head:m.end()] + "元")
                if q.end == m.end() - head + 1 and q.quantity.unit == "CNY"]
        if read:
            q = read[-1]
            start = head + q.start
            while found and found[-1].start >= start:
                found.pop()  # (a range's low end read before it is the range's: 14.8亿)
            found.append(QuantityMatch(q.quantity, start, m.end(), head + q.number_start,
                                       q.decline))
    return found


_NUMBER_CHARS = frozenset("0123456789.,")


def _sentence_mentions(ctx: DocContext, text: str, s: Span, by_name: dict[str, Indicator],
                       counted: dict[int, IndicatorMention]) -> list[IndicatorMention]:
    """The indicators sentence ``s`` names, in order: the catalogue's names less those
    inside a sector's name, a scope's brackets or a cause, with what a count inside a
    gapped name counts (``counted``) and the names a sentence implies or shares a head
    with."""
    mentions = find_indicators_in(text, ctx.indicators, s.start, s.end)
    # 食品加工业增加值: a catalogue name (工业增加值) inside a sector's name is the sector's
    sectors = [(s.start + a, s.start + b) for a, b, _ in find_cue(s.text, "sector")]
    if sectors:
        mentions = [m for m in mentions if not any(a < m.start < b for a, b in sectors)]
    if counted:
        taken = {m.start for m in mentions}
        mentions += [m for at, m in counted.items() if at not in taken]
    mentions += _implied(text, s.start, s.end, _by_id(ctx), mentions)
    mentions += _by_crop_area(ctx, text, s.start, s.end, mentions)
    mentions += _sharing_a_head(text, s.end, by_name, mentions)
    if has_cue(s.text, "project_noun"):
        mentions = [m for m in mentions if not _projects_done(text, s.start, m)]
    if "含" in s.text or "包括" in s.text:
        # 寒亭区(含经济开发区)270.3亿元: a scope's words in brackets name no indicator
        asides = [(s.start + a.start(), s.start + a.end()) for a in SCOPE_ASIDE.finditer(s.text)]
        mentions = [m for m in mentions if not any(a < m.start < b for a, b in asides)]
    if "影响" in s.text or "下" in s.text or "除" in s.text:
        # 地方公共财政收入受减税降费影响增长2.7%: a cause's words name no indicator
        causes = [(s.start + a.start(), s.start + a.end()) for a in _CAUSE.finditer(s.text)]
        mentions = [m for m in mentions if not any(a < m.start < b for a, b in causes)]
    if "居民" in s.text or "农" in s.text:
        mentions = [_residents_income(ctx, text, s, m) for m in mentions]
    return sorted(mentions, key=lambda m: m.start)


_BARE_INCOME = "人均可支配收入"


def _residents_income(ctx: DocContext, text: str, s: Span, m: IndicatorMention,
                      ) -> IndicatorMention:
    """农村居民各项收入呈增长态势,2016年人均可支配收入9396元: the bare 人均可支配收入 after
    the residents its sentence named (cue role ``income_group``, no other 居民 between) is
    their income; any other mention as it is."""
    if m.name != _BARE_INCOME:
        return m
    groups = [(a, b, word) for a, b, word in find_cue(text[s.start:m.start], "income_group")]
    if not groups:
        return m
    _, end, word = groups[-1]
    if "居民" in text[s.start + end:m.start]:
        return m  # (城镇居民…，全体居民人均可支配收入: another group named after)
    meant = dict(cue_values("income_group"))[word]
    indicator = _by_id(ctx).get(meant)
    return m if indicator is None else IndicatorMention(m.start, m.end, indicator, m.name)


def _counted_pair(text: str, s: Span, q: QuantityMatch, counted: IndicatorMention) -> Pair:
    """集中开工63个重大项目: the count and what it counts after it, quoted from its clause,
    or from its item of a 、 list (开工8个项目、签约10个项目)."""
    clause = clause_start(text, s.start, q.start)
    return Pair(q, counted, max(clause, text.rfind("、", clause, q.start) + 1), trailing=True)


# 受减税降费影响, 受疫情影响: what caused a figure's change, named in passing (not 受…影响的
# 天津, a region the cause describes)
# (or the circumstances a change came under, 在大幅减税降费情况下增长1.5%, or a factor
# taken out of it, 剔除留抵退税因素后同口径增长9.5%)
_CAUSE = re.compile(r"受[^，,。；;\d]{1,16}?影响(?!的)"
                    r"|在[^，,。；;\d]{1,16}?(?:情况|背景|形势|前提)下"
                    r"|(?:剔除|扣除)[^，,。；;\d]{1,16}?因素后?")


def find_pairs(ctx: DocContext, text: str, s: Span) -> list[Pair]:
    # quantities in a unit an indicator is measured in first (a rise in 个百分点 pairs
    # with none): most sentences have none, and then there is nothing to pair
    found = [q for q in find_quantities(text[s.start:s.end]) if q.quantity.unit in _TEXT_UNITS]
    bare = _bare_sums(s.text) if "亿" in s.text else []
    if ":" in s.text or "：" in s.text or ")" in s.text or "）" in s.text:
        bare += _unit_labelled(s.text)
    indices = _bare_indices(s.text) if "指数" in s.text else []
    if bare or indices:
        found = sorted([*found, *bare, *indices], key=lambda q: q.start)
    if not found:
        return []
    by_name = _by_name(ctx)
    # (集中开工63个重大项目, 开工8个项目、签约10个项目: what a count inside a gapped name
    # counts, right after the count, its own whatever the list before it)
    counted = {m.start: m for m in find_counted_names(
        text, ctx.indicators, s.start, s.end)} if "个" in s.text else {}
    mentions = _sentence_mentions(ctx, text, s, by_name, counted)
    quantities = [QuantityMatch(q.quantity, s.start + q.start, s.start + q.end,
                                s.start + q.number_start, q.decline) for q in found]
    # a number inside a name is the name's: 20亿级企业, and a project's size in a
    # qualified one (10亿元以上 in 新开工10亿元以上产业项目)
    quantities = [q for q in quantities
                  if not any(m.start < q.end and q.start < m.end for m in mentions)
                  and not _names_a_class(text, q)]
    mentions = _with_labels(ctx, text, s, mentions, quantities)
    if not mentions and len(quantities) == 1 and (
            card := _card(ctx, text, s, quantities[0])) is not None:
        return [card]
    pairs: list[Pair] = []
    for q in quantities:
        pair = _counted_pair(text, s, q, counted[q.end]) if q.end in counted else _pair_one(
            ctx, text, s, q, mentions=mentions, quantities=quantities, by_name=by_name)
        if pair is not None and bare and pair.mention.indicator.unit != "CNY" and any(
                b.start + s.start == q.start for b in bare):
            continue  # 1.2亿 of a count (人次, 件) left unsaid: read as money only for money
        if pair is not None and q.quantity.unit not in ("percent", "percentage_point") and (
                has_cue(text[clause_start(text, s.start, q.start):q.start],
                        "average_of_parts")):
            continue  # 县均实现GDP42.25亿元: an average of the region's parts, no total
        if pair is not None:
            pairs += _shared(text, pair, mentions, quantities, by_name)
    listed: list[Pair] = []
    if "分别" in s.text:
        paired = {p.quantity.start for p in pairs}
        listed = _carried_list(ctx, text, s, [q for q in quantities if q.start not in paired],
                               quantities=quantities, mentions=mentions)
        pairs += listed
    if ":" in s.text or "：" in s.text:
        # (each item's pair gets its clause's region, the list's words its measure's)
        itemized = {p.quantity.start: p for p in _colon_list(ctx, text, s, quantities,
                                                              mentions=mentions)}
        pairs = [itemized.pop(p.quantity.start, p) for p in pairs] + list(itemized.values())
    if quantities and ("分别" not in s.text or listed) and (not mentions or (
            all(m.indicator.id == OTHER for m in mentions)
            and _region_breakdown().match(text, s.start))):
        # (…分别增长14.9%和10.6%；吴忠市增长9.6%: a list's items carried from the
        # paragraph's indicator, then a region's clause goes on about it too; a breakdown
        # by region goes on even where an item is no region's: 分区域看,禹州市22个项目…;
        # 市直单位9个项目)
        paired = {p.quantity.start for p in pairs}
        rest = [q for q in quantities if q.start not in paired]
        pairs += (_carried_breakdown(ctx, text, s, rest) or _captioned_regions(ctx, text, s, rest)
                  or _carried_ranks(ctx, text, s, rest))
    # 突破1000亿元大关，达到1084.30亿元: the figure reached is the next one
    # (先后跨越700亿元、800亿元: milestones passed one after another, no figure; 反超黑龙江省
    # 759.61亿元: the margin over a region compared with)
    owned = [p for p in _owned(ctx, text, s, quantities, pairs)
             if not _milestone_then_value(text, p.quantity, quantities)
            and not _margin_over(ctx, text, p.quantity)
            and not _on_another_basis(text, p.quantity, quantities)
            and not _SUCCESSIVE_MILESTONES.search(text, clause_start(text, s.start,
                                                                     p.quantity.start),
                                                  p.quantity.start)
            and not _NOT_PASSED.search(text, max(s.start, p.quantity.start - _NOT_PASSED_BACK),
                                       p.quantity.start)]
    return [named for p in owned
            for named in (_members_named(ctx, text, s, p) if _members_bound(text, s, p)
                          else (p,))]


# a region's name, spaces and its figure, the whole line (成都      2968.49亿元)
_REGION_FIGURE_GAP = re.compile(r"[ \t\u3000]*")  # (the reading text drops the spaces)
_CARD_LABEL_MAX = 20  # characters of a card's label line (一般公共预算收入增长第一)
_CARD_LABEL_MARKS = re.compile(r"[\d%，,。；;:：！？!?]")  # a label states no figure


def _card(ctx: DocContext, text: str, s: Span, q: QuantityMatch) -> Pair | None:
    """A ranking told as cards (GDP增速第一 / 阿坝    10.3%): a line of a region's name,
    spaces and one figure, under a short line that names one indicator and states no
    figure, the label of the figure; None for any other line."""
    regions = [r for r in ctx.mentions_starting(s.start, s.end) if r.is_region]
    if (len(regions) != 1 or text[s.start:regions[0].start].strip()
            or _REGION_FIGURE_GAP.fullmatch(text, regions[0].end, q.start) is None
            or text[q.end:s.end].strip()):
        return None
    end = s.start  # the label's end: the last line with text above
    while end > 0 and text[end - 1].isspace():
        end -= 1
    line_start = text.rfind("\n", 0, end) + 1
    label = text[line_start:end].strip()
    if not label or len(label) > _CARD_LABEL_MAX or _CARD_LABEL_MARKS.search(label):
        return None
    named = find_indicators_in(text, ctx.indicators, line_start, end)
    if len(named) != 1:
        return None
    return Pair(q, named[0], named[0].start, regions[0])


def _members_bound(text: str, s: Span, p: Pair) -> bool:
    """Whether ``p``'s figure, no region's in brackets, is in a clause that counts the
    regions it is said of (我国有3座城市经济总量处于3万亿-4万亿之间; 超过2000亿元的市州有6个):
    their shared bound."""
    if p.region is not None:
        return False
    clause = clause_start(text, s.start, p.quantity.start)
    return (_member_count().search(text, clause, p.quantity.start) is not None
            or _member_count_after().match(text, p.quantity.end) is not None)


# how many regions a count names (4市, 十二个省份, 有5个区县): up to three digits or numerals
COUNT_NUMERAL = r"[\d一二两三四五六七八九十]{1,3}"  # a count of regions: 12, 十二, 两


@cache
def _member_count() -> re.Pattern[str]:
    """How many regions there are of a kind (有4座城市, 共有13个省份; the group's words are
    cue region_group's): a clause whose subject they are gives a bound they share
    (经济总量处于2万亿-3万亿之间), no region's own figure."""
    return re.compile(rf"有{COUNT_NUMERAL}[座个]{group_words()}")


@cache
def _member_count_after() -> re.Pattern[str]:
    """The count after the bound it shares (超过2000亿元的市州有6个)."""
    return re.compile(rf"的{group_words()}(?:共|一共|总共)?有{COUNT_NUMERAL}[座个]")


def _members_named(ctx: DocContext, text: str, s: Span, p: Pair) -> list[Pair]:
    """The regions a count sharing ``p``'s bound names right after it (有5个区县经济总量
    超过五千亿，分别为南山区、天河区…和宝安区), each with the bound as its own; none when
    the members go unnamed or a figure stands between (分别为802.3亿元、…)."""
    at = p.quantity.end
    count = _member_count_after().match(text, at)
    if count is not None:
        at = count.end()
    while at < s.end and text[at] in "，,":
        at += 1
    naming = next((w for w in cues("members_named") if text.startswith(w, at)), None)
    if naming is None:
        return []
    regions = [r for r in ctx.mentions_starting(at + len(naming), s.end)
               if r.is_region and not r.deictic]
    if not regions or regions[0].start != at + len(naming):
        return []
    return [Pair(p.quantity, p.mention, p.anchor, r)
            for r in listed_run(text, regions, NAME_JOINS, first=True)]


_MILESTONE_WORDS = "大关|大關|关口|關口|台阶|臺階"
# milestones passed one after another (先后跨越700亿元、800亿元, 相继突破…): round marks, the
# figures after such a verb in its clause are none of the indicator's values
_SUCCESSIVE_MILESTONES = re.compile(
    r"(?:先后|相继|接连|連續|连续|先後|相繼|接連)(?:(?:跨越|跨过|突破|迈上|迈过|越过|站上|跨上|邁上)"
    r"[^，,。；;：:]*)?$")  # (the verb may be the first figure's comparator: 跨越700亿元)
# a mark not passed (还未突破过10亿美元, 尚未超过, 从未达到): the figure is no value reached
_NOT_PASSED = re.compile(r"(?:未|没有|沒有|未曾|從未|从未)"
                         r"(?:突破|超过|超過|达到|達到|跨过|跨過|跨越)过?[约近]?$")
_NOT_PASSED_BACK = 8  # characters before the figure the negated verb stands in
_MILESTONE = re.compile(_MILESTONE_WORDS)
# a mark, or a list of marks, the milestone word closing them (3000亿元台阶; 、1000亿元和
# 300亿元台阶: a mark's unit and the list's later marks, then the word)
_MILESTONE_LIST = re.compile(r"(?:[、和及与]\s*\d[\d.,]*\s*(?:万亿|亿|万)?\s*(?:元|美元)?)*"
                             rf"\s*(?:{_MILESTONE_WORDS})")
_STATEMENT_END = re.compile(f"[{FULL_STOPS}\n{SEGMENT_MARKS}]")  # a sentence's, a segment's
# a place in a ranking closing a clause (为省内最高，; 居全省第一，), the figure alone after it
_RANKED_BEFORE = re.compile(r"(?:最高|最低|最多|最少|最快|最慢|之首|首位|末位"
                            r"|第[一二三四五六七八九十\d]{1,2}位?)[，,]$")
_RANKED_BACK = 6  # characters before a figure's clause the place's word ends in
_MILESTONE_BACK = 4  # characters before a clause where the milestone word ends (台阶，)
# the milestone, then only a verb before the figure that passed it (大关，达到; 迈上千亿
# 台阶，接近1300亿元)
_MILESTONE_GAP = re.compile(rf"(?:{_MILESTONE_WORDS})[，,、]?"
                            r"(?:达到|達到|实现|實現|为|為|达|達|至|接近|超过|超過)?")


def _on_another_basis(text: str, q: QuantityMatch, quantities: list[QuantityMatch]) -> bool:
    """``q`` stands in a bracket right after another figure and the bracket says it is
    counted on another basis (增长6.5%(按同口径计算增长12.8%)): the same change restated,
    not a second one."""
    opening = max(text.rfind("(", 0, q.start), text.rfind("（", 0, q.start))
    if opening < 0 or not has_cue(text[opening:q.start], "other_basis"):
        return False
    return any(o.end == opening for o in quantities) and not any(
        c in text[opening:q.start] for c in ")）")


# a verb of overtaking or leading (反超黑龙江省759.61亿元, 领先第二名200亿元)
_OVERTAKE = re.compile(r"(?:反超|超过|超越|超出|领先|高出|多出|落后|落后于)$")


def _margin_over(ctx: DocContext, text: str, q: QuantityMatch) -> bool:
    """``q`` stands right after a region that a verb of overtaking names (反超黑龙江省
    759.61亿元): the margin between the two, no level of either."""
    named = [r for r in ctx.mentions_starting(max(0, q.start - _REGION_NAME_MAX), q.start)
             if r.end == q.start and r.is_region]
    return bool(named) and _OVERTAKE.search(text, 0, named[-1].start) is not None


_REGION_NAME_MAX = 12  # characters of a region's name, at most


# the verb before a figure reached (，达到了58094万元)
_REACHING = r"(?:达到|達到|达|達|为|為)了?"
_PASSED_THEN = re.compile(rf"[，,]?(?:{_REACHING}|至了?)")


def _milestone_then_value(text: str, q: QuantityMatch, quantities: list[QuantityMatch],
                          ) -> bool:
    """Whether ``q`` is a milestone passed (突破1000亿元大关) whose exact figure the
    next clause gives in the same unit (，达到1084.30亿元)."""
    if (marks := _MILESTONE_LIST.match(text, q.end)) is not None and any(
            o.start > marks.end() and o.quantity.unit == q.quantity.unit
            and o.quantity.comparator == "=" and o.quantity.value >= q.quantity.value
            and not _STATEMENT_END.search(text, marks.end(), o.start)
            and _same_year(text, q, marks.end(), o) for o in quantities):
        # 迈上3000亿元台阶,由2012年的2199.9亿元增加到2016年的3100.87亿元; 分别迈上2000亿元、
        # 1000亿元和300亿元台阶,分别达到2317.4亿元、…: round marks, the figures past them
        # given later in the statement
        return True
    after = next((o for o in quantities if o.start > q.end), None)
    if after is None or after.quantity.unit != q.quantity.unit:
        return False
    if _MILESTONE.match(text, q.end):
        return _MILESTONE_GAP.fullmatch(text, q.end, after.start) is not None
    # 突破2000亿元，达2085亿元: a mark passed, then the figure past it, said right after
    if q.quantity.comparator == "<" and after.quantity.comparator == "=" and (
            after.quantity.value < q.quantity.value):
        # 虽未达千亿,却也是相距不远,达到了931.96亿元: a mark not reached, then the figure
        return _SHORT_OF_THEN.fullmatch(text, q.end, after.start) is not None
    return q.quantity.comparator == ">" and after.quantity.comparator == "=" and (
        after.quantity.value > q.quantity.value) and (
        _PASSED_THEN.fullmatch(text, q.end, after.start) is not None)


def _same_year(text: str, mark: QuantityMatch, mark_end: int, figure: QuantityMatch) -> bool:
    """Whether a year the mark's clause names is the only one named up to the figure (自
    2012年迈上2万亿元台阶,2015年达到2.9万亿元: two years, a mark each)."""
    named = set(YEAR_NAMED.findall(text, clause_start(text, 0, mark.start), mark.start))
    return not named or set(YEAR_NAMED.findall(text, mark_end, figure.start)) <= named


# (…,却也是相距不远,达到了: a clause or two of words between a mark and the figure)
_SHORT_OF_THEN = re.compile(rf"(?:[，,][^，,。；;\d]{{0,8}}){{1,2}}?{_REACHING}")


@cache
def _regions_word() -> str:
    """The words a text calls its regions by together (省份, 省区市, 地市, 县市区: cue
    region_group's words of two characters or more), as a regex group."""
    return f"(?:{alternation(w for w in cues('region_group') if len(w) > 1)})"


@cache
def region_count() -> re.Pattern[str]:
    """成都、德阳、眉山、资阳4市, 南京、苏州、无锡、南通四市, 12个省区市: a count of the
    regions just listed."""
    return re.compile(
        rf"{COUNT_NUMERAL}[个座]?(?:{_regions_word()}|[省市县区州地])")


# a count each of the regions listed before it has (杭州和宁波各新增4家): its words, and
# them right before the count
_EACH_COUNTED_WORDS = r"各(?:新增|增加|净增|有)了?"
_EACH_COUNTED = re.compile(_EACH_COUNTED_WORDS + "$")
_EACH_REACH = 4  # characters of _EACH_COUNTED's longest match (各净增了)
# a rate's names and the words that rank regions by it (涨幅最高, 增速较快)
_RATE_NAMES = "涨幅|增幅|增速"
_RANKED_BY = "(?:高|低|快|慢|大|小)"
# what gives a counted group's figure to each of its regions (两市GDP均增长8%, 三地区…分别
# 下降, 各有), not to the group (not 平均, 年均, 人均: an average)
_GIVEN_EACH = re.compile(r"(?<![平年人])均|都|各|分别")


def given_each(said: str) -> bool:
    """Whether ``said``, the words between a counted group of regions (三市) and a figure,
    give the figure to each of them (均, 都, 各, 分别) rather than to the group."""
    return _GIVEN_EACH.search(said) is not None


# what stands between regions and the rate they aim at (南阳市的目标比较靠前，为“增长11%,
# 周口市、新乡市，预期目标为“增长7.5%以上, …济源等地的目标一致，均是“增长7%) or reached
# (渝北和长寿增速超过或达到7%, …彭水等区县的增速均在6%及以上)
# (…四川、贵州12个省区市目标同时锚定6%: their count without 等, and the verb that sets it)
@cache
def _owned_gap() -> re.Pattern[str]:
    return re.compile(
        rf"(?:等地|等?{region_count().pattern}|等[区县市]{{1,3}})?(?:"
        r"[,，]?其?的?(?:预期|增长)?目标"
        r"(?:一致)?[^,，。；;:：\d“”\"]{0,6}[,，]?(?:均|都|也)?(?:是|为|锚定在?|设定?[在为]|定[在为])"
        r"[“\"]?(?:增长)?"
        r"|的?(?:增速|增幅)(?:均|都|也)?(?:在|为|是|达到)?"
        # (江西、新疆为7%左右: regions side by side, their shared rate after a copula; 濮阳、
        # 漯河则是7%以上, after another's; a ranking's tie, …最低的是北京、上海,为1.2%, 北京、
        # 新疆涨幅较小,为1.6%, after a comma)
        rf"|(?:的?(?:{_RATE_NAMES})(?:较|最)?{_RANKED_BY})?[,，]?(?:均|都|也|则)?"
        r"(?:为|是|达到?)"
        # (潍坊、淄博、济宁、临沂,均超2000亿元: a bound each of them passed; 杭州和宁波各新增
        # 4家: a count each of them has)
        rf"|[,，]?(?:均|都)|{_EACH_COUNTED_WORDS})")


@cache
def _owned_after() -> re.Pattern[str]:
    """What stands between a rate and the regions it names after (“增长8%以上”的地市有
    郑州、周口; a ranking's ties, 并列第三12%的有天津、吉林)."""
    return re.compile(
        rf"[”\")）]?的(?:(?:{_regions_word()}|市|县|区)(?:有|是|为|為|包括)|有|为|為)[:：]?")


# a region's scope, in brackets after its name (寒亭区(含经济开发区), 綦江(不含万盛),
# 全市(含宁波杭州湾新区,下同))
SCOPE_ASIDE = re.compile(
    r"[(（](?:含|包括|包含|不含|不包括)[^()（）,，。;；\n]{1,12}(?:[,，]下同)?[)）]")


def _owned(ctx: DocContext, text: str, s: Span, quantities: list[QuantityMatch],
           pairs: list[Pair]) -> list[Pair]:
    """``pairs`` with each rate a list of regions aims at (濮阳、漯河、三门峡、信阳的预期
    目标是“增长7%以上”) made that rate of each of them, of the indicator its sentence
    pairs it with, or else the one named last before (单从GDP增长目标来看，…): a
    comparison of regions' targets."""
    by_quantity = {p.quantity.start: p for p in pairs}
    out: list[Pair] = []
    done: set[int] = set()
    for q in quantities:
        owners = _owners(ctx, text, s, q) if (
            q.quantity.unit == "percent" or q.quantity.comparator in _BOUNDS
            or _EACH_COUNTED.search(text, max(0, q.start - _EACH_REACH), q.start)) else []
        pair = by_quantity.get(q.start)
        if not owners and pair is not None and (pair.region is None or (
                "分别" not in text[pair.mention.end:q.start])):
            # (遂昌县、庆元县GDP均增长5.9%: the rate's region the list's last, its own too;
            # not 天津和广州GDP也都超过七百亿元，分别完成…: 分别 gives each its own)
            owners = _sharing(ctx, text, s, pair)
            if pair.region is not None and owners and owners[-1] != pair.region:
                owners = []
        if not owners or (pair is not None and pair.region is not None
                          and pair.region not in owners):
            continue
        # (…12个省区市目标同时锚定6%,不过表述略有差异,重庆为6%以上: one named again after
        # the shared rate with its own wording has its own)
        listed = {r.start for r in owners}
        again = {r.region.code for r in ctx.mentions_starting(q.end, s.end)
                 if r.is_region and not r.deictic and r.start not in listed}
        owners = [r for r in owners if r.region.code not in again]
        if not owners:
            continue
        if pair is None:
            # the rate's clause opens at the list (濮阳、漯河…的目标是) or at the rate
            # (增长8%以上的地市有郑州、周口)
            at = owners[0].start if owners[0].start < q.start else clause_start(
                text, s.start, q.start)
            named = _topic_before(ctx, text, at, s.start)
            if named is None:
                continue
            pair = Pair(q, IndicatorMention(at, at, named.indicator, named.name), at)
            if _names_its_rate(text, named) and not has_cue(text[at:q.start], "growth"):
                # (…的地区生产总值增长目标。…并列第三12%的有天津、吉林: the rate of the
                # indicator named with its growth word, the words after it)
                pair = Pair(q, named, at, trailing=True)
        out += [evolve(pair, region=r, anchor=min(pair.anchor, r.start)) for r in owners]
        done.add(q.start)
    return [p for p in pairs if p.quantity.start not in done] + out


def _first_one_by_one(text: str, lo: int, hi: int) -> int:
    """Where the first word that gives values one by one (cue one_by_one: 分别, 各有) in
    ``text[lo:hi]`` starts, else -1."""
    found = [at for word in cues("one_by_one") if (at := text.find(word, lo, hi)) >= 0]
    return min(found, default=-1)


def last_distributive(text: str, lo: int, hi: int) -> int:
    """Where the last 分别 (or 各有, or a ranking's 依次: 依次是513.57亿元和442.40亿元) in
    ``text[lo:hi]`` starts, else -1."""
    return max(text.rfind(word, lo, hi) for word in (*cues("one_by_one"), "依次"))


def _owners(ctx: DocContext, text: str, s: Span, q: QuantityMatch) -> list[RegionMention]:
    """The regions listed right before ``q`` whose target (or rate) it is, or listed
    right after it as the ones that have it."""
    regions = [r for r in ctx.mentions_starting(s.start, s.end)
               if r.is_region and not r.deictic]
    before = [r for r in regions if r.end <= q.start]
    # (up to the quantity, whose comparator words, 超过或达到, are its own)
    # (宝安、龙岗下降幅度要达到21%: a decline's words are the figure's own, nothing between)
    if before and ((q.decline and before[-1].end == q.start)
                   or _owned_gap().fullmatch(text, before[-1].end, q.start) is not None):
        return listed_run(text, before, NAME_JOINS)
    gap = _owned_after().match(text, q.end)
    after = [r for r in regions if gap is not None and r.start >= gap.end()]
    if not after or gap is None or after[0].start != gap.end():
        return []
    return listed_run(text, after, NAME_JOINS, first=True)


_BOUNDS = (">", ">=", "<", "<=")


def _sharing(ctx: DocContext, text: str, s: Span, pair: Pair) -> list[RegionMention]:
    """The regions listed right before an indicator whose figure each of them has (常德市、
    衡阳市、株洲市GDP均超过2000亿元: a 均 or 都 between the indicator and its number, or a
    bound after it)."""
    between = text[pair.mention.end:pair.quantity.number_start]
    # (均增长5.9%, 都下降: each region's own change; not 年均增长, an average over years;
    # a bound the list passed, 苏州、南京、无锡的地区生产总值率先破万亿, each one's too, but
    # not a sum's, 两市GDP合计超过)
    # (天津、上海、江苏等省市单位GDP能耗要下降18%: a rate, no sum's, is each one's too)
    if not has_cue(between, "distributive") and not between.startswith(
            cues("each_changed")) and (
            (pair.quantity.quantity.comparator not in _BOUNDS
             and pair.quantity.quantity.unit != "percent")
            or has_cue(between, "group_total")):
        return []
    # (what may stand between the regions and the indicator: 江苏将今年GDP增速目标)
    # (南京、苏州、无锡、南通四市的地区生产总值: their count between them and it)
    count = _group_count().search(text, s.start, pair.mention.start)
    if count is not None and not given_each(between):
        return []  # (长沙、岳阳、郴州三市进出口…,增长23.8%: the counted group's own rate)
    return _listed_before(ctx, text, s.start,
                          count.start() if count else pair.mention.start, gap=_sharing_gap())


@cache
def _sharing_gap() -> re.Pattern[str]:
    """What may stand between regions listed and the indicator they share: the words of
    ``sharing_gap`` in a row, and a year after 将 (许昌等市也将2023年GDP增速目标; not
    白银市2025年GDP总值均在800亿上下, a figure each may have near another's)."""
    return re.compile(rf"(?:{alternation(cues('sharing_gap'))}|将{YEAR} ?年)*")


@cache
def _group_count() -> re.Pattern[str]:
    """成都、德阳、眉山、资阳4市, 南昌县、西湖区等3个县区: a count of the regions just
    listed, at the name or before what may stand between (长沙、邵阳两个市州新增…)."""
    return re.compile(rf"等?{region_count().pattern}的?(?={_sharing_gap().pattern}$)")


def _listed_before(ctx: DocContext, text: str, lo: int, at: int, *,
                   gap: re.Pattern[str]) -> list[RegionMention]:
    """The regions listed (two or more) from ``lo`` on that end right before ``at``, what
    ``gap`` matches whole between the last and it (常德市、衡阳市GDP, 南京和武汉的GDP);
    else empty."""
    before = [r for r in ctx.mentions_starting(lo, at)
              if r.is_region and not r.deictic and r.end <= at]
    if not before or gap.fullmatch(text, before[-1].end, at) is None:
        return []
    run = listed_run(text, before, NAME_JOINS)
    return run if len(run) > 1 else []


def _topic_before(ctx: DocContext, text: str, at: int, since: int | None = None,
                  ) -> IndicatorMention | None:
    """The catalogue indicator named last before ``at``, at most :data:`_CARRY_BACK`
    characters back from ``since`` (the sentence's start; else ``at``), across lines (a
    topic sentence above a paragraph of regions)."""
    lo = max(0, min(at, since if since is not None else at) - _CARRY_BACK)
    every = find_indicators_in(text, ctx.indicators, lo, at)
    if every and every[-1].indicator.id == OTHER:
        # (…万元地区GDP能耗…。万元地区GDP电耗…,青海、甘肃以10.29%、9.93%的降低率: the
        # wording named last, a measure the catalogue lacks, is the topic, no name before)
        return None
    named = [m for m in every if m.indicator.id != OTHER]
    if named:
        return named[-1]
    # (2026年经济成长率目标…。海南为6%左右: a growth target said of the economy, no
    # indicator's name in it, is the GDP's)
    goals = find_cue(text[lo:at], "implied_goal")
    if not goals:
        return None
    a, b, word = goals[-1]
    ind = _by_id(ctx).get(_implied_goal_ids()[word])
    # (the mention stops before 目标, which then says its rates are goals)
    return IndicatorMention(lo + a, lo + b - len(_GOAL_WORD), ind, "") if (
        ind is not None) else None


_GOAL_WORD = "目标"  # what each implied_goal cue ends with


# a part of the year a figure is of (一季度, 1-5月, 前三个月), or the whole (全年)
PART_OF_YEAR = (r"(?:[一二三四]季度|前三季度|上半年|下半年|全年|(?:1[0-2]|[1-9])月份?"
                r"|1[-至~](?:1[0-2]|[1-9])月|前(?:[1-9]|1[01]|[一二三四五六七八九十]{1,2})个?月)")
# a part as a stage its figures went through, a clause of its own (增长速度一季度为10.7%，
# 上半年为11%; …5.2%，到上半年的7.5%、前三季度的7.2%，再到全年的6.9%)
PART_STAGE = rf"(?:[再又]?到)?{PART_OF_YEAR}(?:为|是|达到?|的)?"


@cache
def _bare_period_growth() -> re.Pattern[str]:
    """A clause of a period and a growth verb alone (一季度增长13.3%, 9月份我省增长15.2%,
    上半年同比下降2%, 10月当月增加值增长5.6%): figures of a subject named before; group
    ``head``: words that may restate the end of the subject's name (增加值)."""
    own = alternation(cues("period_alone"))
    return re.compile(
        rf"(?:其中)?{PART_OF_YEAR}(?:{own})?(?P<head>[^\W\d]{{0,4}}?)"
        r"(?:我省|我市|我区|我县|全省|全市|全区|全县)?(?:同比|比上年|比去年同期)?(?:增长|下降)")


def _bare_period_of(text: str, clause: int, verb_end: int, topic: IndicatorMention) -> bool:
    """Whether ``text[clause:verb_end]`` is a bare period's clause of ``topic``, any word
    in it restating the end of the topic's name (当月增加值 after 工业增加值)."""
    bare = _bare_period_growth().fullmatch(text, clause, verb_end)
    return bare is not None and (not bare["head"] or (
        len(bare["head"]) > 1 and topic.name.endswith(bare["head"])))


# after a sentence that opens with a price basis (按可比价计算，同比增长7.9%, or in one
# clause, 按可比价格计算增长9.0%): the growth alone, the basis its period's stand-in
_BARE_GROWTH = re.compile(r"(?:同比|比上年|比去年同期)?(?:增长|下降)")




# an item of a list, one a paragraph: its rank (1., Top1, NO.1) if any, a region's name
# and its figure after a colon or comma or in brackets (肥东县:703.4亿元。…, Top2洛阳,
# 2159.31亿元,…, 甘肃(6.5%)、天津(6.5%)…)
# (a numbered item may run its figure on after the name: 1、上海市3.44万亿元)
_ITEM_OPENING = re.compile(rf"\s*(?:(?P<num>{COUNTDOWN}[.、．:：]?\s*"
                           r"|\d{1,3}[.、．]\s*)|[-–—•·●▪■◆*][ \t]*)?"
                           r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?:[:：,，]\s*|[(（]|(?(num)|(?!)))"
                           r"(?=[-+]?\d)")


# 第四名,及以后分别是巴音郭楞976亿元;阿克苏914亿元: a paragraph going on with a ranking's
# later places, its first a region and its figure right after the places' words
_RANK_GOES_ON = re.compile(rf"\s*{PLACE}[名位][^。；;\n\d]{{0,10}}?"
                           r"(?:分别|依次)[是为]?[:：]?\s*(?P<name>[\u4e00-\u9fff]{2,12}?)"
                           r"(?:[:：,，]\s*|[(（])?(?=[-+]?\d)")


def item_owner(ctx: DocContext, text: str, s: Span) -> RegionMention | None:
    """The region whose figure sentence ``s`` opens with, as an item of a list does
    (肥东县:703.4亿元), else None."""
    found = _item(ctx, text, s)
    return found[0] if found is not None else None


# 河南:高出全国平均水平1到2个百分点: a region and a colon opening a line, whatever follows
_REGION_COLON = re.compile(r"\s*(?P<name>[\u4e00-\u9fff]{2,12}?)[:：]")


def opens_with_region(ctx: DocContext, text: str, s: Span) -> bool:
    """Whether sentence ``s`` opens with a region's name and a colon, as a list's item
    does, whether or not a figure follows (河南:高出全国平均水平1到2个百分点)."""
    m = _REGION_COLON.match(text, s.start, s.end)
    return m is not None and _region_named(ctx, m) is not None


# a lead-in's colon, a list's first item after it (…榜单:1.广东(…)
_LEAD_BREAK = re.compile(r"[:：]\s*")


def listed_after_lead(ctx: DocContext, text: str, s: Span) -> int | None:
    """Where the list a lead-in opens inside sentence ``s`` starts (…省份榜单:1.广东
    (13851.3亿元 …)、2.…), its first item a region's figure; else None."""
    if ":" not in s.text and "：" not in s.text:
        return None
    key = ("list after its lead-in", s.start, s.end)  # (asked by the reading and its pairs)
    if key not in ctx.memo:
        ctx.memo[key] = next((m.end() for m in _LEAD_BREAK.finditer(text, s.start, s.end)
                              if _item(ctx, text, Span(m.end(), s.end, text[m.end():s.end]))
                              is not None), None)
    found = ctx.memo[key]
    assert found is None or isinstance(found, int)
    return found


def _item(ctx: DocContext, text: str, s: Span) -> tuple[RegionMention, int] | None:
    """:func:`item_owner`'s region, and where its figure starts."""
    m = _ITEM_OPENING.match(text, s.start, s.end) or _RANK_GOES_ON.match(text, s.start, s.end)
    if m is None:
        return None
    owner = _region_named(ctx, m)
    return (owner, m.end()) if owner is not None else None


def _region_named(ctx: DocContext, m: re.Match[str]) -> RegionMention | None:
    """The region whose name is the whole of ``m``'s group ``name``, else None."""
    return next((r for r in ctx.mentions_starting(m.start("name"), m.end("name"))
                 if r.is_region and r.end == m.end("name")), None)


def topic_pairs(ctx: DocContext, text: str, s: Span, before: Span) -> list[Pair]:
    """一季度后，全省工业增速一直保持13%以上。一季度增长13.3%，上半年增长13.6%: a sentence
    of bare period-and-growth clauses (or a price basis and a growth: 按可比价计算，同比
    增长7.9%), naming no indicator, goes on about the one the sentence ``before`` it in
    its paragraph named alone (its topic). Empty otherwise."""
    found = [q for q in find_quantities(s.text) if q.quantity.unit in _TEXT_UNITS]
    breakdown = text.startswith(cues("period_breakdown"), s.start)
    if found and (own := find_indicators_in(text, ctx.indicators, s.start, s.end)):
        if not breakdown:
            return []
        # (分季度看，一季度同比增长16.1%，…，人均生产总值97586元: the quarters' clauses
        # before a name the sentence goes on to)
        found = [q for q in found if s.start + q.end <= own[0].start]
    if not found:
        return []
    named = _named(ctx, text, before.start, before.end)
    if breakdown and (
            whole := _paragraph_indicator(ctx, text, s.start, first=True)) is not None:
        topic = whole  # 分季度看: the whole its paragraph opened with, not its parts
    elif len({m.indicator.id for m in named}) != 1:
        return []
    else:
        topic = named[-1]
    # (rates, and figures in the topic's unit: sums, or 6254个 of a count; not 296.69亿元
    # of 内联引资 after a topic in dollars)
    found = [q for q in found if q.quantity.unit in ("percent", topic.indicator.unit)]
    pairs = []
    spans = [(s.start + f.start, s.start + f.end) for f in found]
    listed = listed_after_lead(ctx, text, s)
    item, figure_at = _item(ctx, text, s if listed is None else Span(
        listed, s.end, text[listed:s.end])) or (None, -1)
    for q in found:
        at = s.start + q.start
        clause = clause_start(text, s.start, at)
        # (一季度同比下降3.6%: a decline's match opens with its verb, which the bare
        # clause's pattern reads itself)
        verb_end = s.start + q.number_start
        match = QuantityMatch(q.quantity, at, s.start + q.end, s.start + q.number_start,
                              q.decline)
        if q.quantity.unit in (topic.indicator.unit, "percent") and (
                ordered := _ordered_owner(ctx, text, s, match, spans)) is not None:
            # 华阴市、华州区、富平县和临渭区依次为5805元、5389元…: the i-th region's
            pairs.append(Pair(match, topic, ordered.start, ordered))
            continue
        if item is not None and q.quantity.unit in (topic.indicator.unit, "percent"):
            # 肥东县:703.4亿元 under 安徽2020年GDP最高的十个县域分别是: the item's figure,
            # of the indicator its lead-in names; and each later item's in brackets
            # (甘肃(6.5%)、天津(6.5%)、…: a list the paragraph above began)
            # (宁波市:1.11万亿元,同比增长6.8%: and the bare growth after the item's figure)
            owner = item if at == figure_at or (
                figure_at < clause and _BARE_GROWTH.fullmatch(text, clause, verb_end)) else (
                _bracket_owner(ctx, text, s, match) or _led_item(ctx, text, s, match))
            if owner is not None:
                pairs.append(Pair(match, topic, owner.start, owner))
            continue
        if q.quantity.unit != "percent":
            # 全省地区生产总值29401.7亿元。13个设区市中，苏州(5186.64亿元)、南京(…)居前:
            # the regions' bracketed figures of the indicator before
            owner = _bracket_owner(ctx, text, s, match) or _ranked_owner(ctx, text, s, match)
            if owner is not None:
                pairs.append(Pair(match, topic, owner.start, owner))
        elif (q.quantity.unit == "percent" and "分别" in text[s.start:at]
              and (owner := _bracket_owner(ctx, text, s, match)) is not None
              and not owner.deictic and owner.is_region):
            # …增长4.5%。有13个省份高于全国,分别是吉林(8.2%)、宁夏(7.5%): the regions'
            # bracketed rates after 分别, of the indicator before
            pairs.append(Pair(match, topic, owner.start, owner))
        elif _bare_period_of(text, clause, verb_end, topic) or (
                clause > s.start and _BARE_GROWTH.fullmatch(text, clause, verb_end)
                and _price_basis().fullmatch(text, s.start, clause - 1)) or (
                # (按可比价格计算增长9.0%: the basis and the growth in one clause)
                clause == s.start and (basis := _price_basis().match(text, s.start, verb_end))
                and _BARE_GROWTH.fullmatch(text, basis.end(), verb_end)):
            pairs.append(Pair(QuantityMatch(q.quantity, at, s.start + q.end,
                                            s.start + q.number_start, q.decline),
                              topic, topic.start))
    return pairs


# 依次为, 分别是: the list of figures after it is of the regions listed before it
_ORDER = r"(?:依次|分别)"
_ORDER_WORD = re.compile(_ORDER + r"(?:为|是|為)?[:：]?")
_ITEM_GAP = re.compile(r"[、和及与,，]?")


def _ordered_owner(ctx: DocContext, text: str, s: Span, q: QuantityMatch,
                   quantities: list[tuple[int, int]]) -> RegionMention | None:
    """The region whose figure ``q`` is in a list of figures after 依次为 or 分别为 that
    answers the regions listed right before it in its sentence (华阴市、华州区和临渭区依次为
    5805元、5389元和5166元), by their order; None when ``q`` is in no such first list."""
    order = None
    for m in _ORDER_WORD.finditer(text, s.start, q.start):
        order = m
    if order is None:
        return None
    # (``quantities``: the sentence's figures, (start, end) in the text, in order)
    figures = [(a, b) for a, b in quantities if order.end() <= a and b <= q.end]
    at = order.end()
    for a, b in figures:  # the list runs from the order word to q, figures and joins only
        if _ITEM_GAP.fullmatch(text, at, a) is None:
            return None
        at = b
    if not figures or at != q.end:
        return None
    regions = listed_run(text, [r for r in ctx.mentions_starting(s.start, order.start())
                                if r.is_region and not r.deictic and r.end <= order.start()])
    index = len(figures) - 1
    return regions[index] if len(regions) > 1 and index < len(regions) else None


# a place in a ranking before its region (第三为烟台3918.38亿元, 第二是济南，5198.75亿元)
_RANK_LED = re.compile(rf"\s*{PLACE}[名位]?(?:的是|是|为|為)\s*")


def opens_with_rank(text: str, at: int) -> bool:
    """Whether a ranking's place opens the sentence at ``at`` (第二是济南，…)."""
    return _RANK_LED.match(text, at) is not None


def _ranked_owner(ctx: DocContext, text: str, s: Span, q: QuantityMatch
                  ) -> RegionMention | None:
    """The region a ranking's place names right before ``q`` (第三为烟台3918.38亿元), or
    in the clause before a clause of ``q`` alone (第二是济南，5198.75亿元); else None."""
    clause = clause_start(text, s.start, q.start)
    if text[clause:q.start].strip():
        lead, end = clause, q.start
    elif clause > s.start:
        lead, end = clause_start(text, s.start, clause - 1), clause - 1
    else:
        return None
    return next((r for r in ctx.mentions_starting(lead, end) if r.is_region
                 and not r.deictic and r.end == end and _RANK_LED.fullmatch(text, lead, r.start)),
                None)


def _shared(text: str, pair: Pair, mentions: list[IndicatorMention],
            quantities: list[QuantityMatch], by_name: dict[str, Indicator]) -> list[Pair]:
    """``pair`` and the pairs it shares its number with. 城镇调查失业率和登记失业率稳定在4.3%
    左右: one number after coordinated indicators of one unit, with no 分别 and no other
    number, is each one's; and so is one after 均 (城乡居民收入分别达到44960元和16774元，均
    增长8.3%), whatever stands before it. After 均, a compound head's items (城乡居民…同比
    均增长8.5%: 城镇, 农村) stand for the head's own pair."""
    q, m = pair.quantity, pair.mention
    if pair.share:
        return [pair]
    # (the pair's mention may be one a list implies, 城乡 read as 城镇 and 农村: the list
    # is found from the name the text writes)
    base = m if m in mentions else max((o for o in mentions if o.end <= q.start),
                                       key=lambda o: o.end, default=None)
    if base is None:
        return [pair]
    if (run := _levels_then_each(text, mentions, base, q, quantities)) and m is base:
        # 规模以上固定资产投资237亿元,社会消费品零售总额246亿元,城乡居民人均可支配收入2.2
        # 万元,均增长10%左右: each item's own level, then one growth of them all (a
        # compound head with its one value, 城乡居民…2.2万元, among them as the whole)
        return [pair, *(Pair(q, other, other.start) for other in run)]
    group = _group(text, mentions, base, by_name, quantities)
    if len(group) < 2:
        return [pair]
    each = any(_EACH.match(text, at) is not None
               for at in (clause_start(text, group[0].start, q.start), group[-1].end))
    if not each and (m is not base or base not in group
                     or "分别" in text[group[0].start:q.start]):
        return [pair]  # a compound head's one value (城乡居民…2.33万元) is the whole's
    if not each and any(group[0].start <= o.start < q.start or (
            q.end <= o.start and not text[q.end:o.start].strip(LIST_JOINS + " "))
           for o in quantities if o is not q):
        return [pair]  # a number of their own, or a list after: not one shared value
    others = [Pair(q, other, min(other.start, pair.anchor)) for other in group
              if other.indicator.unit == m.indicator.unit and other.indicator.id != m.indicator.id]
    return others if m is base and base not in group and others else [pair, *others]


def _levels_then_each(text: str, mentions: list[IndicatorMention], base: IndicatorMention,
                      q: QuantityMatch, quantities: list[QuantityMatch]) -> list[IndicatorMention]:
    """The names before ``base`` in a run of clauses of a name and its own level each
    (A 237亿元,B 246亿元,``base`` 2.2万元), when ``q`` opens the clause right after
    ``base``'s level with 均 (均增长10%左右); empty otherwise."""
    own = next((o for o in quantities if base.end <= o.start < q.start), None)
    lead = text[base.end:own.start] if own is not None else ""
    marks = _LIST_BREAKS + "、"  # (the marks one item of the run ends with)
    if own is None or own.quantity.unit == "percent" or (lead and not _bare(lead)) or (
            _EACH.match(text, own.end + 1) is None
            or text[own.end:own.end + 1] not in marks):
        return []
    run: list[IndicatorMention] = []
    cur = base
    for prev in reversed(mentions[:mentions.index(base)]):
        figure = next((o for o in quantities if prev.end <= o.start < cur.start), None)
        if figure is None or figure.quantity.unit == "percent" or (
                text[prev.end:figure.start] and not _bare(text[prev.end:figure.start])) or (
                text[figure.end:cur.start].strip() not in tuple(marks)):
            break
        run.append(prev)
        cur = prev
    return run


# 均增长8.3%, 都下降: a clause opening with 均/都 before its verb gives each item the value,
# and so does one right after the items' name (城乡居民人均可支配收入同比均增长8.5%)
_EACH = re.compile(r"\s*(?:比上年|同比|较上年)?(?:[均都]|分别都)(?:比上年|同比|较上年)?"
                   r"(?:增长|下降|提高|增加|减少|上涨)")


def _names_a_class(text: str, q: QuantityMatch) -> bool:
    """新增40亿元企业1家: a size before 企业 names a class of enterprises, and so does one
    before their count (销售收入10亿元以上5家, 出口创汇过1000万美元的8家)."""
    return q.quantity.unit in MONEY_UNITS and (text.startswith(
        tuple(cues("size_noun")), q.end) or _CLASS_COUNT.match(text, q.end) is not None
        or _KIND_OF_CLASS.match(text, q.end) is not None)


_CLASS_COUNT = re.compile(r"(?:以上|以下)?的?[0-9一二三四五六七八九十百]+(?:家|户)")
# a kind of enterprise after the size (工业总产值500万元以上的乡镇企业27个)
# (its comparator, 以上, may be the quantity's own)
_KIND_OF_CLASS = re.compile(r"(?:(?:以上|以下)的?|的)[\u4e00-\u9fff]{1,4}?(?:企业|项目)")


def _shares_named(ctx: DocContext, text: str, s: Span, mentions: list[IndicatorMention]
                  ) -> list[IndicatorMention]:
    """The whole of a share (占GDP比重, 对GDP增长的贡献率) named from its part on, or,
    when the part stands in another clause, by no wording of its own."""
    out: list[IndicatorMention] = []
    for m in mentions:
        if not (m.indicator.id == OTHER and m.indicator.kind == "rate"
                and m.start > s.start and text[m.start - 1] in SHARE_OF):
            out.append(m)
            continue
        share = share_label(ctx, text, clause_start(text, s.start, m.start), m)
        if share is not None:
            out = [o for o in out if o.end <= share.start]
            out.append(share)
    return out


def _with_labels(ctx: DocContext, text: str, s: Span, mentions: list[IndicatorMention],
                 quantities: list[QuantityMatch]) -> list[IndicatorMention]:
    """``mentions`` and, for each quantity whose clause names no indicator before it,
    the wording of the one it is stated for, if any (open vocabulary: ``other``)."""
    if any(m.indicator.id == OTHER for m in mentions):
        mentions = _shares_named(ctx, text, s, mentions)
    labels: list[IndicatorMention] = []
    for q in quantities:
        clause = clause_start(text, s.start, q.start)
        if clause >= q.start - 1 or any(  # no room for a name
                clause <= m.start and m.end <= q.start for m in mentions) or any(
                clause <= m.start and m.end <= q.start for m in labels):
            continue
        growth = q.decline or has_cue(text[clause:q.start], "growth")
        label = find_label(ctx, text, clause, q, growth=growth)
        if label is not None and not any(m.start < label.end and label.start < m.end
                                         for m in mentions):
            labels.append(label)
    if not labels:
        return mentions
    return sorted([*mentions, *labels], key=lambda m: m.start)


def _share(ctx: DocContext, text: str, lo: int, clause: int, q: QuantityMatch, *,
           quantities: list[QuantityMatch]) -> IndicatorMention | None:
    """The catalogue share (研发 → rd_intensity) a percentage after a share mark is of,
    named in its clause, else its segment, else its sentence (from ``lo``)."""
    if q.quantity.unit != "percent" or not has_cue(text[clause:q.start],
                                                                   "share_mark"):
        return None
    if _progress_share().search(text, clause, q.start):
        return None  # 占任务数的81.1%: the task's share done, no share of output
    seg = segment_start(text, lo, q.start)
    ids = _by_id(ctx)
    best: IndicatorMention | None = None
    # the share's own clause (研发经费支出相当于生产总值的比例保持在4%左右，环保投入相当于
    # 生产总值的比例保持在3%左右 gives 环保 no 研发 share), or the segment's when the clause
    # has no subject of its own (高技术制造业总产值…，占规模以上工业总产值的25.7%)
    # (累计占规模以上工业比重32.10%: an adverb before the mark is no subject either; and a
    # segment with none goes on with the sentence's: 高新技术产业产值累计实现1038.82亿元;
    # 累计占规模以上工业总产值比重为31.47%)
    # (a sentence with none, 累计占规模以上工业比重前三名分别为济南、烟台、青岛: its
    # paragraph's)
    start = clause
    for wider in (seg, lo, text.rfind("\n", 0, lo) + 1):
        if not _no_subject(text, start, q.start):
            break
        start = wider
    for word, ind_id in cue_values("share"):
        at = text.rfind(word, start, q.start)
        if at >= 0 and (qualified_before(text, seg, at) or text.startswith(
                tuple(cues("share_other")), at + len(word))):
            continue  # 企业研发投入占比: a narrower scope's share, not the region's; 高技术
            # 制造业投资占工业投资比重: a share of another total
        if at >= 0 and ind_id in ids and (best is None or at > best.start):
            best = IndicatorMention(at, at + len(word), ids[ind_id], word)
    if best is not None and (_named_item_after(text, best.end, q, quantities) or not _its_item(
            ctx, text, start, best, q, quantities=quantities)):
        return None
    return best


_ITEM_WORDS = re.compile(r"[\u4e00-\u9fff]{2,}")


def _named_item_after(text: str, share_end: int, q: QuantityMatch,
                      quantities: list[QuantityMatch]) -> bool:
    """…研发经费支出占地区生产总值比重2.8%左右、现代农业发展水平90%以上: ``q`` stands after
    the share's own figure, in a list item of its own that names its own subject (no share
    mark): not the share's."""
    if not any(share_end <= o.start < q.start for o in quantities if o is not q):
        return False
    item = text.rfind("、", share_end, q.start)
    if item < 0:
        return False
    words = text[item + 1:q.start]
    return _ITEM_WORDS.search(words) is not None and not has_cue(words, "share_mark")


def _no_subject(text: str, lo: int, at: int) -> bool:
    """Whether ``text[lo:at]`` opens with a share mark, after at most an adverb (累计占,
    已占): it names no subject of its own."""
    lead = text[lo:at].lstrip()
    for adverb in ("", *cues("share_adverb")):
        if lead.startswith(adverb) and lead.startswith(tuple(cues("share_mark")), len(adverb)):
            return True
    return False


@cache
def _progress_share() -> re.Pattern[str]:
    """A share's object that is a task or a goal, closing the text before its figure
    (占年度任务的, 占任务数的)."""
    words = "|".join(map(re.escape, cues("progress_object")))
    return re.compile(rf"(?:{words})数?的\s*$")


def _its_item(ctx: DocContext, text: str, start: int, subject: IndicatorMention,
              q: QuantityMatch, *, quantities: list[QuantityMatch]) -> bool:
    """高技术制造业、战略性新兴产业占比分别达到12.9%、25.9%: after 分别, the i-th value is the
    i-th listed subject's, so a subject named in a list takes only its own item's value
    (``quantities``: the sentence's). A list of regions
    (广东省、佛山市GDP分别增长…) is the regions' to share out, not the subjects'."""
    at = text.find("分别", subject.end, q.start)
    if at < 0 or ctx.mentions_starting(start, at):
        return True
    items = text[start:at]
    mark = next((i for w in cues("share_mark")
                 if (i := items.find(w, subject.end - start)) >= 0), len(items))
    # 高技术制造业和战略性新兴产业增加值分别增长12.6%、11.6%: a pair joined by 和 is a list
    # too, but beside 、 a 和 may be inside a name (电气机械和器材制造业、汽车制造业)
    joins = "、" if "、" in items[:mark] else LIST_JOINS
    if len(re.split(f"[{joins}]", items[:mark])) < 2:
        return True
    own = len(re.findall(f"[{joins}]", text[start:subject.start]))
    if _MEMBERS_COUNTED.search(text, start, subject.start):
        return False  # 装备制造、石化和冶金三大支柱行业增加值分别增长…: the members' values
    return own == listed_index(at, q, quantities)


# the rest of a list of regions' bracketed figures, up to its clause's end (、长沙(1.1527万亿)
# 、郑州(1.02万亿)等)
_LIST_TAIL = re.compile(
    r"[)）]?(?:[、和及与][\u4e00-\u9fff]{2,10}[(（][^()（）]{1,20}[)）])*等?"
    r"[\u4e00-\u9fff]{0,8}\s*")  # (…属于第二梯队，其人均可支配收入…: a short predicate)


# 三大支柱行业, 四个重点产业: a list counted as a class of members
_MEMBERS_COUNTED = re.compile(r"(?<=[、和及与])[^、，,]{0,8}?[两二三四五六七八九十\d]+[大个类]")


def _pair_one(ctx: DocContext, text: str, s: Span, q: QuantityMatch, *,
              mentions: list[IndicatorMention], quantities: list[QuantityMatch],
              by_name: dict[str, Indicator]) -> Pair | None:
    owner = _bracket_owner(ctx, text, s, q)
    if (share := _share_pair(ctx, text, s, q, quantities)) is not None:
        # (研发经费投入强度较高的省市依次为北京(6.83%)、上海(4.44%): a share's figures in
        # brackets, each its region's)
        return share if owner is None else evolve(share, region=owner)
    if owner is None and (beside := _bracketed_goal(text, s, q, quantities)
                          or _region_beside(ctx, text, q, quantities)) is not None:
        # 增长5.9%,高于全市0.8个百分点,排名全市第1位(预期目标为8.5%以上): the goal of what
        # the sentence's last figure of its unit is of, told after the comparisons;
        # 增长7.5%(全市11.1%): the bracket's region's figure of what the one before is of
        subjects = _pair_plain(ctx, text, s, beside[0], mentions=mentions,
                               quantities=quantities, by_name=by_name)
        return None if subjects is None else evolve(subjects, quantity=q, region=beside[1])
    if owner is None:
        return _pair_plain(ctx, text, s, q, mentions=mentions, quantities=quantities,
                           by_name=by_name)
    # 西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别位列…: each region's own figure, of
    # the indicator the list ends with, or, with none after, of the one before, paired
    # as if the region and its bracket were the number
    stop = CLAUSE_END_AT.search(text, q.end, s.end)
    following = [m for m in mentions
                 if q.end <= m.start and m.end <= (stop.start() if stop else s.end)]
    if not following and stop is not None and _LIST_TAIL.fullmatch(
            text, q.end, stop.start()) and not any(m.end <= owner.start for m in mentions):
        # 广州(2.3万亿)、…、济南(0.8862万亿)等，一起来看看省会城市GDP排名吧: a list's items
        # up to its clause's end, the indicator in the clause after, named alone there
        # (not when the sentence named it before the list: 有4座城市经济总量…,分别为苏州
        # (24653.4亿)…,苏州是我国经济实力最强的地级市)
        after = CLAUSE_END_AT.search(text, stop.end(), s.end)
        following = [m for m in mentions if stop.end() <= m.start
                     and m.end <= (after.start() if after else s.end)]
        if len({m.indicator.id for m in following}) != 1:
            following = []
    if following:
        return Pair(q, following[0], owner.start, owner, trailing=True)
    joined = evolve(q, start=owner.start)
    pair = _share_pair(ctx, text, s, joined, quantities) or _pair_plain(
        ctx, text, s, joined, mentions=mentions, quantities=quantities, by_name=by_name,
        owned=True)
    if pair is None and q.quantity.unit == "percent" and has_cue(
            text[s.start:owner.start], "growth") and all(
            m.indicator.id == OTHER for m in mentions) and (
            topic := _topic_before(ctx, text, s.start)) is not None:
        # …GDP增速高于全省平均增速5.7%。\n高于全国平均增速的地市分别是：南阳(6.3%)、
        # 漯河(7.3%): regions' rates in brackets, of the indicator the text was about
        carried = IndicatorMention(owner.start, owner.start, topic.indicator, topic.name)
        return Pair(q, carried, owner.start, owner)
    return None if pair is None else evolve(pair, quantity=q, region=owner)


def _named_after_figures(ctx: DocContext, text: str, clause: int, q: QuantityMatch, *,
                         mentions: list[IndicatorMention], quantities: list[QuantityMatch],
                         ) -> Pair | None:
    """青岛以3037.4亿元的GDP总量稳坐第一 (青岛市以6584.5亿元社会消费品零售总额蝉联榜首),
    2021年实现了8230.6亿元的地区生产总值: the figure after 以 is of the name after it; and
    so is each of a list of them (河南和山东两省分别以6544万吨和5590万吨的粮食产量), where
    the regions listed before 分别 say whose each is (深圳、廣州GDP總量超1萬億,分別以
    19786.98億元、17475.86億元GDP總量 names its indicator before, each region's own)."""
    leads = (*cues("figure_by"), *cues("figure_before_name"))
    if not text.endswith((*leads, *LIST_JOINS), 0, q.start):
        return None  # (the cheap test first: a run's scan is the length of the document)
    run = _run_of(text, q, quantities)
    end = run[-1].end
    after = [m for m in mentions if end <= m.start <= end + 1 and text[end:m.start] in ("", "的")]
    if not after or not text.endswith(leads, 0, run[0].start):
        return None
    listed = _listed_region(ctx, text, clause, q, quantities) if len(run) > 1 else None
    if len(run) == 1 or listed is not None:
        return Pair(q, after[0], clause, listed, trailing=True)
    return None


def _share_pair(ctx: DocContext, text: str, s: Span, q: QuantityMatch,
                quantities: list[QuantityMatch]) -> Pair | None:
    clause = clause_start(text, s.start, q.start)
    share = _share(ctx, text, s.start, clause, q, quantities=quantities)
    return None if share is None else Pair(q, share, min(clause, share.start), share=True)


def _count_before_name(text: str, clause: int, q: QuantityMatch,
                       mentions: list[IndicatorMention]) -> Pair | None:
    """浙江新增了17家A股公司: a count in digits right before a name is that name's (the
    quote runs from the clause to the name after)."""
    after = [m for m in mentions if q.end <= m.start <= q.end + 1
             and text[q.end:m.start] in ("", "的")]
    if after and q.quantity.unit in ("count", "person") and re.search(
            r"\d", text[q.number_start:q.end]):
        return Pair(q, after[0], clause, trailing=True)
    return None


def _pair_plain(ctx: DocContext, text: str, s: Span, q: QuantityMatch, *,
                mentions: list[IndicatorMention], quantities: list[QuantityMatch],
                by_name: dict[str, Indicator], owned: bool = False) -> Pair | None:
    """The indicator ``q`` is a figure of, named before it; ``owned``: ``q`` starts at the
    region whose bracketed figure it is (平湖市(6.8%)), an item with no words of its own."""
    if _gap_to_goal(text, s, q, quantities):
        return None
    clause = _region_item(ctx, text, clause_start(text, s.start, q.start), q, quantities)
    seg = segment_start(text, s.start, q.start)
    before = [m for m in mentions if clause <= m.start and m.end <= q.start]
    if before:
        m = before[-1]
        if not _joined(text, m, q, quantities) and not (owned and _threshold_lead().fullmatch(
                _unmarked(text, _last_inner(m, q, quantities), q.start))):
            # (协议总投资93.57亿元的27个项目集中签约: a count the name before does not reach
            # may still be of the name right after it)
            return _count_before_name(text, clause, q, mentions)
        if has_cue(text[clause:m.start], "share_mark") and has_cue(text[m.end:q.start],
                                                                   "share_mark"):
            return None  # 税收收入占一般公共预算收入的比重…达66.6%: a share of the total named
        if _earlier_item(text, mentions, m, q, quantities=quantities, by_name=by_name):
            return None
        picked = _distribute(text, mentions, m, q, quantities=quantities, by_name=by_name)
        if picked is None:
            return None
        if picked is m and "分别" in text[m.end:q.start] and len(
                _group(text, mentions, m, by_name, quantities)) < 2 and not _its_item(
                    ctx, text, clause, m, q, quantities=quantities) and not listed_periods(
                        text, m.end, text.find("分别", m.end, q.start))[1]:
            # (地区生产总值一季度、上半年分别增长3%、3.4%: the name's own figures, a period each)
            return None  # 战略性新兴产业、高技术制造业占比分别…: another subject's value
        return Pair(q, picked, _quote_start(text, clause, picked.start, quantities),
                    _figure_owner(ctx, text, m.end, q)
                    or _listed_before_name(ctx, text, s, m, q, quantities=quantities))
    if (counted := _count_before_name(text, clause, q, mentions)) is not None:
        return counted
    if (named := _named_after_figures(ctx, text, clause, q, mentions=mentions,
                                      quantities=quantities)) is not None:
        return named
    if (goal := _goal_named(text, q, mentions)) is not None:
        return Pair(q, goal, clause, trailing=True)  # 完成8%的…投资增长目标: its goal
    if (ranked := _ranked_rate(ctx, text, clause, q, quantities, sentence=s.start)) is not None:
        return ranked
    earlier = [m for m in mentions if seg <= m.start and m.end <= clause
               and not _aside_closed_before(text, m, q.start)]
    # (a rate alone, 下降18.9%, is a bare clause too; not a figure inside a bracket)
    led = _clause_lead(ctx, s.start, clause, quantities) if (
        (not text[clause:q.start].strip() and q.quantity.unit == "percent")
        or _bare(text[clause:q.start])) and not _in_bracket(text, s.start, q.start) else None
    if not earlier and (owned or _region_prefix(ctx, clause, q.start) is not None
                        or _named_before(ctx, text, clause, text[clause:q.start]) is not None
                        or text.startswith(tuple(cues("price_basis")), seg)
                        or (seg == clause and _bare(text[seg:q.start])
                            and (has_cue(text[seg:q.start], "year_on_year")
                                 or has_cue(text[seg:q.start], "growth")))
                        or led is not None):
        # 武汉市…增长6.3%；襄阳市增长5.8%: a list of regions runs across segments, and so
        # does a rate on another price basis (…；按不变价格计算，同比增长7.8%) and a
        # segment that is only a year-on-year rate (…，总量保持在全省第7位；同比增长5.5%)
        # or a growth's (昆山:GDP5615.34亿元;实际增速5.8%)
        earlier = [m for m in mentions if s.start <= m.start and m.end <= clause]
    if not earlier:
        return None
    m = earlier[-1]
    if _per_capita(text, m):
        return None  # 人均生产总值50917元,增长6.7%: the growth is the per-capita figure's
    if text.startswith(tuple(cues("attributive")), m.end):
        return None  # 第二产业是GDP增长的主力军，增加值…增长20.5%: GDP qualifies a noun
    if (after_share := _past_share(text, s, m, earlier)) is None:
        return None
    if after_share is not m and (owner := _share_subject(ctx, text, s, after_share, m)):
        # 青岛市以7070.4亿元占据榜首，占全省生产总值的16.95%，同比增长3.7%: the region named
        # before the share is the growth's subject, not the whole the share is of
        return Pair(q, after_share, owner.start, owner)
    m = after_share
    if (m.indicator.id == OTHER and len(CLAUSE_END_AT.findall(text, m.end, clause)) > 1) or (
            q.quantity.unit == "percent" and text.startswith("占", clause)):
        # a wording found in the text goes on one clause, no further; …总量位居全市首位,
        # 占全市的19.4%: a share of the whole, no rate of m
        return None
    if (listed_region := _listed_region(ctx, text, clause, q, quantities)
            or _listed_before_name(ctx, text, s, m, q, quantities=quantities)) is not None:
        return Pair(q, m, clause_start(text, s.start, m.start), listed_region)
    # (1.沈阳(800.85亿元)、2.大连(…): an item's rank is no subject's word)
    prefix = _RANK_MARK.sub("", text[clause:q.start]) if owned else text[clause:q.start]
    if turns := find_cue(prefix, "turn"):
        prefix = prefix[turns[-1][0]:]  # 由一季度的下降5.6%转为增长1.1%: the turn's words
    # 分别增长10.8%、14.2%和9.0%: a later item of a list answers to the words before its
    # first item
    inner = [o for o in quantities if clause <= o.start and o.end <= q.start]
    # (分别增长14.2%、增长2.4%: an item may say its verb again)
    gap = _item_gap(text, inner[-1].end, q.start) if inner else ""
    listed = bool(inner) and (not gap or _bare(gap))
    if listed:
        # 高于全国(5.5%)、全区(6.5%): the first item's own region is no subject's prefix
        first = _bracket_owner(ctx, text, s, inner[0])
        prefix = text[clause:first.start if first is not None else inner[0].start]
    between = text[m.end:clause]
    region = (_region_prefix(ctx, clause, q.start) or _labelled_region(ctx, text, clause)
              or _named_before(ctx, text, clause, prefix) or led)
    members = region is not None and region.is_region and not region.deictic
    # (14个地级城市中乌鲁木齐以2730亿元: the group's words are neither subject nor quote)
    framed = region.start if region is not None and members and not listed and (
        region.start > clause + 2) else None
    prefix = text[framed:q.start] if framed is not None else prefix
    if _names_its_own_subject(between, prefix, members=members,
                              ranking=owned and _ORDERED_LIST.search(prefix) is not None):
        return None
    if region is None and not (((listed or owned) and not prefix.strip())
                               or (owned and (_compared(prefix)
                                              or _ORDERED_LIST.search(prefix) is not None))
                               or has_cue(prefix, "growth")
                               or (q.quantity.unit == "percent"
                                   and has_cue(prefix, "rate_increase"))
                               or q.decline or _bare(prefix)
                               or _verb_led(text, prefix, q, clause, quantities)
                               or names_a_goal(text, q.start, q.end)
                               or (not prefix.strip() and (_MILESTONE.search(
                                   text, max(s.start, clause - _MILESTONE_BACK), clause)
                                   or _RANKED_BEFORE.search(text, max(
                                       s.start, clause - _RANKED_BACK), clause)
                                   or _LABELLED.fullmatch(between)))):
        # (迈上千亿台阶，接近1300亿元: the figure after a milestone the clause before
        # passed is the indicator's; 贵阳的GDP为省内最高,4711.0亿元: the figure after the
        # place the clause before ranks it at; 2020年GDP:362.47亿元, the figure its label
        # names)
        return None
    if region is None and not listed and not (owned and _ORDERED_LIST.search(prefix)) and (
            _subject_between(text, s, m, q, clause, quantities=quantities)):
        # (…的省市有7个,依次为北京(6.83%): the count is of the members the list names, no
        # subject of its own)
        return None
    picked = _distribute(text, mentions, m, q, quantities=quantities, by_name=by_name)
    if picked is None:
        return None
    # 南京市8316.92亿元: a clause led by its own region is the quote on its own
    anchor = framed if framed is not None else (
        min(clause, region.start) if region is not None  # (集宁区:265.62亿元: its label)
        else clause_start(text, s.start, picked.start))
    return Pair(q, picked, anchor, region)




def _names_its_own_subject(between: str, prefix: str, *, members: bool,
                           ranking: bool = False) -> bool:
    """Whether the words before a figure (``prefix``, its clause's; ``between``, from the
    indicator's name to that clause) name a subject other than the indicator's region.
    ``ranking``: the figure is a region's bracketed item in a list after a ranking's lead
    (浙江11城的工业实力排名依次为宁波(17608.6亿元)): the lead's words, however long, frame
    the regions, and only a part or an entity they name is a subject of their own."""
    # 其中，营口市同比增长10.3%: a part that is a region is the region's own figure (a
    # region's scope, 寒亭区(含经济开发区), names no part and no entity of its own)
    said = SCOPE_ASIDE.sub("", between + prefix)
    # (…增长7.7%，其中，10月当月增长5.6%: a period's part after 其中 and its comma, bare)
    led = said.rfind(PART_LEAD)
    period_part = _period_part(prefix) or (led >= 0 and _period_part(said[led:]))
    if (has_cue(said, "part") and not members and not period_part) or any(
            not (members and _OWN_FIGURE.match(said, end)) or end > len(said) - len(prefix)
            for _, end, _ in find_cue(said, "entity")):
        # (…,开发区70.9%,陵川县43%: a park before, its own figure right after its name, is
        # an item of the list, no subject of a later item naming its region; 第一产业完成
        # 13.3亿元,比上年同期下降0.5%: a bare clause after goes on about it)
        return True
    # (按可比价格计算比上年增长12%: a price basis is no subject, however long;
    # 房地产开发投资下降18.4%: the clause names a subject of its own)
    # (增速高于市下达全年任务(8.5%): the goal a superior set names no subject either)
    own = _goal_tail().sub("", SCOPE_ASIDE.sub("", prefix))
    return (not ranking and len(_price_basis().sub("", own)) > _INHERIT_PREFIX
            and not _bare(own)) or has_cue(prefix, "subject_head")


_OWN_FIGURE = re.compile(r"[-+−]?\d")


@cache
def _goal_tail() -> re.Pattern[str]:
    """A goal noun closing a figure's clause, with the superior that set it (市下达全年任务(,
    年度目标): the figure is the goal's, of the indicator named before."""
    return re.compile(rf"(?:[省市县区]?(?:下达|分配|确定)的?)?(?:{_goal_nouns()})[(（]?$")


def _period_part(prefix: str) -> bool:
    """其中5月份增长14.9%: the part 其中 opens is a period of the figure before (a month
    of its months), its clause no subject of its own."""
    rest = prefix.lstrip("，, ")
    if not rest.startswith(PART_LEAD):
        return False
    rest = rest[len(PART_LEAD):].lstrip("，, ")
    return part_said().match(rest) is not None and _bare(rest)



def _compared(prefix: str) -> bool:
    """Whether a clause's words before a region's bracketed figure compare the subject
    with that region (大幅领先于, 远高于第二名的, 强势反超了): a verb, an adverb of two
    characters at most before it, and a rank's words after it."""
    return _yardstick_clause().fullmatch(prefix.strip()) is not None


@cache
def _yardstick_clause() -> re.Pattern[str]:
    verbs = alternation(cues("yardstick_verb"))
    return re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{verbs})[了于於]?(?:{PLACE}[名位]的)?")


# 地区生产总值:362.47亿元, GDP(亿元):83095.9: a label (and its unit) and its figure
_LABELLED = re.compile(r"\s*(?:[(（][^()（）\d]{1,4}[)）])?\s*[:：]\s*"
                       r"|\s*[(（][^()（）\d]{1,4}[)）][ \t]*")


def _verb_led(text: str, prefix: str, q: QuantityMatch, clause: int,
              quantities: list[QuantityMatch]) -> bool:
    """A clause that is only a figure led by its own verb (…增长6%左右，突破2.6万亿元): it
    goes on about the indicator before, as a clause of verbs alone does (not a mark past
    a figure the clause before gave in its unit: 约折合6110美元，突破6000美元)."""
    if prefix.strip() or text[q.start].isdigit() or q.quantity.unit == "percent":
        return False
    before = clause_start(text, 0, clause - 1) if clause else clause
    return not any(before <= o.start < clause and o.quantity.unit == q.quantity.unit
                   for o in quantities)


def _past_share(text: str, s: Span, m: IndicatorMention,
                earlier: list[IndicatorMention]) -> IndicatorMention | None:
    """``m``, the subject of the clauses after it, unless it names the total a share is of
    or the whole a part is framed in (制造业增加值占全市规模以上工业增加值的62.7%，增长2.5%;
    在全县地区生产总值中，非公有制经济实现增加值…，增长3.7%): the figures after are the
    part's, none (but 全县实现规上工业总产值1564.97亿元，占全市规上工业总产值的比重为
    69.3%，同比增长5.4%: a part named as the same indicator in a clause of its own before
    the share's, the region's own)."""
    share_clause = clause_start(text, s.start, m.start)
    opening = text[share_clause:m.start]
    if not has_cue(opening, "share_mark") and not (has_cue(opening, "frame_open") and (
            text.startswith(tuple(cues("frame_close")), m.end))):
        return m
    part = [x for x in earlier if x.end <= share_clause and x.indicator.id == m.indicator.id]
    if not part or not text.startswith(tuple(cues("share_mark")), share_clause):
        return None
    return part[-1]


def _share_subject(ctx: DocContext, text: str, s: Span, part: IndicatorMention,
                   whole: IndicatorMention) -> RegionMention | None:
    """The region named between the indicator a share's part is of and the share's clause
    (生产总值…，青岛市以7070.4亿元占据榜首，占全省生产总值的16.95%): the figures after the
    share are that region's."""
    share_at = clause_start(text, s.start, whole.start)
    # (a region opening its own clause, the subject of its figure: not 居全国首位, a rank)
    return next((r for r in reversed(ctx.mentions_starting(part.end, share_at))
                 if r.is_region and not r.deictic
                 and clause_start(text, s.start, r.start) == r.start), None)


def _subject_between(text: str, s: Span, m: IndicatorMention, q: QuantityMatch, clause: int,
                     *, quantities: list[QuantityMatch]) -> bool:
    """发电量153.72亿度，增长43.1%，化肥完成26.24万吨，同比增长3.2%: the clause right before
    holds a figure no measure of the indicator named further back could be (tons, not
    kWh), of a subject of its own (化肥), so the growth after it is that subject's."""
    before = clause_start(text, s.start, clause - 1)
    if before <= m.start:
        # 新签约项目平均单体投资规模达14.9亿元，同比增长225.8%: the clause before is the
        # indicator's own, but its figure is money, no count of projects could be: the
        # growth after it is that figure's
        near = [o for o in quantities if m.end <= o.start and o.end < clause]
        return bool(near) and near[-1].quantity.unit not in ("percent", "percentage_point") and (
            not text[near[-1].end:clause - 1].strip()) and not measured_alike(
            near[-1].quantity.unit, m.indicator.unit) and q.quantity.unit == "percent"
    own = next((o for o in quantities if before <= o.start and o.end < clause), None)
    if own is None or own.quantity.unit in ("percent", "percentage_point"):
        return False
    if text[own.end:clause - 1].strip() or "分别" in text[clause:q.start]:
        return False  # 连续突破3个百亿元大关: a figure inside a phrase; 分别: a list's items
    lead = text[before:own.start].strip()
    if own.quantity.unit == m.indicator.unit:
        # 地方公共财政收入…翻番，全市总财力突破300亿元，达到326.8亿元，年均增长23.7%: a
        # clause led by the region's whole and a noun the catalogue lacks (总财力) is a
        # subject of its own even in the indicator's unit, and so are the bare clauses
        # that go on about it
        if _WHOLE_LED.match(lead) is not None and not _bare(lead[2:]):
            return True
        return _bare(lead) and _subject_between(text, s, m, own, before,
                                                quantities=quantities)
    if own.quantity.unit in MONEY_UNITS and m.indicator.unit in MONEY_UNITS:
        return False  # 6554美元 after 40818元: a sum converted, the same figure
    return bool(lead) and not _bare(lead) and not has_cue(lead, "growth")


_WHOLE_LED = re.compile(r"(?:全|我)[省市县区州盟旗](?!上下|范围)")




_OPENING, _CLOSING = ("(", "（"), (")", "）")


def _led_item(ctx: DocContext, text: str, s: Span, q: QuantityMatch) -> RegionMention | None:
    """The region a later item of a list opens with, its figure right after it (…;阿克苏
    914亿元;喀什836亿元), or the 、 list of them its clause holds (2、江苏10个:苏州74076元、
    南京72112元: 南京)."""
    clause = clause_start(text, s.start, q.start)
    region = _region_prefix(ctx, clause, q.start)
    if region is None or q.start - region.end > 1:
        region = _item_region(ctx, text, clause, q)
    return region if region is not None and region.is_region and not region.deictic and (
        q.start - region.end <= 1) else None


def _bracket_owner(ctx: DocContext, text: str, s: Span, q: QuantityMatch
                   ) -> RegionMention | None:
    """The region right before a bracketed number (灵武市(8.2%), 全国增速(21.4%)), whose
    figure it is; or before a bracket holding its figure and that figure's rate
    (大连(750.20亿元 12.0%), 沈阳(800.85亿元 同比增长12.2%下同))."""
    opening = _bracket_opening(text, s.start, q)
    if opening is None:
        return None
    return next((r for r in ctx.mentions_starting(s.start, opening + 1)
                 if r.is_region and (r.end == opening or text[r.end:opening] in cues(
                     "bracket_gap"))), None)


_ITEM_NOTE = re.compile(r"下同")


def _unmarked(text: str, a: int, b: int) -> str:
    """``text[a:b]`` less items' ranks, the notes closing an item (…12.2%下同)、2.大连) and
    the items whose figure is missing (3.包头(数据暂缺)、)."""
    return _no_data_items().sub("", _ITEM_NOTE.sub("", _RANK_MARK.sub("", text[a:b])))


@cache
def _no_data_items() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(cues("no_data"), key=len, reverse=True))
    return re.compile(rf"[^、，,()（）\d]{{1,12}}[(（](?:{words})[)）][、，,]?")


def _item_gap(text: str, a: int, b: int) -> str:
    """What stands between two items' figures but their list marks: an item's rank and a
    note closing an item (…12.2%下同)、2.大连: nothing) count as list marks."""
    return _unmarked(text, a, b).strip(_ITEM_JOINS)


# an item's rank in a list of regions (1.沈阳(…)、2.大连(…), 1、长沙市): a list mark
_RANK_MARK = re.compile(r"(?:(?<=^)|(?<=[、，,:：]))\d{1,2}[.．、]")
_PAIRED_BRACKET = re.compile(r"[(（][^()（）]{0,24}[)）]")
_PAIR_INSIDE_MAX = 2  # figures a bracket of a region's may hold: a level and its rate


def _bracket_opening(text: str, lo: int, q: QuantityMatch) -> int | None:
    """Where the bracket ``q`` stands in opens: right before it, closing right after it
    ((8.2%)); or a bracket of two figures, a level and a rate, ``q`` either of them."""
    if q.start >= 1 and text[q.start - 1] in _OPENING and text.startswith(_CLOSING, q.end):
        return q.start - 1
    opening = max(text.rfind("(", lo, q.start), text.rfind("（", lo, q.start))
    if opening < 0 or (m := _PAIRED_BRACKET.match(text, opening)) is None or m.end() <= q.end:
        return None
    inside = text[opening + 1:m.end() - 1]
    figures = _FIGURE.findall(inside)
    if len(figures) != _PAIR_INSIDE_MAX or "%" not in figures[-1] or "%" in figures[0]:
        return None
    return opening


_FIGURE = re.compile(r"[-+]?\d+(?:\.\d+)?\s*(?:%|[万亿]?[元吨人个家户]|[万亿]美元)?")


@cache
def _bare_words() -> re.Pattern[str]:
    # (地区生产总值:预计完成443亿元: an estimate's word is no subject either)
    roles = ("bare", "period_alone", "progression", "growth", "increase", "comparison_base",
             "year_on_year", "ensure", "strive", "last_year", "estimate")
    words = sorted({w for role in roles for w in cues(role)}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


# the base of a comparison by date (比2020年末, 较年初): no subject either
_DATED_BASE = re.compile(rf"(?:同比|[比较])(?:{YEAR}年|年初|年末)(?:末|底|初)?")


_YEAR_SAID = re.compile(rf"{YEAR} ?年(?:底|末)?的?")  # (从2015年的34731元: a dated level)


@cache
def part_said() -> re.Pattern[str]:
    """A part of the year its figure is of, as a stage (PART_STAGE), perhaps an estimate's
    (…上半年3.2%、前三季度4.4%、预计全年5%左右)."""
    return re.compile(f"(?:{alternation(cues('estimate'))})?{PART_STAGE}")


def _bare(prefix: str) -> bool:
    """A clause with no subject of its own, only verbs (总数达到512家, 力争达到900亿元,
    比上年末净增138家, 较年初增加160家): its number goes on about the indicator before."""
    rest = _YEAR_SAID.sub("", _DATED_BASE.sub("", prefix))  # 1997年突破1千亿元: dated, bare
    rest = _CAUSE.sub("", rest)  # 在大幅减税降费情况下增长1.5%: a cause's words, bare
    rest = cue_pattern("span").sub("", rest)  # 五年累计完成2507亿元: a span's words, bare
    if (part := part_said().match(rest)) is not None:
        rest = rest[part.end():]  # 增长速度一季度为10.7%，上半年为11%: a part's, bare
    return bool(prefix) and not _bare_words().sub("", rest).strip("、 ")


def _quote_start(text: str, clause: int, at: int, quantities: list[QuantityMatch]) -> int:
    """The clause's start (with its modal and period words), or just after the last
    number before ``at`` in it (人才项目74个 in 科创项目48个、人才项目74个)."""
    inner = [o.end for o in quantities if clause <= o.start and o.end <= at]
    start = inner[-1] if inner else clause
    while start < at and text[start] in _ITEM_JOINS:  # (7.5%)、规模以上…: after its bracket
        start += 1
    modal = [p for p, role in target_cues(text, start, at) if role in ("ensure", "strive")]
    return modal[-1] if modal else start


def _per_capita(text: str, m: IndicatorMention) -> bool:
    """``m`` names a per-capita figure's total (生产总值 in 人均生产总值; 粮食产量 in
    单位面积粮食产量, a yield): another indicator."""
    return per_unit(text, m.start, m.name)


@cache
def _threshold_lead() -> re.Pattern[str]:
    """GDP超过100亿元的还有资兴市(192.89亿元): after a bound, the words before the regions
    that pass it, each with its own figure in brackets (…超过3000亿元的省市还包括北京市
    (5483.9亿元): the regions' word between)."""
    return re.compile(rf"的?{_regions_word()}?(?:还|也)?(?:有|是|为|包括)[:：]?")


def _last_inner(m: IndicatorMention, q: QuantityMatch,
                quantities: list[QuantityMatch]) -> int:
    """Where the last number between ``m`` and ``q`` ends (``q``'s start when none)."""
    return max((o.end for o in quantities if m.end <= o.start and o.end <= q.start),
               default=q.start)


def _joined(text: str, m: IndicatorMention, q: QuantityMatch,
            quantities: list[QuantityMatch]) -> bool:
    """After another number, ``q`` still belongs to ``m`` only when what stands between
    is a list mark (6.2万元和3.5万元), a rate word (1618.4亿元,增长6.2%) or a
    progression (由710亿元增加到905亿元, 从4.2%回升到5.7%)."""
    if _per_capita(text, m):
        return False
    last = _last_inner(m, q, quantities)
    if last == q.start:
        return True  # (no number between, or one right before it)
    # (、2.大连(…): a rank is a list mark; so is a note closing an item, 下同 (the same below))
    gap = _CAUSE.sub("", _unmarked(text, last, q.start))  # (剔除…因素后: a cause's words)
    if signed_bracket(text, last, q):
        return True  # 社会消费品零售总额1125.7亿元(+7.4%): the figure's change, signed
    if m.indicator.id == OTHER and gap.strip(LIST_JOINS + " ") and not _bare(gap):
        return False  # 采矿业增加值下降12.4%制造业增长10.6%: a wording goes on only so far
    if has_cue(gap, "subject_head") or len(gap.strip(LIST_JOINS + "，, ")) > _INHERIT_PREFIX:
        return False  # …13.1%、公路运输总周转量增长28.4%: a subject of its own
    # 高于全国(5.5%)、全区(6.5%): the bracket an earlier item closes is a list mark too
    # 增长6%左右、达到6600亿元: a verb alone after the mark goes on about the same subject
    # 增长5.9%(达到1133.16亿元): a bracket opened after the figure, a verb alone in it
    listed = gap.strip(_ITEM_JOINS + "(（")
    # (增长4.2%(年初目标为6.5%): the goal the figure is held to, the same subject's)
    return (not listed or has_cue(gap, "growth") or "分别" in gap
            or any(has_cue(gap, role) for role in MOVED_ROLES) or _bare(listed)
            or has_cue(gap, "goal_noun"))


@cache
def _goal_opening() -> re.Pattern[str]:
    """A bracket a goal noun opens, up to its figure (…(预期目标为8.5%以上), (年度目标:10%))."""
    return re.compile(rf"[(（][\u4e00-\u9fff]{{0,4}}?(?:{_goal_nouns()})值?"
                      rf"(?:{alternation(cues('goal_set'))})?"
                      r"[:：]?\s*$")


def _bracketed_goal(text: str, s: Span, q: QuantityMatch, quantities: list[QuantityMatch],
                    ) -> tuple[QuantityMatch, None] | None:
    """The figure whose goal ``q`` is, when ``q`` stands in a bracket a goal noun opens
    after other clauses (增长5.9%,高于全市0.8个百分点,排名全市第1位(预期目标为8.5%以上)): the
    sentence's last figure of ``q``'s unit before the bracket, as :func:`_region_beside`
    gives its figure and region; None when that figure stands right before the bracket
    (增长9.5%(预期目标为10%), read as any goal after its figure)."""
    opening = _goal_opening().search(text, max(s.start, q.start - _GOAL_REACH * 2), q.start)
    if opening is None:
        return None
    before = [o for o in quantities if s.start <= o.start and o.end <= opening.start()]
    last = next((o for o in reversed(before) if o.quantity.unit == q.quantity.unit), None)
    if last is None or not text[last.end:opening.start()].strip() or (
            _STATEMENT_END.search(text, last.end, opening.start())):
        return None
    return last, None  # (the goal is the subject's own: no other region's)


# the copula a region alone in a bracket may take before its own figure (全省为6.6%)
_BESIDE_COPULA = re.compile(r"(?:为|為|是|[:：])?\s*")


def _region_beside(ctx: DocContext, text: str, q: QuantityMatch,
                   quantities: list[QuantityMatch]) -> tuple[QuantityMatch, RegionMention] | None:
    """The figure of ``q``'s unit right before the bracket ``q`` stands in, and the region
    that alone opens the bracket (增长7.5%(全市11.1%), 增长6.4%(全省为6.6%)): ``q`` is that
    region's figure of the same thing, set beside the subject's; else None."""
    named = next((r for r in ctx.mentions_starting(max(0, q.start - _REGION_NAME_MAX - 2),
                                                   q.start)
                  if r.is_region and r.start > 0 and text[r.start - 1] in "(（"
                  and _BESIDE_COPULA.fullmatch(text, r.end, q.start) is not None), None)
    if named is None:
        return None
    before = named.start - 1
    while before > 0 and text[before - 1].isspace():
        before -= 1  # (增长7.5% (全市11.1%): spaces before the bracket)
    subject = next((o for o in quantities if o.end == before
                    and o.quantity.unit == q.quantity.unit), None)
    return (subject, named) if subject is not None else None


_SIGNED_OPEN = re.compile(r"[(（]\s*(?:[+＋]\s*)?")
_SIGN = re.compile(r"[+＋\-－−]")


def signed_bracket(text: str, after: int, q: QuantityMatch) -> bool:
    """``q`` is a rate in brackets with its sign, right after the figure ending at
    ``after`` (1125.7亿元(+7.4%), 500亿美元(-2.7%)): the figure's change."""
    return q.quantity.unit == "percent" and bool(
        _SIGNED_OPEN.fullmatch(text, after, q.start)) and bool(
        "+" in text[after:q.start] or "＋" in text[after:q.start]
        or _SIGN.match(text, q.start))


def _distribute(text: str, mentions: list[IndicatorMention], m: IndicatorMention,
                q: QuantityMatch, *, quantities: list[QuantityMatch],
                by_name: dict[str, Indicator]) -> IndicatorMention | None:
    """分别: the i-th of a coordinated list for the i-th quantity after 分别; None for a
    quantity past the list's last name (房地产投资、民间投资、建安投资…分别增长4.2%、10.6%、
    14.5%, 建安投资 no catalogue name: 14.5% is none of the two named)."""
    group = _group(text, mentions, m, by_name, quantities)
    at = text.rfind("分别", m.end, q.start)
    if len(group) < 2:
        if at >= 0 and (named := _named_in_item(text, mentions, m, q, at,
                                                quantities=quantities)) is not None:
            return named[0]
        return m if _own_item(text, m, q, at, quantities) else None
    if at < 0:
        return _listed_after(text, group, m, q, quantities, mentions=mentions) or m
    index = sum(1 for o in quantities if at <= o.start < q.start
                and o.quantity.unit == q.quantity.unit)
    items = _list_items(text, group, at)
    values = _values_after(text, at, q, quantities)
    if len(group) < len(values) == len(items) and index < len(items):
        # more values than names read: the list as written says whose each is, and a
        # value of an item no catalogue name stands in is none of theirs
        a, b = items[index]
        # (地区生产总值、…、一般公共预算地方收入、地方税收收入…分别增长5.8%、…: a name the
        # list's run of names did not reach, an item the catalogue names all the same)
        return next((g for g in group if a <= g.start < b), None) or next(
            iter(_catalogued_in(mentions, a, b)), None)
    return group[index] if index < len(group) else m


def _named_in_item(text: str, mentions: list[IndicatorMention], m: IndicatorMention,
                   q: QuantityMatch, at: int, *,
                   quantities: list[QuantityMatch]) -> tuple[IndicatorMention | None] | None:
    """工业投资、新开工制造业项目投资、高技术制造业增加值分别增长20%、40%、18%: when the list
    before 分别, as written, is as long as its values and another catalogue name than the
    last stands in it, each value is its item's name's, or none's (40%: an item no name);
    None when the list is not so."""
    values = _values_after(text, at, q, quantities)
    items = _list_items(text, [m], at)
    if q not in values or not 2 <= len(items) == len(values):
        return None
    named = [_catalogued_in(mentions, a, b) for a, b in items]
    if not any(o is not m for item in named for o in item):
        return None
    item = named[values.index(q)]
    return (item[-1] if item else None,)


def _catalogued_in(mentions: list[IndicatorMention], a: int, b: int) -> list[IndicatorMention]:
    """The catalogue's names (no ``other`` wording) standing wholly inside ``[a, b)``."""
    return [o for o in mentions if a <= o.start and o.end <= b and o.indicator.id != OTHER]


_ITEM_MARKS = re.compile(r"[、和及与]")
# a year, a part of one, both or neither (2023年上半年, 一季度): what may stand between a
# name and what it goes on to (its list item's words, its 全省)
PERIOD_WORDS = re.compile(rf"(?:{YEAR} ?年)?{PART_OF_YEAR}?")


def _own_item(text: str, m: IndicatorMention, q: QuantityMatch, at: int,
              quantities: list[QuantityMatch]) -> bool:
    """城镇居民人均可支配收入和农民人均纯收入分别…增长10.8%、7%: the one catalogue name of a
    list as many items long as the values after 分别 owns only its own item's value (the
    second is 纯收入's, a name the catalogue lacks); items that are periods (一季度、上半年
    分别增长…) are the name's own periods."""
    if at < 0 and text.endswith("分别", 0, m.start):
        return True  # 三市…,分别进出口A、B、C: 分别 gives its values to what came before
    # (the list ends at its first 分别: 分别达到17548元、7826元，同比分别增长10.8%、7%)
    # (or, with no 分别, at its values joined by 和: …和农民人均纯收入平均增长13.3%和16.3%)
    values = _values_after(text, m.end if at < 0 else at, q, quantities)
    if q not in values:
        return True
    items = _list_items(text, [m], values[0].start if at < 0 else text.find(
        "分别", m.end, at + 1))
    index = sum(1 for o in values if o.start < q.start)
    if not 2 <= len(items) == len(values) or index >= len(items):
        return True
    a, b = items[index]
    if a <= m.start < b:
        return True
    words = text[a:b].strip(LIST_JOINS + " ")
    return any(a <= m.start < b for a, b in items) and bool(
        PERIOD_WORDS.fullmatch(words) and words)


def _list_items(text: str, group: list[IndicatorMention], at: int) -> list[tuple[int, int]]:
    """The items of the list a group's names stand in, as written: from its clause's
    start to the end of the clause of its last name (or 分别), cut at 、和及与."""
    lo = clause_start(text, 0, group[0].start)
    hi = min(at, next((i for i in range(group[-1].end, at) if text[i] in "，,；;：:"), at))
    cuts = [m.start() for m in _ITEM_MARKS.finditer(text, lo, hi)]
    bounds = [lo, *cuts, hi]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def _values_after(text: str, at: int, q: QuantityMatch,
                  quantities: list[QuantityMatch]) -> list[QuantityMatch]:
    """The list of values of ``q``'s unit that 分别 at ``at`` opens: its first and those
    joined to it by 、和及与 (an item may say its verb again)."""
    run = [o for o in quantities if o.start > at and o.quantity.unit == q.quantity.unit]
    items = run[:1]
    for o in run[1:]:
        if text[items[-1].end:o.start].strip(LIST_JOINS + " ").strip() and not _bare(
                text[items[-1].end:o.start].strip(LIST_JOINS + " ")):
            break
        items.append(o)
    return items


def _earlier_item(text: str, mentions: list[IndicatorMention], m: IndicatorMention,
                  q: QuantityMatch, *, quantities: list[QuantityMatch],
                  by_name: dict[str, Indicator]) -> bool:
    """粮油、食品类，家具类，新能源汽车类商品零售额分别增长12.4%、10.9%、30.1%: only the last
    subject is a wording found (``other``), so only the last value is its; the earlier
    ones are the earlier subjects' (``q`` is one of them)."""
    if m.indicator.id != OTHER:
        return False  # a catalogue name's values may be its periods' (一季度、上半年分别…)
    at = text.rfind("分别", m.end, q.start)
    if at < 0 or len(_group(text, mentions, m, by_name, quantities)) > 1:
        return False
    items = _joined_run(text, [o for o in quantities
                               if o.start > at and o.quantity.unit == q.quantity.unit])
    return len(items) > 1 and q in items and q is not items[-1]


def _listed_after(text: str, group: list[IndicatorMention], m: IndicatorMention,
                  q: QuantityMatch, quantities: list[QuantityMatch], *,
                  mentions: list[IndicatorMention]) -> IndicatorMention | None:
    """城乡居民人均可支配收入35352元、13565元: a list of as many values as the group has
    names, right after it, gives the i-th value to the i-th name (分别 left unsaid); so
    does each such list after it, a verb between (46324和26682元,增长9.4%和11%; 从4.89万元、
    2.90万元增加到6.8万元、4.3万元), and the first after a word on the names, naming
    nothing (城乡居民人均可支配收入再创新高,同比增长4.7%、6.4%)."""
    after = [o for o in quantities if m.end <= o.start]
    at, k = m.end, 0
    if after and _each_valued(group, quantities) and (
            len(_joined_run(text, after)) == 1):
        # GDP152.27亿元、…、社会消费品零售总额97.46亿元,同比增长11.7%、18%、20%、11.3%: each
        # name with its own value, then the list of their rates
        at, k = after[0].end, 1
    while k < len(after):
        run = _joined_run(text, after[k:])
        between = text[at:run[0].start].lstrip(",，")
        if k == 0 and (said := _REMARK.match(between)) is not None and not any(
                at <= o.start < at + said.end() for o in mentions):
            between = between[said.end():]
        if len(run) != len(group) or (between and between != _FROM_WORD and not _bare(
                between.removeprefix(_FROM_WORD))):
            return None
        if q in run:
            return group[run.index(q)]
        at, k = run[-1].end, k + len(run)
    return None


def _each_valued(group: list[IndicatorMention], quantities: list[QuantityMatch]) -> bool:
    """Whether each name of ``group`` has its own value right after it (GDP152.27亿元、
    财政总收入13亿元)."""
    starts = {o.start for o in quantities}
    return all(g.end in starts for g in group)


# a clause of a few words on what a name's figures did, before them (再创新高，)
_REMARK = re.compile(r"[\u4e00-\u9fff]{2,6}[,，]")
_VALUE_JOINS = ("、", "和", "与", "及")  # the marks between a list's values
_FROM_WORD = "从"  # a progression's start (从4.89万元、2.90万元增加到…)


def _joined_run(text: str, items: list[QuantityMatch]) -> list[QuantityMatch]:
    """The first of ``items`` and those joined to it by a list's mark alone (spaces
    around it)."""
    run = items[:1]
    for o in items[1:]:
        if text[run[-1].end:o.start].strip() not in _VALUE_JOINS:
            break
        run.append(o)
    return run


_LIST_LEAD = "其中,，:： "


def _listed_region(ctx: DocContext, text: str, clause: int, q: QuantityMatch,
                   quantities: list[QuantityMatch]) -> RegionMention | None:
    """其中南昌市、九江市分别增长4.1%、8.4%: a clause of regions alone before 分别
    breaks down an earlier clause's indicator, the i-th value after 分别 the i-th
    region's."""
    at = text.find("分别", clause, q.start)
    if at < 0:
        return None
    regions = [r for r in ctx.mentions_starting(clause, at) if r.end <= at]
    if len(regions) < 2 or any(r.deictic or not r.is_region for r in regions):
        return None
    gaps = [text[a.end:b.start] for a, b in pairwise(regions)]
    counted = text[regions[-1].end:at]
    if (text[clause:regions[0].start].strip(_LIST_LEAD)
            or (counted and not region_count().fullmatch(counted))  # (河南和山东两省分别…)
            or any(len(g) != 1 or g not in LIST_JOINS for g in gaps)):
        return None
    index = listed_index(at, q, quantities)
    return regions[index] if index < len(regions) else None


def _listed_before_name(ctx: DocContext, text: str, s: Span, m: IndicatorMention,
                        q: QuantityMatch, *, quantities: list[QuantityMatch],
                        ) -> RegionMention | None:
    """南京和武汉GDP分别为1792.3亿元和1700.4亿元, 天津和广州财政收入也都超过七百亿，分别
    完成792.3亿和700.4亿: regions listed right before the indicator, the i-th value
    after 分别 the i-th region's."""
    at = _first_one_by_one(text, m.end, q.start)
    if at < 0:
        return None
    # (山西、安徽、江西三省的规模以上工业增加值: their count between them and it)
    seg = segment_start(text, s.start, m.start)
    count = _group_count().search(text, seg, m.start)
    run = _listed_before(ctx, text, seg, count.start() if count else m.start,
                         gap=_POSSESSIVE) or _counted_back(ctx, text, s, m)
    values = _run_of(text, q, quantities)
    if len(values) > 1 and len(run) != len(values):
        return None  # (南昌县、高新区、青山湖区…分别完成: an item no region, 高新区, between)
    if len(values) < 2 and not text.startswith("分别", at):
        return None  # 北京和上海各有200多家: one value after 各 is each one's
    index = listed_index(at, q, quantities)
    return run[index] if index < len(run) else None


_POSSESSIVE = re.compile("的?")  # 南京和武汉的GDP
_CARRY_BACK = 300  # characters back to the paragraph's indicator, at most
_COUNT = re.compile(COUNT_NUMERAL)


@cache
def _counted_back_clause() -> re.Pattern[str]:
    """三地2016年GDP增速分别为…: a clause of a count of regions (region_count) before the
    name, which counts back to a list of them named before it."""
    return re.compile(rf"(?:这|上述|以上|这些)?({region_count().pattern})(?:{YEAR}年)?的?")


def _counted_back(ctx: DocContext, text: str, s: Span, m: IndicatorMention
                  ) -> list[RegionMention]:
    """西藏、重庆、贵州稳坐…。三地2016年GDP增速分别为11.5%、10.7%和10.5%: the list of as many
    regions as a clause's count (三地) names, the last before it in its paragraph."""
    clause = clause_start(text, s.start, m.start)
    said = _counted_back_clause().fullmatch(text, clause, m.start)
    if said is None or (count := _COUNT.match(said[1])) is None:
        return []
    regions = [r for r in ctx.mentions_starting(max(0, clause - _CARRY_BACK), clause)
               if r.end <= clause]
    run = listed_run(text, regions)
    return run if len(run) == parse_number(count[0]) and all(
        r.is_region and not r.deictic for r in run) else []


def _carried_list(ctx: DocContext, text: str, s: Span, unpaired: list[QuantityMatch], *,
                  quantities: list[QuantityMatch], mentions: list[IndicatorMention]
                  ) -> list[Pair]:
    """黔南、铜仁、六盘水、黔西南位于1000亿元至1500亿元之间，分别为…: a segment of listed
    regions and their values after 分别 that names no indicator goes on about the
    indicator named last before it in its paragraph (a ranking of regions by one)."""
    pairs = []
    for q in unpaired:
        seg = segment_start(text, s.start, q.start)
        at = text.rfind("分别", seg, q.start)
        if at < 0:
            continue
        run = listed_run(text, [r for r in ctx.mentions_starting(seg, at)
                                if r.end <= at and r.is_region and not r.deictic])
        index = listed_index(at, q, quantities)
        if len(run) < 2 or index >= len(run) or has_cue(text[run[-1].end:at], "subject_head"):
            continue  # (甲、乙人均财政收入分别为…: the list names a subject of its own)
        if any(run[0].start <= m.start < q.start for m in mentions):
            continue  # (named between the list and its figures: the list's own)
        # one named in the sentence before the list and given no figure there is the one
        # it goes on about (济南的GDP增幅成绩亮眼,济阳县、章丘区更是以高增速(分别为…))
        before = _named(ctx, text, seg, run[0].start)
        if before and any(seg <= p.start < run[0].start and p.quantity.unit in (
                "percent", before[-1].indicator.unit) for p in quantities):
            continue
        named = before[-1] if before else _paragraph_indicator(ctx, text, seg)
        if named is None or q.quantity.unit not in ("percent", named.indicator.unit):
            continue
        # the name stands where 分别 does, so the words after it are the list's own (a
        # rate's from the last region on: 济阳县、章丘区更是以高增速(分别为10.07%、9.4%))
        where = run[-1].end if q.quantity.unit == "percent" else at
        carried = IndicatorMention(where, where, named.indicator, named.name)
        pairs.append(Pair(q, carried, run[0].start, run[index]))
    return pairs


_COLONS = ":："


def _colon_list(ctx: DocContext, text: str, s: Span, quantities: list[QuantityMatch], *,
                mentions: list[IndicatorMention]) -> list[Pair]:
    """一般预算收入增幅分别为:泉港209.6%,晋江40.1%,鲤城35.9%: after a colon, clauses that
    each hold a region's name and its figures go on about the indicators named before the
    colon in its segment, a figure each in their order (总收入和地方收入…分别为:平潭35.6%、
    8.7%: the first the total's, the second the local part's)."""
    pairs = []
    for q in quantities:
        seg = segment_start(text, s.start, q.start)
        colon = max(text.rfind(c, seg, q.start) for c in _COLONS)
        named = [m for m in mentions if seg <= m.start and m.end <= colon]
        if colon < 0 or not named or any(colon < m.start < q.start for m in mentions):
            continue
        clause = past_blanks(text, clause_start(text, s.start, q.start), q.start)
        own = [o for o in quantities if clause <= o.start < clause_end(text, clause, s.end)]
        region = next((r for r in ctx.mentions_starting(clause, clause + 1)
                       if r.is_region and not r.deictic and r.end == own[0].start), None)
        if region is None or len(own) != len(named):
            continue
        mention = named[own.index(q)]
        if q.quantity.unit not in ("percent", mention.indicator.unit):
            continue
        pairs.append(Pair(q, mention, named[0].start, region))
    return pairs



def _paragraph_indicator(ctx: DocContext, text: str, before: int, *,
                         first: bool = False) -> IndicatorMention | None:
    """The catalogue indicator named last in ``before``'s paragraph before it (at most
    :data:`_CARRY_BACK` characters back): what a ranking of regions goes on about;
    ``first``: the one it opened with, the whole a breakdown (分季度看) is of."""
    opening = text.rfind("\n", 0, before) + 1
    while opening > 0 and (text.startswith(cues("continues"), opening) or (
            (_opens_with_region(ctx, text, opening) or _leads_in(text, opening)
             or _says_nothing_new(ctx, text, opening))
            and not _named(ctx, text, opening, before))):
        # (从各地GDP目标来看,多数省份高于5%。/ 其中,海南为9.5%左右。/ 上海为5.5%以上: a
        # paragraph opening with 其中, or with a region and naming no indicator, goes on
        # with the one before; so does a line leading in to it, naming none: 财力从高到
        # 低依次排列为:; and one naming no indicator at all, in or out of the catalogue:
        # 收入增速来看,…南平和三明…增速分别为9.1%和8.9%; not a numbered heading naming
        # none, 三、县区增速正负各半, the start of a section of its own, nor a breakdown by
        # kinds, 分类别看, whose figures are the parts)
        opening = text.rfind("\n", 0, opening - 1) + 1
    paragraph = max(opening, before - _CARRY_BACK)
    named = _named(ctx, text, paragraph, before)
    return (named[0] if first else named[-1]) if named else None


def _says_nothing_new(ctx: DocContext, text: str, at: int) -> bool:
    """Whether the paragraph at ``at`` names no indicator at all, in or out of the
    catalogue, and is no numbered heading and no breakdown by kinds (分类别看)."""
    start, line = _line_at(text, at)
    key = ("says nothing new", start)
    if key not in ctx.memo:  # (asked again for each figure of the paragraphs below it)
        ctx.memo[key] = not find_indicators_in(
            text, ctx.indicators, start, start + len(line)) and not (
            _heading(line)) and not line.startswith(cues("category_breakdown"))
    return bool(ctx.memo[key])


def _heading(line: str) -> bool:
    """Whether ``line`` is a numbered heading (三、县区增速正负各半): its outline's number,
    then a short title with no figure."""
    if (mark := ITEM_MARK.match(line)) is None:
        return False
    title = line[mark.end():].strip()
    return len(title) <= _HEADING_MAX and not any(c.isdigit() or c in "。；;" for c in title)


_HEADING_MAX = 30  # characters of a heading line, at most


def _leads_in(text: str, at: int) -> bool:
    """Whether the line at ``at`` (past blank lines) ends in a colon: a lead-in to the
    lines below it."""
    return _line_at(text, at)[1].rstrip().endswith(tuple(_COLONS))


def _line_at(text: str, at: int) -> tuple[int, str]:
    """Where the line at ``at`` starts past blank lines, and the line."""
    start = past_blanks(text, at, len(text))
    end = text.find("\n", start)
    return start, text[start:end if end >= 0 else len(text)]


def _opens_with_region(ctx: DocContext, text: str, at: int) -> bool:
    """Whether a region's name (no deictic 全省) opens the line at ``at``, past an item's
    number (2、江苏10个:苏州74076元、南京72112元: the list's second item, after the first)."""
    start = past_blanks(text, at, len(text))
    if (mark := ITEM_MARK.match(text, start)) is not None:
        start = mark.end()
    return any(r.start == start and r.is_region and not r.deictic
               for r in ctx.mentions_starting(start, start + 1))


def _named(ctx: DocContext, text: str, lo: int, hi: int) -> list[IndicatorMention]:
    """The catalogue indicators named in ``text[lo:hi]``, in order."""
    return [m for m in find_indicators_in(text, ctx.indicators, lo, hi)
            if m.indicator.id != OTHER]


def _carried_ranks(ctx: DocContext, text: str, s: Span, quantities: list[QuantityMatch],
                   ) -> list[Pair]:
    """从增速来看，淄博同比增幅19.5%，烟台以18.6%的增速紧随其后: a sentence that names no
    indicator, its clauses each led by a region and giving a growth rate, goes on about
    the indicator named last before it in its paragraph (a ranking of regions by one);
    so do levels in its unit, ranked (南充市以2861.68亿元排名全省第五) or listed after a
    colon (排在后三位的是:三门峡395.9亿元,鹤壁270.26亿元)."""
    named = _paragraph_indicator(ctx, text, s.start)
    if named is None:
        return []
    # (固定资产投资增速6.4%…。比如,位于第一名的延津县是20.9%,凤泉区是20.7%: its name
    # with a growth word, the regions' bare rates after a copula are its growths too)
    # (从各地GDP目标来看…。其中,海南为9.5%左右: a target named so is a rate too)
    by_rate = _names_its_rate(text, named)
    pairs = _regions_parts(ctx, text, s, quantities, named, fits=lambda q, region: (
        q.quantity.unit == "percent" and (has_cue(text[region.end:q.number_start], "growth")
                                          or RATE_AFTER.match(text, q.end) is not None
                                          or (by_rate and _COPULA.fullmatch(
                                              text, region.end, q.start) is not None))) or (
        # 南充市以2861.68亿元排名全省第五，泸州市以2836.5亿元排名第六: levels ranked too
        (q.quantity.unit == named.indicator.unit or (by_rate and q.quantity.unit == "percent"))
        and _ranked_by().fullmatch(text, region.end, q.start) is not None
        and _place_after().match(text, q.end) is not None) or (
        # 黄埔区为2038.18亿元,位居全市第二: a level after a copula, its place after it;
        # 潍坊为7010亿元,临沂为5465亿元: or its clause ending with it (see _goes_on)
        q.quantity.unit == named.indicator.unit
        and _COPULA.fullmatch(text, region.end, q.start) is not None
        and (_place_after().match(text, q.end + (text[q.end:q.end + 1] in ",，"))
             is not None or (_FIGURE_ENDS_CLAUSE.match(text, q.end) is not None
                             and _goes_on(ctx, text, named, s)))) or (
        # 贵州位居第一14%,陕西第二12.5%: a region's place, then its rate; 位居第七的为
        # 河北9%: a place, its region, then its rate (levels ranked so: topic_pairs's)
        by_rate and q.quantity.unit == "percent"
        and (_place_then_figure().fullmatch(text, region.end, q.start) is not None
             or (text[region.end:q.start] in ("", "(", "（") and _order_lead().fullmatch(
                 text, _item_clause(text, s.start, q.start), region.start) is not None))) or (
        # 排在全省后三位的是:三门峡395.9亿元,鹤壁270.26亿元: a list's items after a colon,
        # each a region and its figure right after it
        q.quantity.unit == named.indicator.unit and region.end == q.start
        and (any(c in text[s.start:region.start] for c in _COLONS)
             # 其中杭州132家、宁波76家: a sentence going on with the one before, its
             # items each a region and its figure right after it (or a line after one
             # closed by a semicolon: 第一,苏州2221.8亿元; / 第二,南京1580.03亿元;)
             or text.startswith(cues("continues"), s.start)
             or text[:s.start].rstrip().endswith(tuple(SEGMENT_MARKS)))) or (
        # 增速前三位的县是:鸡泽县29.5%、馆陶县28.9%: rates listed after a ranking's lead
        # that ranks by the growth
        q.quantity.unit == "percent" and region.end == q.start
        and ranks_by_growth(text, region.start)))
    # (a rate after a copula or a place: the growth word is the named indicator's own,
    # after it)
    return [Pair(p.quantity, named, p.anchor, p.region, trailing=True)
            if by_rate and p.region is not None and p.quantity.quantity.unit == "percent"
            and not has_cue(text[p.region.end:p.quantity.start], "growth")
            and RATE_AFTER.match(text, p.quantity.end) is None else p for p in pairs]


def _names_its_rate(text: str, named: IndicatorMention) -> bool:
    """Whether ``named`` is said with a growth word or a rate's goal after it (地区生产总值
    增长目标, GDP增速): the bare rates of its regions that follow are its growths."""
    return text.startswith((*cues("growth"), *cues("rate_goal")), named.end)


def _item_region(ctx: DocContext, text: str, clause: int, q: QuantityMatch
                 ) -> RegionMention | None:
    """The region right before ``q`` (or before its growth word) opening an item of a 、
    list in its clause (其中杭州132家、宁波76家: 宁波; 乌鲁木齐市上涨1.8%、银川市上涨1.8%:
    银川市), if one."""
    return next((r for r in ctx.mentions_starting(clause, q.start)
                 if r.start > clause and text[r.start - 1] == "、" and (
                     r.end == q.start or (q.start - r.end <= _ITEM_VERB_MAX
                                          and has_cue(text[r.end:q.start], "growth")))),
                None)


_ITEM_VERB_MAX = 4  # characters of an item's growth word (上涨, 同比增长)


@cache
def _region_breakdown() -> re.Pattern[str]:
    """分地区看, 分县(市、区)看, 分县市区、开发区看, 从区域来看: the opening of a breakdown of
    the whole named before by regions (cue role ``region_breakdown_unit``)."""
    units = alternation(cues("region_breakdown_unit"))
    return re.compile(rf"[分从](?:{units}|[、(（)）和及])+?来?看")


# 延津县是20.9%, 凤泉区为20.7%, 获嘉县也达20.6%: the words between a region and its rate
_COPULA = re.compile(r"(?:均|也|则)?(?:是|为|达)")
_FIGURE_ENDS_CLAUSE = re.compile(r"\s*(?:[,，;；。!！]|$)")


def _goes_on(ctx: DocContext, text: str, named: IndicatorMention, s: Span) -> bool:
    """Whether ``s`` still goes on about ``named``: it is named in the sentence before, or,
    a sum's indicator (a ranking's 亿元), with no other measure named since. A count's
    个 counts anything: 入库规上工业企业…。…入库房地产开发经营企业11个。其中,昭化区为0个."""
    if len(STOP_AT.findall(text, named.end, s.start)) <= 1:
        return True
    return named.indicator.unit in ("CNY", "USD") and all(
        m.indicator.id == named.indicator.id
        for m in find_indicators_in(text, ctx.indicators, named.end, s.start))


def _carried_breakdown(ctx: DocContext, text: str, s: Span,
                       quantities: list[QuantityMatch]) -> list[Pair]:
    """本次开工项目共82个。分地区看，凯里市项目14个，总投资89.13亿元；麻江县项目3个: a
    sentence that opens a breakdown by regions and names no indicator gives, in each
    clause led by a region, that region's part of the whole named last before it (a
    value in the whole's unit, or its growth), across lines."""
    if not _region_breakdown().match(text, s.start):
        return []
    whole = _topic_before(ctx, text, s.start)
    if whole is None:
        return []
    return _regions_parts(ctx, text, s, quantities, whole, fits=lambda q, region: (
        q.quantity.unit == whole.indicator.unit or (
            q.quantity.unit == "percent" and has_cue(text[region.end:q.number_start], "growth"))))


def _captioned_regions(ctx: DocContext, text: str, s: Span,
                       quantities: list[QuantityMatch]) -> list[Pair]:
    """集中开工重大项目汇总表 / - 宜都市35个,总投资209.8亿元 / - 枝江市30个,…: a line led by a
    region in a run of such lines under a caption line (no sentence's mark, closing with a
    ``list_caption_end`` word) that names an indicator gives, in each clause a region
    leads, that region's part of it (a value in its unit)."""
    caption = _list_caption(ctx, text, s.start)
    if caption is None:
        return []
    return _regions_parts(ctx, text, s, quantities, caption,
                          fits=lambda q, region: q.quantity.unit == caption.indicator.unit)


_LIST_MARKS = f" \t\u3000-{BULLETS}"
# a list's line: its mark, a name and its figure (- 宜都市35个, • 宜昌高新区6个)
_LIST_LINE = re.compile(rf"[ \t\u3000]*(?:[-{BULLETS}][ \t\u3000]*)?[\u4e00-\u9fff]{{2,15}}"
                        r"(?:[是为达有共计]{1,2})?\d")
_CAPTION_MARKS = re.compile(r"[。；;！？!?，,:：\d]")  # a caption states nothing, no figure
_CAPTION_MAX = 30  # characters of a list's caption line
_LIST_LINES_MAX = 40  # lines of a list between its caption and a line of it


def _list_caption(ctx: DocContext, text: str, at: int) -> IndicatorMention | None:
    """The indicator a list's caption names, when the line of ``at`` is one of the lines
    led by a region right under it (lines with no Chinese between them: a copy's noise)."""
    start = text.rfind("\n", 0, at) + 1
    for _ in range(_LIST_LINES_MAX):
        if start == 0:
            return None
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line or not HAN.search(line):
            continue
        if _LIST_LINE.match(text, start, end):
            continue  # another line of the list (宜昌高新区6个: a zone's too)
        if line in cues("region_breakdown_caption"):
            return _broken_down_total(ctx, text, start)
        if len(line) > _CAPTION_MAX or _CAPTION_MARKS.search(line) or not line.endswith(
                tuple(cues("list_caption_end"))):
            return None
        named = [m for m in find_indicators_in(text, ctx.indicators, start, end)
                 if m.indicator.id != OTHER]
        return named[-1] if named else None
    return None


_BREAKDOWN_CAPTION = re.compile(r"[从分按][\u4e00-\u9fff]{1,6}看")  # 从规模看, 分领域看
_ABOVE_BREAKDOWNS_MAX = 6  # lines naming no indicator between a breakdown and its total's


def _broken_down_total(ctx: DocContext, text: str, at: int) -> IndicatorMention | None:
    """The indicator of the total a region breakdown's caption (从县市看, the line at
    ``at``) breaks down: the one the nearest line above it names, past the other
    breakdowns' captions and lines (从规模看 / ➤ 亿元至5亿元项目96个) and a few lines
    naming none (总投资470.7亿元)."""
    end = at - 1
    unnamed = 0
    for _ in range(_LIST_LINES_MAX):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        # (a breakdown's lines open with a list's mark; the total's line names a region,
        # 全市集中开工5000万元以上项目174个, however like a list's line it reads)
        if line and not line.startswith(tuple(_LIST_MARKS.strip())) and not (
                _BREAKDOWN_CAPTION.fullmatch(line)):
            named = [m for m in find_indicators_in(text, ctx.indicators, start, end)
                     if m.indicator.id != OTHER]
            if named:
                return named[-1]
            unnamed += 1
            if unnamed > _ABOVE_BREAKDOWNS_MAX:
                return None
        end = start - 1
    return None


def _regions_parts(ctx: DocContext, text: str, s: Span, quantities: list[QuantityMatch],
                   named: IndicatorMention, *,
                   fits: Callable[[QuantityMatch, RegionMention], bool]) -> list[Pair]:
    """The pairs of ``named``'s indicator with each quantity whose clause a region leads
    (no deictic 全省), when ``fits`` the quantity after that region."""
    pairs = []
    for q in quantities:
        if region_count().match(text, q.number_start) is not None:
            continue  # 江苏、山东等8个地区开工率超过50%: a count of the regions listed
        clause = _item_clause(text, s.start, q.start)
        region = (_clause_leader(ctx, text, clause, q) or _item_region(ctx, text, clause, q)
                  or _placed_leader(ctx, text, clause, q))
        if region is None or region.deictic or not region.is_region or not fits(q, region):
            continue
        carried = IndicatorMention(region.end, region.end, named.indicator, named.name)
        # (- 宜都市35个: a list's line quoted from its region, past its mark)
        start = region.start if not text[clause:region.start].strip(_LIST_MARKS) else clause
        pairs.append(Pair(q, carried, start, region))
    return pairs


def _item_clause(text: str, lo: int, at: int) -> int:
    """Where the clause of ``at`` starts, past a lead-in before a colon in it (按高低顺序
    排序:贵州位居第一14%: the lead-in leads no item)."""
    clause = clause_start(text, lo, at)
    return max(clause, *(text.rfind(c, clause, at) + 1 for c in _COLONS))


def _clause_leader(ctx: DocContext, text: str, clause: int, q: QuantityMatch
                   ) -> RegionMention | None:
    """The region leading ``q``'s clause (南京市8316.92亿元), or the last of the regions
    listed side by side there (江西、新疆为7%左右: :func:`_owned` gives each its copy)."""
    region = _region_prefix(ctx, clause, q.start)
    if region is not None:
        return region
    named = [r for r in ctx.mentions_starting(clause, q.start) if r.end <= q.start]
    run = listed_run(text, named) if len(named) > 1 else []
    if len(run) < 2 or run[0].start > clause + 1:
        return None
    return _region_prefix(ctx, run[-1].start, q.start)


def _placed_leader(ctx: DocContext, text: str, clause: int, q: QuantityMatch
                   ) -> RegionMention | None:
    """The region leading ``q``'s clause with its place in a ranking between them
    (贵州位居第一14%, 陕西第二(12.5%)), if one."""
    return next((r for r in ctx.mentions_starting(clause, clause + 1)
                 if _place_then_figure().fullmatch(text, r.end, q.start) is not None), None)


# the words after a percentage that make it a growth rate (实现20%以上的增长, 以18.6%的增速,
# 以24.9%的惊人成长率, 实现了20.5%的同比增长)
RATE_AFTER = re.compile(r"的(?:(?:同比|实际|大幅)?增长(?!率)"
                        r"|(?:[\u4e00-\u9fff]{1,2}的?)?(?:增速|增幅|增长率|成长率))")


@cache
def _ranked_by() -> re.Pattern[str]:
    """南充市以2861.68亿元…: the words between a ranked region and its figure."""
    return re.compile(rf"(?:也|则|仍|继续)?(?:{alternation(cues('figure_by'))})")


@cache
def _place_then_figure() -> re.Pattern[str]:
    """贵州位居第一14%, 陕西第二(12.5%): the words between a ranked region and its figure
    when its place comes first."""
    return re.compile(rf"(?:{alternation(cues('place_verb'))})?(?:全国|全省|全市)?{PLACE}"
                      r"[名位]?[，,:：]?[(（]?")


@cache
def _place_after() -> re.Pattern[str]:
    """…排名全省第五, …紧随其后: a place's verb right after a ranked region's figure."""
    return re.compile(rf"(?:的(?:总量|规模|成绩))?(?:{alternation(cues('place_verb'))})")


def listed_run(text: str, regions: list[RegionMention],
               joins: str | tuple[str, ...] | re.Pattern[str] = LIST_JOINS, *,
               first: bool = False) -> list[RegionMention]:
    """The last of ``regions`` named side by side (甲、乙和丙): the list a 分别 answers
    (``joins``: what may stand between two names; a string's pieces, a pattern, or
    none at all). ``first``: the run that opens with the first of ``regions`` instead."""
    def joined(a: RegionMention, b: RegionMention) -> bool:
        # (儋州(含洋浦)、海口、三亚…分别: a region's scope in brackets is its own name's)
        scope = SCOPE_ASIDE.match(text, a.end, b.start)
        gap = text[scope.end() if scope else a.end:b.start]
        if isinstance(joins, re.Pattern):
            return joins.fullmatch(gap) is not None
        return gap in joins

    regions = _inner_names(regions)
    if first:
        run = regions[:1]
        for r in regions[1:]:
            if not joined(run[-1], r):
                break
            run.append(r)
        return run
    run = regions[-1:]
    for r in reversed(regions[:-1]):
        if not joined(r, run[0]):
            break
        run.insert(0, r)
    return run


def _inner_names(regions: list[RegionMention]) -> list[RegionMention]:
    """``regions`` with a name that runs straight on into one of its own parts (宁波北仑区,
    杭州上城区: a district named with its city) counted once, as the part."""
    out: list[RegionMention] = []
    for r in regions:
        if out and out[-1].end == r.start and r.region.parent == out[-1].region.code:
            out[-1] = evolve(r, start=out[-1].start)  # (the pair's name, the part's region)
        else:
            out.append(r)
    return out


def listed_index(at: int, q: QuantityMatch, quantities: list[QuantityMatch]) -> int:
    """Which item of a list after ``at`` (分别 …) ``q`` is: the quantities of its unit
    between ``at`` and it."""
    return sum(1 for o in quantities if at <= o.start < q.start
               and o.quantity.unit == q.quantity.unit)


def _region_item(ctx: DocContext, text: str, clause: int, q: QuantityMatch,
                 quantities: list[QuantityMatch]) -> int:
    """Where ``q``'s item starts when a list of regions' figures runs in one clause
    (营口市同比增长10.3%、丹东市同比增长7.3%: 丹东市…), else ``clause``."""
    inner = [o for o in quantities if clause <= o.start and o.end <= q.start]
    if not inner:
        return clause
    item = inner[-1].end
    while item < q.start and text[item] in LIST_JOINS:
        item += 1
    if item == inner[-1].end:
        return clause
    region = _region_prefix(ctx, item, q.start)
    return item if region is not None and region.is_region and not region.deictic else clause


_RATE_WORD = re.compile(r"的(?:增速|增幅|增长速度|(?P<fall>降幅|降低率|下降率))")
_BY_GAP = re.compile("(?:分别)?")  # 江苏、浙江分别以7.8%和7.5%的增速


def _run_of(text: str, q: QuantityMatch, quantities: list[QuantityMatch]
            ) -> list[QuantityMatch]:
    """The list of figures in ``q``'s unit that ``q`` stands in, joined by a list's marks
    alone (9.42%、8.41%和7.94%); ``[q]`` when it stands alone."""
    # (``quantities`` are in order of their starts: a bisection, not a scan, finds q)
    at = bisect_left(quantities, q.start, key=lambda o: o.start)
    if at == len(quantities) or quantities[at].start != q.start:
        return [q]
    a = b = at

    def joined(i: int) -> bool:  # the i-th figure and the one after it
        return quantities[i].quantity.unit == quantities[i + 1].quantity.unit and (
            text[quantities[i].end:quantities[i + 1].start] in tuple(LIST_JOINS))

    while a > 0 and joined(a - 1):
        a -= 1
    while b + 1 < len(quantities) and joined(b):
        b += 1
    return quantities[a:b + 1]


def _ranked_rate(ctx: DocContext, text: str, clause: int, q: QuantityMatch,
                 quantities: list[QuantityMatch], *, sentence: int) -> Pair | None:
    """凉山以8.1%的增速领跑市州, 宿迁以6.9%的增速紧随其后, 西藏涨幅最高,为3.7%: a region's
    rate, in a ranking, of the indicator its paragraph is about (named before, across
    sentences); and the rates a list of regions gives (苏州、无锡、南通的增速分别为1.9%、
    4.9%、4.3%), each its region's, as 分别 distributes them."""
    if q.quantity.unit != "percent":
        return None
    if (ranked := _region_ranked(ctx, text, sentence, q)) is not None:
        return ranked
    # (甘肃、天津、青海以9.42%、8.41%、7.94%的降低率排名前三: a list of rates after 以, the
    # i-th the i-th region's of the list right before it; a rate of fall a decline)
    run = _run_of(text, q, quantities)
    by = next((w for w in cues("figure_by") if text.endswith(w, 0, run[0].start)), None)
    rate = _RATE_WORD.match(text, run[-1].end) if by is not None else None
    if by is not None and rate is not None:
        lead = run[0].start - len(by)
        if len(run) == 1:
            region = _region_prefix(ctx, clause, lead)
        else:
            owners = _listed_before(ctx, text, clause, lead, gap=_BY_GAP)
            index = next(i for i, o in enumerate(run) if o.start == q.start)
            region = owners[index] if len(owners) == len(run) else None
        topic = _topic_before(ctx, text, clause) if region is not None else None
        if region is None or topic is None or not region.is_region:
            return None
        return Pair(_as_fall(q) if rate.group("fall") else q, topic, clause, region)
    listed = _RATES_LISTED.search(text, clause, q.start)
    if listed is None or text[listed.end():q.start].strip("0123456789.%、和及与 "):
        return None  # (only values and their marks between 分别为 and the rate)
    regions = [r for r in ctx.mentions_starting(clause, listed.start())
               if r.end <= listed.start()]
    if (not regions or any(r.deictic or not r.is_region for r in regions)
            or text[clause:regions[0].start].strip(_LIST_LEAD)
            or regions[-1].end != listed.start()
            or any(text[a.end:b.start] not in tuple(LIST_JOINS)
                   for a, b in pairwise(regions))):
        return None
    index = listed_index(text.find("分别", listed.start()), q, quantities)
    topic = _topic_before(ctx, text, clause)
    if topic is None or index >= len(regions):
        return None
    return Pair(q, topic, clause, regions[index])


_RATES_LISTED = re.compile(r"的(?:增速|增幅|增长速度)分别(?:为|是|达到?)")
# 西藏涨幅最高,为3.7%, 重庆最高为涨2.7%, 陕西最低涨1.0%: a region, its rank among the
# regions (by its rate), then the rate, up to one comma after the rank
_RANK_THEN_RATE = re.compile(
    rf"的?(?:{_RATE_NAMES}|(?P<fall>降幅))?最{_RANKED_BY}的?[,，]?"
    r"(?:为|是|达)?(?:上?涨|增长)?")
_RANKED_REACH = 16  # characters from the region to its rate, at most


def _region_ranked(ctx: DocContext, text: str, sentence: int,
                   q: QuantityMatch) -> Pair | None:
    """西藏涨幅最高,为3.7%: the rate of the region leading its clause, ranked by it, of the
    indicator the text was about before (国家统计局公布…CPI同比上涨1.8%。分省份看,…)."""
    lo = max(sentence, q.start - _RANKED_REACH)
    found = next(((r, m) for r in ctx.mentions_starting(lo, q.start) if r.end <= q.start
                  and (m := _RANK_THEN_RATE.fullmatch(text, r.end, q.start))), None)
    if found is None:
        return None
    region, rank = found
    if region.deictic or not region.is_region or text[
            clause_start(text, sentence, region.start):region.start].strip(_LIST_LEAD):
        return None
    topic = _topic_before(ctx, text, region.start)
    if topic is None:
        return None
    return Pair(_as_fall(q) if rank.group("fall") else q, topic, region.start, region)


def _as_fall(q: QuantityMatch) -> QuantityMatch:
    """``q`` read as a fall (a rate named 降幅 or 降低率: 天津降幅最大,为0.5%)."""
    if q.decline:
        return q
    return evolve(q, quantity=evolve(q.quantity, value=-q.quantity.value), decline=True)


@cache
def group_words() -> str:
    """A regex of a group of regions' word and its level before it (地级城市, 县区:
    cues group_level, region_group)."""
    return (rf"(?:{alternation(cues('group_level'))})?"
            rf"(?:{alternation(cues('region_group'))})")


@cache
def _among() -> re.Pattern[str]:
    """14个地级城市中乌鲁木齐以2730亿元排在第一名, 各市中: the group a region is picked
    out of, before the region that leads its clause."""
    return re.compile(rf"(?:全[省市区州]|各)?(?:{COUNT_NUMERAL}个)?"
                      rf"{group_words()}之?中[，,]?")


# what may open a list's item before its region's name (1. 集宁区:…, - 丰镇市:…)
_ITEM_MARK = re.compile(r"(?:^|[:：\n])\s*(?:\d{1,3}[.、．]|[-–—•·●▪■◆*])?\s*$")
_LABEL_REACH = 16  # characters before a label's colon its item may start


# 地区生产总值位列前三的是昆明市7222.50亿元, 玉溪市也以2352.30亿元: a region right before
# the figure, after the indicator's name, owns it
_OWNER_GAP = re.compile(  # (…排行第十一的南京市增速已经达到7.8%)
    r"(?:也|则|仍|亦)?(?:的?(?:增速|增幅|增长率)(?:已经|已|也)?(?:达到|达|为|是)?|以|为|:|：)?")


def _figure_owner(ctx: DocContext, text: str, after: int, q: QuantityMatch
                  ) -> RegionMention | None:
    """The region named between the indicator (ending at ``after``) and ``q``, right
    before ``q`` (…的是昆明市7222.50亿元), whose figure it is; else None."""
    for r in ctx.mentions_starting(after, q.start):
        if r.is_region and not r.deictic and _OWNER_GAP.fullmatch(text, r.end, q.start):
            return r
    return None


# 排名第一的是顺庆区，达到547.6亿元: a clause naming a region last, after 是/为
_NAMED_LAST = re.compile(r"(?:的是|是|为)\s*$")


def _region_closing(ctx: DocContext, text: str, clause: int, *, marks: str,
                    lead: re.Pattern[str], back: int) -> RegionMention | None:
    """The region that ends right before ``clause``'s opening mark (one of ``marks``),
    the words up to ``back`` characters before it matching ``lead``; else None."""
    if clause < 2 or text[clause - 1] not in marks:
        return None
    return next((r for r in ctx.mentions_starting(max(0, clause - _LABEL_REACH), clause)
                 if r.end == clause - 1 and r.is_region and not r.deictic
                 and lead.search(text, max(0, r.start - back), r.start)), None)


def _named_before(ctx: DocContext, text: str, clause: int, prefix: str) -> RegionMention | None:
    """The region the clause before names last, after 是 (排名第一的是顺庆区，达到547.6亿元),
    whose figure a clause of bare verbs gives; else None."""
    if clause < 2 or text[clause - 1] not in ",，" or not _bare(prefix):
        return None
    if (named := _region_closing(ctx, text, clause, marks=",，", lead=_NAMED_LAST,
                                  back=4)) is not None:
        return named
    # 宜宾则首次突破4000亿元大关，达到4005.76亿元: the region leading the clause before
    before = clause_start(text, 0, clause - 1)
    if not _MILESTONE.search(text, before, clause):
        return None
    return next((r for r in ctx.mentions_starting(before, before + 3)
                 if r.is_region and not r.deictic), None)


def _labelled_region(ctx: DocContext, text: str, clause: int) -> RegionMention | None:
    """The region an item names as its label, the clause its figure after the colon
    (…排名如下:1. 集宁区:265.62亿元), else None."""
    return _region_closing(ctx, text, clause, marks=":：", lead=_ITEM_MARK, back=_LABEL_REACH)


@cache
def _order_lead() -> re.Pattern[str]:
    """其次是曲靖市3393.91亿元, 排名第二的是南部县481.8亿元, 位于第一名的延津县是20.9%: a
    ranking's next place, then its region (cue next_place); or the lead of its top or
    bottom few (总量后三位的县是邱县15.7亿元)."""
    return re.compile(rf"(?:(?:{alternation(cues('next_place'))}"
                      rf"|(?:排名|位列|位居)?{PLACE}(?:位|名)?的?)"
                      r"(?:是|为)[:：]?"
                      rf"|(?:排名|位列|位居|位于|排在){PLACE}(?:位|名)的"
                      rf"|{_RANKING_LEAD.pattern})")


# the lead of a ranking's top or bottom few (总量前三位的县是, 增速后三位的是:), what it
# ranks by first
_RANKING_LEAD = re.compile(r"[\u4e00-\u9fff]{0,4}?[前后後末][一二三四五六七八九十\d]{1,2}[位名强強]"
                           r"(?:的[^，,。；;、:：]{0,3})?(?:是|为|為)[:：]?")
# a list in order after the clause's words (万亿之城格局依次为上海(10536.22亿元)、北京(…);
# 而前三强为贵阳(17.0%)、…: a ranking's top few): its items are regions and their figures,
# whatever frame the words before name
_ORDERED_LIST = re.compile(rf"(?:{_ORDER}(?:为|是|為)[:：]?|{_RANKING_LEAD.pattern})\s*$")
_LIST_BREAKS = SEGMENT_MARKS + "，,"  # what ends a ranking's list (its items joined by 、)
_RANKED_LIST_MAX = 80  # characters of a ranking's lead and its list before an item


def ranks_by_growth(text: str, at: int) -> bool:
    """Whether the ranking whose list holds ``at`` opens after a lead that ranks by a
    growth (增速前三位的县是: before 鸡泽县29.5%、馆陶县28.9%): its rates are growths."""
    lo = max(0, at - _RANKED_LIST_MAX)
    since = max(lo, *(text.rfind(mark, lo, at) + 1 for mark in _LIST_BREAKS))
    m = _RANKING_LEAD.match(text, since, at)
    if m is not None and has_cue(m.group(), "growth"):
        return True
    # (按增速排序,沁水县6%,泽州县5.4%: a segment's list sorted by a growth, its items
    # joined by commas)
    opening = max(lo, *(text.rfind(mark, lo, at) + 1 for mark in SEGMENT_MARKS))
    by = _SORTED_BY.match(text, opening, at)
    return by is not None and has_cue(by[1], "growth")


_SORTED_BY = re.compile(r"\s*按([\u4e00-\u9fff]{1,8}?)(?:排序|排名|排列|排位)[:：,，]?")


def _aside_closed_before(text: str, m: IndicatorMention, at: int) -> bool:
    """Whether ``m`` stands in a bracketed aside that closes before ``at`` (…完成年计划
    362亿元的89.2%(主要是规模以上工业产值未达到预期目标),下降2.0%: the aside explains; the
    figure after it is not of what it names)."""
    opened = max(text.rfind("(", 0, m.start), text.rfind("（", 0, m.start))
    if opened < 0 or any(c in text[opened:m.start] for c in ")）"):
        return False
    closed = min((i for i in (text.find(")", m.end, at), text.find("）", m.end, at))
                  if i >= 0), default=-1)
    return closed >= 0


def _in_bracket(text: str, lo: int, at: int) -> bool:
    """Whether ``at`` stands inside a bracket opened after ``lo`` (淮北(,66.8亿))."""
    return any(text.rfind(o, lo, at) > text.rfind(c, lo, at) for o, c in ("()", "（）"))


def _clause_lead(ctx: DocContext, lo: int, clause: int, quantities: list[QuantityMatch],
                 ) -> RegionMention | None:
    """新北区完成27.7亿元，同比增收1.1亿元，增长4.0%: the region that leads the clauses
    right before ``clause`` with its figure (bare clauses between), whose bare clause after
    goes on about it; across a semicolon too, and past a remark naming no region and
    giving no figure (长垣市完成490.17亿元,再次夺冠;同比增长4.9%)."""
    text = ctx.text
    while clause > lo and text[clause - 1] in "，,;；":
        before = clause_start(text, lo, clause - 1)
        first = next((o for o in quantities if before <= o.start < clause), None)
        if first is None:
            if ctx.mentions_starting(before, clause):
                return None
            clause = before
            continue
        if (region := _region_prefix(ctx, before, first.start)
                or _labelled_region(ctx, text, before)) is not None:
            return region  # (杭州市:1.35万亿元,同比增长6.9%: its label's too)
        if not _bare(text[before:first.start]):
            return None
        clause = before
    return None


def _region_prefix(ctx: DocContext, clause: int, at: int) -> RegionMention | None:
    """A clause that starts with a region name and then gives a number (南京市8316.92亿元),
    or only a change's verbs before it (长沙市同比增长9.9%, in a ranking by growth); the
    group it is one of may come first (14个地级城市中乌鲁木齐以2730亿元)."""
    text = ctx.text
    starts = [clause]
    among = _among().match(text, clause, at) or _order_lead().match(text, clause, at)
    if among is not None:
        starts.append(among.end())
    for lead in starts:
        for r in ctx.mentions_starting(lead, lead + 3):
            # (寒亭区(含经济开发区)270.3亿元: the region's scope in brackets, its own)
            end = aside.end() if (aside := SCOPE_ASIDE.match(text, r.end, at)) else r.end
            if end <= at and (at - end <= 2 or _bare(text[end:at])):
                return r
    return None


@cache
def _price_basis() -> re.Pattern[str]:
    return re.compile(alternation(cues("price_basis")))


def _by_name(ctx: DocContext) -> dict[str, Indicator]:
    return indicator_index(ctx.indicators)


def _by_id(ctx: DocContext) -> dict[str, Indicator]:
    """The catalogue's indicators by id, built once per document (not per sentence)."""
    found = ctx.memo.get("indicators by id")
    if found is None:
        found = ctx.memo["indicators by id"] = {i.id: i for i in ctx.indicators}
    return found  # type: ignore[return-value]
