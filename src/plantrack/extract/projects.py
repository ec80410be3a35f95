"""The projects extractor: named investment projects, their investment, stage and region.

Project news (总投资50亿元的X项目正式开工) is a style of its own, but named projects turn
up in every style (a work report's 康辉新材料、安费诺连接器等制造业项目竣工投产), so
:func:`find_projects` is usable on any document; :class:`ProjectExtractor` wraps it for
the engine, its ``detect`` scoring how much a section reads like project news.

A name is found from its shape, never from a list of names:

- after an investment that qualifies it: 总投资[超/近]N元的 NAME(项目|产业园|有限公司…);
- before 项目: the words back to the previous punctuation or 的, less leading verbs
  (推进, 包括 …), kept only when something more than generic words remains (重大产业项目,
  四期项目 and 通州16个产业项目 name no project) and the sentence gives evidence (an
  investment or a stage word);
- in a list before 等…项目: 甲、乙、丙等制造业项目竣工投产 names three projects;
- a facility (…产业园, …幼儿园) right before a stage word (竣工) or as the subject of a
  sentence that states its total investment;
- the object of a signing or start verb (…和某县政府签约 NAME项目, 签约设立 NAME中心,
  开工建设 NAME联络线);
- names side by side (甲项目、乙项目…): listed, so a total after them is no one's;
- a name alone on its line, in a document whose head names a ceremony (集中开工,
  签约仪式): the ceremony's stage is its stage when its sentence gives none.

A 项目 followed by a count or a modifier (一产项目16个, 项目数量) is a kind, not a name.

The stage is the most advanced stage word after the name in its sentence (开工…已封顶
is under construction), ignoring planned ones (计划10月底试生产); a name governed by
确保/力争/计划 is ``planned``. The region is the nearest county-level place named before
the project (a heading, 通州区的…, a town that rolls up). Cue words are in
``data/projects.tsv``.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from attrs import evolve, frozen

from plantrack.catalog.resolve import resolve_mentions
from plantrack.components import Extractor
from plantrack.datafiles import alternation, data_rows
from plantrack.extract.lexicon import size_qualifier
from plantrack.hookspecs import hookimpl
from plantrack.model import Goal, Project, ProjectStatus, Region, Result
from plantrack.text.prepare import PreparedDocument
from plantrack.text.quantities import QuantityMatch, find_quantities
from plantrack.text.script import HAN
from plantrack.text.segment import segment_bounds, windows

if TYPE_CHECKING:
    from plantrack.catalog.regions import Gazetteer

__all__ = ["ProjectExtractor", "find_projects"]

# Characters a name never contains: punctuation, quotes, brackets, spaces, 的.
_BOUNDARY = frozenset("，,。;；：:！!？?、\n\r\t 　“”\"'‘’《》<>【】[]{}…—|/的")
_MAX_NAME = 32
# the end of a list of projects: 等战略性新兴产业项目 (a kind, not a name, after 等)
_LIST_END = re.compile(r"[^，,。;；:：！!？?]*?等[\u4e00-\u9fff]{0,12}?项目")
_MIN_ITEM = 3  # characters of a list item's name (文创、康养 are kinds)
_MIN_NAME_LISTED = 4  # characters of a name in a list with no name-ending word
_STAGES: tuple[ProjectStatus, ...] = ("planned", "signed", "started", "under_construction",
                                      "trial", "in_production", "completed")
_DEFAULT_STATUS: ProjectStatus = "under_construction"
_OPENING = frozenset("(（[【")
_COUNTED = re.compile(r"[0-9一二两三四五六七八九十百千]+(?:个|家|批|项|大|类)")
_LIST_GAP = re.compile(r"[、，,]")
_REGION_WINDOW = 1500
_QUOTED_MAX = 12  # characters of a quoted word inside a name


def _bracketed(longest: int) -> str:
    """A bracketed aside of at most ``longest`` characters, no bracket inside it."""
    return rf"[(（][^()（）]{{1,{longest}}}[)）]"


_ASIDE_LEAD = re.compile(_bracketed(12) + r"\s*")
_ASIDE = re.compile(_bracketed(8))  # (南康区) after a name
_ITEM_STOP = re.compile(r"[，,、；;。\n]|$")
_PLACE_MAX = 8  # characters of a place's name before a project's (黔西南布依族苗族自治州 is 10)
_MAX_SUBJECT, _RECURS = 8, 3  # a recurring clause subject: its longest length, how often


# --- Cue words ------------------------------------------------------------------------


@frozen
class _Cues:
    investment: tuple[str, ...]
    anchors: tuple[str, ...]
    facilities: tuple[str, ...]
    companies: tuple[str, ...]
    status: tuple[tuple[str, ProjectStatus, bool], ...]  # word, stage, strong
    future: tuple[str, ...]
    cut: tuple[str, ...]
    lead: tuple[str, ...]
    not_project: tuple[str, ...]
    generic: frozenset[str]
    generic_max: int
    qualifiers: tuple[str, ...]
    investment_near: tuple[str, ...]
    conditional: tuple[str, ...]
    ceremonies: tuple[tuple[str, ProjectStatus], ...]
    objects: tuple[tuple[str, ProjectStatus], ...]
    nouns: tuple[str, ...]
    modifiers: tuple[str, ...]
    counted: tuple[str, ...]
    function_end: tuple[str, ...] = ()  # a word a name never ends with (为, 向, 抓)
    pointers: tuple[str, ...] = ()  # a word a name never starts with (这批, 该)
    existential: tuple[str, ...] = ()  # 既有, 也有: a clause's opening before 投资…的
    industries: frozenset[str] = frozenset()  # 新材料 alone: a kind of industry
    not_yet: tuple[str, ...] = ()  # 尚未: the stage word after it is not reached
    list_close: tuple[str, ...] = ()  # 等: closes a list of names
    list_total: tuple[str, ...] = ()  # 共: before the count of the names listed
    list_openers: tuple[str, ...] = ()  # 为, 包括: between a count and the names it opens
    floor_openers: tuple[str, ...] = ()  # 有: between a size floor's 项目 and its colon
    name_list_openers: tuple[str, ...] = ()  # 包括: between 项目 and the names it lists
    place_close: tuple[str, ...] = ()  # 地: after a list's 等, its items are places
    work_ends: tuple[str, ...] = ()  # 升级: the work itself, though it ends like 省级
    sized_kinds: tuple[str, ...] = ()  # 产业: a kind, unless an investment sizes the name


def _longest_first(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted(dict.fromkeys(words), key=len, reverse=True))


def _stage_of(value: str) -> ProjectStatus:
    for stage in _STAGES:
        if stage == value:
            return stage
    raise ValueError(f"projects.tsv: unknown stage {value!r}")


@cache
def cues() -> _Cues:
    """The cue words of ``data/projects.tsv``, by role."""
    rows: dict[str, list[tuple[str, str]]] = {}
    for role, value, word, *_ in data_rows("plantrack.extract", "projects.tsv"):
        rows.setdefault(role, []).append((value, word))
    status: list[tuple[str, ProjectStatus, bool]] = []
    for role, strong in (("status", True), ("status_weak", False)):
        for value, word in rows.get(role, []):
            status.append((word, _stage_of(value), strong))
    generic = frozenset(w for _, w in rows.get("generic", []))
    def staged(role: str) -> tuple[tuple[str, ProjectStatus], ...]:
        pairs = [(w, _stage_of(v)) for v, w in rows.get(role, [])]
        return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))

    near = _longest_first([w for _, w in rows.get("investment_near", [])])
    return _Cues(
        investment=_longest_first([w for _, w in rows.get("investment", [])] + list(near)),
        anchors=_longest_first([w for v, w in rows.get("suffix", []) if v == "anchor"]),
        facilities=_longest_first([w for v, w in rows.get("suffix", []) if v == "facility"]),
        companies=_longest_first([w for v, w in rows.get("suffix", []) if v == "company"]),
        status=tuple(sorted(status, key=lambda s: len(s[0]), reverse=True)),
        future=_longest_first([w for _, w in rows.get("future", [])]),
        cut=_longest_first([w for _, w in rows.get("cut", [])] +
                           [w for _, w in rows.get("future", []) if len(w) > 1]),
        lead=_longest_first([w for _, w in rows.get("lead", [])] +
                            [w for _, w in rows.get("future", [])]),
        not_project=_longest_first([w for _, w in rows.get("not_project", [])]),
        generic=generic, generic_max=max((len(w) for w in generic), default=1),
        qualifiers=_longest_first([w for _, w in rows.get("qualifier", [])]),
        investment_near=near,
        conditional=_longest_first([w for _, w in rows.get("conditional", [])]),
        ceremonies=staged("ceremony"), objects=staged("object"),
        nouns=_longest_first([w for _, w in rows.get("noun", [])]),
        modifiers=_longest_first([w for _, w in rows.get("modifier", [])]),
        counted=_longest_first([w for _, w in rows.get("counted", [])]),
        function_end=_longest_first([w for _, w in rows.get("function_end", [])]),
        pointers=_longest_first([w for _, w in rows.get("pointer", [])]),
        existential=_longest_first([w for _, w in rows.get("existential", [])]),
        industries=frozenset(w for _, w in rows.get("industry", [])),
        not_yet=_longest_first([w for _, w in rows.get("not_yet", [])]),
        list_close=_longest_first([w for _, w in rows.get("list_close", [])]),
        list_total=_longest_first([w for _, w in rows.get("list_total", [])]),
        list_openers=_longest_first([w for _, w in rows.get("list_opener", [])]),
        floor_openers=_longest_first([w for _, w in rows.get("floor_opener", [])]),
        name_list_openers=_longest_first([w for _, w in rows.get("name_list_opener", [])]),
        place_close=_longest_first([w for _, w in rows.get("place_close", [])]),
        work_ends=_longest_first([w for _, w in rows.get("work_end", [])]),
        sized_kinds=_longest_first([w for _, w in rows.get("sized_kind", [])]),
    )


def _alternation(words: tuple[str, ...]) -> str:
    return alternation(words) or "(?!)"  # (no words: a pattern that never matches)


_COUNT = "[0-9一二两三四五六七八九十]+"


@cache
def _list_close() -> re.Pattern[str]:
    """等…项目, 共6个…项目, and a count right after the last name (甲、乙、丙5个项目)."""
    c = cues()
    return re.compile(f"{_alternation(c.list_close)}|(?:{_alternation(c.list_total)})"
                      f"(?={_COUNT}个)"
                      f"|(?<=[\u4e00-\u9fff)）])(?<![等共有约近超])(?={_COUNT}个)")


@cache
def _counted_list() -> re.Pattern[str]:
    """A count of projects that opens a list of them: 竣工4项，为…, 开工5个项目：…"""
    openers = _alternation(cues().list_openers)
    # (14个项目分别是甲工程、乙项目: 分别 and its verb open the list without a mark)
    # (续建项目(2个)：甲项目、乙工程: the count in brackets after the kind)
    return re.compile(f"{_COUNT}(?:项|个)(?:项目|工程)?(?:[，,：:]"
                      f"[ \t]*(?:分别)?(?:{openers})?|分别(?:{openers})[：:]?)"
                      f"|(?<=项目)[(（]{_COUNT}(?:项|个)[)）][：:]")


@cache
def _floor_list() -> re.Pattern[str]:
    """A list whose every item is of a size: 总投资10亿元以上的项目有："""
    openers = _alternation(cues().floor_openers)
    return re.compile(f"的(?:重大|重点)?(?:产业)?项目(?:{openers})?[:：]")


@cache
def _name_list() -> re.Pattern[str]:
    """A projects noun opening the list of their names: 重大项目包括：甲、乙等"""
    return re.compile(f"(?:项目|工程)(?:{_alternation(cues().name_list_openers)})[：:]?")


# --- Mentions -------------------------------------------------------------------------


@frozen
class _Mention:
    """One naming of a project in a sentence (normalised offsets)."""

    start: int
    end: int
    sentence: tuple[int, int]
    status_from: int  # where its stage words may begin (after 项目 for a listed name)
    investment: QuantityMatch | None = None
    quote_start: int | None = None  # where the investment phrase begins, if before the name
    listed: bool = False
    alone: bool = False  # alone on its line under a list's heading: its name is its context


@frozen
class _Investment:
    cue_start: int
    match: QuantityMatch
    attributive: bool  # 总投资N元的 X, 投资N元建设 X: qualifies the name after it
    name_start: int = 0  # where that name starts (after 的, or after 建设)


@cache
def _investment_word() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in cues().investment) or "(?!)")


# 投资50亿元在谷城建设甲项目, 总投资66亿元建设的乙项目: the sum builds the name after it
_BUILT = re.compile(r"(?:在[\u4e00-\u9fff]{1,8}?)?(?:建设|新建|兴建)的?(?=[\u4e00-\u9fff])")


def _investments(text: str, s0: int, s1: int) -> list[_Investment]:
    """总投资[达]N元 phrases in ``text[s0:s1]``: money quantities right after a cue word."""
    out: list[_Investment] = []
    if _investment_word().search(text, s0, s1) is None:
        return out  # each phrase needs a cue word in the sentence: no quantities to read
    for m in find_quantities(text[s0:s1]):
        if m.quantity.unit not in ("CNY", "USD"):
            continue
        q_start = s0 + m.start
        head = text[max(s0, q_start - 12):q_start]
        for word in cues().investment:
            i = head.rfind(word)
            gap = head[i + len(word):] if i >= 0 else ""
            if i >= 0 and len(gap) <= 2 and not any(c in _BOUNDARY for c in gap):
                match = QuantityMatch(m.quantity, q_start, s0 + m.end, s0 + m.number_start,
                                      m.decline)
                after = s0 + m.end
                cue_start = q_start - len(head) + i
                built = _BUILT.match(text, after, s1)
                attributive = after < s1 and (text[after] == "的" or built is not None)
                if word in cues().investment_near and not _near_ok(
                        text, s0, cue_start, attributive):
                    break
                name_start = built.end() if built is not None else after + 1
                out.append(_Investment(cue_start, match, attributive, name_start))
                break
    return out


_NEAR_GAP = "，, :："


def _near_ok(text: str, s0: int, cue_start: int, attributive: bool) -> bool:
    """Whether a bare 投资 at ``cue_start`` gives a project's investment: right after a
    name's ending word (甲项目投资5亿元, 甲项目，投资5亿元), or starting its clause before
    的 and a name (投资10亿元的甲项目); not 完成投资120亿元."""
    j = cue_start
    if j > s0 and text[j - 1] in _NEAR_GAP:
        j -= 1
    c = cues()
    ends = (*c.anchors, *c.facilities, *c.companies)
    if text.endswith(ends, s0, j) or _PHASE_END.search(text, s0, j):
        return True
    if not attributive:
        return False
    j = cue_start
    for word in c.existential:  # 既有投资5.2亿元的甲项目, 也有投资…的乙: a clause's opening
        if text.endswith(word, s0, j):
            j -= len(word)
            break
    return j == s0 or text[j - 1] in _BOUNDARY


# a phase after 项目 (甲项目二期): part of the name
_PHASE = re.compile(r"(?:[一二三四五六七八九十]|[0-9]{1,2}|首)期(?:工程)?")
_PHASE_END = re.compile(r"项目(?:[一二三四五六七八九十]|[0-9]{1,2}|首)期(?:工程)?\Z")


def _joins_places(text: str, at: int, floor: int) -> bool:
    """A single dash between two Chinese characters joins the ends of a line inside a
    name (库车—阿拉尔—巴楚750千伏输变电工程); a doubled one (——) opens a list item."""
    return (at - 1 >= floor and at + 1 < len(text) and HAN.match(text[at - 1]) is not None
            and HAN.match(text[at + 1]) is not None)


_TRAILING_ASIDE = re.compile(_bracketed(30) + "$")  # 乙项目(洋浦大桥部分) ending an item


def _open_brackets(item: str) -> bool:
    return item.count("(") + item.count("（") > item.count(")") + item.count("）")


def _split_and(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A list's item cut at 以及 (甲抽水蓄能以及乙高速公路: two items), last first."""
    at = text.find("以及", a, b)
    return [(at + 2, b), (a, at)] if at > a else [(a, b)]


