"""The shared reading: in each sentence, pair quantities with the indicators they measure
(:mod:`pairing`), then settle each fact's measure, kind, modality, period
(:mod:`timing`) and region from the cues around.

Style extractors differ only in a :class:`Profile` (what a sentence without cues is, how
a plan's span applies, whether 【…】 markers switch the default); the reading is this one.
Sentences and clauses are those of :mod:`plantrack.text.segment`, in the reading text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from typing import Literal

from attrs import evolve, frozen

from plantrack.catalog.indicators import counted_in
from plantrack.catalog.roles import NOT_THE_SUBJECT, mention_role
from plantrack.datafiles import alternation
from plantrack.extract.context import (
    DocContext,
    RegionMention,
    context_of,
    fitting,
    resolve_deictic,
)
from plantrack.extract.lexicon import (
    MOVED_ROLES,
    OTHER,
    cue_values,
    cues,
    find_cue,
    find_indicators,
    find_indicators_in,
    has_cue,
    year_on_year_bases,
)
from plantrack.extract.pairing import (
    COUNT_NUMERAL,
    PERIOD_WORDS,
    RATE_AFTER,
    SCOPE_ASIDE,
    Pair,
    find_pairs,
    given_each,
    group_words,
    item_owner,
    last_distributive,
    listed_after_lead,
    listed_index,
    listed_run,
    names_a_goal,
    opens_with_rank,
    opens_with_region,
    part_said,
    ranks_by_growth,
    region_count,
    signed_bracket,
    target_cues,
    topic_pairs,
)
from plantrack.extract.tablecols import table_words
from plantrack.extract.timing import (
    Time,
    average_span,
    carry,
    listed_periods,
    result_period,
    target_period,
    update_time,
)
from plantrack.model import (
    MONEY_UNITS,
    Goal,
    Kind,
    Measure,
    Modality,
    Period,
    Provenance,
    Region,
    Result,
)
from plantrack.text.prepare import PreparedDocument
from plantrack.text.quantities import (
    RANK_PLACES,
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
    LEAD_IN_MAX,
    LIST_JOINS,
    NUMBER_MARK,
    PART_LEAD,
    SEGMENT_MARKS,
    Span,
    clause_end,
    clause_start,
    past_blanks,
    segment_start,
    sentence_start,
    sentences,
)
from plantrack.text.years import (
    COMPARED_WITH_YEAR,
    MULTIPLE_OF,
    PLAN_NAME,
    YEAR,
    YEAR_NAMED,
    YEARS_SIDE_BY_SIDE,
    plan_years,
)

__all__ = ["Profile", "read_facts"]

_Kind = Kind | Literal["weak result"]
_MARKER = re.compile(r"【([^】\n]{1,12})】")
_ENUMERATOR = re.compile(rf"(?:{NUMBER_MARK}|——)")
# 10个县区中, 7个省、直辖市的地区生产总值超过一万亿元: a count of regions, not a region's
# (digits only before 中 and 县(市), as first written: a count in words there, 其他六县(市),
# is read by no rule yet; 29个省级重点项目 counts projects at the province's level, no
# provinces)
_AGGREGATE = re.compile(rf"\d+个?[市县区]中|\d+个?县[(（]?市|{COUNT_NUMERAL}个省(?!级)")
# 3个少数民族自治州地区生产总值达895.39亿元, 13个市州GDP, 县(市)实现生产总值: a count or a
# class of regions right before the indicator is its subject, their sum
_COUNTED_SUBJECT = re.compile(rf"(?:{COUNT_NUMERAL}个"
                              r"(?:[\u4e00-\u9fff]{0,4}自治|市)?[州盟]"
                              r"|(?<![\u4e00-\u9fff])县[(（]市(?:[、，]?区)?[)）])"
                              r"(?:实现|完成)?的?$")


@cache
def _counted_group() -> re.Pattern[str]:
    """34个县区财政收入超10亿, 9县区财政收入增速超100%: a count of a group of regions right
    before the indicator."""
    return re.compile(rf"{COUNT_NUMERAL}个?{group_words()}"
                      rf"(?:\d{{4}}年)?(?:实现|完成)?的?$")


_AND_OTHERS = "等"  # 南昌县、西湖区等3个县区: a list closed, its count after


@cache
def _group_word() -> re.Pattern[str]:
    """A group of regions' word (县区, 城市: cue region_group)."""
    return re.compile(alternation(cues("region_group")))


@cache
def _members_described() -> re.Pattern[str]:
    """财政收入超过50亿元的县区, GDP超过万亿元的城市有26个 (还有芜湖市): a figure that picks
    out the members of a group of regions, not one region's."""
    return re.compile(rf"的{group_words()}(?:(?![\u4e00-\u9fff])|(?=[有中里是为都均数共达还也]))")


# 产值过百亿工业企业增至10家: a sum that picks out enterprises (not 333家规模以上工业企业, a
# count of them)
_ENTERPRISES_DESCRIBED = re.compile(r"的?(?:工业|规上|规上工业|规模以上|规模以上工业)?企业")


_NAME_REACH = 16  # characters a region's name may run before a point inside it


@cache
def _industry() -> re.Pattern[str]:
    """An industry's name (纺织业, 非金属矿物制品业), not 工业, 企业 or 就业 itself."""
    return re.compile(rf"(?!{alternation(cues('general_ye'))})[\u4e00-\u9fff]业")


def _inside_a_name(ctx: DocContext, at: int) -> bool:
    """Whether reading offset ``at`` lies inside a region's name (七 of 二七区)."""
    return any(r.is_region and r.start <= at < r.end
               for r in ctx.mentions_starting(max(0, at - _NAME_REACH), at + 1))


def _of_regions_sum(ctx: DocContext, text: str, s: Span, pair: Pair) -> bool:
    """Whether the figure is a sum over several regions, none of them its own: a count of
    regions before its indicator (10个县区中, 7个省的…), a count or class of them right
    before it with no region owning the figure after it (3个自治州地区生产总值达…, 34个县区
    财政收入超10亿; not 14个市州实现生产总值排名为:长沙市8510.13亿元), or a figure picking
    out a group's members (财政收入超过50亿元的县区)."""
    q, mention = pair.quantity, pair.mention
    if pair.trailing and pair.region is not None and pair.region.is_region and text[
            pair.region.end:q.start].strip() in ("(", "（"):
        # 北京(29926.3亿元)、陕西(23501.97亿元)6个省份前三季度GDP总量在2万亿元到3万亿元之间:
        # a region's figure in brackets, the count of the list after it
        return False
    if pair.region is not None and not pair.region.deictic and pair.region.start >= mention.end:
        # 13个县(市)GDP达标,它们依次为邵东市(179.1亿)…: an item's own figure (its indicator
        # carried to the item, an empty name where the region stands)
        return False
    if _members_described().match(text, q.end) or (
            q.quantity.unit not in ("count", "person")
            and _ENTERPRISES_DESCRIBED.match(text, q.end)):
        return True
    if (among := _AGGREGATE.search(text, segment_start(text, s.start, min(q.start, mention.start)),
                                   mention.start)) is not None and not any(
            r.is_region and not r.deictic and not text[among.end():r.start].strip(",，、 ")
            and r.end == mention.start
            for r in ctx.mentions_starting(among.end(), mention.start)) and not (
            pair.region is not None and pair.region.is_region and not pair.region.deictic
            and clause_start(text, s.start, pair.region.start) >= among.end()):
        # (在山区26县中，松阳县生产总值增长7.3%: a member opening the clause after the
        # count, right before its indicator, is the figure's own; so are the members a
        # clause after the count names for a list: 12个省份同比均增长，增速较快的新疆、西藏
        # 分别增长12.2%和11.2%)
        return True
    opening = clause_start(text, s.start, mention.start)
    if any(r.is_region for r in ctx.mentions_starting(mention.end, q.start)):
        return False
    # (沈阳、大连两市…分别增长, 长沙、邵阳两个市州GDP均超过: the count of regions just
    # named is theirs, each its own; 湘西州、恩施州和阿坝州3个自治州地区生产总值达…, given
    # to no one, their sum)
    if (subject := _COUNTED_SUBJECT.search(text, opening, mention.start)) is not None:
        return not (_named_right_before(ctx, opening, subject.start())
                    and given_each(text[mention.end:q.start]))
    # (the name may take the group in: 34个[县区2023年的财政收入])
    group = _group_word().match(text, mention.start, mention.end)
    counted = _counted_group().search(text, opening, mention.start)
    if counted is None and group is not None:
        counted = _counted_group().search(text, opening, group.end())
    if counted is not None and _inside_a_name(ctx, counted.start()):
        return False  # 二七区生产总值: a numeral of a region's name, no count of districts
    return counted is not None and q.start >= mention.end and not _named_right_before(
        ctx, opening, counted.start()) and not _all_listed(ctx, text, opening, counted)


def _named_right_before(ctx: DocContext, opening: int, at: int) -> bool:
    """Whether a region's own name (not 全省, the document's own), from ``opening`` on, ends
    right at ``at``."""
    return any(r.end == at and r.is_region and not r.deictic
               for r in ctx.mentions_starting(opening, at))


def _all_listed(ctx: DocContext, text: str, opening: int, counted: re.Match[str]) -> bool:
    """南昌县、青山湖区、西湖区等3个县区: the regions listed right before 等 and a count of
    as many (not 东湖区、高新区、新建区等3个县区, an item no region's among them)."""
    before = [r for r in ctx.mentions_starting(opening, counted.start())
              if r.is_region and not r.deictic and r.end <= counted.start()]
    if not before or text[before[-1].end:counted.start()] != _AND_OTHERS:
        return False
    count = next(iter(find_quantities(counted.group())), None)
    return count is not None and count.quantity.value == len(listed_run(text, before))


# months into its year before which a document cannot report that whole year's result
_EARLY_MONTHS = 6
# months into its year in which a document's estimates (预计…) are of the year just ended
_ESTIMATE_MONTHS = 3
# the month from which a document's estimates of its own year are of its outcome
_YEAR_END_MONTHS = 11

# units that measure alike: a count of persons may pair with an indicator counted in 个
@frozen
class Profile:
    """How one source style reads a sentence that carries no cue of its own."""

    name: str
    default_kind: Kind = "result"
    markers: bool = False    # 【施工图】/【竞技场】 switch the default kind (round-ups)
    five_year: bool = False  # targets without a year are for the plan's span


# --- measure, kind, period, region -------------------------------------------------------


_TRAILING_WORDS = 3  # 增速, 增长率 right after an indicator that follows its numbers


def _index_level(text: str, pair: Pair) -> bool:
    """Whether an index's percent is its level on last year = 100 (居民消费价格指数为
    100.9%), not its change (上涨2.1%): no change word before it, and near 100."""
    q = pair.quantity
    if pair.mention.indicator.kind != "index" or q.quantity.unit != "percent" or q.decline:
        return False
    between = text[pair.mention.end:q.number_start]
    return is_index_level(q.quantity.value) and not has_cue(between, "growth")


# (a rate, or a growth by times, 增长1.2倍: a percent too)
_PERCENT_END = re.compile(r"(?:%|倍)[ \t]*(?:左右|以上|以下|以内|上下)?$")


def _moved_to_gap(gap: str) -> bool:
    """Whether ``gap``, the words between two figures, is only the word a level moved by
    (提高到, 回落至, 降至), perhaps with the year it reached (提高到2018年的)."""
    words = re.sub(r"了?(?:\d{4}年|[上今去本]年|同期)?的?$", "", gap.strip())  # 上升到了
    return bool(words) and any(words in cues(role) for role in MOVED_ROLES)


_GREW = re.compile(r"(?<![新净])增\s*$")  # 增 alone before a rate (not 新增, 净增: additions)


