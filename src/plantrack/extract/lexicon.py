"""The extractors' word lists, read from ``data/cues.tsv``, and the indicator-name index.

``cues.tsv`` rows are ``role<TAB>word[<TAB>value]``: modality words (``ensure``,
``strive``, ``plan``), report words (``result``), measure words (``growth``,
``increase``), period words, share subjects, entity words, round-up markers and region
phrases. Code asks for a role; it never spells a cue itself.

The indicator index matches every name and alias as a plain word, except an alias with
the gap :data:`~plantrack.model.QUALIFIER_GAP` (新开工…项目): a project's size may stand
there (:func:`size_qualifier`, whose words are the ``size_*`` roles), and the mention
covers it, so 新开工10亿元以上产业项目 is one name and 10亿元 no number of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from attrs import frozen

from plantrack.datafiles import alternation, data_rows
from plantrack.model import QUALIFIER_GAP, Indicator, IndicatorKind, Unit
from plantrack.text.numbers import NUMERAL_BODY, NUMERAL_START
from plantrack.text.script import to_simplified

__all__ = [
    "MOVED_ROLES",
    "OTHER",
    "IndicatorMention",
    "count_cue",
    "cue_pattern",
    "cue_starts",
    "cue_values",
    "cues",
    "find_counted_names",
    "find_cue",
    "find_indicators",
    "find_indicators_in",
    "find_roles",
    "has_cue",
    "indicator_index",
    "other_indicator",
    "per_unit",
    "programme_names",
    "programme_words",
    "qualified_before",
    "size_qualifier",
    "year_on_year_bases",
]

_CLEAN = re.compile(r"[“”‘’\"「」『』\s]")


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    """(role, word, value) for every row of ``data/cues.tsv``."""
    return tuple((row[0], row[1], row[2] if len(row) > 2 else "")
                 for row in data_rows("plantrack.extract", "cues.tsv"))


@cache
def cues(role: str) -> tuple[str, ...]:
    """The words of ``role``, longest first."""
    words = {word for r, word, _ in _rows() if r == role}
    return tuple(sorted(words, key=len, reverse=True))


@cache
def cue_values(role: str) -> tuple[tuple[str, str], ...]:
    """``(word, value)`` pairs of ``role``, longest word first."""
    pairs = [(word, value) for r, word, value in _rows() if r == role]
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


@cache
def _cue_pattern(role: str) -> re.Pattern[str] | None:
    words = cues(role)
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in words))


def cue_pattern(role: str) -> re.Pattern[str]:
    """The pattern ``find_cue`` scans for ``role`` (matching nothing when it has no
    words), for callers that want only the matches' places."""
    return _cue_pattern(role) or _NOTHING


_NOTHING = re.compile("(?!)")


@cache
def year_on_year_bases() -> str:
    """The words saying a change is on the year before (同比, 比上年, 较2020年): the
    year-on-year and comparison-base cues as one alternation, for patterns to build on."""
    return alternation([*cues("year_on_year"), *cues("comparison_base")])


def find_cue(text: str, role: str) -> list[tuple[int, int, str]]:
    """Every occurrence of a ``role`` word in ``text`` as ``(start, end, word)``."""
    pattern = _cue_pattern(role)
    if pattern is None:
        return []
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


@cache
def _roles_index(roles: tuple[str, ...]
                 ) -> tuple[re.Pattern[str] | None, dict[str, tuple[str | None, ...]]]:
    """A lookahead for every word of ``roles`` (longest first, so each place reports the
    longest word starting there), and for each word, per role, its longest prefix that
    is a word of that role."""
    words = sorted({w for role in roles for w in cues(role)}, key=len, reverse=True)
    if not words:
        return None, {}
    # the first characters' class first lets the engine skip other places in C (a
    # pattern that opens with the capturing lookahead is tried at every place)
    firsts = "".join(sorted({re.escape(w[0]) for w in words}))
    pattern = re.compile(f"(?=[{firsts}])(?=(" + "|".join(re.escape(w) for w in words) + "))")
    sets = [frozenset(cues(role)) for role in roles]
    prefixes = {w: tuple(next((w[:k] for k in range(len(w), 0, -1) if w[:k] in words_of), None)
                         for words_of in sets) for w in words}
    return pattern, prefixes