def _run_back(text: str, end: int, floor: int) -> int:
    """Where the name-like run ending at ``end`` begins (not before ``floor``)."""
    i = end
    while i > floor and end - i <= _MAX_NAME and (text[i - 1] not in _BOUNDARY or (
            text[i - 1] == "—" and _joins_places(text, i - 1, floor))):
        i -= 1
    return i


@cache
def _cut_finder() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """A lookahead reporting, at each place a cut word starts, the longest one there,
    and for each cut word the cut words it starts with (itself too): every cut word at
    a place is a prefix of the longest one there, so the two together name every cut
    word in a span, overlapping ones too, from one scan."""
    words = cues().cut
    firsts = "".join(sorted({re.escape(w[0]) for w in words}))
    pattern = re.compile(f"(?=[{firsts}])(?=(" + "|".join(map(re.escape, words)) + "))")
    prefixes = {w: frozenset(p for p in words if w.startswith(p)) for w in words}
    return pattern, prefixes


@cache
def _lead() -> re.Pattern[str]:
    """The lead words in their order (longest first): a match is the first that fits."""
    return re.compile("|".join(map(re.escape, cues().lead)) or "(?!)")


def _strip_lead(text: str, start: int, end: int) -> int:
    """Where the name in ``text[start:end]`` begins: after the last cut word (a verb, an
    adverb, a time word), then past any leading connective."""
    # The cut words are tried in their order, each moving ``start`` on; a word absent
    # from the first span is absent from every later (narrower) one, so only the few
    # present need an rfind, instead of all seventy for every candidate name.
    finder, prefixes = _cut_finder()
    present = {w for longest in finder.findall(text, start, end) for w in prefixes[longest]}
    nouns = [(i, i + len(n)) for n in cues().nouns for i in _find_all(text, n, start, end)]
    for word in [w for w in cues().cut if w in present] if present else ():
        i = text.rfind(word, start, end)
        while i >= 0 and any(a <= i < b for a, b in nouns):
            i = text.rfind(word, start, i)  # inside a noun (集聚区): no cut there
        if i >= 0 and i + len(word) < end:
            start = i + len(word)
    return _skip_leads(text, start, end)