def _measure(text: str, pair: Pair, prev_end: int, mention_prefix: str) -> Measure | None:
    ind, q = pair.mention.indicator, pair.quantity.quantity
    start = clause_start(text, 0, pair.quantity.start) if pair.share else pair.mention.end
    # (or a segment before: …；新北区完成27.7亿元, its own words after the region too)
    listed_item = pair.region is not None and pair.region.start > start and any(
        stop in text[start:pair.region.start] for stop in (*FULL_STOPS, "；", ";"))
    if listed_item and pair.region is not None:
        start = pair.region.end  # a topic named sentences before: the region's own words
    gap = text[prev_end:pair.quantity.start]
    if pair.region is not None and prev_end <= pair.region.start:
        # 高于全国(5.5%)、全区(6.5%): an item's own region and its bracket are list marks
        gap = text[prev_end:pair.region.start] + text[pair.region.end:pair.quantity.start]
    # a list (5%和5.2%) shares the words before its first item; a rate then a sum
    # (增长5.2%、约4.4万亿元) are two measures, the second's words its own
    # (a rate with its qualifier, 6%左右, is a rate too)
    same_unit = (_PERCENT_END.search(text, 0, prev_end) is not None) == (q.unit == "percent")
    # (增速从4.2%回升到5.7%: the level reached is the same measure as the one it left)
    if prev_end > start and same_unit and (not gap.strip(LIST_JOINS + " ()（）")
                                           or _moved_to_gap(gap)):
        prev_end = 0
    elif prev_end > start and pair.region is not None and same_unit and (
            prev_end <= pair.region.start) and not HAN.search(text, prev_end,
                                                                 pair.region.start):
        # 增幅分别为:泉港209.6%,晋江40.1%, or two figures an item (平潭35.6%、8.7%,莆田…):
        # regions' items, only figures and marks between them, share the list's words
        prev_end = 0
    between = text[max(start, prev_end):pair.quantity.start]
    if pair.trailing:  # 西夏区(13.0%)地区生产总值增速: the words after the indicator
        between = text[pair.mention.end:pair.mention.end + _TRAILING_WORDS]
    elif not pair.mention.name:  # 经济增长6.1%: an implied indicator's words hold the rate's
        between = text[pair.mention.start:pair.quantity.start]
    if ind.kind == "stock" and prev_end > start and (
            has_cue(between, "growth") or has_cue(between, "increase")) and _named_added(
                pair, mention_prefix):
        # 入库四上企业80个，同比增加4个，增长5.2%: the addition's own change on last year,
        # no measure of the stock it adds to
        return None
    # one scan tells whether any growth word is there before each is tried
    # (a rate's level said with the word it moved by: 失业率由3.5%下降为3.2%)
    moved_to = "(?:到|至|为)$" if ind.unit == "percent" else "(?:到|至)$"
    # (城镇登记失业率、居民消费价格涨幅分别控制在4.4%和3%: a rate named first in a list is a
    # level, the 涨幅 the later item's)
    growth = pair.quantity.decline or (has_cue(between, "growth") and any(
        w in between and not re.search(re.escape(w) + moved_to, between)
        for w in cues("growth")) and not (ind.unit == "percent" and between.startswith(
            tuple(LIST_JOINS)))) or (
        # 地区生产总值增9%, 同比增5.2%: 增 alone, right before a money figure's rate
        q.unit == "percent" and ind.unit != "percent" and _GREW.search(between) is not None)
    if (q.unit == "percent" and ind.unit != "percent" and not pair.share
            and text[pair.mention.end:pair.quantity.start] in ("(", "（")):
        growth = True  # 规模以上工业增加值(12.7%): a money figure's bracketed rate, its growth
    if (q.unit == "percent" and ind.unit != "percent" and pair.region is not None
            and pair.region.end < pair.quantity.start
            and text[pair.quantity.start - 1] in ("(", "（")):
        growth = True  # …增长8.2%，平湖市(6.8%)、秀洲区(6.2%): a region's bracketed rate too
    if (q.unit == "percent" and ind.unit != "percent" and pair.region is not None
            and prev_end > pair.region.end and text[pair.region.end] in "(（"
            and not text[prev_end:pair.quantity.start].strip()):
        growth = True  # 大连(750.20亿元 12.0%): a region's bracket of its figure and rate
    if ind.unit != "percent" and prev_end > start and signed_bracket(text, prev_end,
                                                                     pair.quantity):
        growth = True  # 社会消费品零售总额1125.7亿元(+7.4%): a signed rate on the figure
    if (listed_item and q.unit == "percent" and ind.unit != "percent" and has_cue(
            text[pair.mention.end:pair.mention.end + _TRAILING_WORDS], "growth")):
        growth = True  # 各旗县的GDP增速表现如下: / - 兴和县:10.7%: the rate its lead-in names
    if q.unit == "percent" and (RATE_AFTER.match(text, pair.quantity.end)
                                or text.startswith("持平", pair.quantity.start)):
        # 实现20%以上的增长: the rate's word after it; 增加值与去年同期持平: level with the
        # year before, a growth of nothing
        growth = True
    if (q.unit == "percent" and ind.unit != "percent" and pair.region is not None
            and ranks_by_growth(text, pair.region.start)):
        growth = True  # 增速前三位的县是:鸡泽县29.5%、馆陶县28.9%: what the ranking ranks by
    if q.unit == "percent" and ind.unit != "percent" and between.startswith(
            cues("rate_goal")):
        # 海南2022年的GDP目标为9%左右, 从各地GDP目标来看…海南为9.5%左右: a money figure's
        # target said as a percent is its growth's
        growth = True
    if (q.unit == "percent" and ind.unit != "percent" and prev_end > start and same_unit
            and part_said().fullmatch(between.lstrip("，,；;、 "))):
        growth = True  # 增长速度一季度为10.7%，上半年为11%: a part's rate after the last
    if (q.unit == "percent" and ind.unit != "percent" and not growth and not pair.share
            and (has_cue(_without(between, "subject_head"), "rate_increase") or (
                prev_end > start and same_unit and has_cue(between, "goal_noun")
                and has_cue(text[start:prev_end], "growth")))):
        # 同比增加13.8%, 增加率为14.6%: a rate of increase is the growth; 增长4.2%,比年初
        # 目标(6.5%)低: the goal a rate is held to is a rate too
        growth = True
    if ind.kind == "index" or (growth and q.unit == "percent"):
        return "growth" if q.unit == "percent" else None
    if not pair.mention.name and not growth:
        return None  # an implied indicator (经济) only carries a growth rate
    if q.unit == "percent":
        return "level" if ind.unit == "percent" else None
    if ind.unit == "percent":
        return None
    if not measured_alike(q.unit, ind.unit) or _MARGIN_OVER_AVERAGE.search(between):
        return None  # (高于全市平均水平6559元: the margin over an average, no level)
    if ind.kind == "stock" and _added(text, pair, mention_prefix, between):
        return "increase"
    if between.lstrip("的").startswith(cues("increment")):
        return "increase" if ind.kind == "stock" else None  # GDP增量为130.54亿: no level
    moved = _change_words(text, pair, between)
    if pair.quantity.decline or has_cue(moved, "growth") or has_cue(moved, "increase"):
        # 比上年增加166万吨, 减少2万人: a change on last year, not the level; a net addition
        # only to a stock (FACTS.md), a flow's change on last year is no measure at all
        return "increase" if ind.kind == "stock" else None
    return "level"


# a comparison with an average right before a figure (高于全市平均水平6559元, 低于全省平均
# 1200元): the figure is the margin
_MARGIN_OVER_AVERAGE = re.compile(r"(?:高于|低于|高出|超出|多于|少于)[^，,。；;\d]{0,6}?"
                                  r"(?:平均水平|平均数|平均值|平均)$")


def _change_words(text: str, pair: Pair, between: str) -> str:
    """The words that say whether a figure is a change: ``between`` (its name's end to
    it) less a progression's (由3010亿元增长到2022年的3626.9亿元: a level), or only its
    own clause's when a clause stands between (新增1079家,是2016年增幅的2.5倍多,总数达
    3174家: the clause between has words of its own)."""
    clause = clause_start(text, 0, pair.quantity.start)
    own = text[clause:pair.quantity.start]
    said = own if clause > pair.mention.end and between.endswith(own) else between
    return _without(said, "progression")


# the grade of a recognition right before a name (新增国家级高新技术企业): between the
# increase word and the name, no part of either
_GRADE = re.compile(r"(?:国家|省|市|县|区)级$")


@cache
def _added_examples() -> re.Pattern[str]:
    """An increase word, then examples of what was added closed by 等, right before a
    name (新增泰衡诺等百亿级企业6家)."""
    return re.compile(rf"(?:{alternation(cues('increase'))})[^，,。；;：:、\d\s]{{1,12}}?等$")


def _named_added(pair: Pair, mention_prefix: str) -> bool:
    """Whether the words right before the name (a grade aside: 新增国家级高新技术企业;
    examples of it: 新增泰衡诺等百亿级企业), or the name itself, say its figure is an
    addition (新增高新技术企业, 入库四上企业; 上规入统工业企业)."""
    prefix = _GRADE.sub("", mention_prefix)
    return has_cue(prefix[-4:], "increase") or has_cue(pair.mention.name, "increase") or (
        _added_examples().search(prefix) is not None)


# the words between an addition's figure and the total reached after it (、达到360家)
_TOTAL_REACHED = re.compile(r"[、，,]\s*(?:总数|总量|累计|共)?(?:达到|达)了?")


def _added(text: str, pair: Pair, mention_prefix: str, between: str) -> bool:
    """Whether an increase word (新增, 净增) makes a stock's figure an addition: before
    the name, in it, at its list's head, between the name and the figure, or right before
    a figure said before the name (新增341家“四上”企业)."""
    clause = clause_start(text, 0, pair.quantity.start)
    if clause > pair.mention.end or _TOTAL_REACHED.fullmatch(between):
        # 新增高企86家，总数达到512家, 新增规上工业企业76家、达到360家: 新增 was the first
        # figure's; the one reached after it is the total
        mention_prefix = ""
    listed = "、" in mention_prefix  # 新增…、规模工业企业60家: the list's head word
    ahead = text[max(clause, pair.quantity.start - 4):pair.quantity.start] if (
        pair.quantity.end <= pair.mention.start) else ""
    # (or the name says it itself: 上规入统工业企业, those entered into the count this year;
    # or 其中 opens its clause after a clause of additions: 新增四上企业6500多家,其中规模以上
    # 工业企业近2000家, a part of what was added)
    # (not after a change on a base, 比上年末增加0.09万人,其中城镇常住人口24.02万人)
    before = text[clause_start(text, 0, clause - 1):clause] if clause > 0 else ""
    part = text.startswith(PART_LEAD, clause) and has_cue(before, "increase") and not (
        has_cue(before, "comparison_base"))
    return (_named_added(pair, mention_prefix) or has_cue(ahead, "increase")
            or (listed and has_cue(mention_prefix[:4], "increase"))
            or has_cue(_without(between, "progression"), "increase") or part)



def _list_head(text: str, start: int, at: int) -> int:
    """Where the clause holding ``at`` starts, or, for a later item of a 、 list
    (新增高企86家、规模工业企业60家), where the list's first item starts: the words
    before the first item (新增) govern them all."""
    head = clause_start(text, start, at)
    while head > start and text[head - 1] == "、":
        head = clause_start(text, start, head - 1)
    return head


def _without(text: str, role: str) -> str:
    """``text`` less the words of cue ``role`` (progression: 由100家增加到150家, 增加到 leads
    to a level and adds nothing; small_gap: 相差不大 names no gap)."""
    for word in cues(role):
        text = text.replace(word, "")
    return text


_CONTRAST = re.compile(r"[，,；;](?:而|但|但是|然而)(?![且已])")
# a target word that opens a list with a colon (主要预期目标为：地区生产总值增长11%，…):
# the clauses after the colon are the aims, in a review's section too (not a target's own
# figure before the colon: 预期目标增长5%：预计全年…完成137亿元, the outcome after it)
_TARGETS_LEAD = re.compile(r"[^，,。；;:：\n\d]{0,6}[:：]")
# 4月22日，/ 7月12日上午，: a day's event
_DAY = re.compile(r"(?<!\d)(?:1[0-2]|[1-9])月[1-3]?\d日(?:上午|下午|晚上|晚)?[，,]")
# a clause opening on a year, then what was reached in it (，2014年，海北州实现…)
_YEAR_REACHED = re.compile(rf"(?<=[，,；;])\s*({YEAR})年[，,][^，,。；;]{{0,12}}?(?:实现|完成)")


_SAME_PERIOD_REACH = 3  # characters past a figure's clause where its 同比 may open the next
_WHOLE_YEAR = "全年"  # an estimate said of the whole year in course (预计全年)


_PART_REACHED = re.compile(r"(?:上半年|一季度|前三季度|1[-—至~](?:1[01]|[2-9])月份?)"
                           r"[^，,。；;]{0,4}?(?:实现|完成)")


# (预计数), (预计数,下同), (均为预计数): a note that the figures are estimates of the outcome
_ESTIMATE_NOTE = re.compile(r"[(（](?:均为|为)?预计数?(?:[,，、]\s*下同)?[)）]")
_NOTE_REACH = 12  # characters from a figure's number to a note on it after