def find_roles(text: str, roles: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """``(start, end, role)`` of every ``find_cue(text, role)`` match, role by role in
    the order given, from one scan instead of one per role.

    A role's scan takes, at the leftmost place a word of it starts, the longest such
    word, and goes on after it. Every word starting at a place is a prefix of the
    longest word of all the roles starting there, which the lookahead reports: the
    role's word there is that word's longest prefix in the role."""
    pattern, prefixes = _roles_index(roles)
    if pattern is None:
        return []
    starts = [(m.start(), m[1]) for m in pattern.finditer(text)]
    out: list[tuple[int, int, str]] = []
    if not starts:
        return out
    for k, role in enumerate(roles):
        cursor = 0
        for at, longest in starts:
            word = prefixes[longest][k] if at >= cursor else None
            if word is not None:
                cursor = at + len(word)
                out.append((at, cursor, role))
    return out


def cue_starts(text: str, role: str) -> list[int]:
    """Where the ``role`` words of ``text`` start: ``find_cue``'s first items, without a
    tuple per match (the period reading asks for eight roles in every dated sentence)."""
    pattern = _cue_pattern(role)
    return [] if pattern is None else [m.start() for m in pattern.finditer(text)]


def count_cue(text: str, role: str) -> int:
    """How many ``role`` words ``text`` holds, as ``len(find_cue(text, role))`` counts
    them, without building a tuple per match (style detection counts whole sections)."""
    pattern = _cue_pattern(role)
    return 0 if pattern is None else len(pattern.findall(text))


@cache
def programme_names() -> re.Pattern[str]:
    """启动产业“六大倍增”计划, 实施企业上市“金凤凰计划”: a programme started or carried
    out, its ``programme_noun`` (group ``word``, a ``plan`` word) closing the clause, a
    name and no plan of the figures after it (the reading text has no quotation marks)."""
    verbs = alternation(cues("programme_verb")) or "(?!)"
    nouns = alternation(cues("programme_noun")) or "(?!)"
    # (the clause's mark is read, not looked ahead to: detect counts plain matches)
    return re.compile(rf"(?:{verbs})[^，,。；;：:\n\d]{{0,{_PROGRAMME_NAME_REACH}}}?"
                      rf"(?P<word>{nouns})[，,。；;、]")


_PROGRAMME_NAME_REACH = 12  # characters of a programme's name between its verb and noun


def programme_words(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the programme nouns of ``text[start:end]`` (:func:`programme_names`)."""
    for m in programme_names().finditer(text, start, end):
        yield m.span("word")


def has_cue(text: str, role: str) -> bool:
    """Whether ``text`` contains a ``role`` word (one regex search, not one per word)."""
    pattern = _cue_pattern(role)
    return pattern is not None and pattern.search(text) is not None


@frozen
class IndicatorMention:
    """An indicator named at reading ``[start, end)``."""

    start: int
    end: int
    indicator: Indicator
    name: str


def _clean(name: str) -> str:
    return _CLEAN.sub("", name)


# the numeral before a size's magnitude (10亿元, 1.5亿元, 十亿元, 5000万元): bounded, so a
# failed try costs a few characters
_SIZE_NUMERAL = f"[{NUMERAL_START}][{NUMERAL_BODY}.]{{0,12}}"
_DESCRIPTORS_AT_MOST = 3  # 重大产业类


@cache
def size_qualifier() -> str:
    """The regex (no capturing groups) of a project's size as it stands inside a name:
    [descriptors] [lead] [over] [numeral] magnitude currency [above] [descriptors], with
    an over or an above word: 亿元以上, 超10亿元, 总投资5000万元及以上产业, 千万美元以上外资.

    Defined once, here; its words are the ``size_*`` roles of ``cues.tsv``."""
    def words(role: str) -> str:
        return f"(?:{alternation(cues(role)) or '(?!)'})"

    amount = f"(?:{_SIZE_NUMERAL})?{words('size_magnitude')}{words('size_currency')}"
    threshold = (f"(?:{words('size_over')}{amount}{words('size_above')}?"
                 f"|{amount}{words('size_above')})")
    descriptors = f"{words('size_descriptor')}{{0,{_DESCRIPTORS_AT_MOST}}}"
    return f"{descriptors}{words('size_lead')}?{threshold}{descriptors}"


@frozen
class _Index:
    """The indicator names of a catalogue compiled for matching."""

    pattern: re.Pattern[str]  # every name, the qualified aliases first
    by_name: dict[str, Indicator]  # the plain names
    qualified: tuple[tuple[re.Pattern[str], Indicator], ...]  # a gapped alias each
    # a gapped alias holding a count of what it names (开工63个重大项目), and each one's
    # indicator by the words before its gap
    counted: re.Pattern[str]
    counted_by: dict[str, Indicator]

    def mention(self, m: re.Match[str]) -> IndicatorMention:
        """The mention ``m`` matched: a plain name's indicator, else the qualified
        alias's that the whole match is (only these matches need the search)."""
        name = m.group()
        indicator = self.by_name.get(name)
        if indicator is None:
            indicator = next(ind for rx, ind in self.qualified if rx.fullmatch(name))
        return IndicatorMention(m.start(), m.end(), indicator, name)


_LAST: dict[str, tuple[tuple[Indicator, ...], _Index]] = {}


def _index(indicators: tuple[Indicator, ...]) -> _Index:
    # Asked for every sentence with the same tuple: checking identity first spares
    # hashing every indicator each time, as a plain functools.cache lookup would.
    last = _LAST.get("last")
    if last is not None and last[0] is indicators:
        return last[1]
    found = _build_index(indicators)
    _LAST["last"] = (indicators, found)
    return found


def _qualified_source(name: str) -> str:
    """新开工…项目 as a regex: the words escaped, each gap a size qualifier."""
    return size_qualifier().join(re.escape(part) for part in name.split(QUALIFIER_GAP))


def _firsts(words: list[str]) -> str:
    """The first characters of ``words`` as the body of a character class."""
    return "".join(sorted({re.escape(w[0]) for w in words if w}))


def _trie_source(words: list[str]) -> str:
    """``words`` as one regex that finds the longest word starting at a place, as their
    alternation longest first does, but factored as a trie (规模以上工业(?:增加值|总产值)):
    the engine reads each character once instead of trying every word, which kept a
    catalogue of hundreds of names as fast as one of dozens."""
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def source(node: dict[str, Any]) -> str:
        # at most one child matches the next character, so trying the children before
        # ending here finds the longest word
        branches = [re.escape(ch) + source(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return source(trie) or "(?!)"


@cache
def _build_index(indicators: tuple[Indicator, ...]) -> _Index:
    by_name: dict[str, Indicator] = {}
    gapped: dict[str, Indicator] = {}
    for indicator in indicators:
        for name in indicator.names:
            names = gapped if QUALIFIER_GAP in name else by_name
            # a traditional alias is its simplified form to the matcher (the view is
            # simplified): one entry, the first indicator's
            names.setdefault(_clean(to_simplified(name)), indicator)
            if name != name.lower():
                # (华容县gdp249.84亿元: self-media write the Latin names in lower case)
                names.setdefault(_clean(to_simplified(name.lower())), indicator)
    plain = sorted((n for n in by_name if n), key=len, reverse=True)
    # A qualified alias first: where one matches, its words and the size between them
    # outrun any plain name starting there (none holds a size), and where none does,
    # the plain names match as they did alone. Each opens with a word, so the pattern
    # still starts with a character class the engine skips ahead by.
    qualified = sorted(gapped, key=len, reverse=True)
    # each part gated by the class of its first characters, which the engine tests in C
    # before trying a place: without the gates the gapped aliases were tried everywhere
    gated = [f"(?=[{_firsts(qualified)}])(?:{'|'.join(map(_qualified_source, qualified))})"
             ] if qualified else []
    source = "|".join([*gated, _trie_source(plain)])
    firsts = _firsts([*qualified, *plain])
    pattern = re.compile(f"(?=[{firsts}])(?:{source})" if firsts else "(?!)")
    return _Index(pattern, by_name,
                  tuple((re.compile(_qualified_source(n)), gapped[n]) for n in qualified),
                  *_counted_source(gapped))


# between the words before the gap and the count: the event and a verb of having (集中开工
# 活动共有151个重大项目, 开工共计12个项目)
_COUNT_LINK = r"(?:活动)?[ \t\u3000]*(?:共有|共计|计有|共|有)?"


def _counted_source(gapped: dict[str, Indicator]) -> tuple[re.Pattern[str], dict[str, Indicator]]:
    """开工63个重大项目, 签约27个项目: a count between a gapped alias's words (开工…项目),
    with the words that may describe what is counted, as a regex whose group ``name``
    is what the count is of (重大项目), and the indicators by the words before the gap."""
    by_lead: dict[str, Indicator] = {}
    tails: set[str] = set()
    for name, indicator in gapped.items():
        lead, _, tail = name.partition(QUALIFIER_GAP)
        if lead and tail and QUALIFIER_GAP not in tail:
            by_lead.setdefault(lead, indicator)
            tails.add(tail)
    if not by_lead:
        return re.compile("(?!)"), by_lead
    descriptors = alternation(cues("size_descriptor")) or "(?!)"
    return re.compile(
        rf"(?P<lead>{alternation(by_lead)}){_COUNT_LINK}\d+个(?P<name>(?:{descriptors}){{0,"
        rf"{_DESCRIPTORS_AT_MOST}}}(?:{alternation(tails)}))"), by_lead


def find_counted_names(text: str, indicators: tuple[Indicator, ...], start: int, end: int
                       ) -> list[IndicatorMention]:
    """What a count inside a gapped alias counts (集中开工63个重大项目: 重大项目, of the
    projects started), a mention right after the count, in ``text[start:end]``."""
    index = _index(indicators)
    return [IndicatorMention(m.start("name"), m.end("name"), index.counted_by[m["lead"]],
                             m["name"]) for m in index.counted.finditer(text, start, end)]


def indicator_index(indicators: tuple[Indicator, ...]) -> dict[str, Indicator]:
    """Every cleaned plain name and alias with its indicator (not the gapped aliases)."""
    return _index(indicators).by_name


def find_indicators_in(text: str, indicators: tuple[Indicator, ...], start: int, end: int
                       ) -> list[IndicatorMention]:
    """``find_indicators(text[start:end], …)`` with offsets in ``text``: the names look
    at nothing outside the bounds, so matching inside them finds the same names,
    without slicing the sentence and building every mention twice to shift it."""
    index = _index(indicators)
    return _qualified_all(text, (index.mention(m) for m in index.pattern.finditer(
        text, start, end)), start, end)


def find_indicators(text: str, indicators: tuple[Indicator, ...]) -> Iterator[IndicatorMention]:
    """Indicator names in ``text``, longest match first, not overlapping; a qualified
    alias's mention covers its size (新开工亿元以上重大项目); a name that is a piece of a
    longer indicator (人均地区生产总值) names that one (:func:`qualified`)."""
    index = _index(indicators)
    yield from _qualified_all(text, (index.mention(m) for m in index.pattern.finditer(text)),
                              0, len(text))


def _qualified_all(text: str, found: Iterator[IndicatorMention], lo: int, hi: int
                   ) -> list[IndicatorMention]:
    """Each mention :func:`qualified`; one whose qualifier ends the name before
    (规上工业企业研发投入占比) starts after that name, its wording unchanged."""
    out: list[IndicatorMention] = []
    for m in found:
        mention = qualified(text, m, lo, hi)
        if out and mention.start < out[-1].end:
            mention = IndicatorMention(out[-1].end, mention.end, mention.indicator,
                                       mention.name)
        out.append(mention)
    return out


# --- names inside longer indicators --------------------------------------------------

OTHER = "other"  # FACTS.md: the indicator of a fact the catalogue has no id for
# the cue roles of the words a figure moves by to another (提高到, 回升至, 调整为)
MOVED_ROLES = ("progression", "moved_to")


@cache
def other_indicator(label: str, kind: IndicatorKind = "flow", unit: Unit = "CNY") -> Indicator:
    """The indicator ``other`` worded ``label`` (FACTS.md's ``indicator_label``)."""
    return Indicator(id=OTHER, name=label, kind=kind, unit=unit)


@frozen
class _Qualifiers:
    before: re.Pattern[str]  # a before word ending where the pattern's search ends
    after: re.Pattern[str]   # an after word starting where the match starts
    reach: int               # the longest before word
    measured: dict[str, str]  # word -> parent | rate | index
    lasts: frozenset[str]     # the last characters of the before words
    firsts: frozenset[str]    # the first characters of the after words
    partner: re.Pattern[str]  # a partner before it (对香港出口): a breakdown by partner
    partners_led: tuple[str, ...]  # the partners' list opened (贸易伙伴中, A、B、C…进出口值)
    within: tuple[str, ...]   # before a before word, the catalogue's own scope (规模以上工业)
    only: dict[str, frozenset[str]]  # word -> the only indicators it qualifies (工业: gdp)


@cache
def _qualifiers() -> _Qualifiers:
    _, *rows = data_rows("plantrack.catalog", "qualifiers.tsv")
    before = [row[1] for row in rows if row[0] == "before"]
    after = [row[1] for row in rows if row[0] == "after"]
    partner = [row[1] for row in rows if row[0] == "partner"]
    within = tuple(row[1] for row in rows if row[0] == "within")
    partners_led = tuple(row[1] for row in rows if row[0] == "partners_led")
    return _Qualifiers(re.compile(f"(?:{alternation(before) or '(?!)'})$"),
                       re.compile(alternation(after) or "(?!)"),
                       max(map(len, before), default=0),
                       {row[1]: row[3] for row in rows},
                       frozenset(w[-1] for w in before), frozenset(w[0] for w in after),
                       re.compile(f"(?:{alternation(partner) or '(?!)'})(?!外)"
                                  f"(?:{_PARTNER_NAME}[、和及与]){{0,{_PARTNERS_MORE}}}"
                                  f"{_PARTNER_NAME}$"),
                       partners_led, within,
                       {row[1]: frozenset(row[4].split(",")) for row in rows
                        if len(row) > 4 and row[4]})


_PARTNER_REACH = 10  # characters of a partner's name: 对“一带一路”沿线国家
_PARTNER_NAME = rf"[^，,。；;、:：\s]{{1,{_PARTNER_REACH}}}"
# partners listed before the last (对东盟、台湾地区和日本分别进出口, 对RCEP成员国和“一带一路”
# 沿线国家和地区进出口)
_PARTNERS_MORE = 4
_PARTNERS_BACK = (_PARTNER_REACH + 1) * (_PARTNERS_MORE + 1) + 2  # characters back to 对


def qualified_before(text: str, lo: int, at: int) -> bool:
    """Whether a before qualifier (企业, 人均 …) ends at ``at`` (not before ``lo``): a
    word starting there is a piece of a longer name (企业研发投入占比)."""
    q = _qualifiers()
    return at > lo and text[at - 1] in q.lasts and q.before.search(
        text, max(lo, at - q.reach), at) is not None


def _measured_as(parent: Indicator, how: str) -> tuple[IndicatorKind, Unit]:
    if how == "rate":
        return "rate", "percent"
    if how == "index":
        return "index", "percent"
    return parent.kind, parent.unit


_TRADE = frozenset({"foreign_trade", "exports", "imports"})
_VERBS_BETWEEN = frozenset({"实现", "完成"})


def qualified(text: str, m: IndicatorMention, lo: int, hi: int) -> IndicatorMention:
    """``m`` itself, or, when a qualifier of ``catalog/data/qualifiers.tsv`` stands right
    before or after it inside ``[lo, hi)``, a mention of the longer indicator they
    name together (人均地区生产总值, 固定资产投资价格, 对GDP增长的贡献率: ``other``,
    worded as written)."""
    q = _qualifiers()
    # most names stand next to no qualifier's end or start character: no search then
    at = m.start
    while at > lo and text[at - 1] in " \u3000":
        at -= 1  # 人均 生产总值: a stray space between the qualifier and the name
    if at - 2 >= lo and text[at - 2:at] in _VERBS_BETWEEN:
        at -= 2  # 第一产业实现生产总值44.34亿元: the sector's, a verb between
    before = (q.before.search(text, max(lo, at - q.reach), at)
              if at > lo and text[at - 1] in q.lasts else None)
    if before is not None and text.endswith(q.within, lo, before.start()):
        # 规模以上工业企业完成工业产值: the enterprises above the size line are the scope
        # the catalogue's industrial figures are counted over, not a narrower one
        before = None
    if before is not None and any(len(w) > len(before.group()) for w in cues("region_group")
                                  if text.endswith(w, lo, before.end())):
        before = None  # 各县市区生产总值: 市区 ends the regions' group word, no scope of its own
    if before is not None and m.indicator.id not in q.only.get(before.group(),
                                                               frozenset({m.indicator.id})):
        before = None  # (工业战略性新兴产业增加值: 工业 qualifies the product alone)
    if before is None and m.start > lo and m.indicator.id in _TRADE:
        before = q.partner.search(text, max(lo, m.start - _PARTNERS_BACK), m.start)
    after = q.after.match(text, m.end, hi) if m.end < hi and text[m.end] in q.firsts else None
    # (贸易伙伴中,欧盟、美国、东盟,位居前三,进出口值分别为…: the partners' trade, the
    # name's own wording)
    led = before is None and after is None and m.indicator.id in _TRADE and any(
        text.find(w, lo, m.start) >= 0 for w in q.partners_led)
    if before is None and after is None and not led:
        return m
    start = before.start() if before is not None else m.start
    end = after.end() if after is not None else m.end
    word = after.group() if after is not None else before.group() if before is not None else ""
    kind, unit = _measured_as(m.indicator, q.measured.get(word, "parent"))
    label = text[start:end]
    return IndicatorMention(start, end, other_indicator(label, kind, unit), label)


def per_unit(text: str, at: int, name: str) -> bool:
    """The name ``name`` at ``at`` stands right after a per-head or per-area word (人均,
    单位面积: cue per_capita) it does not hold itself: the figure is per head or per area,
    another indicator than the total named."""
    words = cues("per_capita")
    return text.endswith(tuple(words), 0, at) and not any(w in name for w in words)