def _skip_leads(text: str, start: int, end: int) -> int:
    """Past leading connectives, one after another: each time the first word of
    cues().lead that starts there and leaves something after it (a match ending before
    ``end``)."""
    lead = _lead()
    while start < end and (m := lead.match(text, start, end - 1)) is not None:
        start = m.end()
    return start


@cache
def _sized_end() -> re.Pattern[str]:
    """A project's size at the end of a name's core (签约落户超亿元, 新开工5000万元以上)."""
    return re.compile(f"(?:{size_qualifier()})\\Z")


def _is_named(core: str, gazetteer_names: frozenset[str], *, sized: bool = False) -> bool:
    """True when ``core`` holds at least two characters that are not generic words,
    numerals or region names (康源电路 yes; 重大产业, 通州16个产业, 四期 no), and does not
    end with a qualifier or a size: X重大项目 and X亿元以上项目 are kinds of project. A
    name ``sized`` by an investment of its own is one project though it ends like the
    kind of an industry (总投资5亿元的铝型材加工产业项目; not 重点, 基础设施)."""
    c = cues()
    if len(core) < 2 or _COUNTED.search(core) or "等" in core or (
            core.endswith(c.qualifiers) and not core.endswith(c.work_ends)
            and not (sized and core.endswith(c.sized_kinds))):
        return False
    if core in c.industries or core.endswith(c.function_end) or core.startswith(c.pointers):
        return False  # 持续为项目, 工作重心向项目, 这批项目: a phrase about projects
    if core[0] in _OPENING:
        return False  # a name never starts with a bracket: (PPP)项目 is a name's tail
    if _sized_end().search(core):
        return False
    proper, i = 0, 0
    while i < len(core):
        step = 0
        for size in range(min(c.generic_max, len(core) - i), 0, -1):
            piece = core[i:i + size]
            if piece in c.generic or (size >= 2 and piece in gazetteer_names):
                step = size
                break
        if step:
            i += step
            continue
        if not core[i].isdigit():
            proper += 1
        i += 1
    return proper >= 2