def _estimates_noted(text: str, s: Span, q_at: int) -> bool:
    """Whether a bracketed note in the sentence says the figure at ``q_at`` is an estimate:
    one right after it (增长8%左右(预计数)), or one before it that says 下同."""
    return any((m.start() >= q_at and m.start() - q_at <= _NOTE_REACH) or (
        m.end() <= q_at and "下同" in m.group()) for m in _ESTIMATE_NOTE.finditer(
            text, s.start, s.end))


_DIGIT = re.compile(r"\d")


def _kind(ctx: DocContext, text: str, s: Span, q_at: int, *, time: Time,
          year: int, goal: bool = False) -> tuple[_Kind | None, Kind | None, Modality]:
    """(kind, marker kind, modality): the kind the cues settle (None: left to the
    profile; "weak result": only 累计/实现/完成 say so, a result but in a five-year
    plan's style, where 五年累计引进… is a goal), the kind the last 【…】 marker before
    ``q_at`` gives (for profiles that read markers), and the modal word's strength."""
    own = clause_start(text, s.start, q_at)
    # 为进一步聚焦年度目标任务，…举行集中开工活动，开工项目112个: the aim a purpose clause
    # names is what the act serves, not a target of the figures after it
    # (…奋力夺取“双胜利”，4月22日，宿迁市举行…开工活动，开工项目112个: a day's event
    # told after the aims reports what was done that day)
    dated = max((m.end() for m in _DAY.finditer(text, s.start, q_at)), default=s.start)
    targets = [(p, role) for p, role in target_cues(text, s.start, q_at)
               if p >= dated and not (role == "plan" and p < own and text.startswith(
                   tuple(cues("purpose")), clause_start(text, s.start, p)))]
    # 去年初，…增长目标设定为6%左右，而…显示，去年GDP的实际增幅为4.5%: an aim told
    # before a contrast (而, 但) is not what the numbers after it are
    turned = max((m.end() for m in _CONTRAST.finditer(text, s.start, q_at)), default=s.start)
    # 坚定冲三目标，终于实现了生产总值的历史性突破，其GDP总量高达2909.1亿元: an aim told
    # before or in the clause that says it was reached is not what the numbers after are
    reached = find_cue(text[s.start:q_at], "achieved")
    if reached:  # (圆满完成全年目标任务，…: the aim the verb's object names too)
        turned = max(turned, clause_end(text, s.start + reached[-1][1], q_at))
    # (紧扣年初…确定的各项目标任务，…全市上半年实现地区生产总值886.8亿元…；规模工业增加值
    # 416.4亿元: a part of the year said reached turns the aims told before it)
    turned = max((m.start() for m in _PART_REACHED.finditer(text, turned, q_at)), default=turned)
    # (紧扣…美丽海北、平安海北目标，2014年，海北州实现地区生产总值106.62亿元: a clause
    # opening on a year not to come, with what was reached in it, reports that year)
    doc_year = ctx.year or year
    turned = max((m.start() for m in _YEAR_REACHED.finditer(text, s.start, q_at)
                  if int(m[1]) <= doc_year), default=turned)
    targets = [(p, role) for p, role in targets if p >= turned]
    modal: Modality = "plan"
    seg = segment_start(text, s.start, q_at)  # 力争…；高企超过5000家: a new item, its own
    for at, role in targets:
        if role in ("ensure", "strive") and at >= seg:
            modal = role  # type: ignore[assignment]
    if goal:
        return "target", None, modal  # 上涨3.2%，符合3%左右的预期目标: a past year's goal too
    section = ctx.section_kind(q_at)
    if year < doc_year:
        if section == "targets" and ctx.heading_year(q_at) == year:
            # 2017年年初，…主要预期目标是：生产总值增长8%左右, recalled in 2018: the aims
            # a heading sets for its own year, past as it is, not what was reached
            return "target", None, modal
        return "result", None, "plan"
    if section == "results":
        # a review: 对照年初确定的预期目标，全区完成收入43.56亿元 is a result; only a
        # target word of the number's own clause makes it a goal, or a 确保/力争 before
        # it in its sentence (下一步…确保完成全年目标任务，新开工重大项目30个以上)
        # (not one a later clause opening with a result's verb answers: 奋力融入…战略，…，
        # 完成gdp113.8亿元，增长6.5%: what the striving reached)
        done = max((m.start() for m in _done_opening().finditer(text, s.start, q_at)),
                   default=-1)
        targets = [(at, role) for at, role in targets
                   if at >= own or (role in ("ensure", "strive") and at > done)
                   or _TARGETS_LEAD.match(text, at) is not None]
    estimated = find_cue(text[s.start:q_at], "estimate")
    if estimated and (section == "results" or estimated[0][2].startswith("初步") or (
            text.startswith(_WHOLE_YEAR, s.start + estimated[0][1]))) and all(
            role == "plan" and text.startswith("将", at) and at >= s.start + estimated[0][1]
            for at, role in targets):
        # 据初步测算，全年社会消费品零售总额将突破4000亿元: the 将 of an estimate of the
        # year's outcome, not an aim (预计 only in a review or said of the year in course,
        # 预计全年…将突破9500亿元: a plan's 预计 projects)
        targets = []
    own = clause_start(text, s.start, q_at)
    # (同比 after the figure in its clause too: 一季度…完成153.14亿元，同比增长10.3%)
    if targets and "同比" in text[own:clause_end(text, q_at, s.end) + _SAME_PERIOD_REACH] and (
            all(at < own and _TARGETS_LEAD.match(text, at) is None for at, _ in targets)) and (
            modal == "plan" or time.part is not None):
        # 物价涨幅控制在预期目标以内，居民消费价格同比上涨2.6%: a change on the same period
        # a year before, with no aim in its own clause, is what happened; but not under a
        # 力争 or 确保 of its segment, for the whole year (力争实现6400亿元，同比增长7.5%左右),
        # nor in a list a goal's colon opens (今年的主要目标是：地区生产总值同比增长10%，…)
        targets = []
    if targets or year > doc_year:
        return "target", None, modal
    if _estimates_noted(text, s, q_at):
        return "result", None, "plan"  # 增长8%左右(预计数,下同): the year's estimated outcome
    if estimated and year == doc_year and (month := ctx.dated_month) is not None and (
            month >= _YEAR_END_MONTHS):
        # 地区生产总值预计达1410亿元 at a session of 12月30日: the year's outcome, estimated
        # as it ends, whatever aims for the next year follow
        return "result", None, "plan"
    if section == "targets" and ctx.written_later:
        # the aims recalled in a review of their year (一、确保完成全年主要预期目标 over the
        # work report's tasks, beside how each was done): the year's targets
        return "target", None, modal
    if ctx.written_later:
        # published after its year, with no aim said: what was reached (近5年GDP年均增长
        # 8.2%, 2015年至2019年…提高到, in a review printed the next spring)
        return "result", None, "plan"
    if (time.until or time.per_year) and section == "results" and estimated and (
            year <= doc_year):
        # 过去五年工作回顾 … 预计到2021年底，全市地区生产总值完成546亿元 (told in December
        # 2021), 预计2021年…年均增长8.1%: the outcome as estimated in a review, no aim
        return "result", None, "plan"
    if time.until or time.part == "h2":
        if time.part == "h2" and dated > s.start and has_cue(
                text[own:clause_end(text, q_at, s.end)], "result"):
            # 7月12日上午，…下半年重点项目集中开工，…142个项目集中开工建设: the second
            # half's batch, started on the day told
            return "result", None, "plan"
        return "target", None, modal
    head_at = segment_start(text, s.start, q_at)
    # (外贸出口总额实现量稳质升，城镇、农村居民人均可支配收入分别增长8%: a weak word whose
    # clause reaches no figure, a qualitative aim, says nothing of the figures after it)
    weak = set(cues("result_weak"))
    words = {w for a, _, w in find_cue(text[head_at:q_at], "result")
             if w not in weak or head_at + a >= own or _DIGIT.search(
                 text, head_at + a, clause_end(text, head_at + a, q_at)) is not None}
    if section == "targets":
        # (一)计划安排情况 / 全州固定资产投资增速为同比增长9%左右: under a plan's heading a
        # change on the year before is the change planned, no sign of a result
        words -= set(cues("same_basis"))
    if words - set(cues("result_weak")) or time.part in ("h1", "to_date", "months",
                                                         "q1", "q13", "last"):
        return "result", None, "plan"
    if section == "results" and not time.per_year:
        return "result", None, "plan"  # a review's 达到, 实现: what was reached
    if (time.part is None and year == doc_year and ctx.dated_by(_EARLY_MONTHS)
            and (has_cue(text[s.start:q_at].replace("今年以来", ""), "this_year")
                 or ctx.heading_year(q_at) == year)
            and not has_cue(text[s.start:q_at], "batch") and dated == s.start):
        # this year's whole-year figure, in a document published early in it, cannot
        # have been reached yet: the year's plan (今年…增长百分之九以上, said in January;
        # or under a heading of the year, 2026年 / 地区生产总值增长4.5%左右); a batch of
        # it can (今年首批6个重大项目开工, at a January ceremony), as can what a day's
        # event did (1月3日上午，…11个重大项目集中开工)
        return "target", None, modal
    if (time.per_year or time.span) and section == "results" and (_span_over(
            ctx, text[seg:q_at], doc_year) or _average_over(ctx, q_at, doc_year)):
        # “十一五”期间…年均增长14.7%, in 2010's bulletin; 从2011年到2016年，…年均增长9.2%
        # in a review of the term to 2016; 过去五年工作回顾 … 年均增长11.7%
        return "result", None, "plan"
    if time.per_year or time.span:
        return "target", None, modal
    if words:
        return "weak result", None, modal
    if section == "targets":
        return "target", None, modal
    return None, _marker_kind(ctx, text, q_at), modal


def _span_over(ctx: DocContext, words: str, year: int) -> bool:
    """Whether the plan a review's figure is averaged or summed over (the one its words
    name, else the document's) has ended by ``year``: what was reached, no aim."""
    named = PLAN_NAME.search(words)
    end = plan_years(named[1])[1] if named else (
        ctx.plan_span.end_year if ctx.plan_span is not None else None)
    return end is not None and end <= year


def _markers(ctx: DocContext, text: str) -> tuple[list[int], list[str]]:
    """(ends, names) of the document's 【…】 markers, found once per document: a scan
    from the document's start for every quantity cost time in proportion to it."""
    found = ctx.memo.get("markers")
    if found is None:
        matches = list(_MARKER.finditer(text))
        found = ctx.memo["markers"] = ([m.end() for m in matches], [m[1] for m in matches])
    return found  # type: ignore[return-value]


def _marker_kind(ctx: DocContext, text: str, q_at: int) -> Kind | None:
    """The kind the last 【…】 marker ending before ``q_at`` gives, if any."""
    ends, names = _markers(ctx, text)
    i = bisect_right(ends, q_at)
    marker = names[i - 1] if i else None
    if marker is not None:
        if has_cue(marker, "target_marker"):
            return "target"
        if has_cue(marker, "result_marker"):
            return "result"
    return None