def _core(name: str) -> str:
    for anchor in cues().anchors:
        name = name.removesuffix(anchor)
    return name


# --- Finding names in one sentence ----------------------------------------------------


class _Sentence:
    """The mentions of one sentence, found rule by rule."""

    def __init__(self, text: str, s0: int, s1: int, names: frozenset[str]) -> None:
        self.text, self.s0, self.s1, self.names = text, s0, s1, names
        self.mentions: list[_Mention] = []

    def taken(self, start: int, end: int) -> bool:
        return any(m.start < end and start < m.end for m in self.mentions)

    def add(self, start: int, end: int, **kw: object) -> bool:
        start = _strip_lead(self.text, start, end)
        if (aside := _ASIDE_LEAD.match(self.text, start, end)) is not None:
            start = aside.end()  # (记者郑荣林)昌吉赣客专…: a byline, no part of the name
        start = self.past_place(start, end)
        if self.taken(start, end) or not _is_named(_core(self.text[start:end]), self.names,
                                                   sized=kw.get("investment") is not None):
            return False
        kw.setdefault("status_from", end)
        self.mentions.append(_Mention(start, end, (self.s0, self.s1), **kw))  # type: ignore[arg-type]
        return True

    def past_place(self, start: int, end: int) -> int:
        """Past a place that is the clause's subject (南宁市有甲项目, 柳州市集中开工乙项目):
        a region's name and a lead word (有, 在 …) before the name."""
        for size in range(min(_PLACE_MAX, end - start - 1), 1, -1):
            if self.text[start:start + size] in self.names:
                rest = _skip_leads(self.text, start + size, end)
                return rest if rest > start + size else start
        return start

    def suffix_end(self, start: int, limit: int) -> int | None:
        """The end of the name that starts at ``start``: the first 项目, else the facility
        word last before a stage word."""
        run_end = start
        while run_end < limit and (self.text[run_end] not in _BOUNDARY or (
                self.text[run_end] == "—" and _joins_places(self.text, run_end, start))) \
                and run_end - start <= _MAX_NAME:
            run_end += 1  # (宜宾—彝良高速公路: a dash joining a line's ends)
        run = self.text[start:run_end]
        for anchor in cues().anchors:
            if (i := run.find(anchor)) > 0:
                return start + i + len(anchor)
        stop = min((i for w, _, _ in cues().status if (i := run.find(w)) > 0), default=len(run))
        ends = [i + len(f) for f in (*cues().facilities, *cues().companies) if f in run
                for i in _find_all(run, f) if i > 0 and i + len(f) <= stop]
        return start + max(ends) if ends else None

    def attributive(self, inv: _Investment) -> None:
        """总投资N元的 NAME; and, in a list that ends 等…项目, 投资N元的 甲、投资M元的
        乙等产业项目: each item, named without 项目, with its own investment."""
        start = inv.name_start
        end = self.suffix_end(start, self.s1)
        if end is None or "等" in self.text[start:end]:
            end = self.list_item_end(start, inv.cue_start)
        if end is not None:
            self.add(start, end, investment=inv.match, quote_start=inv.cue_start)

    def list_item_end(self, start: int, cue_start: int) -> int | None:
        """The end of a list item starting at ``start`` (before its 、 or its 等) when the
        list ends with 等…项目 in the same clause and each item has an investment of its
        own (the item after it opens with one, or the one before it ends with 、); one
        total before a whole list (总投资30亿元的甲、乙等项目) is no item's."""
        end = start
        while end < self.s1 and self.text[end] not in _BOUNDARY and end - start <= _MAX_NAME:
            end += 1
        item = self.text[start:end]
        if "等" in item:
            end = start + item.index("等")
            if not (cue_start > self.s0 and self.text[cue_start - 1] == "、"):
                return None
        elif not (end < self.s1 and self.text[end] == "、"
                  and _investment_word().match(self.text, end + 1)):
            return None
        tail = _LIST_END.match(self.text, end, self.s1) if self.text[end] == "等" else (
            _LIST_END.search(self.text, end, self.s1))
        return end if tail is not None and end - start >= _MIN_ITEM else None

    def anchored(self) -> None:
        """NAME项目, and 甲、乙、丙等…项目; names right next to each other in a list
        (甲项目、乙项目) are listed: a total after them is not each one's."""
        for anchor in cues().anchors:
            for i in _find_all(self.text, anchor, self.s0, self.s1):
                end = i + len(anchor)
                if self.taken(i, end):
                    continue
                counted = self.plain_noun(end)
                end = end if counted else self.phase_end(end)
                start = _run_back(self.text, i, self.s0)
                run = self.text[start:i]
                closer = max(_list_close().finditer(run), key=lambda m: m.start(), default=None)
                if counted and closer is None:
                    continue  # 一产项目16个: a count of a kind of project
                if closer is not None:
                    # 甲、乙等工业项目447个, 甲、乙共6个重点企业项目: the count is the
                    # kind's, the names before it are projects
                    cut = start + closer.start()
                    qualifier = self.text[cut + 1:i]
                    # 等一批龙头企业和科创项目 names companies; 共6个重点企业项目, projects
                    # (甲镇、乙镇等地同时举行…开工仪式: places the projects start in)
                    if not any(w in qualifier and not qualifier.endswith(w)
                               for w in cues().not_project) and not qualifier.startswith(
                                   cues().place_close):
                        self.listed(start, cut, end)
                elif start < i and end < self.s1 and self.text[end] == "等" and (
                        start > self.s0 and self.text[start - 1] == "、"):
                    self.listed(start, end, end)  # 甲项目、乙工程、丙学校、丁项目等开工
                elif start < i:
                    self.add(start, end)
        self.mentions.sort(key=lambda m: m.start)
        for k in range(len(self.mentions) - 1):
            a, b = self.mentions[k], self.mentions[k + 1]
            if self.text[a.end:b.start] == "、":
                for j, m in ((k, a), (k + 1, b)):
                    if not m.listed and m.investment is None:
                        self.mentions[j] = evolve(m, listed=True)

    def plain_noun(self, end: int) -> bool:
        """Whether 项目 ending at ``end`` is a plain noun: 项目数量, 项目库, or a count of
        a kind of project (一产项目16个, 项目共35项)."""
        c = cues()
        return self.text.startswith(c.modifiers, end) or \
            _counted_after().match(self.text, end, self.s1) is not None

    def phase_end(self, end: int) -> int:
        """Past a phase right after 项目 (甲项目二期) when the name ends there."""
        m = _PHASE.match(self.text, end, self.s1)
        if m is None:
            return end
        after = m.end()
        if after >= self.s1 or self.text[after] in _BOUNDARY or \
                _strong_stage().match(self.text, after) or \
                self.text.startswith(cues().modifiers, after):
            return after
        return end

    def objects(self) -> None:
        """The object of a verb whose object is a project: 签约设立 NAME, 开工建设 NAME,
        when the name ends with a name-ending word right before punctuation."""
        words = self.text[self.s0:self.s1]
        for verb, _ in cues().objects:
            if verb not in words:
                continue
            for i in _find_all(self.text, verb, self.s0, self.s1):
                start = i + len(verb)
                end = self.suffix_end(start, self.s1)
                if end is None or self.taken(start, end):
                    continue
                if end < self.s1 and self.text[end] not in _BOUNDARY \
                        and not _strong_stage().match(self.text, end):
                    continue
                self.add(start, end)

    def listed(self, start: int, item_end: int, status_from: int) -> None:
        start = self.quoted_start(start)
        items = [(start, item_end)]
        while start > self.s0 and (self.text[start - 1] == "、" or self.text.endswith(
                "以及", self.s0, start)):
            prev_end = start - (2 if self.text[start - 1] == "及" else 1)
            start = self.quoted_start(_run_back(self.text, prev_end, self.s0))
            items.append((start, prev_end))
        items = [part for a, b in items for part in _split_and(self.text, a, b)]
        for a, b in reversed(items):
            # a list's items are names of three characters or more (文创、康养 are kinds)
            if b - _strip_lead(self.text, a, b) >= 3:
                self.add(a, b, status_from=status_from, listed=len(items) > 1)

    def quoted_start(self, start: int) -> int:
        """Back over a quoted word that opens a list's item (“吉林一号”星座组网)."""
        if start > self.s0 and self.text[start - 1] == "”":
            opening = self.text.rfind("“", self.s0, start - 1)
            if opening >= 0 and start - opening <= _QUOTED_MAX:
                return opening
        return start

    def floor_lists(self, invs: list[_Investment]) -> None:
        """总投资10亿元以上的项目有：甲、乙、丙等: each project listed is of that size."""
        for inv in invs:
            opening = _floor_list().match(self.text, inv.match.end, self.s1) if (
                inv.attributive) else None
            if opening is None:
                continue
            stop = min((i for c in "。；;" if (i := self.text.find(c, opening.end(),
                                                                  self.s1)) >= 0),
                       default=self.s1)
            for k, m in enumerate(self.mentions):
                if opening.end() <= m.start < stop and m.investment is None:
                    self.mentions[k] = evolve(m, investment=inv.match, listed=False)

    def items(self, start: int) -> Iterator[tuple[int, int, str]]:
        """The items of a list from ``start`` to the sentence's end: each one's start, end
        and the mark after it (、，；。 or "" at the end); an item goes on past a mark
        inside its brackets (甲大桥(主体工程、连接线)). The caller stops where the list does."""
        for stop in _ITEM_STOP.finditer(self.text, start, self.s1 + 1):
            if _open_brackets(self.text[start:stop.start()]) and stop.group() in "，,、":
                continue
            yield start, stop.start(), stop.group()
            start = stop.end()

    def counted_lists(self) -> None:
        """The items a count of projects lists (提前竣工4项，为甲项目，乙大桥，丙工程): each
        item that ends with a project's or a facility's word is a project."""
        ends = (*cues().facilities, *cues().anchors)
        for m in _counted_list().finditer(self.text, self.s0, self.s1):
            for start, stop, mark in self.items(m.end()):
                item, end = self.text[start:stop].strip(), stop
                if (aside := _TRAILING_ASIDE.search(self.text, start, stop)) is not None:
                    end = aside.start()  # 乙项目(洋浦大桥部分): the name before its aside
                if item and self.text.endswith(ends, start, end) and not self.taken(start, end):
                    # (省电力公司的古交电厂三期送出工程: the name after 的)
                    self.add(_run_back(self.text, end, start), end, status_from=end, listed=True)
                elif item and self.text.endswith(ends, start, end):
                    # an item already read as NAME项目 is one of the list's too
                    self.mentions = [evolve(m, listed=True) if (
                        m.end == end and m.start >= start and m.investment is None)
                        else m for m in self.mentions]
                if mark not in "，,、":
                    break  # the list ends with its clause's end (；。)

    def name_lists(self) -> None:
        """The names a projects noun lists (本次开工的重大项目包括甲(一期)、乙等): each item
        of a list of two or more, or of one closed by 等, is a project."""
        for m in _name_list().finditer(self.text, self.s0, self.s1):
            items: list[tuple[int, int]] = []
            closed = False  # (a list closed by 等 ends there)
            for start, stop, mark in self.items(m.end()):
                closed = (k := self.text.find("等", start, stop)) >= 0
                items.append((start, k if closed else stop))
                if closed or mark != "、":
                    break
            if len(items) < 2 and not closed:
                continue  # 项目包括新建厂房3万平方米: what a project holds, not a list
            names = [part for a, b in items for part in _split_and(self.text, a, b)]
            for start, end in names:
                if end - _strip_lead(self.text, start, end) >= _MIN_NAME_LISTED and (
                        not self.taken(start, end)):
                    self.add(start, end, listed=True)

    def facilities(self) -> None:
        """A facility followed by a strong stage word: X产业园竣工验收."""
        words = self.text[self.s0:self.s1]
        for word in cues().facilities:
            if word not in words:
                continue  # one C-speed test spares a search generator per word
            for i in _find_all(self.text, word, self.s0, self.s1):
                end = i + len(word)
                # a strong stage word starting within two characters, inside the next
                # six: the leftmost match of any of them starts there if one does; past
                # a place in brackets (输变电工程(南康区)建成投运)
                after = end
                if (aside := _ASIDE.match(self.text, end, self.s1)) is not None:
                    after = aside.end()
                found = _strong_stage().search(self.text[after:after + 6])
                if found is not None and found.start() <= 2 and not self.taken(i, end):
                    start = _run_back(self.text, i, self.s0)
                    if start == i:
                        continue  # 路基、桥梁、隧道施工: a kind of work, no facility named
                    self.add(start, end)
                    self.listed_facilities(start)

    def listed_facilities(self, start: int) -> None:
        """The facilities listed before one whose stage is said (太焦铁路、郑州机场至郑州南站
        城际铁路通车运营): each item that ends with a facility's word shares the stage."""
        ends = (*cues().facilities, *cues().anchors)
        while start > self.s0 and self.text[start - 1] == "、":
            item_end = start - 1
            start = _run_back(self.text, item_end, self.s0)
            if not self.text.endswith(ends, start, item_end):
                return
            self.add(start, item_end, status_from=item_end)

    def predicative(self, inv: _Investment) -> None:
        """NAME…，总投资N元: the nearest name before, else the sentence's subject."""
        before = [m for m in self.mentions if m.end <= inv.cue_start]
        if before:
            m = max(before, key=lambda m: m.end)
            # 甲工程等50个项目开竣工，总投资约395亿元: the group's sum, not the item's
            closed = _list_close().search(self.text, m.end, inv.cue_start) is not None
            if m.investment is None and not m.listed:
                # (an example of a counted group stays a project, its investment unsaid)
                self.mentions[self.mentions.index(m)] = _Mention(
                    m.start, m.end, m.sentence, m.status_from,
                    None if closed else inv.match, None, closed)
            return
        clause_end = next((k for k in range(self.s0, inv.cue_start)
                           if self.text[k] in _BOUNDARY and self.text[k] != "的"),
                          inv.cue_start)
        end = self.suffix_end(self.s0, clause_end)
        if end is not None and not self.plain_noun(end):
            # (引进…落地项目95个，总投资641.2亿元: a count of projects and their sum)
            self.add(_run_back(self.text, end, self.s0), end, investment=inv.match)

    def recurring_subject(self) -> None:
        """A name the text keeps returning to, as the subject of a clause with a strong
        stage word: 甲公司仅用两个月就正式投产 (甲公司 named three times or more)."""
        strong = _strong_stage()
        for clause in _clauses(self.text, self.s0, self.s1):
            if not strong.search(self.text, *clause) or self.taken(*clause):
                continue
            start = _strip_lead(self.text, clause[0], clause[1])
            for size in range(min(_MAX_SUBJECT, clause[1] - start), 2, -1):
                name = self.text[start:start + size]
                if name[0].isdigit() or strong.search(name) or not _recurs(self.text, name):
                    continue
                self.add(start, start + size)
                break

    def evidenced(self, ceremony: bool) -> list[_Mention]:
        """Mentions with an investment, a strong stage word in their sentence, or in a
        list; in a ceremony's report, also a name standing alone on its line."""
        staged = _strong_stage().search(self.text, self.s0, self.s1) is not None
        return [m for m in self.mentions
                if m.investment or m.listed or staged or (ceremony and self.alone(m))]

    def alone(self, m: _Mention) -> bool:
        """Whether ``m`` is its line's whole text, less list marks and spaces, and a
        bracketed place after it (高德红外军民融合项目 (襄城区))."""
        head = self.text[self.s0:m.start].strip(_LIST_MARKS)
        tail = self.text[m.end:self.s1].strip()
        return not head and (not tail or _PLACE_AFTER.fullmatch(tail) is not None)


_COUNTED_NAMES: dict[str, tuple[str, dict[str, bool]]] = {}
# Whole-text counts per document: the corpora's documents need at most 51. Each costs
# the document's length, so without a bound a text of many clauses with a stage word
# and a new subject in each (甲1投产，甲2投产，…) takes time quadratic in its length.
_COUNT_BUDGET = 512


def _recurs(text: str, name: str) -> bool:
    """Whether ``name`` occurs at least ``_RECURS`` times in ``text``: counted once per
    name and document, and once the budget is spent, a new name does not recur."""
    last = _COUNTED_NAMES.get("last")
    if last is None or last[0] is not text:
        last = _COUNTED_NAMES["last"] = (text, {})
    known = last[1]
    found = known.get(name)
    if found is None:
        if len(known) >= _COUNT_BUDGET:
            return False
        found = known[name] = text.count(name) >= _RECURS
    return found


@cache
def _strong_stage() -> re.Pattern[str]:
    """Any strong stage word (竣工, 投产 …): one search per clause, not one per word."""
    words = _longest_first([w for w, _, strong in cues().status if strong])
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)")


_LIST_MARKS = " \t\u3000>》-·•*0123456789.、()（）一二三四五六七八九十"
_PLACE_AFTER = re.compile(r"[(（][^()（）\n]{1,8}[)）]")  # (襄城区) after a listed name