def _region(ctx: DocContext, text: str, s: Span, pair: Pair,
            group_index: int) -> Region | Literal[False] | None:
    """The fact's region; False when the number is a park's or an enterprise's."""
    anchor = min(pair.mention.start, pair.quantity.start)
    if anchor < s.start:
        anchor = pair.quantity.start  # a topic named the sentence before: its own clauses
    clause = clause_start(text, s.start, anchor)
    # (中、西部地区出口分别增长23.7%和30.1%；进口分别增长16.4%和6.4%: a 分别 clause naming
    # no subject distributes over the groupings of the clause before)
    lead = s.start if group_index >= 0 and pair.region is None and not any(
        r.is_region for r in ctx.mentions_starting(clause, anchor)) else clause
    # (东北地区排名第一的省份是辽宁省…: a region named after the grouping, nearer the
    # figure, is its subject; only an entity after the last region says whose it is)
    # (a region inside the grouping's name, 湘西 in 大湘西, is none)
    # (全市(含宁波杭州湾新区,下同)实现地区生产总值: a zone in a scope's brackets after the
    # region is part of it, no subject of its own)
    asides = [(m.start(), m.end()) for m in SCOPE_ASIDE.finditer(text, s.start, anchor)]
    # (省级一般公共预算收入: a level's word may run into the indicator's name)
    entities = [(lead + a, lead + b) for a, b, _ in find_cue(
        text[lead:max(anchor, pair.mention.end)], "entity")
                if lead + a < anchor and not any(x <= lead + a < y for x, y in asides)]
    named = max((r.end for r in ctx.mentions_starting(lead, anchor)
                 if r.is_region and not r.deictic and r.end <= anchor
                 and not any(a <= r.start < b for a, b in entities)
                 and not _not_its_subject(text, r, clause)), default=lead)
    # (各县市区、市属开发区生产总值: 潍城区109.45亿元: a zone in the lead-in of a list whose
    # item names its own region after the indicator is one of the list's groups, no subject)
    # (签约项目27个。其中，宜昌高新区10个，宜都市3个: so too an item of a list whose
    # indicator is carried from the sentence before, its mention no words of its own)
    itemised = pair.region is not None and pair.region.is_region and (
        pair.region.start > pair.mention.end or pair.mention.start == pair.mention.end)
    if not itemised and (any(b > named for _, b in entities) or has_cue(
            _blanked(text, clause, anchor, asides), "zone")
                         or _entity_subject(ctx, text, s, clause,
                                            text[pair.mention.start:pair.mention.end])):
        return False
    if pair.region is None and _industry().search(text, s.start, anchor) and not any(
            r.is_region for r in ctx.mentions_starting(clause, anchor)) and has_cue(
                text[text.rfind("\n", 0, anchor) + 1:anchor], "industry_breakdown"):
        # 分行业看：纺织业6月份实现工业总产值4亿元，1-6月份累计实现…: an industry's (not
        # 分行业看，入库规模以上工业企业22个: the region's, counted by industry)
        return False
    if pair.region is not None:
        if not pair.region.is_region:
            return False  # 廊坊临空经济区增长15.7%: a zone's own rate
        return resolve_deictic(ctx, pair.region, anchor)
    if (opener := _bracket_subject(ctx, text, s, pair.quantity)) is not None:
        return resolve_deictic(ctx, opener, pair.quantity.start)
    if group_index >= 0 and (listed := _listed_after(ctx, text, pair, group_index)) is not None:
        return resolve_deictic(ctx, listed, anchor)
    if any(not r.is_region and r.end > anchor for r in ctx.mentions_starting(clause, anchor)):
        return False  # 临空经济区增长15.7%: the indicator's word is the zone's name's
    if (whole := _share_whole(ctx, text, clause, pair)) is not None:
        return resolve_deictic(ctx, whole, anchor)
    near = [r for r in ctx.mentions_starting(s.start, anchor) if r.end <= anchor
            and (not r.deictic or r.start >= clause) and not _not_its_subject(text, r, clause)
            and not _distributed(text, r, clause)
            and not any(a <= r.start < b for a, b in asides)]
    if near and _group_total(text, near, anchor, pair.quantity.start):
        return False
    if near and group_index >= 0:
        # 广东省、佛山市GDP分别增长5%和5.2%: the i-th region of a coordinated list (the
        # last list of named regions: 格尔木市和德令哈市作为全州经济的支撑，分别增长…)
        regions = listed_run(text, [r for r in near if not r.deictic])
        if len(regions) > 1 and group_index < len(regions):
            near = [regions[group_index]]
    if near:
        r = near[-1]
        if not r.is_region:
            return False if r.start >= clause else ctx.region_at(anchor)
        if not r.deictic and r.start < clause and (own := [
                d for d in ctx.mentions_starting(r.end, clause)
                if d.is_region and d.deictic and not _not_its_subject(text, d, clause)]) and (
                (itself := resolve_deictic(ctx, own[-1], anchor)) is not None
                and itself.code != r.region.code and ctx.gazetteer is not None
                and ctx.gazetteer.is_within(itself.code, r.region.code)):
            # 打造中国航空经济之都,…,全区发展实现稳健上行,实现地区生产总值962亿元: the
            # text's own 全区, said after a region it lies in was named clauses before, is
            # the subject (not after a part of it: 长沙…,全省排名第一,…同比增长8.7%)
            r = own[-1]
        if r.deictic and len(near) > 1 and not near[-2].deictic and (
                PERIOD_WORDS.fullmatch(text, near[-2].end, r.start) is not None):
            # 深圳全市规模以上工业增加值, 山东上半年全省实现生产总值: the whole city (province)
            # is the one just named, a period between at most
            r = near[-2]
        return resolve_deictic(ctx, r, anchor)
    if group_index >= 0 and (back := _listed_back(ctx, text, s, (clause, anchor),
                                                  group_index)) is not None:
        return back
    return (_sentence_led(ctx, text, s.start) or _continued(ctx, text, s.start)
            or ctx.region_at(anchor))


def _share_whole(ctx: DocContext, text: str, clause: int, pair: Pair) -> RegionMention | None:
    """The whole a share is of, when its own figure stands in the share's clause (占到全国进出口
    总额61986亿元的7.5%: the country's total, right after its indicator's name)."""
    if pair.quantity.start < pair.mention.end or _A_WORD.search(
            _bare_role_words().sub("", text[pair.mention.end:pair.quantity.start])):
        return None
    whole = next((r for r in ctx.mentions_starting(clause, pair.mention.start)
                  if r.is_region and r.end == pair.mention.start), None)
    return whole if whole is not None and has_cue(
        text[clause:whole.start], "share_mark") else None


_A_WORD = re.compile(r"[\u4e00-\u9fff]")  # a word between an indicator and its figure


@cache
def _bare_role_words() -> re.Pattern[str]:
    """The words that leave a figure's clause bare (总额, 为, 实现: 进出口总额61986亿元, the
    rest of the name a shorter alias matched; 上半年实现4.34亿元), the ``bare`` cue role."""
    return re.compile(alternation((*cues("bare"), *cues("period_alone"))))