@cache
def _counted_after() -> re.Pattern[str]:
    """A count right after 项目: 项目16个, 项目共35项, 項目13個."""
    units = "|".join(map(re.escape, cues().counted)) or "(?!)"
    return re.compile(r"(?:共|达|有|合计|总计|计|约)?[0-9一二两三四五六七八九十百千万余多.]+"
                      f"(?:{units})")


_CLAUSE_STOP = re.compile(r"[，,；;：:]")


def _clauses(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    for stop in _CLAUSE_STOP.finditer(text, start, end):
        if stop.start() > pos:
            yield pos, stop.start()
        pos = stop.start() + 1
    if end > pos:
        yield pos, end


def _find_all(text: str, word: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    stop = len(text) if end is None else end
    i = text.find(word, start, stop)
    while i >= 0:
        yield i
        i = text.find(word, i + 1, stop)


def _sentence_mentions(text: str, s0: int, s1: int, names: frozenset[str],
                       ceremony: bool = False) -> list[_Mention]:
    sentence = _Sentence(text, s0, s1, names)
    invs = _investments(text, s0, s1)
    for inv in invs:
        if inv.attributive:
            sentence.attributive(inv)
    sentence.anchored()
    sentence.counted_lists()
    sentence.name_lists()
    sentence.objects()
    sentence.facilities()
    sentence.recurring_subject()
    sentence.floor_lists(invs)
    for inv in invs:
        if not inv.attributive:
            sentence.predicative(inv)
    return sorted(sentence.evidenced(ceremony), key=lambda m: m.start)


# --- Stage ----------------------------------------------------------------------------


def _stage(text: str, start: int, end: int) -> tuple[ProjectStatus | None, int]:
    """The most advanced stage word in ``text[start:end]`` outside planned clauses,
    and where the last one ends."""
    best: ProjectStatus | None = None
    last = start
    span = text[start:end]
    taken: list[tuple[int, int]] = []  # 竣工 inside 开竣工 is that longer word's
    for word, stage, _ in _status_longest_first():
        if word not in span:
            continue  # one C-speed test spares a search generator per word
        for i in _find_all(text, word, start, end):
            if any(a <= i < b for a, b in taken):
                continue
            taken.append((i, i + len(word)))
            if text.endswith(cues().not_yet, start, i):
                continue  # 未按期竣工, 尚未开工: not reached

            clause = text[_run_back_clause(text, i, start):i]
            if any(f in clause for f in cues().future) or \
                    text.startswith(cues().conditional, i + len(word)):
                continue  # 计划10月底试生产, 建成后: no stage yet
            if best is None or _STAGES.index(stage) > _STAGES.index(best):
                best = stage
            last = max(last, i + len(word))
    return best, last


@cache
def _status_longest_first() -> tuple[tuple[str, ProjectStatus, bool], ...]:
    return tuple(sorted(cues().status, key=lambda w: -len(w[0])))


def _run_back_clause(text: str, i: int, floor: int) -> int:
    while i > floor and text[i - 1] not in "，,。;；：:！!？?\n":
        i -= 1
    return i


def _stage_right_after(text: str, end: int, limit: int) -> tuple[ProjectStatus, int] | None:
    """The stage a strong stage word right after a name says (past a bracketed place and
    one more character: 工程(南康区)建成投运, 项目已投产)."""
    at = aside.end() if (aside := _ASIDE.match(text, end, limit)) is not None else end
    found = _strong_stage().search(text, at, min(limit, at + 6))
    if found is None or found.start() - at > 1:
        return None
    stage, _ = _stage(text, found.start(), found.end())
    return (stage, found.end()) if stage is not None else None


def _status(text: str, m: _Mention, next_start: int) -> tuple[ProjectStatus | None, int]:
    s0, s1 = m.sentence
    before = m.start if m.quote_start is None else m.quote_start  # 计划总投资 is no plan
    head = text[_run_back_clause(text, before, s0):before]
    if any(f in head for f in cues().future):
        return "planned", m.end
    if (right := _stage_right_after(text, m.end, s1)) is not None:
        return right  # 甲特大桥合龙、乙枢纽…调试: the word right after the name is its own
    for lo, hi in ((m.status_from, next_start), (m.status_from, s1), (s0, m.start)):
        stage, last = _stage(text, lo, hi)
        if stage is not None:
            return stage, last if lo == m.status_from else m.end
    return None, m.end


# --- Regions --------------------------------------------------------------------------


_NAMES: weakref.WeakKeyDictionary[Gazetteer, frozenset[str]] = weakref.WeakKeyDictionary()


def _gazetteer_names(gazetteer: Gazetteer | None) -> frozenset[str]:
    """Every region and place name of two characters or more (not part of a name's core)."""
    if gazetteer is None:
        return frozenset()
    found = _NAMES.get(gazetteer)
    if found is None:
        found = _NAMES[gazetteer] = frozenset(
            n for n in (*gazetteer.by_name, *gazetteer.places) if len(n) >= 2)
    return found


_MENTIONS: dict[str, tuple[str, list[tuple[int, int, Region]]]] = {}


def _counties(doc: PreparedDocument, gazetteer: Gazetteer) -> list[tuple[int, int, Region]]:
    """(start, end, region) of every mention of a county or a prefecture, or of a town or
    park in one, resolved in the document's context; outside the province of the
    document's subject (when it has one), none: 海棠 in a Yunnan report is no district of
    Hainan. Kept for the last text asked about."""
    text = doc.text
    cached = _MENTIONS.get("last")
    if cached is not None and cached[0] is text:
        return cached[1]
    hint = doc.region  # the subject the context stage decided
    province = hint.code[:2] if hint is not None and hint.level != "country" else None
    out = [(r.mention.start, r.mention.end, county)
           for r in resolve_mentions(text, gazetteer, hint=hint)
           if (county := _county(gazetteer, r.region)) is not None
           and (province is None or county.code.startswith(province))]
    _MENTIONS["last"] = (text, out)
    return out


def _county(gazetteer: Gazetteer, region: Region) -> Region | None:
    while region.level == "town" and region.parent:
        parent = gazetteer.get(region.parent)
        if parent is None:
            return None
        region = parent
    return region if region.level in ("county", "prefecture") else None


def _region_of(doc: PreparedDocument, m: _Mention) -> Region | None:
    """The county a project is in: one named in its name (中国天楹如东…项目), else after it
    in its clause (…项目落户如东县), else the last one named before it (a heading, 通州区
    的…); a town or park counts as its county. A prefecture only when no county is
    named: one in its name or clause, else the last one before it."""
    if doc.catalog is None:
        return None
    mentions = _counties(doc, doc.catalog.gazetteer)
    first = bisect.bisect_left(mentions, m.start, key=lambda x: x[0])
    clause = _CLAUSE_STOP.search(doc.text, m.end, m.sentence[1])
    last = bisect.bisect_left(mentions, clause.start() if clause else m.sentence[1],
                              key=lambda x: x[0])
    inside = [x for x in mentions[first:last] if x[0] < m.end]
    after = [x for x in mentions[first:last] if x[0] >= m.end]
    # (a name alone on its line has no clause, and the lines above it are other projects')
    before = [] if m.alone else [x for x in reversed(mentions[:first])
                                 if x[0] >= m.start - _REGION_WINDOW]
    near = (*reversed(inside), *after)
    for places in (near, before):
        county = next((x[2] for x in places if x[2].level == "county"), None)
        if county is not None:
            return county
    return next((x[2] for x in (*near, *before)), None)


# --- Projects -------------------------------------------------------------------------


def _merge(text: str, mentions: Sequence[_Mention], names: frozenset[str],
           ) -> list[list[_Mention]]:
    """The mentions of each project, once: by their name's core, a place before it
    (柳州市柳工智能国际工业园项目 and 柳工智能国际工业园项目) left aside."""
    cores = [_core(text[m.start:m.end]) for m in mentions]
    known = set(cores)
    groups: dict[str, list[_Mention]] = {}
    for m, core in zip(mentions, cores, strict=True):
        key = next((core[size:] for size in range(min(_PLACE_MAX, len(core) - 1), 1, -1)
                    if core[:size] in names and core[size:] in known), core)
        groups.setdefault(key, []).append(m)
    return list(groups.values())


_HEAD = 400  # how much of a document's start may name its ceremony


def _ceremony(doc: PreparedDocument) -> ProjectStatus | None:
    """The stage of the ceremony a document reports, from its title and head
    (集中开工 → started, 签约仪式 → signed), or None."""
    head = f"{doc.document.title or ''}\n{doc.text[:_HEAD]}"
    found = [(i, stage) for word, stage in cues().ceremonies if (i := head.find(word)) >= 0]
    return min(found)[1] if found else None


def _project(doc: PreparedDocument, group: list[_Mention],
             statuses: dict[_Mention, tuple[ProjectStatus | None, int]],
             ceremony: ProjectStatus | None = None) -> Project:
    main = next((m for m in group if m.investment is not None), group[0])
    found = [statuses[m][0] for m in (main, *group)]
    status = next((s for s in found if s is not None), ceremony or _DEFAULT_STATUS)
    inv = main.investment if not main.listed else None
    q_start = min(main.start, main.quote_start if main.quote_start is not None else main.start)
    q_end = max(main.end, inv.end if inv else main.end, statuses[main][1])
    region = _region_of(doc, main) or doc.region
    o_start, o_end = doc.original_span(main.start, main.end)
    in_yuan = inv is not None and inv.quantity.unit == "CNY"
    return Project(
        name=doc.original[o_start:o_end],  # as written (FACTS.md), a page's noise too
        region=region.code if region else None,
        region_name=region.name if region else None,
        investment=inv.quantity.value if in_yuan and inv else None,
        investment_comparator=inv.quantity.comparator if in_yuan and inv else None,
        status=status, provenance=doc.provenance(q_start, q_end))


@cache
def _trigger() -> re.Pattern[str]:
    """Any word that can start a project mention: a sentence without one is skipped."""
    c = cues()
    words = (*c.anchors, *c.facilities, *c.companies, *c.investment,
             *(w for w, _, strong in c.status if strong))
    return re.compile("|".join(re.escape(w) for w in _longest_first(list(words))))


# a heading over a list of projects one a line (部分重大开工项目一览, 签约项目名单：)
_LIST_HEADING = re.compile(r"(?m)^[^\n。，,]{0,24}项目(?:一览表?|名单|清单|名录)[ \t\u3000:：]*$")
_LINE_ITEM = re.compile(r"[^\s。，,；;：:！!？?]{4,40}")
_LINE_MARK = re.compile(r"[ \t\u3000]*(?:\d{1,3}[、.．)）]|[(（]\d{1,3}[)）]|[-·•*])?[ \t\u3000]*")
_LISTS: dict[str, tuple[str, tuple[tuple[_Mention, ProjectStatus | None], ...]]] = {}


def _line_list(text: str) -> tuple[tuple[_Mention, ProjectStatus | None], ...]:
    """The projects a heading lists one a line below it (部分重大开工项目一览 / 甲项目 /
    乙工程 …), each with the stage its heading names. The list ends at the first line
    that is no name (a sentence), or at a blank line unless blank lines part every line
    (a page's copy that puts one after each). Read once per text: a list crosses the
    sections a document is read in. A name's region is one it holds, else the
    document's."""
    cached = _LISTS.get("last")
    if cached is not None and cached[0] is text:
        return cached[1]
    out: list[tuple[_Mention, ProjectStatus | None]] = []
    for heading in _LIST_HEADING.finditer(text):
        stage, _ = _stage(text, heading.start(), heading.end())
        at = heading.end() + 1
        spaced = text.startswith("\n", at)  # a blank line right under the heading
        while at < len(text):
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            a = _LINE_MARK.match(text, at, line_end).end()  # type: ignore[union-attr]
            b = line_end
            while b > a and text[b - 1] in " \t\u3000":
                b -= 1
            if a == b and not spaced:
                break
            if a < b:
                if not (_LINE_ITEM.fullmatch(text, a, b) and HAN.search(text, a, b)):
                    break
                out.append((_Mention(a, b, (a, b), b, listed=True, alone=True), stage))
            at = line_end + 1
    _LISTS["last"] = (text, tuple(out))
    return _LISTS["last"][1]


def find_projects(doc: PreparedDocument) -> list[Project]:
    """Every named project in ``doc``'s scope, each once, in order of first mention."""
    text = doc.text
    names = _gazetteer_names(doc.catalog.gazetteer if doc.catalog else None)
    start, end = doc.scope
    mentions: list[_Mention] = []
    trigger = _trigger()
    if trigger.search(text, start, end) is None:
        return []
    ceremony = _ceremony(doc)
    for a, b in segment_bounds(text, start, end):
        # a text without full stops is read in bounded windows: the name rules' work
        # grows with the sentence
        for s0, s1 in windows(text, a, b):
            if trigger.search(text, s0, s1):
                mentions += _sentence_mentions(text, s0, s1, names, ceremony is not None)
    listed = [(m, stage) for m, stage in _line_list(text) if start <= m.start < end]
    statuses: dict[_Mention, tuple[ProjectStatus | None, int]] = {
        m: (stage, m.end) for m, stage in listed}
    mentions += [m for m, _ in listed]
    for k, m in enumerate(mentions):
        if m in statuses:
            continue
        following = mentions[k + 1] if k + 1 < len(mentions) else None
        same = following is not None and following.sentence == m.sentence
        statuses[m] = _status(text, m, following.start if following and same
                              else m.sentence[1])
    return [_project(doc, group, statuses, ceremony) for group in _merge(text, mentions, names)]


class ProjectExtractor:
    name = "projects"
    always_run = True  # runs on every section, whatever style it scores
    description = ("Project news (总投资…的…项目开工/签约/投产); finds named projects in "
                   "any text.")

    def detect(self, doc: PreparedDocument) -> float:
        """Investment phrases and project nouns (项目) per thousand characters of the
        section, both from ``data/projects.tsv``."""
        text = doc.scoped_text
        if not text:
            return 0.0
        per_k = 1000 / max(len(text), 200)
        investments = len(_investment_word().findall(text))
        projects = sum(text.count(w) for w in cues().anchors)
        return min(1.0, 0.25 * investments * per_k + 0.05 * projects * per_k)

    def extract(self, doc: PreparedDocument) -> Iterator[Goal | Result | Project]:
        yield from find_projects(doc)


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    register(ProjectExtractor())