def _blanked(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> str:
    """``text[a:b]`` with each of ``spans`` left out."""
    kept, at = [], a
    for start, end in spans:
        if start >= at and end <= b:
            kept.append(text[at:start])
            at = end
    return "".join(kept) + text[at:b]


def _listed_back(ctx: DocContext, text: str, s: Span, lead: tuple[int, int],
                 group_index: int) -> Region | None:
    """各省城镇新增就业分别为132万、132万…: the ``group_index``-th of the regions the
    sentence before (in the paragraph) listed, when a group's word (各省, 上述) before the
    indicator (in ``lead``, the clause up to it) refers back to them (two or more, side
    by side)."""
    if not has_cue(text[lead[0]:lead[1]], "listed_back"):
        return None
    paragraph = text.rfind("\n", 0, s.start) + 1
    before = [p for p in sentences(text, paragraph, s.start) if p.end <= s.start]
    if not before:
        return None
    named = [r for r in ctx.mentions_starting(before[-1].start, before[-1].end)
             if r.is_region and not r.deictic]
    run = listed_run(text, named) if named else []
    return run[group_index].region if len(run) > 1 and group_index < len(run) else None


def _continued(ctx: DocContext, text: str, at: int) -> Region | None:
    """The region the paragraph before is about (the first it names, its subject: 成都…
    排名全国第8位), when the paragraph of ``at`` opens with a word that goes on from it
    (其中…): a breakdown of the figure just told. A sentence inside a paragraph opening
    with it goes on from the sentence before (济南市进出口总额364.1亿元。其中,出口240.3亿元):
    see :func:`_last_told`."""
    paragraph = text.rfind("\n", 0, at) + 1
    opening = past_blanks(text, paragraph, at)
    if opening < at and text.startswith(tuple(cues("continues")), at):
        before = [p for p in sentences(text, paragraph, at) if p.end <= at]
        return _last_told(ctx, text, before[-1]) if before else None
    if not text.startswith(tuple(cues("continues")), opening):
        return None
    end = len(text[:paragraph].rstrip())
    named = [r for r in ctx.mentions_starting(text.rfind("\n", 0, end) + 1, end)
             if r.is_region and not r.deictic]
    return named[0].region if named else None


def _last_told(ctx: DocContext, text: str, s: Span) -> Region | None:
    """The region sentence ``s`` tells its figure of: the last it names, after the office
    that computed it (根据广东省地区生产总值统一核算结果,2022年汕头市…), other than one
    compared with; a 全市 there is the city it names before it (深圳市统计局发布…全市), else
    the section's."""
    named = [r for r in ctx.mentions_starting(s.start, s.end)
             if r.is_region and not _not_its_subject(text, r, s.start)]
    if not named:
        return None
    last = named[-1]
    if not last.deictic:
        return last.region
    fits = fitting(ctx, last.region.name, named)
    return fits[-1] if fits else resolve_deictic(ctx, last, last.start)


_LED_LIST = "、和与及"  # a sentence opening with a list of regions (沧州、邯郸、保定三地…)


def _sentence_led(ctx: DocContext, text: str, at: int) -> Region | None:
    """The region the nearest sentence before ``at`` in its paragraph opens with (唐山在第一
    季度依旧坐稳全省头把交椅。规模以上工业增加值增长6.3%): a walk through a subject's
    parts, a paragraph each opening with its part (or parts listed), goes on about the
    part it named last; None when the paragraph opens otherwise, when no sentence there
    opens with one of the subject's parts, or when a region heading stands over it."""
    subject = ctx.subject
    if ctx.heading_region(at) is not None:
        return None
    paragraph = text.rfind("\n", 0, at) + 1
    first = _past_period(text, past_blanks(text, paragraph, at))
    if not any(r.is_region and not r.deictic for r in ctx.mentions_starting(first, first + 1)):
        return None  # (a walk's paragraph opens with its part, or with parts listed)
    # the sentences before ``at`` in the paragraph, the nearest first
    starts = [paragraph, *(m.end() for m in _FULL_STOP.finditer(text, paragraph, at - 1))]
    for sentence in reversed(starts):
        start = _past_period(text, past_blanks(text, sentence, at))
        led = next(iter(ctx.mentions_starting(start, start + 1)), None)
        if led is not None and led.is_region:
            # (the nearest sentence opening with a region decides: 全省… is the subject's;
            # a page about no one region, a paragraph each, has every region for a part)
            part = not led.deictic and text[led.end:led.end + 1] not in _LED_LIST and (
                subject is None or (led.region.code != subject.code and (
                    ctx.gazetteer is not None
                    and ctx.gazetteer.is_within(led.region.code, subject.code))))
            return led.region if part else None
    return None


def _past_period(text: str, at: int) -> int:
    """Past the period a sentence opens with (2018年,广州市…; 上半年武汉…)."""
    lead = PERIOD_WORDS.match(text, at)
    if lead is None or lead.end() == at:
        return at
    return lead.end() + (text[lead.end():lead.end() + 1] in ",，")


_FULL_STOP = re.compile(r"[。！？!?]")



def _listed_after(ctx: DocContext, text: str, pair: Pair, index: int) -> RegionMention | None:
    """GDP总量方面，伊犁和昌吉，分别是1710亿元和1191亿元: the ``index``-th of the regions
    listed between the indicator and the 分别 its figures follow."""
    at = last_distributive(text, pair.mention.end, pair.quantity.start)
    if at < 0:
        return None
    between = [r for r in ctx.mentions_starting(pair.mention.end, at)
               if r.is_region and not r.deictic and r.end <= at]
    regions = listed_run(text, between)
    return regions[index] if len(regions) > 1 and index < len(regions) else None


def _group_total(text: str, near: list[RegionMention], anchor: int, figure: int) -> bool:
    """Whether the last regions named before ``anchor`` are listed and then summed
    (成都、德阳、眉山、资阳4市共完成地区生产总值…): their total is none of theirs (nor
    their counted group's rate, the ``figure`` given to no one of them by 分别, 均)."""
    last = near[-1]
    join = text[near[-2].end:last.start] if len(near) > 1 else ""
    if len(join) != 1 or join not in LIST_JOINS:
        return False
    # (成都、德阳、眉山、资阳4市共完成…: a count of them and a word of their sum; 长沙、
    # 岳阳、郴州三市进出口3850.1亿元: a count of them right before the indicator's name)
    # (…浙江等15省份的…: the count after 等 counts them too, listed or not)
    m = region_count().match(text, last.end + text.startswith("等", last.end))
    if m is None:
        return False
    # (…等5地输出技术合同成交额合计1800.01亿元: a word of their sum after the name, a
    # qualifier of the name's between the count and it)
    return text.startswith(cues("group_total"), m.end()) or (
        (text[m.end():anchor] in ("", "的") or (
            anchor - m.end() <= _QUALIFIER_REACH and has_cue(text[anchor:figure], "summed")))
        and not given_each(text[m.end():figure]))


_QUALIFIER_REACH = 4  # characters between a count of regions and the name it qualifies (输出)


def _distributed(text: str, r: RegionMention, clause: int) -> bool:
    """其中南昌市、九江市分别增长4.1%、8.4%；固定资产投资增长2.9%: regions an earlier
    clause gave values to one by one (分别) are no subject of the clauses after it."""
    if r.end > clause:
        return False
    at = text.find("分别", r.end, clause)
    return at >= 0 and CLAUSE_END_AT.search(text, r.end, at) is None


# a clause that opens on its verb (完成, 实现: no subject of its own, a park opening the
# clause before it its subject)
_VERB_OPENS = re.compile(r"(?:共|累计)?(?:完成|实现)")


def _entity_subject(ctx: DocContext, text: str, s: Span, clause: int, counted: str) -> bool:
    """An enterprise or park that an earlier clause of the segment gave a number of (in its
    own clause, in digits) or a place in a ranking, with no region named after it, is still
    the subject (一家公司营业收入增长20%，出口额增长35%); so is one opening the clause right
    before a clause that opens on its verb (产业园区持续增效，完成…). A firm is never the
    subject of a count of enterprises (``counted``, the indicator's words: 某集团跻身民营
    企业100强第4位，新增规模以上工业企业18户, the region's)."""
    seg = segment_start(text, s.start, clause)
    if seg >= clause or not has_cue(text[seg:clause], "entity"):
        return False
    opening = clause_start(text, seg, clause - 1)
    # (全县产业园区: a deictic name of the region may stand before it, nothing else)
    leads = {opening} | {r.end for r in ctx.mentions_starting(opening, opening + 1)
                         if r.deictic}
    if _VERB_OPENS.match(text, clause) and any(
            opening + a in leads for a, _, _ in find_cue(text[opening:clause], "entity")
    ) and not any(r.is_region and not r.deictic
                  for r in ctx.mentions_starting(opening, clause)):
        return True  # 产业园区持续增效，完成规上工业总产值39.7亿元: the clause's subject the park
    names = [(m.start, m.end) for m in find_indicators(text[seg:clause], ctx.indicators)]
    # (新批“三资”企业41家: enterprises counted are no subject, 实际利用外资… is the
    # region's; a park's count, 安庆高新区1个, still is its own)
    hits = [seg + a for a, b, w in find_cue(text[seg:clause], "entity")
            if not any(x < b and a < y for x, y in names)
            and not (w.endswith("企业") and text[seg + b:seg + b + 1].isdigit())]
    if not hits or ctx.mentions_starting(hits[-1] + 1, clause):
        return False
    if counted.endswith("企业") and any(
            text.startswith(w, hits[-1]) for w in cues("firm_entity")):
        return False
    # a figure in digits of the park's own clause (举办四期开发区项目建设“三个一批”活动
    # counts events and gives it none; 重点项目1807个 in the clause after is the region's)
    own = text[clause_start(text, seg, hits[-1]):clause_end(text, hits[-1], clause)]
    # (乙新区位居第二，GDP总量562.61亿元: a park placed in a ranking is the subject of
    # the figures after it)
    return any(_DIGIT.search(own, q.number_start, q.end) for q in find_quantities(own)
               ) or has_cue(text[hits[-1]:clause_end(text, hits[-1], clause)], "place_verb")


# 由2017年的929家, 从“十二五”末的6557亿元: a progression's base, in the year it names
# (a plan's by its end)
_PROGRESSION_BASE = re.compile(
    rf"[由从](?:({YEAR})年(?:末|底)?|“?十([一二三四五六七八九])五”?(?:末|期末))的?"
    r"(?:\d[\d.]*[万亿]?[元人个家吨斤%]?[、和与及])*$")  # (从2015年的34731元和14824元)
# an earlier base of the sentence that names its year (从2015年的39.70亿元)
_PROGRESSION_BASE_IN = re.compile(rf"[由从]({YEAR})年(?:末|底)?的?[\d.]+")


def _unnamed_base_year(text: str, s: Span, q: QuantityMatch) -> int | None:
    """The year of a progression's base that names none (2010—2015年，生产总值由274.9亿元增加
    到560亿元: the range's first year; 从2015年的39.70亿元增长到…，工业增加值从1.66亿元增长到…:
    the base year the sentence named before; 从129.8亿元增长到325亿元，是2016年的2.5倍: the
    year the multiple after it is of; 生产总值由2010年的…增加到2015年的…。一般公共预算收入由
    1070亿元增加到…: the base year its paragraph named before). None when ``q`` is no such
    base, or when neither the sentence nor its paragraph names one."""
    if not _progression_base(text, s, q):
        return None  # 由274.9亿元增加到560亿元: a base with no year of its own
    before = text[s.start:q.start]
    if named := _PROGRESSION_BASE_IN.findall(before):
        return int(named[-1])
    ranges = _YEAR_RANGE.findall(before)
    if ranges:
        return int(ranges[-1][0])
    if compared := COMPARED_WITH_YEAR.findall(before):
        return int(compared[-1])  # 与1958年相比，…由2.04亿元发展到1024.33亿元
    if paired := YEARS_SIDE_BY_SIDE.findall(before):
        return min(map(int, paired[-1]))  # 1958年与2018年相比: the earlier the base
    if times := _BASE_MULTIPLE.match(text, q.end, s.end):
        return int(times[1])
    paragraph = text.rfind("\n", 0, s.start) + 1
    named = _PROGRESSION_BASE_IN.findall(text, paragraph, s.start)
    return int(named[-1]) if named else None


# 从129.8亿元增长到325亿元，是2016年的2.5倍: the multiple after a progression, of its base's
# year
_BASE_MULTIPLE = re.compile(rf"[^，,。；;\n]*[，,]是({YEAR})年{MULTIPLE_OF}")


def _progression_base(text: str, s: Span, q: QuantityMatch) -> bool:
    """Whether ``q`` is the figure a progression starts from (由274.9亿元增加到…, 从179.92亿元
    预计增加到245亿元: an estimate's word before the verb)."""
    if not (s.start < q.number_start and text[q.number_start - 1] in "由从"):
        return False
    verb = q.end
    if (estimate := next((w for w in cues("estimate") if text.startswith(w, verb)), None)):
        verb += len(estimate)
    return text.startswith(tuple(cues("progression")), verb)


def _last_years_rate(text: str, s: Span, q: QuantityMatch) -> bool:
    """Whether ``q`` is a rate a progression starts from in a sentence that names no span
    (山西省从3.1%上升到4.5%): the year before the one it reaches."""
    return (q.quantity.unit == "percent" and _progression_base(text, s, q)
            and _SPAN_SAID.search(text, s.start, q.start) is None)


# 较青岛少3300亿元, 比无锡多: what a figure falls short of or exceeds another's by
_SHORT_OF = re.compile(r"[比较]([^，,。；;:：\d]{1,10}?)(?:少|多)了?$")


def _short_of_a_region(ctx: DocContext, text: str, lo: int, at: int) -> bool:
    """Whether the figure at ``at`` is a gap to a region's (济南GDP较青岛少3300亿元): a
    region named right after 比 or 较, and 少 or 多 right before the figure; no
    one's level (比上年多3个 is a change, its base a year)."""
    m = _SHORT_OF.search(text, lo, at)
    return m is not None and bool(ctx.mentions_starting(m.start(1), m.end(1)))


# 项目…总投资10亿元,其中固定资产投资8.4亿元: a project's total, then its part
_PROJECTS_TOTAL = re.compile(r"总投资约?\d[\d.]*[万亿]*元")


def _part_of_a_projects_total(text: str, start: int, at: int) -> bool:
    """Whether the indicator named at ``at`` opens a part of a project's total investment
    its sentence gave before (总投资10亿元,其中固定资产投资8.4亿元; 一期总投资约5.4亿元,其中
    固投约4.45亿元): the project's own figure, no region's."""
    return text.endswith("其中", start, at) and _PROJECTS_TOTAL.search(text, start, at) is not None


# a plan or a stretch of years the sentence names: a base no longer the year before
_SPAN_SAID = re.compile(r"五年|十[一二三四五六七八九]五|期间|以来|年初|年末|年底")


def _bracket_subject(ctx: DocContext, text: str, s: Span, q: QuantityMatch,
                     ) -> RegionMention | None:
    """The region a bracket the number stands in opens with (…12.8个百分点(全省增长9.5%)):
    an aside of its own subject, that region's figure."""
    paren = max(text.rfind("(", s.start, q.start), text.rfind("（", s.start, q.start))
    if paren < 0 or max(text.rfind(")", paren, q.start), text.rfind("）", paren, q.start)) >= 0:
        return None
    return next((r for r in ctx.mentions_starting(paren + 1, paren + 2)
                 if r.start == paren + 1), None)


def _not_its_subject(text: str, r: RegionMention, clause: int) -> bool:
    """A region compared with (高于全省, 和南通增速持平, 成为全国第三个), left out of a
    figure (不含长垣) or bordered on (东临启东市) is not the subject: the roles of
    ``catalog/roles.py``, one constant for the context stage and the reader alike; nor is
    a superior whose directives the sentence follows, in a clause before the figure's
    (落实总书记视察重庆重要讲话精神，全年实现…)."""
    role = mention_role(text, r.start, r.end)
    return role in NOT_THE_SUBJECT or (role == "authority" and r.start < clause)


_DISTRIBUTED_BEFORE = 6  # how far before an indicator's name its 分别 may stand


def _group_index(text: str, pair: Pair, quantities: list[QuantityMatch]) -> int:
    at = last_distributive(text, pair.mention.end, pair.quantity.start)
    if at < 0:
        # 三个区分别实现地区生产总值863亿元、351亿元: 分别 before the indicator's name
        before = text.rfind("分别", max(0, pair.mention.start - _DISTRIBUTED_BEFORE),
                            pair.mention.start)
        if before < 0:
            return -1
        at = pair.mention.end
    return listed_index(at, pair.quantity, quantities)


# --- the reading -----------------------------------------------------------------------


def read_facts(doc: PreparedDocument, profile: Profile) -> Iterator[Goal | Result]:
    """Every fact in ``doc``'s scope, read with ``profile``'s defaults."""
    ctx = context_of(doc)
    for reading in _readings(doc, ctx):
        fact = _make(doc, ctx, reading, profile)
        if isinstance(fact, Result) and _averaged(ctx.text, reading) and (
                fact.period is not None and fact.period.start_year == fact.period.end_year):
            # 近5年GDP年均增长7.2%: an average over the years its sentence names; with none
            # named and no plan's span (五年来…，年均增速6.7%), no year's growth on the
            # year before (as 两年平均增长 is none)
            span = _average_named(ctx.text, reading.pair.quantity.start,
                                  fact.period.end_year)
            if span is None:
                continue
            fact = evolve(fact, period=span)
        yield fact


@frozen
class _Reading:
    """A fact of a sentence, read as far as no profile matters. A profile settles only
    the kind of a sentence whose cues leave it open, and a target's period."""

    pair: Pair
    measure: Measure
    time: Time
    year: int
    region: Region | None
    region_weak: bool      # named by an ambiguous name the evidence did not single out
    kind: _Kind | None     # None: the profile's (or its 【…】 marker's) default
    marker_kind: Kind | None
    modality: Modality
    provenance: Provenance
    # a whole year's result naming no year in a report of January to March (全省生产总值
    # 增长6.4%, said at the congress): the year just ended, this one is not over (a
    # section headed by its year, 2009年工作回顾, keeps it). Read by ``_make``, where a
    # kind the cues left open is settled: one with no result word counts only in a
    # congress's report (a news page of March may be on January and February, 1~2月)
    early_whole_year: bool = False
    # the year of the section heading over a clause that names none (2021年目标:)
    headed: int | None = None


def _readings(doc: PreparedDocument, ctx: DocContext) -> list[_Reading]:
    """The profile-free readings of ``doc``'s scope, computed once per scope: every style
    extractor chosen for a section reads the same sentences."""
    key = ("readings", doc.scope)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = list(_read_scope(doc, ctx))
    return found  # type: ignore[return-value]


def _read_scope(doc: PreparedDocument, ctx: DocContext) -> Iterator[_Reading]:
    text = ctx.text
    lo, hi = doc.to_reading(doc.scope[0]), doc.to_reading(doc.scope[1])
    carried = Time()
    before: Span | None = None  # the sentence before, in the same paragraph
    lead: Span | None = None  # a short sentence before that read nothing (a lead-in?)
    items: Span | None = None  # the lead-in of the list whose items the paragraphs open
    last: Span | None = None  # the sentence before, whatever its paragraph
    read: list[Span] = []  # the sentences before
    list_time = Time()  # the time a lead-in names for the items a line each below it
    for s in sentences(text, lo, hi):
        item = False
        if s.start == lo and lo > 0 and (outer := _scope_topic(ctx, text, s)) is not None:
            # 中国2024年GDP最高的十座城市 / 1、上海市3.44万亿元 (its own section, a paragraph
            # of prose under it) / 2、北京市…: an item opening its section, naming no
            # indicator, of the list the nearest sentence above names alone
            before, item = outer, True
            carried = carry(text, outer, Time())
        elif s.start > lo and text[s.start - 1] == "\n" and not _same_list(text, s.start):
            list_time = _listed_time(text, last, s.start, list_time)
            if not text.startswith(cues("continues"), s.start):
                # a new paragraph forgets the last one's period (but 2023年,慈溪…。/ 其中,
                # 慈溪的第一产业增加值…: one opening with 其中 goes on in it; nor the items
                # a line each under a lead-in naming a year)
                carried = list_time
            before = None
            colon_lead = lead is not None and lead.text.rstrip().endswith((":", "："))
            owner = item_owner(ctx, text, s)
            unnamed = (colon_lead or owner is not None) and not find_indicators_in(
                text, ctx.indicators, s.start, s.end)  # (the scan only where it may matter)
            if unnamed and colon_lead and lead is not None:
                # 1-10月份各盟市财政收入: / (blank) / 1.鄂尔多斯(725.50亿元 8.5%)、2.…: a
                # paragraph naming no indicator under a lead-in is read with it, whose
                # indicator and period its items' figures are
                items = lead  # (and the list's later items, a paragraph each)
                s = Span(lead.start, s.end, text[lead.start:s.end])  # noqa: PLW2901
            elif unnamed and owner is not None:
                # 今天我们来看看河南省内各市2018年上半年GDP排名 / Top1郑州,4611.40亿元,… /
                # Top2洛阳,…: each paragraph opening with a region's figure is an item of
                # the list the lead-in names the indicator and period of (or of the list
                # the paragraph above read: …增长目标为:湖北(10%以上)、… / 甘肃(6.5%)、…)
                items = items or lead or last
                # (那么，其下辖各盟市又各自表现如何呢? / 1.鄂尔多斯(101.6亿元 …)、…: a lead-in
                # naming no indicator, the list's is the one named above)
                if items is not None and not find_indicators_in(
                        text, ctx.indicators, items.start, items.end) and (
                        above := _topic_above(ctx, text, read)) is not None:
                    items = _up_to_first_figure(text, above)
                before, item = items, True
                carried = carry(text, items, Time()) if items is not None else carried
            elif not opens_with_region(ctx, text, s):
                # (河南:高出全国平均水平1到2个百分点: an item saying no figure of its own,
                # the list going on after it)
                items = None
        elif items is not None and s.start > lo and text[s.start - 1] == "\n" and (
                item_owner(ctx, text, s) is not None and not find_indicators_in(
                    text, ctx.indicators, s.start, s.end)):
            before, item = items, True  # •集宁区:265.62亿元 / •丰镇市:…: a bullet's next item
        before, listed, ranked = _list_lead(ctx, text, s, read, before)
        item = item or listed
        if before is not None and not item and _run_in_heading(ctx, text, before, s):
            # 地方一般公共预算收入。/ 上半年实现4.34亿元，增长6.5%: the paragraph's heading run
            # into it names the indicator its figures are of
            s = Span(before.start, s.end, text[before.start:s.end])  # noqa: PLW2901
        if ranked and before is not None:
            carried = carry(text, before, Time())  # (its period, not an aside's 去年)
        elif ctx.year_section_opens(s.start, s.end):
            # (乙县2023年政府工作报告 各位代表…。回顾2022,… 过去一年,是…: a section of its
            # own year opening inside a paragraph, a copy's paragraphs joined with spaces)
            carried = Time()
        readings = list(_sentence(doc, ctx, text, s, carried=carried, before=before,
                                  item=item, listed=listed))
        yield from readings
        lead = s if not readings and len(s.text) <= LEAD_IN_MAX else None
        last = s
        read.append(s)
        if not text.startswith(cues("period_breakdown"), s.start):
            # (分季度看，一季度…，前三季度…: the parts of the paragraph's period, which
            # the next sentence goes on with)
            carried = carry(text, s, carried)
        before = s


@cache
def _done_opening() -> re.Pattern[str]:
    """A clause opening with a result's verb (，完成gdp113.8亿元; cue result_weak)."""
    return re.compile(rf"[，,；;][ \t]*(?:{alternation(cues('result_weak'))})")


def _run_in_heading(ctx: DocContext, text: str, before: Span, s: Span) -> bool:
    """Whether ``before`` is a paragraph's run-in heading, an indicator's name alone as its
    first sentence (地方一般公共预算收入。), and ``s``, the sentence after it, names none."""
    start = before.start + len(before.text) - len(before.text.lstrip())
    if start > 0 and text[start - 1] != "\n":
        return False
    named = find_indicators_in(text, ctx.indicators, before.start, before.end)
    return (len(named) == 1 and named[0].start == start
            and not text[named[0].end:before.end].strip("。. \t")
            and _bare_lead().match(text, s.start, s.end) is not None
            and not find_indicators_in(text, ctx.indicators, s.start, s.end))


@cache
def _bare_lead() -> re.Pattern[str]:
    """上半年实现4.34亿元, 全年完成…: a sentence whose figure only a period and a bare word
    lead, naming no subject of its own (not 全年农作物总播种面积达到11.7万公顷 under 粮食产量。)."""
    return re.compile(rf"\s*[\u4e00-\u9fff\d\-—~～至]{{0,6}}?(?:{_bare_role_words().pattern})[\d.]")


def _time_of(text: str, s: Span, q: QuantityMatch, quantities: list[QuantityMatch],
             carried: Time) -> Time:
    """The time ``carried`` on by the words of ``s`` before ``q``, the period of a list of
    them before a 分别 the one ``q`` is of."""
    time = carried.copy()
    if (item := _listed_period(text, s, q, quantities)) is not None:
        update_time(time, text[s.start:item[0]])
        update_time(time, item[1])
    else:
        # (进出口总额(1-11月)1157.60亿元，万元GDP能耗…下降4.3%: a period in brackets after
        # a name is that item's own, said of no clause after it)
        own = clause_start(text, s.start, q.start)
        update_time(time, _PERIOD_NOTE.sub("", text[s.start:own]) + text[own:q.start])
    return time


# a period in brackets after an item's name: (1-11月), (一季度), (2018年)
_PERIOD_NOTE = re.compile(r"[(（][^()（），,。；;]{0,8}?(?:月|季度|年)[)）]")


def _listed_period(text: str, s: Span, q: QuantityMatch, quantities: list[QuantityMatch]
                   ) -> tuple[int, str] | None:
    """Where the list of periods before a 分别 starts, and the words of the one ``q`` is of
    (一季度、上半年、前三季度分别增长3%、3.4%、4%: 4% the third's), if ``q`` is one of the
    figures after it."""
    seg = segment_start(text, s.start, q.start)
    at = text.rfind("分别", seg, q.start)
    if at < 0:
        return None
    first, periods = listed_periods(text, seg, at)
    index = listed_index(at, q, quantities)
    return (first, periods[index]) if index < len(periods) else None


def _up_to_first_figure(text: str, s: Span) -> Span:
    """``s`` up to the end of its first figure's clause, where the period of the figure
    its list goes on with is said (1月份，全区…完成366.2亿元，…扣除上年缓税…: not 上年)."""
    found = next(iter(find_quantities(s.text)), None)
    if found is None:
        return s
    end = clause_end(text, s.start + found.end, s.end)
    return Span(s.start, end, text[s.start:end])


def _scope_topic(ctx: DocContext, text: str, s: Span) -> Span | None:
    """The sentence above a scope (before ``s``, its first) that names one catalogue
    indicator alone, when ``s`` is an item of a region's figure naming none; else None."""
    if item_owner(ctx, text, s) is None or find_indicators_in(text, ctx.indicators, s.start,
                                                              s.end):
        return None
    above = sentences(text, max(0, s.start - _TOPIC_CHARS), s.start)
    topic = _topic_above(ctx, text, above) if above else None
    # (a title or a lead naming the list's indicator, no figure of its own: a sentence of
    # the section before, with its figures, is about that section)
    return topic if topic is not None and not any(
        q.quantity.unit in ("CNY", "USD", "percent") for q in find_quantities(topic.text)
    ) else None


_TOPIC_REACH = 6  # sentences above a list's lead-in where the list's indicator may be named
_TOPIC_CHARS = 600  # and characters


def _topic_above(ctx: DocContext, text: str, read: list[Span]) -> Span | None:
    """The nearest sentence above that names a catalogue indicator, when it names one
    alone, among the last few sentences (the ones naming none passed over)."""
    for s in reversed(read[-_TOPIC_REACH:]):
        if read[-1].end - s.end > _TOPIC_CHARS:
            return None
        if text.startswith(cues("part"), s.start):
            continue  # (其中，税收收入…；非税收入…: the parts of the whole named before)
        ids = {m.indicator.id for m in find_indicators_in(text, ctx.indicators, s.start, s.end)
               if m.indicator.id != OTHER}
        if ids:
            return s if len(ids) == 1 else None
    return None


def _list_lead(ctx: DocContext, text: str, s: Span, read: list[Span], before: Span | None,
               ) -> tuple[Span | None, bool, bool]:
    """The sentence whose indicator the list sentence ``s`` opens after a lead-in naming
    none is of, whether it was found so (the list is read with it), and whether it is a
    ranking going on; ``before`` and no list otherwise."""
    opening = listed_after_lead(ctx, text, s)
    if opening is None or find_indicators_in(text, ctx.indicators, s.start, opening):
        return before, False, False  # (a lead-in naming its indicator: read with it)
    if (ranking := _ranking_above(ctx, text, read, Span(s.start, opening, text[
            s.start:opening]))) is not None:
        # 此外,第6-10名:郴州(1298.11亿元)、…: a ranking going on, whatever the sentence
        # just before named
        return ranking, True, True
    if before is None:
        # 全国一般公共预算收入(以下简称财政收入)完成219702亿元… / 回顾一下2023年财政10强
        # 省份榜单:↵1.广东(13851.3亿元 同比增长4.3%下同)、2.江苏(…): a lead-in naming no
        # indicator opens a list of the one a sentence just above names alone
        above = _topic_above(ctx, text, read)
        return above, above is not None, False
    return before, False, False


# 前5名, 前三位: a ranking's first places too (a part going on names later ones)
_ANY_PLACES = re.compile(
    rf"{RANK_PLACES.pattern}|前(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}})[名位]")
_RANKING_CHARS = 3000  # characters above where the ranking's first places may stand


def _ranking_above(ctx: DocContext, text: str, read: list[Span], lead: Span) -> Span | None:
    """第1-5名:长沙(6365.76亿元)、… / …(prose)… / 此外,第6-10名:郴州(1298.11亿元)、…: a
    lead-in naming a ranking's later places goes on with the ranking whose earlier places
    a sentence above listed, when that one names one indicator alone (the sentences
    between, whatever they name, are asides, and a ranking's middle places naming none
    go on with it too); else None."""
    if RANK_PLACES.search(text, lead.start, lead.end) is None:
        return None
    for s in reversed(read):
        if lead.start - s.end > _RANKING_CHARS:
            return None
        if _ANY_PLACES.search(text, s.start, s.end) is None:
            continue
        ids = {m.indicator.id for m in find_indicators_in(text, ctx.indicators, s.start, s.end)
               if m.indicator.id != OTHER}
        if ids:  # (none: the ranking's middle places, going on with it too)
            return s if len(ids) == 1 else None
    return None


_LEAD_MARKS = ("——", ":", "：")  # a line ending so opens the lines below it
# a line ending so opens a list or is an item going on in one
_LIST_LINE_ENDS = SEGMENT_MARKS + "".join(_LEAD_MARKS)


def _listed_time(text: str, last: Span | None, at: int, listed: Time) -> Time:
    """The time the items of a list a line each take, at the paragraph starting at
    ``at``: the one the lead-in line above names (回顾过去的2025年，…成绩单—— / 工业总产值
    完成1501.8亿元、增长6.6%； / …), kept while the lines before end as items do; else
    none. ``last`` is the sentence before, which may run the lead-in onto its first item."""
    end = at - 1
    while end > 0 and text[end].isspace():
        end -= 1  # (not text[:at].rstrip(): a copy of the text so far at every paragraph)
    if last is None or end < 0 or text[end] not in _LIST_LINE_ENDS:
        return Time()
    # (the reading view runs a line ending in —— onto the next: the lead-in may open the
    # sentence its first item ends)
    found = [i for i in (text.rfind(mark, last.start, at) for mark in _LEAD_MARKS) if i >= 0]
    lead_end = max(found, default=-1)
    if lead_end > last.start and lead_end - last.start <= LEAD_IN_MAX:
        named = carry(text, Span(last.start, lead_end, text[last.start:lead_end]), Time())
        if named.year is not None or named.part is not None:
            return named  # (an item's own label, 工业总产值:, names none: the list's stays)
    return listed


def _same_list(text: str, at: int) -> bool:
    """Whether the line at ``at`` and the one before open with the same bullet (●2023年
    …；\n●广州…): items of one list, which share its period."""
    mark = text[at:at + 1]
    if not mark or mark not in BULLETS:
        return False
    before = text.rfind("\n", 0, at - 1) + 1
    return text[before:before + 1] == mark


def _sentence(doc: PreparedDocument, ctx: DocContext, text: str, s: Span, *,
              carried: Time, before: Span | None = None, item: bool = False,
              listed: bool = False) -> Iterator[_Reading]:
    # (listed: a lead-in and its list of the indicator the sentence ``before`` names)
    # (an item naming no indicator, its list's named above: that one's, before any the
    # paragraphs before it named last)
    pairs = topic_pairs(ctx, text, s, before) if (listed or item) and before is not None else []
    pairs = pairs or find_pairs(ctx, text, s)
    if pairs and before is not None and text.startswith(cues("period_breakdown"), s.start):
        # (分季度看，一季度同比增长16.1%，…，人均生产总值97586元: the quarters' clauses the
        # breakdown's, the name the sentence goes on to its own)
        taken = {p.quantity.start for p in pairs}
        pairs += [p for p in topic_pairs(ctx, text, s, before) if p.quantity.start not in taken]
    if not pairs and before is not None and (
            item or "增" in s.text or "降" in s.text or "(" in s.text or "（" in s.text
            or opens_with_rank(text, s.start)):
        pairs = topic_pairs(ctx, text, s, before)  # (增, 降, brackets: a C-speed test first)
    quantities = [p.quantity for p in pairs]
    prev_end: dict[int, int] = {}
    for pair in pairs:
        q = pair.quantity
        mid = id(pair.mention.indicator)
        start_of_prefix = _list_head(text, s.start, pair.mention.start)
        prev = prev_end.get(mid, 0)
        if prev > q.start and pair.region is not None:
            prev = 0  # 濮阳、漯河…的目标是“增长7%以上”: each region's copy of one rate
        measure = _measure(text, pair, prev, text[start_of_prefix:pair.mention.start])
        prev_end[mid] = q.end
        rate_words = text[clause_start(text, s.start, q.start):q.start]
        if measure is None or (measure == "growth" and (
                _sequential(text, s, q.start) or _distant_base(text, s, pair, ctx.year)
                or has_cue(rate_words, "multi_year_average")
                or has_cue(rate_words, "other_base")
                or _nominal(s, pair, rate_words))):
            continue  # (两年平均增长6.3%: an average over two years, no year-on-year growth;
            # 名义增速11.06%: at current prices; 较疫情前增长3.9%: on another base)
        if measure == "growth" and _index_level(text, pair):
            # 居民消费价格指数为100.9%: the index on last year (= 100), a growth of 0.9%
            q = evolve(q, quantity=evolve(q.quantity, value=q.quantity.value - 100))
            pair = evolve(pair, quantity=q)  # noqa: PLW2901
        if (pair.mention.indicator.unit == "count"
                and has_cue(text[pair.mention.end:q.start], "enterprise_measure")):
            continue
        if pair.mention.indicator.unit == "count" and not counted_in(
                pair.mention.indicator.id, text[q.number_start:q.end]):
            continue  # (老旧小区5.1万个、840万户: the households, no count of communities)
        # up to the number itself: a comparator word (高于10%) is part of the quantity
        # (of a topic named sentences above, only this sentence's words up to it: 这两个
        # 都市的差距 in an aside between a ranking's places says nothing of the next ones)
        between = text[max(pair.mention.end, s.start):q.number_start]
        # 均在6%及以上 is about every member: of the whole, nothing; of a member named
        # among them (大渡口、九龙坡…等区县的增速均在6%及以上), its own figure
        # (or of each region a list before the indicator names: 常德市、衡阳市GDP均超过…)
        members = pair.region is not None
        # (均在800亿上下，分别为802.3亿元、…: 均 in a clause before is no word of this figure's)
        own = text[max(pair.mention.end, clause_start(text, s.start, q.start)):q.number_start]
        # (a gap said to be small names no figure: 却也是相距不远，达到了931.96亿元)
        if has_cue(own, "sample_statistic"):
            continue  # (样本中…的中位数为279亿元: the sample's, no region's)
        if ((has_cue(own, "distributive") or has_cue(text[clause_start(
                text, s.start, pair.mention.start):pair.mention.start], "some_members"))
                and not members) or has_cue(
                _without(_without(between, "small_gap"), "change_not_gap"), "gap") or has_cue(
                between, "contribution") or text.endswith(
                    tuple(cues("contribution")), clause_start(text, s.start, pair.mention.start),
                    pair.mention.start) or _of_regions_sum(ctx, text, s, pair) or (
                _short_of_a_region(ctx, text, pair.mention.end, q.number_start)) or (
                _part_of_a_projects_total(text, s.start, pair.mention.start)) or (
                has_cue(_without(text[s.start:q.start], "estimate"), "forecast")):
            continue
        time = _time_of(text, s, q, quantities, carried)
        if time.per_year and not has_cue(
                text[segment_start(text, s.start, q.start):q.start], "per_year"):
            time.per_year = False  # 年均增长6%；高企超过5000家: 年均 was the last segment's
        # 0: no year at all (the document's is undecided and the clause names none)
        headed = ctx.heading_year(q.start)
        year = _fact_year(ctx, text, s, q, quantities=quantities, time=time, headed=headed)
        region = _region(ctx, text, s, pair, _group_index(text, pair, quantities))
        if region is False:
            continue
        # (…的地区生产总值增长目标。…贵州位居第一14%: the goal the sentence before named
        # with the indicator its rates carry; so too a list's items under a lead-in naming
        # the goal, 各地均提出了GDP的增速目标 / 西藏:12%以上)
        goal = names_a_goal(text, q.start, q.end) or (
            (pair.trailing or item) and pair.mention.end < s.start
            and names_a_goal(text, pair.mention.end, pair.mention.end))
        kind, marker_kind, modality = _kind(ctx, text, s, q.start, time=time, year=year,
                                            goal=goal)
        # (not in a report of this year's first months: 1月至2月… in March is this year's;
        # nor a ceremony's batch, 参加本次集中开工活动的重大项目有614个)
        early = bool(time.year is None and time.part is None and headed is None and ctx.year
                     and year == ctx.year and ctx.reports_back_by(_ESTIMATE_MONTHS)
                     and not time.per_year and not (ctx.report_period is not None
                                                    and ctx.report_period.end_year == year)
                     and not has_cue(text[s.start:q.start], "batch"))
        anchor = pair.anchor
        if (m := _ENUMERATOR.match(text, anchor)) and m.end() < pair.quantity.start:
            anchor = m.end()  # 3.居民消费价格上涨3.2%: the list number is not the clause's
        weak = region is not None and any(
            m.weak and m.region.code == region.code
            for m in ctx.mentions_starting(s.start, pair.quantity.end))
        yield _Reading(pair, measure, time, year, region, weak, kind, marker_kind, modality,
                       doc.reading_provenance(anchor, _quote_end(pair)),
                       early and kind in ("result", "weak result", None),
                       headed if time.year is None else None)


def _quote_end(pair: Pair) -> int:
    """Where a pair's quote ends: at its number, or at what it names after it (an
    indicator after its rate, 西夏区(13.0%)地区生产总值增速; its region, 增长8%以上的
    地市有郑州)."""
    end = max(pair.quantity.end, pair.mention.end) if pair.trailing else pair.quantity.end
    if pair.region is not None and pair.region.start >= end:
        end = pair.region.end
    return end


_YEAR_RANGE = re.compile(rf"(?<!\d)({YEAR}) ?年? ?(?:至|到|-|—|－|~) ?({YEAR}) ?年")


def _respective_year(text: str, s: Span, q: QuantityMatch,
                     quantities: list[QuantityMatch]) -> int | None:
    """The i-th year of a range for the i-th value after 分别, when the range has as many
    years as the list has values (2021至2024年，GDP分别增长8%、1.9%、4.8%、3.5%)."""
    before = text[s.start:q.start]
    if "分别" not in before or (m := _YEAR_RANGE.search(before)) is None:
        return None
    first, last = int(m[1]), int(m[2])
    at = text.rfind("分别", s.start, q.start)
    items = [o for o in quantities if o.start > at and o.quantity.unit == q.quantity.unit]
    run = items[:1]
    for o in items[1:]:
        if text[run[-1].end:o.start].strip() not in ("、", "和", "及", "与", ",", "，"):
            break
        run.append(o)
    if q not in run or len(run) != last - first + 1 or s.start + m.start() > at:
        return None
    return first + run.index(q)


# 较“十三五”末增长33.6%, 比2020年增长20%: a change on a base years back, not on a year before
_BASE = re.compile(rf"(?:较|比|相比)“?(?:{YEAR} ?年|十[一二三四五六七八九]五)"
                   r"[^，,；;。]{0,6}?(?:增长|提高|下降|降低|增加|减少)")


# 比2019年同期, 比2019年一季度, 较2019年1-5月: a base that is a part of its year
_SAME_PART = re.compile(r"同期|季度|半年|月")

# a base said with an earlier change of the sentence that the plain changes after it
# share: as far back as a term's review goes (a change on two years before, 比2019年增长,
# said in 2021 beside the year's own, leaves the next clause's plain rate the year's)
_TERM_BASE_MIN = 3

# 比2012年(下同)增长47.7%: a base the sentence's later changes are all measured on
_BASE_BELOW = re.compile(rf"(?:较|比|相比)“?(?:{YEAR} ?年|十[一二三四五六七八九]五)"
                         r"[^，,；;。]{0,6}?[(（]下同[)）]")


def _distant_base(text: str, s: Span, pair: Pair, year: int | None) -> bool:
    """A base years back; 2006年…比2005年增长11.5% is on the year before: a plain growth
    (so is one two years before the document's year when the sentence names none: a
    report's review of the year before it). A base said once for the changes after it
    (比2012年(下同)增长…；…增长125.1%) is theirs."""
    # (up to the number: a decline's word, 比2019年同期下降10.8%, is its quantity's)
    m = _BASE.search(text, pair.mention.end, pair.quantity.number_start)
    if m is None and "下同" in text[s.start:pair.mention.start]:
        m = _BASE_BELOW.search(text, s.start, pair.mention.start)
    if m is None:
        # (与1958年相比，…由2.04亿元发展到1024.33亿元，增长501倍: the sentence's base)
        m = COMPARED_WITH_YEAR.search(text, s.start, pair.quantity.number_start)
    if m is None and YEARS_SIDE_BY_SIDE.search(text, s.start, pair.quantity.number_start):
        return True  # 1958年与2018年相比，…增长501倍: a change across the two
    if m is None and _year_on_year().search(text, pair.mention.end,
                                            pair.quantity.number_start) is None:
        # (预计2021年实现生产总值26.8亿元、比2016年增长28%，完成社会消费品零售总额9.7亿元、
        # 增长56.5%: a base years back said with the sentence's first change is the base
        # of the plain changes after it, in a review of a term)
        earlier = list(_BASE.finditer(text, s.start, pair.mention.start))
        base = YEAR_NAMED.search(earlier[-1].group()) if earlier else None
        said = YEAR_NAMED.findall(text, s.start, earlier[-1].start()) if earlier else []
        reported = int(said[-1]) if said else year
        if base is not None and reported is not None and (
                reported - int(base[1]) >= _TERM_BASE_MIN):
            return True
    if m is None:
        return False
    base = YEAR_NAMED.search(m.group())
    said = YEAR_NAMED.findall(text, s.start, min(pair.mention.end, m.start()))
    reported = int(said[-1]) if said else year
    if base is None or reported is None:
        return True
    # (a sentence naming no year in a report written the year after its figures: 2014年
    # 政府工作报告…全年生产总值突破1500亿元,比2012年增长10.6%, the year before 2013's;
    # 比2019年同期 in a report of 2021's months, though, compares two years back, as does
    # 比2019年一季度 of a quarter's: a review of the year before compares whole years)
    # (…同比增长14.5%,较2019年增长12.2%: after the year's own growth, another base)
    review = not said and _SAME_PART.search(m.group()) is None and _year_on_year().search(
        text, pair.mention.end, m.start()) is None
    return int(base[1]) not in ((reported - 1, reported - 2) if review else (reported - 1,))


@cache
def _year_on_year() -> re.Pattern[str]:
    """A change on the year before said with its figure (同比增长14.5%, 比上年下降)."""
    return re.compile(rf"(?:{year_on_year_bases()})[^，,；;。]{{0,4}}?"
                      rf"(?:{alternation(cues('growth'))})")


def _fact_year(ctx: DocContext, text: str, s: Span, q: QuantityMatch, *,
               quantities: list[QuantityMatch], time: Time, headed: int | None) -> int:
    """The year of the figure ``q`` (0: none at all, the document's undecided and the
    clause naming none); ``time`` takes a year a list gives each figure."""
    if (each := _respective_year(text, s, q, quantities)) is not None:
        time.year = each  # 2021至2024年…分别为8%、1.9%、4.8%、3.5%
        return each
    if (base := _PROGRESSION_BASE.search(text, s.start, q.start)) is not None:
        # 由2017年929家增长到3605家: the base's own year, not carried
        return int(base[1]) if base[1] else plan_years(base[2])[1]
    if (start := _unnamed_base_year(text, s, q)) is not None:
        return start
    if _progression_base(text, s, q) and not time.until and (
            reviewed := _years_reviewed(ctx, text, q.start)) and (
            reached := _carried_year(ctx, text, s, q, time=time, headed=headed)):
        # 过去五年…全省生产总值从1.72万亿元增加到2.75万亿元: the level the five years
        # started from, the year before their first
        return reached - reviewed
    if _last_years_rate(text, s, q) and (this := time.year or headed or ctx.year):
        return this - 1
    if _last_years_figure().search(text, s.start, q.number_start) and (
            this := time.year or headed or ctx.year):
        return this - 1  # 目标明确为6.5%,较上年7.5%的目标有所下调: last year's own figure
    return _carried_year(ctx, text, s, q, time=time, headed=headed)


def _months_not_yet_run(ctx: DocContext, time: Time, headed: int | None) -> bool:
    """Whether the months ``time`` names with no year nor 今年 (1-11月) end after the month
    the document was written in: they are the year before's."""
    month = ctx.dated_month
    return bool(time.part == "months" and time.months and time.year is None
                and not time.this_year and headed is None
                and month is not None and time.months[1] > month)


def _carried_year(ctx: DocContext, text: str, s: Span, q: QuantityMatch, *, time: Time,
                  headed: int | None) -> int:
    """The year the clause's period cues, its section's heading or the document give."""
    if time.last_year and time.year is None and headed is not None and (
            ctx.section_kind(q.start) == "results"):
        # 一、2014年工作回顾 / 过去一年，…: the year the review's heading names, whatever
        # date a repost of the report carries
        return headed
    if time.last_year and time.year is None:
        # 去年: the year before the writing, which is the year a text printed after
        # its year is about (过去一年… in a review printed the next spring)
        return ctx.year - (0 if ctx.written_later else 1) if ctx.year else 0
    if headed is None and _last_years_estimate(ctx, text, s, q.start, time):
        return ctx.year - 1 if ctx.year else 0
    if time.this_year and time.year is None and headed is None and ctx.written_later and (
            ctx.year):
        return ctx.year + 1  # 今年…的目标 on a page of 2019 on 2018's figures: its writing's
    if ctx.year and _months_not_yet_run(ctx, time, headed):
        return ctx.year - 1  # 进出口总额(1-11月) in a news item of January: last year's
    return time.year or headed or ctx.year or 0


_REVIEW_REACH = 1500  # characters before a sentence its review's word may stand


def _years_reviewed(ctx: DocContext, text: str, at: int) -> int:
    """How many years the review the sentence at ``at`` stands in covers: the value of
    the last review word before it (过去五年, 省十二届人大一次会议以来的五年), within its
    reach and outside a section of targets; 0 when there is none, or when that word names
    the years ahead (今后五年)."""
    if ctx.section_kind(at) == "targets":
        return 0
    words = find_cue(text[max(0, at - _REVIEW_REACH):at], "review_years")
    if not words:
        return 0
    reviewed = _review_counts()[words[-1][2]]
    return reviewed if reviewed > 1 else 0


@cache
def _review_counts() -> dict[str, int]:
    """The years each review word counts (过去五年: 5), from ``data/cues.tsv``."""
    return {word: int(value) for word, value in cue_values("review_years")}


@cache
def _last_years_figure() -> re.Pattern[str]:
    """A figure right after the year it is compared with, no change word between (较上年
    7.5%的目标): the comparison bases that open with 比 or 较, at the figure."""
    bases = [w for w in cues("comparison_base") if w.startswith(("比", "较"))]
    return re.compile(rf"(?:{alternation(bases)})的?$")


def _last_years_estimate(ctx: DocContext, text: str, s: Span, at: int, time: Time) -> bool:
    """预计地区生产总值超过2100亿元 in a work report of January: the preliminary figure of
    the year just ended (the sentence names no year or part of one of its own)."""
    if time.year is None and time.part is None and ctx.written_by(_ESTIMATE_MONTHS):
        found = find_cue(text[s.start:at], "estimate")
        # 初步统计，去年…增长8.0%，今年…预期增长6.5%: the estimate stops at 今年; and one
        # of 今年 is no figure of the year just ended (今年福建全省生产总值预计增长8.5%)
        return bool(found) and "今年" not in text[
            clause_start(text, s.start, s.start + found[-1][0]):at]
    return False


def _sequential(text: str, s: Span, at: int) -> bool:
    """从环比看，三季度GDP增长0.9%: a change on the last period, not on a year before
    (nor after the whole year named since: 各月CPI环比涨跌幅均在1.0%以内，全年CPI累计上涨2.6%)."""
    seg = text[segment_start(text, s.start, at):at]
    if not has_cue(seg, "sequential"):
        return False  # the last of the words must be a sequential one
    found = find_cue(seg, "sequential") + find_cue(seg, "year_on_year") + find_cue(
        seg, "whole_year")
    return bool(found) and max(found)[2] in cues("sequential")


def _make(doc: PreparedDocument, ctx: DocContext, r: _Reading,
          profile: Profile) -> Goal | Result:
    kind: Kind
    default = profile.default_kind
    if profile.five_year and ctx.plan_span is None and not r.time.span and not (
            r.time.per_year or r.time.until):
        default = "result"  # no plan named, no span said: 两年平均 made the style five-year
    elif profile.five_year and ctx.plan_span is not None and ctx.year is not None and (
            ctx.plan_span.end_year < ctx.year or (
                ctx.written_later and ctx.plan_span.end_year <= ctx.year)):
        # a plan that ended before the writing is reviewed, not set (2015年至2019年…年均
        # 增长6.2%, published in 2020)
        default = "result"
    if r.kind == "weak result":
        # 实现, 达到 in a plan's outline are its aims; with no plan named (两年平均增长 made
        # the style five-year), what was reached
        kind = default if profile.five_year and ctx.plan_span is not None else "result"
    else:
        kind = r.kind or (r.marker_kind if profile.markers else None) or default
    shifted = r.early_whole_year and (r.kind is not None or kind == "result")
    year = r.year - 1 if shifted else r.year
    code, name = (r.region.code, r.region.name) if r.region else (None, "")
    pair = r.pair
    indicator = pair.mention.indicator
    uncertain = _uncertain(doc, r)
    label = indicator.name if indicator.id == OTHER else None
    if kind == "target":
        period, per = (target_period(profile.five_year, ctx, r.time, year,
                                     indicator=indicator, headed=r.headed,
                                     at_end=_flow_level_at_end(ctx.text, r))
                       if year else (None, None))
        return Goal(region=code, region_name=name, indicator=indicator.id,
                    measure=r.measure, quantity=pair.quantity.quantity,
                    provenance=r.provenance, period=period, modality=r.modality, per=per,
                    uncertain=uncertain, indicator_label=label)
    return Result(region=code, region_name=name, indicator=indicator.id, measure=r.measure,
                  quantity=pair.quantity.quantity, provenance=r.provenance,
                  period=_result_span(ctx, r, year),
                  uncertain=uncertain, indicator_label=label)


def _average_over(ctx: DocContext, at: int, year: int) -> Period | None:
    """The years ending with ``year`` an average said at ``at`` (年均增长11.7%) is over: the
    span its sentence names (近5年, “十二五”期间), else the years the review it stands in
    covers (过去五年工作回顾); None when neither says."""
    return _average_named(ctx.text, at, year) or _reviewed_span(ctx, at, year)


def _average_named(text: str, at: int, year: int) -> Period | None:
    """The years ending with ``year`` the sentence of an average said at ``at`` names."""
    return average_span(text, sentence_start(text, at), at, year)


def _reviewed_span(ctx: DocContext, at: int, year: int) -> Period | None:
    """The years ending with ``year`` the review ``at`` stands in covers (过去五年工作回顾:
    five), or None outside a review of more than one year."""
    reviewed = _years_reviewed(ctx, ctx.text, at)
    return Period(year - reviewed + 1, 1, year, 12) if reviewed else None


def _averaged(text: str, r: _Reading) -> bool:
    """Whether ``r``'s rate is an average over years, said so in its own clause (年均增长;
    not 两年平均增长5.6%，一般公共预算收入增长12.4%, whose 年平均 is the clause before's)."""
    if not (r.time.per_year and r.measure == "growth"):
        return False
    at = r.pair.quantity.start
    return has_cue(text[clause_start(text, sentence_start(text, at), at):at], "per_year")


def _result_span(ctx: DocContext, r: _Reading, year: int) -> Period | None:
    span = ctx.plan_span
    if _averaged(ctx.text, r) and span is not None and span.end_year == year:
        # “十一五”期间…年均增长14.7%: reached over the plan (a level said beside its
        # average rate, 达11455元，年均增长3.04%, is the last year's)
        return span
    if r.measure == "level" and _summed(ctx.text, r) and (
            over := _sum_over(ctx, r.pair.quantity.start, year)) is not None:
        return over  # 五年累计完成2507亿元, 过去五年…累计完成2034亿元: the years' sum
    return result_period(ctx, r.time, year) if year else None


# a verb of reaching a size right before a figure (总量突破, 达到, 迈上)
# (or opening the figure as its comparator: 突破1600亿元)
_REACHED = re.compile(r"(?:突破|达到|達到|达|達|迈上|邁上|超过|超過|跨越|跨上|站上)"
                      r"[^，,。；;：:\d]{0,4}(?:\d|$)")
_VERB_IN_FIGURE = 3  # characters into a figure its comparator's verb may run


def _flow_level_at_end(text: str, r: _Reading) -> bool:
    """Whether ``r`` is a flow's money value said reached, with no sum's word in its
    sentence (今后五年，…总量突破1600亿元: the span's last year's; not 五年累计完成投资2000
    亿元, nor 新增城镇就业3万人, a count the years add up)."""
    at = r.pair.quantity.start
    indicator = r.pair.mention.indicator
    return (r.measure == "level" and indicator.kind == "flow" and indicator.unit in MONEY_UNITS
            and _REACHED.search(text, clause_start(text, 0, at), at + _VERB_IN_FIGURE) is not None
            and not has_cue(text[sentence_start(text, at):at], "years_sum"))


def _summed(text: str, r: _Reading) -> bool:
    """Whether ``r``'s level is a sum over years: a span's words (五年累计), or a sum's
    (累计完成) in a sentence naming no year."""
    if r.time.span:
        return True
    at = r.pair.quantity.start
    opening = sentence_start(text, at)
    return r.time.year is None and has_cue(text[clause_start(text, opening, at):at],
                                           "years_sum") and (
        YEAR_NAMED.search(text, opening, at) is None)


def _sum_over(ctx: DocContext, at: int, year: int) -> Period | None:
    """The years ending with ``year`` a sum said at ``at`` is over: the plan's when it
    ends then, else the years the review it stands in covers; None when neither."""
    span = ctx.plan_span
    if span is not None and span.end_year == year:
        return span
    return _reviewed_span(ctx, at, year)


def _uncertain(doc: PreparedDocument, r: _Reading) -> tuple[str, ...]:
    """What the fact took from a weak document-level decision: its year (the clause
    names none) or its region (the document's subject)."""
    decided = doc.context
    out: list[str] = []
    if r.time.year is None and (not r.year or decided.year.weak):
        out.append("year")
    if r.region is None or r.region_weak or (
            r.region.code == decided.region.value and decided.region.weak):
        out.append("region")
    return tuple(out)


def _nominal(s: Span, pair: Pair, rate_words: str) -> bool:
    """名义增速11.06% beside 实际增速8.3% in one sentence: a growth at current prices
    (``rate_words``, its clause before it, say so) of a value whose growth is reported
    real (table_columns.tsv: real_growth_of)."""
    return pair.mention.indicator.id in table_words("real_growth_of") and any(
        w in rate_words for w in table_words("nominal")) and any(
        w in s.text for w in table_words("real_growth_word"))

